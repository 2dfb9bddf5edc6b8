/// What an import tells as it goes, for a display to show; every call comes from the
/// importing thread.
public protocol ImportProgress: AnyObject {
  /// A file is being read: its name and size on disk.
  func started(file: String, size: Int)
  /// `rows` rows of the file read so far, `bytes` bytes of it (compressed when it is).
  func read(rows: Int, bytes: Int)
  /// The file is read: `rows` rows in all.
  func finished(rows: Int)
  /// `done` of `total` shows written.
  func writing(shows done: Int, of total: Int)
}
