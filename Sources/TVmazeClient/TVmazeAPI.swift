import Foundation
import ShowModel

/// Why TVmaze could not give what was asked, in a line a person can act on.
public struct TVmazeError: Error, Equatable, Sendable {
  /// The line.
  public var message: String
  /// True when TVmaze could not be reached at all (no network, no answer in time): asking
  /// again for another show will not do better.
  public var isUnreachable: Bool

  /// An error with `message`.
  public init(_ message: String, isUnreachable: Bool = false) {
    self.message = message
    self.isUnreachable = isUnreachable
  }
}

/// A show that a search found: what a person needs to tell it from others of its name.
public struct TVmazeCandidate: Equatable, Sendable {
  /// The TVmaze id.
  public var id: Int
  /// The name.
  public var name: String
  /// The premiere year, if any.
  public var year: Int?
  /// The network or web channel, if any.
  public var channel: String?
  /// The country's name, if any.
  public var country: String?
}

/// TVmaze's public API (https://www.tvmaze.com/api): a show with its seasons, episodes,
/// cast and crew, the show an IMDb id names, and a search by name. HTTP 429 is waited out
/// (its Retry-After, else a doubling delay), a 5xx answer is asked again a bounded number
/// of times, and anything that is not JSON is refused.
public struct TVmazeAPI {
  /// The public API's address.
  public static let publicURL = "https://api.tvmaze.com"

  /// The API's address, without a trailing slash.
  public let baseURL: String
  private let http: HTTPGet
  /// How many times a request is made before a 429 or a 5xx answer is final.
  var attempts = 4
  /// Waits this many seconds (from 0 to 60).
  var wait: (Double) -> Void = { seconds in
    usleep(UInt32(max(0, min(seconds, 60)) * 1_000_000))
  }

  /// A client of the API at `baseURL`; `timeout` bounds a whole request (and its
  /// connection, at most 10 s of it), `caFile` replaces the system's certificate
  /// authorities, `version` goes in the user agent.
  public init(baseURL: String, timeout: Double, caFile: String?, version: String) {
    var base = baseURL
    while base.hasSuffix("/") { base.removeLast() }
    self.baseURL = base
    http = HTTPGet(
      userAgent: "tvbrowse/\(version) (+https://www.tvmaze.com/api)",
      connectTimeout: min(timeout, 10), totalTimeout: timeout, caFile: caFile)
  }

  /// The show `id` with its seasons, episodes, cast and crew, as TVmaze sends it.
  public func show(id: Int) throws(TVmazeError) -> JSONValue {
    try json(
      fetch(
        "/shows/\(id)?embed%5B%5D=seasons&embed%5B%5D=episodes&embed%5B%5D=cast&embed%5B%5D=crew",
        missing: "TVmaze has no show \(id)"))
  }

  /// The guest cast of the episode `id` (TVmaze's episode id), as TVmaze sends it: an
  /// array of `{person, character, self, voice}`.
  public func guestCast(episode id: Int) throws(TVmazeError) -> JSONValue {
    try json(fetch("/episodes/\(id)/guestcast", missing: "TVmaze has no episode \(id)"))
  }

  /// When TVmaze last changed the show `id` (its `updated`), read from the show alone.
  public func updated(id: Int) throws(TVmazeError) -> Int? {
    let value = try json(try fetch("/shows/\(id)", missing: "TVmaze has no show \(id)"))
    guard case .number(let text)? = value["updated"] else { return nil }
    return Int(text)
  }

  /// The TVmaze id of the show IMDb knows as `imdb` ("tt4574334"); TVmaze answers the
  /// lookup with a redirect to the show.
  public func showID(imdb: String) throws(TVmazeError) -> Int {
    let value = try json(
      try fetch(
        "/lookup/shows?imdb=\(Self.encoded(imdb))",
        missing: "TVmaze knows no show of IMDb id \(imdb)"))
    guard case .number(let text)? = value["id"], let id = Int(text) else {
      throw TVmazeError("TVmaze's answer for IMDb id \(imdb) has no show id")
    }
    return id
  }

  /// The shows TVmaze finds for `query`, best first.
  public func search(_ query: String) throws(TVmazeError) -> [TVmazeCandidate] {
    let value = try json(try fetch("/search/shows?q=\(Self.encoded(query))", missing: nil))
    guard case .array(let results) = value else {
      throw TVmazeError("TVmaze's search answer is not a list")
    }
    return results.compactMap { result in
      guard let show = result["show"], case .number(let id)? = show["id"], let id = Int(id),
        case .string(let name)? = show["name"]
      else { return nil }
      var candidate = TVmazeCandidate(id: id, name: name)
      if case .string(let premiered)? = show["premiered"] {
        candidate.year = Int(premiered.prefix(4))
      }
      let channel = show["network"].flatMap { $0 == .null ? nil : $0 } ?? show["webChannel"]
      if case .string(let channelName)? = channel?["name"] { candidate.channel = channelName }
      if case .string(let country)? = channel?["country"]?["name"] { candidate.country = country }
      return candidate
    }
  }

  // MARK: - Requests

  private func fetch(_ path: String, missing: String?) throws(TVmazeError) -> [UInt8] {
    var delay = 0.5
    for attempt in 1...attempts {
      let response: HTTPGet.Response
      do {
        response = try http.get(baseURL + path)
      } catch {
        let reason = error.timedOut ? "no answer in time (\(error.message))" : error.message
        throw TVmazeError("cannot reach TVmaze: \(reason)", isUnreachable: true)
      }
      let last = attempt == attempts
      switch response.status {
      case 200:
        return response.body
      case 404 where missing != nil:
        throw TVmazeError(missing ?? "")
      case 429 where !last:
        // Retry-After in seconds; an HTTP date, or none, waits the doubling delay.
        let asked = response.headers["retry-after"].flatMap(Double.init).flatMap {
          $0.isFinite && $0 >= 0 ? $0 : nil
        }
        wait(min(asked ?? delay, 60))
        delay *= 2
      case 500...599 where !last:
        wait(delay)
        delay *= 2
      case 429:
        throw TVmazeError("TVmaze still asks to slow down after \(attempts) tries (HTTP 429)")
      default:
        throw TVmazeError(
          "TVmaze answered HTTP \(response.status)\(last && response.status >= 500 ? " \(attempts) times" : "")"
        )
      }
    }
    throw TVmazeError("TVmaze did not answer")
  }

  private func json(_ bytes: [UInt8]) throws(TVmazeError) -> JSONValue {
    do {
      return try JSONParser.parse(bytes)
    } catch {
      throw TVmazeError(
        "TVmaze's answer is not JSON (line \(error.line), column \(error.column): \(error.message))"
      )
    }
  }

  /// `text` with everything but unreserved characters percent-encoded.
  static func encoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        result += String(format: "%%%02X", byte)
      }
    }
    return result
  }
}
