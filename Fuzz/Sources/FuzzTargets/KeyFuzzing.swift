import BrowserCore
import CNcursesw
import ShowModel
import TerminalUI

/// What reaches the browser from the keyboard, mouse and window, from bytes: each input is
/// a stream of records decoded by `KeyDecoder` the way the terminal loop decodes what
/// `wget_wch` and `getmouse` return, then handled by a browser on the built-in show that
/// draws a frame after every event that asks for one, as the loop does.
///
/// Records: `FF c` a curses function-key code 256 + c (`KEY_MOUSE` reads the next 8 bytes
/// as a button mask and a row and column, `KEY_RESIZE` the next 2 as width and height);
/// `FE b0 b1 b2 b3` a raw character code, little-endian, valid scalar or not; any other
/// UTF-8 sequence its scalar as typed, and a byte that starts no valid sequence its value.
/// Plain text, escape sequences and pasted UTF-8 are thus streams as they arrive when
/// curses passes the bytes through.
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
    var previous: ScreenBuffer? = browser.render()
    var reader = RecordReader(bytes: bytes.dropFirst())
    while let event = reader.next() {
      guard let event else { continue }
      switch browser.handle(event) {
      case .quit: return
      case .ignored: continue
      case .redraw: break
      }
      let frame = browser.render()
      check(frame, after: event)
      _ = frame.changes(from: previous)
      previous = frame
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

  /// Reads records off the input; `next()` is nil at the end, `.some(nil)` for a record
  /// the decoder drops.
  private struct RecordReader {
    var bytes: ArraySlice<UInt8>

    mutating func next() -> InputEvent?? {
      guard let first = bytes.popFirst() else { return nil }
      switch first {
      case 0xFF:
        let code = Int32(256 + Int(bytes.popFirst() ?? 0))
        switch KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(code)) {
        case .key(let key): return .some(.key(key))
        case .none: return .some(nil)
        case .resize:
          let width = Int(take(1) % 300) + 1
          let height = Int(take(1) % 100) + 1
          return .some(.resize(width: width, height: height))
        case .mouse:
          let buttons = mmask_t(truncatingIfNeeded: take(4))
          let row = Int(Int16(truncatingIfNeeded: take(2)))
          let column = Int(Int16(truncatingIfNeeded: take(2)))
          return .some(
            KeyDecoder.mouse(buttons: buttons, row: row, column: column).map(InputEvent.mouse))
        }
      case 0xFE:
        return .some(key(status: OK, code: UInt32(truncatingIfNeeded: take(4))))
      default:
        return .some(key(status: OK, code: scalar(startingWith: first)))
      }
    }

    private func key(status: Int32, code: UInt32) -> InputEvent? {
      guard case .key(let key) = KeyDecoder.decode(status: status, code: code) else { return nil }
      return .key(key)
    }

    /// The next `count` bytes as a little-endian number (missing bytes are zero).
    private mutating func take(_ count: Int) -> UInt64 {
      var value: UInt64 = 0
      for shift in 0..<count {
        value |= UInt64(bytes.popFirst() ?? 0) << (8 * UInt64(shift))
      }
      return value
    }

    /// The scalar of the UTF-8 sequence that starts with `lead`, or `lead` itself when no
    /// valid sequence starts there.
    private mutating func scalar(startingWith lead: UInt8) -> UInt32 {
      let length =
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
      guard length > 1, bytes.count >= length - 1 else { return UInt32(lead) }
      let sequence = [lead] + bytes.prefix(length - 1)
      guard let text = String(validating: sequence, as: UTF8.self),
        let scalar = text.unicodeScalars.first
      else { return UInt32(lead) }
      bytes.removeFirst(length - 1)
      return scalar.value
    }
  }
}
