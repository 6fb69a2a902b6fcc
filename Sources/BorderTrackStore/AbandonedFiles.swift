import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Leftovers of writes that died half-way (a temporary file named PREFIX + PID of a process that is gone).
public enum AbandonedFiles {
    /// Removes the files in `dir` named `prefix` followed by the id of a process that no longer runs.
    public static func remove(prefix: String, in dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
            guard let pid = Int32(digits), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: dir + "/" + name)
        }
    }
}
