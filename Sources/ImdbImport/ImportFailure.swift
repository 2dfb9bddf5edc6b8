/// Why an import failed as a whole: the library is left as it was.
public struct ImportFailure: Error, Equatable, Sendable {
  /// What went wrong, for a person.
  public let message: String

  /// A failure that says `message`.
  public init(_ message: String) { self.message = message }
}
