import BorderTrackCore

/// The claim selected in the detail, whole: source and tier, status, dates, recorder, what it corrects, the full
/// URL and the full quote wrapped (never cut), the translation and note, and the keys that act on it.
enum ClaimView {
    /// Characters of a quote shown at most (a quote larger than this ends with its size, as the detail's do).
    static let quoteLimit = 20_000

    static func title(_ s: AppState, lang: Catalogue = .en) -> String {
        guard let c = s.cursorClaim else { return lang["ui.claims.claim"] }
        return lang("ui.claims.claim.title", c.id, c.project)
    }

    /// The view's lines at a width: a label column, values wrapped beside it.
    static func lines(_ s: AppState, keys: KeyMap, width: Int, theme: Theme) -> [DetailView.Line] {
        let lang = theme.lang
        guard let c = s.cursorClaim else { return [[(lang["ui.claims.claim.gone"], Theme.dim)]] }
        let sources = s.data.sources
        let labelWidth = 12
        let valueWidth = max(8, width - labelWidth - 3)
        var out: [DetailView.Line] = [[(lang("ui.claims.claim.heading", c.id, c.project), Theme.header)]]
        func row(_ label: String, _ value: String, _ style: Style = .plain, maxLines: Int = Int.max) {
            for (i, w) in TextWrap.wrap(value, width: valueWidth, maxLines: maxLines).enumerated() {
                out.append([((i == 0 ? label : "").padded(toWidth: labelWidth) + " ", Theme.dim), (w, style)])
            }
        }
        let src = sources[c.source]
        // What the claim says and where it says it come first: on a small screen they show without scrolling.
        row(lang["ui.claims.claim.status"], theme.label(c.status, c.scope, withScope: true), .fg(theme.color(c.status)))
        row(lang["ui.claims.claim.source"], DetailView.who(c, sources: sources, lang: lang) + (src.map { " · " + lang.perspective($0.perspective) } ?? ""))
        // Wrapped whole, never cut: this is where a URL cut elsewhere is seen in full.
        row(lang["ui.claims.claim.url"], c.url.map(TerminalText.singleLine) ?? "–", c.url == nil ? Theme.dim : .fg(.blue))
        if let q = c.quote {
            row(lang["ui.claims.claim.quote"], "“" + DetailView.shown(TerminalText.sanitize(q), limit: quoteLimit) + "”" + (c.quoteLang.map { " [\($0)]" } ?? ""))
        } else {
            row(lang["ui.claims.claim.quote"], "–", Theme.dim)
        }
        if let t = c.translation { row(lang["ui.claims.claim.translation"], DetailView.shown(TerminalText.sanitize(t), limit: quoteLimit), Theme.dim) }
        if let n = c.note { row(lang["ui.claims.claim.note"], DetailView.shown(TerminalText.sanitize(n), limit: quoteLimit), Theme.dim) }
        row(lang["ui.claims.claim.as-of"], c.asOf.description)
        row(lang["ui.claims.claim.published"], c.published?.description ?? "–")
        let recorded = c.recorded?.description ?? "–"
        row(lang["ui.claims.claim.recorded"], c.editor.map { lang("ui.claims.claim.recorded-by", recorded, $0) } ?? recorded)
        if let old = c.supersedes { row(lang["ui.claims.claim.corrects"], old) }
        if let section = c.section { row(lang["ui.claims.claim.section"], section) }
        if let src { row(lang["ui.claims.claim.tier"], lang.tier(src.tier)) }
        out.append([])
        let k = { (a: Action) in Screen.key(keys, a) }
        row(lang["ui.claims.claim.keys"], lang("ui.claims.claim.keys.list", k(.openURL), k(.copyURL), k(.correctClaim), k(.withdrawClaim), k(.history), k(.back)),
            Theme.dim)
        return out
    }

    static func render(_ s: AppState, keys: KeyMap, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1 else { return }
        let all = lines(s, keys: keys, width: rect.width, theme: theme)
        let top = min(s.claimTop, max(0, all.count - rect.height))
        for (i, line) in all.dropFirst(top).prefix(rect.height).enumerated() {
            DetailView.put(line, &g, rect.row + i, rect)
        }
    }
}
