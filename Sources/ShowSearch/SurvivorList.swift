// MARK: - Survivor list

/// The local indexes of a chunk's candidates that passed a scan, ascending, each with where
/// the match of the query's last term ended in it (so a longer query resumes from there).
///
/// A scan that keeps only the best few may pass a candidate on its byte mask alone, when a
/// bound shows it cannot make the list: such a survivor is marked unverified, and a later
/// scan checks all of its terms.
final class SurvivorList: Sendable {
  /// The local indexes.
  let indices: FixedBuffer<UInt32>
  /// Where each survivor's last-term match ended; `unknownEnd` when not kept, `unverified`
  /// when its terms were never checked.
  let ends: FixedBuffer<UInt16>

  /// Ends at or beyond this offset are not kept.
  static let unknownEnd = UInt16.max - 1
  /// Marks a survivor whose terms were not checked.
  static let unverified = UInt16.max

  init(indices: FixedBuffer<UInt32>, ends: FixedBuffer<UInt16>) {
    self.indices = indices
    self.ends = ends
  }

  /// How many candidates survived.
  var count: Int { indices.count }

  /// The end to resume from for survivor `position`: -1 when it is not known, -2 when the
  /// survivor's terms were never checked.
  @inline(__always)
  func resumeOffset(at position: Int) -> Int {
    let end = ends[position]
    return end >= Self.unknownEnd ? (end == Self.unverified ? -2 : -1) : Int(end)
  }

  // MARK: - Building

  /// Collects survivors during a scan.
  struct Builder: ~Copyable {
    private var indices = GrowingBuffer<UInt32>(capacity: 1024)
    private var ends = GrowingBuffer<UInt16>(capacity: 1024)

    init() {}

    /// How many survivors so far.
    var count: Int { indices.count }

    /// Adds a survivor and where its last-term match ended (-2: its terms were not checked).
    @inline(__always)
    mutating func append(_ local: Int, end: Int) {
      indices.append(UInt32(truncatingIfNeeded: local))
      let stored =
        end == -2
        ? SurvivorList.unverified
        : (end >= 0 && end < Int(SurvivorList.unknownEnd) ? UInt16(end) : SurvivorList.unknownEnd)
      ends.append(stored)
    }

    /// The finished list.
    consuming func finish() -> SurvivorList {
      SurvivorList(indices: indices.finish(), ends: ends.finish())
    }
  }
}
