import BorderTrackCore

/// The status-bar line after another editor's commit; used by the refresh, so it depends on nothing that runs the UI.
package enum ChangeNotice {
    /// What another editor's commit changed, for the status bar ("↻ 1 new claim, 1 new discrepancy").
    package static func changeNotice(from old: Analysis, to new: Analysis, lang: Catalogue = .en) -> String? {
        func count(_ a: Analysis) -> Int { a.claimsByProject.values.reduce(0) { $0 + $1.count } }
        let claims = count(new) - count(old)
        let projects = new.projects.count - old.projects.count
        let oldIDs = Set(old.discrepancies.map(\.id))
        let added = new.discrepancies.filter { !oldIDs.contains($0.id) }.count
        return notice(claims: claims, projects: max(0, projects), discrepancies: added, lang: lang)
    }

    /// "↻ updated by another editor: 1 new claim, 1 new discrepancy", in `lang`.
    package static func notice(claims: Int, projects: Int, discrepancies added: Int, lang: Catalogue = .en) -> String {
        var parts: [String] = []
        if claims != 0 { parts.append(lang.count(claims > 0 ? "ui.message.new-claims" : "ui.message.fewer-claims", abs(claims))) }
        if projects > 0 { parts.append(lang.count("ui.message.new-projects", projects)) }
        if added > 0 { parts.append(lang.count("ui.message.new-discrepancies", added)) }
        return parts.isEmpty ? lang["ui.message.updated"] : lang("ui.message.updated-with", parts.joined(separator: lang["join.comma"]))
    }
}
