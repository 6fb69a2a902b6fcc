#if canImport(Glibc)
import BorderTrackApp
import Glibc
#endif

/// Monotonic time for measurements (`CLOCK_MONOTONIC`, nanoseconds).
package enum Stopwatch {
    /// Now, in nanoseconds since an arbitrary start.
    package static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Milliseconds elapsed since `start` (a value of `now()`).
    package static func ms(since start: UInt64) -> Double { Double(now() - start) / 1_000_000 }

    /// Runs `body` and returns its result with the elapsed milliseconds.
    package static func time<T>(_ body: () throws -> T) rethrows -> (T, ms: Double) {
        let start = now()
        let value = try body()
        return (value, Double(now() - start) / 1_000_000)
    }

    /// The `p`-th percentile (0…100) of samples, nearest-rank method; 0 for no samples.
    package static func percentile(_ samples: [Double], _ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}
