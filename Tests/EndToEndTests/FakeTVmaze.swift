import Foundation

/// The stand-in for TVmaze's API (`Server/fake_tvmaze.py`), started on a free loopback
/// port for one test and stopped with it.
final class FakeTVmaze {
  /// Where the server answers: `http://127.0.0.1:PORT` (https with TLS).
  let baseURL: String
  /// The folder of the server's files: shows, certificates, the request log.
  let folder: String
  private let process: Process

  /// A failure to start the server.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts the server, with TLS when `tls` (a certificate authority made now, whose
  /// certificate is at `caFile`).
  init(tls: Bool = false) throws {
    folder = NSTemporaryDirectory() + "fake-tvmaze-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: TVBrowseBinary.packageRoot()
        + "/Tests/ShowModelTests/Fixtures/tvmaze/harbor-lights.json",
      toPath: folder + "/90210.json")
    var arguments = [
      TVBrowseBinary.packageRoot() + "/Tests/EndToEndTests/Server/fake_tvmaze.py", folder,
      "--log", folder + "/requests.log",
    ]
    if tls {
      try Self.makeCertificates(in: folder)
      arguments += ["--tls", folder + "/server.pem", folder + "/server.key"]
    }
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The first line is the port; a server that does not start ends the pipe instead.
    var line = Data()
    let deadline = Date().addingTimeInterval(30)
    var ready = pollfd(
      fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
    while !line.contains(UInt8(ascii: "\n")) && Date() < deadline {
      // Waits at most a second for output, so that the deadline is checked.
      guard poll(&ready, 1, 1000) > 0 else { continue }
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    guard
      let port = Int(
        String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    else {
      kill(process.processIdentifier, SIGKILL)
      throw Failure(description: "the fake TVmaze server did not start (python3 needed)")
    }
    baseURL = "\(tls ? "https" : "http")://127.0.0.1:\(port)"
  }

  /// The certificate of the authority that signed the server's certificate.
  var caFile: String { folder + "/ca.pem" }

  /// The requests the server received: path and user agent, one per line.
  var requests: [String] {
    ((try? String(contentsOfFile: folder + "/requests.log", encoding: .utf8)) ?? "")
      .split(separator: "\n").map(String.init)
  }

  deinit {
    // SIGKILL: a child may start with SIGTERM blocked, as the test runner's threads have it.
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// A certificate authority, and a certificate for 127.0.0.1 that it signs, made with
  /// `openssl` for this run alone.
  private static func makeCertificates(in folder: String) throws {
    try Data("subjectAltName=IP:127.0.0.1\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/san.txt"))
    let steps: [[String]] = [
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "1", "-subj", "/CN=tvbrowse test authority",
      ],
      [
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=127.0.0.1",
      ],
      [
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "1", "-extfile", "san.txt",
      ],
    ]
    for step in steps {
      let openssl = Process()
      openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      openssl.arguments = ["openssl"] + step
      openssl.currentDirectoryURL = URL(fileURLWithPath: folder)
      openssl.standardOutput = FileHandle.nullDevice
      openssl.standardError = FileHandle.nullDevice
      try openssl.run()
      openssl.waitUntilExit()
      guard openssl.terminationStatus == 0 else {
        throw Failure(description: "openssl \(step.prefix(2).joined(separator: " ")) failed")
      }
    }
  }
}
