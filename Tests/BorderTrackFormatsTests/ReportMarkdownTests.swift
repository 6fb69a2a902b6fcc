import BorderTrackCore
import BorderTrackFormats
import Testing

@Suite("Report as Markdown")
struct ReportMarkdownTests {
    @Test("golden: the fixed dataset as of 2021-12-31")
    func golden() {
        ReportFixture.expectGolden(ReportMarkdown.render(ReportFixture.report()), Self.golden, name: "report.md")
    }

    @Test("table cells escape pipes and line breaks; headings stay on one line")
    func cells() {
        #expect(ReportMarkdown.cell("a | b\nc") == #"a \| b<br>c"#)
        #expect(ReportMarkdown.cell("") == "—")
        #expect(ReportMarkdown.inline("one\ntwo") == "one two")
        #expect(ReportMarkdown.inline("Мост\nчерез Амур\n黑河") == "Мост через Амур 黑河")
        #expect(ReportMarkdown.inline("Благовещенск – Хэйхэ") == "Благовещенск – Хэйхэ")
        let md = ReportMarkdown.render(ReportFixture.report())
        #expect(md.contains("### Nizhneleninskoye–Tongjiang rail bridge | section 2 (`nizhneleninskoye-tongjiang-rail-bridge`)"))
        #expect(md.contains(#"| Nizhneleninskoye–Tongjiang rail bridge \| section 2 (`nizhneleninskoye-tongjiang-rail-bridge`) |"#))
    }

    @Test("bidi overrides and controls become visible placeholders")
    func trojanSource() {
        let md = ReportMarkdown.render(ReportFixture.report())
        #expect(!md.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x202C })
        #expect(md.contains("  > Bridge ⟨U+202E⟩nepo⟨U+202C⟩ — not yet"))
        #expect(ReportMarkdown.inline("a\u{1B}[31mred\u{7}") == #"a␛\[31mred␇"#)  // `[` escaped: Markdown shows it as typed
        #expect(ReportMarkdown.cell("\u{2066}x\u{2069}\u{200E}") == "⟨U+2066⟩x⟨U+2069⟩⟨U+200E⟩")
    }

    @Test("Markdown and HTML in data are shown as typed: no live link, image, emphasis or tag")
    func markupInData() {
        #expect(ReportMarkdown.inline("[click](javascript:alert(1))") == #"\[click\](javascript:alert(1))"#)
        #expect(ReportMarkdown.inline("![x](https://t.example/p.png)") == #"!\[x\](https://t.example/p.png)"#)
        #expect(ReportMarkdown.inline("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(ReportMarkdown.inline("*bold* _it_ `code` ~~gone~~ a\\b &amp;") == #"\*bold\* \_it\_ \`code\` \~\~gone\~\~ a\\b &amp;amp;"#)
        #expect(ReportMarkdown.escape("Благовещенск – Хэйхэ (RU)") == "Благовещенск – Хэйхэ (RU)")
        let md = ReportMarkdown.render(ReportFixture.report())
        #expect(!md.contains("<script>"))
        #expect(md.contains("Construction began &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\""))
        // A quote line that would start a list inside the block quote stays text.
        #expect(md.contains(#"  > \-2 lanes still closed"#))
        let now = ReportMarkdown.render(ReportFixture.report(asOf: nil))
        #expect(!now.contains("](javascript:"))
    }

    @Test("only web URLs become links; the later-published claim is absent")
    func linksAndAsOf() {
        let then = ReportMarkdown.render(ReportFixture.report())
        #expect(then.contains("  - URL: <https://www.xinhua.net/a?x=1&y=\"2\">"))
        #expect(!then.contains("LATER-PUBLISHED"))
        let now = ReportMarkdown.render(ReportFixture.report(asOf: nil))
        #expect(now.contains("LATER-PUBLISHED"))
        #expect(now.contains("  - URL (not a web address, not linked): javascript:alert(1)"))
        #expect(!now.contains("<javascript:"))
    }

