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
