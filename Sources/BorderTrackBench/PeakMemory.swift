import BorderTrackApp
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Peak resident memory, as the kernel counts it.
package enum PeakMemory {
    /// This process's peak RSS in MB: `VmHWM` from /proc/self/status, else `getrusage` `ru_maxrss`.
    package static func selfMB() -> Double {
        if let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kb = Double(line.split(separator: " ").dropFirst().first ?? "") {
            return kb / 1024
        }
        var usage = rusage()
        return getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 ? Double(usage.ru_maxrss) / 1024 : 0
    }

    /// The largest peak RSS among waited-for children, in MB (`getrusage(RUSAGE_CHILDREN)`; Linux counts KB).
    package static func childrenMB() -> Double {
        var usage = rusage()
        return getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage) == 0 ? Double(usage.ru_maxrss) / 1024 : 0
    }
}
