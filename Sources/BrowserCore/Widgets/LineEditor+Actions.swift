extension LineEditor {
  /// What an editing key did to a typed line.
  enum EditResult: Equatable {
    /// The text changed: whatever the line drives (a search, a filter) runs again.
    case edited
    /// Only the cursor moved.
    case moved
    /// Backspace on an empty line: the line asks to be closed.
    case closeRequested
    /// The action is not an editing one.
    case notEditing
  }

  /// Carries out one of the keymap's editing actions (`KeyScope.typedLine`) on the line.
  mutating func perform(_ action: Action) -> EditResult {
    let before = characters
    switch action {
    case .cursorLeft: moveLeft()
    case .cursorRight: moveRight()
    case .cursorToStart: moveToStart()
    case .cursorToEnd: moveToEnd()
    case .deleteCharacter:
      if isEmpty { return .closeRequested }
      deleteBackward()
    case .deleteWord: deleteWordBackward()
    case .clearLine: deleteToStart()
    case .recallOlder: recallOlder()
    case .recallNewer: recallNewer()
    default: return .notEditing
    }
    return characters == before ? .moved : .edited
  }
}
