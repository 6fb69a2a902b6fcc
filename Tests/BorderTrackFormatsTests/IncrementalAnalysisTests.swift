import BorderTrackCore
import BorderTrackFormats
import BorderTrackSynthetic
import PropertyBased
import Testing

/// `Analysis.update(project:…)` after random edit sequences gives exactly what a full re-analysis gives.
@Suite struct IncrementalAnalysisTests {
    /// A synthetic tracker read through the CSV importer, as `bordertrack import` would.
    static func dataset(projects: Int, claimsPerProject: Int, seed: UInt64) -> Dataset {
        let batch = SyntheticData(projects: projects, claimsPerProject: claimsPerProject, seed: seed).importBatch()
        precondition(batch.issues.isEmpty, "synthetic data must import cleanly: \(batch.issues)")
        return batch.dataset
    }

    /// One random edit, as another editor would make it: a claim (sometimes a correction), a plan,
    /// a flag action on a discrepancy, a manual flag, or a new project with a claim. Returns the project touched.
    static func edit(_ data: inout Dataset, _ flags: inout [FlagEvent], analysis: Analysis,
                     random r: inout SyntheticData.Random, step: Int) -> String {
        let statuses = Status.allCases
        let sources = data.sources.map(\.id)
        var project = data.projects[r.int(data.projects.count)].id
        let year = 2005 + r.int(22), month = 1 + r.int(12)
        let date = try! PartialDate(parsing: r.int(3) == 0 ? String(year) : "\(year)-\(month < 10 ? "0" : "")\(month)")
        switch r.int(10) {
        case 0:
            let p = try! Project(id: "new-\(step)", kind: .bridge, names: try! Names(en: "New \(step)"), countries: ["RU", "CN"])
            data.projects.append(p)
            project = p.id
            data.claims.append(try! Claim(id: "c-new-\(step)", project: project, status: .agreed, asOf: date, source: sources[r.int(sources.count)]))
        case 1, 2:
            let milestone: Milestone = r.int(2) == 0 ? .opening : .completion
            data.plans.append(try! Plan(id: "p-edit-\(step)", project: project, milestone: milestone,
                                        target: try! PartialDate(parsing: String(2015 + r.int(15))), announced: date,
                                        source: sources[r.int(sources.count)]))
        case 3, 4:
            let mine = analysis.discrepancies(of: project)
            let at = Timestamp(seconds: 1_500_000_000 + r.int(300_000_000))
            if !mine.isEmpty, r.int(3) > 0 {
                let d = mine[r.int(mine.count)]
                let action: FlagAction = [.ack, .resolve, .reopen][r.int(3)]
                flags.append(FlagEvent(seq: flags.count + 1, discrepancy: d.id, project: project, action: action,
                                       verdict: action == .resolve ? .local : nil, note: "n\(step)", editor: "ed", at: at))
            } else {
                flags.append(FlagEvent(seq: flags.count + 1, discrepancy: "mf-edit\(step)", project: project, action: .add,
                                       severity: .minor, note: "manual \(step)", editor: "ed", at: at))
            }
        default:
            let status = statuses[r.int(statuses.count)]
            let mine = data.claims.filter { $0.project == project }
            let supersedes = !mine.isEmpty && r.int(4) == 0 ? mine[r.int(mine.count)].id : nil
            data.claims.append(try! Claim(id: "c-edit-\(step)", project: project, status: status,
                                          scope: status == .operational && r.int(2) == 0 ? .cargo : nil, asOf: date,
                                          published: r.int(3) == 0 ? date : nil, source: sources[r.int(sources.count)],
                                          supersedes: supersedes))
        }
        return project
    }

    /// Compares every part of two analyses.
    static func expectSame(_ incremental: Analysis, _ full: Analysis, _ context: String) {
        #expect(incremental.projects == full.projects, "projects \(context)")
        #expect(incremental.summaries == full.summaries, "summaries \(context)")
        #expect(incremental.timelines == full.timelines, "timelines \(context)")
        #expect(incremental.discrepancies == full.discrepancies, "discrepancies \(context)")
        #expect(incremental.openDiscrepancies == full.openDiscrepancies, "open discrepancies \(context)")
        #expect(incremental.claimsByProject == full.claimsByProject, "claims \(context)")
        #expect(incremental.plansByProject == full.plansByProject, "plans \(context)")
    }

