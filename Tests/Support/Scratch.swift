import Foundation

/// Where a test process keeps its temporary trackers: one folder per process under the system's temporary
/// folder, removed when the process exits (`atexit`); folders of test processes that no longer run (killed, or
/// crashed) are removed when the next one starts. A full test run writes hundreds of trackers (about 700 MB).
public enum Scratch {
    /// This process's folder, made on first use.
    public static let root: URL = {
        let fm = FileManager.default
        let base = fm.temporaryDirectory
        for name in (try? fm.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            // Another test process's folder: left alone while that process runs (`kill(pid, 0)` finds it).
            if let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? fm.removeItem(at: base.appendingPathComponent(name))
            }
        }
        let root = base.appendingPathComponent(prefix + String(getpid()))
        try? fm.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.folder(of: getpid())) }
        return root
    }()

    static let prefix = "bt-tests-"

    static func folder(of pid: Int32) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(prefix + String(pid))
    }

    /// A new path inside this process's folder: `NAME-UUID` (nothing is created).
    public static func path(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }
}
