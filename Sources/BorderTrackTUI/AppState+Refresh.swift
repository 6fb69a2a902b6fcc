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
        if let i = listRows.firstIndex(where: { $0.project.id == project.id }) { listRows.remove(at: i) }
        if let s = analysis.summary(of: project.id), filter.matches(s) {
            listRows.insert(s, at: sort.insertionIndex(of: s, in: listRows, descending: sortDescending))
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
}
