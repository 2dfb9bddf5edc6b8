import ShowModel

/// A line of text edited as readline edits it: a cursor that moves by character, to the
/// start and the end; Backspace, Ctrl-W and Ctrl-U acting left of the cursor; Up and Down
/// recalling the lines entered earlier in this run. A value with no terminal in it.
public struct LineEditor: Sendable, Equatable {
  /// The characters of the line.
  public private(set) var characters: [Character] = []
  /// Where the cursor is: the index of the character it stands on, `characters.count` at
  /// the end.
  public private(set) var cursor = 0
  /// The lines entered earlier, oldest first.
  public private(set) var history: [String] = []
  /// The history entry on show while Up and Down recall, nil while editing a line of one's own.
  private var recalled: Int?
  /// The line being edited before Up recalled an older one; Down past the newest brings it back.
  private var draft: [Character] = []

  /// An empty line with an empty history.
  public init() {}

  /// The line as text.
  public var text: String { String(characters) }

  /// True when the line has no character.
  public var isEmpty: Bool { characters.isEmpty }

  // MARK: - Typing

  /// Puts `character` at the cursor and moves the cursor past it.
  public mutating func insert(_ character: Character) {
    characters.insert(character, at: cursor)
    cursor += 1
    recalled = nil
  }

  /// Deletes the character left of the cursor. Returns false when there was none.
  @discardableResult
  public mutating func deleteBackward() -> Bool {
    guard cursor > 0 else { return false }
    characters.remove(at: cursor - 1)
    cursor -= 1
    recalled = nil
    return true
  }

  /// Deletes the word left of the cursor, and the spaces between it and the cursor (Ctrl-W).
  public mutating func deleteWordBackward() {
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
    recalled = nil
  }

  /// Deletes everything left of the cursor (Ctrl-U).
  public mutating func deleteToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
    recalled = nil
  }

  /// Replaces the whole line and puts the cursor at its end.
  public mutating func replace(with text: String) {
    characters = Array(text)
    cursor = characters.count
    recalled = nil
  }

  // MARK: - Moving

  /// Moves the cursor one character left, if it can.
  public mutating func moveLeft() { cursor = max(0, cursor - 1) }

  /// Moves the cursor one character right, if it can.
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

  /// Moves the cursor to the start of the line (Home, Ctrl-A).
  public mutating func moveToStart() { cursor = 0 }

  /// Moves the cursor to the end of the line (End, Ctrl-E).
  public mutating func moveToEnd() { cursor = characters.count }

  // MARK: - History

  /// Keeps the line in the history (unless it is empty or the same as the newest entry) and
  /// starts a new, empty line.
  public mutating func commit() {
    let line = text
    if !line.isEmpty, history.last != line { history.append(line) }
    characters = []
    cursor = 0
    recalled = nil
    draft = []
  }

  /// Shows the entry before the one on show (Up). Returns false when there is none.
  @discardableResult
  public mutating func recallOlder() -> Bool {
    let index = (recalled ?? history.count) - 1
    guard index >= 0 else { return false }
    if recalled == nil { draft = characters }
    show(Array(history[index]), recalled: index)
    return true
  }

  /// Shows the entry after the one on show, or the line being edited after the newest
  /// (Down). Returns false when no entry is on show.
  @discardableResult
  public mutating func recallNewer() -> Bool {
    guard let current = recalled else { return false }
    if current + 1 < history.count {
      show(Array(history[current + 1]), recalled: current + 1)
    } else {
      show(draft, recalled: nil)
    }
    return true
  }

  private mutating func show(_ line: [Character], recalled index: Int?) {
    characters = line
    cursor = line.count
    recalled = index
  }

  // MARK: - Showing

  /// The part of the line to draw in `width` columns so that the cursor is on screen, and the
  /// cursor's column in it: the line from its start while the cursor fits, else the text
  /// that ends at the cursor, which then stands at the right edge.
  public func window(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    // One column stays free for the cursor itself when it is at the end.
    let room = width - 1
    var start = cursor
    var used = 0
    while start > 0 {
      let next = DisplayWidth.of(characters[start - 1])
      guard used + next <= room else { break }
      used += next
      start -= 1
    }
    let cursorColumn = used
    var end = cursor
    while end < characters.count {
      let next = DisplayWidth.of(characters[end])
      guard used + next <= width else { break }
      used += next
      end += 1
    }
    return (String(characters[start..<end]), cursorColumn)
  }
}
