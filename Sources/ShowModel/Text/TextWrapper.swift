/// A piece of text with a tag (a style, a role) that stays with its characters through
/// wrapping.
public struct TaggedText<Tag: Equatable & Sendable>: Equatable, Sendable {
  /// The text.
  public var text: String
  /// What the text is.
  public var tag: Tag

  /// Creates a piece of tagged text.
  public init(_ text: String, tag: Tag) {
    self.text = text
    self.tag = tag
  }
}

/// One wrapped line: the spaces it starts with (the hanging indent) and its pieces.
public struct WrappedLine<Tag: Equatable & Sendable>: Equatable, Sendable {
  /// The spaces before the first piece: 0 on the first line, the hanging indent after it.
  public var indent: Int
  /// The line's text, neighbouring pieces with the same tag merged.
  public var pieces: [TaggedText<Tag>]
  /// The columns the line takes, indent included.
  public var width: Int
}

/// The one word wrapper of the project, shared by the browser's panes and the command
/// line's reports. It breaks at spaces (runs of spaces count as one and vanish at line
/// edges), breaks a word longer than the line at the last grapheme that fits, keeps
/// grapheme clusters whole, measures columns as `DisplayWidth` does, and makes control
/// characters harmless as `SafeText` does. Each grapheme is measured once and copied
/// once, so the cost is linear in the text, and a line limit stops the work once enough is
/// made.
public struct TextWrapper: Sendable {
  /// The columns of every line, hanging indent included; at least 1.
  public let width: Int
  /// The spaces that start every line after the first; at most half the width.
  public let hanging: Int

  /// A wrapper to `width` columns with `hanging` spaces before continuation lines.
  public init(width: Int, hanging: Int = 0) {
    self.width = max(width, 1)
    self.hanging = min(max(hanging, 0), self.width / 2)
  }

  /// `text` as lines of at most `width` columns, continuation lines indented.
  public func wrap(_ text: String) -> [String] {
    wrap([TaggedText(text, tag: true)]).map { line in
      String(repeating: " ", count: line.indent) + line.pieces.map(\.text).joined()
    }
  }

  /// `pieces` as wrapped lines. A space between words takes the tag of the text before
  /// it, so a highlight starts on its first letter. Stops after `maximumLines` lines, and
  /// returns nil when `isInterrupted` (asked every few thousand graphemes) says to stop.
  public func wrap<Tag>(
    _ pieces: [TaggedText<Tag>], maximumLines: Int = .max, isInterrupted: () -> Bool
  ) -> [WrappedLine<Tag>]? {
    var filler = LineFiller(
      width: width, hanging: hanging, maximumLines: maximumLines,
      sameTag: { pieces[$0].tag == pieces[$1].tag })
    guard let lines = fill(&filler, with: pieces.map(\.text), isInterrupted: isInterrupted)
    else { return nil }
    return lines.map { line in
      WrappedLine(
        indent: line.indent,
        pieces: line.pieces.map { TaggedText($0.text, tag: pieces[$0.tag].tag) },
        width: line.width)
    }
  }

  /// `pieces` as wrapped lines, at most `maximumLines` of them; always finishes.
  public func wrap<Tag>(_ pieces: [TaggedText<Tag>], maximumLines: Int = .max)
    -> [WrappedLine<Tag>]
  {
    wrap(pieces, maximumLines: maximumLines, isInterrupted: { false }) ?? []
  }

  /// Feeds `texts` to `filler`, each text tagged with its index, asking `isInterrupted`
  /// every few thousand graphemes.
  func fill(
    _ filler: inout LineFiller, with texts: [String], isInterrupted: () -> Bool
  ) -> [FilledLine]? {
    var untilCheck = Self.graphemesBetweenChecks
    for (tag, text) in texts.enumerated() {
      for character in text {
        untilCheck -= 1
        if untilCheck == 0 {
          untilCheck = Self.graphemesBetweenChecks
          if isInterrupted() { return nil }
        }
        filler.add(character, tag: tag)
        if filler.isFull { return Array(filler.lines.prefix(filler.maximumLines)) }
      }
    }
    return filler.finish()
  }

  /// How many graphemes go by between two questions to `isInterrupted`.
  static let graphemesBetweenChecks = 4096
}

/// A line as the filler builds it: pieces tagged by the index of the text they come from.
struct FilledLine {
  var indent: Int
  var pieces: [(text: String, tag: Int)]
  var width: Int
}

