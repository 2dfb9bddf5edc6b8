import Dispatch
import ShowModel
import Synchronization

/// Records read one after another into one buffer, then decoded on two threads at once:
/// a show's records decode independently of each other, and decoding them is most of the
/// time a large show takes to open. Each thread shares the parts of its citations through
/// a table of its own, kept from batch to batch.
struct RecordBatch {
  /// A record that cannot be read: its place in the show, and what is wrong.
  struct Damage: Error {
    /// The record's place among the show's records.
    var record: Int
    /// What is wrong, in a few words.
    var message: String
  }

  /// The bytes to gather before they are decoded: enough to share out, few enough that
  /// the records are never all held at once.
  static let bytesPerBatch = 1 << 22

  private var bytes: [UInt8] = []
  /// Where each record held ends in `bytes`.
  private var ends: [Int] = []
  /// The place of the first record held.
  private var first = 0
  private let sharings = SharingTables()

  /// An empty batch.
  init() {}

  /// True when enough bytes are held to decode them.
  var isFull: Bool { bytes.count >= Self.bytesPerBatch }

  /// Holds `record` after the others.
  mutating func append(_ record: UnsafeRawBufferPointer) {
    bytes.append(contentsOf: record.assumingMemoryBound(to: UInt8.self))
    ends.append(bytes.count)
  }

  /// Decodes the records held onto the end of `entities`, in order, and empties the batch.
  mutating func decode(into entities: inout [Entity]) throws(Damage) {
    guard !ends.isEmpty else { return }
    for part in try Self.decode(bytes, ends: ends, first: first, sharings: sharings) {
      entities.append(contentsOf: part)
    }
    first += ends.count
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }

  /// The entities of a batch, in two parts decoded at once when it holds enough records.
  private static func decode(
    _ bytes: [UInt8], ends: [Int], first: Int, sharings: SharingTables
  ) throws(Damage) -> [[Entity]] {
    let count = ends.count
    let parts = count >= 64 ? 2 : 1
    let decoded = Mutex<[Result<[Entity], Damage>?]>(Array(repeating: nil, count: parts))
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let records = (count * part / parts)..<(count * (part + 1) / parts)
      let result = bytes.withUnsafeBufferPointer { buffer in
        decode(records, of: buffer, ends: ends, first: first, sharing: sharings.tables[part])
      }
      decoded.withLock { $0[part] = result }
    }
    // The first damaged record is the one reported.
    return try decoded.withLock { $0 }.map { (result) throws(Damage) in
      switch result {
      case .success(let entities): return entities
      case .failure(let damage): throw damage
      case nil: preconditionFailure("every part is decoded")
      }
    }
  }

  /// The entities of the records at `records` of a batch whose bytes are `buffer`, each
  /// record ending at its place in `ends`; the batch's first record is the show's `first`.
  private static func decode(
    _ records: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, ends: [Int], first: Int,
    sharing: CitationSharing
  ) -> Result<[Entity], Damage> {
    var entities: [Entity] = []
    entities.reserveCapacity(records.count)
    for record in records {
      let start = record == 0 ? 0 : ends[record - 1]
      let bytes = UnsafeBufferPointer(rebasing: buffer[start..<ends[record]])
      do throws(EntityDecoder.Damage) {
        entities.append(try EntityDecoder.entity(from: bytes, sharing: sharing))
      } catch {
        return .failure(Damage(record: first + record, message: error.message))
      }
    }
    return .success(entities)
  }
}

/// A table of shared citation parts for each of the two threads that decode a batch.
/// A table is used by one thread only: the first by the first part, the second by the
/// second, and a batch's parts end before the next batch's begin.
private final class SharingTables: @unchecked Sendable {
  let tables = [CitationSharing(), CitationSharing()]
}
