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

/// `--color auto|always|never` and `--no-color`, shared by the root command and every
/// subcommand like `--pack`, so they are honoured wherever they stand on the command line.
struct ColorOption: ParsableArguments {
  @Option(
    name: .customLong("color"),
    help: ArgumentHelp(
      "When to colour: auto (on a terminal, unless the NO_COLOR environment variable is set), always or never.",
      valueName: "when"))
  var choice: ColorChoice = .auto

  @Flag(name: .long, help: "Draw without colour: the same as --color never.")
  var noColor = false

  func validate() throws {
    if noColor && choice == .always {
      throw ValidationError("--no-color and --color always contradict each other; give one")
    }
  }

  /// The choice that holds: never with `--no-color`, or in auto when `NO_COLOR` is set to
  /// anything but empty; an explicit `--color always` wins over `NO_COLOR`.
  var resolved: ColorChoice {
    if noColor { return .never }
    guard choice == .auto else { return choice }
    let variable = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    return variable ? .never : .auto
  }

  /// False when colour is off: `--color never`, `--no-color`, or `NO_COLOR` in auto.
  var wantsColor: Bool { resolved != .never }
}

/// When output is coloured.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  /// Colour on a terminal that takes it.
  case auto
  /// Colour wherever the output goes (a pager that reads ANSI codes, a file).
  case always
  /// Never colour.
  case never
}
