/// A show as TVmaze's API describes it (`/shows/ID?embed[]=seasons&embed[]=episodes&embed[]=cast&embed[]=crew`),
/// read into a pack: the show, its seasons and episodes, its cast and crew, every fact
/// citing the TVmaze record it comes from.
public struct TVmazeShow: Sendable {
  /// The show as a pack, ready to validate and browse.
  public var pack: Pack
  /// The show's TVmaze id.
  public var tvmazeID: Int
  /// The show's IMDb id ("tt4574334"), if TVmaze knows it.
  public var imdbID: String?
  /// The show's name.
  public var name: String
  /// The premiere date ("2016-07-15"), if any.
  public var premiered: String?
  /// The date of the last episode of an ended show, if any.
  public var ended: String?
  /// "Running", "Ended", "To Be Determined", "In Development".
  public var status: String?
  /// The network or web channel.
  public var network: String?
  /// When TVmaze last changed the show, in seconds since 1970.
  public var updated: Int?

  /// The id of the record source every fact cites.
  public static let sourceID = "tvmaze"

  /// Reads a show from the bytes of a saved response; `fetched` is the day it was fetched
  /// ("2026-11-28"), which the record source states.
  public static func read(bytes: [UInt8], fetched: String) throws(TVmazeProblem) -> TVmazeShow {
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      throw TVmazeProblem(
        path: "", message: "line \(error.line), column \(error.column): \(error.message)")
    }
    return try read(value, fetched: fetched)
  }

  /// Reads a show from a parsed response.
  public static func read(_ value: JSONValue, fetched: String) throws(TVmazeProblem) -> TVmazeShow {
    guard case .object = value else {
      throw TVmazeProblem(
        path: "", message: "expected a TVmaze show object, found \(value.typeName)")
    }
    var builder = TVmazeShowBuilder(show: TVmazeFields(value: value, path: ""), fetched: fetched)
    return try builder.build()
  }
}
