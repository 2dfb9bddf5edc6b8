import Foundation
import Testing

@testable import ShowModel

/// A pack reads only its own files: a source `file` must resolve inside the pack's folder
/// (or `--root`) after `..` and symbolic links, checked in the same step as the open, with
/// the kernel's `openat2` and with the walk used where the kernel lacks it.
@Suite struct PackConfinementTests {
  static let methods = ConfinedOpen.Method.allCases

  static let outsideRule =
    "refused without reading: it leads outside the pack's folder, and a source file must resolve inside it (after \"..\" and symbolic links)"

  @Test(arguments: methods)
  func parentPathsAreRefused(method: ConfinedOpen.Method) throws {
    let tree = try PackTree()
    defer { tree.remove() }
    for file in [
      "../../../../etc/passwd", "../outside.txt", "../pack/article.txt", "./../outside.txt",
    ] {
      let result = tree.inspect(file: file, method: method)
      #expect(result == [refusal(file)], "\(file)")
    }
  }

  @Test(arguments: methods)
  func absolutePathIsRefused(method: ConfinedOpen.Method) throws {
    let tree = try PackTree()
    defer { tree.remove() }
    let file = "\(tree.root)/pack/article.txt"
    #expect(
      tree.inspect(file: file, method: method) == [
        "sources[0].file: cannot read source file \"\(file)\": a source file must be a path relative to the pack's folder"
      ])
  }

  @Test(arguments: methods)
  func symlinkToAFileOutsideIsRefused(method: ConfinedOpen.Method) throws {
    let tree = try PackTree()
    defer { tree.remove() }
    try tree.link("pack/relative.txt", to: "../outside.txt")
    try tree.link("pack/absolute.txt", to: "\(tree.root)/outside.txt")
    try tree.link("pack/etc-passwd", to: "/etc/passwd")
    for file in ["relative.txt", "absolute.txt", "etc-passwd"] {
      #expect(tree.inspect(file: file, method: method) == [refusal(file)], "\(file)")
    }
  }

  @Test(arguments: methods)
  func symlinkToAFolderOutsideIsRefused(method: ConfinedOpen.Method) throws {
    let tree = try PackTree()
    defer { tree.remove() }
    try tree.link("pack/up", to: "..")
    try tree.link("pack/etc", to: "/etc")
    for file in ["up/outside.txt", "up/pack/article.txt", "etc/passwd"] {
      #expect(tree.inspect(file: file, method: method) == [refusal(file)], "\(file)")
    }
  }

  @Test(arguments: methods)
  func symlinksThatStayInsideAreFollowed(method: ConfinedOpen.Method) throws {
    let tree = try PackTree()
    defer { tree.remove() }
    try FileManager.default.createDirectory(
      atPath: "\(tree.root)/pack/texts", withIntermediateDirectories: false)
    try tree.link("pack/alias.txt", to: "article.txt")
    try tree.link("pack/texts/back", to: "..")
    try tree.link("pack/texts/chain.txt", to: "back/alias.txt")
    for file in ["alias.txt", "texts/back/article.txt", "texts/chain.txt", "texts/../article.txt"] {
      #expect(tree.inspect(file: file, method: method) == [], "\(file)")
    }
  }

  @Test(arguments: methods)
  func symlinkSwappedInAfterACheckIsRefusedByTheOpen(method: ConfinedOpen.Method) throws {
    let tree = try PackTree()
    defer { tree.remove() }
    let folder = try PackFolder(packPath: tree.packPath, root: nil, method: method)
    let read = try folder.read("article.txt", limit: 1 << 20)
    #expect(String(decoding: read, as: UTF8.self) == PackTree.article)
    // The file that passed is replaced by a link out, between the check and the next open.
    try FileManager.default.removeItem(atPath: "\(tree.root)/pack/article.txt")
    try tree.link("pack/article.txt", to: "../outside.txt")
    #expect(throws: FileBytes.Failure(message: Self.outsideRule)) {
      try folder.read("article.txt", limit: 1 << 20)
    }
  }

  @Test(arguments: methods)
  func refusalSaysNothingOfTheFilesContents(method: ConfinedOpen.Method) throws {
    // The quote stands in one outside file and not the other: the problems must not differ.
    let tree = try PackTree()
    defer { tree.remove() }
    try Data("Hannah Baker".utf8).write(to: URL(fileURLWithPath: "\(tree.root)/holds.txt"))
    try Data("nothing".utf8).write(to: URL(fileURLWithPath: "\(tree.root)/lacks.txt"))
    try tree.link("pack/probe.txt", to: "../holds.txt")
    let holds = tree.inspect(file: "probe.txt", method: method)
    try FileManager.default.removeItem(atPath: "\(tree.root)/pack/probe.txt")
    try tree.link("pack/probe.txt", to: "../lacks.txt")
    #expect(holds == tree.inspect(file: "probe.txt", method: method))
    #expect(holds == [refusal("probe.txt")])
  }

  @Test(arguments: methods)
  func rootWidensTheBoundaryToAFolderAbove(method: ConfinedOpen.Method) throws {
    let tree = try PackTree()
    defer { tree.remove() }
    #expect(tree.inspect(file: "../outside.txt", root: tree.root, method: method) == [])
    let file = "../../outside.txt"
    #expect(
      tree.inspect(file: file, root: tree.root, method: method) == [
        "sources[0].file: cannot read source file \"\(file)\": refused without reading: it leads outside the folder \"\(tree.root)\" given as --root, and a source file must resolve inside it (after \"..\" and symbolic links)"
      ])
  }

  @Test func rootMustHoldThePacksFolder() throws {
    let tree = try PackTree()
    defer { tree.remove() }
    #expect(PackLoader.rootProblem(root: tree.root, packPath: tree.packPath) == nil)
    #expect(PackLoader.rootProblem(root: "\(tree.root)/pack", packPath: tree.packPath) == nil)
    let other = "\(tree.root)/elsewhere"
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
    #expect(
      PackLoader.rootProblem(root: other, packPath: tree.packPath)
        == "--root \"\(other)\" must be the pack's folder or a folder above it, and it does not hold \"\(tree.packPath)\""
    )
    #expect(
      PackLoader.rootProblem(root: "\(tree.root)/missing", packPath: tree.packPath)
        == "--root \"\(tree.root)/missing\": no such file")
  }

  @Test func builtInPackResolvesItsArticlesByName() {
    let result = PackLoader.inspectBuiltIn()
    #expect(result.problems == [])
    let articles = result.pack?.entities.filter {
      if case .source(.article, let text?) = $0.payload { return !text.isEmpty }
      return false
    }
    #expect(articles?.count == 3)
  }

  private func refusal(_ file: String) -> String {
    "sources[0].file: cannot read source file \"\(file)\": \(Self.outsideRule)"
  }
}

