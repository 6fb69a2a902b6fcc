import BorderTrackCore
import BorderTrackFormats
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("Report as HTML")
struct ReportHTMLTests {
    @Test("golden: the fixed dataset as of 2021-12-31")
    func golden() {
        ReportFixture.expectGolden(ReportHTML.render(ReportFixture.report()), Self.golden, name: "report.html")
    }

    /// Every `<svg …>…</svg>` in the document.
    static func svgs(_ html: String) -> [String] {
        var out: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            out.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return out
    }

    /// Parses XML, returning the element names in document order (nil when not well-formed).
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [[String: String]] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            elements.append(name); self.attributes.append(attributes)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    static func parse(_ xml: String) -> Collector? {
        let parser = XMLParser(data: Data(xml.utf8))
        let c = Collector()
        parser.delegate = c
        return parser.parse() ? c : nil
    }

    @Test("every SVG timeline is well-formed XML with two lanes, patterns, labels and hatched discrepancy bands")
    func svgParses() throws {
        let html = ReportHTML.render(ReportFixture.report(asOf: nil))
        // The map (ReportMapTests), the legend, then a timeline for each project with claims (the zone has none).
        let svgs = Self.svgs(html)
        #expect(svgs.first?.contains("id=\"map-title\"") == true)
        let all = Array(svgs.dropFirst())
        #expect(all.count == 3)
        for svg in all { #expect(Self.parse(svg) != nil, "not well-formed: \(svg.prefix(120))") }
        let bridge = try #require(Self.parse(all[1]))
        let text = bridge.text
        #expect(text.contains("Official") && text.contains("Local") && text.contains("Disputed"))
        #expect(text.contains("CON") && text.contains("CMP") && text.contains("OPR-F") && text.contains("OPR-C"))
        #expect(text.contains("CRITICAL · status-conflict"))
        #expect(text.contains("2017") && text.contains("2024"))
        let fills = bridge.attributes.compactMap { $0["fill"] }
        #expect(fills.contains("url(#t1-st-operational)"))
        #expect(fills.contains("url(#t1-hatch-critical)"))
        let patterns = bridge.attributes.compactMap { $0["id"] }
        #expect(patterns.contains("t1-st-construction") && patterns.contains("t1-hatch-minor"))
        // Each status pattern is distinct.
        let legend = try #require(Self.parse(all[0]))
        #expect(Set(legend.attributes.compactMap { $0["id"] }.filter { $0.hasPrefix("lg-st-") }).count == Status.allCases.count)
    }

    @Test("no markup from data survives: quotes, names and URLs are escaped")
    func escaping() {
        let html = ReportHTML.render(ReportFixture.report(asOf: nil))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("Construction began &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"))
        #expect(html.contains("Port &lt;Amur&gt; &amp; Co"))
        #expect(!html.contains("Port <Amur>"))
        #expect(html.contains(#"<a href="https://www.xinhua.net/a?x=1&amp;y=&quot;2&quot;" rel="noopener noreferrer">"#))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains(#"<span class="nolink">javascript:alert(1)</span>"#))
        #expect(!html.unicodeScalars.contains { $0.value == 0x202E })
        #expect(html.contains("Bridge ⟨U+202E⟩nepo⟨U+202C⟩"))
        // Outside markup, no raw quote characters come from data.
        #expect(!html.contains("\"quoted\"") && !html.contains("'single'"))
        #expect(ReportHTML.escape(#"<a href='x'>"&"#) == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;")
        // Escaped byte by byte: wide text passes whole, and a mark combining with `&` does not hide it.
        #expect(ReportHTML.escape("Мост «A&B» 黑河 <b>") == "Мост «A&amp;B» 黑河 &lt;b&gt;")
        #expect(ReportHTML.escape("&\u{301}<\u{20E5}") == "&amp;\u{301}&lt;\u{20E5}")
        #expect(ReportHTML.escape("黑河口岸") == "黑河口岸")
    }

    @Test("self-contained and printable: no external assets or scripts, A4 page rules, a table of contents")
    func selfContained() {
        let html = ReportHTML.render(ReportFixture.report())
        #expect(!html.contains("<link") && !html.contains("src=") && !html.contains("@import") && !html.contains("<script"))
        #expect(html.contains("@page { size: A4; margin: 15mm; }"))
        #expect(html.contains("section.project { break-before: page; }"))
        #expect(html.contains(#"<nav class="toc" aria-label="Contents">"#))
        for s in ReportFixture.report().sections {
            #expect(html.contains("<a href=\"#p-\(s.project.id)\">"))
            #expect(html.contains("id=\"p-\(s.project.id)\""))
        }
        #expect(html.contains("2024-05-01T09:30:00Z") && html.contains(ReportFixture.database))
        #expect(html.contains(StatusReport.statement))
        #expect(!html.contains("LATER-PUBLISHED"))
    }

