import Foundation
import Glibc

/// Runs a program to its end with `posix_spawn` and `waitpid`, its output collected through
/// files (a daemon it starts may hold a pipe open forever).
enum ChildProcess {
  /// How a run ended.
  struct Result {
    /// The exit status, or 128 + the signal's number when a signal ended it.
    var status: Int32
    /// What it wrote to standard output.
    var output: String
    /// What it wrote to standard error.
    var errors: String
  }

  /// Why a program could not be started.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String
  }

  /// Runs `path` with `arguments`, standard input from /dev/null.
  static func run(_ path: String, _ arguments: [String]) throws -> Result {
    let directory = FileManager.default.temporaryDirectory.path
    let token = UUID().uuidString
    let outputPath = "\(directory)/child-\(token).out"
    let errorPath = "\(directory)/child-\(token).err"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var attributes = SpawnAttributes.cleanSignals()
    defer { posix_spawnattr_destroy(&attributes) }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    guard spawned == 0 else {
      throw Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let signal = status & 0x7F
    let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    return Result(
      status: exitStatus,
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }
}

/// Spawn attributes for a child that starts with no signal blocked or ignored: the test
/// runner's threads block and ignore signals, and a child must inherit none of that (a tmux
/// server with SIGCHLD blocked never notices its panes end).
enum SpawnAttributes {
  /// Initialised attributes, which the caller destroys with `posix_spawnattr_destroy`.
  static func cleanSignals() -> posix_spawnattr_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    return attributes
  }
}
