import BorderTrackCore
import BorderTrackFormats
import Crypto

/// One link of the tamper-evident audit chain.
public struct AuditEntry: Hashable, Sendable {
    public let seq: Int
    public let at: Timestamp
    public let editor: String
    /// `import`, `claim.add`, `plan.add`, `flag.ack`, `flag.resolve`, `flag.reopen`, `flag.add`, …
    public let action: String
    /// `claim`, `plan`, `flag`, `import`, `source`, `project`.
    public let entity: String
    public let entityID: String
    public let project: String?
    /// Canonical JSON of the state before (nil for creations).
    public let before: String?
    /// Canonical JSON of the state after; for row-creating entries it holds the rows' digest.
    public let after: String?
    public let prevHash: String
    public let hash: String

    /// An entry as stored (other engines and snapshots build entries from their rows).
    public init(seq: Int, at: Timestamp, editor: String, action: String, entity: String, entityID: String,
                project: String?, before: String?, after: String?, prevHash: String, hash: String) {
        self.seq = seq; self.at = at; self.editor = editor; self.action = action; self.entity = entity
        self.entityID = entityID; self.project = project; self.before = before; self.after = after
        self.prevHash = prevHash; self.hash = hash
    }

    /// The hash before any entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The bytes hashed for an entry: sorted-key compact JSON with fixed formats.
    public static func canonicalBytes(seq: Int, at: Timestamp, editor: String, action: String, entity: String,
                                      entityID: String, project: String?, before: String?, after: String?) -> [UInt8] {
        canonicalBytes(seq: seq, at: at.description, editor: editor, action: action, entity: entity, entityID: entityID,
                       project: project, before: before, after: after)
    }

    /// The one encoding every engine hashes: sorted-key compact JSON written straight to bytes
    /// (`JSONWriter.appendQuoted`), without a `JSONValue` tree; `at` is the timestamp's text.
    public static func canonicalBytes(seq: Int, at: String, editor: String, action: String, entity: String,
                                      entityID: String, project: String?, before: String?, after: String?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(160 + 2 * ((after?.utf8.count ?? 0) + (before?.utf8.count ?? 0)))
        func key(_ k: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount)) }
        func value(_ s: String?) {
            if let s { JSONWriter.appendQuoted(s, into: &out) } else { out.append(contentsOf: [110, 117, 108, 108]) }
        }
        key("{\"action\":"); value(action)
        key(",\"after\":"); value(after)
        key(",\"at\":"); value(at)
        key(",\"before\":"); value(before)
        key(",\"editor\":"); value(editor)
        key(",\"entity\":"); value(entity)
        key(",\"entityId\":"); value(entityID)
        key(",\"project\":"); value(project)
        key(",\"seq\":"); out.append(contentsOf: String(seq).utf8)
        out.append(125)
        return out
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `SHA256(prevHash || canonicalBytes)` as lowercase hex.
    public static func chainHash(prev: String, canonical: [UInt8]) -> String {
        var h = SHA256()
        h.update(data: Array(prev.utf8))
        h.update(data: canonical)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for b in h.finalize() {
            hex.append(hexDigits[Int(b >> 4)])
            hex.append(hexDigits[Int(b & 15)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Recomputes this entry's hash from its fields and the given previous hash.
    public func recomputedHash(prev: String) -> String {
        AuditEntry.chainHash(prev: prev, canonical: AuditEntry.canonicalBytes(
            seq: seq, at: at, editor: editor, action: action, entity: entity, entityID: entityID,
            project: project, before: before, after: after))
    }
}

/// The result of walking the audit chain.
public struct AuditVerification: Sendable, Equatable {
    /// Entries checked.
    public var entries: Int
    /// Rows whose content was checked against the chain.
    public var rows: Int
    /// The last entry's seq and hash: the anchor to publish with a report.
    public var head: (seq: Int, hash: String)?
    /// The first problem found, if any.
    public var problem: String?

    public var isIntact: Bool { problem == nil }

    public static func == (a: AuditVerification, b: AuditVerification) -> Bool {
        a.entries == b.entries && a.rows == b.rows && a.head?.seq == b.head?.seq && a.head?.hash == b.head?.hash && a.problem == b.problem
    }
}
