import ShowModel

/// Where a show in the library came from.
public enum ShowOrigin: String, Sendable, Equatable {
  /// The show compiled into the binary.
  case builtin
  /// A pack file.
  case pack
  /// A TVmaze show.
  case tvmaze
  /// IMDb's datasets.
  case imdb
}

/// One show of the library, as `shows` lists it.
public struct LibraryShow: Sendable, Equatable {
  /// The library id: a slug of the name, with the premiere year on a clash.
  public var id: String
  /// The show's name.
  public var name: String
  /// The year of the premiere, if known.
  public var start: Int?
  /// The year of the last episode of an ended show, if known.
  public var end: Int?
  /// How many seasons it has.
  public var seasons: Int
  /// How many episodes it has.
  public var episodes: Int
  /// Where it came from.
  public var origin: ShowOrigin
  /// Its TVmaze id, if any.
  public var tvmaze: Int?
  /// Its IMDb id, if any.
  public var imdb: String?
  /// When TVmaze last changed it, in seconds since 1970, for `update`.
  public var updated: Int?
  /// Whether it still runs ("Running", "Ended"), as its source says, if it does.
  public var status: String?
  /// The network or web channel that shows it, if known.
  public var network: String?

  /// Creates a show's line.
  public init(
    id: String, name: String, start: Int? = nil, end: Int? = nil, seasons: Int, episodes: Int,
    origin: ShowOrigin, tvmaze: Int? = nil, imdb: String? = nil, updated: Int? = nil,
    status: String? = nil, network: String? = nil
  ) {
    self.id = id
    self.name = name
    self.start = start
    self.end = end
    self.seasons = seasons
    self.episodes = episodes
    self.origin = origin
    self.tvmaze = tvmaze
    self.imdb = imdb
    self.updated = updated
    self.status = status
    self.network = network
  }

  /// The line of a show read from TVmaze (its id is made when it is stored).
  public init(tvmaze show: TVmazeShow) {
    self.init(
      id: "", name: show.name, start: Self.year(of: show.premiered), end: Self.year(of: show.ended),
      seasons: 0, episodes: 0, origin: .tvmaze, tvmaze: show.tvmazeID, imdb: show.imdbID,
      updated: show.updated, status: show.status, network: show.network)
  }

  /// The year of a date written "2019-03-01".
  public static func year(of date: String?) -> Int? {
    guard let date, date.utf8.count >= 4 else { return nil }
    return Int(date.prefix(4))
  }
}

extension LibraryShow {
  /// The name the show's marks are kept under, which outlasts its row: `tvmaze:N` for a
  /// show from TVmaze, `imdb:tt…` for one from IMDb, else `pack:ID`, its library id.
  public var markKey: String {
    if let tvmaze { return "tvmaze:\(tvmaze)" }
    if let imdb { return "imdb:\(imdb)" }
    return "pack:\(id)"
  }
}
