import Glibc
import TerminalCells

/// Paints frames on the terminal: writes, in one go per frame, the bytes a `FrameWriter`
/// chooses for what changed since the frame before. Curses sets up the terminal and reads
/// its capabilities but never paints, so its idea of the screen never meets this one.
final class ScreenPainter {
  private var writer: FrameWriter
  private let output: Int32

  /// A painter writing to `output` with `writer`.
  init(writer: FrameWriter, output: Int32) {
    self.writer = writer
    self.output = output
  }

  /// Forgets the frame on screen, so the next one clears the screen and is written whole.
  func forget() {
    writer.forget()
  }

  /// Writes what changed between the last frame and `frame`.
  func draw(_ frame: ScreenBuffer) {
    if !send(writer.write(frame)) {
      // Part of the frame may be missing: write the next one whole.
      writer.forget()
    }
  }

  /// Turns the attributes off and shows the cursor, before the terminal is handed back.
  func leave() {
    _ = send(writer.leave())
  }

  /// Writes all of `bytes`; false when the terminal fails.
  private func send(_ bytes: [UInt8]) -> Bool {
    TerminalCapability.write(bytes, to: output)
  }
}
