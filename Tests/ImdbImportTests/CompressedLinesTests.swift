import Foundation
import Testing

@testable import ImdbImport

@Suite struct CompressedLinesTests {
  /// Every line `path` gives, nil for one too long, and how reading ended.
  private func lines(_ path: String) throws -> ([String?], CompressedLines.Ending) {
    let reader = try CompressedLines(path: path)
    var found: [String?] = []
    var numbers: [Int] = []
    let ending = reader.forEachLine { line, number in
      found.append(line.map { String(decoding: $0, as: UTF8.self) })
      numbers.append(number)
      return true
    }
    #expect(numbers == Array(1...max(1, numbers.count)).prefix(numbers.count).map { $0 })
    return (found, ending)
  }

  @Test func aPlainFileAndItsGzipGiveTheSameLines() throws {
    let folder = try ScratchFolder()
    let text =
      (1...50_000).map { "row \($0)\tvalue" }.joined(separator: "\n") + "\nlast without newline"
    let plain = try folder.write("a.tsv", Array(text.utf8))
    let (plainLines, plainEnding) = try lines(plain)
    try folder.write("b.tsv", Array(text.utf8))
    try folder.gzip(folder.path + "/b.tsv")
    let (gzipLines, gzipEnding) = try lines(folder.path + "/b.tsv.gz")
    #expect(plainEnding == .complete && gzipEnding == .complete)
    #expect(plainLines.count == 50_001)
    #expect(plainLines == gzipLines)
    #expect(gzipLines.last == "last without newline")
    #expect(try CompressedLines(path: folder.path + "/b.tsv.gz").isCompressed)
  }

  @Test func membersOneAfterAnotherAreReadAsOneFile() throws {
    let folder = try ScratchFolder()
    try folder.write("one", Array("a\nb\n".utf8))
    try folder.write("two", Array("c\nd".utf8))
    try folder.gzip(folder.path + "/one")
    try folder.gzip(folder.path + "/two")
    let joined =
      try Array(Data(contentsOf: URL(fileURLWithPath: folder.path + "/one.gz")))
      + Array(Data(contentsOf: URL(fileURLWithPath: folder.path + "/two.gz")))
    let (found, ending) = try lines(try folder.write("both.gz", joined))
    #expect(found == ["a", "b", "c", "d"])
    #expect(ending == .complete)
  }

  @Test func aCutGzipEndsTruncatedAfterTheLinesBeforeTheCut() throws {
    let folder = try ScratchFolder()
    let text =
      (1...20_000).map { "line \($0) \(String(repeating: "x", count: $0 % 50))" }
      .joined(separator: "\n") + "\n"
    try folder.write("t.tsv", Array(text.utf8))
    try folder.gzip(folder.path + "/t.tsv")
    let whole = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/t.tsv.gz")))
    let cut = try folder.write("cut.gz", Array(whole.prefix(whole.count / 2)))
    let (found, ending) = try lines(cut)
    #expect(ending == .truncated)
    #expect(found.count > 1000 && found.count < 20_000)
    // Every line given is whole: the one the cut went through is not given.
    for (index, line) in found.enumerated() {
      #expect(line == "line \(index + 1) \(String(repeating: "x", count: (index + 1) % 50))")
    }
  }

  @Test func damagedDataEndsWithZlibsMessage() throws {
    let folder = try ScratchFolder()
    let text = (1...20_000).map { "line \($0)" }.joined(separator: "\n")
    try folder.write("d.tsv", Array(text.utf8))
    try folder.gzip(folder.path + "/d.tsv")
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/d.tsv.gz")))
    for index in stride(from: 200, to: min(bytes.count - 20, 400), by: 1) { bytes[index] ^= 0x5A }
    let (_, ending) = try lines(try folder.write("damaged.gz", bytes))
    guard case .damaged(let message) = ending else {
      Issue.record("ended \(ending)")
      return
    }
    #expect(!message.isEmpty)
  }

  @Test func aLineTooLongComesAsNilAndReadingGoesOn() throws {
    let folder = try ScratchFolder()
    let long = String(repeating: "y", count: CompressedLines.longestLine + 10)
    let text = "first\n\(long)\nthird\n"
    let (plain, _) = try lines(try folder.write("long.tsv", Array(text.utf8)))
    #expect(plain == ["first", nil, "third"])
    try folder.gzip(folder.path + "/long.tsv")
    let (gzip, ending) = try lines(folder.path + "/long.tsv.gz")
    #expect(gzip == ["first", nil, "third"])
    #expect(ending == .complete)
  }

  @Test func aMissingFileOrAFolderIsRefusedWithItsPath() throws {
    let folder = try ScratchFolder()
    #expect(throws: ImportFailure("\(folder.path)/none.tsv: No such file or directory")) {
      try CompressedLines(path: folder.path + "/none.tsv")
    }
    #expect(throws: ImportFailure("\(folder.path): not a regular file")) {
      try CompressedLines(path: folder.path)
    }
  }
}
