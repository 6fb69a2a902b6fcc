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
        let all = Self.svgs(html)
        // The legend, then a timeline for each project with claims (the zone has none).
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
