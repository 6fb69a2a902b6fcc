#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock phases of a long command, printed to standard error when `$BORDERTRACK_TRACE` is set
/// (`import` uses it: read, decode, checks, inserts, digest, commit). Off, it costs one environment read.
public struct PhaseTrace: Sendable {
    private let on: Bool
    private var last: UInt64

    public init() {
        on = getenv("BORDERTRACK_TRACE") != nil
        last = PhaseTrace.now()
    }

    package static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Prints the time since the previous mark (or since `init`) under `name`.
    public mutating func mark(_ name: String) {
        guard on else { return }
        let t = PhaseTrace.now()
        let line = "trace: \(name) \(Double((t - last) / 1000) / 1000) ms\n"
        var bytes = Array(line.utf8)
        _ = write(2, &bytes, bytes.count)
        last = t
    }
}
