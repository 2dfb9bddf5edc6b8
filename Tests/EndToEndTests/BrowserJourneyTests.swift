import Foundation
import Testing

/// A person's first minutes with the browser, typed into a real terminal: search, follow a
/// link and a citation into the article, come back, resize, suspend, quit.
@Suite("A journey through the browser")
struct BrowserJourneyTests {
  @Test(arguments: [(100, 30), (80, 24)])
  func searchFollowReadComeBackResizeSuspendQuit(width: Int, height: Int) throws {
    let binary = try TVBrowseBinary.path()
    let tmux = try Tmux.shell(width: width, height: height)
    try tmux.wait(for: "the prompt", until: tmux.showsPrompt)
    try tmux.type(TVBrowseBinary.shellQuoted(binary))
    try tmux.send("Enter")
    try tmux.waitForSteadyScreen(containing: "13 Reasons Why")

    // Search as you type; Enter keeps the results, focused; the details show whom she plays.
    try tmux.send("/")
    try tmux.type("langford")
    try tmux.wait(forText: "/langford")
    try tmux.send("Enter")
    let results = try tmux.waitForSteadyScreen(containing: "Results for “langford”")
    #expect(results.contains("Katherine Langford · Person"))
    #expect(results.contains("→ Hannah Baker"))

    // Open her page, go to its last citation, and follow it into the article.
    try tmux.send("Enter")
    try tmux.wait(forText: "› Cast & crew › Katherine Langford")
    try tmux.send("G")
    try tmux.send("Enter")
    let reader = try tmux.waitForSteadyScreen(containing: "lines ")
    #expect(reader.contains("Langford"))
    // The quote stands out: a yellow background, or reverse video where colour is off.
    let styled = try tmux.captureStyled().split(separator: "\n").dropFirst().dropLast()
    let marked = styled.contains { $0.contains("43m") || $0.contains(";7m") || $0.contains("[7m") }
    #expect(marked, "the quote is highlighted:\n\(styled.joined(separator: "\n"))")

    // Back twice: to her page, then to the results.
    try tmux.send("BSpace")
    try tmux.wait(for: "her page again") {
      !$0.contains("lines ") && $0.contains("Katherine Langford")
    }
    try tmux.send("BSpace")
    try tmux.waitForSteadyScreen(containing: "Results for “langford”")

    // Resize to 40x12 and back.
    try tmux.resize(width: 40, height: 12)
    try tmux.wait(for: "the 40x12 screen") { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return lines.count >= 12 && lines.allSatisfy { $0.count <= 40 }
        && lines[0].contains("tvbrowse") && lines[2].contains("Results for")
    }
    try tmux.resize(width: width, height: height)
    try tmux.wait(forText: "→ Hannah Baker")
    let again = try tmux.waitForSteadyScreen(containing: "→ Hannah Baker")

    // Ctrl-Z to the shell, fg back to the same screen.
    try tmux.send("C-z")
    try tmux.wait(for: "the shell after Ctrl-Z") { $0.contains("Stopped") && tmux.showsPrompt($0) }
    #expect(try tmux.alternateOn == false)
    try tmux.type("fg")
    try tmux.send("Enter")
    try tmux.wait(for: "the browser after fg") { $0 == again }

    // q closes the results, back to the main view, where q quits.
    try tmux.send("q")
    try tmux.wait(for: "the main view after closing the results") { screen in
      !screen.contains("Results for") && screen.contains("j/k section")
    }
    try tmux.send("q")
    try tmux.wait(for: "the prompt after quitting", until: tmux.showsPrompt)
    #expect(try tmux.alternateOn == false)
    #expect(try tmux.cursorVisible)
  }
}

/// Ctrl-C in the search line cancels the search, as the keymap says; elsewhere it quits.
@Suite struct CtrlCTests {
  @Test func ctrlCInTheSearchLineCancelsThenQuits() throws {
    let tmux = try Tmux.browser()
    try tmux.waitForSteadyScreen(containing: "13 Reasons Why")
    try tmux.send("/")
    try tmux.type("han")
    try tmux.wait(forText: "/han")
    try tmux.send("C-c")
    try tmux.wait(for: "the search line to close") { screen in
      !screen.contains("/han") && screen.contains("j/k section")
    }
    try tmux.send("C-c")
    #expect(try tmux.waitForExit() == 130)
    #expect(try tmux.alternateOn == false)
  }
}
