/// What the terminal layer should do after an event.
public enum Outcome: Sendable, Equatable {
  /// Draw the new frame.
  case redraw
  /// Nothing changed.
  case ignored
  /// Leave the program.
  case quit
}
