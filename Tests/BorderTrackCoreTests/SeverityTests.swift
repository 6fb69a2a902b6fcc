import BorderTrackCore
import Testing

/// Each kind of discrepancy at each severity it can have, with the sentence an editor reads, pinned: the
/// severity rule (operating against not operating, or two or more stages apart, is critical; one stage apart or
/// a suspension is major; only the scope differing is minor) applied kind by kind, and the deadline-slip rule
/// (a 12-month or single slip minor; 36 months or 3 moves major; a passed target one step worse).
@Suite("Severities and explanations of every kind")
struct SeverityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let claims: [(String, String, String, String, String?)]
        let today: String
        let kind: DiscrepancyKind
        let severity: Severity
        let explanation: String
        init(_ claims: [(String, String, String, String, String?)], today: String, _ kind: DiscrepancyKind, _ severity: Severity, _ explanation: String) {
            self.claims = claims; self.today = today; self.kind = kind; self.severity = severity; self.explanation = explanation
        }
        var testDescription: String { "\(kind.rawValue) \(severity.rawValue)" }
    }

    static let cases: [Case] = [
        Case([("o", "operational", "2020-03", "minvr", "full"), ("l", "completed", "2020-09", "amurlife", nil)], today: "2021-01-01", .statusConflict, .critical,
             "Official and local accounts contradict each other: Minvostokrazvitiya (2020-03) says operating for passengers and cargo; against that, Amur Life (2020-09) says completed but not in service — a later account reports less, with no suspension or closure reported between."),
        Case([("o", "completed", "2020-03", "minvr", nil), ("l", "construction", "2020-09", "amurlife", nil)], today: "2021-01-01", .statusConflict, .major,
             "Official and local accounts contradict each other: Minvostokrazvitiya (2020-03) says completed but not in service; against that, Amur Life (2020-09) says under construction — a later account reports less, with no suspension or closure reported between."),
        Case([("o", "operational", "2020-03", "minvr", "full"), ("l", "operational", "2020-09", "amurlife", "cargo")], today: "2021-01-01", .statusConflict, .minor,
             "Official and local accounts contradict each other: Minvostokrazvitiya (2020-03) says operating for passengers and cargo; against that, Amur Life (2020-09) says operating for cargo — a later account reports less, with no suspension or closure reported between."),
        Case([("r", "operational", "2020-03", "minvr", "full"), ("c", "completed", "2020-09", "xinhua", nil)], today: "2021-01-01", .crossBorder, .critical,
             "Russian and Chinese sources contradict each other: Minvostokrazvitiya (2020-03) says operating for passengers and cargo; against that, Xinhua (2020-09) says completed but not in service — a later account reports less, with no suspension or closure reported between."),
        Case([("r", "completed", "2020-03", "minvr", nil), ("c", "construction", "2020-09", "xinhua", nil)], today: "2021-01-01", .crossBorder, .major,
             "Russian and Chinese sources contradict each other: Minvostokrazvitiya (2020-03) says completed but not in service; against that, Xinhua (2020-09) says under construction — a later account reports less, with no suspension or closure reported between."),
        Case([("r", "operational", "2020-03", "minvr", "full"), ("c", "operational", "2020-09", "xinhua", "cargo")], today: "2021-01-01", .crossBorder, .minor,
             "Russian and Chinese sources contradict each other: Minvostokrazvitiya (2020-03) says operating for passengers and cargo; against that, Xinhua (2020-09) says operating for cargo — a later account reports less, with no suspension or closure reported between."),
        Case([("r", "operational", "2020-03", "rg", "full"), ("m", "construction", "2020-09", "minvr", nil)], today: "2021-01-01", .officialSplit, .critical,
             "Official sources on the Russian side contradict each other: Rossiyskaya Gazeta (2020-03) says operating for passengers and cargo; against that, Minvostokrazvitiya (2020-09) says under construction — a later account reports less, with no suspension or closure reported between."),
        Case([("r", "completed", "2020-03", "rg", nil), ("m", "construction", "2020-09", "minvr", nil)], today: "2021-01-01", .officialSplit, .major,
             "Official sources on the Russian side contradict each other: Rossiyskaya Gazeta (2020-03) says completed but not in service; against that, Minvostokrazvitiya (2020-09) says under construction — a later account reports less, with no suspension or closure reported between."),
        Case([("r", "operational", "2020-03", "rg", "full"), ("m", "operational", "2020-09", "minvr", "passenger")], today: "2021-01-01", .officialSplit, .minor,
             "Official sources on the Russian side contradict each other: Rossiyskaya Gazeta (2020-03) says operating for passengers and cargo; against that, Minvostokrazvitiya (2020-09) says operating for passengers — a later account reports less, with no suspension or closure reported between."),
        Case([("a", "operational", "2020-03", "amurlife", nil), ("b", "construction", "2020-09", "amurlife", nil)], today: "2021-01-01", .regression, .critical,
             "Amur Life contradicts itself: Amur Life (2020-03) says operating; against that, Amur Life (2020-09) says under construction — a later account reports less, with no suspension or closure reported between."),
        Case([("a", "completed", "2020-03", "amurlife", nil), ("b", "construction", "2020-09", "amurlife", nil)], today: "2021-01-01", .regression, .major,
             "Amur Life contradicts itself: Amur Life (2020-03) says completed but not in service; against that, Amur Life (2020-09) says under construction — a later account reports less, with no suspension or closure reported between."),
        Case([("a", "operational", "2020-03", "amurlife", "full"), ("b", "operational", "2020-09", "amurlife", "cargo")], today: "2021-01-01", .regression, .minor,
             "Amur Life contradicts itself: Amur Life (2020-03) says operating for passengers and cargo; against that, Amur Life (2020-09) says operating for cargo — a later account reports less, with no suspension or closure reported between."),
        Case([("o", "operational", "2017-01", "minvr", "cargo"), ("l", "operational", "2019-06", "amurlife", "full")], today: "2021-06-01", .staleOfficial, .minor,
             "No official source has changed its account since 2017-01 (Minvostokrazvitiya: operating for cargo), 53 months, while local sources report operating for passengers and cargo (Amur Life, 2019-06)."),
        Case([("o", "construction", "2017-01", "minvr", nil), ("l", "completed", "2019-06", "amurlife", nil)], today: "2021-06-01", .staleOfficial, .major,
             "No official source has changed its account since 2017-01 (Minvostokrazvitiya: under construction), 53 months, while local sources report completed but not in service (Amur Life, 2019-06)."),
        Case([("o", "construction", "2017-01", "minvr", nil), ("l", "operational", "2019-06", "amurlife", "cargo")], today: "2021-06-01", .staleOfficial, .critical,
             "No official source has changed its account since 2017-01 (Minvostokrazvitiya: under construction), 53 months, while local sources report operating for cargo (Amur Life, 2019-06)."),
    ]

    @Test("one discrepancy of the kind, at the severity, explained in these words", arguments: cases)
    func claims(_ c: Case) throws {
        var f = Fixture()
        for (id, status, asOf, source, scope) in c.claims { f.claim(id, status, asOf, source, scope: scope) }
        let found = f.analyse(today: c.today).discrepancies
        #expect(found.map(\.kind) == [c.kind])
        let d = try #require(found.first)
        #expect(d.severity == c.severity)
        #expect(d.explanation == c.explanation)
        #expect(d.claims == c.claims.map(\.0))
        #expect(d.id.hasPrefix(c.kind.idPrefix + "-"))
    }

    struct Slip: Sendable, CustomTestStringConvertible {
        let plans: [(String, String, String)]
        let today: String
        let severity: Severity
        let explanation: String
        init(_ plans: [(String, String, String)], today: String, _ severity: Severity, _ explanation: String) {
            self.plans = plans; self.today = today; self.severity = severity; self.explanation = explanation
        }
        var testDescription: String { "deadline-slip \(severity.rawValue): \(plans.map(\.1).joined(separator: " → ")) on \(today)" }
    }

    static let slips: [Slip] = [
        Slip([("a", "2020", "2018"), ("b", "2021", "2019")], today: "2020-06-01", .minor,
             "The opening target moved 1 time, 12 months in all: 2020 (announced 2018) → 2021 (announced 2019)."),
        Slip([("a", "2020", "2018"), ("b", "2023", "2019")], today: "2020-06-01", .major,
             "The opening target moved 1 time, 36 months in all: 2020 (announced 2018) → 2023 (announced 2019)."),
        Slip([("a", "2020-01", "2018"), ("b", "2020-03", "2019-01"), ("c", "2020-05", "2019-06"), ("d", "2020-07", "2019-09")], today: "2020-01-01", .major,
             "The opening target moved 3 times, 6 months in all: 2020-01 (announced 2018) → 2020-03 (announced 2019-01) → 2020-05 (announced 2019-06) → 2020-07 (announced 2019-09)."),
        Slip([("a", "2020", "2018"), ("b", "2021", "2019")], today: "2022-06-01", .major,
             "The opening target moved 1 time, 12 months in all: 2020 (announced 2018) → 2021 (announced 2019); the latest target has passed with no source reporting the opening."),
        Slip([("a", "2015", "2012"), ("b", "2018", "2014"), ("c", "2021", "2017")], today: "2022-06-01", .critical,
             "The opening target moved 2 times, 72 months in all: 2015 (announced 2012) → 2018 (announced 2014) → 2021 (announced 2017); the latest target has passed with no source reporting the opening."),
    ]

    @Test("deadline slips: minor, major by length, by moves or by a passed target, critical", arguments: slips)
    func deadlineSlips(_ s: Slip) throws {
        var f = Fixture()
        for (id, target, announced) in s.plans { f.plan(id, "opening", target: target, announced: announced) }
        let found = f.analyse(today: s.today).discrepancies
        #expect(found.map(\.kind) == [.deadlineSlip])
        let d = try #require(found.first)
        #expect(d.severity == s.severity)
        #expect(d.explanation == s.explanation)
        #expect(d.plans == s.plans.map(\.0))
        #expect(d.ongoing == s.explanation.hasSuffix("no source reporting the opening."))
    }
}
