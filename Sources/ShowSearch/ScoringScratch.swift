// MARK: - Scratch memory

/// Reusable memory for scoring many candidates on one thread without allocating per candidate.
final class ScoringScratch {
  private(set) var rowCapacity = 0
  private(set) var characterCapacity = 0
  /// Score rows: best score ending in a match at a byte, and best score up to a byte.
  private(set) var matchRows: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>)
  private(set) var bestRows: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>)
  /// Per character: the earliest and the latest byte where its match may end.
  private(set) var earliestEnds: UnsafeMutablePointer<Int>
  private(set) var latestEnds: UnsafeMutablePointer<Int>
  /// Per needle byte, for the typo prefilter: greedy prefix ends and greedy suffix starts.
  private(set) var prefixEnds: UnsafeMutablePointer<Int>
  private(set) var suffixStarts: UnsafeMutablePointer<Int>
  private(set) var typoBoundsCapacity = 1
  /// Candidates (or positions in a survivor list) gathered before their texts are read.
  let batch = UnsafeMutablePointer<Int>.allocate(capacity: ScoringScratch.batchSize)
  /// How many candidates a batch holds.
  static let batchSize = 32
  /// Positions whose byte mask passed, in a block of a scan.
  let passing = UnsafeMutablePointer<Int>.allocate(capacity: ScoringScratch.passingSize)
  /// How many positions a block of a scan holds.
  static let passingSize = 256
  /// How many times the scoring program ran with this scratch (`FuzzyScorer.score`).
  var programsRun = 0
  /// Where loads whose only purpose is to bring memory closer leave their value.
  var sink: UInt8 = 0
  /// A lowercased copy of the plain ASCII candidate being scored.
  private var lowered: UnsafeMutablePointer<UInt8> = .allocate(capacity: 64)
  private var loweredCapacity = 64

  init() {
    matchRows = (.allocate(capacity: 1), .allocate(capacity: 1))
    bestRows = (.allocate(capacity: 1), .allocate(capacity: 1))
    earliestEnds = .allocate(capacity: 1)
    latestEnds = .allocate(capacity: 1)
    prefixEnds = .allocate(capacity: 1)
    suffixStarts = .allocate(capacity: 1)
    rowCapacity = 1
    characterCapacity = 1
  }

  deinit {
    matchRows.0.deallocate()
    matchRows.1.deallocate()
    bestRows.0.deallocate()
    bestRows.1.deallocate()
    earliestEnds.deallocate()
    latestEnds.deallocate()
    prefixEnds.deallocate()
    suffixStarts.deallocate()
    lowered.deallocate()
    batch.deallocate()
    passing.deallocate()
  }

  /// Copies plain ASCII text into scratch memory with its letters lowercased.
  @inline(__always)
  func lowercased(_ text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    let count = text.count
    if count > loweredCapacity {
      lowered.deallocate()
      loweredCapacity = max(count, loweredCapacity * 2)
      lowered = .allocate(capacity: loweredCapacity)
    }
    for offset in 0..<count {
      let byte = text[offset]
      lowered[offset] = byte &- 65 < 26 ? byte | 0x20 : byte
    }
    return UnsafeBufferPointer(start: lowered, count: count)
  }

  /// Makes room for the typo prefilter's bounds of a needle of `count - 1` bytes.
  @inline(__always)
  func reserveTypoBounds(_ count: Int) {
    guard count > typoBoundsCapacity else { return }
    prefixEnds.deallocate()
    suffixStarts.deallocate()
    prefixEnds = .allocate(capacity: count)
    suffixStarts = .allocate(capacity: count)
    typoBoundsCapacity = count
  }

  /// Makes room for a text of `bytes` bytes and a pattern of `characters` characters.
  @inline(__always)
  func reserve(bytes: Int, characters: Int) {
    if bytes > rowCapacity {
      let capacity = max(bytes, rowCapacity * 2)
      for pointer in [matchRows.0, matchRows.1, bestRows.0, bestRows.1] {
        pointer.deallocate()
      }
      matchRows = (.allocate(capacity: capacity), .allocate(capacity: capacity))
      bestRows = (.allocate(capacity: capacity), .allocate(capacity: capacity))
      rowCapacity = capacity
    }
    if characters > characterCapacity {
      let capacity = max(characters, characterCapacity * 2)
      earliestEnds.deallocate()
      latestEnds.deallocate()
      earliestEnds = .allocate(capacity: capacity)
      latestEnds = .allocate(capacity: capacity)
      characterCapacity = capacity
    }
  }
}
