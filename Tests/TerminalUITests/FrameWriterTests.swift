import Glibc
import TerminalCells
import TestSupport
import Testing

@testable import TerminalUI

extension CursesScreenTests {
  /// Frames written for real terminfo entries, played on a virtual terminal: what they cost
  /// and what they leave on the screen. Curses holds one terminal at a time, so these run one
  /// at a time.
  @Suite("Writing frames")
  struct FrameWriterTests {
    /// A frame writer for a terminal of `type`, with the curses screen its strings come from.
    private struct Setup {
      let fixture: CursesFixture
      let strings: ControlStrings
      var writer: FrameWriter
      var terminal: VirtualTerminal
      let codes: AttributeCodes

      init(
        _ type: String = "xterm-256color", width: Int, height: Int, colors: Bool = true,
        lineFeedReturns: Bool = false
      ) {
        fixture = CursesFixture(width: Int32(width), height: Int32(height), type: type)
        strings = ControlStrings()
        let numbers =
          colors
          ? ColorNumbers(colors: strings.colors, defaultColors: strings.originalColors != nil) : nil
        writer = FrameWriter(strings: strings, colors: numbers, lineFeedReturns: lineFeedReturns)
        codes = AttributeCodes(strings: strings, colors: numbers)
        terminal = VirtualTerminal(width: width, height: height)
        terminal.lineFeedReturns = lineFeedReturns
        terminal.lateWrap = strings.lateWrap
      }

      /// Writes `frame`, plays it, and returns the bytes.
      @discardableResult
      mutating func show(_ frame: ScreenBuffer) -> [UInt8] {
        let bytes = writer.write(frame)
        terminal.play(bytes)
        return bytes
      }

      /// The cells where the terminal does not show what `frame` holds.
      func mismatches(_ frame: ScreenBuffer) -> [String] {
        var found: [String] = []
        for row in 0..<frame.height {
          for column in 0..<frame.width {
            let cell = frame[row, column]
            let held = terminal[row, column]
            let style = codes.drawn(cell.style)
            let sameText = cell.text == held.text || cell.isContinuation && held.text == " "
            let sameLook =
              style == held.style || cell.text == " " && codes.drawsBlank(style, in: held.style)
            if !sameText || !sameLook {
              found.append(
                "(\(row), \(column)): want \(cell.text.debugDescription) \(style), got \(held)")
            }
          }
        }
        return found + terminal.unexpected
      }
    }

    private static func text(_ bytes: [UInt8]) -> String {
      String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "⎋")
    }

    // MARK: - Cost

    @Test func aChangedWordCostsItsTextAndOneMove() {
      var setup = Setup(width: 20, height: 4)
      var frame = ScreenBuffer(width: 20, height: 4)
      for row in 0..<4 { frame.put("row \(row)", row: row, column: 0) }
      frame.cursor = (row: 0, column: 0)
      setup.show(frame)
      frame.put("ROW", row: 2, column: 0)
      let bytes = setup.show(frame)
      // Down two rows with line feeds, the word, back to the top row and a carriage return.
      #expect(Self.text(bytes) == "\n\nROW⎋[1d\r")
      #expect(bytes.count == 2 + 3 + 5)
      #expect(setup.mismatches(frame).isEmpty)
    }

    @Test func anUnchangedFrameWritesNothing() {
      var setup = Setup(width: 30, height: 5)
      var frame = ScreenBuffer(width: 30, height: 5)
      frame.put("steady", row: 1, column: 3, style: CellStyle(foreground: .cyan, bold: true))
      setup.show(frame)
      #expect(setup.show(frame).isEmpty)
    }

    @Test func aFewUnchangedCellsAreWrittenAgainRatherThanMovedOver() {
      var setup = Setup(width: 30, height: 3)
      var frame = ScreenBuffer(width: 30, height: 3)
      frame.put("abcdef", row: 1, column: 0)
      setup.show(frame)
      frame.put("X", row: 1, column: 1)
      frame.put("Y", row: 1, column: 3)
      let bytes = setup.show(frame)
      // "Xc" then "Y": one unchanged cell costs less than a move over it.
      #expect(Self.text(bytes).hasSuffix("XcY"))
      #expect(setup.mismatches(frame).isEmpty)
    }

