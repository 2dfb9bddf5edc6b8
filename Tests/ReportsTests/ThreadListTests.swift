import Reports
import ShowModel
import Testing

/// `list threads` in text names every character of every thread, within 80 columns.
@Suite struct ThreadListTests {
  let catalog = try! PackLoader.catalog(path: nil)

  @Test func everyCharacterOfEveryThreadIsNamedWithinTheWidth() throws {
    let threads = catalog.entities(of: .thread)
    let text = TextReport(width: 80).list(threads.map(catalog.listRow))
    let lines = text.split(separator: "\n").map(String.init)
    for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    for thread in threads {
      guard case .thread(let characters, _, let cliffhanger) = thread.payload else { continue }
      let row = try #require(lines.firstIndex { $0.hasPrefix(thread.id + " ") })
      let following = lines[(row + 1)...].prefix { $0.hasPrefix("    ") }.map {
        $0.dropFirst(4)
      }.joined(separator: " ")
      let names = characters.map { catalog.name(of: $0) }.joined(separator: ", ")
      let expected = [
        cliffhanger ? "cliffhanger" : nil, names.isEmpty ? nil : "characters: " + names,
      ]
      #expect(following == expected.compactMap { $0 }.joined(separator: "; "), "\(thread.id)")
    }
  }

  @Test func aLongCastWrapsUnderTheRowInsteadOfBeingCut() {
    let names = (1...12).map { "Character Number \($0)" }
    let characters = names.enumerated().map { index, name in
      Entity(id: "c\(index)", kind: .character, name: name, payload: .character)
    }
    let thread = Entity(
      id: "t", kind: .thread, name: "Everyone",
      payload: .thread(characters: characters.map(\.id), seasons: [], cliffhanger: true))
    let show = Entity(id: "show", kind: .show, name: "Show", payload: .show)
    let entities = [show, thread] + characters
    let catalog = Catalog(pack: Pack(entities: entities, paths: entities.map(\.id)))
    let text = TextReport(width: 80).list([catalog.listRow(for: thread)])
    let lines = text.split(separator: "\n")
    #expect(lines.count > 2)
    #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    #expect(text.contains("Character Number 12"))
  }
}
