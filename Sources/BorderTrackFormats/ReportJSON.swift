import BorderTrackCore

/// A status report as JSON (`"format": "bordertrack-report/1"`), keys in a fixed order; schema in `Docs/report-json-schema.md`.
///
/// Values are raw (no formula defusing, no placeholders): JSON escaping makes them safe to carry.
public enum ReportJSON {
    /// The format tag written at the top of every report.
    public static let format = "bordertrack-report/1"

    /// The pretty-printed document, ending with a newline.
    public static func render(_ r: StatusReport) -> String { JSONWriter.pretty(value(r)) }

    /// The document as an ordered JSON value.
    public static func value(_ r: StatusReport) -> JSONValue {
        .object(head(r) + [("projects", .array(r.sections.map(section)))])
    }

    /// The document's members before `projects`, in order.
    static func head(_ r: StatusReport) -> [(String, JSONValue)] {
        [
            ("format", .string(format)),
            ("asOf", string(r.asOf?.description)),
            ("day", .string(r.day.description)),
            ("generatedAt", .string(r.generatedAt.description)),
            ("database", .string(r.database)),
            ("statement", .string(StatusReport.statement)),
            ("selection", selection(r.selection)),
            ("summary", summary(r.summary)),
        ]
    }

    /// Writes the same bytes as `render`, handing them to `sink` about a megabyte at a time, one project's
    /// section built at a time: a report of 850,000 discrepancies (2 GB) is never whole in memory.
    public static func write(_ r: StatusReport, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 21)
        var pads: [[UInt8]] = [[]]
        func flush(_ force: Bool) throws {
            guard force || out.count >= 1 << 20 else { return }
            try out.withUnsafeBufferPointer { try sink($0) }
            out.removeAll(keepingCapacity: true)
        }
        // As `JSONWriter.write` lays out the top object, with `projects` last.
        out.append(contentsOf: "{\n".utf8)
        for (k, v) in head(r) {
            out.append(contentsOf: "  ".utf8)
            JSONWriter.appendQuoted(k, into: &out)
            out.append(contentsOf: ": ".utf8)
            JSONWriter.write(v, indent: 1, pads: &pads, into: &out)
            out.append(contentsOf: ",\n".utf8)
        }
        out.append(contentsOf: "  \"projects\": ".utf8)
        if r.sections.isEmpty {
            out.append(contentsOf: "[]".utf8)
        } else {
            out.append(contentsOf: "[\n".utf8)
            for (n, s) in r.sections.enumerated() {
                out.append(contentsOf: "    ".utf8)
                JSONWriter.write(section(s), indent: 2, pads: &pads, into: &out)
                out.append(contentsOf: (n + 1 < r.sections.count ? ",\n" : "\n").utf8)
                try flush(false)
            }
            out.append(contentsOf: "  ]".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        try flush(true)
    }

    static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    static func int(_ n: Int) -> JSONValue { .number(String(n)) }
    static func strings(_ a: [String]) -> JSONValue { .array(a.map { .string($0) }) }

    static func selection(_ s: StatusReport.Selection) -> JSONValue {
        .object([("projects", strings(s.projects)), ("kind", string(s.kind?.rawValue)), ("country", string(s.country)),
                 ("discrepanciesOnly", .bool(s.discrepanciesOnly))])
    }

    static func slip(_ s: StatusReport.Slip) -> JSONValue {
        .object([("project", .string(s.project)), ("name", .string(s.name)), ("milestone", .string(s.milestone.rawValue)),
                 ("firstTarget", .string(s.first.description)), ("latestTarget", .string(s.latest.description)),
                 ("months", int(s.months)), ("moves", int(s.moves))])
    }

    static func summary(_ s: StatusReport.Summary) -> JSONValue {
        .object([
            ("projects", int(s.projects)),
            ("byStatus", .array(s.byStatus.map {
                .object([("status", string($0.status?.rawValue)), ("official", int($0.official)), ("local", int($0.local)),
                         ("assessed", int($0.assessed))])
            })),
            ("openDiscrepancies", int(s.openDiscrepancies)),
            ("bySeverity", .array(s.bySeverity.map {
                .object([("severity", .string($0.severity.rawValue)), ("open", int($0.open)),
                         ("acknowledged", int($0.acknowledged)), ("total", int($0.total))])
            })),
            ("largestSlips", .array(s.largestSlips.map(slip))),
        ])
    }

    static func account(_ a: StatusReport.Account?) -> JSONValue {
        guard let a else { return .null }
        return .object([("status", .string(a.status.rawValue)), ("scope", string(a.scope?.rawValue)),
                        ("since", .string(a.since.description)), ("claim", .string(a.claim.id)),
                        ("source", .string(a.claim.source)), ("sourceName", .string(a.sourceName)),
                        ("asOf", .string(a.claim.asOf.description)), ("published", string(a.claim.published?.description)),
                        ("sourceGrade", .string(a.sourceGrade.rawValue))])
    }

    /// The assessed status (`bordertrack assess`'s item without `project` and `day`): `status`, `scope`, `since`,
    /// `grade`, `supporting`, `discounted` (`claim`, `reason`), then `sections` (each with `section` first), for the whole project.
    static func assessment(_ a: Assessment) -> JSONValue {
        .object(assessmentFields(a) + [("sections", .array(a.sections.map { .object([("section", string($0.section))] + assessmentFields($0)) }))])
    }

    static func assessmentFields(_ a: Assessment) -> [(String, JSONValue)] {
        [("status", string(a.status?.rawValue)), ("scope", string(a.scope?.rawValue)), ("since", string(a.since?.description)),
         ("grade", string(a.grade?.description)), ("supporting", strings(a.supporting)),
         ("discounted", .array(a.discounted.map { .object([("claim", .string($0.claim)), ("reason", .string($0.reason))]) }))]
    }

    static func segment(_ s: Segment) -> JSONValue {
        .object([("status", .string(s.status.rawValue)), ("scope", string(s.scope?.rawValue)), ("from", .string(s.from.description)),
                 ("to", .string(s.to.description)), ("ongoing", .bool(s.ongoing)), ("claim", .string(s.claim.id))])
    }

    static func section(_ s: StatusReport.Section) -> JSONValue {
        let p = s.project
        return .object([
            ("id", .string(p.id)),
            ("kind", .string(p.kind.rawValue)),
            ("names", .object([("en", .string(p.names.en)), ("ru", string(p.names.ru)), ("zh", string(p.names.zh))])),
            ("countries", strings(p.countries)),
            ("regions", strings(p.regions)),
            ("location", p.location.map { .object([("lat", .double($0.lat)), ("lon", .double($0.lon))]) } ?? .null),
            ("programs", strings(p.programs)),
            ("official", account(s.official)),
            ("local", account(s.local)),
            ("assessed", assessment(s.assessment)),
            ("openDiscrepancies", int(s.discrepancies.count)),
            ("worstSeverity", string(s.worstSeverity?.rawValue)),
            ("discrepancies", .array(s.discrepancies.map(DiscrepancyFormat.json))),
            ("deadlines", .array(s.deadlines.map { e in
                .object([("plan", .string(e.plan.id)), ("milestone", .string(e.plan.milestone.rawValue)),
                         ("target", .string(e.plan.target.description)), ("announced", string(e.plan.announced?.description)),
                         ("source", string(e.plan.source)), ("sourceName", string(e.sourceName)),
                         ("changeMonths", e.change.map(int) ?? .null)])
            })),
            ("slips", .array(s.slips.map(slip))),
            ("timeline", .object([("official", .array(s.officialLane.segments.map(segment))),
                                  ("local", .array(s.localLane.segments.map(segment)))])),
            ("voices", .object([("sources", int(s.voices.sources)), ("independent", int(s.voices.independent))])),
            ("claims", .array(s.claims.map { e in
                let c = e.claim
                return .object([("id", .string(c.id)), ("status", .string(c.status.rawValue)), ("scope", string(c.scope?.rawValue)),
                                ("asOf", .string(c.asOf.description)), ("published", string(c.published?.description)),
                                ("source", .string(c.source)), ("sourceName", .string(e.sourceName)),
                                ("tier", string(e.tier?.rawValue)), ("country", string(e.country)),
                                ("perspective", .string(e.perspective.rawValue)), ("inForce", .bool(e.inForce)),
                                ("url", string(c.url)), ("quote", string(c.quote)), ("quoteLang", string(c.quoteLang)),
                                ("translation", string(c.translation)), ("note", string(c.note)), ("via", string(c.via)),
                                ("viaName", string(e.viaName)), ("sourceGrade", .string(e.sourceGrade.rawValue)),
                                ("credibility", e.credibility.map { int($0.rawValue) } ?? .null)])
            })),
        ])
    }
}
