import Dispatch
import Synchronization

/// Opens packs, from a file or from the built-in show compiled into the binary, and
/// reports everything wrong with one as `PackProblem`s.
public enum PackLoader {
  /// The name the built-in pack goes by in messages.
  public static let builtInName = "(built-in pack)"
  private static let builtInPath = "Resources/pack.json"

  /// The pack and its problems; the pack is nil when it could not be read at all.
  public struct Result: Sendable {
    /// The pack as read, if the file could be read as a pack.
    public var pack: Pack?
    /// Every problem found: file and syntax problems alone, else the schema's in file
    /// order, then unreadable article files, then ids, references, reach and quotes.
    public var problems: [PackProblem]

    /// A pack and its problems.
    public init(pack: Pack?, problems: [PackProblem]) {
      self.pack = pack
      self.problems = problems
    }
  }

  /// Reads and validates the pack at `path`, collecting every problem. Its source files
  /// must resolve inside its folder, or inside `root`, a folder above it.
  public static func inspect(path: String, root: String? = nil) -> Result {
    inspect(path: path, root: root, method: .kernel)
  }

  /// `inspect(path:root:)` with a chosen way of resolving source files.
  static func inspect(
    path: String, root: String?, method: ConfinedOpen.Method,
    afterLinks: @Sendable (Pack) -> Void = { _ in }
  ) -> Result {
    func failure(_ message: String) -> Result {
      Result(pack: nil, problems: [PackProblem(file: path, location: .file, message: message)])
    }
    guard !path.isEmpty else { return failure("the pack path is empty") }
    let bytes: [UInt8]
    let folder: PackFolder
    do {
      bytes = try FileBytes.read(path, limit: Pack.maximumFileSize)
    } catch {
      return failure(error.message)
    }
    do {
      folder = try PackFolder(packPath: path, root: root, method: method)
    } catch {
      return failure(error.message)
    }
    return inspect(bytes: consume bytes, named: path, afterLinks: afterLinks) {
      file throws(FileBytes.Failure) in
      try folder.read(file, limit: Pack.maximumFileSize)
    }
  }

  /// What is wrong with `root` as the boundary of the pack at `path`, for a usage error:
  /// a folder that does not exist, or one that does not hold the pack; nil when it is fine.
  public static func rootProblem(root: String, packPath path: String) -> String? {
    do {
      _ = try PackFolder(packPath: path, root: root)
      return nil
    } catch {
      return error.message
    }
  }

  /// Reads and validates the built-in pack.
  public static func inspectBuiltIn() -> Result {
    inspectBuiltIn(afterLinks: { _ in })
  }

  /// `inspectBuiltIn()`, running `afterLinks` as `PackValidator.problems` does.
  private static func inspectBuiltIn(afterLinks: @Sendable (Pack) -> Void) -> Result {
    let files = EmbeddedFiles.shared
    let bytes = files.bytes(at: builtInPath) ?? []
    return inspect(bytes: bytes, named: builtInName, afterLinks: afterLinks) {
      file throws(FileBytes.Failure) in
      guard let data = files.bytes(at: EmbeddedFiles.resolve(file, from: "Resources")) else {
        throw FileBytes.Failure(message: "no such file")
      }
      return data
    }
  }

  /// Opens the pack at `path`, or the built-in one when `path` is nil, as a catalog; its
  /// source files must resolve inside its folder, or inside `root`.
  /// The credits' names, which opening the catalog needs, are made while the quotes are
  /// still being checked.
  public static func catalog(path: String?, root: String? = nil) throws(PackProblems) -> Catalog {
    let creditNames = Mutex<Catalog.CreditNames?>(nil)
    let named: @Sendable (Pack) -> Void = { pack in
      let names = Catalog.CreditNames(of: pack)
      creditNames.withLock { $0 = names }
    }
    var result =
      path.map { inspect(path: $0, root: root, method: .kernel, afterLinks: named) }
      ?? inspectBuiltIn(afterLinks: named)
    // Taken out of the result, so that the catalog owns the only copy of the entities.
    guard let pack = result.pack.take(), result.problems.isEmpty else {
      throw PackProblems(result.problems)
    }
    return Catalog(pack: pack, creditNames: creditNames.withLock { $0.take() })
  }

  /// Every problem of a pack built in memory (by an importer), as `validate` reports a
  /// file's: ids, references, reach and quotes; `name` stands for the file in messages.
  public static func problems(in pack: Pack, named name: String) -> [PackProblem] {
    PackValidator.problems(in: pack).map {
      PackProblem(file: name, location: .path($0.path), message: $0.message)
    }
  }

  // MARK: - Steps

