/// What one project's discrepancies cite, kept compactly: the project's claims and plans (shared with
/// the analysis, not copied) and, per discrepancy, a small record naming them by position.
///
/// Sides, cited claim ids, plan ids and the explanation sentence are built from a record when they
/// are read, not when the discrepancy is found: a full scan finds 850,000 discrepancies, and most
/// are never displayed. What is built is exactly what the detector used to build eagerly (tests
/// compare the two on the sample data and on synthetic trackers).
final class DiscrepancyEvidence: Sendable {
    /// How to rebuild one discrepancy's sides and explanation. Claim and plan lists are ranges of `pool`.
    enum Recipe: Sendable {
        /// A story of claims that cannot all be true (status-conflict, cross-border, official-split,
        /// regression): `a` the contradicted claims, `b` those that contradict them; what it spans and
        /// why (`Contradictions.Span` and `Reason` bits).
        case contradiction(a: Range<Int32>, b: Range<Int32>, spans: UInt8, reasons: UInt8)
        /// Official silence (stale-official): the last official claim, the current local one, the local
        /// claims reporting another stage since.
        case stale(last: Int32, currentLocal: Int32, moves: Range<Int32>, months: Int32)
        /// A target that keeps moving (deadline-slip): the plans in announcement order.
        case slip(Milestone, plans: Range<Int32>, moves: Int32, total: Int32, overdue: Bool)
        /// Everything given as values (manual and obsolete flags, discrepancies made by hand).
        case given(Given)
    }

    /// Sides, citations and explanation given as values.
    final class Given: Sendable {
        let sides: [DiscrepancySide]
        let official: DiscrepancySide
        let local: DiscrepancySide
        let claims: [String]
        let plans: [String]
        let explanation: String
        /// What the editors' flags said, when the explanation was made from them (it is then said in any language).
        let note: FlagNote?

        init(sides: [DiscrepancySide], official: DiscrepancySide, local: DiscrepancySide, claims: [String], plans: [String], explanation: String,
             note: FlagNote? = nil) {
            self.sides = sides; self.official = official; self.local = local; self.claims = claims; self.plans = plans
            self.explanation = explanation; self.note = note
        }

        /// The stored explanation, or the flags' note said in `lang`.
        func explanation(in lang: Catalogue) -> String {
            guard let note, lang != .en else { return explanation }
            return note.text(in: lang)
        }
    }

    /// One discrepancy's record: its recipe and the claims in force in the official and local lanes
    /// on the day it is set in context (-1: none).
    struct Record: Sendable {
        let recipe: Recipe
        let official: Int32
        let local: Int32
    }

    let claims: [Claim]
    let plans: [Plan]
    let sources: [String: Source]
    let records: [Record]
    /// Claim and plan positions the records' ranges point into.
    let pool: [Int32]

    init(claims: [Claim], plans: [Plan], sources: [String: Source], records: [Record], pool: [Int32]) {
        self.claims = claims; self.plans = plans; self.sources = sources; self.records = records; self.pool = pool
    }

    /// Evidence of one discrepancy given as values.
    convenience init(given: Given) {
        self.init(claims: [], plans: [], sources: [:], records: [Record(recipe: .given(given), official: -1, local: -1)], pool: [])
    }

    // MARK: - Reading a record

