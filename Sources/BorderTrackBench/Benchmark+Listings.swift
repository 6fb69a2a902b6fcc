import BorderTrackApp
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text listings as a user runs them: this binary in a process of its own, its output read from a pipe.
extension Benchmark {
    /// What one listing took: until its first row (the line after the header) reached the pipe, and until it ended.
    struct Listing {
        let firstRowMS: Double
        let totalMS: Double
        let rows: Int
    }

    /// Runs `exe ARGS` with standard output on a pipe and times its first row and its end; fails loudly on a
    /// non-zero exit.
    static func listing(_ exe: String, _ args: [String]) throws -> Listing {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        let start = Stopwatch.now()
        try p.run()
        try? pipe.fileHandleForWriting.close()
        let fd = pipe.fileHandleForReading.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var lines = 0
        var first: Double? = nil
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            for i in 0..<n where buffer[i] == 10 {
                lines += 1
                if lines == 2, first == nil { first = Stopwatch.ms(since: start) }
            }
        }
        p.waitUntilExit()
        let total = Stopwatch.ms(since: start)
        guard p.terminationStatus == 0 else {
            throw CLIError.failure("bench: \(([URL(fileURLWithPath: exe).lastPathComponent] + args).joined(separator: " ")) exited with status \(p.terminationStatus)")
        }
        return Listing(firstRowMS: first ?? total, totalMS: total, rows: max(0, lines - 1))
    }

    /// `project list` and `discrepancies` as text, with the time `sqlite3` takes to print the same project rows
    /// (id, kind, name, claim count, latest as-of; no validation) as the baseline of the same run.
    func listingMetrics(db: String) throws -> [BenchMetric] {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var metrics: [BenchMetric] = []
        let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let baseline = try sqlite3.map {
            try Benchmark.listing($0, ["-readonly", db, """
                SELECT p.id, p.kind, count(c.id), max(c.as_of), p.name_en FROM project AS p LEFT JOIN claim AS c ON c.project = p.id
                GROUP BY p.seq ORDER BY p.seq
                """])
        }
        for (key, args, label) in [("projects", ["project", "list"], "project list"), ("discrepancies", ["discrepancies"], "discrepancies")] {
            progress("\(label) as text")
            let l = try Benchmark.listing(exe, args + ["--db", db])
            metrics.append(BenchMetric(key: "list_\(key)_first_row_ms", label: "\(label), text: first row on the pipe", value: l.firstRowMS,
                                       unit: "ms", target: .init(limit: 200, text: "≤ 200 ms")))
            let ratio = key == "projects" ? baseline.map { l.totalMS / $0.totalMS } : nil
            metrics.append(BenchMetric(key: "list_\(key)_total_ms", label: "\(label), text: all \(l.rows) rows", value: l.totalMS, unit: "ms",
                                       target: .init(limit: 2000, text: "≤ 2000 ms"),
                                       note: ratio.map { String(format: "%.2f× sqlite3", $0) } ?? ""))
        }
        metrics.append(BenchMetric(key: "sqlite3_list_projects_ms", label: "sqlite3 printing the same project rows (baseline)",
                                   value: baseline?.totalMS, unit: "ms", target: nil))
        return metrics
    }
}
