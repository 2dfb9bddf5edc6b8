/// The times of marks: ISO-8601 read in any offset and written in UTC to the second
/// (`2026-11-28T07:30:00Z`), so that two times compare as text. Read by hand: a
/// Foundation date formatter costs more to make than a file of thousands of marks takes
/// to read.
enum MarkTime {
  /// `text` in UTC to the second, or nil when it is not an ISO-8601 date and time:
  /// `YYYY-MM-DDTHH:MM:SS`, an optional fraction, then `Z` or an offset `±HH:MM`.
  static func utc(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
      bytes[13] == 0x3A, bytes[16] == 0x3A,
      let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2),
      let day = digits(bytes, 8, 2), let hour = digits(bytes, 11, 2),
      let minute = digits(bytes, 14, 2), let second = digits(bytes, 17, 2),
      (1...12).contains(month), (1...daysIn(month, of: year)).contains(day), hour < 24,
      minute < 60, second < 60
    else { return nil }
    var index = 19
    if bytes[index] == 0x2E {
      index += 1
      let start = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      guard index > start else { return nil }
    }
    var offset = 0
    switch bytes.count - index {
    case 1 where bytes[index] == 0x5A:
      offset = 0
    case 6 where bytes[index] == 0x2B || bytes[index] == 0x2D:
      guard bytes[index + 3] == 0x3A, let hours = digits(bytes, index + 1, 2),
        let minutes = digits(bytes, index + 4, 2), hours < 24, minutes < 60
      else { return nil }
      offset = (hours * 60 + minutes) * 60 * (bytes[index] == 0x2B ? 1 : -1)
    default:
      return nil
    }
    let seconds =
      days(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
      - offset
    // In UTC the year must still have four digits, or the times would not compare as text.
    guard (Self.earliest...Self.latest).contains(seconds) else { return nil }
    return format(seconds)
  }

  /// The first and last second of the years 0001 to 9999, the times written with four
  /// digits of year.
  static let earliest = days(year: 1, month: 1, day: 1) * 86_400
  static let latest = days(year: 10_000, month: 1, day: 1) * 86_400 - 1

  /// Seconds since 1970 in UTC, written as the library writes times.
  static func format(_ seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = seconds - days * 86_400
    let (year, month, day) = civil(days)
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3_600, 2)):"
      + "\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2))Z"
  }

  /// The number of `count` ASCII digits at `start`.
  private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for byte in bytes[start..<start + count] {
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  private static func daysIn(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (the civil
  /// calendar algorithm of Howard Hinnant's "chrono-compatible low-level date algorithms").
  private static func days(year: Int, month: Int, day: Int) -> Int {
    let year = month <= 2 ? year - 1 : year
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` after 1970-01-01: the inverse of `days(year:month:day:)`.
  private static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