/// Fills lines grapheme by grapheme. A word is held back until it ends or grows longer
/// than a line, so it is never measured or copied more than once. Tags are the indices of
/// the texts, compared through `sameTag` only where two texts meet.
struct LineFiller {
  let width: Int
  let hanging: Int
  let maximumLines: Int
  let sameTag: (Int, Int) -> Bool
  private(set) var lines: [FilledLine] = []
  private var line: FilledLine
  /// The word being read: graphemes with their widths and tags.
  private var word: [(character: Character, width: Int, tag: Int)] = []
  private var wordWidth = 0
  /// True once the word is known to be longer than a line and flows out grapheme by grapheme.
  private var wordIsFlowing = false
  /// True when a space came before the word being read.
  private var spaceBeforeWord = false
  /// Graphemes measured and graphemes copied into lines so far: the work, which tests
  /// check stays proportional to the text.
  private(set) var graphemesMeasured = 0
  private(set) var graphemesCopied = 0

  init(width: Int, hanging: Int, maximumLines: Int, sameTag: @escaping (Int, Int) -> Bool) {
    self.width = width
    self.hanging = hanging
    self.maximumLines = max(maximumLines, 1)
    self.sameTag = sameTag
    line = FilledLine(indent: 0, pieces: [], width: 0)
  }

  /// True when the line limit is reached.
  var isFull: Bool { lines.count >= maximumLines }

  /// True while the current line holds nothing but its indent.
  private var isFresh: Bool { line.pieces.isEmpty }

  mutating func add(_ character: Character, tag: Int) {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
      // Printable ASCII, nearly all text: one column, nothing to make safe.
      if ascii == 0x20 {
        endWord()
        spaceBeforeWord = true
      } else {
        add(visible: character, columns: 1, tag: tag)
      }
      return
    }
    let safe = SafeText.sanitize(character)
    if safe.allSatisfy({ $0 == " " }) {
      endWord()
      spaceBeforeWord = true
      return
    }
    for character in safe {
      add(visible: character, columns: DisplayWidth.of(character), tag: tag)
    }
  }

  /// Adds a grapheme that is not a space to the word being read.
  private mutating func add(visible character: Character, columns: Int, tag: Int) {
    graphemesMeasured += 1
    if wordIsFlowing {
      place(character, width: columns, tag: tag)
      return
    }
    word.append((character, columns, tag))
    wordWidth += columns
    let roomOnFreshLine = isFresh ? width - line.width : width - hanging
    if wordWidth > roomOnFreshLine { startFlowing() }
  }

  /// Puts the held word on the line, or on the next one when it does not fit.
  private mutating func endWord() {
    defer {
      word.removeAll(keepingCapacity: true)
      wordWidth = 0
      wordIsFlowing = false
    }
    if wordIsFlowing || word.isEmpty { return }
    let gap = spaceBeforeWord && !isFresh ? 1 : 0
    if line.width + gap + wordWidth > width && !isFresh {
      breakLine()
    } else if gap > 0 {
      append(" ", width: 1, tag: line.pieces[line.pieces.count - 1].tag)
    }
    spaceBeforeWord = false
    for grapheme in word { append(grapheme.character, width: grapheme.width, tag: grapheme.tag) }
  }

  /// Starts a word that is longer than a line on a line of its own and lets it flow.
  private mutating func startFlowing() {
    if !isFresh { breakLine() }
    spaceBeforeWord = false
    wordIsFlowing = true
    for grapheme in word {
      place(grapheme.character, width: grapheme.width, tag: grapheme.tag)
    }
    word.removeAll(keepingCapacity: true)
  }

  /// Puts one grapheme of a flowing word on the line, breaking first when it does not fit.
  /// A grapheme wider than a whole line gets a line of its own, to be clipped.
  private mutating func place(_ character: Character, width columns: Int, tag: Int) {
    if line.width + columns > width && !isFresh { breakLine() }
    append(character, width: columns, tag: tag)
  }

  private mutating func append(_ character: Character, width columns: Int, tag: Int) {
    graphemesCopied += 1
    if let last = line.pieces.indices.last,
      line.pieces[last].tag == tag || sameTag(line.pieces[last].tag, tag)
    {
      line.pieces[last].text.append(character)
    } else {
      line.pieces.append((String(character), tag))
    }
    line.width += columns
  }

  private mutating func breakLine() {
    lines.append(line)
    line = FilledLine(indent: hanging, pieces: [], width: hanging)
  }

  /// The lines, the last one included.
  mutating func finish() -> [FilledLine] {
    endWord()
    if !isFull { lines.append(line) }
    return Array(lines.prefix(maximumLines))
  }
}

extension SafeText {
  /// One grapheme made harmless as `sanitize` makes a string harmless.
  public static func sanitize(_ character: Character) -> String {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return String(character) }
    return sanitize(String(character))
  }
}
