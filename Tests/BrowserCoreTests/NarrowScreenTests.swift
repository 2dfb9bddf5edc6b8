import BrowserCore
import ShowModel
import TerminalCells
import Testing

/// Narrow terminals keep the essentials: a cut list row says so, and Back from the details
/// of an item opened from the list returns to the list.
@Suite struct NarrowScreenTests {
  static let sizes = [(80, 24), (60, 20), (40, 12), (30, 8)]

  @Test(arguments: sizes) func aCutListRowEndsWithAnEllipsis(width: Int, height: Int) throws {
    var cut = 0
    // Plot threads rows carry a cliffhanger mark and names after the name: ThreadRowTests.
    for section in 1...6 where section != 5 {
      let browser = BrowserHarness.browser(
        width, height, keys: [.character(Character(String(section)))])
      let list = try #require(browser.state.layout.list)
      let lines = browser.render().lines
      for row in 0..<(list.height - 1) {
        let index = browser.state.view.list.offset + row
        guard browser.state.listEntities.indices.contains(index) else { break }
        let entity = browser.state.listEntities[index]
        let indent = entity.kind == .episode ? "   " : " "
        let shown = String(
          lines[list.y + 1 + row].dropFirst(list.x).prefix(list.width)
        ).trimmingTrailingSpaces
        if DisplayWidth.of(indent + entity.name) > list.width {
          cut += 1
          #expect(shown.hasSuffix("…"), "\(shown)")
          #expect(DisplayWidth.of(shown) == list.width, "\(shown)")
          #expect((indent + entity.name).hasPrefix(String(shown.dropLast())), "\(shown)")
        } else {
          #expect(shown == (indent + entity.name).trimmingTrailingSpaces)
        }
      }
    }
    #expect(cut > 0)
  }

  @Test func aCutSearchResultEndsWithAnEllipsis() {
    let keys: [Key] = [.character("/")] + BrowserHarness.typing("hannah") + [.enter]
    let browser = BrowserHarness.browser(40, 12, keys: keys)
    let list = browser.state.layout.list!
    let rows = browser.render().lines[(list.y + 1)..<(list.y + list.height)]
    #expect(rows.contains { $0.trimmingTrailingSpaces.hasSuffix("…") })
  }

  @Test func backFromDetailsOpenedFromTheListReturnsToTheList() {
    var browser = BrowserHarness.browser(40, 12, keys: [.character("3"), .down, .enter])
    #expect(browser.state.view.focus == .details)
    #expect(browser.state.layout.list == nil)
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view.focus == .list)
    #expect(browser.state.view.list.selection == 1)
    #expect(browser.state.section == .characters)
  }

  /// Details opened at full width, then narrowed until they stand in the list's place.
  @Test func backFromDetailsOpenedWideThenNarrowedReturnsToTheList() {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("3"), .down, .enter])
    #expect(browser.state.view.focus == .details)
    _ = browser.handle(.resize(width: 50, height: 14))
    #expect(browser.state.layout.list == nil)
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view.focus == .list)
    #expect(browser.state.view.list.selection == 1)
    #expect(browser.state.section == .characters)
  }

  @Test func backGoesThroughFollowedLinksFirst() throws {
    var browser = BrowserHarness.browser(40, 12, keys: [.character("3"), .enter])
    let first = browser.state.selectedEntity?.name
    // Follow the first link of the page (a person who plays the character, or a thread).
    while browser.state.detailBlocks[browser.state.view.details.selection].target == nil {
      let before = browser.state.view.details.selection
      _ = browser.handle(.key(.down))
      try #require(browser.state.view.details.selection != before)
    }
    _ = browser.handle(.key(.enter))
    #expect(browser.state.selectedEntity?.name != first)
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.selectedEntity?.name == first)
    #expect(browser.state.view.focus == .details)
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.view.focus == .list)
    #expect(browser.state.selectedEntity?.name == first)
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  /// A breadcrumb too long for the title line ends with "…".
  @Test func aCutBreadcrumbEndsWithAnEllipsis() {
    let keys: [Key] = [.character("5")] + Array(repeating: .down, count: 4) + [.enter]
    let title = BrowserHarness.browser(40, 12, keys: keys).render().lines[0]
    #expect(title.trimmingTrailingSpaces.hasSuffix("…"), "\(title)")
    #expect(title.contains("Jessica's father"), "\(title)")
  }
}