/// A folder with `pack/pack.json`, `pack/article.txt` and `outside.txt` beside `pack/`.
private struct PackTree {
  static let article = "Hannah Baker left thirteen tapes."

  /// The folder that holds the pack's folder.
  let root: String
  /// The pack file.
  var packPath: String { "\(root)/pack/pack.json" }

  init() throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("tvbrowse-confinement-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: "\(root)/pack", withIntermediateDirectories: true)
    try Data(Self.article.utf8).write(to: URL(fileURLWithPath: "\(root)/pack/article.txt"))
    try Data("Hannah Baker, outside.".utf8).write(
      to: URL(fileURLWithPath: "\(root)/outside.txt"))
  }

  /// Makes a symbolic link at `path` (relative to the tree) that points to `target`.
  func link(_ path: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: "\(root)/\(path)", withDestinationPath: target)
  }

  /// Writes a pack whose one article is the file `file`, and returns its problems.
  func inspect(file: String, root boundary: String? = nil, method: ConfinedOpen.Method)
    -> [String]
  {
    let name = "\"" + file.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    let pack = """
      {"format": "tvbrowse-pack", "version": 1,
       "show": {"id": "show", "name": "Show",
                "citations": [{"source": "article", "quote": "Hannah Baker"}]},
       "sources": [{"id": "article", "kind": "article", "name": "A", "file": \(name)}]}
      """
    do {
      try Data(pack.utf8).write(to: URL(fileURLWithPath: packPath))
    } catch {
      return ["cannot write the pack: \(error)"]
    }
    return PackLoader.inspect(path: packPath, root: boundary, method: method).problems.map {
      BrokenPackTests.line($0)
    }
  }

  /// Deletes the tree.
  func remove() {
    try? FileManager.default.removeItem(atPath: root)
  }
}
