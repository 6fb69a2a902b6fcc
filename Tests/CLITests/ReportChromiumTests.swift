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

    @Test("`report --lang zh --format html`: Chromium builds a Chinese document — lang=\"zh\", Chinese headings and headers with no English word, every assessed row")
    func chinese() throws {
        guard let browser = Tools.chromium() else { return }
        let db = try CLI.sampleDB(), html = CLI.tempDir().appendingPathComponent("report-zh.html").path
        let r = try CLI.run(["report", "--db", db, "--lang", "zh", "--format", "html", "--as-of", "2021-10-20", "-o", html])
        #expect(r.status == 0, "\(r.stderr)")
        let dom = try Tools.chromiumDOM(browser, file: html)
        #expect(dom.contains("</html>"), "Chromium built no document: \(dom.prefix(300))")
        #expect(dom.contains("<html lang=\"zh\">"))
        for heading in ["<h1>BorderTrack 项目状态报告</h1>", "<h2>目录</h2>", "<h2>概要</h2>", "<h3>按状态与视角统计的项目</h3>",
                        "<h2>地图</h2>", "<h2>如何阅读时间线</h2>", "<h3>未决分歧</h3>", "<h3>工期变化</h3>", "<h3>说法</h3>"] {
            #expect(dom.contains(heading), "\(heading)")
        }
        // Headings (a project's h2 aside: its name is data) and table headers: no Latin word but the tool's name.
        var english: [String] = []
        for text in Self.texts(of: ["h1", "h2", "h3", "th"], in: dom) where !text.contains("class=\"id\"") {
            let words = Self.stripped(text).split { !($0.isASCII && $0.isLetter) }.filter { $0.count > 1 && $0 != "BorderTrack" }
            english += words.map(String.init)
        }
        #expect(english.isEmpty, "English in headings or headers: \(english)")
        // Every project section has its assessed row; the bridge's: completed since 2019-11-28, F2.
        #expect(dom.components(separatedBy: "<tr class=\"assessed\"><th scope=\"row\">评估</th>").count - 1 == 16)
        let bridge = try #require(dom.range(of: "id=\"p-blagoveshchensk-heihe-road-bridge\"").map { String(dom[$0.lowerBound...]) })
        let row = try #require(bridge.range(of: "<tr class=\"assessed\">").map { String(bridge[$0.lowerBound...].prefix(400)) })
        #expect(row.contains(">竣工<") && row.contains("2019-11-28") && row.contains(">F2<"), "\(row)")
        #expect(bridge.contains("<th>状态</th><th>生效日期</th><th>来源</th>"), "\(bridge.prefix(3000))")
    }

    /// The inner HTML of every element with one of these tags (elements of these tags do not nest in the report).
    static func texts(of tags: [String], in dom: String) -> [String] {
        var out: [String] = []
        for tag in tags {
            var rest = Substring(dom)
            while let open = rest.range(of: "<\(tag)"), let gt = rest[open.upperBound...].firstIndex(of: ">") {
                let after = rest[open.upperBound...]
                // `<th` must not match `<thead>`.
                guard let c = after.first, c == ">" || c == " " else { rest = after; continue }
                let body = rest[rest.index(after: gt)...]
                guard let close = body.range(of: "</\(tag)>") else { break }
                out.append(String(rest[open.lowerBound..<close.lowerBound]))
                rest = body[close.upperBound...]
            }
        }
        return out
    }

    /// Text without its tags; `<code>` (ids) and attribute values dropped with them.
    static func stripped(_ html: String) -> String {
        var out = "", inTag = false, code = 0
        var rest = Substring(html)
        while let c = rest.first {
            if rest.hasPrefix("<code") { code += 1 } else if rest.hasPrefix("</code") { code -= 1 }
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag && code == 0 { out.append(c) }
            rest = rest.dropFirst()
        }
        return out
    }
}
