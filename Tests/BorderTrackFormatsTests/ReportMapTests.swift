import BorderTrackCore
import BorderTrackFormats
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import BorderTrackTestSupport

/// The HTML report's map (`ReportMapSVG`): well-formed SVG with the border, rivers and one linked, titled marker per
/// located project, and drawn by headless Chromium with every marker inside the picture.
@Suite("Report map (SVG)")
struct ReportMapTests {
    static func sampleReport() throws -> StatusReport {
        let dataset = try ReportFixture.sampleDataset()
        let analysis = Analysis(dataset: dataset, flags: [], today: ReportFixture.today)
        return StatusReport.make(analysis: analysis, generatedAt: ReportFixture.generatedAt, database: ReportFixture.database)
    }

    static func mapSVG(_ html: String) -> String? {
        guard let section = html.range(of: "<section id=\"map\">") else { return nil }
        return ReportHTMLTests.svgs(String(html[section.lowerBound...])).first
    }

    @Test("the sample's map: border and rivers, 15 markers with titles linking to their sections, the unlocated project listed")
    func sampleMap() throws {
        let report = try Self.sampleReport()
        let html = ReportHTML.render(report)
        let svg = try #require(Self.mapSVG(html))
        let parsed = try #require(ReportHTMLTests.parse(svg), "not well-formed")
        #expect(parsed.elements.filter { $0 == "polyline" }.count >= 10)
        let markers = parsed.attributes.compactMap { $0["data-project"] }
        #expect(markers.count == 15)
        for id in markers {
            #expect(html.contains("<section class=\"project\" id=\"p-\(id)\">"), "\(id) has no section")
            #expect(svg.contains("<a href=\"#p-\(id)\"><g class=\"marker\" data-project=\"\(id)\"><title>"))
        }
        #expect(svg.contains("<title>Blagoveshchensk–Heihe road bridge — assessed operational (cargo) (F2)</title>"), "the marker shows the assessed status")
        #expect(html.contains("<li><a href=\"#map\">Map</a></li>"))
        #expect(html.contains("Without a location: <a href=\"#p-ru-cn-checkpoint-modernisation\">"))
        // Marker symbols are the list's status symbols.
        #expect(svg.contains(">●</text>") && svg.contains(">◑</text>"))
    }

    @Test("names are escaped in titles and labels")
    func escaping() throws {
        let p = try Project(id: "x", kind: .bridge, names: try Names(en: "A <b>&\"bridge\u{202E}"), countries: ["RU"], regions: [],
                            location: try Location(lat: 48, lon: 130))
        let a = Analysis(dataset: Dataset(projects: [p]), flags: [], today: ReportFixture.today)
        let html = ReportHTML.render(StatusReport.make(analysis: a, generatedAt: ReportFixture.generatedAt, database: "d"))
        let svg = try #require(Self.mapSVG(html))
        #expect(ReportHTMLTests.parse(svg) != nil)
        #expect(!svg.contains("<b>") && svg.contains("A &lt;b&gt;&amp;&quot;bridge⟨U+202E⟩"))
        #expect(svg.contains("— no claim about the whole project</title>"))
    }

    @Test("no located project, no map")
    func noMap() {
        let a = Analysis(dataset: Dataset(), flags: [], today: ReportFixture.today)
        let html = ReportHTML.render(StatusReport.make(analysis: a, generatedAt: ReportFixture.generatedAt, database: "d"))
        #expect(!html.contains("id=\"map\""))
    }

    /// Headless Chromium, if installed (`$BORDERTRACK_CHROMIUM`, else `chromium`, `chromium-browser`, `google-chrome` on
    /// the PATH); with `$BORDERTRACK_REQUIRE_TOOLS=1` a missing browser fails the test.
    static func chromium() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let c = env["BORDERTRACK_CHROMIUM"], FileManager.default.isExecutableFile(atPath: c) { return c }
        for dir in (env["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        if env["BORDERTRACK_REQUIRE_TOOLS"] == "1" { Issue.record("headless Chromium is missing where CI installs it ($BORDERTRACK_REQUIRE_TOOLS=1)") }
        return nil
    }

    @Test("headless Chromium draws the map: the SVG has its size, every marker a box inside it, every link a target")
    func inChromium() throws {
        guard let browser = Self.chromium() else { return }
        let html = ReportHTML.render(try Self.sampleReport())
        // The report has no scripts; a copy gets one that measures what Chromium laid out and writes it into the page.
        let probe = """
            <script>
            const svg = document.querySelector('#map svg');
            const box = svg.getBoundingClientRect();
            const markers = [...svg.querySelectorAll('g.marker')];
            const inside = markers.filter(m => { const r = m.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1; });
            const targets = [...svg.querySelectorAll('a')].filter(a => document.getElementById(a.getAttribute('href').slice(1)));
            const lines = [...svg.querySelectorAll('g.border polyline')].reduce((n, l) => n + l.getTotalLength(), 0);
            const out = document.createElement('pre'); out.id = 'probe';
            out.textContent = 'PRO' + `BE width=${Math.round(box.width)} height=${Math.round(box.height)} markers=${markers.length} inside=${inside.length} links=${svg.querySelectorAll('a').length} targets=${targets.length} border=${Math.round(lines)} END`;
            document.body.appendChild(out);
            </script>
            """
        let dir = Scratch.path("bt-map")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.html")
        try Data(html.replacingOccurrences(of: "</body>", with: probe + "</body>").utf8).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: browser)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=\(dir.path)/profile",
                       "--window-size=1200,900", "--virtual-time-budget=5000", "--dump-dom", file.absoluteString]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let line = try #require(dom.range(of: "PROBE ").flatMap { start in dom.range(of: " END", range: start.upperBound..<dom.endIndex).map { String(dom[start.upperBound..<$0.lowerBound]) } },
                                "no probe output: \(dom.suffix(300))")
        let values = Dictionary(uniqueKeysWithValues: line.split(separator: " ").compactMap { kv -> (String, Int)? in
            let parts = kv.split(separator: "=")
            return parts.count == 2 ? (String(parts[0]), Int(parts[1]) ?? -1) : nil
        })
        #expect((values["width"] ?? 0) > 400 && (values["height"] ?? 0) > 300, "\(line)")
        #expect(values["markers"] == 15 && values["inside"] == 15, "\(line)")
        #expect(values["links"] == values["targets"] && (values["links"] ?? 0) >= 15, "\(line)")
        #expect((values["border"] ?? 0) > 1000, "\(line)")
    }
}
