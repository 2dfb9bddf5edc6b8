import Testing

@testable import ShowModel

/// The pack reader takes a pack from the parser part by part: each list item by item, never
/// the whole tree, and still gives entities and problems in the format's order.
@Suite struct StreamedPackReadingTests {
  @Test func parserHandsOverTheListsItemByItem() throws {
    let text = #"{"a": [1, [2], {"b": 3}], "c": [4], "d": {"e": [5]}, "f": []}"#
    var parts: [String] = []
    let document = try JSONParser.parse(Array(text.utf8), itemsOf: ["a", "f"]) { part in
      switch part {
      case .member(let key, let value): parts.append("\(key)=\(value.typeName)")
      case .arrayStart(let key): parts.append("\(key)[")
      case .item(let key, let index, let value): parts.append("\(key)[\(index)]=\(value.typeName)")
      }
    }
    #expect(document == nil)
    #expect(
      parts == [
        "a[", "a[0]=a number", "a[1]=an array", "a[2]=an object", "c=an array", "d=an object",
        "f[",
      ])
  }

  @Test func parserReportsTheSameSyntaxErrorsStreaming() {
    let texts = [
      #"{"sources": [1, 2,]}"#, #"{"sources": [1 2]}"#, #"{"a": 1, "a": 2}"#, #"{"sources": [}"#,
      #"{"sources": []} x"#, #"{"sources": [{"id": "a\u"}]}"#, #"{"a" 1}"#, #"{"#, "[1,]",
    ]
    for text in texts {
      let bytes = Array(text.utf8)
      var whole: JSONSyntaxError?
      do { _ = try JSONParser.parse(bytes) } catch { whole = error }
      var streamed: JSONSyntaxError?
      do { _ = try JSONParser.parse(bytes, itemsOf: ["sources"]) { _ in } } catch {
        streamed = error
      }
      #expect(whole != nil, "\(text)")
      #expect(streamed == whole, "\(text)")
    }
  }

  @Test func listsInAnyOrderGiveEntitiesAndProblemsInTheFormatsOrder() {
    let text = """
      {"characters": [{"id": "hannah", "name": "Hannah", "extra": 1}],
       "format": "tvbrowse-pack", "version": 1, "oops": 2,
       "sources": [{"id": "article", "kind": "article", "name": "A", "text": "T", "more": 1}],
       "show": {"id": "show", "name": "Show"}}
      """
    let read = try? PackReader.read(bytes: Array(text.utf8))
    #expect(read?.pack?.entities.map(\.id) == ["show", "article", "hannah"])
    #expect(read?.pack?.paths == ["show", "sources[0]", "characters[0]"])
    #expect(
      read?.problems.map(\.path) == ["oops", "sources[0].more", "characters[0].extra"])
    let inOrder = """
      {"format": "tvbrowse-pack", "version": 1, "show": {"id": "show", "name": "Show"},
       "sources": [{"id": "article", "kind": "article", "name": "A", "text": "T"}],
       "characters": [{"id": "hannah", "name": "Hannah"}]}
      """
    #expect(
      (try? PackReader.read(bytes: Array(inOrder.utf8)))?.pack?.entities.map(\.id) == [
        "show", "article", "hannah",
      ])
  }
}

/// The count that sizes the reader's entity list up front.
@Suite struct TopLevelItemCountTests {
  @Test func countsTheObjectsInTheTopLevelsArraysOnly() {
    let text = #"""
      {"show": {"id": "s", "facts": [{"a": 1}]}, "sources": [{"t": "{[\"{"}, {}],
       "people": [{"x": [{}]}, 3, [{}]], "format": "{"}
      """#
    #expect(TopLevelItemCount.objects(in: Array(text.utf8)) == 3)
  }

  @Test func readerSizesItsEntityListOnce() throws {
    // Growing by doubling ends with up to twice the room needed, and at each step the old
    // and the new list are alive together.
    let characters = (0..<1100).map { #"{"id": "c-\#($0)", "name": "C \#($0)"}"# }
    let text = """
      {"format": "tvbrowse-pack", "version": 1, "show": {"id": "show", "name": "Show"},
       "characters": [\(characters.joined(separator: ","))]}
      """
    let pack = try #require(try PackReader.read(bytes: Array(text.utf8)).pack)
    #expect(pack.entities.count == 1101)
    #expect(pack.entities.capacity < 1101 + 1101 / 8)
  }
}
