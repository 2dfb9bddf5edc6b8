import ShowModel

/// The article reader's part of the browser's state: the article laid out for it (on a
/// worker thread for a long one), and its scrolling.
extension BrowserState {
  /// The article being read, laid out for the reader pane at its current width; nil while
  /// that layout is still to be done (see `layOutReader`).
  public var readerContent: ReaderContent? {
    guard let laidOutReader, laidOutReader.key == readerLayoutKey,
      laidOutReader.shield == shield
    else { return nil }
    return laidOutReader.content
  }

  /// What the reader's layout depends on: the article, the quote and the pane's width.
  var readerLayoutKey: ArticleReaderView? {
    guard let reader = view.reader, let rect = layout.details else { return nil }
    return reader.layoutKey(width: rect.width)
  }

  /// The layout the reader still needs, if any: the open article at the pane's width.
  public var pendingReaderLayout: ReaderLayoutRequest? {
    guard let key = readerLayoutKey, let reader = view.reader,
      laidOutReader?.key != key || laidOutReader?.shield != shield
    else {
      return nil
    }
    return ReaderLayoutRequest(
      key: key, catalog: catalog, shield: shield, quote: reader.quote,
      width: max((key.width ?? 1) - 2, 1))
  }

  /// Takes a layout done elsewhere (another thread) if the reader still needs it.
  public mutating func adopt(_ content: ReaderContent, for request: ReaderLayoutRequest) {
    guard request.key == readerLayoutKey, request.shield == shield else { return }
    laidOutReader = (request.key, request.shield, content)
  }

  /// Lays the open article out for the reader when it is not laid out for it yet, then
  /// scrolls to the quote if the reader was just opened or resized. Returns false, with the
  /// state as it was, when `isInterrupted` stopped the work; it starts over next time.
  mutating func layOutReader(isInterrupted: () -> Bool) -> Bool {
    if let request = pendingReaderLayout {
      guard let content = request.run(isInterrupted: isInterrupted) else { return false }
      adopt(content, for: request)
    }
    guard let key = readerLayoutKey, let reader = view.reader else { return true }
    if reader.needsPlacing(width: key.width) {
      placeReaderOnQuote()
    } else {
      scrollReader(by: 0)
    }
    return true
  }

  /// Scrolls the reader by `delta` lines.
  mutating func scrollReader(by delta: Int) {
    guard let content = readerContent else { return }
    let rows = detailRows
    view.reader?.scroll(by: delta, in: content, rows: rows)
  }

  /// Scrolls the reader so that `line` shows near the top third of the pane, unless it
  /// already shows.
  mutating func scrollReader(toShow line: Int) {
    guard let content = readerContent, let offset = view.reader?.offset else { return }
    let rows = detailRows
    if line < offset || line >= offset + rows {
      view.reader?.scroll(to: line - rows / 3, in: content, rows: rows)
    }
  }

  /// Scrolls the reader so the quote sits near the top third of the pane.
  mutating func placeReaderOnQuote() {
    guard let content = readerContent else { return }
    let rows = detailRows
    let width = layout.details?.width
    view.reader?.placeOnQuote(in: content, rows: rows, width: width)
  }
}
