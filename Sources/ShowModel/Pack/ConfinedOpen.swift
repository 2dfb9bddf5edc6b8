import Glibc

/// Opens a file beneath a folder so that the check and the open are one step: the kernel's
/// `openat2` with `RESOLVE_BENEATH` resolves `..` and symbolic links as it opens and refuses
/// any path that leads out, so a link swapped in after a check cannot lead out either. Where
/// the kernel has no `openat2`, the path is walked one component at a time with
/// `openat(O_NOFOLLOW)` from the folder's descriptor, following links under the same rule.
enum ConfinedOpen {
  /// How the path is resolved.
  enum Method: Sendable, CaseIterable {
    /// One `openat2` call with `RESOLVE_BENEATH`; the walk when the kernel lacks it.
    case kernel
    /// The component-by-component walk, whatever the kernel.
    case walk
  }

  /// Why a file could not be opened.
  enum Failure: Error, Equatable {
    /// The path leads outside the folder (through `..`, an absolute link, or a link that
    /// leads out).
    case escapes
    /// The system refused with this `errno`.
    case system(Int32)
  }

  /// The most symbolic links one path may pass through, as Linux allows.
  static let linkLimit = 40

  /// A descriptor of the file at the relative `path`, opened read-only and non-blocking,
  /// which the caller closes; never a file outside the folder open as `folder`.
  static func open(_ path: String, beneath folder: Int32, method: Method = .kernel)
    -> Result<Int32, Failure>
  {
    if method == .kernel {
      switch openat2(path, beneath: folder) {
      case .failure(.system(ENOSYS)): break
      case let result: return result
      }
    }
    return walk(path, beneath: folder)
  }

  private static let fileFlags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY

  /// `O_PATH` (a descriptor that only names a place), which Glibc declares only under
  /// `_GNU_SOURCE`; the same value on x86-64 and AArch64.
  static let pathOnly: Int32 = 0o10_000_000

  // MARK: - openat2

  /// `struct open_how` of linux/openat2.h.
  private struct OpenHow {
    var flags: UInt64
    var mode: UInt64
    var resolve: UInt64
  }

  /// `RESOLVE_NO_MAGICLINKS | RESOLVE_BENEATH` of linux/openat2.h.
  private static let resolveBeneath: UInt64 = 0x02 | 0x08
  /// `SYS_openat2`, the same number on every Linux architecture.
  private static let openat2Number = 437

  /// `syscall(2)` with the four arguments `openat2` takes. Swift cannot call a variadic C
  /// function, so it is called through a pointer of a fixed signature; on x86-64 and
  /// AArch64 Linux such a call passes its arguments as the variadic one does.
  private typealias SyscallFunction =
    @convention(c) (Int, Int32, UnsafePointer<CChar>, UnsafeRawPointer, Int) -> Int

  private static func openat2(_ path: String, beneath folder: Int32) -> Result<Int32, Failure> {
    guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, "syscall") else {
      return .failure(.system(ENOSYS))
    }
    defer { dlclose(library) }
    let call = unsafeBitCast(symbol, to: SyscallFunction.self)
    var how = OpenHow(flags: UInt64(fileFlags), mode: 0, resolve: resolveBeneath)
    // EAGAIN: a rename elsewhere raced the lookup, which the kernel then refuses to trust.
    for _ in 0..<8 {
      let result = path.withCString { name in
        withUnsafePointer(to: &how) { how in
          call(openat2Number, folder, name, UnsafeRawPointer(how), MemoryLayout<OpenHow>.size)
        }
      }
      if result >= 0 { return .success(Int32(result)) }
      switch errno {
      case EINTR, EAGAIN: continue
      case EXDEV: return .failure(.escapes)
      case let code: return .failure(.system(code))
      }
    }
    return .failure(.system(EAGAIN))
  }

  // MARK: - Walk

  /// Opens each component from the folder's descriptor with `O_NOFOLLOW`; a link is read
  /// and its target walked in its place, a `..` pops back one folder and never above the
  /// first, and an absolute link leads out, as `RESOLVE_BENEATH` has it.
  private static func walk(_ path: String, beneath folder: Int32) -> Result<Int32, Failure> {
    var pending = Array(components(of: path).reversed())
    var folders: [Int32] = []
    defer { for descriptor in folders { close(descriptor) } }
    var links = 0
    while let name = pending.popLast() {
      let current = folders.last ?? folder
      if name == ".." {
        guard let last = folders.popLast() else { return .failure(.escapes) }
        close(last)
        continue
      }
      let isLast = pending.isEmpty
      let flags = isLast ? fileFlags | O_NOFOLLOW : pathOnly | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW
      let descriptor = openat(current, name, flags)
      if descriptor >= 0 {
        if isLast { return .success(descriptor) }
        folders.append(descriptor)
        continue
      }
      let code = errno
      guard code == ELOOP || code == ENOTDIR, let target = link(named: name, in: current) else {
        return .failure(.system(code))
      }
      links += 1
      guard links <= linkLimit else { return .failure(.system(ELOOP)) }
      guard !target.hasPrefix("/") else { return .failure(.escapes) }
      pending += components(of: target).reversed()
    }
    // The path names a folder (such as "." or "a/.."): open it, so the caller says what it is.
    let descriptor = openat(folders.last ?? folder, ".", fileFlags)
    return descriptor >= 0 ? .success(descriptor) : .failure(.system(errno))
  }

  /// The components of a relative path, without empty ones and `.`.
  private static func components(of path: String) -> [String] {
    path.split(separator: "/").map(String.init).filter { $0 != "." }
  }

  /// The target of the symbolic link `name` in the folder `folder`; nil when it is no link.
  private static func link(named name: String, in folder: Int32) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlinkat(folder, name, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
