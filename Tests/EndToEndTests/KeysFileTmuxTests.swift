import Foundation
import Testing

/// The keys file in a real terminal: `$XDG_CONFIG_HOME/tvbrowse/keys.toml` remaps keys, and a
/// bad file is reported line by line before the browser starts with the default keys.
@Suite("Keys file in a terminal")
struct KeysFileTmuxTests {
  /// A configuration folder of its own holding `keys.toml` with `text`.
  static func configFolder(keys text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tvbrowse-keys-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: folder + "/tvbrowse", withIntermediateDirectories: true)
    try text.write(toFile: folder + "/tvbrowse/keys.toml", atomically: true, encoding: .utf8)
    return folder
  }

  @Test func aRemappedQuitQuits() throws {
    let folder = try Self.configFolder(keys: "[keys]\nquit = \"x\"\nsearch = [\"/\", \"F2\"]\n")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let tmux = try Tmux.browser(width: 200, environment: ["XDG_CONFIG_HOME": folder])
    try tmux.wait(forText: "x quit")
    try tmux.send("q")
    try tmux.send("x")
    try tmux.wait(forText: Tmux.exitLinePrefix + "0")
  }

  @Test func aBadFileIsReportedAndTheDefaultsServe() throws {
    let folder = try Self.configFolder(
      keys: "[keys]\nhelp = \"?\"\nquit = \"Ctrl-ß\"\nfly = \"f\"\n")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let tmux = try Tmux.browser(width: 200, environment: ["XDG_CONFIG_HOME": folder])
    try tmux.wait(forText: "default keys")
    try tmux.send("j")
    try tmux.wait(forText: "q quit")
    try tmux.send("q")
    let screen = try tmux.wait(forText: Tmux.exitLinePrefix + "0")
    #expect(
      screen.contains(
        "tvbrowse: \(folder)/tvbrowse/keys.toml:3: \"quit\": unknown key \"Ctrl-ß\""))
    #expect(screen.contains("keys.toml:4: \"fly\": unknown action"))
  }
}
