import ShowModel

/// Options the user sets on the command line that change how the browser looks or reads
/// input.
public struct BrowserOptions: Sendable, Equatable {
  /// Draw without colour: selection and focus by reverse video and bold only.
  public var monochrome: Bool
  /// React to mouse clicks and the wheel.
  public var mouse: Bool

  /// Creates options.
  public init(monochrome: Bool = false, mouse: Bool = true) {
    self.monochrome = monochrome
    self.mouse = mouse
  }
}

/// What the terminal layer should do after an event.
public enum Outcome: Sendable, Equatable {
  /// Draw the new frame.
  case redraw
  /// Nothing changed.
  case ignored
  /// Leave the browser.
  case quit
}

/// The browser as a value: feed it events, ask it for frames. It never touches a terminal.
public struct Browser: Sendable {
  /// The whole state of the browser.
  public private(set) var state: BrowserState
  /// The options it was started with.
  public let options: BrowserOptions

  /// A browser on `catalog`, at the start screen, for a terminal of the given size.
  public init(catalog: Catalog, width: Int, height: Int, options: BrowserOptions = BrowserOptions())
  {
    state = BrowserState(catalog: catalog, width: width, height: height)
    self.options = options
  }

  /// Applies one event.
  public mutating func handle(_ event: InputEvent) -> Outcome {
    BrowserUpdate.apply(event, to: &state)
  }

  /// Renders the current state into a frame.
  public func render() -> ScreenBuffer {
    BrowserRenderer(state: state, options: options).render()
  }
}
