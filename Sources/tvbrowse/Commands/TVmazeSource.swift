import ArgumentParser
import Foundation
import Glibc
import ShowLibrary
import ShowModel
import TVmazeClient

/// Finds a show on TVmaze for `add`: by `tvmaze:ID`, by `imdb:tt…`, or by name, asking
/// which one on a terminal when the name is not one show's.
struct TVmazeSource {
  /// The API to ask.
  let api: TVmazeAPI

  /// The API at `option`, else `TVBROWSE_TVMAZE_URL`, else TVmaze's; `TVBROWSE_TIMEOUT`
  /// (seconds) bounds each request and `TVBROWSE_CA_FILE` names the authorities to trust.
  init(option: String?) throws {
    let environment = ProcessInfo.processInfo.environment
    var timeout = 30.0
    if let text = environment["TVBROWSE_TIMEOUT"] {
      guard let seconds = Double(text), seconds > 0, seconds <= 3600 else {
        throw CommandFailure(
          "TVBROWSE_TIMEOUT must be a number of seconds above 0 and at most 3600, found \"\(SafeText.echo(text))\""
        )
      }
      timeout = seconds
    }
    let base = option ?? environment["TVBROWSE_TVMAZE_URL"] ?? TVmazeAPI.publicURL
    api = TVmazeAPI(
      baseURL: base, timeout: timeout, caFile: environment["TVBROWSE_CA_FILE"],
      version: TVBrowse.configuration.version)
  }

  /// The show `argument` names, read into a pack; with `guests`, each episode's guest
  /// cast too.
  func show(for argument: String, guests: Bool = false) throws -> TVmazeShow {
    let id: Int
    if argument.hasPrefix("tvmaze:") {
      guard let number = Int(argument.dropFirst("tvmaze:".count)), number > 0 else {
        throw CommandFailure(
          "\"\(SafeText.echo(argument))\": a TVmaze id is a positive number, as in tvmaze:2993")
      }
      id = number
    } else if argument.hasPrefix("imdb:") {
      let imdb = String(argument.dropFirst("imdb:".count))
      guard imdb.hasPrefix("tt"), imdb.count > 2, imdb.dropFirst(2).allSatisfy(\.isASCIIDigit)
      else {
        throw CommandFailure(
          "\"\(SafeText.echo(argument))\": an IMDb id is tt and digits, as in imdb:tt4574334")
      }
      id = try asking { () throws(TVmazeError) in try api.showID(imdb: imdb) }
    } else {
      id = try choose(argument)
    }
    var value = try asking { () throws(TVmazeError) in try api.show(id: id) }
    if guests { value = try GuestCastFetch(api: api).embed(in: value) }
    do {
      return try TVmazeShow.read(value, fetched: Self.today)
    } catch {
      let place = error.path.isEmpty ? "" : "\(error.path): "
      throw CommandFailure("TVmaze's show \(id): \(place)\(error.message)")
    }
  }

  /// The id of the show `query` names: the one candidate of that name, else the one a
  /// person picks on a terminal; without a terminal, the list and how to name one.
  private func choose(_ query: String) throws -> Int {
    let candidates = Array(
      try asking { () throws(TVmazeError) in try api.search(query) }.prefix(10))
    let wanted = Self.plain(query)
    let named = candidates.filter { Self.plain($0.name) == wanted }
    if named.count == 1 { return named[0].id }
    guard !candidates.isEmpty else {
      throw CommandFailure("TVmaze finds no show for \"\(SafeText.echo(query))\"")
    }
    let lines = candidates.enumerated().map { index, candidate in
      "  \(index + 1). " + Self.line(candidate)
    }
    guard isatty(0) == 1 else {
      throw CommandFailure(
        ([
          "\"\(SafeText.echo(query))\" fits \(candidates.count) shows on TVmaze; add one with tvmaze:ID:"
        ]
          + lines).joined(separator: "\n"))
    }
    Output.write(lines.joined(separator: "\n") + "\n")
    // Asked again after an answer that is not one of the numbers; Enter or the end of
    // input cancels.
    while true {
      Output.write("Choose 1–\(candidates.count) (Enter cancels): ")
      guard let answer = readLine()?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else {
        throw CommandFailure("nothing added")
      }
      if let number = Int(answer), (1...candidates.count).contains(number) {
        return candidates[number - 1].id
      }
    }
  }

  /// Today's date in UTC ("2026-11-28"): the day a show is fetched, or read from a file.
  static var today: String {
    String(ISO8601DateFormatter().string(from: Date()).prefix(10))
  }

  /// "Stranger Things (2016), Netflix, United States — tvmaze:2993".
  static func line(_ candidate: TVmazeCandidate) -> String {
    var text = SafeText.sanitize(candidate.name)
    if let year = candidate.year { text += " (\(year))" }
    for part in [candidate.channel, candidate.country].compactMap({ $0 }) {
      text += ", " + SafeText.sanitize(part)
    }
    return text + " — tvmaze:\(candidate.id)"
  }

  /// A name for comparing: lowercase letters and digits only, accents dropped.
  static func plain(_ name: String) -> String {
    String(
      ShowSlug.folded(name).unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }

  private func asking<Value>(_ request: () throws(TVmazeError) -> Value) throws -> Value {
    do {
      return try request()
    } catch {
      throw CommandFailure(error.message)
    }
  }
}

extension Character {
  /// True for 0 to 9.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// `--api-url`, for the subcommands that ask TVmaze.
struct TVmazeOption: ParsableArguments {
  @Option(
    name: .customLong("api-url"),
    help: ArgumentHelp(
      "TVmaze's API address (default: TVBROWSE_TVMAZE_URL, else https://api.tvmaze.com).",
      valueName: "url"))
  var apiURL: String?
}
