import BorderTrackCore

extension AppState {
    /// Applies another editor's change to one project without rebuilding the screen's data: the analysis
    /// recomputes that project only (`Analysis.update`), its list row moves to its new sorted place, and
    /// the list and queue cursors stay on the same project and discrepancy.
    ///
    /// Same result as `replaceAnalysis` with a full re-analysis, at the cost of one project.
    public mutating func updateProject(_ project: Project, claims: [Claim], plans: [Plan], flags: [FlagEvent]) {
        let queueKeep = queueItems.indices.contains(queueSelection) ? queueItems[queueSelection].id : nil
        let keep = selectedSummary?.project.id
        analysis.update(project: project, claims: claims, plans: plans, flags: flags)
        if let i = listRows.firstIndex(where: { $0.project.id == project.id }) { listRows.remove(at: i) }
        if let s = analysis.summary(of: project.id), filter.matches(s) {
            listRows.insert(s, at: sort.insertionIndex(of: s, in: listRows, descending: sortDescending))
        }
        if let keep, let i = listRows.firstIndex(where: { $0.project.id == keep }) { listSelection = i }
        listSelection = max(0, min(listSelection, listRows.count - 1))
        let queue = queueItems
        if let queueKeep, let i = queue.firstIndex(where: { $0.id == queueKeep }) { queueSelection = i }
        queueSelection = max(0, min(queueSelection, queue.count - 1))
        scrollIntoView()
    }
}
