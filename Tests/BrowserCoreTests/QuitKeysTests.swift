import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// `q` closes the current view and quits only at the main view; `Q` quits from every view
/// but the search line; Ctrl-C cancels an open search line and otherwise quits.
@Suite struct QuitKeysTests {
  /// The views a person can be in, each reached by keys from the start screen.
  enum Place: String, CaseIterable, Sendable {
    case sections, list, details, reader, results, resultDetails, help

    var keys: [Key] {
      switch self {
      case .sections: return []
      case .list: return [.character("3")]
      case .details: return [.character("3"), .enter]
      case .reader: return [.character("3"), .enter, .character("G"), .enter]
      case .results: return [.character("/")] + BrowserHarness.typing("clay") + [.enter]
      case .resultDetails:
        return [.character("/")] + BrowserHarness.typing("clay") + [.enter, .character("l")]
      case .help: return [.character("3"), .character("?")]
      }
    }
  }

  private func browser(at place: Place) -> Browser {
    let browser = BrowserHarness.browser(100, 30, keys: place.keys)
    switch place {
    case .reader: #expect(browser.state.view.reader != nil)
    case .results, .resultDetails: #expect(browser.state.view.source == .search("clay"))
    case .help: #expect(browser.state.help != nil)
    default: break
    }
    return browser
  }

  @Test func qAtTheMainViewQuits() {
    var browser = browser(at: .sections)
    #expect(browser.handle(.key(.character("q"))) == .quit)
  }

  @Test func qClosesTheReader() {
    var browser = browser(at: .reader)
    let outcome = browser.handle(.key(.character("q")))
    #expect(outcome == .redraw)
    #expect(browser.state.view.reader == nil)
    #expect(browser.state.selectedEntity?.id == "hannah-baker")
  }

  @Test(arguments: [Place.results, .resultDetails])
  func qClosesTheSearchResults(from place: Place) {
    var browser = browser(at: place)
    let outcome = browser.handle(.key(.character("q")))
    #expect(outcome == .redraw)
    #expect(browser.state.view.source == .section(.show))
  }

  @Test func qClosesTheHelp() {
    var browser = browser(at: .help)
    #expect(browser.handle(.key(.character("q"))) == .redraw)
    #expect(browser.state.help == nil)
    #expect(browser.state.section == .characters)
  }

  @Test(arguments: Place.allCases)
  func capitalQQuitsFromEveryView(_ place: Place) {
    var browser = browser(at: place)
    #expect(browser.handle(.key(.character("Q"))) == .quit)
  }

  @Test func capitalQIsTextInTheSearchLine() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    #expect(browser.handle(.key(.character("Q"))) == .redraw)
    #expect(browser.state.search?.query == "Q")
  }

  @Test(arguments: Place.allCases)
  func interruptQuitsFromEveryView(_ place: Place) {
    var browser = browser(at: place)
    #expect(browser.handle(.interrupt) == .quit)
    var typed = self.browser(at: place)
    #expect(typed.handle(.key(.control("c"))) == .quit)
  }

  @Test func interruptCancelsTheSearchLine() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("4"), .down])
    let before = browser.state.view
    for key in [.character("/")] + BrowserHarness.typing("clay") { _ = browser.handle(.key(key)) }
    #expect(browser.handle(.interrupt) == .redraw)
    #expect(browser.state.search == nil)
    #expect(browser.state.view == before)
  }

  @Test(arguments: Place.allCases)
  func ctrlLRepaintsEveryViewAndChangesNothing(_ place: Place) {
    var browser = browser(at: place)
    let view = browser.state.view
    #expect(browser.handle(.key(.control("l"))) == .repaint)
    #expect(browser.state.view == view)
    #expect(browser.state.help == self.browser(at: place).state.help)
  }

  @Test func ctrlLInTheSearchLineRepaintsAndKeepsTheQuery() {
    var browser = BrowserHarness.browser(
      100, 30, keys: [.character("/")] + BrowserHarness.typing("clay"))
    #expect(browser.handle(.key(.control("l"))) == .repaint)
    #expect(browser.state.search?.query == "clay")
  }
}
