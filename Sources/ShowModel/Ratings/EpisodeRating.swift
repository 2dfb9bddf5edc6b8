/// A rating as an episode's or show's "Rating" fact says it: "8.1 (1,234 votes)" from
/// IMDb, "8.1" from TVmaze. Written and read here only, so that the two agree.
public struct EpisodeRating: Equatable, Sendable {
  /// The fact's label.
  public static let label = "Rating"

  /// The average, 1 to 10.
  public let rating: Double
  /// How many people voted, when the source says.
  public let votes: Int?

  /// A rating of `rating` from `votes` votes.
  public init(rating: Double, votes: Int?) {
    self.rating = rating
    self.votes = votes
  }

  /// The fact's value: "8.1 (1,234 votes)", "8.1" without votes.
  public var text: String {
    let average = Self.oneDecimal(rating)
    guard let votes else { return average }
    return "\(average) (\(NumberText.grouped(votes)) \(votes == 1 ? "vote" : "votes"))"
  }

  /// The highest rating: IMDb's and TVmaze's scales end at 10.
  public static let highest = 10.0

  /// The rating a fact's value says; nil when it does not start with a number from 0 to
  /// `highest`.
  public init?(text: String) {
    let number = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    guard let rating = Double(number), rating >= 0, rating <= Self.highest else { return nil }
    self.rating = rating
    let rest = text.dropFirst(number.count)
    if rest.hasPrefix(" ("),
      let digits = Int(rest.dropFirst(2).prefix { $0 != " " }.filter { $0 != "," })
    {
      votes = digits
    } else {
      votes = nil
    }
  }

  /// "8.1": one decimal, as IMDb and TVmaze give it (a value far outside any scale is
  /// written as Swift writes it).
  public static func oneDecimal(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
  }
}
