#include "CCurl.h"

#include <string.h>

typedef struct {
  tvb_body_sink body;
  tvb_header_sink header;
  void *context;
} tvb_sinks;

static size_t tvb_write(char *bytes, size_t size, size_t count, void *userdata) {
  tvb_sinks *sinks = userdata;
  return sinks->body(bytes, size * count, sinks->context);
}

static size_t tvb_header(char *bytes, size_t size, size_t count, void *userdata) {
  tvb_sinks *sinks = userdata;
  sinks->header(bytes, size * count, sinks->context);
  return size * count;
}

CURLcode tvb_get(const tvb_get_options *options, tvb_body_sink body, tvb_header_sink header,
                 void *context, long *status, char *message) {
  message[0] = '\0';
  *status = 0;
  CURL *handle = curl_easy_init();
  if (handle == NULL) {
    strcpy(message, "cannot start a transfer");
    return CURLE_FAILED_INIT;
  }
  tvb_sinks sinks = {body, header, context};
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, message);
  curl_easy_setopt(handle, CURLOPT_URL, options->url);
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(handle, CURLOPT_MAXREDIRS, options->max_redirects);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, options->connect_timeout_ms);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, options->total_timeout_ms);
  if (options->user_agent != NULL) {
    curl_easy_setopt(handle, CURLOPT_USERAGENT, options->user_agent);
  }
  if (options->ca_file != NULL) {
    curl_easy_setopt(handle, CURLOPT_CAINFO, options->ca_file);
  }
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, tvb_write);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &sinks);
  curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, tvb_header);
  curl_easy_setopt(handle, CURLOPT_HEADERDATA, &sinks);
  CURLcode result = curl_easy_perform(handle);
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, status);
  if (result != CURLE_OK && message[0] == '\0') {
    strncpy(message, curl_easy_strerror(result), CURL_ERROR_SIZE - 1);
    message[CURL_ERROR_SIZE - 1] = '\0';
  }
  curl_easy_cleanup(handle);
  return result;
}