    static let golden = ##"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bordertrack report">
<title>BorderTrack status report — as of 2021-12-31</title>
<style>
:root { --ink: #1a1a1a; --muted: #555555; --rule: #c8c8c8; --accent: #0072B2; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", Arial, sans-serif;
       color: var(--ink); background: #ffffff; max-width: 62rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.8rem; margin: 0 0 .6rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
h2 .id { font-size: .75rem; font-weight: normal; color: var(--muted); }
a { color: var(--accent); }
code { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .88rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #eeeeee; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.summary { width: auto; min-width: 22rem; }
dl.meta, dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0 1rem; }
dl.meta dt, dl.facts dt { font-weight: bold; }
dl.meta dd, dl.facts dd { margin: 0; }
.statement { border-left: 4px solid var(--accent); background: #eef6fb; padding: .5rem .8rem; }
.names span { margin-right: 1.2rem; }
.sev { display: inline-block; font-weight: bold; text-transform: uppercase; font-size: .75em; padding: 0 .35em;
       border: 1.5px solid; border-radius: 3px; letter-spacing: .03em; }
.sev-critical { color: #9c3700; border-style: double; border-width: 3px; }
.sev-major { color: #7a5000; }
.sev-minor { color: #555555; border-style: dashed; }
.st { font-weight: bold; }
.tag { font-family: "DejaVu Sans Mono", monospace; font-size: .8em; color: var(--muted); white-space: nowrap; }
td.date { white-space: nowrap; }
ul.discrepancies { padding-left: 1.2rem; }
ul.discrepancies li { margin-bottom: .4rem; }
blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--rule); white-space: pre-wrap; }
.url { overflow-wrap: anywhere; font-size: .85em; }
.nolink { color: var(--muted); }
.in-force { font-size: .75em; font-weight: bold; border: 1px solid var(--ink); border-radius: 3px; padding: 0 .3em; }
figure.timeline { margin: .6rem 0 1rem; }
figure.map { margin: .6rem 0 1rem; }
figure svg, .legend-box svg { width: 100%; height: auto; display: block; }
figcaption { font-size: .8rem; color: var(--muted); }
nav.toc ol { padding-left: 1.4rem; }
nav.toc li { margin: .1rem 0; }
.muted, .empty { color: var(--muted); }
.grade { font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
tr.assessed th, tr.assessed td { border-top: 2px solid var(--muted); font-weight: bold; }
.translation, .note { white-space: pre-wrap; }
.translation .label, .note .label, .via { color: var(--muted); font-style: italic; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav.toc { break-after: page; }
  section.project { break-before: page; }
  table, figure, blockquote, ul.discrepancies li, dl { break-inside: avoid; }
  table.claims { break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  h1, h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
</style>
</head>
<body>
<header>
<h1>BorderTrack status report</h1>
<dl class="meta">
<dt>As of</dt><dd>2021-12-31 — only claims published on or before this day count; statuses are those in force on it</dd>
<dt>Generated</dt><dd><time datetime="2024-05-01T09:30:00Z">2024-05-01T09:30:00Z</time> (UTC)</dd>
<dt>Database</dt><dd><code>/var/lib/bordertrack/test.sqlite</code></dd>
<dt>Projects</dt><dd>3 (all projects)</dd>
</dl>
<p class="statement">Every status in this report is a claim by a named source on a date, not an established fact; official and local accounts are shown side by side.</p>
</header>
<nav class="toc" aria-label="Contents">
<h2>Contents</h2>
<ol>
<li><a href="#summary">Summary</a></li>
<li><a href="#map">Map</a></li>
<li><a href="#legend">How to read the timelines</a></li>
<li>Projects
<ol>
<li><a href="#p-blagoveshchensk-heihe-road-bridge">Blagoveshchensk–Heihe road bridge</a> — 2 open discrepancies, worst <span class="sev sev-critical">critical</span></li>
<li><a href="#p-nizhneleninskoye-tongjiang-rail-bridge">Nizhneleninskoye–Tongjiang rail bridge | section 2</a> — 2 open discrepancies, worst <span class="sev sev-major">major</span></li>
<li><a href="#p-heihe-ftz">Heihe cross-border economic cooperation zone</a></li>
</ol>
</li>
</ol>
</nav>
<section id="summary">
<h2>Summary</h2>
<h3>Projects by status and perspective</h3>
<table class="summary">
<thead><tr><th>Status</th><th class="num">Official</th><th class="num">Local</th><th class="num">Assessed</th></tr></thead>
<tbody>
<tr><td><span class="st">proposed</span> <span class="tag">PRO</span></td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
<tr><td><span class="st">agreed</span> <span class="tag">AGR</span></td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
<tr><td><span class="st">construction</span> <span class="tag">CON</span></td><td class="num">1</td><td class="num">0</td><td class="num">0</td></tr>
<tr><td><span class="st">completed</span> <span class="tag">CMP</span></td><td class="num">0</td><td class="num">1</td><td class="num">1</td></tr>
<tr><td><span class="st">operational</span> <span class="tag">OPR</span></td><td class="num">1</td><td class="num">0</td><td class="num">0</td></tr>
<tr><td><span class="st">suspended</span> <span class="tag">SUS</span></td><td class="num">0</td><td class="num">1</td><td class="num">1</td></tr>
<tr><td><span class="st">cancelled</span> <span class="tag">CAN</span></td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
<tr><td><span class="muted">no claim</span></td><td class="num">1</td><td class="num">1</td><td class="num">1</td></tr>
</tbody>
</table>
<h3>Open discrepancies by severity</h3>
<table class="summary">
<thead><tr><th>Severity</th><th class="num">Open</th><th class="num">Acknowledged</th><th class="num">Total</th></tr></thead>
<tbody>
<tr><td><span class="sev sev-critical">critical</span></td><td class="num">0</td><td class="num">1</td><td class="num">1</td></tr>
<tr><td><span class="sev sev-major">major</span></td><td class="num">2</td><td class="num">0</td><td class="num">2</td></tr>
<tr><td><span class="sev sev-minor">minor</span></td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
</tbody>
</table>
<h3>Largest deadline slips</h3>
<table>
<thead><tr><th>Project</th><th>Milestone</th><th>First target</th><th>Latest target</th><th class="num">Moved</th><th class="num">Times later</th></tr></thead>
<tbody>
<tr><td><a href="#p-blagoveshchensk-heihe-road-bridge">Blagoveshchensk–Heihe road bridge</a></td><td>opening</td><td>2019</td><td>2021-10</td><td class="num">+33 months</td><td class="num">2</td></tr>
<tr><td><a href="#p-nizhneleninskoye-tongjiang-rail-bridge">Nizhneleninskoye–Tongjiang rail bridge | section 2</a></td><td>completion</td><td>2016</td><td>2018</td><td class="num">+24 months</td><td class="num">1</td></tr>
</tbody>
</table>
</section>
<section id="map">
<h2>Map</h2>
<figure class="map">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 730" role="img" aria-labelledby="map-title" font-family="DejaVu Sans, Noto Sans, Noto Sans CJK SC, sans-serif">
<title id="map-title">Map of the projects along the Russia–China border (Natural Earth, public domain)</title>
<rect x="0" y="0" width="800" height="730" fill="#fbfbf8" stroke="#c8c8c8"/>
<g class="coast" fill="none" stroke="#9a9a9a" stroke-width="1">
<polyline points="151,756 156.1,742.9 163.2,735 194.8,717.9 205.2,699.2 219.6,683 239.3,685.8 243,679.2 243.9,686 253.9,694.1 255.3,698.5 258.7,701.7 258.3,703.9 255.7,711.3 241.8,732.5 231.7,738 230.2,742.7 231.8,748.8 227.8,749.7 222.8,753.7 223.6,756"/>
<polyline points="271,756 278.8,750.7 283.1,749.8 285.6,746.9 292.5,746.3 296.8,742.3 305.1,741.1 307.6,736.1 311.5,739.2 323.8,738.2 329.5,733.9 332.4,729.3 333.3,730.1 332.4,734.8 339.8,740.8 342.7,750 346,748.1 346.3,743.4 347.6,742.6 359.1,751.3 368.4,754.6 368.5,756"/>
<polyline points="446.2,756 445.4,745.8 446.9,741.3 457.5,735.4 461,730.1 466,728.2 473,728.1 480.4,723.2 483.9,719.6 487.1,713.4 501.7,704.3 506.5,695.5 509.9,692.1 523,685.3 524.2,681.4 523.1,671.3 525,662 524.8,657.4 522,652.1 522.2,646.8 524.7,640.7 528.9,635.8 533.6,626.1 539.7,620.6 541.7,616.1 549.6,609.9 556,611.3 559.3,608.7 563,598.4 558.5,591.5 560.2,590.6 574.5,593 579.3,585.4 582.9,582.8 587.2,573.7 597.2,560.2 602.3,557.8 604.9,558.9 600.8,564.6 599.7,568.6 602.6,568.6 605.5,567.3 615.5,557.2 616.3,561.1 615.3,579.6 621.5,578.2 624.9,580.2 629.7,580 635.2,584.3 639.9,583.5 642.1,588 645.7,589.3 660.9,582.5 665.2,582.4 675.9,576.3 715.8,546.1 720.4,537.8 728.3,530 730.1,522.9 742.2,501.9 751.7,495.9 755.6,486.6 763,478.5 775.3,460.4 787.4,448.7 797.3,435.9 806.6,426.6 821.5,404 825.2,393 829.8,388.8 831.7,378.3 835.6,370.8"/>
<polyline points="835.6,22.8 826.7,24.9 828.2,21.3 835.6,12.7"/>
<polyline points="835.6,2.1 831.3,4.8 826.8,14.3 816,20.7 808.5,23 791.3,23.7 790.1,22 800.6,15.3 805.2,7 810.2,5.1 811.9,2.8 804.4,1.6 794.3,-5.2 800.5,-8.1 805.9,-14.7 795.7,-14.6 787.3,-9.4 785.6,-6.7 791.4,-1.2 787.7,9.3 782.9,8 778.2,8.5 775.2,11.4 772.2,10.3 771,3.7 774,-18.3 775.8,-23.5 775,-32.3 741.4,-30.4 722.7,-36.8 720.3,-38.1 718.6,-43.8 720.4,-49.1 723.7,-52.1"/>
<polyline points="350.1,752.9 350.2,755.6 352.2,754.1 353.2,750.4 350.1,752.9"/>
<polyline points="772.1,-49.8 778.8,-50 781.1,-48.1 784.2,-48.3 786,-52.1"/>
<polyline points="774.4,-52.1 772.1,-49.8"/>
<polyline points="790.5,-41.2 798.7,-45.5 805.7,-34 807.9,-34.5 816.3,-41.1 818.4,-46.9 822,-52.1"/>
<polyline points="795.9,-52.1 792,-46.4 790.5,-41.2"/>
</g>
<g class="lake" fill="#cfe6f5" stroke="#56B4E9" stroke-width="1">
<polygon points="633.2,466.6 626.3,484.3 617.5,493.8 614.3,491.7 613,488.6 606.9,482.7 608.3,470.9 605,465.4 604.6,458.1 607,454.3 612.6,452.2 625,453.8 630.2,457.3 633.2,461.5 633.2,466.6"/>
<polygon points="79.3,282.4 74.3,282.7 74.5,276.1 70.7,269 93.7,242.9 95.6,242.4 96.2,243.9 95.5,249.3 96.6,251.3 100,254.2 106.9,255.3 107.9,257 105.4,258.9 98.6,257.7 79.3,282.4"/>
<polygon points="91.8,329.2 89.9,326.5 91.4,321.5 96.3,315.6 99.6,315.5 102,319.9 101.5,322 94.4,329.5 91.8,329.2"/>
</g>
<g class="river" fill="none" stroke="#56B4E9" stroke-width="1.4">
<polyline points="784.7,184.9 785.8,193.1 784.2,197.3 777.7,203.5 774.1,213 775.5,221.2"/>
<polyline points="775.5,221.2 776.6,222.7 776,229.7 760.7,241.6 756.3,251.8 756.4,256.2 752.4,261.4 737.6,273 726.9,272.8 717.7,276.1 713.8,279.2 712,283.1 712.2,287.7 709.9,290.9 704.8,292.6 692.9,291.9 682.9,294.1 669.9,298.6 656.6,307.8 645.1,307.3 631.9,316 629.6,315.6 624.4,324.9 621.4,327.7 588.7,329.4 585.4,327.3 580.2,327 569,329 567.5,328 563.5,316.6 559.4,311.9 558.6,306.2 561.9,295.1 559.9,290.4 553,281.4 555.3,272.6 553,268 540.3,266.4 534.6,262.2 521.6,246.2 516.8,243.9 515.5,240.5 511.5,240.5 508.8,242.3 500.1,241.2 498.5,238.9 491.3,236.5 489.6,234.9 490.3,232.5 489.6,230.6 487.3,229.5 470.6,231.6 462.2,231.1 455.6,228.3 451.9,225.7 444.5,215.2 444.9,204.8 447.6,197.7"/>
<polyline points="835.6,150.9 820.2,164 807.4,171.4 788.9,177 784.1,182.9 784.7,184.9"/>
<polyline points="227.7,35.7 212.8,37.3 202.8,43.2 192.7,53.9 181.2,63.3 179.3,66.9 180.2,71.3 183.9,72.9 190.6,71.6 196.3,72.3 201.1,74.8 202.6,78.6 200.9,83.7 201.4,88.7 204.2,93.6 204.4,99.3 202,105.7 195.9,112.2 186.2,118.8 180.2,125.1 176.6,134.5 171.1,142.5 168.7,150.8 160.4,163.6 160.1,168 158.1,171.9 154.5,175.5 149.9,186 148.1,187.4 153,190.1 154.5,194.1 153.8,200.5 151.5,205.2 147.4,207.9 133.5,210.5 122.7,216.7 102.2,234"/>
<polyline points="102.2,234 103.5,238.4 108.7,244.1 112.9,243.4 122.3,237.9 125.3,239.6 128.6,247.1 133.2,249.7 150.5,250.4 158.2,246.4 182,249 196.2,247.4 210.2,241.5 235.6,227.6 244.6,225.4 259.1,216.5"/>
<polyline points="447.6,197.7 438.6,190.3 438.8,186.3 437.5,184.9 439,176.2 437.6,171.7 424,151.2 420.8,140 421.3,137 419.6,133.1 419.7,130.1 416.3,127 416,119.8 409.3,108.2 407.3,97.8 405.2,95.3 404.8,89.4 402.6,87 403.3,85.5 398,77.3 391.7,72.5 393.2,68.3 392.8,65.8 386.6,58.9 381.4,57.9 379.8,55.8 380.2,52 378.6,50 375,49.7 358.2,41.6 352.2,43.2 351.4,45.4 348.9,45.2 342.8,41.2 336.6,40.2 327.8,32.9 325.5,33.5 306.1,23.7 289.9,23.8 267.2,28.4 260.9,26.9 227.7,35.7"/>
<polyline points="304.1,548.4 306.3,552.7 303.4,572.5 304.7,575.5 304.6,586 306.2,591.3 309.8,595.6 314,604.5 311.9,608.6 302.7,615.1 296.9,617.9 290.7,618.1 285.6,621.2 280.6,627.9 275.8,638.1 273,647.6 271.5,660.9 265.1,666.6 263.1,670.9 264.5,674.9 263.4,677.6 260.5,679.7 257.3,685.5 254.3,687 253.9,694.1"/>
<polyline points="344,445.8 348.9,446 353.7,442 357.4,445 358.1,447.7 361.1,449 366.3,448.7 375.1,443.8 382,443.5 387.1,440.6 390.4,435.3 394.9,432.7 410.1,430.6 419.6,420.1 423.9,417.3 429.6,417.2 441.5,421.2 445.4,419.2 446.5,416.4 459,421.2 473,419.1 485.3,421.3 489.3,419.5 499.1,422.4 502.9,419.9 513.1,402.7 518.3,397.2 519.7,393.3 527.3,386.8 533.4,377.3 539.7,373.7 545.1,373.6"/>
<polyline points="624.4,324.9 619.2,335.4 606,347.6 604.7,350.4 562.1,357.1 559,361.1 553.9,364.5 549.3,371.9 545.1,373.5"/>
<polyline points="78.5,594.8 77.2,593.7 79.3,586.7 77.8,579.5 79,573.9 83.4,570.3 97.6,563.9 112.8,559.4 150,561.6 204.8,551.5"/>
<polyline points="204.8,551.5 215.4,547 225.7,546.6 239.3,548.8 250,546.4 264.9,534.5 276.2,531 280.4,531.4 294,539.8 298.8,540.8 302.7,544.3 304.1,548.4"/>
</g>
<g class="border" fill="none" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="7 3">
<polyline points="-71.1,229.6 -69.1,228.6 -65.3,219.2 -50.7,208.2 -25,194.3 -9.1,196.4 0.1,201.4 9.8,211.3 15.3,214 25.5,214.8 40.4,208 43.3,208.1 55.1,212.8 59.8,217.8 71.9,224.6 100,233.9 102.2,234 122.7,216.7 133.5,210.5 147.4,207.9 151.5,205.2 153.8,200.5 154.5,194.1 153,190.1 148.1,187.4 149.9,186 154.5,175.5 158.1,171.9 160.1,168 160.4,163.6 168.7,150.8 171.1,142.5 176.6,134.5 180.2,125.1 186.2,118.8 195.9,112.2 202,105.7 204.4,99.3 204.3,93.6 201.4,88.7 200.9,83.7 202.6,78.6 201.1,74.8 196.3,72.3 190.6,71.6 183.9,72.9 180.2,71.3 179.3,66.9 181.2,63.3 185.5,60.5 202.8,43.2 212.8,37.3 227.7,35.7 260.9,26.9 267.2,28.4 289.9,23.8 306.1,23.7 325.5,33.5 327.8,32.9 336.6,40.2 342.8,41.2 348.9,45.2 351.4,45.4 354.5,41.9 358.2,41.6 375,49.7 378.6,50 380.2,52 379.8,55.8 381.4,57.9 386.6,58.9 392.8,65.8 393.2,68.3 391.7,72.5 398,77.3 403.3,85.5 402.6,87 404.7,89.4 405.2,95.3 407.3,97.8 409.3,108.2 416,119.8 416.3,127 419.7,130.1 419.6,133.1 421.3,137 420.8,140 424,151.2 437.6,171.7 439,176.2 437.5,184.9 438.8,186.3 438.6,190.3 447.6,197.7 444.2,209.9 444.5,215.2 446.3,218.9 449.3,221.1 451.9,225.7 462.2,231.1 487.3,229.5 489.6,230.6 490.3,232.5 489.6,234.9 491.3,236.5 498.5,238.9 500.1,241.2 508.8,242.3 511.5,240.5 515.5,240.5 516.8,243.9 521.6,246.2 534.6,262.2 540.3,266.4 553,268 555.3,272.6 553,281.5 559.9,290.4 561.9,295 558.6,306.2 559.4,311.9 565.9,321.1 567.5,328 580.2,327 585.4,327.3 588.7,329.4 596.8,329.5 621.4,327.7 624.4,324.9 629.6,315.6 631.9,316 645.1,307.3 656.6,307.8 669.9,298.6 686,293.4 695.6,296.1 699.2,299.6 699.3,304.9 695.7,311.7 702.3,327.7 694.8,339.7 692.7,341.7 685.9,343.4 681.5,349.3 682.7,358.3 678.1,367.6 676.4,380 670.8,391.1 672.1,398 670.6,404.2 664.9,409.8 665.3,413.5 663,419.5 658.2,423.4 655.5,437.7 646.6,443.5 644,452.5 644,462.4 637.7,467.7 603.7,456.5 599.2,452.2 592.1,458.6 589.5,464.9 584.8,470.1 571.8,474 568.2,477.4 567.8,479.7 572,490.3 578,517.6 576.5,521.2 575.1,536.8 575.4,547.2 577.6,549.1 578,553.8 575.1,566.1 571.9,571.6 571.3,578.6 566.9,581.3 561.9,581 553.8,583.3 548.4,587.8 548.9,589.9 551.9,590.5 553.8,593.2 554.1,596.1 552.1,597.8 557.8,609.9"/>
<polyline points="-71.1,478.6 -50.2,482.5 -32.7,470.8 -20.7,458.7 -15.6,448.9 -9.3,447.4 -2.9,449.6 5.8,448.9 24.2,445.4 33.2,436.6 42.6,430.7 44.1,427.8 43.1,423 48.3,412.1 53.9,406.2 55.6,402 66.1,396.9 83,398.3 85.5,387.4 86.7,386.6 90.6,386.5 95,389.9 97.5,390.1 100,389.1 103.5,384.9 109.2,382.4 117.7,379.8 132.4,381.1 136.7,377.5 148,383.8 154,385.1 167.4,385.5 173,382.1 174.2,372.4 170.2,366.1 167.5,357.2 153.8,343.6 152.6,340.3 148,337.6 145.1,330.9 133.7,325.5 124.4,313.7 111.9,311.4 98.4,313.5 83.6,331 73.6,323 62.6,319.6 53.8,321.2 43.8,320.3 38.2,323.8 35.3,327.9 31.9,329.2 21.9,319.4 19.8,315.7 18.7,306 27.9,299.9 29.2,282.8 36.4,272.1 36.8,269.1 59.8,217.8"/>
<polyline points="332.9,729.7 333.8,724.5 351.6,706 355.4,705.7 358.2,701.4 370.4,695.5 376.7,689.3 378.5,689.3 381.4,684.7 390.7,682.8 405.8,661.1 408.5,659.1 412.5,644.4 416.8,640.4 419.1,640.4 423.3,637.1 425.1,637.7 428.8,642 431.5,648.9 433.1,650.1 451.1,654.9 462.7,654.4 467.5,657.6 472.6,648.5 472.5,646.2 463.4,631 463.8,626.3 473.2,624.3 495,623.7 504.7,614.3 505.5,609.4 508.9,604.1 512.9,602.9 516.4,605.6 519.3,602.9 522.6,602.3 525.5,585.2 529.7,573.6 536.3,574.9 541.9,579.2 542.1,586.8 546.2,592.8 552.1,597.8"/>
</g>
<g class="markers">
<a href="#p-blagoveshchensk-heihe-road-bridge"><g class="marker" data-project="blagoveshchensk-heihe-road-bridge"><title>Blagoveshchensk–Heihe road bridge — assessed completed (F2)</title><circle cx="446.2" cy="195.6" r="7" fill="#F0E442" stroke="#1a1a1a" stroke-width="1.2"/><text x="446.2" y="199.6" text-anchor="middle" font-size="11" fill="#1a1a1a">◕</text></g></a>
<a href="#p-heihe-ftz"><g class="marker" data-project="heihe-ftz"><title>Heihe cross-border economic cooperation zone — no claim about the whole project</title><circle cx="444.1" cy="196.1" r="7" fill="#ffffff" stroke="#1a1a1a" stroke-width="1.2"/><text x="444.1" y="200.1" text-anchor="middle" font-size="11" fill="#1a1a1a">?</text></g></a>
</g>
<g class="labels" font-size="11" fill="#1a1a1a">
<a href="#p-blagoveshchensk-heihe-road-bridge"><text x="457" y="204">Blagoveshchensk–Heihe r…</text></a>
<a href="#p-heihe-ftz"><text x="261" y="204">Heihe cross-border econ…</text></a>
</g>
</svg>
<figcaption>Each project at its location, marked by its assessed status, else its official one (the symbols of the status table: ○ proposed, ◔ agreed, ◑ construction, ◕ completed, ● operational, ‖ suspended, ✗ cancelled); a marker links to the project's section. Dashed: land borders and the border rivers' line; blue: rivers and lakes. Base map: Natural Earth 1:50m, public domain.</figcaption>
</figure>
<p class="muted">Without a location: <a href="#p-nizhneleninskoye-tongjiang-rail-bridge">Nizhneleninskoye–Tongjiang rail bridge | section 2</a>.</p>
</section>
<section id="legend">
<h2>How to read the timelines</h2>
<p>Each project has two lanes: the <strong>official</strong> account (federal and state sources) and the <strong>local</strong> account (regional officials, local media, business, field visits). A lane shows the status in force on each day according to that perspective's latest claim. Statuses are told apart by a label, a fill pattern and a colour; OPR-P, OPR-C and OPR-F mean operating for passengers, cargo, or both. Hatched bands below the lanes mark the periods of open discrepancies, labelled with their severity. The dashed line is the report day.</p>
<div class="legend-box"><svg xmlns="http://www.w3.org/2000/svg" class="legend" viewBox="0 0 990 124" width="990" height="124" role="img" aria-labelledby="lg-title" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif"><title id="lg-title">Legend: status patterns and discrepancy bands</title><defs><pattern id="lg-st-proposed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#56B4E9"/><circle cx="4" cy="4" r="1.4" fill="#08364f"/></pattern><pattern id="lg-st-agreed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#0072B2"/><path d="M0 2H8M0 6H8" stroke="#ffffff" stroke-width="1.2"/></pattern><pattern id="lg-st-construction" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#E69F00"/><path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke="#4d3500" stroke-width="1.4"/></pattern><pattern id="lg-st-completed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#F0E442"/><path d="M0 0.5H8M0.5 0V8" stroke="#5c5600" stroke-width="1"/></pattern><pattern id="lg-st-operational" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#009E73"/></pattern><pattern id="lg-st-suspended" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#CC79A7"/><path d="M2 0V8M6 0V8" stroke="#4a1d37" stroke-width="1.2"/></pattern><pattern id="lg-st-cancelled" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#D55E00"/><path d="M0 0L8 8M8 0L0 8" stroke="#3d1b00" stroke-width="1.2"/></pattern><pattern id="lg-hatch-critical" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#D55E00"/></pattern><pattern id="lg-hatch-major" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#E69F00"/></pattern><pattern id="lg-hatch-minor" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#8c8c8c"/></pattern></defs><rect x="0" y="4" width="64" height="22" fill="url(#lg-st-proposed)" stroke="#000000" stroke-width="0.6"/><text x="4" y="19" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">PRO</text><text x="70" y="19" font-size="12" fill="#000000">proposed (dots)</text><rect x="330" y="4" width="64" height="22" fill="url(#lg-st-agreed)" stroke="#000000" stroke-width="0.6"/><text x="334" y="19" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">AGR</text><text x="400" y="19" font-size="12" fill="#000000">agreed (horizontal lines)</text><rect x="660" y="4" width="64" height="22" fill="url(#lg-st-construction)" stroke="#000000" stroke-width="0.6"/><text x="664" y="19" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CON</text><text x="730" y="19" font-size="12" fill="#000000">construction (diagonal lines)</text><rect x="0" y="34" width="64" height="22" fill="url(#lg-st-completed)" stroke="#000000" stroke-width="0.6"/><text x="4" y="49" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CMP</text><text x="70" y="49" font-size="12" fill="#000000">completed (grid)</text><rect x="330" y="34" width="64" height="22" fill="url(#lg-st-operational)" stroke="#000000" stroke-width="0.6"/><text x="334" y="49" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">OPR</text><text x="400" y="49" font-size="12" fill="#000000">operational (solid)</text><rect x="660" y="34" width="64" height="22" fill="url(#lg-st-suspended)" stroke="#000000" stroke-width="0.6"/><text x="664" y="49" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">SUS</text><text x="730" y="49" font-size="12" fill="#000000">suspended (vertical lines)</text><rect x="0" y="64" width="64" height="22" fill="url(#lg-st-cancelled)" stroke="#000000" stroke-width="0.6"/><text x="4" y="79" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CAN</text><text x="70" y="79" font-size="12" fill="#000000">cancelled (crosses)</text><rect x="330" y="64" width="64" height="22" fill="url(#lg-hatch-critical)" stroke="#000000" stroke-width="0.6"/><text x="334" y="79" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CRITICAL</text><text x="400" y="79" font-size="12" fill="#000000">critical discrepancy</text><rect x="660" y="64" width="64" height="22" fill="url(#lg-hatch-major)" stroke="#000000" stroke-width="0.6"/><text x="664" y="79" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">MAJOR</text><text x="730" y="79" font-size="12" fill="#000000">major discrepancy</text><rect x="0" y="94" width="64" height="22" fill="url(#lg-hatch-minor)" stroke="#000000" stroke-width="0.6"/><text x="4" y="109" font-size="10" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">MINOR</text><text x="70" y="109" font-size="12" fill="#000000">minor discrepancy</text></svg></div>
</section>
<section class="project" id="p-blagoveshchensk-heihe-road-bridge">
<h2>1. Blagoveshchensk–Heihe road bridge <code class="id">blagoveshchensk-heihe-road-bridge</code></h2>
<p class="names"><span lang="en">en: Blagoveshchensk–Heihe road bridge</span><span lang="ru">ru: Мост Благовещенск – Хэйхэ</span><span lang="zh">zh: 黑河—布拉戈维申斯克界河公路大桥</span></p>
<dl class="facts">
<dt>Kind</dt><dd>bridge</dd>
<dt>Sides</dt><dd>RU – CN</dd>
<dt>Regions</dt><dd>Amur Oblast; Heilongjiang</dd>
<dt>Location</dt><dd>50.25, 127.55</dd>
</dl>
<h3>Status on 2021-12-31</h3>
<table class="status">
<thead><tr><th>Perspective</th><th>Status</th><th>In force since</th><th>Source</th><th>Claim date</th><th>Published</th><th>Claim</th><th>Grade</th></tr></thead>
<tbody>
<tr><th scope="row">Official</th><td><span class="st">operational (full)</span> <span class="tag">OPR-F</span></td><td class="date">2021-10-07</td><td>Rossiyskaya Gazeta</td><td class="date">2021-10-07</td><td class="date">2021-10-07</td><td><code>b3</code></td><td class="grade">F</td></tr>
<tr><th scope="row">Local</th><td><span class="st">completed</span> <span class="tag">CMP</span></td><td class="date">2021-10-15</td><td>Amur Life «Амурская жизнь»</td><td class="date">2021-10-15</td><td class="date">2021-10-20</td><td><code>b4</code></td><td class="grade">F</td></tr>
<tr class="assessed"><th scope="row">Assessed</th><td><span class="st">completed</span> <span class="tag">CMP</span></td><td class="date">2019-05-31</td><td>2 supporting claims</td><td>—</td><td>—</td><td>—</td><td class="grade">F2</td></tr>
</tbody>
</table>
<div class="assessment">
<p><strong>Assessed:</strong> completed but not in service since 2019-05-31 (F2) — cannot be judged source, probably true.</p>
<ul>
<li>Supporting: <code>b2</code>, <code>b4</code></li>
<li>Discounted <code>b3</code>: contradicted by 1 later independent local source</li>
</ul>
</div>
<figure class="timeline">
<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 900 156" width="900" height="156" role="img" aria-labelledby="t1-title" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif"><title id="t1-title">Timeline of Blagoveshchensk–Heihe road bridge: official and local status by year</title><defs><pattern id="t1-st-proposed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#56B4E9"/><circle cx="4" cy="4" r="1.4" fill="#08364f"/></pattern><pattern id="t1-st-agreed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#0072B2"/><path d="M0 2H8M0 6H8" stroke="#ffffff" stroke-width="1.2"/></pattern><pattern id="t1-st-construction" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#E69F00"/><path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke="#4d3500" stroke-width="1.4"/></pattern><pattern id="t1-st-completed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#F0E442"/><path d="M0 0.5H8M0.5 0V8" stroke="#5c5600" stroke-width="1"/></pattern><pattern id="t1-st-operational" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#009E73"/></pattern><pattern id="t1-st-suspended" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#CC79A7"/><path d="M2 0V8M6 0V8" stroke="#4a1d37" stroke-width="1.2"/></pattern><pattern id="t1-st-cancelled" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#D55E00"/><path d="M0 0L8 8M8 0L0 8" stroke="#3d1b00" stroke-width="1.2"/></pattern><pattern id="t1-hatch-critical" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#D55E00"/></pattern><pattern id="t1-hatch-major" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#E69F00"/></pattern><pattern id="t1-hatch-minor" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#8c8c8c"/></pattern></defs><line x1="78" y1="16" x2="78" y2="138" stroke="#bdbdbd" stroke-width="1"/><text x="81" y="14" font-size="12" fill="#333333">2016</text><line x1="201.2" y1="16" x2="201.2" y2="138" stroke="#bdbdbd" stroke-width="1"/><text x="204.2" y="14" font-size="12" fill="#333333">2017</text><line x1="324.1" y1="16" x2="324.1" y2="138" stroke="#bdbdbd" stroke-width="1"/><text x="327.1" y="14" font-size="12" fill="#333333">2018</text><line x1="447" y1="16" x2="447" y2="138" stroke="#bdbdbd" stroke-width="1"/><text x="450" y="14" font-size="12" fill="#333333">2019</text><line x1="569.9" y1="16" x2="569.9" y2="138" stroke="#bdbdbd" stroke-width="1"/><text x="572.9" y="14" font-size="12" fill="#333333">2020</text><line x1="693.1" y1="16" x2="693.1" y2="138" stroke="#bdbdbd" stroke-width="1"/><text x="696.1" y="14" font-size="12" fill="#333333">2021</text><line x1="816" y1="16" x2="816" y2="138" stroke="#bdbdbd" stroke-width="1"/><text x="826" y="14" font-size="12" font-weight="bold" fill="#333333">in force</text><text x="0" y="40" font-size="13" font-weight="bold" fill="#000000">Official</text><rect x="78" y="22" width="738" height="28" fill="#f7f7f7" stroke="#d0d0d0" stroke-width="0.5"/><g class="seg st-construction"><title>Official: construction from 2016-12-24 to 2019-05-30 — claim b1, xinhua, 2016-12-24</title><rect x="198.5" y="22" width="299" height="28" fill="url(#t1-st-construction)" stroke="#ffffff" stroke-width="1"/><text x="202.5" y="40" font-size="12" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CON</text></g><g class="seg st-completed"><title>Official: completed from 2019-05-31 to 2021-10-06 — claim b2, rg, 2019-05-31</title><rect x="497.5" y="22" width="289.5" height="28" fill="url(#t1-st-completed)" stroke="#ffffff" stroke-width="1"/><text x="501.5" y="40" font-size="12" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CMP</text></g><g class="seg st-operational"><title>Official: operational (full) from 2021-10-07 (in force) — claim b3, rg, 2021-10-07</title><rect x="787" y="22" width="29" height="28" fill="url(#t1-st-operational)" stroke="#ffffff" stroke-width="1"/></g><rect x="826" y="27" width="16" height="16" fill="url(#t1-st-operational)" stroke="#000000" stroke-width="0.6"/><text x="847" y="40" font-size="12" font-weight="bold" fill="#000000">OPR-F</text><text x="0" y="74" font-size="13" font-weight="bold" fill="#000000">Local</text><rect x="78" y="56" width="738" height="28" fill="#f7f7f7" stroke="#d0d0d0" stroke-width="0.5"/><g class="seg st-completed"><title>Local: completed from 2021-10-15 (in force) — claim b4, amurlife via portamur, 2021-10-15</title><rect x="789.7" y="56" width="26.3" height="28" fill="url(#t1-st-completed)" stroke="#ffffff" stroke-width="1"/></g><rect x="826" y="61" width="16" height="16" fill="url(#t1-st-completed)" stroke="#000000" stroke-width="0.6"/><text x="847" y="74" font-size="12" font-weight="bold" fill="#000000">CMP</text><text x="0" y="103.5" font-size="13" font-weight="bold" fill="#000000">Disputed</text><g class="disc sev-minor"><title>minor deadline-slip ds-8debbc99c6, 2016-12-01 – 2020-06-30</title><rect x="190.8" y="90" width="440.4" height="19" fill="url(#t1-hatch-minor)" stroke="#000000" stroke-width="0.8"/><text x="193.8" y="103.5" font-size="11" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">MINOR · deadline-slip</text></g><g class="disc sev-critical"><title>critical status-conflict sc-8a891def06, 2021-10-07 – 2021-10-15</title><rect x="787" y="113" width="3" height="19" fill="url(#t1-hatch-critical)" stroke="#000000" stroke-width="0.8"/><text x="784" y="126.5" font-size="11" font-weight="bold" text-anchor="end" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CRITICAL · status-conflict</text></g><line x1="816" y1="18" x2="816" y2="140" stroke="#000000" stroke-width="1.2" stroke-dasharray="4 3"/><text x="816" y="152" font-size="11" text-anchor="end" fill="#000000">report day 2021-12-31</text></svg>
<figcaption>Status in force by perspective, and open discrepancies, up to 2021-12-31.</figcaption>
</figure>
<h3>Open discrepancies</h3>
<ul class="discrepancies">
<li><span class="sev sev-critical">critical</span> <strong>status-conflict</strong> <code>sc-8a891def06</code> (acknowledged), 2021-10-07 – 2021-10-15: Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that, Amur Life «Амурская жизнь» (2021-10-15, via Port &lt;Amur&gt; &amp; Co) says completed but not in service — a later account reports less, with no suspension or closure reported between.</li>
<li><span class="sev sev-minor">minor</span> <strong>deadline-slip</strong> <code>ds-8debbc99c6</code> (open), 2016-12-01 – 2020-06-30: The opening target moved 2 times, 33 months in all: 2019 (announced 2016-12) → 2020 (announced 2019-05) → 2021-10 (announced 2020-06).</li>
</ul>
<h3>Deadline history</h3>
<table>
<thead><tr><th>Milestone</th><th>Target</th><th>Announced</th><th>Source</th><th class="num">Change</th></tr></thead>
<tbody>
<tr><td>opening</td><td>2019</td><td>2016-12</td><td>Rossiyskaya Gazeta</td><td class="num">—</td></tr>
<tr><td>opening</td><td>2020</td><td>2019-05</td><td>Rossiyskaya Gazeta</td><td class="num">+12 months</td></tr>
<tr><td>opening</td><td>2021-10</td><td>2020-06</td><td>Xinhua 新华社</td><td class="num">+21 months</td></tr>
</tbody>
</table>
<h3>Claims</h3>
<p class="voices">4 claims from 3 sources, 3 independent.</p>
<table class="claims">
<thead><tr><th>As of</th><th>Status</th><th>Source</th><th>Published</th><th>Citation</th></tr></thead>
<tbody>
<tr><td class="date">2016-12-24</td><td><span class="st">construction</span> <span class="tag">CON</span></td><td>Xinhua 新华社<br><span class="muted">state media, CN, official</span><br><span class="grade">graded F3</span></td><td class="date">2016-12-24</td><td><blockquote>Construction began &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;</blockquote><div class="url"><a href="https://www.xinhua.net/a?x=1&amp;y=&quot;2&quot;" rel="noopener noreferrer">https://www.xinhua.net/a?x=1&amp;y=&quot;2&quot;</a></div><div class="tag">claim b1</div></td></tr>
<tr><td class="date">2019-05-31</td><td><span class="st">completed</span> <span class="tag">CMP</span></td><td>Rossiyskaya Gazeta<br><span class="muted">state media, RU, official</span><br><span class="grade">graded F2</span></td><td class="date">2019-06-01</td><td><blockquote>=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</blockquote><div class="url"><a href="https://rg.ru/2019/05/31/most.html" rel="noopener noreferrer">https://rg.ru/2019/05/31/most.html</a></div><div class="tag">claim b2</div></td></tr>
<tr><td class="date">2021-10-07</td><td><span class="st">operational (full)</span> <span class="tag">OPR-F</span> <span class="in-force">in force</span></td><td>Rossiyskaya Gazeta<br><span class="muted">state media, RU, official</span><br><span class="grade">graded F4</span></td><td class="date">2021-10-07</td><td><blockquote>+1 truck crossed</blockquote><div class="tag">claim b3</div></td></tr>
<tr><td class="date">2021-10-15</td><td><span class="st">completed</span> <span class="tag">CMP</span> <span class="in-force">in force</span></td><td>Amur Life «Амурская жизнь»<br><span class="muted">local media, RU, local</span><br><span class="grade">graded F2</span><br><span class="via">(via Port &lt;Amur&gt; &amp; Co)</span></td><td class="date">2021-10-20</td><td><blockquote>-2 lanes still closed
Bridge ⟨U+202E⟩nepo⟨U+202C⟩ — not yet</blockquote><div class="translation" lang="en"><span class="label">Translation (not the source&#39;s words):</span> =not yet &lt;b&gt;open&lt;/b&gt;</div><div class="note"><span class="label">Note:</span> Port&#39;s *summary* of [Amur Life]</div><div class="tag">claim b4</div></td></tr>
</tbody>
</table>
</section>
<section class="project" id="p-nizhneleninskoye-tongjiang-rail-bridge">
<h2>2. Nizhneleninskoye–Tongjiang rail bridge | section 2 <code class="id">nizhneleninskoye-tongjiang-rail-bridge</code></h2>
<p class="names"><span lang="en">en: Nizhneleninskoye–Tongjiang rail bridge | section 2</span><span lang="ru">ru: Железнодорожный мост Нижнеленинское — Тунцзян</span><span lang="zh">zh: 同江—下列宁斯阔耶铁路大桥</span></p>
<dl class="facts">
<dt>Kind</dt><dd>rail</dd>
<dt>Sides</dt><dd>RU – CN</dd>
<dt>Regions</dt><dd>Jewish Autonomous Oblast; Heilongjiang</dd>
</dl>
<h3>Status on 2021-12-31</h3>
<table class="status">
<thead><tr><th>Perspective</th><th>Status</th><th>In force since</th><th>Source</th><th>Claim date</th><th>Published</th><th>Claim</th><th>Grade</th></tr></thead>
<tbody>
<tr><th scope="row">Official</th><td><span class="st">construction</span> <span class="tag">CON</span></td><td class="date">2014-02-26</td><td>Xinhua 新华社</td><td class="date">2014-02-26</td><td class="date">—</td><td><code>n2</code></td><td class="grade">F</td></tr>
<tr><th scope="row">Local</th><td><span class="st">suspended</span> <span class="tag">SUS</span></td><td class="date">2017-01-01</td><td>Amur Life «Амурская жизнь»</td><td class="date">2017 (approx.)</td><td class="date">2017-03</td><td><code>n3</code></td><td class="grade">F</td></tr>
<tr class="assessed"><th scope="row">Assessed</th><td><span class="st">suspended</span> <span class="tag">SUS</span></td><td class="date">2017 (approx.)</td><td>1 supporting claim</td><td>—</td><td>—</td><td>—</td><td class="grade">F3</td></tr>
</tbody>
</table>
<div class="assessment">
<p><strong>Assessed:</strong> suspended since 2017~ (F3) — cannot be judged source, possibly true.</p>
<ul>
<li>Supporting: <code>n3</code></li>
</ul>
</div>
<figure class="timeline">
<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 900 133" width="900" height="133" role="img" aria-labelledby="t2-title" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif"><title id="t2-title">Timeline of Nizhneleninskoye–Tongjiang rail bridge | section 2: official and local status by year</title><defs><pattern id="t2-st-proposed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#56B4E9"/><circle cx="4" cy="4" r="1.4" fill="#08364f"/></pattern><pattern id="t2-st-agreed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#0072B2"/><path d="M0 2H8M0 6H8" stroke="#ffffff" stroke-width="1.2"/></pattern><pattern id="t2-st-construction" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#E69F00"/><path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke="#4d3500" stroke-width="1.4"/></pattern><pattern id="t2-st-completed" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#F0E442"/><path d="M0 0.5H8M0.5 0V8" stroke="#5c5600" stroke-width="1"/></pattern><pattern id="t2-st-operational" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#009E73"/></pattern><pattern id="t2-st-suspended" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#CC79A7"/><path d="M2 0V8M6 0V8" stroke="#4a1d37" stroke-width="1.2"/></pattern><pattern id="t2-st-cancelled" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#D55E00"/><path d="M0 0L8 8M8 0L0 8" stroke="#3d1b00" stroke-width="1.2"/></pattern><pattern id="t2-hatch-critical" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#D55E00"/></pattern><pattern id="t2-hatch-major" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#E69F00"/></pattern><pattern id="t2-hatch-minor" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="#8c8c8c"/></pattern></defs><line x1="78" y1="16" x2="78" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="81" y="14" font-size="12" fill="#333333">2008</text><line x1="130.8" y1="16" x2="130.8" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="133.8" y="14" font-size="12" fill="#333333">2009</text><line x1="183.5" y1="16" x2="183.5" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="186.5" y="14" font-size="12" fill="#333333">2010</text><line x1="236.2" y1="16" x2="236.2" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="239.2" y="14" font-size="12" fill="#333333">2011</text><line x1="288.8" y1="16" x2="288.8" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="291.8" y="14" font-size="12" fill="#333333">2012</text><line x1="341.7" y1="16" x2="341.7" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="344.7" y="14" font-size="12" fill="#333333">2013</text><line x1="394.3" y1="16" x2="394.3" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="397.3" y="14" font-size="12" fill="#333333">2014</text><line x1="447" y1="16" x2="447" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="450" y="14" font-size="12" fill="#333333">2015</text><line x1="499.7" y1="16" x2="499.7" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="502.7" y="14" font-size="12" fill="#333333">2016</text><line x1="552.5" y1="16" x2="552.5" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="555.5" y="14" font-size="12" fill="#333333">2017</text><line x1="605.2" y1="16" x2="605.2" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="608.2" y="14" font-size="12" fill="#333333">2018</text><line x1="657.8" y1="16" x2="657.8" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="660.8" y="14" font-size="12" fill="#333333">2019</text><line x1="710.5" y1="16" x2="710.5" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="713.5" y="14" font-size="12" fill="#333333">2020</text><line x1="763.3" y1="16" x2="763.3" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="766.3" y="14" font-size="12" fill="#333333">2021</text><line x1="816" y1="16" x2="816" y2="115" stroke="#bdbdbd" stroke-width="1"/><text x="826" y="14" font-size="12" font-weight="bold" fill="#333333">in force</text><text x="0" y="40" font-size="13" font-weight="bold" fill="#000000">Official</text><rect x="78" y="22" width="738" height="28" fill="#f7f7f7" stroke="#d0d0d0" stroke-width="0.5"/><g class="seg st-agreed"><title>Official: agreed from 2008-10-01 to 2014-02-25 — claim n1, rg, 2008-10</title><rect x="117.5" y="22" width="284.9" height="28" fill="url(#t2-st-agreed)" stroke="#ffffff" stroke-width="1"/><text x="121.5" y="40" font-size="12" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">AGR</text></g><g class="seg st-construction"><title>Official: construction from 2014-02-26 (in force) — claim n2, xinhua, 2014-02-26</title><rect x="402.4" y="22" width="413.6" height="28" fill="url(#t2-st-construction)" stroke="#ffffff" stroke-width="1"/><text x="406.4" y="40" font-size="12" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">CON</text></g><rect x="826" y="27" width="16" height="16" fill="url(#t2-st-construction)" stroke="#000000" stroke-width="0.6"/><text x="847" y="40" font-size="12" font-weight="bold" fill="#000000">CON</text><text x="0" y="74" font-size="13" font-weight="bold" fill="#000000">Local</text><rect x="78" y="56" width="738" height="28" fill="#f7f7f7" stroke="#d0d0d0" stroke-width="0.5"/><g class="seg st-suspended"><title>Local: suspended from 2017-01-01 (in force) — claim n3, amurlife, 2017~</title><rect x="552.5" y="56" width="263.5" height="28" fill="url(#t2-st-suspended)" stroke="#ffffff" stroke-width="1"/><text x="556.5" y="74" font-size="12" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">SUS</text></g><rect x="826" y="61" width="16" height="16" fill="url(#t2-st-suspended)" stroke="#000000" stroke-width="0.6"/><text x="847" y="74" font-size="12" font-weight="bold" fill="#000000">SUS</text><text x="0" y="103.5" font-size="13" font-weight="bold" fill="#000000">Disputed</text><g class="disc sev-major"><title>major deadline-slip ds-933bcbc9df, 2014-02-01 – ongoing</title><rect x="398.8" y="90" width="127.1" height="19" fill="url(#t2-hatch-major)" stroke="#000000" stroke-width="0.8"/><text x="401.8" y="103.5" font-size="11" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">MAJOR · deadline-slip</text></g><g class="disc sev-major"><title>major stale-official so-2fe9081fcc, 2019-01-01 – ongoing</title><rect x="657.8" y="90" width="158.2" height="19" fill="url(#t2-hatch-major)" stroke="#000000" stroke-width="0.8"/><text x="660.8" y="103.5" font-size="11" font-weight="bold" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">MAJOR · stale-official</text></g><line x1="816" y1="18" x2="816" y2="117" stroke="#000000" stroke-width="1.2" stroke-dasharray="4 3"/><text x="816" y="129" font-size="11" text-anchor="end" fill="#000000">report day 2021-12-31</text></svg>
<figcaption>Status in force by perspective, and open discrepancies, up to 2021-12-31.</figcaption>
</figure>
<h3>Open discrepancies</h3>
<ul class="discrepancies">
<li><span class="sev sev-major">major</span> <strong>stale-official</strong> <code>so-2fe9081fcc</code> (open), 2019-01-01 – ongoing: No official source has changed its account since 2014-02-26 (Xinhua 新华社: under construction), 94 months, while local sources report suspended (Amur Life «Амурская жизнь», 2017~).</li>
<li><span class="sev sev-major">major</span> <strong>deadline-slip</strong> <code>ds-933bcbc9df</code> (open), 2014-02-01 – ongoing: The completion target moved 1 time, 24 months in all: 2016 (announced 2014-02) → 2018 (announced 2016-06); the latest target has passed with no source reporting the completion.</li>
</ul>
<h3>Deadline history</h3>
<table>
<thead><tr><th>Milestone</th><th>Target</th><th>Announced</th><th>Source</th><th class="num">Change</th></tr></thead>
<tbody>
<tr><td>completion</td><td>2016</td><td>2014-02</td><td>Xinhua 新华社</td><td class="num">—</td></tr>
<tr><td>completion</td><td>2018</td><td>2016-06</td><td>Rossiyskaya Gazeta</td><td class="num">+24 months</td></tr>
</tbody>
</table>
<h3>Claims</h3>
<p class="voices">3 claims from 3 sources, 3 independent.</p>
<table class="claims">
<thead><tr><th>As of</th><th>Status</th><th>Source</th><th>Published</th><th>Citation</th></tr></thead>
<tbody>
<tr><td class="date">2008-10</td><td><span class="st">agreed</span> <span class="tag">AGR</span></td><td>Rossiyskaya Gazeta<br><span class="muted">state media, RU, official</span><br><span class="grade">graded F3</span></td><td class="date">—</td><td><div class="tag">claim n1</div></td></tr>
<tr><td class="date">2014-02-26</td><td><span class="st">construction</span> <span class="tag">CON</span> <span class="in-force">in force</span></td><td>Xinhua 新华社<br><span class="muted">state media, CN, official</span><br><span class="grade">graded F3</span></td><td class="date">—</td><td><blockquote lang="zh">铁路大桥开工 «начало»</blockquote><div class="translation" lang="en"><span class="label">Translation (not the source&#39;s words):</span> Rail bridge works begin</div><div class="tag">claim n2</div></td></tr>
<tr><td class="date">2017 (approx.)</td><td><span class="st">suspended</span> <span class="tag">SUS</span> <span class="in-force">in force</span></td><td>Amur Life «Амурская жизнь»<br><span class="muted">local media, RU, local</span><br><span class="grade">graded F3</span></td><td class="date">2017-03</td><td><blockquote>Works stopped; &quot;no money&quot;</blockquote><div class="tag">claim n3</div></td></tr>
</tbody>
</table>
</section>
<section class="project" id="p-heihe-ftz">
<h2>3. Heihe cross-border economic cooperation zone <code class="id">heihe-ftz</code></h2>
<p class="names"><span lang="en">en: Heihe cross-border economic cooperation zone</span><span lang="zh">zh: 黑河跨境经济合作区</span></p>
<dl class="facts">
<dt>Kind</dt><dd>ftz</dd>
<dt>Sides</dt><dd>CN</dd>
<dt>Regions</dt><dd>Heilongjiang</dd>
<dt>Location</dt><dd>50.24, 127.49</dd>
</dl>
<h3>Status on 2021-12-31</h3>
<table class="status">
<thead><tr><th>Perspective</th><th>Status</th><th>In force since</th><th>Source</th><th>Claim date</th><th>Published</th><th>Claim</th><th>Grade</th></tr></thead>
<tbody>
<tr><th scope="row">Official</th><td><span class="muted">no claim</span></td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>
<tr><th scope="row">Local</th><td><span class="muted">no claim</span></td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>
<tr class="assessed"><th scope="row">Assessed</th><td><span class="muted">no claim</span></td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>
</tbody>
</table>
<div class="assessment">
<p><strong>Assessed:</strong> no claims about the whole project.</p>
</div>
<h3>Open discrepancies</h3>
<p class="muted">None.</p>
<h3>Deadline history</h3>
<p class="muted">No target announced.</p>
<h3>Claims</h3>
<p class="muted">No claim recorded.</p>
</section>
<footer><p>Generated by bordertrack at <time datetime="2024-05-01T09:30:00Z">2024-05-01T09:30:00Z</time> (UTC) from <code>/var/lib/bordertrack/test.sqlite</code>. Every status in this report is a claim by a named source on a date, not an established fact; official and local accounts are shown side by side.</p></footer>
</body>
</html>

"""##
}
