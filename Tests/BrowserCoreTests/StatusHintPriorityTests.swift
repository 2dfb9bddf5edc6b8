import TerminalCells
import Testing

@testable import BrowserCore

/// Where the status line is short, the hints that tell how to leave or get help (close,
/// back, quit, help) stay; the others are dropped whole first.
@Suite struct StatusHintPriorityTests {
  static func status(_ width: Int, _ keys: [Key]) throws -> String {
    try #require(BrowserHarness.browser(width, 24, keys: keys).render().lines.last)
  }

  @Test(arguments: [80, 60, 50])
  func theSearchResultsKeepTheirCloseAndQuitHints(width: Int) throws {
    let status = try Self.status(width, [.character("/"), .character("a"), .enter])
    #expect(status.contains("q/Esc close"), "\(status)")
    #expect(status.contains("Q quit"), "\(status)")
  }

  @Test func theSearchResultsShowEveryHintWhereThereIsRoom() throws {
    let status = try Self.status(100, [.character("/"), .character("a"), .enter])
    for hint in ["n/N next/previous", "Enter open", "f filter", "q/Esc close", "? help", "Q quit"] {
      #expect(status.contains(hint), "\(status)")
    }
  }

  @Test(arguments: [60, 50, 40])
  func aNarrowListKeepsQuitAndHelpAndDropsTheOthersFirst(width: Int) throws {
    let status = try Self.status(width, [.character("3")])
    #expect(status.contains("q quit"), "\(status)")
    #expect(status.contains("? help"), "\(status)")
    #expect(!status.contains("/ search"), "\(status)")
    if width < 60 { #expect(!status.contains("panes"), "\(status)") }
  }

  @Test func keptHintsStayInTheirOrder() throws {
    let status = try Self.status(60, [.character("/"), .character("a"), .enter])
    let close = try #require(status.range(of: "close"))
    let quit = try #require(status.range(of: "quit"))
    #expect(close.lowerBound < quit.lowerBound)
  }

  @Test func keptDropsTheLastOtherHintsFirstThenTheLastEssentialOnes() {
    let hints: [(width: Int, isEssential: Bool)] = [
      (5, false), (5, true), (5, false), (5, true),
    ]
    #expect(KeyHint.kept(hints, separator: 2, fitting: 26) == [true, true, true, true])
    #expect(KeyHint.kept(hints, separator: 2, fitting: 25) == [true, true, false, true])
    #expect(KeyHint.kept(hints, separator: 2, fitting: 19) == [true, true, false, true])
    #expect(KeyHint.kept(hints, separator: 2, fitting: 18) == [false, true, false, true])
    #expect(KeyHint.kept(hints, separator: 2, fitting: 12) == [false, true, false, true])
    #expect(KeyHint.kept(hints, separator: 2, fitting: 11) == [false, true, false, false])
    #expect(KeyHint.kept(hints, separator: 2, fitting: 4) == [false, false, false, false])
  }
}
