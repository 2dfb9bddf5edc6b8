import TerminalCells

/// A style as this terminal draws it: the attributes it has and the colour numbers it
/// uses (-1 for the terminal's own colour).
struct DrawnStyle: Hashable {
  /// Bold, dim, underlined, reverse video.
  var bold = false, dim = false, underline = false, reverse = false
  /// The colour numbers, -1 for the terminal's own.
  var foreground = -1, background = -1

  /// Nothing on: the style after a reset.
  static let plain = DrawnStyle()
}

/// The attribute changes of one terminal: how a frame's style is drawn there, and the
/// fewest bytes that change the terminal's attributes from one drawn style to another.
///
/// Where the terminal's strings are all ECMA-48 "select graphic rendition" sequences
/// (`ESC [ … m`, as in xterm, screen, tmux and the Linux console), a change is one
/// sequence: the parameters that differ, or a reset (the first parameter) and the
/// whole new style when that is shorter. Terminfo has no string that turns bold, dim or
/// reverse off; ECMA-48's own parameters do (22 normal intensity, 27 positive image) where
/// the entry shows the terminal knows them, and a reset starts with the entry's own.
/// Elsewhere a change is the reset and then each string of the new style.
struct AttributeCodes {
  private let strings: ControlStrings
  private let colors: ColorNumbers?
  private let parameters: Parameters?

  /// The changes for the terminal of `strings`; `colors` is nil on a monochrome screen.
  init(strings: ControlStrings, colors: ColorNumbers?) {
    self.strings = strings
    self.colors = colors
    parameters = Parameters(strings: strings, colors: colors)
  }

  /// How `style` is drawn here: without the attributes the terminal lacks, with colours
  /// only on a colour screen, and without the attributes that cannot go with a colour
  /// where there is one (`ncv`: the Linux console shows underline and dim as colours).
  func drawn(_ style: CellStyle) -> DrawnStyle {
    var drawn = DrawnStyle(
      bold: style.bold && strings.bold != nil, dim: style.dim && strings.dim != nil,
      underline: style.underline && strings.underline != nil,
      reverse: style.reverse && strings.reverse != nil)
    if let colors {
      drawn.foreground = colors.number(style.foreground, isForeground: true)
      drawn.background = colors.number(style.background, isForeground: false)
      let excluded = strings.noColorVideo
      if excluded != 0 && (drawn.foreground != -1 || drawn.background != -1) {
        if excluded & 2 != 0 { drawn.underline = false }
        if excluded & 4 != 0 { drawn.reverse = false }
        if excluded & 16 != 0 { drawn.dim = false }
        if excluded & 32 != 0 { drawn.bold = false }
      }
    }
    return drawn
  }

  /// True when a blank drawn in `current` looks as one drawn in `blank`: the same
  /// background and no reverse video, and the same underline in the same colour. Bold, dim
  /// and the foreground do not show on a blank.
  func drawsBlank(_ blank: DrawnStyle, in current: DrawnStyle) -> Bool {
    guard !blank.reverse, !current.reverse, current.background == blank.background,
      current.underline == blank.underline
    else { return false }
    return !blank.underline
      || (current.foreground, current.bold, current.dim) == (
        blank.foreground, blank.bold, blank.dim
      )
  }

  /// True when an erase while `current` is in force leaves cells drawn as `blank`: an
  /// erase keeps only the background (where it keeps any), so there must be no reverse
  /// video and the same background.
  func erases(to blank: DrawnStyle, in current: DrawnStyle) -> Bool {
    !current.reverse && current.background == blank.background
  }

  /// Appends to `output` the bytes that change the terminal's attributes from `old` to
  /// `new`; nothing when they are equal.
  func change(from old: DrawnStyle, to new: DrawnStyle, into output: inout [UInt8]) {
    guard old != new else { return }
    guard let parameters else {
      appendStrings(of: new, resetting: old, into: &output)
      return
    }
    let reset = parameters.reset(to: new)
    let list = parameters.difference(from: old, to: new).map { $0.count < reset.count ? $0 : reset }
    output += Parameters.introducer
    output += list ?? reset
    output.append(UInt8(ascii: "m"))
  }

