/// The longest run of bytes that a quote and a text share, found in time linear in both:
/// a suffix automaton is built over the quote (at most 2m states, m the quote's length),
/// and the text streams through it once, each byte following one transition and at most
/// as many suffix links as it added to the match (the match grows by one a byte, so the
/// links followed never exceed the text's length overall). The automaton is over the
/// quote, not the text, so its memory is the quote's size whatever the text's.
public struct LongestSharedRun: Sendable, Equatable {
  /// Where the run starts in the quote.
  public var quoteStart: Int
  /// Where the run starts in the text.
  public var textStart: Int
  /// The run's length in bytes; 0 when they share no byte.
  public var length: Int

  /// The longest run that `quote` and `text` share (the first in the text among equals).
  public static func find(quote: [UInt8], in text: [UInt8]) -> Self {
    var steps = 0
    return find(quote: quote, in: text, steps: &steps)
  }

  /// The longest run that `quote` and `text` share (the first in the text among equals),
  /// adding to `steps` each transition and suffix link followed, building and scanning.
  public static func find(quote: [UInt8], in text: [UInt8], steps: inout Int) -> Self {
    var automaton = SuffixAutomaton()
    for byte in quote { automaton.extend(byte, steps: &steps) }
    var best = LongestSharedRun(quoteStart: 0, textStart: 0, length: 0)
    var state = 0
    var matched = 0
    for (offset, byte) in text.enumerated() {
      while state != 0 && automaton.next(state, byte) == nil {
        state = automaton.states[state].link
        matched = automaton.states[state].length
        steps += 1
      }
      steps += 1
      if let next = automaton.next(state, byte) {
        state = next
        matched += 1
      }
      if matched > best.length {
        let quoteEnd = automaton.states[state].firstEnd
        best = LongestSharedRun(
          quoteStart: quoteEnd - matched + 1, textStart: offset - matched + 1, length: matched)
      }
    }
    return best
  }
}

/// A suffix automaton over bytes: the states, with their suffix links and transitions.
private struct SuffixAutomaton {
  struct State {
    /// The length of the longest string that ends in this state.
    var length: Int
    /// The state of the longest suffix that belongs to another state; -1 for the root.
    var link: Int
    /// Where the first occurrence of this state's strings ends in the quote.
    var firstEnd: Int
    /// The state each byte leads to.
    var next: [UInt8: Int] = [:]
  }

  private(set) var states = [State(length: 0, link: -1, firstEnd: -1)]
  private var last = 0

  func next(_ state: Int, _ byte: UInt8) -> Int? {
    states[state].next[byte]
  }

  /// Adds one byte of the quote: one state, and a clone where a state must split; the
  /// suffix links walked are counted in `steps`, as are the transitions a clone copies.
  mutating func extend(_ byte: UInt8, steps: inout Int) {
    let current = states.count
    states.append(State(length: states[last].length + 1, link: 0, firstEnd: states[last].length))
    var walker = last
    while walker != -1 && next(walker, byte) == nil {
      states[walker].next[byte] = current
      walker = states[walker].link
      steps += 1
    }
    if walker != -1, let target = next(walker, byte) {
      if states[walker].length + 1 == states[target].length {
        states[current].link = target
      } else {
        let clone = states.count
        var copy = states[target]
        copy.length = states[walker].length + 1
        steps += copy.next.count
        states.append(copy)
        while walker != -1 && next(walker, byte) == target {
          states[walker].next[byte] = clone
          walker = states[walker].link
          steps += 1
        }
        states[target].link = clone
        states[current].link = clone
      }
    }
    last = current
    steps += 1
  }
}
