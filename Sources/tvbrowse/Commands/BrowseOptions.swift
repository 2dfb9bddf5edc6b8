import ArgumentParser
import BrowserCore
import Glibc

/// The options of the full-screen browser (`tvbrowse` without a subcommand).
struct BrowseOptions: ParsableArguments {
  @Flag(name: .long, help: "Ignore the mouse, leaving clicks to the terminal (to select text).")
  var noMouse = false

  @Flag(
    name: .long, help: "Draw without colour; also when the NO_COLOR environment variable is set.")
  var noColor = false

  /// The browser's options from the flags and the environment.
  var browserOptions: BrowserOptions {
    let noColorVariable = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    return BrowserOptions(monochrome: noColor || noColorVariable, mouse: !noMouse)
  }
}
