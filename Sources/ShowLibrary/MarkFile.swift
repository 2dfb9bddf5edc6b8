import Foundation
import ShowModel

/// Marks as `tvbrowse marks export` writes them and `marks import` reads them: a JSON
/// array of `{show: {tvmaze: N} | {imdb: "tt…"} | {pack: ID}, episode: {season, number,
/// id}, watched, at}`. `id`, the episode's id in the show, is written always and read
/// when present; a file without it names episodes by season and number alone.
public enum MarkFile {
  /// A mark read from a file, its episode named by numbers and maybe by id.
  public struct Entry: Sendable, Equatable {
    /// The show's mark key (`LibraryShow.markKey`).
    public var show: String
    /// The episode's season number.
    public var season: Int
    /// Its number in the season; nil for a special.
    public var number: Int?
    /// Its id in the show, when the file gives it.
    public var id: String?
    /// Watched, or marked unwatched.
    public var watched: Bool
    /// When it was marked: ISO-8601 in UTC, as the library writes it.
    public var at: String
  }

  /// What is wrong with a file of marks, and where (a JSON path, or a line and column).
  public struct Problem: Error, Equatable, Sendable {
    /// Where: `[3].episode.season`, or `line 2, column 5`.
    public var place: String
    /// What is wrong, in a few words.
    public var message: String
  }

  /// The JSON of `marks`, in the library's order.
  public static func json(_ marks: [EpisodeMark]) -> JSONValue {
    .array(
      marks.map { mark in
        .object([
          ("show", showJSON(mark.show)),
          (
            "episode",
            .object([
              ("season", .number(String(mark.season))),
              ("number", mark.number.map { .number(String($0)) } ?? .null),
              ("id", .string(mark.episode)),
            ])
          ),
          ("watched", .bool(mark.watched)),
          ("at", .string(mark.at)),
        ])
      })
  }

  /// The marks in `bytes`; the first problem found, with its place, otherwise.
  public static func read(_ bytes: [UInt8]) throws(Problem) -> [Entry] {
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw Problem(place: "the file", message: "not UTF-8 text")
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      throw Problem(
        place: "line \(error.line), column \(error.column)", message: error.message)
    }
    guard case .array(let items) = value else {
      throw Problem(
        place: "the document", message: "expected an array of marks, found \(value.typeName)")
    }
    let tomorrow = now(Date(timeIntervalSinceNow: 86_400))
    return try items.enumerated().map { (index, item) throws(Problem) in
      try entry(item, path: "[\(index)]", latestAcceptable: tomorrow)
    }
  }

  /// The time `text` names, as the library writes times: ISO-8601 in UTC, to the second.
  public static func time(_ text: String) -> String? {
    MarkTime.utc(text)
  }

  /// `date` (now by default) as the library writes times.
  public static func now(_ date: Date = Date()) -> String {
    MarkTime.format(Int(date.timeIntervalSince1970.rounded(.down)))
  }

  private static func entry(_ item: JSONValue, path: String, latestAcceptable: String)
    throws(Problem) -> Entry
  {
    guard case .object = item else {
      throw Problem(place: path, message: "expected a mark, an object, found \(item.typeName)")
    }
    let show = try object(item, "show", path)
    let episode = try object(item, "episode", path)
    let key: String
    switch (show["tvmaze"], show["imdb"], show["pack"]) {
    case (.number(let text)?, nil, nil) where Int(text).map({ $0 > 0 }) == true:
      key = "tvmaze:\(text)"
    case (nil, .string(let id)?, nil) where id.hasPrefix("tt") && id.count > 2:
      key = "imdb:\(id)"
    case (nil, nil, .string(let id)?) where !id.isEmpty:
      key = "pack:\(id)"
    default:
      throw Problem(
        place: "\(path).show",
        message: "expected one of {\"tvmaze\": N}, {\"imdb\": \"tt…\"} or {\"pack\": \"ID\"}")
    }
    guard case .number(let seasonText)? = episode["season"], let season = Int(seasonText),
      season >= 0
    else {
      throw Problem(place: "\(path).episode.season", message: "expected a season number from 0")
    }
    var number: Int?
    if let written = episode["number"], written != .null {
      guard case .number(let text) = written, let value = Int(text), value >= 0 else {
        throw Problem(
          place: "\(path).episode.number", message: "expected an episode number from 0, or null")
      }
      number = value
    }
    let id: String?
    switch episode["id"] {
    case nil, .null?: id = nil
    case .string(let text)? where !text.isEmpty: id = text
    default: throw Problem(place: "\(path).episode.id", message: "expected the episode's id")
    }
    guard case .bool(let watched)? = item["watched"] else {
      throw Problem(place: "\(path).watched", message: "expected true or false")
    }
    guard case .string(let text)? = item["at"], let at = time(text) else {
      throw Problem(
        place: "\(path).at", message: "expected a time in ISO-8601, such as 2026-11-28T07:30:00Z")
    }
    // A mark from the future would win every merge after it: a clock gone wrong.
    guard at <= latestAcceptable else {
      throw Problem(place: "\(path).at", message: "a time later than tomorrow: \(at)")
    }
    return Entry(show: key, season: season, number: number, id: id, watched: watched, at: at)
  }

  private static func object(_ item: JSONValue, _ key: String, _ path: String) throws(Problem)
    -> JSONValue
  {
    guard case .object? = item[key] else {
      throw Problem(place: "\(path).\(key)", message: "expected an object")
    }
    return item[key]!
  }

  /// `{tvmaze: N}`, `{imdb: "tt…"}` or `{pack: ID}` for a mark key.
  private static func showJSON(_ key: String) -> JSONValue {
    let (kind, id) = (key.prefix { $0 != ":" }, key.drop { $0 != ":" }.dropFirst())
    if kind == "tvmaze" { return .object([("tvmaze", .number(String(id)))]) }
    return .object([(String(kind), .string(String(id)))])
  }
}
