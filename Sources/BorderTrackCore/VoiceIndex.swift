/// The voices of one project's claims worked out once: each claim's origins and account as small integers, so
/// the assessment's many "independent of it?" and "how many voices?" questions (`Voices`) cost no string work.
///
/// Gives the same answers as `Voices` on the same claims: origins are interned, and a group of claims is counted
/// with the same union of shared origins.
struct VoiceIndex {
    /// Each claim's origins (one or two), as interned ids.
    private let origins: [(Int, Int)]
    /// Each claim's account (its source, or its source as known through its `via`), as an interned id.
    private let accounts: [Int]
    private let originCount: Int

    init(_ claims: [Claim], sources: [String: Source]) {
        var ids: [String: Int] = [:]
        var originOf: [String: Int] = [:]
        func intern(_ s: String) -> Int {
            if let k = ids[s] { return k }
            ids[s] = ids.count
            return ids.count - 1
        }
        func origin(_ source: String) -> Int {
            if let k = originOf[source] { return k }
            let k = intern(Voices.origin(of: source, in: sources))
            originOf[source] = k
            return k
        }
        var accountIDs: [String: Int] = [:]
        var origins: [(Int, Int)] = [], accounts: [Int] = []
        origins.reserveCapacity(claims.count); accounts.reserveCapacity(claims.count)
        for c in claims {
            let own = origin(c.source)
            let through = c.via.map(origin) ?? own
            origins.append((own, through))
            let account = c.via.map { c.source + " via " + $0 } ?? c.source
            if let k = accountIDs[account] { accounts.append(k) } else { accountIDs[account] = accountIDs.count; accounts.append(accountIDs.count - 1) }
        }
        self.origins = origins
        self.accounts = accounts
        originCount = ids.count
    }

    /// Whether claims `a` and `b` (indexes) share no origin (`Voices.independent`).
    func independent(_ a: Int, _ b: Int) -> Bool {
        let x = origins[a], y = origins[b]
        return x.0 != y.0 && x.0 != y.1 && x.1 != y.0 && x.1 != y.1
    }

    /// The voices behind claims `ks` (indexes): distinct accounts and independent groups (`Voices.init`).
    func voices(_ ks: [Int]) -> Voices {
        guard !ks.isEmpty else { return Voices(sources: 0, independent: 0) }
        var parent: [Int: Int] = [:]
        func find(_ x: Int) -> Int {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }
        var distinct = Set<Int>()
        for k in ks {
            distinct.insert(accounts[k])
            let (a, b) = origins[k]
            if parent[a] == nil { parent[a] = a }
            if parent[b] == nil { parent[b] = b }
            let ra = find(a), rb = find(b)
            if ra != rb { parent[rb] = ra }
        }
        var groups = Set<Int>()
        for k in ks { groups.insert(find(origins[k].0)) }
        return Voices(sources: distinct.count, independent: groups.count)
    }
}
