import ArgumentParser
import BrowserCore
import Glibc
import Reports
import ShowLibrary
import ShowModel
import TerminalCells
import TerminalUI

/// The `tvbrowse` command: a browser for a TV show's world, and subcommands that answer
/// from the same data on stdout.
@main
struct TVBrowse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tvbrowse",
    abstract:
      "Browse a TV show's seasons, characters, cast and plot threads, with every fact traced to its source.",
    discussion: """
      Without a subcommand, opens the full-screen browser (press ? in it for every key, q to \
      leave). The built-in show is "13 Reasons Why" season 2, built from three news \
      articles; --pack PATH opens another show. The subcommands print the same data on \
      stdout, for scripts and for output that is not a terminal.
      """,
    version: "0.1.0",
    subcommands: [
      ListCommand.self, ShowCommand.self, SearchCommand.self, ValidateCommand.self,
      AddCommand.self, ShowsCommand.self, UpdateCommand.self, RemoveCommand.self,
      WatchedCommand.self, NextCommand.self, ProgressCommand.self, MarksCommand.self,
      ImportCommand.self, RatingsCommand.self,
    ]
  )

  /// Parses the command line and runs the command. Every message, the argument parser's
  /// too, is made harmless and quotes at most 80 characters of an argument; help or
  /// version text that cannot be written exits 1, as the subcommands' output does. With
  /// `--json`, a failure is one JSON document on stdout, with the same exit status.
  static func main() {
    var command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exit(reporting: error)
    }
    do {
      try command.run()
    } catch let failure as CommandFailure {
      failure.write(json: wantsJSON)
      Glibc.exit(1)
    } catch {
      exit(reporting: error, in: type(of: command))
    }
  }

  /// True when the command line asks for JSON, read from the arguments themselves so that
  /// an argument the parser rejects is answered in JSON too.
  private static var wantsJSON: Bool {
    CommandLine.arguments.dropFirst().prefix { $0 != "--" }.contains("--json")
  }

  /// Writes the message of `error` and exits with its status. A usage error that a
  /// subcommand finds while it runs is shown with that subcommand's usage, as the parser
  /// shows the ones it finds.
  private static func exit(
    reporting error: any Error, in subcommand: (any ParsableCommand.Type)? = nil
  ) -> Never {
    let code = exitCode(for: error)
    if wantsJSON && code != .success && !(error is ExitCode) {
      Output.json(JSONReport.error(message: quotedShortly(message(for: error))))
      Glibc.exit(code.rawValue)
    }
    var full = fullMessage(for: error)
    if let subcommand, subcommand != Self.self, error is ValidationError {
      let name = subcommand.configuration.commandName ?? ""
      full = """
        Error: \(message(for: error))
        Usage: \(usageString(for: subcommand))
          See 'tvbrowse \(name) --help' for more information.
        """
    }
    let message = quotedShortly(full)
    if code == .success {
      if !message.isEmpty { Output.write(message + "\n") }
    } else if !message.isEmpty {
      Output.usage(message)
    }
    Glibc.exit(code.rawValue)
  }

  /// `message` with every long argument it quotes cut to at most 80 characters and "…".
  private static func quotedShortly(_ message: String) -> String {
    var message = message
    for argument in CommandLine.arguments.dropFirst() {
      // An option written `--name=value` is quoted by its value alone.
      let value =
        argument.hasPrefix("--")
        ? argument.split(separator: "=").dropFirst().joined(separator: "=") : ""
      for quoted in [argument, value] where quoted.unicodeScalars.count > SafeText.echoLimit {
        message = message.replacing(quoted, with: SafeText.echo(quoted))
      }
    }
    return message
  }

  @OptionGroup var source: PackOption

  @OptionGroup var browse: BrowseOptions

  @OptionGroup var color: ColorOption

  func run() throws {
    let options = browse.browserOptions(color: color)
    let start = try BrowserStart(source: source)
    let libraryOption = source.library
    let status: Int32
    do {
      status = try TerminalSession.run(color: !options.monochrome, mouse: options.mouse) {
        width, height in
        BrowserProgram(
          library: start.browser(width: width, height: height, options: options),
          shelf: start.shelf, reading: start.reading,
          recordOpened: { LibraryAccess.recordOpened(id: $0, option: libraryOption) })
      }
    } catch {
      Output.error(
        "\(error); for output without a terminal use the subcommands list, show, search or validate"
      )
      throw ExitCode(1)
    }
    // The terminal is back as it was and nothing is left to do; freeing a large show's
    // catalog, entity by entity, took a fifth of a second after `q` on a pack of 200,000
    // entities. The process ends here with the catalog still held, its memory given back
    // whole.
    withExtendedLifetime(start) { Glibc.exit(status) }
  }
}
