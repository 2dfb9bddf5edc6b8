import KeysFile
import Testing

/// The keys file's shape: bindings under [keys], each a string or a list of strings, every
/// problem with its line.
@Suite("Keys file")
struct KeysFileTests {
  private func entries(_ text: String) -> [KeysFileEntry]? {
    guard case .entries(let entries) = KeysFile.parse(text) else { return nil }
    return entries
  }

  private func problems(_ text: String) -> [KeysFileProblem] {
    guard case .problems(let problems) = KeysFile.parse(text) else { return [] }
    return problems
  }

  @Test func readsStringsAndListsWithTheirLines() {
    let text = """
      # my keys
      [keys]
      quit = "x"

      'move-down' = ["j", "Ctrl-N"]
      "search" = "s" # a comment
      """
    #expect(
      entries(text) == [
        KeysFileEntry(action: "quit", keys: ["x"], line: 3),
        KeysFileEntry(action: "move-down", keys: ["j", "Ctrl-N"], line: 5),
        KeysFileEntry(action: "search", keys: ["s"], line: 6),
      ])
  }

  @Test func anEmptyFileBindsNothing() {
    #expect(entries("") == [])
    #expect(entries("# nothing yet\n") == [])
    #expect(entries("[keys]\n") == [])
  }

  @Test func aSyntaxErrorNamesItsLineAndColumn() {
    let found = problems("[keys]\nquit = \"x\"\nhelp = \n")
    #expect(found.count == 1)
    #expect(found.first?.line == 3)
    #expect(found.first?.column == 8)
    #expect(found.first?.describe(file: "keys.toml").hasPrefix("keys.toml:3:8: ") == true)
  }

  @Test func aValueThatIsNotAKeyNamesTheLineAndTheAction() {
    let found = problems("[keys]\nquit = \"x\"\nhelp = 3\nback = []\nnext = [\"n\", 2]\n")
    #expect(found.map(\.line) == [3, 4, 5])
    #expect(found.first?.message.hasPrefix("\"help\": give a key as a string") == true)
    #expect(
      found.first?.describe(file: "keys.toml")
        == "keys.toml:3: \"help\": give a key as a string (\"j\") or a list of strings ([\"j\", \"Down\"])"
    )
  }

  @Test func bindingsOutsideTheKeysTableAreProblems() {
    let found = problems("quit = \"x\"\n[keys]\nhelp = \"?\"\n[colors]\nred = 1\n")
    #expect(found.map(\.line) == [1, 4])
    #expect(
      found.first?.message == "\"quit\" is not a table of this file; bindings go under [keys]")
  }

  @Test func keysThatIsNotATableIsAProblem() {
    let found = problems("keys = \"x\"\n")
    #expect(found.map(\.line) == [1])
    #expect(found.first?.message == "\"keys\" must be a table: [keys]")
  }

  @Test func anOversizedFileIsRefusedUnread() {
    let text = "[keys]\n" + String(repeating: "# padding\n", count: KeysFile.largestFile / 10 + 1)
    let found = problems(text)
    #expect(found.count == 1)
    #expect(found.first?.line == nil)
    #expect(found.first?.describe(file: "k.toml").hasPrefix("k.toml: the file is larger") == true)
  }
}
