import Foundation
import Glibc
import ShowModel
import TVmazeClient

/// Fetches the guest cast of each episode of a TVmaze show and embeds it in the show as
/// TVmaze's own `embed=guestcast` does, one request per episode, paced to TVmaze's limit
/// (20 requests in 10 seconds), with a progress line on a terminal.
struct GuestCastFetch {
  /// The API to ask.
  let api: TVmazeAPI
  /// The most requests in `window` seconds.
  var limit = 20
  /// The pacing window, in seconds.
  var window = 10.0

  /// `show` with each episode's `_embedded.guestcast`.
  func embed(in show: JSONValue) throws -> JSONValue {
    guard case .object(var pairs) = show,
      let at = pairs.firstIndex(where: { $0.key == "_embedded" }),
      case .object(var embedded) = pairs[at].value,
      let episodesAt = embedded.firstIndex(where: { $0.key == "episodes" }),
      case .array(var episodes) = embedded[episodesAt].value
    else { return show }
    var sent: [Date] = []
    let showsProgress = isatty(2) == 1
    for index in episodes.indices {
      guard case .object(var episode) = episodes[index],
        case .number(let text)? = episodes[index]["id"],
        let id = Int(text)
      else { continue }
      pace(&sent)
      let guests: JSONValue
      do {
        guests = try api.guestCast(episode: id)
      } catch {
        if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        throw CommandFailure("the guest cast of episode \(id): \(error.message)")
      }
      episode.removeAll { $0.key == "_embedded" }
      episode.append((key: "_embedded", value: .object([(key: "guestcast", value: guests)])))
      episodes[index] = .object(episode)
      if showsProgress {
        FileHandle.standardError.write(
          Data("\rguest cast: \(index + 1) of \(episodes.count) episodes".utf8))
      }
    }
    if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
    embedded[episodesAt].value = .array(episodes)
    pairs[at].value = .object(embedded)
    return .object(pairs)
  }

  /// Waits until one more request keeps within `limit` requests in `window` seconds, and
  /// counts it.
  private func pace(_ sent: inout [Date]) {
    let now = Date()
    sent.removeAll { now.timeIntervalSince($0) >= window }
    if sent.count >= limit, let oldest = sent.first {
      let wait = window - now.timeIntervalSince(oldest)
      if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
      sent.removeFirst()
    }
    sent.append(Date())
  }
}
