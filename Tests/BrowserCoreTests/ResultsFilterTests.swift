import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// `f` filters the search results as it filters a section's list: typed text hides the
/// results whose name does not match, Enter keeps the filter, Esc clears it.
@Suite struct ResultsFilterTests {
  /// The keys that list the results for "a", focused.
  static let results: [Key] = [.character("/"), .character("a"), .enter]

  static func filtering(_ text: String, then keys: [Key] = [], width: Int = 80) -> Browser {
    BrowserHarness.filtering(results, text, then: keys, width: width)
  }

  static func names(_ browser: Browser) -> [String] { BrowserHarness.listNames(browser) }

  @Test func fOpensTheFilterLineOverTheResults() {
    let browser = Self.filtering("")
    #expect(browser.state.filterLine != nil)
    #expect(browser.state.message == nil)
    #expect(browser.state.view.source == .search("a"))
  }

  /// Which rows stay, in what order, is `ListFilterTests`' check over every list; here,
  /// each row kept still shows its own hit: the name drawn is the entity's.
  @Test func eachResultKeptShowsItsOwnHit() {
    let screen = Self.filtering("han").render().lines.joined(separator: "\n")
    #expect(screen.contains("Hannah Baker"))
    #expect(!screen.contains("Clay Jensen"))
  }

  @Test func enterKeepsTheFilterAndTheHeaderSaysSo() throws {
    let browser = Self.filtering("han", then: [.enter])
    #expect(browser.state.filterLine == nil)
    #expect(browser.state.view.filter == "han")
    let header = try #require(browser.render().lines.first { $0.contains("Results") })
    #expect(header.contains("filter: han"), "\(header)")
  }

  @Test func escapeClearsTheFilterAndRestoresTheResults() {
    var browser = BrowserHarness.browser(80, 24, keys: Self.results + [.down, .down])
    let before = browser.state.view
    let all = Self.names(browser)
    for key in [.character("f")] + BrowserHarness.typing("han") + [.escape] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.filterLine == nil)
    #expect(browser.state.view == before)
    // The filter asked for more results to fill its rows; they follow the first ones.
    #expect(Self.names(browser).starts(with: all))
  }

  @Test func theFilterLineCountsTheResultsItKeeps() throws {
    let browser = Self.filtering("han")
    let status = try #require(browser.render().lines.last)
    let kept = browser.state.listCount
    let all = BrowserHarness.browser(80, 24, keys: Self.results).state.listCount
    // The filter hides some results and keeps some; the line counts both. It asked for more
    // results than the list first held, to fill its rows.
    let held = browser.state.unfilteredCount
    #expect(kept > 0 && kept < held)
    #expect(held >= all)
    #expect(status.contains("\(kept) of \(held) rows"), "\(status)")
  }

  @Test func nextAndPreviousStepThroughTheKeptResultsOnly() {
    var browser = Self.filtering("han", then: [.enter])
    let kept = Self.names(browser)
    #expect(kept.count > 1)
    var visited: [String] = []
    for _ in kept {
      visited.append(browser.state.selectedEntity?.name ?? "")
      _ = browser.handle(.key(.character("n")))
    }
    #expect(visited == kept)
    #expect(browser.state.selectedEntity?.name == kept[0])
    _ = browser.handle(.key(.character("N")))
    #expect(browser.state.selectedEntity?.name == kept[kept.count - 1])
  }

  @Test func backFromAnOpenedResultReturnsToTheFilteredResults() {
    var browser = Self.filtering("han", then: [.enter, .down])
    let filtered = browser.state.view
    #expect(filtered.filter == "han")
    let selected = browser.state.selectedEntity?.id
    _ = browser.handle(.key(.enter))
    #expect(browser.state.view.source != filtered.source)
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view == filtered)
    #expect(browser.state.selectedEntity?.id == selected)
    _ = browser.handle(.key(.character("L")))
    #expect(browser.state.view.source != filtered.source)
  }

  @Test func backAfterAnotherSearchListsTheEarlierResultsFiltered() {
    var browser = Self.filtering("han", then: [.enter])
    let kept = Self.names(browser)
    for key in [.character("/")] + BrowserHarness.typing("gun") + [.enter, .backspace] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.view.source == .search("a"))
    #expect(browser.state.view.filter == "han")
    #expect(Self.names(browser) == kept)
  }

  @Test func aNewSearchStartsUnfiltered() {
    var browser = Self.filtering("han", then: [.enter])
    #expect(browser.state.view.filter == "han")
    for key in [.character("/")] + BrowserHarness.typing("a") + [.enter] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.view.filter == nil)
    #expect(Self.names(browser) == Self.names(BrowserHarness.browser(80, 24, keys: Self.results)))
  }

  @Test func aFilterThatHidesEveryResultSaysSo() {
    let screen = Self.filtering("zzzz", then: [.enter]).render().lines.joined(separator: "\n")
    #expect(screen.contains("No row matches"), "\(screen)")
    #expect(!screen.contains("Nothing matches"), "\(screen)")
  }

  @Test func theFilterAlsoHidesPagesTheSearchListsWhoseTitleDoesNotMatch() {
    var browser = BrowserHarness.browser(
      80, 24, keys: [.character("/")] + BrowserHarness.typing("disagree") + [.enter])
    #expect(browser.state.listPages == ["disagreements"])
    for key in [.character("f")] + BrowserHarness.typing("dis") {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.listPages == ["disagreements"])
    for key in BrowserHarness.typing("zz") { _ = browser.handle(.key(key)) }
    #expect(browser.state.listPages.isEmpty)
  }

  @Test func keysTypedWhileTheResultsAreStillComingGoIntoTheFilterLine() {
    var browser = BrowserHarness.browser(80, 24, keys: Self.results)
    for key: Key in [.character("/"), .character("h"), .enter, .character("f")] {
      _ = browser.receive(.key(key))
    }
    #expect(browser.pendingQuery == "h")
    _ = browser.receive(.key(.character("j")))
    #expect(browser.state.filterLine?.editor.text == "j")
  }
}
