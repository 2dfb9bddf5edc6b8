import Testing

/// On a terminal (tmux), `auto` colours the subcommands' text; `never`, `--no-color` and the
/// `NO_COLOR` variable turn it off. A file never gets colour in auto (`ColorOptionTests`).
@Suite struct ColorOnATerminalTests {
  /// Whether `show season-2` with `options` draws any styled cell, run with `NO_COLOR` set to
  /// `noColor` or removed from the environment.
  static func styled(_ options: [String], noColor: String? = nil) throws -> Bool {
    let tmux = try Tmux.browser(
      ["show", "season-2"] + options, width: 100, height: 60,
      environment: noColor.map { ["NO_COLOR": $0] } ?? [:],
      prefix: noColor == nil ? "env -u NO_COLOR " : "")
    #expect(try tmux.waitForExit() == 0)
    return try tmux.captureStyled().contains("\u{1B}[")
  }

  @Test(arguments: [[], ["--color", "auto"], ["--color", "always"]])
  func autoAndAlwaysColourATerminal(_ options: [String]) throws {
    #expect(try Self.styled(options))
  }

  @Test(arguments: [["--color", "never"], ["--no-color"]])
  func neverAndNoColorDoNot(_ options: [String]) throws {
    #expect(try !Self.styled(options))
  }

  @Test func theNoColorVariableTurnsAutoOffButNotAlways() throws {
    #expect(try !Self.styled([], noColor: "1"))
    #expect(try Self.styled(["--color", "always"], noColor: "1"))
  }
}
