import Foundation
import Glibc
import ImdbImport

/// IMDb's rows from bytes: the input is written to a file and read by `CompressedLines`
/// (inflated when it starts as gzip does, which the fuzzer finds), and each line by
/// `TSVRow` with every kind of field and `CharacterList`. A plain file's lines must be
/// exactly its bytes split at newlines, and a row's fields joined again must be its line.
enum TSVFuzzing {
  private static let names = ["tconst", "ordering", "nconst", "category", "job", "characters"]

  static func run(_ bytes: [UInt8]) {
    let path = FileManager.default.temporaryDirectory.path + "/tvbrowse-fuzz-tsv-\(getpid())"
    defer { unlink(path) }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)),
      let lines = try? CompressedLines(path: path)
    else { return }
    var read: [[UInt8]?] = []
    var expectedNumber = 1
    var row = TSVRow(names: names)
    _ = lines.forEachLine { line, number in
      FuzzTarget.require(number == expectedNumber, "line \(number) came as \(expectedNumber)")
      expectedNumber += 1
      guard let line else {
        read.append(nil)
        return true
      }
      FuzzTarget.require(!line.contains(0x0A), "a line holds a newline")
      FuzzTarget.require(line.count <= CompressedLines.longestLine, "a line is too long")
      read.append(Array(line))
      check(&row, line)
      return true
    }
    guard !lines.isCompressed else { return }
    var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      Array($0) as [UInt8]?
    }
    if bytes.last == 0x0A || bytes.isEmpty { pieces.removeLast() }
    let expected = pieces.map { $0.flatMap { $0.count > CompressedLines.longestLine ? nil : $0 } }
    FuzzTarget.require(read == expected, "the lines are not the file's")
  }

  private static func check(_ row: inout TSVRow, _ line: UnsafeBufferPointer<UInt8>) {
    do {
      try row.read(line)
    } catch {
      return
    }
    var fields: [String] = []
    for field in names.indices {
      _ = try? row.integer(field)
      _ = try? row.decimal(field)
      _ = try? row.id(field, prefix: .title)
      _ = try? row.id(field, prefix: .name)
      let text: String?
      do {
        text = try row.text(field)
      } catch {
        return
      }
      if let text {
        FuzzTarget.require(!text.utf8.contains(0x09), "a field holds a tab")
        _ = CharacterList.parse(text)
        fields.append(text)
      } else {
        FuzzTarget.require(row.isMissing(field), "nil for a field that is there")
        fields.append("\\N")
      }
    }
    FuzzTarget.require(
      Array(fields.joined(separator: "\t").utf8) == Array(line), "the fields are not the line")
  }
}
