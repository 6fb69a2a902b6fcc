extension ImportBatch {
    /// What the corrections check needs to know about a stored claim that a claim of the batch supersedes.
    public struct StoredClaimLink: Sendable, Equatable {
        /// The project the stored claim is about.
        public var project: String
        /// Whether it was withdrawn.
        public var withdrawn: Bool
        /// The claim that already corrects it (not withdrawn), if any.
        public var supersededBy: String?

        public init(project: String, withdrawn: Bool, supersededBy: String?) {
            self.project = project; self.withdrawn = withdrawn; self.supersededBy = supersededBy
        }
    }

    /// The stored claims the batch's `supersedes` fields name (the ids an engine reads into
    /// `Existing.claimLinks`; usually none).
    public var supersededIDs: [String] { Array(Set(claims.compactMap(\.0.supersedes))).sorted() }

    /// The batch's corrections checked with the rule `claim add` applies: a claim supersedes an earlier claim of
    /// the same project that still counts (not withdrawn) and that nothing else corrects yet. So a claim cannot
    /// supersede itself, two claims cannot correct one (a fork), and claims cannot supersede each other in a
    /// cycle — each of these would take the claims out of the analysis and hide what they say. Unknown targets
    /// are left to the reference check. Problems are in file order (a cycle is reported at its first claim).
    public func supersedeProblems(against existing: Existing) -> [ImportIssue] {
        guard claims.contains(where: { $0.0.supersedes != nil }) else { return [] }
        var byID: [String: (Claim, Origin)] = [:]
        for (claim, origin) in claims where byID[claim.id] == nil { byID[claim.id] = (claim, origin) }
        var out: [(Int, ImportIssue)] = []
        var order: [String: Int] = [:]
        for (n, (claim, _)) in claims.enumerated() where order[claim.id] == nil { order[claim.id] = n }
        var correctedBy: [String: String] = [:]
        for (n, (claim, origin)) in claims.enumerated() {
            guard let s = claim.supersedes else { continue }
            func problem(_ message: String) {
                out.append((n, ImportIssue(origin: origin, field: "supersedes", value: s, message: message)))
            }
            let id = ImportIssue.clip(claim.id), target = ImportIssue.clip(s)
            if s == claim.id {
                problem("field \"supersedes\": claim \"\(id)\" supersedes itself; expected the id of an earlier claim it corrects")
                continue
            }
            let targetProject: String
            if let entry = byID[s] {
                targetProject = entry.0.project
            } else if let stored = existing.claimLinks[s] {
                targetProject = stored.project
                if stored.withdrawn {
                    problem("field \"supersedes\": claim \"\(target)\" was withdrawn; expected a claim that still counts (record a new claim instead)")
                    continue
                }
                if let by = stored.supersededBy {
                    problem("field \"supersedes\": claim \"\(target)\" was already superseded by \"\(ImportIssue.clip(by))\"; correct that one instead")
                    continue
                }
            } else {
                continue
            }
            if targetProject != claim.project {
                problem("field \"supersedes\": claim \"\(target)\" belongs to project \"\(ImportIssue.clip(targetProject))\", not \"\(ImportIssue.clip(claim.project))\"; a correction must be about the same project")
                continue
            }
            if let first = correctedBy[s] {
                problem("field \"supersedes\": claim \"\(target)\" is already superseded by \"\(ImportIssue.clip(first))\" in this import; a claim is corrected once — correct \"\(ImportIssue.clip(first))\" instead")
                continue
            }
            correctedBy[s] = claim.id
        }
        // Cycles: each claim names at most one other, so following `supersedes` from every claim once finds them.
        var state: [String: Bool] = [:]  // false: on the path being followed; true: done
        for (claim, _) in claims where claim.supersedes != nil && state[claim.id] == nil {
            var path: [String] = []
            var current: String? = claim.id
            while let c = current, state[c] == nil, let entry = byID[c] {
                state[c] = false
                path.append(c)
                current = entry.0.supersedes
            }
            if let c = current, state[c] == false, let start = path.firstIndex(of: c), path.count - start > 1 {
                let cycle = Array(path[start...])
                let first = cycle.min { order[$0]! < order[$1]! }!
                let (claim, origin) = byID[first]!
                let chain = (cycle + [cycle[0]]).map { "\"\(ImportIssue.clip($0))\"" }.joined(separator: " → ")
                out.append((order[first]!, ImportIssue(origin: origin, field: "supersedes", value: claim.supersedes,
                                                       message: "field \"supersedes\": claims \(chain) supersede each other in a cycle; a correction must supersede an earlier claim, so one of them must not name the other")))
            }
            for p in path { state[p] = true }
        }
        return out.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
