import Foundation
import Testing

/// The plain-text sanitisers (`TextTable.cell` for tables and `project show`, `TextEscaper.escapeForMessage` for
/// error messages) driven through the binary with ESC, C1 and bidi controls in stored text, an editor name and
/// values the importer refuses: what is written holds none of them raw and shows each as its visible escape.
@Suite("Sanitised plain text through the CLI")
struct SanitiserCLITests {
    /// ESC starting a colour sequence, an 8-bit CSI (U+009B), NEXT LINE (U+0085), RIGHT-TO-LEFT OVERRIDE and
    /// LEFT-TO-RIGHT ISOLATE, each between letters.
    static let hostile = "A\u{1B}[31mB\u{9B}2JC\u{85}D\u{202E}E\u{2066}F"
    /// The same as JSON text.
    static let hostileJSON = #"A\u001b[31mB\u009b2JC\u0085D\u202eE\u2066F"#
    /// How `TextTable.cell` shows it: ESC as ␛, the others as their code points.
    static let inTable = "A␛[31mB⟨U+9B⟩2JC⟨U+85⟩D⟨U+202E⟩E⟨U+2066⟩F"
    /// How `TextEscaper.escapeForMessage` shows it.
    static let inMessage = #"A\u{1b}[31mB\u{9b}2JC\u{85}D\u{202e}E\u{2066}F"#

    /// Scalars a terminal obeys or reorders text by: C0 but newline, DEL and C1, bidi and zero-width controls.
    static func controls(_ text: String) -> [String] {
        text.unicodeScalars.filter { u in
            let v = u.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x061C || v == 0xFEFF
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    func tracker() throws -> (URL, String) {
        let dir = CLI.tempDir()
        let json = dir.appendingPathComponent("hostile.json")
        CLI.write("""
        {"format": "bordertrack/1",
         "sources": [{"id": "evil", "name": "\(Self.hostileJSON)", "tier": "local-media", "country": "RU"}],
         "projects": [{"id": "bridge", "kind": "bridge", "names": {"en": "\(Self.hostileJSON)", "ru": "Мост \(Self.hostileJSON)"},
                       "regions": ["\(Self.hostileJSON)"],
                       "claims": [{"id": "c1", "status": "construction", "asOf": "2020", "source": "evil", "quote": "\(Self.hostileJSON)"}]}]}
        """, to: json)
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try CLI.run(["import", json.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, db)
    }

    @Test("project show: names, regions, source names and quotes show every control as its escape")
    func projectShow() throws {
        let (_, db) = try tracker()
        let r = try CLI.run(["project", "show", "bridge", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.controls(r.stdout) == [], "\(r.stdout)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == Self.inTable + "  [bridge]")
        #expect(lines.contains("  ru: Мост " + Self.inTable))
        #expect(lines.contains { $0.hasPrefix("  kind: bridge   regions: " + Self.inTable) })
        #expect(lines.contains { $0.hasPrefix("2020   construction  " + Self.inTable + ", RU  local") }, "\(r.stdout)")
        #expect(lines.contains("  c1: “" + Self.inTable + "”"))
    }

    @Test("sources and audit log: a hostile source name and editor name are shown escaped in the table")
    func tables() throws {
        let (dir, db) = try tracker()
        // An edit by an editor whose name carries the controls.
        let claim = try CLI.run(["claim", "add", "--db", db, "--editor", Self.hostile, "--project", "bridge", "--status", "completed",
                                 "--as-of", "2021", "--source", "evil"])
        #expect(claim.status == 0, "\(claim.stderr)")
        #expect(Self.controls(claim.stdout + claim.stderr) == [], "\(claim.stdout)\(claim.stderr)")
        let log = try CLI.run(["audit", "log", "--db", db])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(Self.controls(log.stdout) == [], "\(log.stdout)")
        let rows = log.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        // SEQ AT EDITOR ACTION ...: the import's entries by "tester", the claim's by the hostile name.
        #expect(rows.dropFirst().map { $0[2] } == ["tester", "tester", "tester", Self.inTable], "\(log.stdout)")
        let sources = try CLI.run(["sources", "--db", db])
        #expect(Self.controls(sources.stdout) == [], "\(sources.stdout)")
        #expect(sources.stdout.contains("evil  " + Self.inTable + "  local-media"), "\(sources.stdout)")
        _ = dir
    }

    @Test("error messages: a refused import value and an unknown id name the value with its controls escaped")
    func messages() throws {
        let (dir, db) = try tracker()
        let bad = dir.appendingPathComponent("bad.json")
        CLI.write("""
        {"format": "bordertrack/1", "sources": [], "projects": [{"id": "other", "kind": "\(Self.hostileJSON)", "names": {"en": "O"}}]}
        """, to: bad)
        let r = try CLI.run(["import", bad.path, "--db", db])
        #expect(r.status == 65)
        #expect(Self.controls(r.stderr) == [], "\(r.stderr)")
        #expect(r.stderr.contains("bad.json at $.projects[0]: field \"kind\": \"\(Self.inMessage)\" is not valid; expected one of bridge,"), "\(r.stderr)")
        let show = try CLI.run(["project", "show", Self.hostile, "--db", db])
        #expect(show.status == 65)
        #expect(Self.controls(show.stderr) == [], "\(show.stderr)")
        #expect(show.stderr == "bordertrack: no project with id \"\(Self.inMessage)\"; see `bordertrack project list`\n", "\(show.stderr)")
        #expect(show.stdout.isEmpty)
    }
}
