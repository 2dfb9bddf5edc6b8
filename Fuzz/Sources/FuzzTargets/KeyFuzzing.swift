import BrowserCore
import ShowModel
import TerminalCells
import TerminalUI

/// The terminal's bytes through `KeyDecoder` into a browser on the built-in show that
/// draws a frame whenever one is asked for, as the terminal loop does.
///
/// The input is what the terminal sends, escape sequences, mouse reports and UTF-8 as
/// they are, with two bytes that UTF-8 never uses taken as instructions: `FF g` lets
/// g × 5 ms pass (so lone Escs and sequences cut short reach their deadlines) and starts a
/// new read, and `FE w h` resizes the terminal. Beyond the frames' invariants, nothing may
/// stay pending past its deadline: an unfinished sequence never blocks the input.
enum KeyFuzzing {
  private static let catalog: Catalog = {
    do {
      return try PackLoader.catalog(path: nil)
    } catch {
      fatalError("the built-in pack does not load: \(error)")
    }
  }()

  static func run(_ bytes: [UInt8]) {
    let options = BrowserOptions(
      monochrome: bytes.first.map { $0 & 1 == 1 } ?? false,
      mouse: bytes.first.map { $0 & 2 == 0 } ?? true)
    var browser = Browser(catalog: catalog, width: 80, height: 24, options: options)
    var decoder = KeyDecoder()
    var now = ContinuousClock.now
    var previous: ScreenBuffer? = browser.render()
    var rest = bytes.dropFirst()
    while !rest.isEmpty {
      let events: [InputEvent]
      switch rest.first {
      case 0xFF:
        now += .milliseconds(5 * Int(rest.dropFirst().first ?? 0))
        rest = rest.dropFirst(2)
        let deadline = decoder.deadline
        events = decoder.expire(at: now)
        if let deadline, deadline <= now {
          FuzzTarget.require(decoder.deadline == nil, "a sequence outlived its deadline")
        }
      case 0xFE:
        let size = Array(rest.dropFirst().prefix(2)) + [0, 0]
        rest = rest.dropFirst(3)
        events = [.resize(width: Int(size[0]) % 300 + 1, height: Int(size[1]) % 100 + 1)]
      default:
        let end = rest.firstIndex { $0 >= 0xFE } ?? rest.endIndex
        events = decoder.decode(rest[..<end], at: now)
        rest = rest[end...]
        if let deadline = decoder.deadline {
          FuzzTarget.require(
            deadline <= now + KeyDecoder.sequenceTimeout, "a deadline beyond the timeout")
        }
      }
      for event in events {
        switch browser.handle(event) {
        case .quit: return
        case .ignored: continue
        case .redraw: break
        case .repaint: previous = nil
        }
        let frame = browser.render()
        check(frame, after: event)
        _ = frame.changes(from: previous)
        previous = frame
      }
    }
  }

  private static func check(_ frame: ScreenBuffer, after event: InputEvent) {
    FuzzTarget.require(frame.cells.count == frame.width * frame.height, "cells \(event)")
    if let cursor = frame.cursor {
      FuzzTarget.require(
        (0..<frame.height).contains(cursor.row) && (0..<frame.width).contains(cursor.column),
        "cursor \(cursor) outside the \(frame.width)×\(frame.height) frame after \(event)")
    }
    let unsafe = frame.cells.first { $0.text.unicodeScalars.contains(where: SafeText.isUnsafe) }
    FuzzTarget.require(unsafe == nil, "a cell holds a control character after \(event)")
  }
}
