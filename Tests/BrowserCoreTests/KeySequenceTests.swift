import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// Key sequences driven straight through the update function.
@Suite struct KeySequenceTests {
  @Test func followingALinkAndComingBackRestoresThePosition() throws {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("3"), .down, .down, .enter])
    let before = browser.state.view
    #expect(browser.state.selectedEntity?.id == "alex")
    #expect(browser.state.view.focus == .details)
    // Down to the link to the actor, then follow it.
    while browser.state.detailBlocks[browser.state.view.details.selection].target
      != .entity("miles-heizer")
    {
      _ = browser.handle(.key(.character("j")))
    }
    let onLink = browser.state.view
    _ = browser.handle(.key(.enter))
    #expect(browser.state.selectedEntity?.id == "miles-heizer")
    #expect(browser.state.section == .people)
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view == onLink)
    _ = browser.handle(.key(.character("L")))
    #expect(browser.state.selectedEntity?.id == "miles-heizer")
    _ = browser.handle(.key(.character("H")))
    #expect(browser.state.view == onLink)
    #expect(before.list == onLink.list)
  }

  @Test func escapeInTheSearchLineRestoresTheView() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("4"), .down, .down, .down])
    let before = browser.state.view
    for key in [.character("/")] + BrowserHarness.typing("clay") { _ = browser.handle(.key(key)) }
    #expect(browser.state.search?.query == "clay")
    #expect(browser.state.results.first?.entity.id == "clay-jensen")
    _ = browser.handle(.key(.escape))
    #expect(browser.state.search == nil)
    #expect(browser.state.view == before)
  }

  @Test func enterKeepsTheResultsAndNStepsThroughThem() {
    var browser = BrowserHarness.browser(100, 30)
    for key in [.character("/")] + BrowserHarness.typing("langford") + [.enter] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.search == nil)
    #expect(browser.state.view.focus == .list)
    #expect(browser.state.selectedEntity?.id == "katherine-langford")
    _ = browser.handle(.key(.character("n")))
    #expect(browser.state.selectedEntity?.id == "hannah-baker")
    _ = browser.handle(.key(.character("N")))
    #expect(browser.state.selectedEntity?.id == "katherine-langford")
    _ = browser.handle(.key(.character("n")))
    _ = browser.handle(.key(.enter))
    #expect(browser.state.section == .characters)
    #expect(browser.state.selectedEntity?.id == "hannah-baker")
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view.source == .search("langford"))
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view.source == .section(.show))
  }

  @Test func searchLineEditing() {
    var browser = BrowserHarness.browser(100, 30)
    for key in [.character("/")] + BrowserHarness.typing("tape side") {
      _ = browser.handle(.key(key))
    }
    _ = browser.handle(.key(.control("w")))
    #expect(browser.state.search?.query == "tape ")
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.search?.query == "tape")
    _ = browser.handle(.key(.control("u")))
    #expect(browser.state.search?.query == "")
    #expect(browser.state.results.isEmpty)
  }

  @Test func followingACitationOpensTheReaderOnTheQuote() throws {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("3"), .enter, .character("G")])
    let blocks = browser.state.detailBlocks
    guard
      case .citation(let source, let quote)? = blocks[browser.state.view.details.selection].target
    else {
      Issue.record("the last block of a details page is a citation")
      return
    }
    _ = browser.handle(.key(.enter))
    let reader = try #require(browser.state.view.reader)
    #expect(reader.source == source && reader.quote == quote)
    let content = try #require(browser.state.readerContent)
    let line = try #require(content.quoteLine)
    #expect(content.lines[line].contains { $0.role == .highlight })
    if line > 0 { #expect(!content.lines[line - 1].contains { $0.role == .highlight }) }
    let offset = try #require(reader.offset)
    #expect(line >= offset && line < offset + 28)
    let frame = browser.render()
    let highlighted = (0..<frame.height).contains { row in
      (0..<frame.width).contains { frame[row, $0].style.background == .yellow }
    }
    #expect(highlighted)
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view.reader == nil)
  }

  @Test func backToEarlierResultsListsThoseResults() {
    var browser = BrowserHarness.browser(100, 12)
    let keys: [Key] =
      [.character("/")] + BrowserHarness.typing("hannah") + [.enter, .enter]
      + [.character("/")] + BrowserHarness.typing("gun") + [.enter]
    for key in keys { _ = browser.handle(.key(key)) }
    #expect(browser.state.listEntities.first?.id == "tyler-cliffhanger")
    _ = browser.handle(.key(.backspace))
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view.source == .search("hannah"))
    #expect(browser.state.listEntities.first?.id == "hannah-baker")
    // A click anywhere in the details of the restored view is safe.
    let details = try! #require(browser.state.layout.details)
    _ = browser.handle(.mouse(.click(row: details.y + 3, column: details.x + 2)))
    FrameChecks.expectWellFormed(browser.render(), width: 100, height: 12)
  }

  @Test func cancellingANewSearchKeepsTheOldResults() {
    var browser = BrowserHarness.browser(100, 30)
    for key in [.character("/")] + BrowserHarness.typing("hannah") + [.enter, .character("/")] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.listEntities.isEmpty)
    _ = browser.handle(.key(.escape))
    #expect(browser.state.view.source == .search("hannah"))
    #expect(browser.state.listEntities.first?.id == "hannah-baker")
  }

  @Test func steppingToAnotherResultClosesTheReader() {
    var browser = BrowserHarness.browser(100, 30)
    let keys: [Key] =
      [.character("/")] + BrowserHarness.typing("langford")
      + [.enter, .tab, .character("G"), .enter, .character("h")]
    for key in keys { _ = browser.handle(.key(key)) }
    #expect(browser.state.view.reader != nil)
    _ = browser.handle(.key(.character("n")))
    #expect(browser.state.view.reader == nil)
  }

  @Test func sectionKeysOverResultsSelectASectionAndKeepTheFocus() {
    var browser = BrowserHarness.browser(100, 30)
    for key in [.character("/")] + BrowserHarness.typing("clay") + [.enter, .character("h")] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.view.focus == .sections)
    _ = browser.handle(.key(.character("j")))
    #expect(browser.state.section == .show)
    #expect(browser.state.view.focus == .sections)
  }

  @Test func theHelpStaysInRangeWhenTheTerminalGrows() {
    var browser = BrowserHarness.browser(80, 10, keys: [.character("?"), .character("G")])
    for _ in 0..<40 { _ = browser.handle(.key(.character("j"))) }
    let deep = browser.state.help?.offset ?? 0
    _ = browser.handle(.resize(width: 120, height: 40))
    #expect((browser.state.help?.offset ?? 0) <= HelpOverlay.maximumOffset(height: 40, width: 120))
    #expect((browser.state.help?.offset ?? 0) < deep)
    _ = browser.handle(.key(.escape))
    #expect(browser.state.help == nil)
  }

  @Test func pageDownInTheDetailsMovesAboutAPage() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("1"), .enter])
    let first = browser.state.view.details.selection
    _ = browser.handle(.key(.pageDown))
    let afterPage = browser.state.view.details.selection
    #expect(afterPage > first + 3)
    #expect(browser.state.view.details.offset > 0)
    _ = browser.handle(.key(.pageUp))
    #expect(browser.state.view.details.selection < afterPage)
  }

  @Test func everyBindingDispatchesToItsAction() {
    let keymap = Keymap.standard
    for binding in keymap.bindings {
      for key in binding.keys {
        #expect(keymap.action(for: key, in: binding.scope) == binding.action, "\(key.label)")
      }
    }
  }

  @Test func theHelpOverlayListsEveryBinding() {
    // Each binding has its own row: its keys in the key column, its words beside them.
    let rows = HelpOverlay.lines().filter { $0.count == 2 }
    for binding in Keymap.standard.bindings where binding.scope != .help {
      let row = rows.first { $0[1].text == binding.help }
      #expect(row != nil, "no row for \(binding.help)")
      let keys = Set((row?[0].text ?? "").split(separator: " ").map(String.init))
      for key in binding.keys {
        #expect(keys.contains(key.label), "\(key.label) for \(binding.help)")
      }
    }
  }

  @Test func numbersJumpToSectionsAndQuitQuits() {
    var browser = BrowserHarness.browser(100, 30)
    for section in Section.allCases {
      _ = browser.handle(.key(.character(Character(String(section.rawValue + 1)))))
      #expect(browser.state.section == section)
    }
    #expect(browser.handle(.key(.character("q"))) == .quit)
    #expect(browser.handle(.key(.control("c"))) == .quit)
  }

  @Test func resizeWhileSearchingKeepsTheQuery() {
    var browser = BrowserHarness.browser(
      100, 30, keys: [.character("/")] + BrowserHarness.typing("bry"))
    _ = browser.handle(.resize(width: 40, height: 12))
    #expect(browser.state.search?.query == "bry")
    _ = browser.handle(.resize(width: 10, height: 4))
    #expect(browser.render().lines.joined().contains("too small"))
    _ = browser.handle(.resize(width: 100, height: 30))
    #expect(browser.render().lines.last?.hasPrefix("/bry") == true)
  }

  @Test func clicksFocusAndSelect() {
    var browser = BrowserHarness.browser(120, 40, keys: [.character("3")])
    let list = try! #require(browser.state.layout.list)
    _ = browser.handle(.mouse(.click(row: list.y + 3, column: list.x + 2)))
    #expect(browser.state.view.focus == .list)
    #expect(browser.state.view.list.selection == 2)
    // The whole list fits: the wheel has nothing to scroll and leaves the selection.
    _ = browser.handle(.mouse(.wheelDown(row: list.y + 3, column: list.x + 2)))
    #expect(browser.state.view.list.selection == 2)
  }

  @Test func theCursorSitsOnTheSelectedRow() {
    let browser = BrowserHarness.browser(100, 30, keys: [.character("3"), .down])
    let frame = browser.render()
    let list = browser.state.layout.list!
    #expect(frame.cursor?.row == list.y + 2)
    #expect(frame.cursor?.column == list.x)
  }
}

