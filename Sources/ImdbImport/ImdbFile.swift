import Foundation

/// One of IMDb's dataset files: its name and the header it must start with.
struct ImdbFile: Sendable {
  /// The name without ".tsv.gz" ("title.basics").
  let name: String
  /// The header's field names, in order.
  let header: [String]

  static let titleBasics = ImdbFile(
    name: "title.basics",
    header: [
      "tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear",
      "runtimeMinutes", "genres",
    ])
  static let titleEpisode = ImdbFile(
    name: "title.episode", header: ["tconst", "parentTconst", "seasonNumber", "episodeNumber"])
  static let nameBasics = ImdbFile(
    name: "name.basics",
    header: [
      "nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles",
    ])
  static let titlePrincipals = ImdbFile(
    name: "title.principals",
    header: ["tconst", "ordering", "nconst", "category", "job", "characters"])
  static let titleRatings = ImdbFile(
    name: "title.ratings", header: ["tconst", "averageRating", "numVotes"])

  /// The files an import reads, in the order it reads them: a row is checked against the
  /// files read before it.
  static let all = [titleBasics, titleEpisode, nameBasics, titlePrincipals, titleRatings]

  /// The file's path in `folder`: "NAME.tsv.gz", else "NAME.tsv"; a failure naming both
  /// when neither is there.
  func path(in folder: String) throws(ImportFailure) -> String {
    for suffix in [".tsv.gz", ".tsv"] {
      let path = folder + "/" + name + suffix
      if FileManager.default.fileExists(atPath: path) { return path }
    }
    throw ImportFailure("\(folder) has no \(name).tsv.gz (or \(name).tsv)")
  }
}
