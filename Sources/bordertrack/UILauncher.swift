import BorderTrackStore

/// Starts the terminal UI.
enum UILauncher {
    static func run(store: any TrackerStore, editor: String, ascii: Bool) throws {
        let d = try store.dataset()
        print("BorderTrack — \(store.location): \(d.projects.count) projects, \(d.claims.count) claims (terminal UI in progress)")
    }
}
