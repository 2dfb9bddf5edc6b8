import Foundation
import Glibc
import Testing

@testable import TerminalUI

/// A signal that lands on another thread (the browser lays out articles and searches on
/// worker threads) still ends the loop's wait for input at once, through the wake-up pipe,
/// instead of when the wait's timeout runs out.
@Suite(.serialized) struct SignalWakeUpTests {
  @Test func aSignalOnAnotherThreadEndsTheWaitForInput() throws {
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    SignalMonitor.install()
    defer {
      SignalMonitor.uninstall()
      _ = SignalMonitor.take()
    }
    // Nothing is ever written to the input, so only the signal can end this wait early.
    var input = TerminalInput(descriptor: ends[0])
    let sender = Thread {
      var unblocked = sigset_t()
      sigemptyset(&unblocked)
      sigaddset(&unblocked, SIGWINCH)
      pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
      usleep(200_000)
      raise(SIGWINCH)  // delivered to this thread, never to the one that waits
    }
    let start = ContinuousClock.now
    sender.start()
    #expect(input.nextEvent(waitingAtMost: .seconds(60)) == nil)
    #expect(ContinuousClock.now - start < .seconds(30), "the wait ran to its timeout")
    #expect(SignalMonitor.take().contains(SIGWINCH))
  }

  @Test func workDoneOnAnotherThreadEndsTheWaitForInput() throws {
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    SignalMonitor.install()
    defer { SignalMonitor.uninstall() }
    var input = TerminalInput(descriptor: ends[0])
    let worker = Thread {
      usleep(200_000)
      TerminalSession.wakeUp()
    }
    let start = ContinuousClock.now
    worker.start()
    #expect(input.nextEvent(waitingAtMost: .seconds(60)) == nil)
    #expect(ContinuousClock.now - start < .seconds(30), "the wait ran to its timeout")
    #expect(SignalMonitor.take().isEmpty)
  }

  /// Work that ends while no session runs (a worker left running after the last one)
  /// writes nothing: the pipe is kept for the process, and the next session's first wait
  /// is not cut short.
  @Test func workDoneBetweenSessionsWakesNothing() throws {
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    SignalMonitor.install()
    let readEnd = SignalMonitor.wakeUpReadEnd
    SignalMonitor.uninstall()
    TerminalSession.wakeUp()
    var pending = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
    #expect(poll(&pending, 1, 0) == 0, "a wake-up was written while no session ran")
    SignalMonitor.install()
    defer { SignalMonitor.uninstall() }
    #expect(SignalMonitor.wakeUpReadEnd == readEnd)
    var input = TerminalInput(descriptor: ends[0])
    let start = ContinuousClock.now
    #expect(input.nextEvent(waitingAtMost: .milliseconds(300)) == nil)
    #expect(ContinuousClock.now - start >= .milliseconds(250))
  }
}
