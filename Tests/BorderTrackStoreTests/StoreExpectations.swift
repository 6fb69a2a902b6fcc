import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import Testing

/// Checks several store suites make of a tracker after a write, a copy or a migration.
enum StoreExpectations {
    /// The audit chain verifies.
    static func intact(_ store: any TrackerStore, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let v = try store.verifyAudit()
        #expect(v.isIntact, "\(comment.map { "\($0): " } ?? "")\(v.problem ?? "")", sourceLocation: sourceLocation)
    }

    /// A snapshot copy holds the same dataset with its chain intact; on SQLite the streamed claims CSV is the
    /// encoder's, byte for byte.
    static func copiesWhole(_ store: any TrackerStore, into copy: any TrackerStore, data: Dataset,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        try copy.importSnapshot(try store.exportAll())
        #expect(try copy.dataset() == data, sourceLocation: sourceLocation)
        try intact(copy, sourceLocation: sourceLocation)
        if let sqlite = store as? SQLiteStore {
            var bytes: [UInt8] = []
            try sqlite.writeClaimsCSV { bytes.append(contentsOf: $0) }
            #expect(String(decoding: bytes, as: UTF8.self) == DatasetCSV.encode(.claims, of: data), sourceLocation: sourceLocation)
        }
    }

    /// A tracker just migrated to attribution takes a source's affiliation and a claim's quote language,
    /// translation and via, reads them back, and its chain still verifies.
    static func takesAttribution(_ store: any TrackerStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try store.addSource(try Source(id: "study", name: "Study", tier: .localMedia, affiliation: "amurlife"), editor: "bo")
        _ = try store.addClaim(try Claim(id: "c4", project: "bridge", status: .completed, asOf: PartialDate(parsing: "2021-09"), source: "rg",
                                         quote: "Мост готов", quoteLang: "ru", translation: "The bridge is ready", via: "study"), editor: "bo")
        let back = try #require(try store.claims(project: "bridge").last, sourceLocation: sourceLocation)
        #expect(back.quoteLang == "ru" && back.translation == "The bridge is ready" && back.via == "study", sourceLocation: sourceLocation)
        #expect(try store.sources().first { $0.id == "study" }?.affiliation == "amurlife", sourceLocation: sourceLocation)
        try intact(store, sourceLocation: sourceLocation)
    }
}
