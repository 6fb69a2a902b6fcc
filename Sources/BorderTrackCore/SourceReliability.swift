/// A source's reliability grade, computed from its track record, and the editor's grade when one is set.
///
/// **Track record.** A claim is *tested* when an editor's verdict judged it (upheld or rejected), when an
/// independent source contradicted it (it is on the contradicted side of a story of claims that cannot all be
/// true, against a claim of another origin), or when an independent source confirmed it (a claim of another
/// origin reports the same stage over overlapping days, and the claim is not contradicted). A verdict decides
/// the claims it covers. Fewer than `minimumTested` tested claims: F, cannot be judged. Otherwise the share
/// that held (upheld or confirmed) grades it: A from 90% with at least `completeTested` tested claims, B from
/// 80% (and 90% on fewer), C from 60%, D from 40%, E below.
public struct SourceReliability: Hashable, Sendable {
    public let source: String
    /// The grade the track record gives.
    public let computed: SourceGrade
    /// The editor's grade, which overrides the computed one.
    public let setGrade: GradeOverride?
    /// Claims upheld and rejected by verdicts.
    public let upheld: Int
    public let rejected: Int
    /// Claims confirmed and contradicted by independent sources (those no verdict judged).
    public let confirmed: Int
    public let contradicted: Int

    /// Tested claims needed for any grade but F.
    public static let minimumTested = 3
    /// Tested claims needed for an A.
    public static let completeTested = 8

    public init(source: String, upheld: Int, rejected: Int, confirmed: Int, contradicted: Int, setGrade: GradeOverride? = nil) {
        self.source = source; self.upheld = upheld; self.rejected = rejected
        self.confirmed = confirmed; self.contradicted = contradicted; self.setGrade = setGrade
        computed = SourceReliability.grade(held: upheld + confirmed, tested: upheld + rejected + confirmed + contradicted)
    }

    /// The grade in force: the editor's when set, else the computed one.
    public var grade: SourceGrade { setGrade?.grade ?? computed }

    /// Tested claims.
    public var tested: Int { upheld + rejected + confirmed + contradicted }

    /// The grade a track record gives.
    public static func grade(held: Int, tested: Int) -> SourceGrade {
        guard tested >= minimumTested else { return .f }
        let share = Double(held) / Double(tested)
        if share >= 0.9 { return tested >= completeTested ? .a : .b }
        if share >= 0.8 { return .b }
        if share >= 0.6 { return .c }
        if share >= 0.4 { return .d }
        return .e
    }

    /// Why the computed grade is what it is, and the editor's grade with its reason when set:
    /// "C: 3 of 5 tested claims held (2 confirmed by independent sources, 1 upheld by a verdict; 2 contradicted)"
    /// (`why(in: .en)`).
    public var why: String { why(in: .en) }

    /// Why, in `lang`: "C: подтвердилось 3 из 5 проверенных сообщений (…)"; the editor's reason stays as written.
    public func why(in lang: Catalogue) -> String {
        var parts: [String] = []
        if confirmed > 0 { parts.append(lang.count("assess.why.confirmed", confirmed)) }
        if upheld > 0 { parts.append(lang.count("assess.why.upheld", upheld)) }
        if contradicted > 0 { parts.append(lang.count("assess.why.contradicted", contradicted)) }
        if rejected > 0 { parts.append(lang.count("assess.why.rejected", rejected)) }
        let detail = parts.joined(separator: lang["join.comma"])
        let record = tested < SourceReliability.minimumTested
            ? lang.count("assess.why.too-little", tested, SourceReliability.minimumTested) + (detail.isEmpty ? "" : lang("assess.why.detail", detail))
            : lang.count("assess.why.held", tested, upheld + confirmed, detail)
        let text = lang("assess.why.computed", computed.rawValue, record)
        guard let setGrade else { return text }
        return setGrade.editor.map { lang("assess.why.set", setGrade.grade.rawValue, $0, setGrade.reason, text) }
            ?? lang("assess.why.set.anonymous", setGrade.grade.rawValue, setGrade.reason, text)
    }
}

