import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// `/` in the article reader finds text in the article; `n`/`N` move between its matches.
@Suite struct ReaderFindTests {
  /// Hannah Baker's first citation, open in the reader.
  static func reader(_ width: Int = 80, _ height: Int = 24) -> Browser {
    var browser = BrowserHarness.browser(width, height, keys: [.character("3"), .enter])
    while browser.state.detailBlocks[browser.state.view.details.selection].target?.isCitation
      != true
    {
      let before = browser.state.view.details.selection
      _ = browser.handle(.key(.down))
      if browser.state.view.details.selection == before { break }
    }
    _ = browser.handle(.key(.enter))
    return browser
  }

  static func send(_ keys: [Key], to browser: inout Browser) {
    for key in keys { _ = browser.handle(.key(key)) }
  }

  @Test func slashInTheReaderFindsInsteadOfSearching() {
    var browser = Self.reader()
    #expect(browser.state.view.reader != nil)
    Self.send([.character("/")], to: &browser)
    #expect(browser.state.find?.isTyping == true)
    #expect(browser.state.search == nil)
  }

  @Test func typedTextIsFoundCaseInsensitivelyAndCounted() throws {
    var browser = Self.reader()
    Self.send([.character("/")] + BrowserHarness.typing("THE"), to: &browser)
    let matches = try #require(browser.state.readerMatches)
    #expect(matches.count > 2)
    let lines = try #require(browser.state.readerContent).lines
    for match in matches {
      let text = Array(lines[match.line].map(\.text).joined())
      #expect(String(text[match.start..<match.start + match.length]).lowercased() == "the")
    }
    let status = try #require(browser.render().lines.last)
    #expect(status.hasPrefix("find: THE"), "\(status)")
    #expect(status.contains("/\(matches.count) "), "\(status)")
  }

  @Test func nAndShiftNMoveBetweenTheMatchesAndTheReaderFollows() throws {
    var browser = Self.reader(80, 12)
    Self.send([.character("/")] + BrowserHarness.typing("the") + [.enter], to: &browser)
    #expect(browser.state.find?.isTyping == false)
    let matches = try #require(browser.state.readerMatches)
    let first = try #require(browser.state.find?.current)
    for step in 1...matches.count {
      Self.send([.character("n")], to: &browser)
      let current = (first + step) % matches.count
      #expect(browser.state.find?.current == current)
      let offset = try #require(browser.state.view.reader?.offset)
      #expect(matches[current].line >= offset && matches[current].line < offset + 10)
    }
    Self.send([.character("N")], to: &browser)
    #expect(browser.state.find?.current == (first + matches.count - 1) % matches.count)
    let status = try #require(browser.render().lines.last)
    #expect(status.hasPrefix(" match \(first + matches.count)/\(matches.count) "), "\(status)")
  }

  @Test func theCurrentMatchIsHighlighted() throws {
    var browser = Self.reader()
    Self.send([.character("/")] + BrowserHarness.typing("tapes") + [.enter], to: &browser)
    let matches = try #require(browser.state.readerMatches)
    let current = matches[try #require(browser.state.find?.current)]
    let line = try #require(browser.state.readerContent).lines[current.line]
    let marked = line.marking(
      matches[...].filter { $0.line == current.line }[...], current: current)
    #expect(marked.contains { $0.role == .currentMatch && $0.text.lowercased() == "tapes" })
  }

  @Test func escapeClearsTheFindAndKeepsTheReader() {
    var browser = Self.reader()
    Self.send([.character("/")] + BrowserHarness.typing("the") + [.enter, .escape], to: &browser)
    #expect(browser.state.find == nil)
    #expect(browser.state.view.reader != nil)
  }

  @Test func escapeInTheFindLineScrollsBackToWhereItBegan() {
    var browser = Self.reader(80, 12)
    let offset = browser.state.view.reader?.offset
    Self.send([.character("/")] + BrowserHarness.typing("the") + [.escape], to: &browser)
    #expect(browser.state.find == nil)
    #expect(browser.state.view.reader?.offset == offset)
  }

  @Test func qLeavesTheReaderWhereSlashSearchesAgain() {
    var browser = Self.reader()
    Self.send(
      [.character("/")] + BrowserHarness.typing("the") + [.enter, .character("q")], to: &browser)
    #expect(browser.state.view.reader == nil)
    #expect(browser.state.find == nil)
    Self.send([.character("/")], to: &browser)
    #expect(browser.state.search != nil)
  }

  @Test func outsideTheReaderNStillStepsTheSearchResults() {
    var browser = BrowserHarness.browser(100, 30)
    Self.send([.character("/")] + BrowserHarness.typing("langford") + [.enter], to: &browser)
    let first = browser.state.selectedEntity?.id
    Self.send([.character("n")], to: &browser)
    #expect(browser.state.selectedEntity?.id != first)
    #expect(browser.state.find == nil)
  }

  @Test func ctrlCCancelsTheFindLineInsteadOfQuitting() {
    var browser = Self.reader()
    Self.send([.character("/"), .character("x")], to: &browser)
    #expect(browser.handle(.interrupt) != .quit)
    #expect(browser.state.find == nil)
    #expect(browser.state.view.reader != nil)
  }

  @Test func aKeyInTheFindLineDoesNotRunTheFind() throws {
    // The find runs where the loop hands it (a worker thread in the terminal), and stops
    // at its first check when asked: a huge article never holds a key up.
    var browser = Self.reader()
    _ = browser.receive(.key(.character("/")))
    _ = browser.receive(.key(.character("t")))
    let request = try #require(browser.pendingFind)
    var checks = 0
    #expect(
      request.run(isInterrupted: {
        checks += 1
        return true
      }) == nil)
    #expect(checks == 1)
  }

  @Test func aLongFindAsksToStopEveryThousandLinesAndFindsEveryMatch() throws {
    let lines: [StyledLine] = Array(
      repeating: [Span(String(repeating: "ab ", count: 30))], count: 5_000)
    let request = ReaderFindRequest(
      key: ReaderFindKey(query: "ab", layout: ArticleReaderView(source: "s", quote: "")),
      lines: lines)
    var checks = 0
    let matches = try #require(
      request.run(isInterrupted: {
        checks += 1
        return false
      }))
    #expect(matches.count == 150_000)
    #expect(checks == 5)
  }

  /// A find that matches nothing says so in words, typed or kept, rather than "0/0".
  @Test func aFindWithNoMatchSaysNoMatch() throws {
    var browser = Self.reader()
    Self.send([.character("/")] + BrowserHarness.typing("zzqqx"), to: &browser)
    #expect(browser.state.readerMatches?.isEmpty == true)
    let typed = try #require(browser.render().lines.last)
    #expect(typed.contains("no match"), "\(typed)")
    Self.send([.enter], to: &browser)
    let kept = try #require(browser.render().lines.last)
    #expect(kept.hasPrefix(" no match "), "\(kept)")
    #expect(!kept.contains("0/0"), "\(kept)")
  }
}
