import Foundation
import Glibc
import TestSupport
import Testing

/// The browser answers quit keys and signals within seconds while it works on ten million
/// characters: a name in the panes, an article being laid out for the reader.
@Suite("Browser answers during long work")
struct AlwaysAnswersTmuxTests {
  /// How a test stops the program: a key sent through the terminal, or a signal.
  enum Stop: Sendable, CustomStringConvertible {
    case key(String)
    case signal(Int32)

    var description: String {
      switch self {
      case .key(let key): return "key \(key)"
      case .signal(let signal): return "signal \(signal)"
      }
    }

    func send(to tmux: Tmux) throws {
      switch self {
      case .key(let key): try tmux.send(key)
      case .signal(let signal): try tmux.signalProgram(signal)
      }
    }

    /// The exit status it leaves: 0 for a quit key, 128 + the signal otherwise.
    var status: Int {
      switch self {
      case .key("C-c"): return 128 + Int(SIGINT)
      case .key: return 0
      case .signal(let signal): return 128 + Int(signal)
      }
    }
  }

  static let stops: [Stop] = [
    .key("Q"), .key("q"), .key("C-c"), .signal(SIGTERM), .signal(SIGHUP),
  ]

  /// The browser on the long pack, its first frame drawn (loading takes a while in a debug
  /// build, so that wait is generous; the deadlines under test are not).
  private func startedBrowser() throws -> Tmux {
    let tmux = try Tmux.browser(["--pack", LongTextPack.path])
    try tmux.wait(forText: "Long texts", timeout: .seconds(120 * Sanitizers.slowdown))
    return tmux
  }

  @Test(arguments: stops)
  func endsWithinFiveSecondsWhileShowingATenMillionCharacterName(stop: Stop) throws {
    let tmux = try startedBrowser()
    // The characters list, whose only name is ten million characters long, and its page.
    try tmux.send("3")
    try stop.send(to: tmux)
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == stop.status)
    #expect(try tmux.alternateOn == false)
  }

  /// Opens the reader on the long article's last sentence, and at once sends `next`.
  private func openTheLongArticle(_ tmux: Tmux) throws {
    try tmux.send("3")
    try tmux.send("Enter")
    try tmux.send("G")
    try tmux.wait(forText: "“The end.” — Article", timeout: .seconds(20))
    try tmux.send("Enter")
    // The reader is open (its title shows) before any key under test is sent, so that a
    // check for the page it returns to cannot pass on the page before it opened.
    try tmux.wait(forText: "› Article", timeout: .seconds(20))
  }

  @Test(arguments: [Stop.key("Q"), .key("C-c"), .signal(SIGTERM), .signal(SIGHUP)])
  func endsWithinFiveSecondsWhileLayingOutATenMillionCharacterArticle(stop: Stop) throws {
    let tmux = try startedBrowser()
    try openTheLongArticle(tmux)
    try stop.send(to: tmux)
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == stop.status)
    #expect(try tmux.alternateOn == false)
  }

  @Test(arguments: ["q", "Escape"])
  func closesTheReaderWithinFiveSecondsWhileLayingOutTheArticle(key: String) throws {
    let tmux = try startedBrowser()
    try openTheLongArticle(tmux)
    try tmux.send(key)
    // Back on the character's page, the citation selected, and still running.
    let screen = try tmux.wait(for: "the character's page again", timeout: .seconds(5)) {
      $0.contains("“The end.” — Article") && !$0.contains("Laying out")
    }
    #expect(!screen.contains("lines "))
    #expect(!screen.contains(Tmux.exitLinePrefix))
    try tmux.send("Q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }

  /// Opens the search line and types a letter of the long name: a search through ten million
  /// characters, seconds long in a debug build.
  private func searchTheLongName(_ tmux: Tmux) throws {
    try tmux.send("/")
    try tmux.wait(forText: "Type to search")
    try tmux.type("n")
    try tmux.wait(forText: "Search “n”")
  }

  @Test(arguments: [Stop.signal(SIGTERM), .signal(SIGHUP)])
  func endsWithinFiveSecondsWhileSearchingATenMillionCharacterName(stop: Stop) throws {
    let tmux = try startedBrowser()
    try searchTheLongName(tmux)
    try stop.send(to: tmux)
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == stop.status)
  }

  @Test(arguments: ["Escape", "C-c"])
  func cancelsTheSearchWithinFiveSecondsWhileSearching(key: String) throws {
    let tmux = try startedBrowser()
    try searchTheLongName(tmux)
    try tmux.send(key)
    try tmux.wait(for: "the search line closed", timeout: .seconds(5)) {
      !$0.contains("Search “n”") && $0.contains("Sections")
    }
    try tmux.send("Q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }
}
