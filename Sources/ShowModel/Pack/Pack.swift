/// A show as a pack file holds it: every entity in file order, the JSON path of each, and
/// the files its articles' texts come from.
public struct Pack: Sendable {
  /// The value of the `format` field of every pack.
  public static let format = "tvbrowse-pack"
  /// The pack versions this build reads.
  public static let supportedVersions = [1, 2]
  /// The version that gives everything this build reads (`reveals` came in version 2).
  public static let currentVersion = 2
  /// The largest file accepted as a pack.
  public static let maximumFileSize = 64 * 1024 * 1024

  /// The entities, the show first, then in the order of the file's arrays.
  public var entities: [Entity]
  /// The JSON path of each entity, parallel to `entities` ("show", "characters[3]").
  public var paths: EntityPaths
  /// Articles whose text is in a file of its own: the source id, the relative file name,
  /// and the JSON path of the `file` field.
  public var sourceFiles: [(id: String, file: String, path: String)]
  /// The kinds whose list could not be read whole: missing where the pack needs it, not an
  /// array, or holding an entity without an id. That problem is reported once; a reference
  /// that finds no entity of such a kind is not reported again at each use.
  public var incompleteKinds: Set<EntityKind> = []
  /// When each episode aired, as TVmaze states the instant (`airstamp`), by episode id:
  /// kept by the library for the Library view's count of what aired since a show was last
  /// opened; empty for a pack file.
  public var airstamps: [String: String] = [:]
  /// The format version the file gives; a pack built otherwise is of the current version.
  public var version = Pack.currentVersion
  /// The reader's table of the entities' ids, which validation and the catalog use rather
  /// than hash every id again; nil for a pack built otherwise. Code that reorders, adds or
  /// removes entities or changes an id must set it to nil.
  var ids: PackIDs?

  /// Creates a pack from its parts.
  public init(
    entities: [Entity], paths: [String],
    sourceFiles: [(id: String, file: String, path: String)] = []
  ) {
    self.init(entities: entities, paths: EntityPaths(paths), sourceFiles: sourceFiles)
  }

  /// Creates a pack from its parts, the paths kept as a reader keeps them.
  init(
    entities: [Entity], paths: EntityPaths,
    sourceFiles: [(id: String, file: String, path: String)]
  ) {
    self.entities = entities
    self.paths = paths
    self.sourceFiles = sourceFiles
  }
}
