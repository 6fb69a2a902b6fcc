import BorderTrackApp
import BorderTrackFormats
import Foundation

/// Everything one `bordertrack bench` run measured, and its two renderings.
package struct BenchReport {
    package let projects: Int
    package let claimsPerProject: Int
    package let seed: UInt64
    /// Discrepancies found in the dataset (context for the scan figures).
    package let discrepancies: Int
    package let build: String
    package let metrics: [BenchMetric]

    package var claims: Int { projects * claimsPerProject }

    /// Whether every figure with a target met it (an unmeasured target counts as not met).
    package var allTargetsMet: Bool {
        metrics.allSatisfy { $0.target == nil || $0.verdict == .met }
    }

    /// The aligned table: metric, value, target, ratio and verdict.
    package func text() -> String {
        var rows: [[String]] = [["metric", "value", "target", "ratio / verdict"]]
        for m in metrics {
            let value = m.value.map { BenchReport.format($0, unit: m.unit) } ?? "not measured"
            var verdict = m.note
            if let t = m.target, let v = m.value {
                let ratio = t.limit > 0 ? v / t.limit : 0
                verdict = "\(String(format: "%.2f", ratio))× target — \(m.verdict == .met ? "met" : "MISSED")"
                if !m.note.isEmpty { verdict += "; " + m.note }
            } else if m.target != nil {
                verdict = "not measured — MISSED"
            }
            rows.append([m.label, value, m.target?.text ?? "", verdict])
        }
        let widths = (0..<4).map { c in rows.map { $0[c].count }.max() ?? 0 }
        var out = "bordertrack bench — \(projects) projects × \(claimsPerProject) claims = \(claims) claims, seed \(seed), "
            + "\(discrepancies) discrepancies, \(build) build\n\n"
        for (i, r) in rows.enumerated() {
            let line = (0..<4).map { c in
                c == 1 ? String(repeating: " ", count: widths[c] - r[c].count) + r[c] : r[c] + String(repeating: " ", count: widths[c] - r[c].count)
            }.joined(separator: "  ")
            out += line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
            if i == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        let missed = metrics.filter { $0.target != nil && $0.verdict != .met }.map(\.key)
        out += "\n" + (missed.isEmpty ? "every target of issue 8 met" : "targets missed: " + missed.joined(separator: ", ")) + "\n"
        return out
    }

    /// The JSON rendering; keys are stable (`metrics.<key>.value`, `.unit`, `.target`, `.verdict`).
    package func json() -> String {
        func num(_ d: Double) -> JSONValue { .number(BenchReport.plain(d)) }
        let ms: [(String, JSONValue)] = metrics.map { m in
            (m.key, .object([
                ("label", .string(m.label)),
                ("value", m.value.map(num) ?? .null),
                ("unit", .string(m.unit)),
                ("target", m.target.map { num($0.limit) } ?? .null),
                ("verdict", .string(m.verdict.rawValue)),
            ]))
        }
        return JSONWriter.pretty(.object([
            ("format", .string("bordertrack-bench/1")),
            ("build", .string(build)),
            ("dataset", .object([("projects", .number(String(projects))), ("claimsPerProject", .number(String(claimsPerProject))),
                                 ("claims", .number(String(claims))), ("seed", .number(String(seed))),
                                 ("discrepancies", .number(String(discrepancies)))])),
            ("metrics", .object(ms)),
            ("allTargetsMet", .bool(allTargetsMet)),
        ])) + "\n"
    }

    /// A value with its unit, to a sensible precision.
    package static func format(_ v: Double, unit: String) -> String {
        switch unit {
        case "rows/s": return "\(Int(v.rounded())) rows/s"
        case "×": return String(format: "%.2f×", v)
        case "ms": return v < 10 ? String(format: "%.3f ms", v) : String(format: "%.1f ms", v)
        default: return String(format: "%.2f", v) + " " + unit
        }
    }

    /// A JSON number: finite, at most six decimals.
    package static func plain(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        var s = String(format: "%.6f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
