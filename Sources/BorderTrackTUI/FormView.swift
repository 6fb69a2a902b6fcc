import BorderTrackCore

/// Draws the editing form over the body: one row per field (label, value, cursor), the focused field's
/// error or hint, source completions, the reason the last save was refused, and the form's keys.
enum FormView {
    typealias Line = DetailView.Line

    static let labelWidth = 13

    static func render(_ s: AppState, form f: Form, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1, rect.width >= 4 else { return }
        g.fill(rect)
        let valueWidth = max(4, rect.width - labelWidth - 4)
        let cursor = theme.ascii ? "_" : "▏"
        var lines: [Line] = []
        var focusRange = 0..<0
        for (i, field) in f.fields.enumerated() {
            let focused = i == f.focus
            let start = lines.count
            let marker = focused ? (theme.ascii ? ">" : "›") : " "
            let label = (marker + " " + DisplayWidth.truncate(field.label, toWidth: labelWidth - 2, ellipsis: theme.glyphs.ellipsis))
                .padded(toWidth: labelWidth)
            let labelStyle = focused ? Style(attributes: [.bold]) : Theme.dim
            let error = f.error(for: field, in: s.data)
            switch field.kind {
            case .choice:
                let shown = field.value.isEmpty ? theme.lang["ui.form.none"] : field.display(field.value)
                let text = focused ? (theme.ascii ? "< \(shown) >" : "◂ \(shown) ▸") : shown
                lines.append([(label + " ", labelStyle), (text, focused ? Theme.selected : .plain)])
            case .multiline:
                var wrapped: [String] = []
                for paragraph in field.value.split(separator: "\n", omittingEmptySubsequences: false) {
                    let w = TextWrap.wrap(String(paragraph), width: valueWidth)
                    wrapped += w.isEmpty ? [""] : w
                }
                let keep = focused ? 6 : 3
                if wrapped.count > keep {
                    wrapped = (focused ? [theme.glyphs.ellipsis] : []) + wrapped.suffix(focused ? keep - 1 : keep)
                    if !focused { wrapped = Array(wrapped.prefix(keep - 1)) + [theme.glyphs.ellipsis] }
                }
                for (k, w) in wrapped.enumerated() {
                    let lead = k == 0 ? label + " " : String(repeating: " ", count: labelWidth + 1)
                    let end = focused && k == wrapped.count - 1 ? cursor : ""
                    lines.append([(lead, k == 0 ? labelStyle : .plain), (w + end, .plain)])
                }
            case .text, .source:
                let shown = focused ? tail(field.value, width: valueWidth - 1, ellipsis: theme.glyphs.ellipsis) + cursor : field.value
                var line: Line = [(label + " ", labelStyle), (shown, .plain)]
                if field.kind == .source, let src = s.data.sources[field.value] {
                    line.append(("  " + src.name + " (" + theme.lang.tier(src.tier) + (src.country.map { ", " + $0 } ?? "") + ")", Theme.dim))
                }
                lines.append(line)
            }
            let pad = String(repeating: " ", count: labelWidth + 1)
            // A required field left empty is only nagged about after a save was tried.
            if let error, error != theme.lang["ui.form.error.required"] || f.submitError != nil {
                for w in TextWrap.wrap((theme.ascii ? "x " : "✖ ") + error, width: valueWidth, maxLines: 2) {
                    lines.append([(pad, .plain), (w, Theme.error)])
                }
            }
            if field.id == "discrepancy", let d = s.data.discrepancy(id: field.value) {
                let l = theme.lang
                // Codes read apart with a space; words (several in a kind's name) with a dot.
                let head = "\(theme.symbol(d.severity)) \(l.word(d.severity))\(l.showsCodes ? " " : " · ")\(l.word(d.kind)) · \(l.word(d.flag.state)) — "
                for w in TextWrap.wrap(head + d.explanation(in: s.lang), width: valueWidth, maxLines: focused ? 4 : 2) {
                    lines.append([(pad, .plain), (w, Theme.dim)])
                }
            }
            if focused, field.kind == .source, s.data.sources[field.value] == nil {
                for src in s.sourceMatches(field.value) {
                    lines.append([(pad + "  ", .plain), (src.id.padded(toWidth: 16) + " ", .plain),
                                  (src.name + " (" + theme.lang.tier(src.tier) + (src.country.map { ", " + $0 } ?? "") + ")", Theme.dim)])
                }
            }
            if focused { focusRange = start..<lines.count }
        }
        // Header, then the fields (scrolled so the focused one shows), then the footer.
        var y = rect.row
        _ = g.put(f.title, row: y, col: rect.col + 1, width: rect.width - 1, style: Theme.header, ellipsis: theme.glyphs.ellipsis)
        y += 1
        // Each footer line with whether it wraps (questions, the changed base and a refusal: two lines at most);
        // hints and keys take one line each, cut with an ellipsis.
        var footer: [(Line, Bool)] = []
        let changed = f.baseChanged(in: s.data)
        if changed { footer.append(([(f.baseChangedNotice, Theme.error)], true)) }
        if let q = f.question {
            let text = switch q {
            case .discard: theme.lang["ui.confirm.discard"]
            case .quit: theme.lang["ui.confirm.quit"]
            case .saveWithoutQuote: theme.lang["ui.confirm.no-quote"]
            }
            footer.append(([(text, Theme.error)], true))
        } else {
            if let e = f.submitError { footer.append(([((theme.ascii ? "x " : "✖ ") + e, Theme.error)], true)) }
            if f.saving { footer.append(([(theme.lang["ui.form.saving"], Theme.dim)], false)) }
            if !f.focused.hint.isEmpty { footer.append(([(f.focused.hint, Theme.dim)], false)) }
            let enter = f.focused.kind == .multiline ? theme.lang["ui.form.keys.new-line"] : theme.lang["ui.form.keys.next"]
            footer.append(([(theme.lang("ui.form.keys", enter), Theme.dim)], false))
        }
        // On a tiny screen the fields keep at least one row.
        var footerLines: [Line] = []
        for (l, wraps) in footer {
            let text = l.map(\.0).joined()
            for w in TextWrap.wrap(text, width: max(1, rect.width - 2), maxLines: wraps ? 2 : 1) {
                footerLines.append([(w, l.first?.1 ?? .plain)])
            }
        }
        let fieldRows = max(1, rect.bottom - y - min(footerLines.count, max(0, rect.bottom - y - 1)))
        var top = 0
        if focusRange.upperBound > fieldRows { top = min(focusRange.lowerBound, focusRange.upperBound - fieldRows) }
        for (i, line) in lines.dropFirst(top).prefix(fieldRows).enumerated() {
            DetailView.put(line, &g, y + i, rect)
        }
        let footerTop = y + fieldRows
        for (i, line) in footerLines.prefix(max(0, rect.bottom - footerTop)).enumerated() {
            DetailView.put(line, &g, footerTop + i, rect)
        }
    }

    /// The end of a value too wide for its box (so the typing position stays visible).
    static func tail(_ text: String, width: Int, ellipsis: String) -> String {
        let safe = TerminalText.singleLine(text)
        guard DisplayWidth.of(safe) > width, width > 1 else { return text }
        var out = "", w = 0
        for ch in safe.reversed() {
            let cw = DisplayWidth.of(ch)
            if w + cw > width - 1 { break }
            out = String(ch) + out
            w += cw
        }
        return ellipsis + out
    }
}
