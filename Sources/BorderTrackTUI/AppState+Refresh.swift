import BorderTrackCore

extension AppState {
    /// Applies another editor's change to one project of a tracker held in memory without rebuilding the
    /// screen's data: the analysis recomputes that project only, its list row moves to its new sorted place
    /// (`AnalysisPages.update`), and the list and queue cursors stay on the same project and discrepancy.
    ///
    /// Same result as `replaceAnalysis` with a full re-analysis, at the cost of one project. A tracker read
    /// page by page is told what changed through `pagesChanged` instead (nothing happens here).
    public mutating func updateProject(_ project: Project, claims: [Claim], plans: [Plan], flags: [FlagEvent]) {
        guard let memory = pages as? AnalysisPages else { return }
        let queueKeep = queueItem(queueSelection)
        let keep = selectedSummary?.project.id
        memory.update(project: project, claims: claims, plans: plans, flags: flags)
        // The kept discrepancy may have changed (its flag, its end): `recount` looks it up again by id.
        recount(keeping: keep, queue: queueKeep, searchAgain: false)
    }

    /// After the store changed (these projects, or anything: nil): the pages forget what they read and the
    /// counts are read again, keeping the list and queue cursors on the same project and discrepancy.
    public mutating func pagesChanged(projects: [String]?) {
        let keep = selectedSummary?.project.id
        let queueKeep = view == .queue ? queueItem(queueSelection) : nil
        pages.invalidate(projects: projects)
        recount(keeping: keep, queue: queueKeep, searchAgain: false)
    }
}