    static let golden = ##"""
# BorderTrack status report

- **As of:** 2021-12-31 — only claims published on or before this day count; statuses are those in force on it
- **Generated:** 2024-05-01T09:30:00Z (UTC)
- **Database:** /var/lib/bordertrack/test.sqlite
- **Projects:** 3 (all projects)

> Every status in this report is a claim by a named source on a date, not an established fact; official and local accounts are shown side by side.

## Summary

### Projects by status and perspective

| Status | Official | Local | Assessed |
|---|---:|---:|---:|
| proposed | 0 | 0 | 0 |
| agreed | 0 | 0 | 0 |
| construction | 1 | 0 | 0 |
| completed | 0 | 1 | 1 |
| operational | 1 | 0 | 0 |
| suspended | 0 | 1 | 1 |
| cancelled | 0 | 0 | 0 |
| no claim | 1 | 1 | 1 |

### Open discrepancies by severity

| Severity | Open | Acknowledged | Total |
|---|---:|---:|---:|
| critical | 0 | 1 | 1 |
| major | 2 | 0 | 2 |
| minor | 1 | 0 | 1 |

### Largest deadline slips

| Project | Milestone | First target | Latest target | Moved | Times later |
|---|---|---|---|---:|---:|
| Blagoveshchensk–Heihe road bridge (`blagoveshchensk-heihe-road-bridge`) | opening | 2019 | 2021-10 | +33 months | 2 |
| Nizhneleninskoye–Tongjiang rail bridge \| section 2 (`nizhneleninskoye-tongjiang-rail-bridge`) | completion | 2016 | 2018 | +24 months | 1 |

## Projects

### Blagoveshchensk–Heihe road bridge (`blagoveshchensk-heihe-road-bridge`)

- **Names:** en: Blagoveshchensk–Heihe road bridge; ru: Мост Благовещенск – Хэйхэ; zh: 黑河—布拉戈维申斯克界河公路大桥
- **Kind:** bridge
- **Sides:** RU, CN; **regions:** Amur Oblast; Heilongjiang
- **Location:** 50.25, 127.55

#### Status (claims in force on the report day)

| Perspective | Status | In force since | Source | Claim date | Published | Claim | Grade |
|---|---|---|---|---|---|---|---|
| official | operational (full) | 2021-10-07 | Rossiyskaya Gazeta | 2021-10-07 | 2021-10-07 | `b3` | F |
| local | completed | 2021-10-15 | Amur Life «Амурская жизнь» | 2021-10-15 | 2021-10-20 | `b4` | F |
| assessed | completed | 2019-05-31 | 2 supporting claims | — | — | — | F2 |

#### Assessed status

completed but not in service since 2019-05-31 (F2) — cannot be judged source, probably true.

- **Supporting:** `b2`, `b4`
- **Discounted** `b3`: contradicted by 1 later independent local source

#### Open discrepancies

- **critical** status-conflict `sc-8a891def06` (acknowledged), 2021-10-07 – 2021-10-15: Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that, Amur Life «Амурская жизнь» (2021-10-15, via Port &lt;Amur&gt; &amp; Co) says completed but not in service — a later account reports less, with no suspension or closure reported between.
- **minor** deadline-slip `ds-8debbc99c6` (open), 2016-12-01 – 2020-06-30: The opening target moved 2 times, 33 months in all: 2019 (announced 2016-12) → 2020 (announced 2019-05) → 2021-10 (announced 2020-06).

#### Deadline history

| Milestone | Target | Announced | Source | Change |
|---|---|---|---|---|
| opening | 2019 | 2016-12 | Rossiyskaya Gazeta | — |
| opening | 2020 | 2019-05 | Rossiyskaya Gazeta | +12 months |
| opening | 2021-10 | 2020-06 | Xinhua 新华社 | +21 months |

#### Claims

4 claims from 3 sources, 3 independent.

- **2016-12-24** — construction — Xinhua 新华社 (state media, CN, official) — graded F3, published 2016-12-24 — `b1`
  - URL: <https://www.xinhua.net/a?x=1&y="2">

  > Construction began &lt;script&gt;alert(1)&lt;/script&gt; &amp; "quoted" 'single'

- **2019-05-31** — completed — Rossiyskaya Gazeta (state media, RU, official) — graded F2, published 2019-06-01 — `b2`
  - URL: <https://rg.ru/2019/05/31/most.html>

