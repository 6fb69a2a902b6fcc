import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

/// One CSV table of the tracker, written as `bordertrack export --table` and the bench write it.
package enum TableExport {
    /// Writes one CSV table to `path` (standard output when nil). The claims table of a SQLite tracker is
    /// streamed from the stored rows to the file without building `Claim` values (same bytes); for a
    /// terminal the table is built whole and sanitised.
    package static func write(_ table: CSVTable, from store: any TrackerStore, to path: String?, terminal: Bool = false) throws {
        if table == .claims, !terminal, let sqlite = store as? any ClaimsCSVStreaming {
            try StreamedOutput.write(to: path, database: store.location) { sink in try sqlite.writeClaimsCSV(sink) }
        } else {
            let text = DatasetCSV.encode(table, of: try content(of: table, from: store))
            try CLI.output(terminal ? ReportFormat.terminalSafe(text) : text, to: path, database: store.location)
        }
    }

    /// What one CSV table needs from the store: only that table is read (the claims table of a
    /// million-claim tracker without its projects).
    package static func content(of table: CSVTable, from store: any TrackerStore) throws -> Dataset {
        switch table {
        case .sources: Dataset(sources: try store.sources())
        case .projects: Dataset(projects: try store.projects())
        case .plans: Dataset(plans: try store.plans(project: nil))
        case .claims: Dataset(claims: try store.claims(project: nil))
        }
    }
}