    @Test func incrementalEqualsFullRecompute() async {
        let today = Day(year: 2026, month: 6, day: 30)!
        await propertyCheck(count: 40, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...3)) { seed, asOfChoice in
            var data = Self.dataset(projects: 12, claimsPerProject: 4, seed: 7)
            var flags: [FlagEvent] = []
            let asOf: Day? = asOfChoice == 0 ? Day(year: 2018, month: 12, day: 31)! : nil
            var incremental = Analysis(dataset: data, flags: flags, today: today, asOf: asOf)
            var r = SyntheticData.Random(state: UInt64(seed))
            for step in 0..<25 {
                let id = Self.edit(&data, &flags, analysis: incremental, random: &r, step: step)
                incremental.update(project: data.projects.first { $0.id == id }!, claims: data.claims.filter { $0.project == id },
                                   plans: data.plans.filter { $0.project == id }, flags: flags.filter { $0.project == id })
                let full = Analysis(dataset: data, flags: flags, today: today, asOf: asOf)
                Self.expectSame(incremental, full, "after edit \(step) (seed \(seed), as-of \(asOf.map { "\($0)" } ?? "none"))")
            }
        }
    }

    /// A large tracker (analysed in parallel slices) equals the same tracker built one project at a time.
    @Test func parallelFullAnalysisEqualsProjectByProject() {
        let data = Self.dataset(projects: 2500, claimsPerProject: 3, seed: 11)
        let today = Day(year: 2026, month: 6, day: 30)!
        let full = Analysis(dataset: data, flags: [], today: today)
        var built = Analysis(dataset: Dataset(sources: data.sources), flags: [], today: today)
        var claimsBy: [String: [Claim]] = [:]
        for c in data.claims { claimsBy[c.project, default: []].append(c) }
        for p in data.projects { built.update(project: p, claims: claimsBy[p.id] ?? [], plans: [], flags: []) }
        Self.expectSame(built, full, "2,500 projects")
        #expect(full.discrepancies.count > 250)
    }

    /// The parallel full analysis against a straightforward recompute, on a tracker that takes its less
    /// usual paths: claims not stored project by project, claims and plans of unlisted projects, flag
    /// events (acknowledged, resolved, obsolete, manual with a long id), plans, a long discrepancy id.
    @Test func parallelFullAnalysisEqualsStraightforwardRecompute() throws {
        var data = Self.dataset(projects: 2500, claimsPerProject: 3, seed: 5)
        let today = Day(year: 2026, month: 6, day: 30)!
        let plain = Analysis(dataset: data, flags: [], today: today)
        var flags: [FlagEvent] = []
        let at = Timestamp(seconds: 1_600_000_000)
        for (k, d) in plain.discrepancies.enumerated() where k % 5 == 0 {
            flags.append(FlagEvent(seq: flags.count + 1, discrepancy: d.id, project: d.project, action: k % 2 == 0 ? .ack : .resolve,
                                   verdict: k % 2 == 0 ? nil : .official, note: "n\(k)", editor: "ed", at: at))
        }
        for (k, p) in data.projects.enumerated() where k % 97 == 0 {
            flags.append(FlagEvent(seq: flags.count + 1, discrepancy: "sc-gone\(k)", project: p.id, action: .resolve, verdict: .local,
                                   note: "x", editor: "ed", at: at))
            flags.append(FlagEvent(seq: flags.count + 1, discrepancy: "mf-a-manual-flag-with-a-long-id-\(k)", project: p.id, action: .add,
                                   severity: k % 2 == 0 ? .critical : .minor, note: "m\(k)", editor: "ed", at: at))
        }
        for k in 0..<20 {
            data.plans.append(try Plan(id: "pl-\(k)", project: data.projects[k * 100].id, milestone: .opening,
                                       target: try PartialDate(parsing: String(2018 + k % 5)), announced: try PartialDate(parsing: String(2010 + k % 3)),
                                       source: "fed"))
        }
        data.plans.append(try Plan(id: "pl-orphan", project: "unlisted", milestone: .opening, target: try PartialDate(parsing: "2020"),
                                   announced: nil, source: "fed"))
        data.claims.append(try Claim(id: "c-orphan", project: "unlisted", status: .agreed, asOf: try PartialDate(parsing: "2019"), source: "fed"))
        // Claims no longer stored project by project.
        var r = SyntheticData.Random(state: 3)
        for k in stride(from: data.claims.count - 1, to: 0, by: -1) { data.claims.swapAt(k, r.int(k + 1)) }

        let full = Analysis(dataset: data, flags: flags, today: today)
        // Project by project, each on its own; the queue a stable sort of all their discrepancies.
        let context = ProjectAnalysis.Context(sources: full.sources, end: today, knownBy: nil, detector: DiscrepancyDetector())
        var claimsBy: [String: [Claim]] = [:], plansBy: [String: [Plan]] = [:], flagsBy: [String: [FlagEvent]] = [:]
        for c in data.claims { claimsBy[c.project, default: []].append(c) }
        for p in data.plans { plansBy[p.project, default: []].append(p) }
        for f in flags { flagsBy[f.project, default: []].append(f) }
        var all: [Discrepancy] = [], summaries: [ProjectSummary] = []
        for p in data.projects {
            var events: [(String, [FlagEvent])] = []
            for f in flagsBy[p.id] ?? [] {
                if let i = events.firstIndex(where: { $0.0 == f.discrepancy }) { events[i].1.append(f) } else { events.append((f.discrepancy, [f])) }
            }
            let part = ProjectAnalysis(project: p, claims: claimsBy[p.id] ?? [], plans: plansBy[p.id] ?? [], events: events, context: context)
            all += part.discrepancies
            summaries.append(part.summary)
            #expect(full.timelines[p.id] == part.timeline)
            #expect(full.claimsByProject[p.id] == (claimsBy[p.id] == nil ? nil : part.claims))
            #expect(full.plansByProject[p.id] == (part.plans.isEmpty ? nil : part.plans))
            #expect(full.discrepancies(of: p.id) == part.discrepancies)
        }
        // The queue's documented order, written out here rather than taken from `Discrepancy.queueOrder`:
        // critical, major, minor; then the later start first; then the id's bytes; then the order found.
        let severityRank: [String: Int] = ["critical": 0, "major": 1, "minor": 2]
        let queue = all.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.severity != y.severity { return severityRank[x.severity.rawValue]! < severityRank[y.severity.rawValue]! }
            if x.from != y.from { return x.from.ordinal > y.from.ordinal }
            if x.id != y.id { return Array(x.id.utf8).lexicographicallyPrecedes(Array(y.id.utf8)) }
            return a.offset < b.offset
        }.map(\.element)
        #expect(full.discrepancies == queue)
        #expect(Array(full.openDiscrepancies) == queue.filter(\.isOpen))
        #expect(full.summaries == summaries)
        #expect(full.claimsByProject["unlisted"]?.map(\.id) == ["c-orphan"])
        #expect(full.plansByProject["unlisted"]?.map(\.id) == ["pl-orphan"])
        #expect(full.timelines.count == data.projects.count)
        #expect(full.claimsByProject.count == claimsBy.count)
        #expect(full.plansByProject.count == plansBy.count)
        #expect(queue.contains { $0.flag.state == .obsolete } && queue.contains { $0.kind == .manual } && queue.contains { !$0.isOpen })
    }

    /// Claims of an unlisted project are kept even when as many projects have claims as are listed.
    @Test func unlistedProjectClaimsWithoutPlans() throws {
        var data = Self.dataset(projects: 2100, claimsPerProject: 2, seed: 2)
        let gone = data.projects[7].id
        data.claims.removeAll { $0.project == gone }
        data.claims.append(try Claim(id: "c-orphan", project: "unlisted", status: .agreed, asOf: try PartialDate(parsing: "2019"), source: "fed"))
        for n in [2100, 40] {
            var d = data
            if n < 2100 { d.projects = Array(d.projects.prefix(n)); d.claims.removeAll { c in c.project != "unlisted" && !d.projects.contains { $0.id == c.project } } }
            let a = Analysis(dataset: d, flags: [], today: Day(year: 2026, month: 6, day: 30)!)
            #expect(a.claimsByProject["unlisted"]?.map(\.id) == ["c-orphan"])
            #expect(a.claimsByProject[gone] == nil)
            #expect(a.claimsByProject.count == Set(d.claims.map(\.project)).count)
        }
    }

    /// The synthetic data has discrepancies, so the property above exercises splicing, not just empty lists.
    @Test func syntheticDataHasDiscrepancies() {
        let a = Analysis(dataset: Self.dataset(projects: 12, claimsPerProject: 4, seed: 7), flags: [], today: Day(year: 2026, month: 6, day: 30)!)
        #expect(a.discrepancies.count >= 5)
        #expect(Set(a.discrepancies.map(\.project)).count >= 3)
    }

    /// `updating` leaves the original analysis untouched and matches `update`.
    @Test func updatingIsAValue() {
        var data = Self.dataset(projects: 5, claimsPerProject: 3, seed: 3)
        let today = Day(year: 2026, month: 6, day: 30)!
        let before = Analysis(dataset: data, flags: [], today: today)
        data.claims.append(try! Claim(id: "c-x", project: "p1", status: .operational, scope: .full,
                                      asOf: try! PartialDate(parsing: "2026-01"), source: "fed"))
        let after = before.updating(project: data.projects[1], claims: data.claims.filter { $0.project == "p1" }, plans: [], flags: [])
        #expect(before.claimsByProject["p1"]?.contains { $0.id == "c-x" } != true)
        #expect(after.claimsByProject["p1"]?.contains { $0.id == "c-x" } == true)
        Self.expectSame(after, Analysis(dataset: data, flags: [], today: today), "after one claim")
    }
}