    private func claim(_ k: Int32) -> Claim { claims[Int(k)] }
    private func claims(_ r: Range<Int32>) -> [Claim] { pool[Int(r.lowerBound)..<Int(r.upperBound)].map { claims[Int($0)] } }
    private func ids(_ r: Range<Int32>) -> [String] { pool[Int(r.lowerBound)..<Int(r.upperBound)].map { claims[Int($0)].id } }
    private func sourceName(_ c: Claim) -> String { sources[c.source]?.name ?? c.source }
    func sides(_ slot: Int32) -> [DiscrepancySide] {
        switch records[Int(slot)].recipe {
        case let .contradiction(a, b, _, _):
            return [side(label(a), a), side(label(b), b)]
        case let .stale(last, currentLocal, moves, _):
            let o = claim(last), l = claim(currentLocal)
            return [DiscrepancySide(label: "official", status: o.status, scope: o.scope, claims: [o.id]),
                    DiscrepancySide(label: "local", status: l.status, scope: l.scope, claims: ids(moves))]
        case let .slip(milestone, _, _, _, _):
            return [DiscrepancySide(label: milestone.rawValue, status: nil, scope: nil, claims: [])]
        case let .given(g):
            return g.sides
        }
    }

    /// What a discrepancy spans: `official-local`, `cross-border`, `within-official`, `within-local`,
    /// `within-source` (contradictions); `official-local` for a lag; nothing for slips and flags.
    func spans(_ slot: Int32) -> [String] {
        switch records[Int(slot)].recipe {
        case let .contradiction(_, _, spans, _): return Contradictions.Span.names(spans)
        case .stale: return ["official-local"]
        case .slip, .given: return []
        }
    }

    /// The verdicts an editor may give: the parties the discrepancy compares, then `both` and `neither`.
    func verdictChoices(_ slot: Int32) -> [Verdict] {
        let parties: [Verdict]
        switch records[Int(slot)].recipe {
        case let .contradiction(a, b, spans, _):
            let cited = claims(a) + claims(b)
            switch Contradictions.Span.kind(spans) {
            case .statusConflict:
                parties = [.official, .local]
            case .crossBorder:
                var countries: [String] = []
                for c in cited { if let k = sources[c.source]?.country, !countries.contains(k) { countries.append(k) } }
                parties = countries.map(Verdict.country)
            default:
                var ids: [String] = []
                for c in cited where !ids.contains(c.source) { ids.append(c.source) }
                parties = ids.count > 1 ? ids.map(Verdict.source) : []
            }
        case .stale, .slip, .given:
            parties = [.official, .local]
        }
        return parties + [.both, .neither]
    }

    private func perspective(_ c: Claim) -> Perspective { sources[c.source]?.perspective ?? .local }

    /// A side's label: its perspectives (`official`, `local`, `official+local`) and the countries of
    /// its sources (`official RU`, `official+local RU/CN`).
    private func label(_ r: Range<Int32>) -> String {
        var official = false, local = false
        var countries: [String] = []
        for c in claims(r) {
            if perspective(c) == .official { official = true } else { local = true }
            if let k = sources[c.source]?.country, !countries.contains(k) { countries.append(k) }
        }
        let who = official && local ? "official+local" : (official ? "official" : "local")
        return countries.isEmpty ? who : who + " " + countries.joined(separator: "/")
    }

    private func side(_ label: String, _ r: Range<Int32>) -> DiscrepancySide {
        let first = claim(pool[Int(r.lowerBound)])
        return DiscrepancySide(label: label, status: first.status, scope: first.scope, claims: ids(r))
    }

    func official(_ slot: Int32) -> DiscrepancySide { account(.official, slot) }

    func local(_ slot: Int32) -> DiscrepancySide { account(.local, slot) }

    /// One perspective's account in a discrepancy: for a contradiction, the story's claims from that
    /// perspective (the status is that of the first, contradicted claims first); otherwise the claim in
    /// force in that perspective's lane when the discrepancy is set in context.
    private func account(_ p: Perspective, _ slot: Int32) -> DiscrepancySide {
        let r = records[Int(slot)]
        switch r.recipe {
        case let .given(g):
            return p == .official ? g.official : g.local
        case let .contradiction(a, b, _, _):
            let cited = (claims(a) + claims(b)).filter { perspective($0) == p }
            return DiscrepancySide(label: p.rawValue, status: cited.first?.status, scope: cited.first?.scope, claims: cited.map(\.id))
        default:
            return context(p.rawValue, p == .official ? r.official : r.local)
        }
    }

