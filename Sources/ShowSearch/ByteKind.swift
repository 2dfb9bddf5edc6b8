// MARK: - Byte kinds

/// What a folded byte is, for deciding where words start.
enum ByteKind {
  case lower
  case upper
  case digit
  case slash
  case dot
  case separator
  case multibyteStart
  case continuation

  /// Classifies one byte of folded UTF-8. An opening parenthesis starts a note ("Katherine
  /// Langford (as Hannah Baker)"), not a word, so it is classed with the bytes that give no
  /// word-start bonus, as in fzy: the note's first letter gains nothing from it.
  @inline(__always)
  init(_ byte: UInt8) {
    if byte >= 0x80 {
      self = byte >= 0xC0 ? .multibyteStart : .continuation
    } else if byte == 0x28 {
      self = .continuation
    } else if byte &- 97 < 26 {
      self = .lower
    } else if byte &- 65 < 26 {
      self = .upper
    } else if byte &- 48 < 10 {
      self = .digit
    } else if byte == 0x2F {
      self = .slash
    } else if byte == 0x2E {
      self = .dot
    } else {
      self = .separator
    }
  }

  /// True for bytes that separate words (slash, dot and other ASCII punctuation or spaces).
  var separatesWords: Bool {
    switch self {
    case .slash, .dot, .separator: return true
    default: return false
    }
  }
}
