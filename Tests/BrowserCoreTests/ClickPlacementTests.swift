import BrowserCore
import TerminalCells
import Testing

/// A click lands on what the frame shows where it is made: every tab, every row of the
/// sections pane and every block of a details page, found on the rendered screen (not in
/// the layout), is selected by a click on any of its cells.
@Suite struct ClickPlacementTests {
  static let sizes = [(80, 24), (120, 40), (40, 12)]

  /// The columns where the tab bar on `row` draws its tabs' numbers, first to last; a tab
  /// begins one column before its number (a title holds no digit).
  static func tabNumberColumns(_ line: String) -> [Int] {
    var columns: [Int] = []
    for (column, character) in line.enumerated() where character.isNumber {
      if column > 0 && Array(line)[column - 1] == " " { columns.append(column) }
    }
    return columns
  }

  @Test(arguments: [(80, 24), (40, 12)], [Key.character("1"), .character("5")])
  func aClickOnAnyCellOfATabListsItsSection(size: (Int, Int), start: Key) throws {
    let browser = BrowserHarness.browser(size.0, size.1, keys: [start])
    let line = browser.render().lines[1]
    let numbers = Self.tabNumberColumns(line)
    try #require(numbers.count == 6, "\(line)")
    let end = (line.lastIndex { $0 != " " }).map { line.distance(from: line.startIndex, to: $0) }
    let last = try #require(end) + 1
    for (index, section) in Section.allCases.enumerated() {
      let first = numbers[index] - 1
      let stop = index + 1 < numbers.count ? numbers[index + 1] - 1 : last + 1
      for column in first..<stop {
        var clicked = browser
        _ = clicked.handle(.mouse(.click(row: 1, column: column)))
        #expect(
          clicked.state.section == section && clicked.state.view.focus == .sections,
          "column \(column) of “\(line)” at \(size.0)×\(size.1)")
      }
    }
    // Right of the last tab, a click lists nothing.
    if last + 1 < size.0 {
      var clicked = BrowserHarness.browser(size.0, size.1, keys: [start, .tab])
      let before = clicked.state.view
      _ = clicked.handle(.mouse(.click(row: 1, column: size.0 - 1)))
      #expect(clicked.state.view == before)
    }
  }

  @Test func aClickOnAnyCellOfASectionsRowListsIt() throws {
    let browser = BrowserHarness.browser(120, 40, keys: [.character("4")])
    let lines = browser.render().lines
    for section in Section.allCases {
      let row = try #require(
        lines.firstIndex {
          $0.hasPrefix(" \(section.rawValue + 1) \(section.title.prefix(10))")
        })
      for column in 0..<24 {
        var clicked = browser
        _ = clicked.handle(.mouse(.click(row: row, column: column)))
        #expect(clicked.state.section == section, "row \(row), column \(column)")
      }
    }
  }

  /// The rows of the details pane `rect` where the frame shows a selection (reverse video
  /// while the pane has the focus), its header left out.
  static func selectedRows(_ frame: ScreenBuffer, _ rect: Rect) -> [Int] {
    (rect.y + 1..<rect.y + rect.height).filter { row in
      (rect.x..<rect.x + rect.width).contains { frame[row, $0].style.reverse }
    }
  }

  /// The entities whose details are checked: a character, a person, a thread and the show.
  static let pages: [[Key]] = [
    [.character("3"), .enter],
    [.character("4"), .down, .down, .enter],
    [.character("5"), .enter],
    [.character("1"), .enter],
  ]

  @Test(arguments: [(80, 24), (120, 40), (40, 12)])
  func aClickOnAnyRowOfADetailBlockSelectsExactlyIt(size: (Int, Int)) throws {
    for keys in Self.pages {
      var current = BrowserHarness.browser(size.0, size.1, keys: keys)
      try #require(current.state.view.focus == .details)
      let blocks = current.state.detailBlocks
      let selectable = blocks.indices.filter { !blocks[$0].isHeading }
      var checked = 0
      for step in selectable.indices {
        let block = current.state.view.details.selection
        #expect(block == selectable[step])
        let rect = try #require(current.state.layout.details)
        let rows = Self.selectedRows(current.render(), rect)
        #expect(!rows.isEmpty, "block \(block) is drawn nowhere")
        // Another block selected, the page scrolled as it is: a click on any cell of the
        // rows where this block was drawn selects it, and only it. Where no other block
        // can be selected without scrolling, a click on the selected block acts on it as
        // Enter does (it follows its link, or leaves the selection on it).
        let columns = [rect.x, rect.x + rect.width / 2, rect.x + rect.width - 1]
        let neighbours = [Key.up, .down].map { key -> Browser in
          var other = current
          _ = other.handle(.key(key))
          return other
        }
        let other = neighbours.first {
          $0.state.view.details.offset == current.state.view.details.offset
            && $0.state.view.details.selection != block
        }
        var entered = current
        _ = entered.handle(.key(.enter))
        for row in rows {
          for column in columns {
            var clicked = other ?? current
            _ = clicked.handle(.mouse(.click(row: row, column: column)))
            if other != nil {
              #expect(
                clicked.state.view.details.selection == block,
                "\(size.0)×\(size.1) \(keys): row \(row), column \(column)")
            } else {
              #expect(
                clicked.state.view == entered.state.view,
                "\(size.0)×\(size.1) \(keys): row \(row), column \(column)")
            }
          }
        }
        checked += other == nil ? 0 : 1
        _ = current.handle(.key(.down))
      }
      #expect(checked > 0, "\(size.0)×\(size.1) \(keys): no block selected by a click")
    }
  }
}
