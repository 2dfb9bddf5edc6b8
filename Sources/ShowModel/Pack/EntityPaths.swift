/// The JSON path of each entity of a pack ("show", "characters[3]"). A reader keeps each
/// as the number of its list's key and its index in the list, 4 bytes an entity, and
/// writes the path out only for a problem's message: a string took 16 bytes an entity, and
/// a heap buffer of its own past 15 bytes ("characters[10000]"), 4 MiB of a
/// 200,000-entity pack, and was written out for every entity as it was read.
public struct EntityPaths: RandomAccessCollection, Equatable, Sendable {
  /// Paths given whole, or kept as a key's number and an index.
  private enum Storage: Equatable, Sendable {
    case texts([String])
    case items(keys: [String], codes: [UInt32])
  }

  private var storage: Storage
  /// The bits of a code that hold the index in the list, plus one (0: the key alone).
  private static let indexBits: UInt32 = 28
  private static let indexMask: UInt32 = (1 << indexBits) - 1

  /// The paths `texts`, given whole.
  public init(_ texts: [String]) {
    storage = .texts(texts)
  }

  /// No paths yet, to be appended as keys and indices.
  init(keys: [String], capacity: Int) {
    var codes: [UInt32] = []
    codes.reserveCapacity(capacity)
    storage = .items(keys: keys, codes: codes)
  }

  /// Appends the path of item `index` of the list named by key `keyNumber`, or of the
  /// key's value itself when `index` is nil. Paths given whole take no more.
  mutating func append(keyNumber: Int, index: Int?) {
    guard case .items(let keys, var codes) = storage else { return }
    storage = .texts([])
    codes.append(UInt32(keyNumber) << Self.indexBits | UInt32((index ?? -1) + 1))
    storage = .items(keys: keys, codes: codes)
  }

  /// The paths of `ranges` of these, one after the other.
  func reordered(_ ranges: [Range<Int>]) -> EntityPaths {
    var copy = self
    switch storage {
    case .texts(let texts): copy.storage = .texts(ranges.flatMap { texts[$0] })
    case .items(let keys, let codes):
      copy.storage = .items(keys: keys, codes: ranges.flatMap { codes[$0] })
    }
    return copy
  }

  /// The first position.
  public var startIndex: Int { 0 }

  /// The position after the last path.
  public var endIndex: Int {
    switch storage {
    case .texts(let texts): return texts.count
    case .items(_, let codes): return codes.count
    }
  }

  /// The path at `position`, written out.
  public subscript(position: Int) -> String {
    switch storage {
    case .texts(let texts): return texts[position]
    case .items(let keys, let codes):
      let code = codes[position]
      let key = keys[Int(code >> Self.indexBits)]
      let index = code & Self.indexMask
      return index == 0 ? key : "\(key)[\(index - 1)]"
    }
  }

  /// True when both hold the same paths, however kept.
  public static func == (lhs: EntityPaths, rhs: EntityPaths) -> Bool {
    lhs.elementsEqual(rhs)
  }

  /// How many bytes the paths take beside the keys, for tests that hold it.
  var bytesPerPath: Int {
    switch storage {
    case .texts: return MemoryLayout<String>.stride
    case .items: return MemoryLayout<UInt32>.stride
    }
  }
}

extension EntityPaths: ExpressibleByArrayLiteral {
  /// The paths listed, given whole.
  public init(arrayLiteral paths: String...) {
    self.init(paths)
  }
}
