/// What the terminal layer should do after an event.
public enum Outcome: Sendable, Equatable {
  /// Draw the new frame.
  case redraw
  /// Draw the whole frame again on a blank screen, whatever the terminal shows now
  /// (Ctrl-L, after another program wrote over the screen).
  case repaint
  /// Nothing changed.
  case ignored
  /// Leave the program.
  case quit
}
