import ShowModel

/// Writes JSON text with stable key order and escapes every control character, DEL, C1
/// control, line separator and bidirectional control, which JSON encoders elsewhere let
/// through raw.
public struct JSONWriter {
  private var output = ""
  private var indent = 0

  /// The JSON text of `value`, indented by two spaces.
  public static func format(_ value: JSONValue) -> String {
    var writer = JSONWriter()
    writer.write(value)
    return writer.output
  }

  private mutating func write(_ value: JSONValue) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): output += Self.quote(text)
    case .array(let items):
      writeContainer(open: "[", close: "]", count: items.count) { writer, index in
        writer.write(items[index])
      }
    case .object(let pairs):
      writeContainer(open: "{", close: "}", count: pairs.count) { writer, index in
        writer.output += Self.quote(pairs[index].key) + ": "
        writer.write(pairs[index].value)
      }
    }
  }

  private mutating func writeContainer(
    open: String, close: String, count: Int, item: (inout JSONWriter, Int) -> Void
  ) {
    guard count > 0 else {
      output += open + close
      return
    }
    output += open + "\n"
    indent += 1
    for index in 0..<count {
      output += String(repeating: "  ", count: indent)
      item(&self, index)
      output += index < count - 1 ? ",\n" : "\n"
    }
    indent -= 1
    output += String(repeating: "  ", count: indent) + close
  }

  /// `text` as a JSON string literal, with unsafe scalars escaped as `\uXXXX`.
  public static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if SafeText.isUnsafe(scalar) {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
