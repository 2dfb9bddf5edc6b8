import Glibc

/// What the test process was built with that changes what a measurement means.
public enum Sanitizers {
  /// True when this process runs under AddressSanitizer or ThreadSanitizer: their shadow
  /// memory and quarantine multiply a process's resident memory, and their checks slow
  /// every memory access several times. The binaries the tests start are built the same way.
  public static let active: Bool = ["__asan_init", "__tsan_init"].contains { (name: String) in
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) != nil
  }

  /// How many times longer a deadline is given when a sanitizer slows the code it guards.
  public static let slowdown: Int = active ? 10 : 1
}
