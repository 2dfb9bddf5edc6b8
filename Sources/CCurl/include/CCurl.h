#ifndef TVBROWSE_CCURL_H
#define TVBROWSE_CCURL_H

#include <curl/curl.h>
#include <stddef.h>

/// What one GET sets on its handle; strings may be NULL for "not set".
typedef struct {
  const char *url;
  const char *user_agent;
  const char *ca_file;
  long connect_timeout_ms;
  long total_timeout_ms;
  long max_redirects;
} tvb_get_options;

/// Receives each piece of the body; returns how many bytes it took (less stops the transfer).
typedef size_t (*tvb_body_sink)(const char *bytes, size_t count, void *context);
/// Receives each header line, with its line break.
typedef void (*tvb_header_sink)(const char *bytes, size_t count, void *context);

/// Runs one GET on a new handle with `options`, following redirects, passing the body and
/// the headers of the last response to the sinks. Returns the transfer's result; `status`
/// gets the HTTP status and `message` (CURL_ERROR_SIZE bytes) the reason for a failure.
CURLcode tvb_get(const tvb_get_options *options, tvb_body_sink body, tvb_header_sink header,
                 void *context, long *status, char *message);

#endif