  > \=HYPERLINK("http://evil.example","click")

- **2021-10-07** — operational (full) *(in force)* — Rossiyskaya Gazeta (state media, RU, official) — graded F4, published 2021-10-07 — `b3`

  > \+1 truck crossed

- **2021-10-15** — completed *(in force)* — Amur Life «Амурская жизнь» (local media, RU, local) (via Port &lt;Amur&gt; &amp; Co) — graded F2, published 2021-10-20 — `b4`

  > \-2 lanes still closed
  > Bridge ⟨U+202E⟩nepo⟨U+202C⟩ — not yet

  *Translation (not the source's words):* =not yet &lt;b&gt;open&lt;/b&gt;

  *Note:* Port's \*summary\* of \[Amur Life\]


### Nizhneleninskoye–Tongjiang rail bridge | section 2 (`nizhneleninskoye-tongjiang-rail-bridge`)

- **Names:** en: Nizhneleninskoye–Tongjiang rail bridge | section 2; ru: Железнодорожный мост Нижнеленинское — Тунцзян; zh: 同江—下列宁斯阔耶铁路大桥
- **Kind:** rail
- **Sides:** RU, CN; **regions:** Jewish Autonomous Oblast; Heilongjiang

#### Status (claims in force on the report day)

| Perspective | Status | In force since | Source | Claim date | Published | Claim | Grade |
|---|---|---|---|---|---|---|---|
| official | construction | 2014-02-26 | Xinhua 新华社 | 2014-02-26 | — | `n2` | F |
| local | suspended | 2017-01-01 | Amur Life «Амурская жизнь» | 2017 (approx.) | 2017-03 | `n3` | F |
| assessed | suspended | 2017 (approx.) | 1 supporting claim | — | — | — | F3 |

#### Assessed status

suspended since 2017\~ (F3) — cannot be judged source, possibly true.

- **Supporting:** `n3`

#### Open discrepancies

- **major** stale-official `so-2fe9081fcc` (open), 2019-01-01 – ongoing: No official source has changed its account since 2014-02-26 (Xinhua 新华社: under construction), 94 months, while local sources report suspended (Amur Life «Амурская жизнь», 2017\~).
- **major** deadline-slip `ds-933bcbc9df` (open), 2014-02-01 – ongoing: The completion target moved 1 time, 24 months in all: 2016 (announced 2014-02) → 2018 (announced 2016-06); the latest target has passed with no source reporting the completion.

#### Deadline history

| Milestone | Target | Announced | Source | Change |
|---|---|---|---|---|
| completion | 2016 | 2014-02 | Xinhua 新华社 | — |
| completion | 2018 | 2016-06 | Rossiyskaya Gazeta | +24 months |

#### Claims

3 claims from 3 sources, 3 independent.

- **2008-10** — agreed — Rossiyskaya Gazeta (state media, RU, official) — graded F3 — `n1`
- **2014-02-26** — construction *(in force)* — Xinhua 新华社 (state media, CN, official) — graded F3 — `n2`

  *Quote (zh):*

  > 铁路大桥开工 «начало»

  *Translation (not the source's words):* Rail bridge works begin

- **2017 (approx.)** — suspended *(in force)* — Amur Life «Амурская жизнь» (local media, RU, local) — graded F3, published 2017-03 — `n3`

  > Works stopped; "no money"


### Heihe cross-border economic cooperation zone (`heihe-ftz`)

- **Names:** en: Heihe cross-border economic cooperation zone; zh: 黑河跨境经济合作区
- **Kind:** ftz
- **Sides:** CN; **regions:** Heilongjiang
- **Location:** 50.24, 127.49

#### Status (claims in force on the report day)

| Perspective | Status | In force since | Source | Claim date | Published | Claim | Grade |
|---|---|---|---|---|---|---|---|
| official | no claim | — | — | — | — | — | — |
| local | no claim | — | — | — | — | — | — |
| assessed | no claim | — | — | — | — | — | — |

#### Assessed status

no claims about the whole project.


#### Open discrepancies

None.

#### Deadline history

No target announced.

#### Claims

No claim recorded.

"""##
}