extension SourceReliability {
    /// Every listed source's reliability from the analysis's claims and verdicts, by source id, with the
    /// editors' grades (by source id) overriding.
    public static func all(in analysis: Analysis, overrides: [String: GradeOverride] = [:]) -> [String: SourceReliability] {
        all(in: analysis, judgments: analysis.claimJudgments(), overrides: overrides)
    }

    static func all(in analysis: Analysis, judgments: [String: ClaimJudgment], overrides: [String: GradeOverride]) -> [String: SourceReliability] {
        var seen = Set<String>()
        let projects = analysis.projects.filter { seen.insert($0.id).inserted }
        let claimsByProject = analysis.claimsByProject
        let parts = Parallel.map(projects.count) { i -> [String: SourceTally] in
            guard let claims = claimsByProject[projects[i].id], !claims.isEmpty else { return [:] }
            return SourceReliability.tallies(project: projects[i], claims: claims, sources: analysis.sources, end: analysis.end,
                                             judgments: judgments)
        }
        return grades(tallies: SourceTally.sum(parts), sources: analysis.sources.keys, overrides: overrides)
    }

    /// Every listed source's reliability from its summed tallies, editors' grades overriding.
    public static func grades(tallies: [String: SourceTally], sources: some Sequence<String>,
                              overrides: [String: GradeOverride]) -> [String: SourceReliability] {
        var out: [String: SourceReliability] = [:]
        for id in sources {
            out[id] = (tallies[id] ?? SourceTally()).reliability(of: id, setGrade: overrides[id])
        }
        return out
    }

    /// What one project's counted claims add to their sources' track records (by source id; sources with
    /// nothing tested left out): a verdict's judgment first, else what independent sources made of the claim.
    public static func tallies(project: Project, claims: [Claim], sources: [String: Source], end: Day,
                               judgments: [String: ClaimJudgment]) -> [String: SourceTally] {
        var tally: [String: SourceTally] = [:]
        for (claim, outcome) in SourceReliability.outcomes(project: project, claims: claims, sources: sources, end: end) {
            if let j = judgments[claim.id] {
                if j.upheld { tally[claim.source, default: SourceTally()].upheld += 1 } else { tally[claim.source, default: SourceTally()].rejected += 1 }
            } else if let outcome {
                if outcome { tally[claim.source, default: SourceTally()].confirmed += 1 } else { tally[claim.source, default: SourceTally()].contradicted += 1 }
            }
        }
        return tally
    }

    /// Each counted claim of one project with what independent sources made of it: `true` confirmed, `false`
    /// contradicted, `nil` untested. Uses the unweighted contradiction fit (no grades), so grades do not
    /// feed on themselves.
    static func outcomes(project: Project, claims: [Claim], sources: [String: Source], end: Day) -> [(Claim, Bool?)] {
        let facts = ClaimFacts(claims: claims, sources: sources, until: end)
        let fit = Contradictions(project: project, facts: facts, end: end)
        let points = fit.points
        let voices = VoiceIndex(claims, sources: sources)
        var dropped = [Bool](repeating: false, count: claims.count)
        var contradicted = [Bool](repeating: false, count: claims.count)
        for story in fit.stories(claims: claims) {
            for k in story.contradicted {
                dropped[k] = true
                if story.against.contains(where: { voices.independent(k, $0) }) { contradicted[k] = true }
            }
        }
        var out: [(Claim, Bool?)] = []
        out.reserveCapacity(points.count)
        for (i, p) in points.enumerated() {
            if contradicted[p.k] { out.append((claims[p.k], false)); continue }
            if dropped[p.k] { out.append((claims[p.k], nil)); continue }
            let confirmed = points.indices.contains { j in
                let q = points[j]
                return j != i && !dropped[q.k] && AssessmentFit.agree(p, q) && p.start <= q.end && q.start <= p.end
                    && voices.independent(p.k, q.k)
            }
            out.append((claims[p.k], confirmed ? true : nil))
        }
        return out
    }
}