    @Test func rowsEndingInBlanksAreErased() {
      var setup = Setup(width: 40, height: 3)
      var frame = ScreenBuffer(width: 40, height: 3)
      frame.put(String(repeating: "long text ", count: 4), row: 1, column: 0)
      setup.show(frame)
      var next = ScreenBuffer(width: 40, height: 3)
      next.put("short", row: 1, column: 0)
      let bytes = setup.show(next)
      // The long row filled the width: a carriage return is the sure way back from there.
      #expect(Self.text(bytes) == "\rshort⎋[K")
      #expect(setup.mismatches(next).isEmpty)
    }

    @Test func aListThatMovesUpARowIsScrolled() {
      var setup = Setup(width: 40, height: 12)
      func frame(from first: Int) -> ScreenBuffer {
        var frame = ScreenBuffer(width: 40, height: 12)
        frame.put("header", row: 0, column: 0, style: CellStyle(bold: true))
        let names = ["Hannah Baker", "Clay Jensen", "Alex Standall", "Jessica Davis", "Tyler Down"]
        for row in 1..<11 {
          let item = first + row
          frame.put(
            "\(names[item % names.count]), \(names[item * 3 % names.count])", row: row, column: 0)
        }
        frame.put("status", row: 11, column: 0, style: CellStyle(reverse: true))
        return frame
      }
      setup.show(frame(from: 0))
      let bytes = setup.show(frame(from: 1))
      // The scrolling region, a line feed at its bottom, the region back, and one new row.
      #expect(Self.text(bytes).contains("⎋[2;11r"))
      #expect(bytes.count < 60)
      #expect(setup.mismatches(frame(from: 1)).isEmpty)
      let back = setup.show(frame(from: 0))
      #expect(Self.text(back).contains("⎋M"))
      #expect(setup.mismatches(frame(from: 0)).isEmpty)
    }

    /// A details pane's title at the right of the screen, `name` then a dim " · Person".
    private static func titled(_ name: String) -> ScreenBuffer {
      var frame = ScreenBuffer(width: 50, height: 3)
      frame.put("│", row: 1, column: 20, style: CellStyle(dim: true))
      let end = frame.put(name, row: 1, column: 22, style: CellStyle(bold: true))
      frame.put(" · Person", row: 1, column: end, style: CellStyle(dim: true))
      return frame
    }

    @Test func aNameThatGotShorterDeletesCharactersBeforeTheRestOfTheRow() {
      var setup = Setup(width: 50, height: 3)
      setup.show(Self.titled("Katherine Langford"))
      let bytes = setup.show(Self.titled("Dylan Minnette"))
      // The new name over the old, then four characters deleted: " · Person" moves left
      // with them instead of being written again and the old end erased.
      #expect(Self.text(bytes) == "⎋[23G⎋[;1mDylan Minnette⎋[4P")
      #expect(setup.mismatches(Self.titled("Dylan Minnette")).isEmpty)
    }

    @Test func aNameThatGotLongerInsertsBlanksForTheRestOfTheRowToMove() {
      var setup = Setup(width: 50, height: 3)
      setup.show(Self.titled("Dylan Minnette"))
      let bytes = setup.show(Self.titled("Katherine Langford"))
      #expect(Self.text(bytes) == "⎋[23G⎋[;1mKatherine Lang⎋[4@ford")
      #expect(setup.mismatches(Self.titled("Katherine Langford")).isEmpty)
    }