  /// The bytes `change(from:to:into:)` appends.
  func change(from old: DrawnStyle, to new: DrawnStyle) -> [UInt8] {
    var output: [UInt8] = []
    change(from: old, to: new, into: &output)
    return output
  }

  private func appendStrings(
    of new: DrawnStyle, resetting old: DrawnStyle, into output: inout [UInt8]
  ) {
    output += strings.resetAttributes
    if old.foreground != -1 || old.background != -1 { output += strings.originalColors ?? [] }
    if new.bold { output += strings.bold ?? [] }
    if new.dim { output += strings.dim ?? [] }
    if new.underline { output += strings.underline ?? [] }
    if new.reverse { output += strings.reverse ?? [] }
    if new.foreground != -1 { output += strings.foreground(new.foreground) ?? [] }
    if new.background != -1 { output += strings.background(new.background) ?? [] }
  }
}

extension AttributeCodes {
  /// The parameters of the terminal's SGR sequences (`1` for bold, `38;5;200` for a
  /// foreground), read out of its terminfo strings; nil when a string is not one SGR
  /// sequence, and the strings are then written as they are.
  struct Parameters {
    /// `ESC [`.
    static let introducer: [UInt8] = [0x1B, UInt8(ascii: "[")]

    private let bold: [UInt8]?, dim: [UInt8]?, underline: [UInt8]?, reverse: [UInt8]?
    private let underlineOff: [UInt8]?
    private static let intensityOff = Array("22".utf8)
    private static let reverseOff = Array("27".utf8)
    /// True when the terminal knows ECMA-48's parameters that turn one attribute off (22
    /// normal intensity, 27 positive image): terminfo names no string for them, but a
    /// terminal whose `rmul` is 24 or whose `rmso` is 27 has the VT220's set, which holds
    /// all of them. A VT100 ignores them, so there a reset and the rest turn bold off.
    private let knowsOffParameters: Bool
    /// The terminal's own reset parameter (empty or `0`), which starts a reset and the rest.
    private let resetParameter: [UInt8]
    private let defaultForeground: [UInt8]?, defaultBackground: [UInt8]?
    private let foregrounds: [[UInt8]], backgrounds: [[UInt8]]

    init?(strings: ControlStrings, colors: ColorNumbers?) {
      guard let resetParameter = Self.resetParameter(of: strings.resetAttributes) else {
        return nil
      }
      self.resetParameter = resetParameter
      knowsOffParameters =
        strings.underlineOff.flatMap(Self.parameters) == Array("24".utf8)
        || strings.standoutOff.flatMap(Self.parameters) == Self.reverseOff
      var attributes: [[UInt8]?] = []
      for string in [strings.bold, strings.dim, strings.underline, strings.reverse] {
        guard let string else {
          attributes.append(nil)
          continue
        }
        guard let parameters = Self.parameters(of: string), !parameters.isEmpty else { return nil }
        attributes.append(parameters)
      }
      (bold, dim, underline, reverse) = (attributes[0], attributes[1], attributes[2], attributes[3])
      // Some terminals' `rmul` is a whole reset (`ESC [ m`): that turns more than underline off.
      underlineOff = strings.underlineOff.flatMap(Self.parameters).flatMap {
        $0.isEmpty || $0 == [UInt8(ascii: "0")] ? nil : $0
      }
      // `op` is `39;49` on the terminals that combine: each half resets one colour.
      let original = strings.originalColors.flatMap(Self.parameters)
      if original == Array("39;49".utf8) {
        (defaultForeground, defaultBackground) = (Array("39".utf8), Array("49".utf8))
      } else {
        (defaultForeground, defaultBackground) = (nil, nil)
      }
      var foregrounds: [[UInt8]] = []
      var backgrounds: [[UInt8]] = []
      if colors != nil {
        for number in 0..<min(strings.colors, 256) {
          guard let foreground = strings.foreground(number).flatMap(Self.parameters),
            let background = strings.background(number).flatMap(Self.parameters),
            !foreground.isEmpty, !background.isEmpty
          else { return nil }
          foregrounds.append(foreground)
          backgrounds.append(background)
        }
      }
      (self.foregrounds, self.backgrounds) = (foregrounds, backgrounds)
    }

