import CCurl
import Foundation

/// One HTTP GET through libcurl: redirects followed, connect and total timeouts, proxies
/// from `http_proxy`, `https_proxy` and `no_proxy` (libcurl reads them), a CA file to trust.
struct HTTPGet {
  /// What the server answered.
  struct Response {
    /// The HTTP status of the last response (after redirects).
    var status: Int
    /// The headers of the last response, names lowercased.
    var headers: [String: String]
    /// The body.
    var body: [UInt8]
  }

  /// The transfer did not complete: no connection, a timeout, a body cut short.
  struct Failure: Error, Equatable {
    /// libcurl's words for what went wrong.
    var message: String
    /// True for a timeout.
    var timedOut: Bool
  }

  /// The user agent sent.
  var userAgent: String
  /// The longest a connection may take to open, in seconds.
  var connectTimeout: Double
  /// The longest a whole transfer may take, in seconds.
  var totalTimeout: Double
  /// A file of certificate authorities to trust instead of the system's.
  var caFile: String?
  /// The largest body accepted.
  var maximumBody = 64 * 1024 * 1024

  /// GETs `url`.
  func get(_ url: String) throws(Failure) -> Response {
    let receiver = Receiver(limit: maximumBody)
    var status = 0
    var message = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    let code: CURLcode = url.withCString { url in
      userAgent.withCString { agent in
        withOptionalCString(caFile) { caFile in
          var options = tvb_get_options(
            url: url, user_agent: agent, ca_file: caFile,
            // At least 1 ms: libcurl reads 0 as no limit at all.
            connect_timeout_ms: max(1, Int(connectTimeout * 1000)),
            total_timeout_ms: max(1, Int(totalTimeout * 1000)), max_redirects: 5)
          return withUnsafeMutablePointer(to: &options) { options in
            tvb_get(
              options,
              { bytes, count, context in
                Unmanaged<Receiver>.fromOpaque(context!).takeUnretainedValue()
                  .body(bytes, count)
              },
              { bytes, count, context in
                Unmanaged<Receiver>.fromOpaque(context!).takeUnretainedValue()
                  .header(bytes, count)
              }, Unmanaged.passUnretained(receiver).toOpaque(), &status, &message)
          }
        }
      }
    }
    withExtendedLifetime(receiver) {}
    if receiver.overflowed {
      throw Failure(
        message: "the answer is larger than \(maximumBody / 1024 / 1024) MiB", timedOut: false)
    }
    guard code == CURLE_OK else {
      let text = String(
        decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      throw Failure(message: text, timedOut: code == CURLE_OPERATION_TIMEDOUT)
    }
    return Response(status: status, headers: receiver.headers, body: receiver.bytes)
  }

  private func withOptionalCString<Result>(
    _ text: String?, _ body: (UnsafePointer<CChar>?) -> Result
  ) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
  }
}

/// Collects a transfer's body and its last response's headers.
private final class Receiver {
  var bytes: [UInt8] = []
  var headers: [String: String] = [:]
  var overflowed = false
  let limit: Int

  init(limit: Int) {
    self.limit = limit
  }

  func body(_ pointer: UnsafePointer<CChar>?, _ count: Int) -> Int {
    guard let pointer, bytes.count + count <= limit else {
      overflowed = pointer != nil
      return 0
    }
    pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
      bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
    }
    return count
  }

  func header(_ pointer: UnsafePointer<CChar>?, _ count: Int) {
    guard let pointer else { return }
    let line = pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
      String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
    }
    // A new status line starts the headers of the next response (after a redirect).
    if line.hasPrefix("HTTP/") {
      headers = [:]
      return
    }
    guard let colon = line.firstIndex(of: ":") else { return }
    let name = line[..<colon].lowercased()
    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
    headers[name] = value
  }
}
