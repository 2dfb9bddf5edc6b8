import Foundation
import GRDB
import ShowModel

/// Reads one dataset file into the import's tables, row by row: the header checked, each
/// row kept or reported with its line, committed every so many rows so that no journal
/// grows with the file.
struct FileLoad {
  let file: ImdbFile
  let path: String
  let strict: Bool
  let isStopped: () -> Bool
  let progress: ImportProgress?

  /// Rows between reports to `progress` and looks at `isStopped`.
  static let reportEvery = 8192
  /// Rows in one transaction.
  static let commitEvery = 131_072

  func run(
    into database: DatabaseQueue, problems: inout ImportProblems,
    reader: (TSVRow, Database) throws -> Void
  ) throws {
    let lines = try CompressedLines(path: path)
    let name = (path as NSString).lastPathComponent
    progress?.started(file: name, size: lines.size)
    var row = TSVRow(names: file.header)
    var rows = 0
    var lastLine = 0
    var found = problems
    defer { problems = found }
    /// Records a problem, and what was done about it: with `--strict`, nothing more is.
    func report(_ message: String, then consequence: String, line: Int) throws {
      if strict {
        throw ImportFailure(
          "\(name)\(line > 0 ? ":\(line)" : ""): \(message) (--strict stops at the first problem)")
      }
      found.add(message + consequence, file: name, line: line)
    }
    let ending = try database.writeWithoutTransaction { db -> CompressedLines.Ending in
      try db.execute(sql: "BEGIN")
      // A failure leaves no transaction open (the file is removed then anyway).
      defer { if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") } }
      let ending = try lines.forEachLine { line, number in
        lastLine = number
        guard let line else {
          if number == 1 { throw headerFailure(name) }
          try report(
            "the line is longer than \(CompressedLines.longestLine / 1024) KiB",
            then: "; it was skipped", line: number)
          return true
        }
        if number == 1 {
          let header = String(decoding: line, as: UTF8.self)
          guard header == file.header.joined(separator: "\t") else {
            throw headerFailure(name, found: header, compressed: lines.isCompressed)
          }
          return true
        }
        do {
          try row.read(line)
          try reader(row, db)
        } catch let problem as TSVRow.Problem {
          try report(problem.message, then: "; the row was skipped", line: number)
        }
        rows += 1
        if rows % Self.reportEvery == 0 {
          progress?.read(rows: rows, bytes: lines.bytesRead)
          if isStopped() { throw ImdbImporter.Stopped() }
          if rows % Self.commitEvery == 0 {
            try db.execute(sql: "COMMIT")
            try db.execute(sql: "BEGIN")
          }
        }
        return true
      }
      try db.execute(sql: "COMMIT")
      return ending
    }
    let lineCount = lastLine
    switch ending {
    case .complete:
      if lineCount == 0 {
        throw ImportFailure("\(name) is empty: it has no header")
      }
    case .truncated:
      try report(
        "the compressed data ends early, after line \(lineCount)",
        then: ": the rows before it were kept", line: 0)
    case .damaged(let message):
      // gzip's check comes at the end of the data: rows read before it may be garbage.
      throw ImportFailure(
        "\(name): the compressed data is damaged (zlib: \(message)), found after line \(lineCount); fetch the file again"
      )
    case .unreadable(let message):
      throw ImportFailure("\(name): \(message)")
    }
    progress?.finished(rows: rows)
  }

  /// The whole import fails on a header that is not the file's: what it expected, and
  /// what it found (cut, with tabs shown as spaces; a line too long to read as "…").
  private func headerFailure(_ name: String, found: String? = nil, compressed: Bool = false)
    -> ImportFailure
  {
    let expected = file.header.joined(separator: " ")
    let seen =
      found.map { "\"" + SafeText.echo($0.replacing("\t", with: " ")) + "\"" }
      ?? "a line over 1 MiB"
    let hint =
      name.hasSuffix(".gz") && !compressed
      ? " (the file is not gzip, though its name ends in .gz)" : ""
    return ImportFailure(
      "\(name):1: the header is not \(file.name)'s: expected \"\(expected)\", found \(seen)\(hint)")
  }
}
