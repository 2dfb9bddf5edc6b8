import Foundation
import Testing

@testable import ShowModel

/// The pack reader reads an entity straight from the bytes, without building its JSON
/// tree, and gives the same pack and the same problems, in the same order, as reading
/// every entity through its tree; an entity with a problem is read through its tree.
@Suite struct DirectEntityReadingTests {
  /// A pack with every kind of entity and every field of each.
  static let everyField = """
    {"format": "tvbrowse-pack", "version": 1,
     "show": {"id": "show", "name": "The Show", "aliases": ["TS"], "summary": "A show.",
              "citations": [{"source": "article-one", "quote": "a show"}]},
     "sources": [
       {"id": "article-one", "kind": "article", "name": "One", "text": "It is a show.\\nIt is \\"good\\"."},
       {"id": "article-from-a-file", "kind": "article", "name": "Two", "file": "two.txt"},
       {"id": "outlet", "kind": "outlet", "name": "Outlet", "summary": null}],
     "seasons": [{"id": "season-1", "name": "Season 1", "number": 1}],
     "episodes": [{"id": "episode-1", "name": "Pilot", "season": "season-1", "number": 1},
                  {"id": "episode-2", "name": "Two", "season": "season-1", "number": null}],
     "characters": [
       {"id": "hannah-baker-the-student", "name": "Hannah", "aliases": ["H", "Han"],
        "summary": "A student.",
        "facts": [{"label": "Age", "claims": [
          {"value": "17", "citations": [{"source": "article-one", "quote": "show",
                                         "via": "outlet"}], "note": "said once"},
          {"value": "18", "citations": [{"source": "article-one", "quote": "good"}]}]}],
        "citations": [{"source": "article-one", "quote": "It is"}]}],
     "people": [{"id": "katherine-langford-the-actor", "name": "Katherine"}],
     "credits": [
       {"id": "credit-1", "person": "katherine-langford-the-actor",
        "character": "hannah-baker-the-student"},
       {"id": "credit-2", "name": "Writer", "person": "katherine-langford-the-actor",
        "job": "writer", "work": "Another show", "character": null}],
     "threads": [{"id": "thread", "name": "Tapes", "characters": ["hannah-baker-the-student"],
                  "seasons": ["season-1"], "cliffhanger": true},
                 {"id": "thread-2", "name": "Other", "cliffhanger": false}]}
    """

  @Test func validEntitiesAreReadWithoutTrees() throws {
    // Every entity of the lists was parsed into a tree and read back out of it.
    let bytes = Array(Self.everyField.utf8)
    var trees = -1
    let direct = try PackReader.read(bytes: bytes, treesRead: { trees = $0 })
    #expect(direct.problems.isEmpty)
    #expect(trees == 0)
    var allTrees = -1
    _ = try PackReader.read(bytes: bytes, direct: false, treesRead: { allTrees = $0 })
    #expect(allTrees == 12)
    #expect(Self.outcome(bytes, direct: true) == Self.outcome(bytes, direct: false))
  }

