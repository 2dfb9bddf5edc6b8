import TerminalCells
import Testing

@testable import TerminalUI

@Suite("Colour pairs")
struct ColorPairTableTests {
  @Test func defaultColoursUsePairZero() {
    var table = ColorPairTable(colors: 256, pairs: 256, defaultColors: true)
    let allocation = table.allocate(foreground: .standard, background: .standard)
    #expect(allocation == .init(pair: 0, foreground: -1, background: -1, isNew: false))
  }

  @Test func pairsAreAllocatedInOrderAndReused() {
    var table = ColorPairTable(colors: 256, pairs: 256, defaultColors: true)
    #expect(
      table.allocate(foreground: .red, background: .standard)
        == .init(pair: 1, foreground: 1, background: -1, isNew: true))
    #expect(
      table.allocate(foreground: .palette(200), background: .blue)
        == .init(pair: 2, foreground: 200, background: 4, isNew: true))
    #expect(
      table.allocate(foreground: .red, background: .standard)
        == .init(pair: 1, foreground: 1, background: -1, isNew: false))
    #expect(
      table.allocate(foreground: .standard, background: .cyan)
        == .init(pair: 3, foreground: -1, background: 6, isNew: true))
  }

  @Test func exhaustedPairsFallBackToDefault() {
    var table = ColorPairTable(colors: 8, pairs: 3, defaultColors: true)
    #expect(table.allocate(foreground: .red, background: .standard).pair == 1)
    #expect(table.allocate(foreground: .green, background: .standard).pair == 2)
    #expect(
      table.allocate(foreground: .blue, background: .standard)
        == .init(pair: 0, foreground: -1, background: -1, isNew: false))
    #expect(table.allocate(foreground: .green, background: .standard).pair == 2)
  }

  @Test func withoutDefaultColoursStandardIsWhiteOnBlack() {
    var table = ColorPairTable(colors: 8, pairs: 64, defaultColors: false)
    #expect(
      table.allocate(foreground: .yellow, background: .standard)
        == .init(pair: 1, foreground: 3, background: 0, isNew: true))
    #expect(
      table.allocate(foreground: .standard, background: .standard)
        == .init(pair: 2, foreground: 7, background: 0, isNew: true))
  }

  @Test func paletteColoursBeyondTheTerminalAreApproximated() {
    let table = ColorPairTable(colors: 8, pairs: 64, defaultColors: true)
    #expect(table.number(.palette(9), isForeground: true) == 1)
    #expect(table.number(.palette(196), isForeground: true) == 1)  // pure red
    #expect(table.number(.palette(46), isForeground: true) == 2)  // pure green
    #expect(table.number(.palette(21), isForeground: true) == 4)  // pure blue
    #expect(table.number(.palette(226), isForeground: true) == 3)  // yellow
    #expect(table.number(.palette(16), isForeground: true) == 0)  // cube black
    #expect(table.number(.palette(231), isForeground: true) == 7)  // cube white
    #expect(table.number(.palette(235), isForeground: true) == 0)  // dark grey
    #expect(table.number(.palette(252), isForeground: true) == 7)  // light grey
  }

  @Test func monochromeTerminalsGetNoPairs() {
    var table = ColorPairTable(colors: 2, pairs: 0, defaultColors: false)
    #expect(table.allocate(foreground: .red, background: .blue).pair == 0)
  }
}