    @Test func aShiftedRowHoldsEachBlankInTheFramesOwnAttributes() {
      // The blanks after the title turn bold: they look no different, but the terminal must
      // hold what the frame says, as it does where no shift is made.
      var next = Self.titled("Dylan Minnette")
      next.fill(row: 1, column: 45, width: 5, height: 1, style: CellStyle(bold: true))
      var setup = Setup(width: 50, height: 3)
      setup.show(Self.titled("Katherine Langford"))
      let bytes = setup.show(next)
      #expect(Self.text(bytes).contains("⎋[4P"))
      for column in 45..<50 {
        #expect(setup.terminal[1, column].style == setup.codes.drawn(next[1, column].style))
      }
    }

    @Test func noCharactersAreDeletedWhereTheBlanksComingInWouldShowAColour() {
      // A title bar coloured to the row's end: blanks deleted in would lose the colour.
      func bar(_ name: String) -> ScreenBuffer {
        var frame = ScreenBuffer(width: 40, height: 2)
        let style = CellStyle(foreground: .white, background: .blue, bold: true)
        frame.fill(row: 0, column: 0, width: 40, height: 1, style: style)
        frame.put("tvbrowse › \(name) › end", row: 0, column: 1, style: style)
        return frame
      }
      var setup = Setup(width: 40, height: 2)
      setup.show(bar("Katherine Langford"))
      setup.show(bar("Dylan Minnette"))
      #expect(setup.mismatches(bar("Dylan Minnette")).isEmpty)
    }

    // MARK: - Attributes

