import TerminalCells
import Testing

@testable import TerminalUI

@Suite("Colour numbers")
struct ColorNumbersTests {
  @Test func basicAndPaletteColoursKeepTheirNumbers() {
    let numbers = ColorNumbers(colors: 256, defaultColors: true)
    #expect(numbers.number(.standard, isForeground: true) == -1)
    #expect(numbers.number(.standard, isForeground: false) == -1)
    #expect(numbers.number(.red, isForeground: true) == 1)
    #expect(numbers.number(.white, isForeground: false) == 7)
    #expect(numbers.number(.palette(200), isForeground: true) == 200)
  }

  @Test func withoutDefaultColoursStandardIsWhiteOnBlack() {
    let numbers = ColorNumbers(colors: 8, defaultColors: false)
    #expect(numbers.number(.standard, isForeground: true) == 7)
    #expect(numbers.number(.standard, isForeground: false) == 0)
    #expect(numbers.number(.yellow, isForeground: true) == 3)
  }

  @Test func paletteColoursBeyondTheTerminalAreApproximated() {
    let numbers = ColorNumbers(colors: 8, defaultColors: true)
    #expect(numbers.number(.palette(9), isForeground: true) == 1)
    #expect(numbers.number(.palette(196), isForeground: true) == 1)  // pure red
    #expect(numbers.number(.palette(46), isForeground: true) == 2)  // pure green
    #expect(numbers.number(.palette(21), isForeground: true) == 4)  // pure blue
    #expect(numbers.number(.palette(226), isForeground: true) == 3)  // yellow
    #expect(numbers.number(.palette(16), isForeground: true) == 0)  // cube black
    #expect(numbers.number(.palette(231), isForeground: true) == 7)  // cube white
    #expect(numbers.number(.palette(235), isForeground: true) == 0)  // dark grey
    #expect(numbers.number(.palette(252), isForeground: true) == 7)  // light grey
  }

  @Test func terminalsWithFewerThanEightColoursGetNone() {
    let numbers = ColorNumbers(colors: 2, defaultColors: false)
    #expect(numbers.number(.red, isForeground: true) == -1)
    #expect(numbers.number(.palette(200), isForeground: false) == -1)
  }
}
