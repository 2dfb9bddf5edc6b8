#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/// libcurl's entry points, found when the first transfer starts: loading libcurl and the
/// thirty libraries it needs took about 10 ms of every start of the program, and only
/// `add` and `update` use the network.
static struct {
  CURLcode (*global_init)(long);
  CURL *(*easy_init)(void);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_perform)(CURL *);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  void (*easy_cleanup)(CURL *);
  const char *(*easy_strerror)(CURLcode);
} curl;
/// Why libcurl could not be loaded, or NULL.
static const char *curl_problem;
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

#define TVB_FIND(field, symbol)                                                         \
  do {                                                                                  \
    *(void **)&curl.field = dlsym(library, symbol);                                     \
    if (curl.field == NULL) {                                                           \
      curl_problem = "libcurl.so.4 lacks " symbol;                                     \
      return;                                                                           \
    }                                                                                   \
  } while (0)

static void tvb_load_curl(void) {
  void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) {
    // The loader's own words: not installed, of another architecture, a library missing.
    static char problem[CURL_ERROR_SIZE];
    const char *reason = dlerror();
    snprintf(problem, sizeof problem, "cannot load libcurl (apt-get install libcurl4): %s",
             reason != NULL ? reason : "unknown reason");
    curl_problem = problem;
    return;
  }
  TVB_FIND(global_init, "curl_global_init");
  TVB_FIND(easy_init, "curl_easy_init");
  TVB_FIND(easy_setopt, "curl_easy_setopt");
  TVB_FIND(easy_perform, "curl_easy_perform");
  TVB_FIND(easy_getinfo, "curl_easy_getinfo");
  TVB_FIND(easy_cleanup, "curl_easy_cleanup");
  TVB_FIND(easy_strerror, "curl_easy_strerror");
  // Once, before any handle, as libcurl asks of a program with threads.
  CURLcode started = curl.global_init(CURL_GLOBAL_DEFAULT);
  if (started != CURLE_OK) {
    static char problem[CURL_ERROR_SIZE];
    snprintf(problem, sizeof problem, "libcurl could not start: %s",
             curl.easy_strerror(started));
    curl_problem = problem;
  }
}

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
  pthread_once(&curl_once, tvb_load_curl);
  if (curl_problem != NULL) {
    strncpy(message, curl_problem, CURL_ERROR_SIZE - 1);
    message[CURL_ERROR_SIZE - 1] = '\0';
    return CURLE_FAILED_INIT;
  }
  CURL *handle = curl.easy_init();
  if (handle == NULL) {
    strcpy(message, "cannot start a transfer");
    return CURLE_FAILED_INIT;
  }
  tvb_sinks sinks = {body, header, context};
  curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, message);
  curl.easy_setopt(handle, CURLOPT_URL, options->url);
  curl.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
  curl.easy_setopt(handle, CURLOPT_MAXREDIRS, options->max_redirects);
  curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl.easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
  curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, options->connect_timeout_ms);
  curl.easy_setopt(handle, CURLOPT_TIMEOUT_MS, options->total_timeout_ms);
  if (options->user_agent != NULL) {
    curl.easy_setopt(handle, CURLOPT_USERAGENT, options->user_agent);
  }
  if (options->ca_file != NULL) {
    curl.easy_setopt(handle, CURLOPT_CAINFO, options->ca_file);
  }
  curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, tvb_write);
  curl.easy_setopt(handle, CURLOPT_WRITEDATA, &sinks);
  curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, tvb_header);
  curl.easy_setopt(handle, CURLOPT_HEADERDATA, &sinks);
  CURLcode result = curl.easy_perform(handle);
  curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, status);
  if (result != CURLE_OK && message[0] == '\0') {
    strncpy(message, curl.easy_strerror(result), CURL_ERROR_SIZE - 1);
    message[CURL_ERROR_SIZE - 1] = '\0';
  }
  curl.easy_cleanup(handle);
  return result;
}
