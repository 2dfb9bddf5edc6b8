import Foundation
import ImdbImport
import ShowModel

/// How an import goes, on stderr: on a terminal one line per file rewritten in place
/// (rows, rows a second, bytes of the file read, time left); else a plain line every few
/// seconds and at each file's end.
final class ImportDisplay: ImportProgress {
  private let toTerminal: Bool
  private var file = ""
  private var size = 0
  private var started = Date()
  private var shown = Date.distantPast
  private var lineOpen = false

  /// A display for a terminal, or for a file or pipe.
  init(toTerminal: Bool) {
    self.toTerminal = toTerminal
  }

  func started(file: String, size: Int) {
    self.file = file
    self.size = size
    started = Date()
    shown = toTerminal ? .distantPast : Date()
  }

  func read(rows: Int, bytes: Int) {
    let now = Date()
    guard now.timeIntervalSince(shown) >= (toTerminal ? 0.1 : 5) else { return }
    shown = now
    show(line(rows: rows, bytes: bytes, now: now), final: false)
  }

  func finished(rows: Int) {
    let seconds = max(Date().timeIntervalSince(started), 0.001)
    show(
      "\(file): \(NumberText.grouped(rows)) rows in \(String(format: "%.1f", seconds)) s",
      final: true)
  }

  func writing(shows done: Int, of total: Int) {
    let now = Date()
    if done == 0 { started = now }
    guard done == total || now.timeIntervalSince(shown) >= (toTerminal ? 0.1 : 5) else { return }
    shown = now
    var text = "writing shows: \(NumberText.grouped(done)) of \(NumberText.grouped(total))"
    let seconds = now.timeIntervalSince(started)
    if done > 0 && done < total && seconds > 0 {
      let rate = Double(done) / seconds
      text += ", \(NumberText.grouped(Int(rate.rounded()))) a second"
      text += ", about \(Int((Double(total - done) / rate).rounded())) s left"
    }
    show(text, final: done == total)
  }

  /// Ends a line left open on the terminal.
  func end() {
    if lineOpen { Output.writeError("\n") }
    lineOpen = false
  }

  private func line(rows: Int, bytes: Int, now: Date) -> String {
    let seconds = max(now.timeIntervalSince(started), 0.001)
    var text =
      "\(file): \(NumberText.grouped(rows)) rows, \(NumberText.grouped(Int(Double(rows) / seconds))) rows/s, "
      + "\(megabytes(bytes)) of \(megabytes(size)) MB read"
    if bytes > 0 && size > bytes {
      let left = Double(size - bytes) / (Double(bytes) / seconds)
      text += ", about \(Int(left.rounded())) s left"
    }
    return text
  }

  private func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f", Double(bytes) / 1_000_000)
  }

  private func show(_ text: String, final: Bool) {
    let safe = SafeText.sanitize(text)
    if toTerminal {
      Output.writeError("\r\u{1B}[K" + safe + (final ? "\n" : ""))
      lineOpen = !final
    } else {
      Output.writeError(safe + "\n")
    }
  }

}
