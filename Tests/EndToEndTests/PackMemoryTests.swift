import Foundation
import Glibc
import TestSupport
import Testing

/// What `tvbrowse validate` keeps in memory for each byte of a pack: the file, the parsed
/// tree and the entities read from it must not multiply the pack's size. Measured as the
/// growth of the process's peak resident memory from a small pack to a large one of the
/// same shape, so the runtime's own memory does not count.
@Suite struct PackMemoryTests {
  /// Bytes of peak memory per byte of pack that `validate` may use. It uses 2.6 since the
  /// parser hands the file's parsed pages back to the kernel as it goes and validation
  /// keeps its index by id in 8 bytes an entity; it used 3.5 before (measured through the
  /// child's own high-water mark: `wait4` had reported the test runner's peak for both).
  static let bytesPerPackByte = 2.8

  @Test(.disabled(if: Sanitizers.active, "a sanitizer's shadow memory is most of the peak"))
  func validatingAPackTakesAFewBytesOfMemoryPerByteOfPack() throws {
    let directory = FileManager.default.temporaryDirectory.path
    let token = UUID().uuidString
    let small = "\(directory)/memory-small-\(token).json"
    let large = "\(directory)/memory-large-\(token).json"
    defer {
      unlink(small)
      unlink(large)
    }
    try Self.pack(characters: 200).write(toFile: small, atomically: true, encoding: .utf8)
    try Self.pack(characters: 20_000).write(toFile: large, atomically: true, encoding: .utf8)
    let binary = try TVBrowseBinary.path()
    let smallPeak = try Self.peakMemory(of: binary, ["validate", small])
    let largePeak = try Self.peakMemory(of: binary, ["validate", large])
    let growth = Double(largePeak - smallPeak)
    let bytes = Double(try Self.size(large) - Self.size(small))
    let perByte = growth / bytes
    #expect(
      perByte <= Self.bytesPerPackByte,
      "validate used \(perByte) bytes of memory per byte of pack (\(largePeak) bytes at most)")
  }

  // MARK: - A pack of any size

  /// A valid pack: `characters` characters, each played by a person of their own through a
  /// credit, each cited by an article that holds the quote, ten quotes to an article.
  static func pack(characters count: Int) -> String {
    var characters: [String] = []
    var people: [String] = []
    var credits: [String] = []
    var texts = [[String]](repeating: [], count: max(count / 10, 1))
    for index in 0..<count {
      let name = "Character Number \(index)"
      let person = "Person Number \(index)"
      let article = index % texts.count
      let quote = "\(name), a student at Liberty High, returns to the tapes"
      let credit = "\(name) (\(person))"
      texts[article] += [quote + ".", credit + "."]
      characters.append(
        #"{"id":"character-\#(index)","name":"\#(name)","summary":"A student, number \#(index)","#
          + #""citations":[{"source":"article-\#(article)","quote":"\#(quote)"}]}"#)
      people.append(#"{"id":"person-\#(index)","name":"\#(person)"}"#)
      credits.append(
        #"{"id":"credit-\#(index)","person":"person-\#(index)","character":"character-\#(index)","#
          + #""citations":[{"source":"article-\#(article)","quote":"\#(credit)"}]}"#)
    }
    let articles = texts.enumerated().map { index, sentences in
      #"{"id":"article-\#(index)","kind":"article","name":"Article \#(index)","#
        + #""text":"\#(sentences.joined(separator: " "))"}"#
    }
    return """
      {"format":"tvbrowse-pack","version":1,
      "show":{"id":"show","name":"A Show"},
      "sources":[\(articles.joined(separator: ",\n"))],
      "characters":[\(characters.joined(separator: ",\n"))],
      "people":[\(people.joined(separator: ",\n"))],
      "credits":[\(credits.joined(separator: ",\n"))]}

      """
  }

  // MARK: - Running the binary

  /// Why a run could not be measured.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The peak resident memory, in bytes, of running `path` to its end; it must exit 0.
  /// Read from the child's own high-water mark while it runs, not from `wait4`: the kernel
  /// counts in a child's `ru_maxrss` the peak of the process it was started from, this
  /// test runner, so that every pack smaller than the runner measured the same.
  static func peakMemory(of path: String, _ arguments: [String]) throws -> Int {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_RDWR, 0)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var peak = 0
    // The high-water mark only grows, so the last reading before the exit holds the peak
    // of everything before it: the load and the validation, not the final message.
    while true {
      let ended = waitpid(pid, &status, WNOHANG)
      if ended == pid { break }
      if ended == -1 && errno != EINTR {
        throw Failure(description: "cannot wait for \(path): \(String(cString: strerror(errno)))")
      }
      if let mark = highWaterMark(of: pid) { peak = max(peak, mark) }
      usleep(1000)
    }
    guard status == 0 else {
      throw Failure(description: "\(arguments.joined(separator: " ")) ended with status \(status)")
    }
    guard peak > 0 else { throw Failure(description: "no reading of the peak memory of \(path)") }
    return peak
  }

  /// The peak resident memory, in bytes, of the running process `pid` so far (VmHWM).
  static func highWaterMark(of pid: pid_t) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kibibytes = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kibibytes * 1024
  }

  /// The size of a file in bytes.
  static func size(_ path: String) throws -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { throw Failure(description: "cannot stat \(path)") }
    return Int(status.st_size)
  }
}
