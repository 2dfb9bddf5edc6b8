import Foundation
import Glibc

/// A pseudo-terminal of the test's own with a program on its far side, for what tmux cannot
/// do: closing the terminal under the program without a hang-up signal (the terminal is not
/// the program's controlling terminal, as when it was handed a terminal it did not open).
final class PseudoTerminal {
  /// A step that failed.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String
  }

  /// TIOCSPTLCK, `_IOW('T', 0x31, int)`: locks or unlocks the terminal's far side. A macro
  /// Swift does not import.
  private static let unlockRequest: UInt = 0x4004_5431
  /// TIOCGPTN, `_IOR('T', 0x30, unsigned int)`: the terminal's number in /dev/pts.
  private static let numberRequest: UInt = 0x8004_5430

  /// The program's process id.
  let pid: pid_t
  private var controller: Int32
  private var output: [UInt8] = []
  private var endStatus: Int32?

  /// Starts `path` with `arguments` on a new terminal of `width` × `height`, its standard
  /// input, output and error all on the terminal, `TERM=xterm-256color`.
  init(_ path: String, _ arguments: [String] = [], width: UInt16 = 100, height: UInt16 = 30)
    throws
  {
    controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard controller >= 0, ioctl(controller, Self.unlockRequest, &unlock) == 0,
      ioctl(controller, Self.numberRequest, &number) == 0
    else { throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))") }
    let name = "/dev/pts/\(number)"
    var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
    let terminal = open(name, O_RDWR | O_NOCTTY)
    guard terminal >= 0 else { throw Failure(description: "cannot open \(name)") }
    defer { close(terminal) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target in 0...2 { posix_spawn_file_actions_adddup2(&actions, terminal, Int32(target)) }
    posix_spawn_file_actions_addclose(&actions, controller)
    var attributes = SpawnAttributes.cleanSignals()
    defer { posix_spawnattr_destroy(&attributes) }
    let environment =
      ProcessInfo.processInfo.environment.filter { $0.key != "TERM" }.map {
        "\($0.key)=\($0.value)"
      }
      + ["TERM=xterm-256color"]
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      close(controller)
      throw Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    self.pid = pid
  }

  deinit {
    closeTerminal()
    if exitStatus() == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
  }

  /// Reads what the program writes until it contains `text`; throws after `timeout`.
  func wait(forText text: String, timeout: Duration = .seconds(10)) throws {
    let deadline = ContinuousClock.now + timeout
    let wanted = Array(text.utf8)
    var buffer = [UInt8](repeating: 0, count: 4096)
    while ContinuousClock.now < deadline {
      var request = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
      guard poll(&request, 1, 50) > 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      output += buffer[..<count]
      if output.count >= wanted.count,
        (0...(output.count - wanted.count)).contains(where: {
          output[$0..<($0 + wanted.count)].elementsEqual(wanted)
        })
      {
        return
      }
    }
    throw Failure(description: "the program never wrote \"\(text)\"")
  }

  /// Everything the program has written that `wait(forText:)` has read so far.
  var written: [UInt8] { output }

  /// Closes the terminal's controlling side: the program's reads now fail, and no signal
  /// tells it so.
  func closeTerminal() {
    guard controller >= 0 else { return }
    close(controller)
    controller = -1
  }

  /// The exit status once the program has ended (128 + the signal's number when a signal
  /// ended it), or nil while it runs.
  func exitStatus() -> Int32? {
    if let endStatus { return endStatus }
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
    let signal = status & 0x7F
    endStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    return endStatus
  }

  /// Waits for the program to end; nil when it still runs after `timeout`.
  func waitForExit(timeout: Duration) -> Int32? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if let status = exitStatus() { return status }
      usleep(20_000)
    }
    return exitStatus()
  }
}
