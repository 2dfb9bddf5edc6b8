/// The files compiled into the binary at build time (the built-in pack and its articles),
/// decoded on demand.
struct EmbeddedFiles: Sendable {
  /// The files of this build.
  static let shared = EmbeddedFiles(base64: embeddedFilesBase64)

  private let base64: [String: String]

  init(base64: [String: String]) {
    self.base64 = base64
  }

  /// The bytes of the file at `path` (relative to the package root), if it was embedded.
  func bytes(at path: String) -> [UInt8]? {
    base64[path].flatMap(Self.decode)
  }

  /// Resolves `file`, relative to the folder `base`, into a path from the package root,
  /// following `..` and `.` components.
  static func resolve(_ file: String, from base: String) -> String {
    var parts = base.split(separator: "/").map(String.init)
    for part in file.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }

  /// Decodes standard base64 (with `=` padding); nil on any other character.
  static func decode(_ text: String) -> [UInt8]? {
    var text = text
    return text.withUTF8 { input -> [UInt8]? in
      var output: [UInt8] = []
      output.reserveCapacity(input.count / 4 * 3)
      var accumulator: UInt32 = 0
      var bits = 0
      for byte in input where byte != UInt8(ascii: "=") {
        let value = sextets[Int(byte)]
        guard value < 64 else { return nil }
        accumulator = (accumulator << 6) | UInt32(value)
        bits += 6
        if bits >= 8 {
          bits -= 8
          output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
        }
      }
      return output
    }
  }

  /// The value of each base64 character; 255 for bytes that are not one.
  private static let sextets: [UInt8] = {
    var table = [UInt8](repeating: 255, count: 256)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    for (value, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(value) }
    return table
  }()
}
