import ArgumentParser
import BrowserCore
import Glibc

/// The options of the full-screen browser (`tvbrowse` without a subcommand).
struct BrowseOptions: ParsableArguments {
  @Flag(name: .long, help: "Ignore the mouse, leaving clicks to the terminal (to select text).")
  var noMouse = false

  /// The browser's options from the flags and the environment.
  func browserOptions(color: ColorOption) -> BrowserOptions {
    let keys = KeysConfig.load()
    return BrowserOptions(
      monochrome: !color.wantsColor, mouse: !noMouse, keymap: keys.keymap, notice: keys.notice)
  }
}

/// `--no-color`, shared by the root command and every subcommand like `--pack`, so it is
/// honoured wherever it stands on the command line.
struct ColorOption: ParsableArguments {
  @Flag(
    name: .long, help: "Draw without colour; also when the NO_COLOR environment variable is set.")
  var noColor = false

  /// False when `--no-color` is given or `NO_COLOR` is set to anything but empty.
  var wantsColor: Bool {
    let variable = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    return !noColor && !variable
  }
}
