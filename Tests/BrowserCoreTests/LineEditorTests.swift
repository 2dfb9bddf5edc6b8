import BrowserCore
import Testing

/// The search and filter lines edit as readline does.
@Suite("Line editor")
struct LineEditorTests {
  private func editor(_ text: String) -> LineEditor {
    var editor = LineEditor()
    for character in text { editor.insert(character) }
    return editor
  }

  @Test func typingInsertsAtTheCursor() {
    var line = editor("hanah")
    line.moveLeft()
    line.moveLeft()
    line.insert("n")
    #expect(line.text == "hannah")
    #expect(line.cursor == 4)
  }

  @Test func movesStopAtTheEnds() {
    var line = editor("ab")
    line.moveRight()
    #expect(line.cursor == 2)
    line.moveToStart()
    line.moveLeft()
    #expect(line.cursor == 0)
    line.moveToEnd()
    #expect(line.cursor == 2)
  }

  @Test func backspaceDeletesLeftOfTheCursorAndSaysWhenThereIsNothing() {
    var line = editor("clay")
    line.moveLeft()
    let deleted1 = line.deleteBackward()
    #expect(deleted1)
    #expect(line.text == "cly")
    line.moveToStart()
    let deleted2 = line.deleteBackward()
    #expect(!deleted2)
    #expect(line.text == "cly")
    var empty = LineEditor()
    let deleted3 = empty.deleteBackward()
    #expect(!deleted3)
  }

  @Test func ctrlWDeletesTheWordLeftOfTheCursorWithItsSpaces() {
    var line = editor("clay jensen  actor")
    line.moveLeft()
    line.moveLeft()
    line.moveLeft()
    line.moveLeft()
    line.moveLeft()
    // The cursor stands on "actor"'s "a": the word before it and two spaces go.
    line.deleteWordBackward()
    #expect(line.text == "clay actor")
    #expect(line.cursor == 5)
  }

  @Test func ctrlUDeletesEverythingLeftOfTheCursor() {
    var line = editor("bryce walker")
    for _ in 0..<6 { line.moveLeft() }
    line.deleteToStart()
    #expect(line.text == "walker")
    #expect(line.cursor == 0)
  }

  @Test func upAndDownRecallEarlierLinesAndGiveBackTheDraft() {
    var line = LineEditor()
    for query in ["hannah", "clay", "clay"] {
      line.replace(with: query)
      line.commit()
    }
    #expect(line.history == ["hannah", "clay"])
    line.insert("j")
    let older4 = line.recallOlder()
    #expect(older4)
    #expect(line.text == "clay")
    let older5 = line.recallOlder()
    #expect(older5)
    #expect(line.text == "hannah")
    let older6 = line.recallOlder()
    #expect(!older6)
    #expect(line.text == "hannah")
    let newer7 = line.recallNewer()
    #expect(newer7)
    #expect(line.text == "clay")
    let newer8 = line.recallNewer()
    #expect(newer8)
    #expect(line.text == "j")
    let newer9 = line.recallNewer()
    #expect(!newer9)
  }

  @Test func editingARecalledLineMakesItTheDraft() {
    var line = LineEditor()
    line.replace(with: "justin")
    line.commit()
    let older10 = line.recallOlder()
    #expect(older10)
    line.insert("e")
    let newer11 = line.recallNewer()
    #expect(!newer11)
    #expect(line.text == "justine")
  }

  @Test func theWindowShowsTheLineFromItsStartWhileTheCursorFits() {
    let line = editor("tony")
    let window = line.window(width: 10)
    #expect(window.text == "tony")
    #expect(window.cursorColumn == 4)
  }

  @Test func aLongLineScrollsSoTheCursorStaysOnScreen() {
    var line = editor("abcdefghijklmnop")
    let atEnd = line.window(width: 6)
    #expect(atEnd.text == "lmnop")
    #expect(atEnd.cursorColumn == 5)
    line.moveToStart()
    let atStart = line.window(width: 6)
    #expect(atStart.text == "abcdef")
    #expect(atStart.cursorColumn == 0)
  }

  @Test func wideCharactersCountTwoColumns() {
    let line = editor("東京タワー")
    let window = line.window(width: 7)
    #expect(window.text == "タワー")
    #expect(window.cursorColumn == 6)
  }

  @Test func aTinyWidthShowsNothing() {
    #expect(editor("x").window(width: 1).text == "")
    #expect(editor("x").window(width: 0).cursorColumn == 0)
  }
}