    @Test func eachChangeOfAttributesIsOneSequence() {
      let setup = Setup(width: 10, height: 2)
      let codes = setup.codes
      func change(_ old: DrawnStyle, _ new: DrawnStyle) -> String {
        Self.text(codes.change(from: old, to: new))
      }
      let bold = DrawnStyle(bold: true)
      let boldRed = DrawnStyle(bold: true, foreground: 1)
      #expect(change(.plain, bold) == "⎋[1m")
      #expect(change(bold, DrawnStyle(bold: true, underline: true)) == "⎋[4m")
      #expect(change(boldRed, DrawnStyle(foreground: 1)) == "⎋[22m")
      #expect(change(DrawnStyle(underline: true), .plain) == "⎋[m")
      #expect(
        change(DrawnStyle(underline: true, foreground: 1), DrawnStyle(foreground: 1)) == "⎋[24m")
      #expect(
        change(DrawnStyle(foreground: 1, background: 4), DrawnStyle(foreground: 2, background: 4))
          == "⎋[32m")
      #expect(change(DrawnStyle(foreground: 200), .plain) == "⎋[m")
      #expect(
        change(DrawnStyle(foreground: 200, background: 3), DrawnStyle(background: 3)) == "⎋[39m")
      #expect(
        change(.plain, DrawnStyle(bold: true, reverse: true, foreground: 1, background: 4))
          == "⎋[1;7;31;44m")
      #expect(change(.plain, DrawnStyle(foreground: 200)) == "⎋[38;5;200m")
      // Dim off and reverse off with bold kept: the reset and the rest is shorter.
      #expect(
        change(DrawnStyle(bold: true, dim: true, reverse: true, foreground: 1), bold) == "⎋[;1m")
      withExtendedLifetime(setup) {}
    }

    @Test func boldAndReverseGoOffByAResetWhereTheTerminalMayNotKnowTheirOwnOff() {
      // A VT100 ignores 22 and 27; its entry's underline and standout end with a reset.
      let old = DrawnStyle(bold: true, underline: true, reverse: true)
      let new = DrawnStyle(underline: true, reverse: true)
      let vt100 = Setup("vt100", width: 10, height: 2)
      #expect(Self.text(vt100.codes.change(from: old, to: new)) == "⎋[;4;7m")
      withExtendedLifetime(vt100) {}
      // A VT220's entry ends underline with 24 and standout with 27: it has them all.
      let vt220 = Setup("vt220", width: 10, height: 2)
      #expect(Self.text(vt220.codes.change(from: old, to: new)) == "⎋[22m")
      withExtendedLifetime(vt220) {}
    }

    @Test func aResetStartsWithTheTerminalsOwnResetParameter() throws {
      let entries = try TerminfoEntries(
        "xterm-zeroreset|xterm-256color resetting with 0,\n\tsgr0=\\E[0m, use=xterm-256color,")
      defer { entries.remove() }
      let setup = Setup("xterm-zeroreset", width: 10, height: 2)
      let codes = setup.codes
      #expect(Self.text(codes.change(from: DrawnStyle(bold: true), to: .plain)) == "⎋[0m")
      let from = DrawnStyle(bold: true, dim: true, reverse: true, foreground: 1)
      #expect(Self.text(codes.change(from: from, to: DrawnStyle(bold: true))) == "⎋[0;1m")
      withExtendedLifetime(setup) {}
    }

    @Test func screenHasEightColoursAndNoPalette() {
      let setup = Setup("screen", width: 10, height: 2)
      let drawn = setup.codes.drawn(CellStyle(foreground: .palette(196), background: .blue))
      #expect(drawn == DrawnStyle(foreground: 1, background: 4))
      #expect(Self.text(setup.codes.change(from: .plain, to: drawn)) == "⎋[31;44m")
    }

    @Test(arguments: ["screen", "xterm", "linux"])
    func brightColoursOnAnEightColourTerminalAreItsOwnEight(_ type: String) {
      // These entries say colors#8: a number of 8 or more (xterm's setaf would even turn it
      // into 90–97) is no colour they promise to have.
      var setup = Setup(type, width: 40, height: 2)
      #expect(setup.strings.colors == 8)
      var frame = ScreenBuffer(width: 40, height: 2)
      for index in 8..<16 {
        frame.put(
          "b", row: 0, column: index, style: CellStyle(foreground: .palette(UInt8(index))))
        frame.put(
          "g", row: 1, column: index, style: CellStyle(background: .palette(UInt8(index))))
      }
      frame.put("r", row: 1, column: 30, style: CellStyle(foreground: .palette(196)))
      let text = Self.text(setup.show(frame))
      // Every parameter of every SGR sequence: the basic colours are 30–37 and 40–47.
      let parameters = text.split(separator: "⎋[").compactMap { piece -> [Substring]? in
        guard let end = piece.firstIndex(where: { !"0123456789;".contains($0) }),
          piece[end] == "m"
        else { return nil }
        return piece[..<end].split(separator: ";", omittingEmptySubsequences: false)
      }.joined()
      let bright = parameters.filter { ["38", "48"].contains($0) || (Int($0) ?? 0) >= 90 }
      #expect(bright.isEmpty, "\(type): \(text)")
      #expect(setup.mismatches(frame).isEmpty)
    }

    @Test func theLinuxConsoleDropsWhatCannotGoWithAColour() {
      // Its ncv says underline and dim cannot go with a colour (it shows them as colours).
      let setup = Setup("linux", width: 10, height: 2)
      let style = CellStyle(foreground: .cyan, bold: true, dim: true, underline: true)
      #expect(setup.codes.drawn(style) == DrawnStyle(bold: true, foreground: 6))
      #expect(setup.codes.drawn(CellStyle(underline: true)) == DrawnStyle(underline: true))
    }

    @Test func aMonochromeTerminalDrawsAttributesOnly() {
      var setup = Setup("xterm-mono", width: 12, height: 2)
      var frame = ScreenBuffer(width: 12, height: 2)
      frame.put("sel", row: 0, column: 0, style: CellStyle(foreground: .red, reverse: true))
      frame.put("u", row: 1, column: 0, style: CellStyle(background: .blue, underline: true))
      frame.put("b", row: 1, column: 1, style: CellStyle(foreground: .green, bold: true))
      let bytes = setup.show(frame)
      #expect(!Self.text(bytes).contains("3"), "no colour: \(Self.text(bytes))")
      // xterm-mono's rmul is a whole reset, so underline goes off by a reset.
      #expect(
        Self.text(setup.codes.change(from: DrawnStyle(underline: true), to: DrawnStyle(bold: true)))
          == "⎋[;1m")
      #expect(setup.mismatches(frame).isEmpty)
    }

    @Test func colourOffDrawsNoColour() {
      var setup = Setup(width: 12, height: 2, colors: false)
      var frame = ScreenBuffer(width: 12, height: 2)
      frame.put("red", row: 0, column: 0, style: CellStyle(foreground: .red, bold: true))
      let bytes = setup.show(frame)
      #expect(Self.text(bytes).contains("⎋[1mred"))
      #expect(!Self.text(bytes).contains("31"))
      #expect(setup.mismatches(frame).isEmpty)
    }

    @Test func aTerminalWithoutSGRGetsItsOwnStrings() {
      // vt52 has no attributes and addresses the cursor with ESC Y and two bytes.
      var setup = Setup("vt52", width: 80, height: 24)
      var frame = ScreenBuffer(width: 80, height: 24)
      frame.put("top", row: 0, column: 0, style: CellStyle(bold: true))
      setup.show(frame)
      frame.put("far", row: 20, column: 70)
      let bytes = setup.show(frame)
      #expect(bytes == [0x1B, UInt8(ascii: "Y"), 32 + 20, 32 + 70] + Array("far".utf8))
    }

    // MARK: - Characters

    @Test func wideCharactersAndMarksKeepTheirColumns() {
      var setup = Setup(width: 12, height: 3)
      var frame = ScreenBuffer(width: 12, height: 3)
      frame.put("a中b", row: 0, column: 0)
      frame.put("e\u{301}x", row: 1, column: 0)
      frame.put("😀|", row: 2, column: 0)
      setup.show(frame)
      #expect(setup.mismatches(frame).isEmpty)
      #expect(setup.terminal.text(0).hasPrefix("a中b"))
      // Half of the wide character is written over: its other half goes blank.
      frame.put("z", row: 0, column: 2)
      setup.show(frame)
      #expect(setup.terminal.text(0).hasPrefix("a z"))
      #expect(setup.mismatches(frame).isEmpty)
      // A wide character over two narrow ones, at the row's end.
      frame.put("中", row: 1, column: 10)
      setup.show(frame)
      #expect(setup.mismatches(frame).isEmpty)
    }

    @Test func controlCharactersNeverReachTheTerminal() {
      // wcwidth measures by the locale, which a test run alone has not set yet.
      _ = setlocale(LC_CTYPE, "C.UTF-8")
      var bytes: [UInt8] = []
      #expect(CellText.append("\u{1B}", columns: 1, to: &bytes) == 1)
      #expect(CellText.append("\u{9B}", columns: 1, to: &bytes) == 1)
      #expect(CellText.append("a\u{7}\u{1B}[2J", columns: 1, to: &bytes) == 1)
      #expect(CellText.append("e\u{301}", columns: 1, to: &bytes) == 1)
      #expect(CellText.append("中", columns: 1, to: &bytes) == 1)
      #expect(String(decoding: bytes, as: UTF8.self) == "\u{FFFD}\u{FFFD}ae\u{301}\u{FFFD}")
      #expect(!bytes.contains { $0 < 0x20 || $0 == 0x7F })
    }

    @Test func aJoinerEndsTheCellsText() {
      // "👩‍💻" is a woman, a zero-width joiner and a laptop: the joiner written at the end of
      // a cell would join the next cell's character to the woman.
      _ = setlocale(LC_CTYPE, "C.UTF-8")
      var bytes: [UInt8] = []
      #expect(CellText.append("👩\u{200D}💻", columns: 2, to: &bytes) == 2)
      #expect(String(decoding: bytes, as: UTF8.self) == "👩")
    }

    @Test func unprintableTextIsReplaced() {
      func printed(_ text: String, columns: Int) -> (String, Int) {
        var bytes: [UInt8] = []
        let advance = CellText.append(text, columns: columns, to: &bytes)
        return (String(decoding: bytes, as: UTF8.self), advance)
      }
      #expect(printed("a", columns: 1) == ("a", 1))
      #expect(printed("中", columns: 2) == ("中", 2))
      #expect(printed("中", columns: 1) == ("\u{FFFD}", 1))
      #expect(printed("\u{301}", columns: 1) == ("\u{FFFD}", 1))
      #expect(printed("", columns: 1) == (" ", 1))
    }

    // MARK: - Cursor and screen

    @Test func theCursorRestsWhereTheFrameSaysAndHidesWithout() {
      var setup = Setup(width: 20, height: 6)
      var frame = ScreenBuffer(width: 20, height: 6)
      frame.put("item", row: 4, column: 2)
      frame.cursor = (row: 4, column: 2)
      setup.show(frame)
      #expect((setup.terminal.row, setup.terminal.column) == (4, 2))
      #expect(setup.terminal.cursorVisible)
      frame.cursor = nil
      setup.show(frame)
      #expect(!setup.terminal.cursorVisible)
    }

    @Test func forgettingClearsAndWritesTheWholeFrame() {
      var setup = Setup(width: 10, height: 3)
      var frame = ScreenBuffer(width: 10, height: 3)
      frame.put("same", row: 0, column: 0, style: CellStyle(foreground: .red))
      setup.show(frame)
      setup.writer.forget()
      let bytes = setup.show(frame)
      #expect(Self.text(bytes).hasPrefix("⎋(B⎋[m⎋[H⎋[2J"))
      #expect(Self.text(bytes).contains("same"))
      #expect(setup.mismatches(frame).isEmpty)
    }

    @Test func leavingTurnsAttributesOffAndShowsTheCursor() {
      var setup = Setup(width: 10, height: 3)
      var frame = ScreenBuffer(width: 10, height: 3)
      frame.put("bold", row: 0, column: 0, style: CellStyle(bold: true))
      setup.show(frame)
      #expect(Self.text(setup.writer.leave()) == "⎋(B⎋[m⎋[?12l⎋[?25h")
      // After leaving, the screen is unknown: the next frame is written whole.
      #expect(Self.text(setup.show(frame)).contains("⎋[2J"))
    }

    @Test func theBottomRightCellNeverScrollsATerminalWithoutTheLateWrap() throws {
      // xterm's strings without xenl: writing the last column wraps at once, so writing the
      // bottom-right cell would scroll the whole screen up a row.
      let entries = try TerminfoEntries(
        "xterm-soonwrap|xterm-256color wrapping at once,\n\txenl@, use=xterm-256color,")
      defer { entries.remove() }
      var setup = Setup("xterm-soonwrap", width: 20, height: 4)
      #expect(setup.strings.autoMargins && !setup.strings.lateWrap)
      var frame = ScreenBuffer(width: 20, height: 4)
      frame.put("title", row: 0, column: 0)
      let bar = CellStyle(foreground: .black, background: .palette(250))
      frame.fill(row: 3, column: 0, width: 20, height: 1, style: bar)
      frame.put("1/26", row: 3, column: 16, style: bar)
      setup.show(frame)
      #expect(setup.mismatches(frame).isEmpty)
      frame.put("2/27", row: 3, column: 16, style: bar)
      setup.show(frame)
      #expect(setup.terminal.text(0).hasPrefix("title"))
      #expect(setup.mismatches(frame).isEmpty)
    }

    // MARK: - Random frames

    @Test(arguments: ["xterm-256color", "screen", "tmux-256color", "linux", "xterm-mono"])
    func randomFramesLeaveExactlyTheFrame(_ type: String) {
      for lineFeedReturns in [false, true] {
        var setup = Setup(type, width: 30, height: 10, lineFeedReturns: lineFeedReturns)
        var random = SeededRandom(seed: 8)
        var document = RandomDocument(random: &random, lines: 30)
        for step in 0..<150 {
          let frame = document.frame(width: 30, height: 10, random: &random)
          setup.show(frame)
          let wrong = setup.mismatches(frame)
          #expect(wrong.isEmpty, "\(type), step \(step): \(wrong.prefix(3))")
          if !wrong.isEmpty { return }
        }
      }
    }
  }
}
