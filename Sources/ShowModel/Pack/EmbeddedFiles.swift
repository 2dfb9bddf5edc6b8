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
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count / 4 * 3)
    var accumulator: UInt32 = 0
    var bits = 0
    for byte in text.utf8 {
      let value: UInt32
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a") + 26)
      case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0") + 52)
      case UInt8(ascii: "+"): value = 62
      case UInt8(ascii: "/"): value = 63
      case UInt8(ascii: "="): continue
      default: return nil
      }
      accumulator = (accumulator << 6) | value
      bits += 6
      if bits >= 8 {
        bits -= 8
        output.append(UInt8((accumulator >> UInt32(bits)) & 0xFF))
      }
    }
    return output
  }
}
