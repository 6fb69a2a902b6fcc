import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

/// The engines the store suite runs against; each test gets a fresh, empty tracker.
enum Engine: String, CaseIterable, CustomTestStringConvertible {
    case sqliteMemory, sqliteFile

    var testDescription: String { rawValue }

    func make(clock: @escaping @Sendable () -> Timestamp = { Timestamp(parsing: "2026-11-23T10:00:00Z")! }) throws -> any TrackerStore {
        switch self {
        case .sqliteMemory: return try SQLiteStore.inMemory(clock: clock)
        case .sqliteFile:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bt-store-\(UUID().uuidString)")
            return try SQLiteStore.open(path: dir.appendingPathComponent("t.sqlite").path, clock: clock)
        }
    }
}

import Testing

let sampleJSON = """
{"format": "bordertrack/1",
 "sources": [{"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"},
             {"id": "amurlife", "name": "Amur Life", "tier": "local-media", "country": "RU"}],
 "projects": [{"id": "bridge", "kind": "bridge", "names": {"en": "Bridge", "ru": "Мост", "zh": "大桥"}, "countries": ["RU", "CN"],
   "plans": [{"id": "p1", "milestone": "opening", "target": "2020", "announced": "2018-03", "source": "rg"}],
   "claims": [{"id": "c1", "status": "operational", "scope": "full", "asOf": "2021-10-07", "source": "rg", "quote": "Мост открыт, \\"готов\\""},
              {"id": "c2", "status": "completed", "asOf": "2021-10-01", "source": "amurlife", "quote": "黑河 не готов"}]}]}
"""

func loaded(_ engine: Engine) throws -> any TrackerStore {
    let store = try engine.make()
    _ = try store.importBatch(DatasetJSON.decode(Array(sampleJSON.utf8), file: "s.json"), editor: "ann")
    return store
}
