import Foundation
import Testing

@testable import ImdbImport

@Suite struct CharacterListTests {
  @Test func namesAreReadWithTheirEscapes() {
    #expect(CharacterList.parse(#"["Clay Jensen","Narrator"]"#) == ["Clay Jensen", "Narrator"])
    #expect(CharacterList.parse(#"["Dr. \"Doc\" Brown"]"#) == [#"Dr. "Doc" Brown"#])
    #expect(CharacterList.parse(#"["Zo\u00eb", "\ud83d\ude00"]"#) == ["Zoë", "😀"])
    #expect(CharacterList.parse("[]") == [])
  }

  @Test func anythingButAListOfStringsIsRefused() {
    for text in [
      #"Clay"#, #"["Clay""#, #"["Clay",]"#, #"[1]"#, #"["a"] x"#, #"["\x"]"#, #"["\ud83d"]"#,
    ] {
      #expect(CharacterList.parse(text) == nil, "\(text)")
    }
  }
}

@Suite struct CharacterListReadingTests {
  /// Lists with and without escapes read the same as the JSON parser of the tests reads
  /// them, whichever of the two readers takes them.
  @Test func bothReadersAgreeWithJSON() throws {
    let lists = [
      #"["Clay Jensen","Narrator"]"#, #" [ "Zoë" , "東京" ] "#, #"["a\"b", "plain"]"#,
      #"["tab\there"]"#, #"["x"]"#, #"[ ]"#, #"["",""]"#,
    ]
    for list in lists {
      let expected = try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [String]
      #expect(CharacterList.parse(list) == expected, "\(list)")
    }
    #expect(CharacterList.parse("[\"raw\ttab\"]") == nil)
    #expect(CharacterList.parse(#"["a"]]"#) == nil)
    #expect(CharacterList.parse(#"["a""#) == nil)
  }
}
