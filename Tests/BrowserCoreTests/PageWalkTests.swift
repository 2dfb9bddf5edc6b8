import BrowserCore
import ShowModel
import TerminalCells
import Testing

/// Visits every page of a pack at several sizes: each entity's details, its last block, the
/// link or citation there, and back. Nothing may trap, and every frame has the screen's size.
@Suite struct PageWalkTests {
  static let packs = ["wide.json", "huge-grapheme.json", "long-words.json"]
  static let sizes = [(120, 40), (80, 24), (40, 12), (30, 8)]

  @Test(arguments: packs)
  func everyPageOfAFixture(pack: String) throws {
    try walk(try PackLoader.catalog(path: BrowserHarness.fixture(pack)))
  }

  @Test func everyPageOfTheBuiltInShow() throws {
    try walk(BrowserHarness.builtIn, sizes: [(100, 30), (40, 12)])
  }

  private func walk(_ catalog: Catalog, sizes: [(Int, Int)] = sizes) throws {
    for (width, height) in sizes {
      for section in Section.allCases {
        for index in section.entities(in: catalog).indices {
          var browser = BrowserHarness.browser(width, height, catalog: catalog)
          let keys: [Key] =
            [.character(Character(String(section.rawValue + 1)))]
            + Array(repeating: .down, count: index)
            + [.enter, .pageDown, .character("G"), .enter, .character("G"), .backspace]
          for key in keys {
            _ = browser.handle(.key(key))
            FrameChecks.expectWellFormed(browser.render(), width: width, height: height)
          }
        }
      }
    }
  }
}
