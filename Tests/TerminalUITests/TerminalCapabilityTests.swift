import Testing

@testable import TerminalUI

extension CursesScreenTests {
  /// The capabilities the terminal layer writes itself, outside a frame.
  @Suite("Terminal capabilities")
  struct TerminalCapabilityTests {
    @Test func paddingNeverReachesTheTerminal() throws {
      // vt100's clear and sgr0 carry delays ("$<50>", "$<2>"), which printed as text when
      // the screen was cleared at exit and in the bytes that repair a crashed terminal.
      let fixture = CursesFixture(width: 80, height: 24, type: "vt100")
      let clear = try #require(TerminalCapability.string("clear"))
      #expect(clear == Array("\u{1B}[H\u{1B}[J".utf8))
      let repair = String(decoding: TerminalCapability.repairBytes(mouse: false), as: UTF8.self)
      #expect(!repair.contains("$<"))
      #expect(repair.contains("\u{1B}[m"))
      withExtendedLifetime(fixture) {}
    }
  }
}
