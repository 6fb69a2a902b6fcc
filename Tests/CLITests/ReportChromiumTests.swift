import Foundation
import Testing

/// The HTML report as a browser builds it: headless Chromium parses the file and the assessment is in the document.
@Suite("HTML report in headless Chromium")
struct ReportChromiumTests {
    @Test("as of 2021-10-20 the bridge's section shows official, local and assessed rows, the assessed one completed since 2019-11-28 (F2)")
    func assessedRows() throws {
        guard let browser = Tools.chromium() else { return }
        let db = try CLI.sampleDB(), html = CLI.tempDir().appendingPathComponent("report.html").path
        let r = try CLI.run(["report", "--db", db, "--format", "html", "--as-of", "2021-10-20", "-o", html])
        #expect(r.status == 0, "\(r.stderr)")
        let dom = try Tools.chromiumDOM(browser, file: html)
        #expect(dom.contains("</html>"), "Chromium built no document: \(dom.prefix(300))")
        // Every project section has its assessed row; the bridge's is the worked example.
        #expect(dom.components(separatedBy: "<tr class=\"assessed\">").count - 1 == 16)
        let bridge = try #require(dom.range(of: "id=\"p-blagoveshchensk-heihe-road-bridge\"").map { String(dom[$0.lowerBound...]) })
        let row = try #require(bridge.range(of: "<tr class=\"assessed\">").map { String(bridge[$0.lowerBound...].prefix(400)) })
        #expect(row.contains(">completed<") && row.contains("2019-11-28") && row.contains(">F2<"), "\(row)")
    }
}
