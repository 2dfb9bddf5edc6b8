import BrowserCore
import CNcursesw
import Testing

@testable import TerminalUI

@Suite("Key decoding")
struct KeyDecoderTests {
  private func function(_ code: Int32) -> KeyDecoder.Decoded {
    KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(code))
  }

  private func character(_ code: UInt32) -> KeyDecoder.Decoded {
    KeyDecoder.decode(status: OK, code: code)
  }

  @Test func functionKeysBecomeNamedKeys() {
    #expect(function(KEY_UP) == .key(.up))
    #expect(function(KEY_DOWN) == .key(.down))
    #expect(function(KEY_LEFT) == .key(.left))
    #expect(function(KEY_RIGHT) == .key(.right))
    #expect(function(KEY_PPAGE) == .key(.pageUp))
    #expect(function(KEY_NPAGE) == .key(.pageDown))
    #expect(function(KEY_HOME) == .key(.home))
    #expect(function(KEY_END) == .key(.end))
    #expect(function(KEY_FIND) == .key(.home))
    #expect(function(KEY_SELECT) == .key(.end))
    #expect(function(KEY_BTAB) == .key(.backTab))
    #expect(function(KEY_BACKSPACE) == .key(.backspace))
    #expect(function(KEY_ENTER) == .key(.enter))
    #expect(function(KEY_DC) == .key(.delete))
    #expect(function(shim_KEY_F(1)) == .key(.function(1)))
    #expect(function(shim_KEY_F(12)) == .key(.function(12)))
    #expect(function(shim_KEY_F(13)) == .none)
    #expect(function(KEY_IC) == .none)
  }

  @Test func resizeAndMouseAreReportedSeparately() {
    #expect(function(KEY_RESIZE) == .resize)
    #expect(function(KEY_MOUSE) == .mouse)
  }

  @Test func controlCharactersWithTheirOwnKeys() {
    #expect(character(9) == .key(.tab))
    #expect(character(10) == .key(.enter))
    #expect(character(13) == .key(.enter))
    #expect(character(8) == .key(.backspace))
    #expect(character(127) == .key(.backspace))
    #expect(character(27) == .key(.escape))
  }

  @Test func otherControlCharactersAreChords() {
    #expect(character(1) == .key(.control("a")))
    #expect(character(21) == .key(.control("u")))
    #expect(character(4) == .key(.control("d")))
    #expect(character(26) == .key(.control("z")))
    #expect(character(0) == .none)
    #expect(character(28) == .none)
    #expect(character(31) == .none)
  }

  @Test func printableCharactersOfAnyScript() {
    #expect(character(0x20) == .key(.character(" ")))
    #expect(character(0x71) == .key(.character("q")))
    #expect(character(0x2F) == .key(.character("/")))
    #expect(character(0xE9) == .key(.character("é")))
    #expect(character(0x4E2D) == .key(.character("中")))
    #expect(character(0x1F600) == .key(.character("😀")))
  }

  @Test func nonCharactersAreIgnored() {
    #expect(character(0x85) == .none)
    #expect(character(0x9B) == .none)
    #expect(character(0xD800) == .none)
    #expect(KeyDecoder.decode(status: ERR, code: 0x71) == .none)
  }

  @Test func mouseButtonsBecomeEvents() {
    #expect(
      KeyDecoder.mouse(buttons: shim_BUTTON1_PRESSED(), row: 3, column: 7)
        == .click(row: 3, column: 7))
    #expect(
      KeyDecoder.mouse(buttons: shim_BUTTON1_CLICKED(), row: 0, column: 0)
        == .click(row: 0, column: 0))
    #expect(
      KeyDecoder.mouse(buttons: shim_BUTTON4_PRESSED(), row: 5, column: 1)
        == .wheelUp(row: 5, column: 1))
    #expect(
      KeyDecoder.mouse(buttons: shim_BUTTON5_PRESSED(), row: 2, column: 9)
        == .wheelDown(row: 2, column: 9))
    #expect(KeyDecoder.mouse(buttons: shim_REPORT_MOUSE_POSITION(), row: 2, column: 9) == nil)
    #expect(KeyDecoder.mouse(buttons: 0, row: 2, column: 9) == nil)
  }
}
