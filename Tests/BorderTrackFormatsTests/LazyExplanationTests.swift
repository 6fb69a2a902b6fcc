import BorderTrackCore
import BorderTrackFormats
import Foundation
import Testing

/// Discrepancies build their sides, citations and explanation on access from compact evidence
/// records. These tests rebuild each sentence the way the detector used to build it eagerly — from
/// the public fields, the cited claims and the sources — and require the same text, on the bundled
/// sample data, the report fixture and synthetic trackers.
@Suite struct LazyExplanationTests {
    /// The sentence the detector built eagerly before explanations became lazy, from public data only;
    /// nil for manual and obsolete flags (their text is given, not built).
    static func eagerExplanation(_ d: Discrepancy, in a: Analysis) -> String? {
        guard d.flag.state != .obsolete, d.kind != .manual else { return nil }
        var byID: [String: Claim] = [:]
        for c in a.claimsByProject[d.project] ?? [] { byID[c.id] = c }
        func name(_ c: Claim) -> String { a.sources[c.source]?.name ?? c.source }
        func claims(_ ids: [String]) -> [Claim] { ids.map { byID[$0]! } }
        func cite(_ ids: [String]) -> String {
            var parts: [String] = []
            for c in claims(ids) {
                let p = "\(name(c)), \(c.asOf)"
                if !parts.contains(p) { parts.append(p) }
            }
            return parts.count > 3 ? parts.prefix(3).joined(separator: "; ") + "; and \(parts.count - 3) more" : parts.joined(separator: "; ")
        }
        func who(_ label: String) -> String {
            switch label {
            case "official": "Official sources"
            case "local": "local sources"
            default: Phrases.countrySources(label)
            }
        }
        let period = Phrases.period(d.from, d.to, ongoing: d.ongoing)
        switch d.kind {
        case .statusConflict, .crossBorder:
            let sa = d.sides[0], sb = d.sides[1]
            return "\(who(sa.label)) (\(cite(sa.claims))) say \(Phrases.status(sa.status!, sa.scope)); "
                + "\(who(sb.label)) (\(cite(sb.claims))) say \(Phrases.status(sb.status!, sb.scope))"
                + " — \(period)."
        case .officialSplit:
            let sa = d.sides[0], sb = d.sides[1]
            let country = a.sources[sa.label]!.country!
            return "Official sources on the \(Phrases.country(country)) side disagree: \(a.sources[sa.label]!.name) (\(claims(sa.claims).map { $0.asOf.description }.joined(separator: ", "))) says \(Phrases.status(sa.status!, sa.scope)); \(a.sources[sb.label]!.name) (\(claims(sb.claims).map { $0.asOf.description }.joined(separator: ", "))) says \(Phrases.status(sb.status!, sb.scope)) — \(period)."
        case .regression:
            let side = d.sides[0]
            let before = byID[side.claims[0]]!, now = byID[side.claims[1]]!
            let country = a.sources[now.source]?.country ?? "?"
            let who = (side.label == "official" ? "Official" : "Local") + (country == "?" ? " sources" : " \(Phrases.country(country)) sources")
            return "\(who) went back from \(Phrases.status(before.status, before.scope)) (\(name(before)), \(before.asOf)) to \(Phrases.status(now.status, now.scope)) (\(name(now)), \(now.asOf)) with no suspension reported: an error in a source or a real setback."
        case .staleOfficial:
            let last = byID[d.sides[0].claims[0]]!
            let months = last.asOf.start.months(to: a.end)
            return "No official source has changed its account since \(last.asOf) (\(name(last)): \(Phrases.status(last.status, last.scope))), \(months) months, while local sources report \(claims(d.sides[1].claims).map { "\(Phrases.status($0.status, $0.scope)) (\(name($0)), \($0.asOf))" }.joined(separator: ", then "))."
        case .deadlineSlip:
            var plansByID: [String: Plan] = [:]
            for p in a.plansByProject[d.project] ?? [] { plansByID[p.id] = p }
            let ps = d.plans.map { plansByID[$0]! }
            let milestone = d.sides[0].label
            var moves = 0
            for k in ps.indices.dropFirst() where ps[k].target.start > ps[k - 1].target.start { moves += 1 }
            let total = ps[0].target.start.months(to: ps.last!.target.start)
            let chain = ps.map { p in p.target.description + (p.announced.map { " (announced \($0))" } ?? "") }
            var text = "The \(milestone) target moved \(moves) time\(moves == 1 ? "" : "s"), \(total) months in all: \(chain.joined(separator: " → "))"
            if d.ongoing { text += "; the latest target has passed with no source reporting the \(milestone)" }
            return text + "."
        case .manual:
            return nil
        }
    }

