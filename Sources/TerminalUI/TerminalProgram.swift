import TerminalCells

/// What `TerminalSession` runs: a program that takes events and hands out frames. The
/// terminal layer knows nothing else of it.
public protocol TerminalProgram {
  /// Applies one event (a key, a click, a resize, an interrupt) and says what to do next.
  mutating func receive(_ event: InputEvent) -> Outcome

  /// Readies the next frame, starting or collecting work done on other threads. Returns
  /// true while such work is still running, so the loop asks again soon instead of
  /// waiting for a key.
  mutating func prepareFrame() -> Bool

  /// The frame to show.
  func render() -> ScreenBuffer

  /// Stops any work still running on other threads; called once, when the session ends.
  mutating func finish()

  /// An event the program held back (while it could not act on it yet) and now wants
  /// applied, as if it came from the terminal now; nil when none waits.
  mutating func takeHeldEvent() -> InputEvent?
}

extension TerminalProgram {
  /// A program that holds nothing back.
  public mutating func takeHeldEvent() -> InputEvent? { nil }
}