/// Wrapping never loops on a grapheme wider than the line.
@Suite struct WideGraphemeTests {
  static let wide = "k" + String(repeating: "\u{093E}", count: 120)

  @Test func styledWrappingClipsAGraphemeWiderThanTheLine() {
    #expect(TextWrapper(width: 1).lines([Span("中")]).count == 1)
    let lines = TextWrapper(width: 10).lines([Span("a " + Self.wide + " b")])
    #expect(lines.map { $0.map(\.text).joined() } == ["a", Self.wide, "b"])
  }

  @Test func plainWrappingClipsAGraphemeWiderThanTheLine() {
    #expect(TextWrapper(width: 10).wrap("a " + Self.wide + " b") == ["a", Self.wide, "b"])
  }

  @Test func aPackWithAVeryWideGraphemeRenders() throws {
    let catalog = try PackLoader.catalog(path: BrowserHarness.fixture("huge-grapheme.json"))
    for width in [30, 40, 80, 120] {
      var browser = BrowserHarness.browser(width, 12, catalog: catalog)
      for key in [.character("3"), .enter, .character("G"), .enter] as [Key] {
        _ = browser.handle(.key(key))
        FrameChecks.expectWellFormed(browser.render(), width: width, height: 12)
      }
      #expect(browser.state.view.reader != nil)
    }
  }
}
