import Foundation
import Testing

@testable import ShowModel

/// The one word wrapper: its rules, and a cost that stays linear in the text.
@Suite struct TextWrapperTests {
  @Test func breaksAtSpacesAndCollapsesThem() {
    let wrapper = TextWrapper(width: 10)
    #expect(wrapper.wrap("  one two   three four ") == ["one two", "three four"])
    #expect(wrapper.wrap("") == [""])
    #expect(wrapper.wrap("   ") == [""])
  }

  @Test func breaksAWordLongerThanTheLineWhereItNoLongerFits() {
    let wrapper = TextWrapper(width: 4)
    #expect(wrapper.wrap("ab cdefghij k") == ["ab", "cdef", "ghij", "k"])
    #expect(wrapper.wrap("abcdefg hi") == ["abcd", "efg", "hi"])
  }

  @Test func indentsContinuationLinesByTheHangingIndent() {
    let wrapper = TextWrapper(width: 8, hanging: 2)
    #expect(wrapper.wrap("aaa bbb ccc ddd") == ["aaa bbb", "  ccc", "  ddd"])
    #expect(wrapper.wrap("abcdefghijklmn") == ["abcdefgh", "  ijklmn"])
    // The indent never takes more than half the line.
    #expect(TextWrapper(width: 4, hanging: 9).hanging == 2)
  }

  @Test func keepsGraphemesWholeAndCountsWideOnesTwice() {
    let wrapper = TextWrapper(width: 5)
    #expect(wrapper.wrap("中文字幕") == ["中文", "字幕"])
    let accented = String(repeating: "e\u{301}", count: 7)
    #expect(wrapper.wrap(accented) == [String(accented.prefix(5)), String(accented.suffix(2))])
    #expect(wrapper.wrap("👩‍👩‍👧 ab") == ["👩‍👩‍👧", "ab"])
  }

  @Test func makesControlCharactersHarmless() {
    #expect(TextWrapper(width: 20).wrap("a\tb\u{1B}[31mc\nd") == ["a b␛[31mc d"])
  }

  @Test func keepsTagsAndGivesASpaceTheTagBeforeIt() {
    let pieces = [TaggedText("one ", tag: 0), TaggedText("two", tag: 1), TaggedText("x y", tag: 2)]
    let lines = TextWrapper(width: 6).wrap(pieces)
    #expect(lines.count == 2)
    #expect(lines[0].pieces == [TaggedText("one", tag: 0)])
    #expect(lines[1].pieces == [TaggedText("two", tag: 1), TaggedText("x y", tag: 2)])
    #expect(lines[1].width == 6)
  }

  @Test func stopsAtTheLineLimit() {
    let text = String(repeating: "word ", count: 1_000)
    let lines = TextWrapper(width: 10).wrap([TaggedText(text, tag: 0)], maximumLines: 3)
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.pieces.map(\.text).joined() == "word word" })
  }

  @Test func stopsWhenInterrupted() {
    var questions = 0
    let text = String(repeating: "a", count: 100_000)
    let lines = TextWrapper(width: 10).wrap(
      [TaggedText(text, tag: 0)],
      isInterrupted: {
        questions += 1
        return questions == 2
      })
    #expect(lines == nil)
    #expect(questions == 2)
  }

  /// Work per character of the text, for texts of `length` and twice that.
  private func workPerCharacter(_ make: (Int) -> String, width: Int, hanging: Int) -> [Double] {
    [100_000, 200_000].map { length in
      let text = make(length)
      let wrapper = TextWrapper(width: width, hanging: hanging)
      var filler = LineFiller(
        width: wrapper.width, hanging: wrapper.hanging, maximumLines: .max,
        sameTag: { _, _ in true })
      _ = wrapper.fill(&filler, with: [text], isInterrupted: { false })
      return Double(filler.graphemesMeasured + filler.graphemesCopied) / Double(length)
    }
  }

  @Test(arguments: [
    (width: 80, hanging: 0), (width: 80, hanging: 6), (width: 1, hanging: 0),
    (width: 7, hanging: 3),
  ])
  func workPerCharacterStaysBoundedWhenTheTextDoubles(width: Int, hanging: Int) {
    let shapes: [(Int) -> String] = [
      { String(repeating: "x", count: $0) },
      { String(repeating: "中", count: $0) },
      { String(repeating: "ab ", count: $0 / 3) },
      { "start " + String(repeating: "y", count: $0) + " end" },
    ]
    for shape in shapes {
      let work = workPerCharacter(shape, width: width, hanging: hanging)
      #expect(work.allSatisfy { $0 <= 2.01 }, "work per character: \(work)")
    }
  }

  /// Ten million characters without a space: quadratic wrapping took hours; linear wrapping
  /// takes about 7 s in a debug build on a busy two-core machine, and the deadline is 50
  /// times that. The wrapper itself stops at the deadline, so a regression fails in time.
  @Test func wrapsTenMillionCharactersWithoutASpaceBeforeTheDeadline() {
    let text = String(repeating: "x", count: 10_000_000)
    let deadline = ContinuousClock.now + .seconds(350)
    let lines = TextWrapper(width: 80, hanging: 2).wrap(
      [TaggedText(text, tag: 0)], isInterrupted: { ContinuousClock.now > deadline })
    let continuationLines: Int = (10_000_000 - 80 + 77) / 78
    let count: Int? = lines?.count
    #expect(count == 1 + continuationLines)
  }
}
