import Foundation
import Testing

@testable import ShowLibrary

/// Times of marks are read in any offset and written in UTC to the second.
struct MarkTimeTests {
  @Test func offsetsAndFractionsBecomeUTCToTheSecond() {
    #expect(MarkTime.utc("2026-11-28T07:30:00Z") == "2026-11-28T07:30:00Z")
    #expect(MarkTime.utc("2026-11-28T08:30:00.999+01:00") == "2026-11-28T07:30:00Z")
    #expect(MarkTime.utc("2026-12-31T23:30:00-01:00") == "2027-01-01T00:30:00Z")
    #expect(MarkTime.utc("2024-03-01T00:10:00+00:30") == "2024-02-29T23:40:00Z")
    #expect(MarkTime.utc("1969-12-31T23:59:59Z") == "1969-12-31T23:59:59Z")
    #expect(MarkTime.utc("0001-01-01T00:00:00Z") == "0001-01-01T00:00:00Z")
    #expect(MarkTime.utc("9999-12-31T23:59:59Z") == "9999-12-31T23:59:59Z")
  }

  @Test func whatIsNotATimeIsRefused() {
    for text in [
      "", "yesterday", "2026-11-28", "2026-11-28T07:30:00", "2026-13-01T00:00:00Z",
      "2026-02-29T00:00:00Z", "2026-11-28T24:00:00Z", "2026-11-28T07:30:00.Z",
      "2026-11-28T07:30:00+0100", "2026-11-28T07:30:00Zjunk", "２０２６-11-28T07:30:00Z",
      // Out of four-digit years once in UTC: they would not compare as text.
      "0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00",
    ] {
      #expect(MarkTime.utc(text) == nil, "\(text)")
    }
  }

  @Test func theLibrarysTimesAgreeWithFoundations() {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      // From 1583: before, Foundation counts days in the Julian calendar, ISO 8601 in the
      // Gregorian one.
      let seconds = Int.random(in: -12_212_553_600...253_402_300_799, using: &random)
      let written = MarkTime.format(seconds)
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      #expect(written == ISO8601DateFormatter().string(from: date))
      #expect(MarkTime.utc(written) == written)
    }
  }
}
