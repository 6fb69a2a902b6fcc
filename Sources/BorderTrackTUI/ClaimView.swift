import BorderTrackCore

/// The claim selected in the detail, whole: source and tier, status, dates, recorder, what it corrects, the full
/// URL and the full quote wrapped (never cut), the translation and note, and the keys that act on it.
enum ClaimView {
    /// Characters of a quote shown at most (a quote larger than this ends with its size, as the detail's do).
    static let quoteLimit = 20_000

    static func title(_ s: AppState) -> String {
        guard let c = s.cursorClaim else { return "Claim" }
        return "Claim \(c.id) · \(c.project)"
    }

    /// The view's lines at a width: a label column, values wrapped beside it.
    static func lines(_ s: AppState, keys: KeyMap, width: Int, theme: Theme) -> [DetailView.Line] {
        guard let c = s.cursorClaim else { return [[("the claim is no longer in the project (withdrawn or corrected)", Theme.dim)]] }
        let sources = s.data.sources
        let labelWidth = 12
        let valueWidth = max(8, width - labelWidth - 3)
        var out: [DetailView.Line] = [[("Claim \(c.id) of \(c.project)", Theme.header)]]
        func row(_ label: String, _ value: String, _ style: Style = .plain, maxLines: Int = Int.max) {
            for (i, w) in TextWrap.wrap(value, width: valueWidth, maxLines: maxLines).enumerated() {
                out.append([((i == 0 ? label : "").padded(toWidth: labelWidth) + " ", Theme.dim), (w, style)])
            }
        }
        let src = sources[c.source]
        // What the claim says and where it says it come first: on a small screen they show without scrolling.
        row("Status", theme.label(c.status, c.scope, withScope: true), .fg(theme.color(c.status)))
        row("Source", DetailView.who(c, sources: sources) + (src.map { " · \($0.perspective.rawValue)" } ?? ""))
        // Wrapped whole, never cut: this is where a URL cut elsewhere is seen in full.
        row("URL", c.url.map(TerminalText.singleLine) ?? "–", c.url == nil ? Theme.dim : .fg(.blue))
        if let q = c.quote {
            row("Quote", "“" + DetailView.shown(TerminalText.sanitize(q), limit: quoteLimit) + "”" + (c.quoteLang.map { " [\($0)]" } ?? ""))
        } else {
            row("Quote", "–", Theme.dim)
        }
        if let t = c.translation { row("Translation", DetailView.shown(TerminalText.sanitize(t), limit: quoteLimit), Theme.dim) }
        if let n = c.note { row("Note", DetailView.shown(TerminalText.sanitize(n), limit: quoteLimit), Theme.dim) }
        row("As of", c.asOf.description)
        row("Published", c.published?.description ?? "–")
        row("Recorded", (c.recorded?.description ?? "–") + (c.editor.map { " by \($0)" } ?? ""))
        if let old = c.supersedes { row("Corrects", old) }
        if let section = c.section { row("Section", section) }
        if let src { row("Tier", src.tier.label) }
        out.append([])
        let k = { (a: Action) in Screen.key(keys, a) }
        row("Keys", "\(k(.openURL)) open URL · \(k(.copyURL)) copy URL · \(k(.correctClaim)) correct · \(k(.withdrawClaim)) withdraw · "
            + "\(k(.history)) history · \(k(.back)) back", Theme.dim)
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
