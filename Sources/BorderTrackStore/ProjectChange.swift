import BorderTrackCore

/// What changed between two versions of a project, field by field (for history and undo prompts).
public enum ProjectChange {
    /// The fields that differ, in a fixed order, named as in the JSON dataset (`names.en`, `kind`, …).
    public static func fields(from old: Project?, to new: Project?) -> [String] {
        values(old).filter { key, value in values(new).first { $0.key == key }?.value != value }.map(\.key)
    }

    /// The fields that differ, each `field: old → new` (`-` for none).
    public static func describe(from old: Project?, to new: Project?) -> [String] {
        let a = values(old), b = values(new)
        return zip(a, b).filter { $0.value != $1.value }.map { "\($0.key): \($0.value) → \($1.value)" }
    }

    /// Each descriptive field as display text, in a fixed order.
    public static func values(_ p: Project?) -> [(key: String, value: String)] {
        func show(_ s: String?) -> String { s.map { $0.isEmpty ? "-" : $0 } ?? "-" }
        func list(_ l: [String]?) -> String { show(l.map { $0.joined(separator: ";") }) }
        return [
            ("kind", show(p?.kind.rawValue)), ("names.en", show(p?.names.en)), ("names.ru", show(p?.names.ru)),
            ("names.zh", show(p?.names.zh)), ("countries", list(p?.countries)), ("regions", list(p?.regions)),
            ("location", show(p?.location.map { "\($0.lat),\($0.lon)" })), ("programs", list(p?.programs)),
        ]
    }
}
