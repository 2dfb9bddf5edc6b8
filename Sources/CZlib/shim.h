#include <zlib.h>

/// inflateInit2 is a macro; Swift calls this function instead.
static inline int czlib_inflate_init(z_stream *stream, int window_bits) {
  return inflateInit2(stream, window_bits);
}
