import ShowModel

extension TextReport {
  /// An article's own text to read: each of its lines made safe and wrapped to the width,
  /// its blank lines kept, so its paragraphs stay apart.
  public func article(_ text: String) -> String {
    let wrapper = TextWrapper(width: width)
    var lines: [String] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let safeLine = safe(String(line))
      if safeLine.allSatisfy(\.isWhitespace) {
        lines.append("")
      } else {
        lines += wrapper.wrap(safeLine)
      }
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