  @Test func onlyEntitiesWithProblemsAreReadThroughTrees() throws {
    let text = Self.everyField
      .replacingOccurrences(of: #""number": 1}]"#, with: #""number": 0}]"#)
      .replacingOccurrences(of: #""name": "Katherine""#, with: #""name": "Katherine", "x": 1"#)
    let bytes = Array(text.utf8)
    var trees = -1
    let read = try PackReader.read(bytes: bytes, treesRead: { trees = $0 })
    #expect(trees == 2)
    #expect(read.problems.map(\.path) == ["seasons[0].number", "people[0].x"])
    #expect(Self.outcome(bytes, direct: true) == Self.outcome(bytes, direct: false))
  }

  @Test func everyChangeOfEveryValueReadsAsThroughTrees() throws {
    // Each value of the pack replaced by values of every type and a few edge cases, each
    // member removed, renamed or given twice: the direct reading falls back exactly where
    // the tree's reading reports, and reads the same everywhere else.
    let document = try JSONParser.parse(Array(Self.everyField.utf8))
    let replacements: [JSONValue] = [
      .null, .string(""), .string(" \t"), .string("x"), .string("x\u{1}y"), .number("0"),
      .number("1"), .number("-1"), .number("1.5"), .number("1e2"), .number("100000"),
      .number("99999999999999999999"), .bool(true), .array([]), .object([]),
      .array([.string("x")]), .array([.null]), .array([.object([])]),
      .object([(key: "x", value: .number("1"))]),
    ]
    var variants = 0
    for change in Self.changes(of: document, replacements: replacements) {
      let bytes = Array(Self.text(of: change).utf8)
      #expect(
        Self.outcome(bytes, direct: true) == Self.outcome(bytes, direct: false),
        "\(Self.text(of: change))")
      variants += 1
    }
    #expect(variants > 2000)
  }

  @Test func textualChangesReadAsThroughTrees() throws {
    // Changes a tree cannot show: escapes in keys and strings, whitespace, syntax errors
    // inside and between entities.
    let pairs: [(String, String)] = [
      (#""id": "season-1""#, #""\u0069d": "season-1""#),
      (#""id": "season-1""#, #""id": "season\u002D1""#),
      (#""name": "Pilot""#, #""name": "Pi\tlot""#),
      (#""name": "Pilot""#, "\"name\":\n\t \"Pilot\" "),
      (#""name": "Pilot""#, #""name": "Pilot",,"#),
      (#""name": "Pilot""#, #""name" "Pilot""#),
      (#""name": "Pilot""#, #""name": "Pilot"#),
      (#""name": "Pilot""#, #""name": tru"#),
      (#""name": "Pilot""#, #""name": "\uD800""#),
      (#""number": 1}]"#, #""number": 01}]"#),
      (#""number": 1}]"#, #""number": 1,}]"#),
      (#""number": 1}]"#, #""number": 1},]"#),
      (#""number": 1}]"#, #""number": 1} ]"#),
      (#""number": 1}]"#, #""number": -}]"#),
      (#""cliffhanger": true"#, #""cliffhanger": truth"#),
      (#""cliffhanger": true"#, #""cliffhanger": nul"#),
      (#"["H", "Han"]"#, #"["H",, "Han"]"#),
      (#"["H", "Han"]"#, #"["H", "Han",]"#),
      (#"["H", "Han"]"#, #"["H" "Han"]"#),
      (#""aliases": ["H", "Han"]"#, #""aliases": ["H", "Han"], "aliases": []"#),
      (#""label": "Age""#, #""label": "Age", "label": "Age""#),
      ("{\"id\": \"thread-2\"", "{ }, {\"id\": \"thread-2\""),
      ("{\"id\": \"thread-2\"", "{\"id\": \"thread-2\"  , \"x\"  :  [[[{}]]]"),
    ]
    for (original, changed) in pairs {
      #expect(Self.everyField.contains(original), "\(original)")
      let text = Self.everyField.replacingOccurrences(of: original, with: changed)
      let bytes = Array(text.utf8)
      #expect(
        Self.outcome(bytes, direct: true) == Self.outcome(bytes, direct: false), "\(text)")
    }
  }

  @Test func committedPacksReadAsThroughTrees() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let folders = [
      root.appendingPathComponent("BrokenPacks"),
      root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus/pack"),
      root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources"),
    ]
    var packs = 0
    for folder in folders {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where name.hasSuffix(".json") {
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        #expect(
          Self.outcome(bytes, direct: true) == Self.outcome(bytes, direct: false), "\(name)")
        packs += 1
      }
    }
    #expect(packs > 30)
  }

  // MARK: - Helpers

  /// Everything a reading gives, as text: the entities, their paths, the article files,
  /// the incomplete kinds and the problems, or the syntax error.
  static func outcome(_ bytes: [UInt8], direct: Bool) -> [String] {
    do {
      let read = try PackReader.read(bytes: bytes, direct: direct)
      var lines = read.problems.map { "\($0.path): \($0.message)" }
      if let pack = read.pack {
        lines += zip(pack.entities, pack.paths).map { "\($1) \($0)" }
        lines += pack.sourceFiles.map { "\($0.id) \($0.file) \($0.path)" }
        lines += pack.incompleteKinds.map(\.rawValue).sorted()
      }
      return lines
    } catch {
      return ["\(error.line):\(error.column): \(error.message)"]
    }
  }

  /// `document` changed in one place each: every value replaced by each of `replacements`,
  /// every member of an object removed, renamed and given twice.
  static func changes(of document: JSONValue, replacements: [JSONValue]) -> [JSONValue] {
    var changes = replacements.filter { $0 != document }
    switch document {
    case .object(let members):
      for (index, member) in members.enumerated() {
        var without = members
        without.remove(at: index)
        changes.append(.object(without))
        var renamed = members
        renamed[index].key = "unknown"
        changes.append(.object(renamed))
        var twice = members
        twice.insert(member, at: index)
        changes.append(.object(twice))
        for change in Self.changes(of: member.value, replacements: replacements) {
          var changed = members
          changed[index].value = change
          changes.append(.object(changed))
        }
      }
    case .array(let items):
      for (index, item) in items.enumerated() {
        for change in Self.changes(of: item, replacements: replacements) {
          var changed = items
          changed[index] = change
          changes.append(.array(changed))
        }
      }
    default:
      break
    }
    return changes
  }

  /// `value` as JSON text.
  static func text(of value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let text): return text
    case .string(let text):
      var escaped = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        case "\n": escaped += "\\n"
        case _ where scalar.value < 0x20:
          escaped += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        default: escaped.unicodeScalars.append(scalar)
        }
      }
      return escaped + "\""
    case .array(let items): return "[" + items.map(text(of:)).joined(separator: ", ") + "]"
    case .object(let members):
      return "{"
        + members.map { "\(text(of: .string($0.key))): \(text(of: $0.value))" }
        .joined(separator: ", ") + "}"
    }
  }
}
