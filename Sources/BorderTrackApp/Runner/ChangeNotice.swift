import BorderTrackCore

/// The status-bar line after another editor's commit; used by the refresh, so it depends on nothing that runs the UI.
package enum ChangeNotice {
    /// What another editor's commit changed, for the status bar ("↻ 1 new claim, 1 new discrepancy").
    package static func changeNotice(from old: Analysis, to new: Analysis) -> String? {
        func count(_ a: Analysis) -> Int { a.claimsByProject.values.reduce(0) { $0 + $1.count } }
        let claims = count(new) - count(old)
        let projects = new.projects.count - old.projects.count
        let oldIDs = Set(old.discrepancies.map(\.id))
        let added = new.discrepancies.filter { !oldIDs.contains($0.id) }.count
        return notice(claims: claims, projects: max(0, projects), discrepancies: added)
    }

    /// "↻ updated by another editor: 1 new claim, 1 new discrepancy".
    package static func notice(claims: Int, projects: Int, discrepancies added: Int) -> String {
        var parts: [String] = []
        if claims != 0 { parts.append("\(claims > 0 ? "\(claims) new" : "\(-claims) fewer") claim\(abs(claims) == 1 ? "" : "s")") }
        if projects > 0 { parts.append("\(projects) new project\(projects == 1 ? "" : "s")") }
        if added > 0 { parts.append("\(added) new discrepanc\(added == 1 ? "y" : "ies")") }
        return "↻ updated by another editor" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }
}
