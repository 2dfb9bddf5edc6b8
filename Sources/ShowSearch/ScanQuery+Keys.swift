// MARK: - Scan keys

extension ScanQuery {
  /// What scanning for a byte costs, in the units of `ByteScan.frequency`: its share of
  /// text, plus a share for the text that is not plain ASCII when folding can produce the
  /// byte (then every such line must be folded and read too).
  func cost(_ byte: UInt8, fold: UInt8) -> Int {
    let table = FoldTable.shared
    let produced =
      table.isProducedByFolding(byte) || (fold != 0 && table.isProducedByFolding(byte & ~fold))
    return ByteScan.frequency(of: byte) + (produced ? 100 : 0)
  }

  /// True when text that is not plain ASCII can only hold the key's bytes, folded, where it
  /// holds them as they are: a scan for the key may then pass over such text.
  func skipsFolded(_ key: ByteScan.Key?) -> Bool {
    guard let key else { return false }
    return cost(key.first, fold: key.firstFold) < 100
      && cost(key.second, fold: key.secondFold) < 100
  }

  /// The rarest byte of the query, which every plain ASCII match holds; nil when some byte
  /// is not ASCII (then only folded candidates can match).
  func chooseInOrderKey() -> ByteScan.Key? {
    var best: (byte: UInt8, fold: UInt8, frequency: Int)?
    for offset in 0..<(terms.last.map { $0.start + $0.count } ?? 0) {
      let byte = bytes[offset]
      guard byte < 0x80 else { return nil }
      let frequency = cost(byte, fold: folds[offset])
      if frequency < best?.frequency ?? .max {
        best = (byte, folds[offset], frequency)
      }
    }
    return best.map { ByteScan.Key($0.byte, fold: $0.fold) }
  }

  /// Bytes a plain ASCII candidate must hold (one of) to match every term in order with at
  /// most one character of each left out, and whether any ASCII candidate can.
  ///
  /// A character a term holds twice must appear, and of any two of its characters, one must:
  /// the key is the cheapest of these to scan for (see `cost`). A term with one character
  /// that is not ASCII needs all the others; a term with two such characters rules plain
  /// ASCII out.
  func chooseTypoKey() -> (key: ByteScan.Key?, asciiMayMatch: Bool) {
    var best: (key: ByteScan.Key, frequency: Int)?
    func offer(_ key: ByteScan.Key, frequency: Int) {
      if frequency < best?.frequency ?? .max {
        best = (key, frequency)
      }
    }
    for term in terms {
      var ascii: [(byte: UInt8, fold: UInt8, frequency: Int)] = []
      var others = 0
      var offset = term.start
      while offset < term.start + term.count {
        let byte = bytes[offset]
        if byte < 0x80 {
          ascii.append((byte, folds[offset], cost(byte, fold: folds[offset])))
          offset += 1
        } else {
          others += 1
          offset += 1
          while offset < term.start + term.count && bytes[offset] & 0xC0 == 0x80 {
            offset += 1
          }
        }
      }
      guard others < 2 else { return (nil, false) }
      let byRarity = ascii.sorted { $0.frequency < $1.frequency }
      let repeated = byRarity.enumerated().first { position, entry in
        byRarity[(position + 1)...].contains { $0.byte == entry.byte }
      }?.element
      if let required = others == 1 ? byRarity.first : repeated {
        offer(ByteScan.Key(required.byte, fold: required.fold), frequency: required.frequency)
      }
      // Of any two of its characters, one must appear; the cheaper rule wins.
      if byRarity.count >= 2 {
        let (first, second) = (byRarity[0], byRarity[1])
        offer(
          ByteScan.Key(first.byte, fold: first.fold, or: second.byte, fold: second.fold),
          frequency: first.frequency + second.frequency)
      }
    }
    return (best?.key, true)
  }
}
