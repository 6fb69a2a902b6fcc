import BorderTrackCore
import BorderTrackFormats

extension CanonicalRow {
    /// Appends `claim(c)` of the claim as recorded (`recorded`/`editor` filling in what the claim lacks) to
    /// UTF-8 bytes: byte for byte the canonical JSON `claim(_:)` writes (sorted keys, compact, same escaping),
    /// without building a `JSONValue` or a `Claim` copy. `recorded` is the recording time's text.
    public static func appendClaim(_ c: Claim, recorded: String, editor: String?, into out: inout [UInt8]) {
        func key(_ k: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        }
        func value(_ s: String?) {
            if let s { JSONWriter.appendQuoted(s, into: &out) } else { out.append(contentsOf: [110, 117, 108, 108]) }
        }
        func date(_ d: PartialDate?) {
            guard let d else { out.append(contentsOf: [110, 117, 108, 108]); return }
            out.append(34); DateBytes.append(d, to: &out); out.append(34)
        }
        key("{\"asOf\":"); date(c.asOf)
        key(",\"editor\":"); value(c.editor ?? editor)
        key(",\"id\":"); value(c.id)
        if let note = c.note { key(",\"note\":"); value(note) }
        key(",\"project\":"); value(c.project)
        key(",\"published\":"); date(c.published)
        key(",\"quote\":"); value(c.quote)
        if let lang = c.quoteLang { key(",\"quoteLang\":"); value(lang) }
        key(",\"recorded\":"); value(c.recorded?.description ?? recorded)
        key(",\"scope\":"); value(c.scope?.rawValue)
        if let section = c.section { key(",\"section\":"); value(section) }
        key(",\"source\":"); value(c.source)
        key(",\"status\":"); value(c.status.rawValue)
        key(",\"supersedes\":"); value(c.supersedes)
        if let translation = c.translation { key(",\"translation\":"); value(translation) }
        key(",\"url\":"); value(c.url)
        if let via = c.via { key(",\"via\":"); value(via) }
        out.append(125)
    }
}