    /// The parameters that turn `new` on after a reset, the reset included: an empty
    /// first parameter, which ECMA-48 reads as its default, 0 (`ESC [ ; 1 m`).
    func reset(to new: DrawnStyle) -> [UInt8] {
      var list: [UInt8] = []
      if new.bold { add(bold, to: &list) }
      if new.dim { add(dim, to: &list) }
      if new.underline { add(underline, to: &list) }
      if new.reverse { add(reverse, to: &list) }
      if new.foreground >= 0 { add(color(new.foreground, in: foregrounds), to: &list) }
      if new.background >= 0 { add(color(new.background, in: backgrounds), to: &list) }
      return list.isEmpty ? resetParameter : resetParameter + [UInt8(ascii: ";")] + list
    }

    /// The parameters that change only what differs between `old` and `new`; nil when a
    /// colour must go back to the terminal's own and `op` does not say how for each alone.
    func difference(from old: DrawnStyle, to new: DrawnStyle) -> [UInt8]? {
      var list: [UInt8] = []
      // One parameter turns both bold and dim off; what stays on comes back after it.
      let intensityGoesOff = old.bold && !new.bold || old.dim && !new.dim
      guard knowsOffParameters || !intensityGoesOff && !(old.reverse && !new.reverse) else {
        return nil
      }
      if intensityGoesOff { add(Self.intensityOff, to: &list) }
      if new.bold && (!old.bold || intensityGoesOff) { add(bold, to: &list) }
      if new.dim && (!old.dim || intensityGoesOff) { add(dim, to: &list) }
      if new.reverse != old.reverse { add(new.reverse ? reverse : Self.reverseOff, to: &list) }
      if new.underline != old.underline {
        guard let code = new.underline ? underline : underlineOff else { return nil }
        add(code, to: &list)
      }
      if new.foreground != old.foreground {
        guard
          let code = new.foreground < 0 ? defaultForeground : color(new.foreground, in: foregrounds)
        else { return nil }
        add(code, to: &list)
      }
      if new.background != old.background {
        guard
          let code = new.background < 0 ? defaultBackground : color(new.background, in: backgrounds)
        else { return nil }
        add(code, to: &list)
      }
      return list
    }

    private func color(_ number: Int, in codes: [[UInt8]]) -> [UInt8]? {
      number < codes.count ? codes[number] : nil
    }

    private func add(_ code: [UInt8]?, to list: inout [UInt8]) {
      guard let code else { return }
      if !list.isEmpty { list.append(UInt8(ascii: ";")) }
      list += code
    }

    /// The parameters of `bytes` when it is exactly one SGR sequence (`ESC [ 1 ; 4 m`).
    static func parameters(of bytes: [UInt8]) -> [UInt8]? {
      guard bytes.count >= 3, bytes.starts(with: introducer), bytes.last == UInt8(ascii: "m")
      else { return nil }
      let inner = Array(bytes[2..<(bytes.count - 1)])
      guard inner.allSatisfy({ $0 == UInt8(ascii: ";") || (0x30...0x39).contains($0) }) else {
        return nil
      }
      return inner
    }

    /// The parameter of a reset the combined sequences can stand for, `ESC [ m` (empty) or
    /// `ESC [ 0 m` (`0`), possibly beside a choice of the ASCII character set (`ESC ( B`)
    /// and before a shift-in, which matter only to programs that draw with the alternate
    /// character set; nil when `bytes` is no such reset.
    static func resetParameter(of bytes: [UInt8]) -> [UInt8]? {
      var core = bytes[...]
      let chooseASCII: [UInt8] = [0x1B, UInt8(ascii: "("), UInt8(ascii: "B")]
      if core.starts(with: chooseASCII) { core = core.dropFirst(3) }
      if core.last == 0x0F { core = core.dropLast() }
      if core.count > 3, core.suffix(3).elementsEqual(chooseASCII) { core = core.dropLast(3) }
      let parameters = Self.parameters(of: Array(core))
      return parameters == [] || parameters == [UInt8(ascii: "0")] ? parameters : nil
    }
  }
}