  private static func inspect(
    bytes: consuming [UInt8], named name: String, afterLinks: @Sendable (Pack) -> Void,
    readFile: (String) throws(FileBytes.Failure) -> [UInt8]
  ) -> Result {
    func problem(_ location: PackProblem.Location, _ message: String) -> PackProblem {
      PackProblem(file: name, location: location, message: message)
    }
    var read: Pack?
    let schemaProblems: [(path: String, message: String)]
    switch parse(consume bytes) {
    case .success(let parsed): (read, schemaProblems) = parsed
    case .failure(let failure):
      return Result(pack: nil, problems: [problem(failure.location, failure.message)])
    }
    // The reader reports problems with the document as a whole at the empty path.
    var problems = schemaProblems.map {
      problem($0.path.isEmpty ? .file : .path($0.path), $0.message)
    }
    // Taken out, so that filling in article texts does not copy every entity.
    guard var pack = read.take() else { return Result(pack: nil, problems: problems) }
    problems += loadArticleTexts(into: &pack, readFile: readFile).map {
      problem(.path($0.path), $0.message)
    }
    // Work after sound links is only for a pack that has no other problem so far.
    let soundSoFar = problems.isEmpty
    problems += PackValidator.problems(in: pack) { pack in
      if soundSoFar { afterLinks(pack) }
    }.map { problem(.path($0.path), $0.message) }
    return Result(pack: pack, problems: problems)
  }

  /// Why the bytes could not be parsed as JSON, and where.
  private struct ParseFailure: Error {
    var location: PackProblem.Location
    var message: String
  }

  /// The pack in `bytes` and its schema problems, read as the bytes are parsed. Takes the
  /// bytes over, so that they are freed as soon as they are read, before validation.
  private static func parse(_ bytes: consuming [UInt8])
    -> Swift.Result<
      (pack: Pack?, problems: [(path: String, message: String)]), ParseFailure
    >
  {
    if bytes.isEmpty {
      return .failure(ParseFailure(location: .file, message: "empty file, expected a JSON pack"))
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .failure(
        ParseFailure(location: .file, message: "file holds only whitespace, expected a JSON pack"))
    }
    // Two passes over the bytes before the parse, one on each core: the check of the
    // UTF-8, and the count of the entities that sizes the reader's tables.
    let passes = Mutex<(bad: (line: Int, column: Int, offset: Int)?, objects: Int)>((nil, 0))
    DispatchQueue.concurrentPerform(iterations: 2) { [bytes] pass in
      if pass == 0 {
        let bad = FileBytes.firstInvalidUTF8(in: bytes)
        passes.withLock { $0.bad = bad }
      } else {
        let objects = TopLevelItemCount.objects(in: bytes)
        passes.withLock { $0.objects = objects }
      }
    }
    let (bad, objects) = passes.withLock { $0 }
    if let bad {
      return .failure(
        ParseFailure(
          location: .position(line: bad.line, column: bad.column),
          message: "invalid UTF-8 (byte offset \(bad.offset))"))
    }
    do {
      return .success(try PackReader.read(bytes: consume bytes, objects: objects))
    } catch {
      return .failure(
        ParseFailure(
          location: .position(line: error.line, column: error.column), message: error.message))
    }
  }

  /// Fills in the text of each article that names a file; returns what could not be read.
  static func loadArticleTexts(
    into pack: inout Pack, readFile: (String) throws(FileBytes.Failure) -> [UInt8]
  ) -> [(path: String, message: String)] {
    var problems: [(path: String, message: String)] = []
    var total = 0
    guard !pack.sourceFiles.isEmpty else { return [] }
    var indicesByID: [String: [Int]] = [:]
    // By index: `enumerated()` took a copy of every entity of the pack to look at its kind.
    for index in pack.entities.indices where pack.entities[index].kind == .source {
      indicesByID[pack.entities[index].id, default: []].append(index)
    }
    for source in pack.sourceFiles {
      let text: String
      do {
        let bytes = try readFile(source.file)
        total += bytes.count
        guard total <= Pack.maximumFileSize else {
          problems.append((source.path, "source files together exceed the 64 MiB a pack may hold"))
          break
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
          problems.append(
            (source.path, "source file \"\(SafeText.echo(source.file))\" is not valid UTF-8"))
          continue
        }
        text = decoded
      } catch {
        problems.append(
          (
            source.path,
            "cannot read source file \"\(SafeText.echo(source.file))\": \(error.message)"
          ))
        continue
      }
      // Only payloads change: the reader's table of ids stays right.
      for index in indicesByID[source.id] ?? [] {
        pack.entities[index].payload = .source(kind: .article, text: text)
      }
    }
    return problems
  }
}
