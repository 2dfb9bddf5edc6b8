#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs that keep their own `main`: parses libFuzzer's options
/// from argc/argv and calls `callback` with each input. Defined only when the program is
/// linked with `-sanitize=fuzzer`; the fuzz targets call it only when built with -DFUZZING.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
