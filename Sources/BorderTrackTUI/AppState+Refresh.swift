import BorderTrackCore

extension AppState {
    /// Applies another editor's change to one project without rebuilding the screen's data: the analysis
    /// recomputes that project only (`Analysis.update`), its list row moves to its new sorted place, and
    /// the list and queue cursors stay on the same project and discrepancy.
    ///
    /// Same result as `replaceAnalysis` with a full re-analysis, at the cost of one project.
    public mutating func updateProject(_ project: Project, claims: [Claim], plans: [Plan], flags: [FlagEvent]) {
        let queueKeep = queueItems.indices.contains(queueSelection) ? DiscrepancyQueue.Key(queueItems[queueSelection]) : nil
        let keep = selectedSummary?.project.id
        analysis.update(project: project, claims: claims, plans: plans, flags: flags)
        let old = listRows.firstIndex { $0.project.id == project.id }
        if let s = analysis.summary(of: project.id), filter.matches(s) {
            if let i = old { moveRow(from: i, replacingWith: s) } else {
                listRows.insert(s, at: sort.insertionIndex(of: s, in: listRows, descending: sortDescending))
            }
        } else if let i = old {
            listRows.remove(at: i)
        }
        if let keep, let i = listRows.firstIndex(where: { $0.project.id == keep }) { listSelection = i }
        listSelection = max(0, min(listSelection, listRows.count - 1))
        // The kept discrepancy may have changed (its flag, its end), so look it up by id among the project's.
        if let queueKeep {
            let now = queueKeep.project == project.id
                ? analysis.discrepancies(of: project.id).first { $0.id == queueKeep.id }.map(DiscrepancyQueue.Key.init)
                : queueKeep
            if let now, let i = queueItems.position(of: now) { queueSelection = i }
        }
        queueSelection = max(0, min(queueSelection, queueItems.count - 1))
        scrollIntoView()
    }

    /// Replaces row `i` and moves it to its sorted place, shifting only the rows in between (a summary is
    /// large; removing and re-inserting would move every row after both places).
    mutating func moveRow(from i: Int, replacingWith s: ProjectSummary) {
        listRows[i] = s
        let key = sort.sortKey(s)
        func before(_ a: SortColumn.SortKey, _ b: SortColumn.SortKey) -> Bool { sortDescending ? b < a : a < b }
        // Search the part of the list on the side the row moves to (the rest stays sorted).
        if i > 0, before(key, sort.sortKey(listRows[i - 1])) {
            var lo = 0, hi = i
            while lo < hi {
                let mid = (lo + hi) / 2
                if before(key, sort.sortKey(listRows[mid])) { hi = mid } else { lo = mid + 1 }
            }
            for k in stride(from: i, to: lo, by: -1) { listRows.swapAt(k, k - 1) }
        } else if i + 1 < listRows.count, before(sort.sortKey(listRows[i + 1]), key) {
            var lo = i + 1, hi = listRows.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if before(key, sort.sortKey(listRows[mid])) { hi = mid } else { lo = mid + 1 }
            }
            for k in i..<(lo - 1) { listRows.swapAt(k, k + 1) }
        }
    }
}

extension AppState {
    /// After a paged tracker's store changed (these projects, or anything: nil): forgets what was read
    /// and re-reads counts, keeping the list and queue cursors on the same project and discrepancy.
    public mutating func pagesChanged(projects: [String]?) {
        guard let pages else { return }
        let keep = selectedSummary?.project.id
        let queueKeep = view == .queue ? queueItem(queueSelection) : nil
        pages.invalidate(projects: projects)
        pagedListCount = pages.listCount(listQuery)
        if let keep, let i = pages.listPosition(listQuery, of: keep) { listSelection = i }
        listSelection = max(0, min(listSelection, pagedListCount - 1))
        if let queueKeep, let i = pages.queuePosition(of: queueKeep.id, project: queueKeep.project) { queueSelection = i }
        queueSelection = max(0, min(queueSelection, queueCount - 1))
        scrollIntoView()
    }

    /// Leaves paged reading for a whole analysis in memory (an as-of view), or goes back to pages.
    public mutating func switchData(analysis a: Analysis?, pages p: (any TrackerPages)?) {
        pages = p
        if let a { replaceAnalysis(a) } else if let p {
            analysis = Analysis(dataset: Dataset(sources: p.sources.values.sorted { $0.id < $1.id }), flags: [], today: p.end)
            listRows = []
            pagesChanged(projects: nil)
        }
    }
}
