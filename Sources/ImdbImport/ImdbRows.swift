/// A series or mini-series as the import keeps it.
struct SeriesRow: Equatable {
  var id: Int
  var isMiniSeries: Bool
  var title: String
  var originalTitle: String?
  var start: Int?
  var end: Int?
  var runtime: Int?
  var genres: String?
  var rating: Double?
  var votes: Int?
}

/// An episode of a series.
struct EpisodeRow: Equatable {
  var id: Int
  var season: Int?
  var number: Int?
  var title: String?
  var year: Int?
  var runtime: Int?
  var rating: Double?
  var votes: Int?
}

/// One of a title's principals, with the person's row.
struct PrincipalRow: Equatable {
  /// The title: the series or one of its episodes.
  var title: Int
  var person: Int
  var category: String
  var job: String?
  var characters: [String]
  var name: String
  var birth: Int?
  var death: Int?
  var professions: String?
}
