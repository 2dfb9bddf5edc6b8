import Foundation

// Writes a Swift source file that holds each given file as a base64 string literal.
// Usage: EmbedTool ROOT OUTPUT RELATIVE-PATH...
// A base64 literal compiles in about a second where a byte-array literal takes minutes.

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: EmbedTool ROOT OUTPUT RELATIVE-PATH...\n".utf8))
  exit(2)
}
let root = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])

var source = """
  // Generated at build time from Resources/ and seeds/. Do not edit.

  /// The files compiled into the binary, by path relative to the package root, as base64.
  let embeddedFilesBase64: [String: String] = [

  """
for relative in arguments.dropFirst(3) {
  do {
    let data = try Data(contentsOf: root.appendingPathComponent(relative))
    let key = relative.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    source += "  \"\(key)\": \"\(data.base64EncodedString())\",\n"
  } catch {
    FileHandle.standardError.write(Data("EmbedTool: cannot read \(relative): \(error)\n".utf8))
    exit(1)
  }
}
source += arguments.count == 3 ? ":]\n" : "]\n"
do {
  try Data(source.utf8).write(to: output, options: .atomic)
} catch {
  FileHandle.standardError.write(Data("EmbedTool: cannot write \(output.path): \(error)\n".utf8))
  exit(1)
}