    /// Every discrepancy's explanation equals the eager sentence, and its cited claims are its sides'
    /// claims; the official and local context is the status in force on its first day.
    static func expectEager(_ a: Analysis, _ context: String) -> Int {
        var checked = 0
        for d in a.queue {
            guard let eager = eagerExplanation(d, in: a) else { continue }
            #expect(d.explanation == eager, "\(d.id) \(context)")
            switch d.kind {
            case .statusConflict, .crossBorder, .officialSplit, .staleOfficial:
                #expect(d.claims == d.sides.flatMap(\.claims), "\(d.id) claims \(context)")
            default: break
            }
            if d.kind != .deadlineSlip, let t = a.timelines[d.project] {
                let day = d.kind == .staleOfficial ? a.end : d.from
                for (side, lane) in [(d.official, t.official), (d.local, t.local)] {
                    let s = lane.segment(on: day)
                    #expect(side.status == s?.status && side.scope == s?.scope && side.claims == (s.map { [$0.claim.id] } ?? []),
                            "\(d.id) context \(context)")
                }
            }
            checked += 1
        }
        return checked
    }

    @Test func sampleDataExplanationsEqualEagerOnes() throws {
        let data = try ReportFixture.sampleDataset()
        let today = Day(year: 2026, month: 11, day: 23)!
        var kinds = Set<DiscrepancyKind>()
        for asOf in [nil, Day(year: 2021, month: 10, day: 5)!] {
            let a = Analysis(dataset: data, flags: [], today: today, asOf: asOf)
            #expect(Self.expectEager(a, "sample as of \(asOf.map(\.description) ?? "today")") > 5)
            kinds.formUnion(a.queue.map(\.kind))
        }
        #expect(kinds.isSuperset(of: [.statusConflict, .crossBorder, .deadlineSlip]))
    }

    @Test func reportFixtureExplanationsEqualEagerOnes() {
        for asOf in [ReportFixture.asOf, nil] {
            #expect(Self.expectEager(ReportFixture.analysis(asOf: asOf), "fixture") > 0)
        }
    }

    @Test func syntheticExplanationsEqualEagerOnes() {
        for seed: UInt64 in [1, 7] {
            let data = IncrementalAnalysisTests.dataset(projects: 300, claimsPerProject: 12, seed: seed)
            let a = Analysis(dataset: data, flags: [], today: Day(year: 2026, month: 6, day: 30)!)
            #expect(Self.expectEager(a, "seed \(seed)") > 300)
            #expect(Set(a.queue.map(\.kind)).isSuperset(of: [.statusConflict, .crossBorder, .officialSplit, .regression, .staleOfficial]))
        }
    }

    /// Ids are the kind prefix and ten hex digits of the FNV-1a hash, zero-padded, as the formula
    /// they were made with before (`String(h, radix: 16)`, padded to 16 digits, cut to ten).
    @Test func hashDigitsAreThoseOfTheOldFormula() {
        var padded = 0
        for k in 0..<3000 {
            let parts = ["p\(k)", "status-conflict", k % 2 == 0 ? "Мост" : "黑河", ""]
            var v: UInt64 = 0xcbf2_9ce4_8422_2325
            for p in parts {
                for b in p.utf8 { v = (v ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
                v = (v ^ 0x1f) &* 0x0000_0100_0000_01b3
            }
            let s = String(v, radix: 16)
            let full = String(repeating: "0", count: 16 - s.count) + s
            if s.count < 16 { padded += 1 }
            #expect(StableHash.of(parts) == full)
            #expect(StableHash.of(parts, digits: 10) == String(full.prefix(10)))
        }
        #expect(padded > 50)
    }
}
