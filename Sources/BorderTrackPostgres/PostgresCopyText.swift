#if Postgres
import BorderTrackCore
import BorderTrackStore

/// `COPY … FROM STDIN` text format, written straight into bytes: fields separated by tabs, rows ended by a
/// newline, NULL as `\N`, and backslash, newline, carriage return and tab escaped in values.
enum PostgresCopyText {
    /// A text value (nil: NULL), escaped; a value with nothing to escape is appended whole.
    static func append(_ s: String?, into out: inout [UInt8]) {
        guard var s else { return null(into: &out) }
        let plain = s.withUTF8 { bytes -> Bool in
            for b in bytes where b == 92 || b == 10 || b == 13 || b == 9 { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain { return }
        for b in s.utf8 {
            switch b {
            case 92: out.append(contentsOf: [92, 92])
            case 10: out.append(contentsOf: [92, 110])
            case 13: out.append(contentsOf: [92, 114])
            case 9: out.append(contentsOf: [92, 116])
            default: out.append(b)
            }
        }
    }

    /// NULL.
    static func null(into out: inout [UInt8]) { out.append(contentsOf: [92, 78]) }

    /// An integer (nil: NULL).
    static func append(_ n: Int?, into out: inout [UInt8]) {
        guard let n else { return null(into: &out) }
        out.append(contentsOf: String(n).utf8)
    }

    /// A partial date as stored (`2021-10`; nil: NULL).
    static func append(_ d: PartialDate?, into out: inout [UInt8]) {
        guard let d else { return null(into: &out) }
        DateBytes.append(d, to: &out)
    }

    /// One claim as a row of `PostgresStore.claimInsert()`'s columns, recorded at `recorded` by `editor` unless it
    /// carries its own (`Claim.recording(at:by:)`), under the audit entry `auditSeq`.
    static func appendClaim(_ c: Claim, recorded: String, editor: String?, auditSeq: Int, into out: inout [UInt8]) {
        append(c.id, into: &out); out.append(9)
        append(c.project, into: &out); out.append(9)
        append(c.status.rawValue, into: &out); out.append(9)
        append(c.scope?.rawValue, into: &out); out.append(9)
        append(c.asOf, into: &out); out.append(9)
        append(c.published, into: &out); out.append(9)
        append(c.source, into: &out); out.append(9)
        append(c.url, into: &out); out.append(9)
        append(c.quote, into: &out); out.append(9)
        append(c.supersedes, into: &out); out.append(9)
        append(c.recorded?.description ?? recorded, into: &out); out.append(9)
        append(c.editor ?? editor, into: &out); out.append(9)
        append(auditSeq, into: &out); out.append(9)
        append(c.section, into: &out); out.append(9)
        append(c.quoteLang, into: &out); out.append(9)
        append(c.translation, into: &out); out.append(9)
        append(c.note, into: &out); out.append(9)
        append(c.via, into: &out); out.append(10)
    }
}
#endif