    private func context(_ label: String, _ k: Int32) -> DiscrepancySide {
        guard k >= 0 else { return DiscrepancySide(label: label, status: nil, scope: nil, claims: []) }
        let c = claim(k)
        return DiscrepancySide(label: label, status: c.status, scope: c.scope, claims: [c.id])
    }

    func claimIDs(_ slot: Int32) -> [String] {
        switch records[Int(slot)].recipe {
        case let .contradiction(a, b, _, _):
            return ids(a) + ids(b)
        case let .stale(last, _, moves, _):
            return [claim(last).id] + ids(moves)
        case .slip:
            return []
        case let .given(g):
            return g.claims
        }
    }

    func planIDs(_ slot: Int32) -> [String] {
        switch records[Int(slot)].recipe {
        case let .slip(_, r, _, _, _):
            return pool[Int(r.lowerBound)..<Int(r.upperBound)].map { plans[Int($0)].id }
        case let .given(g):
            return g.plans
        default:
            return []
        }
    }

    // MARK: - The explanation sentence

    /// The explanation in English (`explanation(_:in:)` with `.en`).
    func explanation(_ slot: Int32) -> String { explanation(slot, in: .en) }

    /// One sentence a reader understands without the tool, in `lang`: source names, dates and ids as stored.
    func explanation(_ slot: Int32, in lang: Catalogue) -> String {
        switch records[Int(slot)].recipe {
        case let .contradiction(a, b, spans, reasons):
            let ca = claims(a), cb = claims(b)
            let who = who(ca + cb, spans, lang), first = statements(ca, lang), second = statements(cb, lang), why = why(reasons, lang)
            return selfContradiction(ca + cb, spans)
                ? lang.count("explain.contradiction.self", ca.count, who, first, second, why)
                : lang.count("explain.contradiction", ca.count, who, first, second, why)
        case let .stale(l, _, moves, months):
            let last = claim(l)
            let reports = claims(moves).map { lang("explain.stale.report", lang.phrase($0.status, $0.scope), sourceLabel($0, lang), $0.asOf) }
            return lang.count("explain.stale", Int(months), last.asOf, sourceLabel(last, lang), lang.phrase(last.status, last.scope),
                              reports.joined(separator: lang["explain.stale.then"]))
        case let .slip(milestone, r, moves, total, overdue):
            let chain = pool[Int(r.lowerBound)..<Int(r.upperBound)].map { k in
                let p = plans[Int(k)]
                return p.target.description + (p.announced.map { lang("explain.slip.announced", $0) } ?? "")
            }
            let target: String, missed: String
            switch milestone {
            case .start: (target, missed) = (lang["explain.slip.start"], lang["explain.slip.overdue.start"])
            case .completion: (target, missed) = (lang["explain.slip.completion"], lang["explain.slip.overdue.completion"])
            case .opening: (target, missed) = (lang["explain.slip.opening"], lang["explain.slip.overdue.opening"])
            }
            var text = lang.count("explain.slip", Int(moves), target, lang.count("explain.months", Int(total)), chain.joined(separator: lang["explain.slip.arrow"]))
            if overdue { text += missed }
            return text + lang["explain.period"]
        case let .given(g):
            return g.explanation(in: lang)
        }
    }

    /// The source's name, and the secondary account the claim is known through: "Amur Life via the 2021 study".
    private func sourceLabel(_ c: Claim, _ lang: Catalogue) -> String {
        sourceName(c) + (c.via.map { lang("explain.via", sources[$0]?.name ?? $0) } ?? "")
    }

