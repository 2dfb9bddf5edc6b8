import Foundation
import Testing

/// The bytes the browser writes for a Down, recorded as tmux receives them, against the
/// cells whose look that Down changed (as `bench/redraw_bytes.sh` measures them).
@Suite("Bytes written per Down")
struct RedrawBytesTmuxTests {
  /// Five Downs where a list of search results scrolls, on a 60×16 terminal: every row of
  /// the list moves, and each row has highlighted matches. Painted through ncurses this
  /// took 1.9 times the bytes of the changed cells' text (5,157 bytes for 2,703).
  @Test func scrollingSearchResultsCostAtMostThirtyPercentMoreThanTheirText() throws {
    let tmux = try Tmux.browser(width: 60, height: 16)
    defer { tmux.kill() }
    try tmux.waitForSteadyScreen(containing: "1 Show")
    try tmux.send("/")
    try tmux.send("a", literal: true)
    try tmux.send("Enter")
    // The list holds the rows it shows and a few more, and says there are more.
    try tmux.waitForSteadyScreen(containing: " 1/24+ ")
    // The last row the list shows before it scrolls.
    try tmux.run(commands: Array(repeating: ["send-keys", "-t", tmux.session, "Down"], count: 11))
    try tmux.waitForSteadyScreen(containing: " 12/24+ ")
    let record = FileManager.default.temporaryDirectory
      .appendingPathComponent("redraw-\(UUID().uuidString).bytes")
    defer { try? FileManager.default.removeItem(at: record) }
    var screens = [try tmux.captureStyled()]
    try tmux.run(commands: [["pipe-pane", "-t", tmux.session, "cat > '\(record.path)'"]])
    for step in 1...5 {
      try tmux.send("Down")
      // Scrolled near the last row held, the list asks for the rest of the 48 results.
      try tmux.waitForSteadyScreen(containing: " \(12 + step)/")
      screens.append(try tmux.captureStyled())
    }
    try tmux.run(commands: [["pipe-pane", "-t", tmux.session]])
    let written = try Self.steadySize(of: record)

    var changedText = 0
    for (before, after) in zip(screens, screens.dropFirst()) {
      changedText += StyledScreen(before, height: 16).changedText(
        to: StyledScreen(after, height: 16))
    }
    #expect(changedText > 2000, "five Downs rewrite most of the list and details")
    #expect(
      Double(written) <= 1.3 * Double(changedText),
      "\(written) bytes written for \(changedText) bytes of changed text")
  }

  /// The size of `file` once it stops growing (tmux hands the recording to `cat` as it
  /// comes); throws when it never appears.
  private static func steadySize(of file: URL) throws -> Int {
    let deadline = ContinuousClock.now + .seconds(10)
    var last = -1
    var repeats = 0
    while ContinuousClock.now < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? -1
      repeats = size == last && size > 0 ? repeats + 1 : 0
      if repeats >= 3 { return size }
      last = size
      usleep(100_000)
    }
    throw Tmux.Failure(description: "the recording of the written bytes never settled")
  }
}

/// A screen as `tmux capture-pane -p -e` prints it: each cell's character and the SGR
/// attributes in force there.
private struct StyledScreen {
  private var rows: [[(character: Character, look: String)]] = []

  init(_ capture: String, height: Int) {
    for line in capture.split(separator: "\n", omittingEmptySubsequences: false).prefix(height) {
      var attributes: [String: String] = [:]
      var row: [(character: Character, look: String)] = []
      var rest = Substring(line)
      while let first = rest.first {
        if first == "\u{1B}", let end = rest.firstIndex(of: "m") {
          let parameters = rest[rest.index(rest.startIndex, offsetBy: 2)..<end]
          Self.select(parameters, into: &attributes)
          rest = rest[rest.index(after: end)...]
          continue
        }
        row.append((first, Self.look(of: first, attributes)))
        rest = rest.dropFirst()
      }
      rows.append(row)
    }
  }

  /// The bytes of text of the cells whose look differs in `other`.
  func changedText(to other: StyledScreen) -> Int {
    var bytes = 0
    for (old, new) in zip(rows, other.rows) {
      for column in 0..<max(old.count, new.count) {
        let blank: (character: Character, look: String) = (" ", "")
        let before = column < old.count ? old[column] : blank
        let after = column < new.count ? new[column] : blank
        if before.character != after.character || before.look != after.look {
          bytes += after.character.utf8.count
        }
      }
    }
    return bytes
  }

  /// What shows of a cell: all its attributes, or of a blank only its background unless
  /// it is reversed or underlined.
  private static func look(of character: Character, _ attributes: [String: String]) -> String {
    if character != " " || attributes["7"] != nil || attributes["4"] != nil {
      return attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
        separator: ",")
    }
    return attributes["bg"] ?? ""
  }

  private static func select(_ parameters: Substring, into attributes: inout [String: String]) {
    let numbers =
      parameters.isEmpty
      ? ["0"] : parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index < numbers.count {
      let number = numbers[index].isEmpty ? "0" : numbers[index]
      switch number {
      case "0": attributes = [:]
      case "38", "48":
        attributes[number == "38" ? "fg" : "bg"] = numbers[
          (index + 1)..<min(index + 3, numbers.count)
        ].joined(separator: ";")
        index += 2
      case "39": attributes["fg"] = nil
      case "49": attributes["bg"] = nil
      default:
        if number.count == 2, let kind = number.first, "349".contains(kind) {
          attributes[kind == "4" ? "bg" : "fg"] = number
        } else {
          attributes[number] = "on"
        }
      }
      index += 1
    }
  }
}