    /// Who disagrees, by what the story spans: "Official and local accounts (Russian and Chinese
    /// sources)", "Russian and Chinese sources", "Official sources on the Russian side", "Amur Life".
    private func who(_ cited: [Claim], _ spans: UInt8, _ lang: Catalogue) -> String {
        typealias Span = Contradictions.Span
        var countries: [String] = []
        for c in cited { if let k = sources[c.source]?.country, !countries.contains(k) { countries.append(k) } }
        let named = countries.map(lang.country).joined(separator: lang["explain.who.and"])
        if spans & Span.officialLocal != 0 {
            return spans & Span.crossBorder != 0 ? lang("explain.who.official-local.countries", named) : lang["explain.who.official-local"]
        }
        if spans & Span.crossBorder != 0 { return DiscrepancyEvidence.capitalized(lang("explain.who.countries", named)) }
        if selfContradiction(cited, spans) { return sourceName(cited[0]) }
        let official = spans & Span.withinOfficial != 0
        guard countries.count == 1 else { return official ? lang["explain.who.official"] : lang["explain.who.local"] }
        let side = lang.country(countries[0])
        return DiscrepancyEvidence.capitalized(official ? lang("explain.who.official.side", side) : lang("explain.who.local.side", side))
    }

    /// The text with its first letter upper-case ("российские источники" opening a sentence).
    static func capitalized(_ s: String) -> String {
        guard let f = s.first, f.isLowercase else { return s }
        return f.uppercased() + s.dropFirst()
    }

    /// Whether every claim of the story comes from one source.
    private func selfContradiction(_ cited: [Claim], _ spans: UInt8) -> Bool {
        spans == Contradictions.Span.withinSource && cited.allSatisfy { $0.source == cited[0].source }
    }

    /// "Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; Sputnik (2022-06-10)
    /// and Biang (2022-06-10) say operating for cargo (2 sources, 2 independent)": claims grouped by what
    /// they say, in order, at most three named per group; a claim known through a secondary account says so
    /// ("via …"), and a group of two or more sources counts its independent voices (`Voices`).
    private func statements(_ cited: [Claim], _ lang: Catalogue) -> String {
        var groups: [(status: Status, scope: Scope?, cites: [String], claims: [Claim])] = []
        for c in cited {
            var more = ""
            if let s = c.section { more += lang("explain.cite.section", s) }
            if let v = c.via { more += lang("explain.cite.via", sources[v]?.name ?? v) }
            let p = lang("explain.cite", sourceName(c), c.asOf, more)
            if let g = groups.firstIndex(where: { $0.status == c.status && $0.scope == c.scope }) {
                if !groups[g].cites.contains(p) { groups[g].cites.append(p) }
                groups[g].claims.append(c)
            } else {
                groups.append((c.status, c.scope, [p], [c]))
            }
        }
        return groups.map { g in
            let names = g.cites.count > 3
                ? lang.count("explain.more", g.cites.count - 3, g.cites.prefix(3).joined(separator: lang["join.comma"]))
                : lang.list(g.cites)
            let voices = Voices(g.claims, sources: sources)
            let count = voices.sources > 1 ? lang("explain.voices.paren", voices.phrase(in: lang)) : ""
            let status = lang.phrase(g.status, g.scope)
            return g.cites.count == 1 ? lang("explain.says.one", names, status, count) : lang("explain.says.many", names, status, count)
        }.joined(separator: lang["explain.semicolon"])
    }

    /// Why the claims cannot all be true.
    private func why(_ reasons: UInt8, _ lang: Catalogue) -> String {
        typealias Reason = Contradictions.Reason
        var out: [String] = []
        if reasons & (1 << Reason.laterLess.rawValue) != 0 { out.append(lang["explain.why.later-less"]) }
        if reasons & (1 << Reason.sameDay.rawValue) != 0 { out.append(lang["explain.why.same-day"]) }
        if reasons & (1 << Reason.wholeAhead.rawValue) != 0 { out.append(lang["explain.why.whole-ahead"]) }
        if reasons & (1 << Reason.scopes.rawValue) != 0 { out.append(lang["explain.why.scopes"]) }
        return out.joined(separator: lang["explain.semicolon"])
    }
}
