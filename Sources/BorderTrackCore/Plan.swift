/// The milestone a target date is announced for.
public enum Milestone: String, CaseIterable, Sendable, Codable {
    case start, completion, opening

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// One announced target date for a milestone; a project's plans form its deadline history.
public struct Plan: Hashable, Sendable, Identifiable {
    public let id: String
    public let project: String
    public let milestone: Milestone
    public let target: PartialDate
    /// When the target was announced.
    public let announced: PartialDate?
    public let source: String?
    public let recorded: Timestamp?
    public let editor: String?

    public init(id: String, project: String, milestone: Milestone, target: PartialDate, announced: PartialDate?,
                source: String?, recorded: Timestamp? = nil, editor: String? = nil) throws(ModelError) {
        self.id = try Validate.slug(id, field: "id")
        self.project = try Validate.slug(project, field: "project")
        self.milestone = milestone
        self.target = target
        self.announced = announced
        if let source, !source.isEmpty { self.source = try Validate.slug(source, field: "source") } else { self.source = nil }
        self.recorded = recorded
        self.editor = try Validate.optionalText(editor, field: "editor")
    }

    /// Creates a plan from text fields, validating each; an empty `id` derives one from the content.
    public init(id: String?, project: String, milestone: String, target: String, announced: String?, source: String?,
                recorded: String? = nil, editor: String? = nil) throws(ModelError) {
        let m: Milestone = try Validate.enumValue(milestone, field: "milestone", allowed: Milestone.allowed)
        let t = try Validate.date(target, field: "target")
        var a: PartialDate? = nil
        if let announced, !announced.isEmpty { a = try Validate.date(announced, field: "announced") }
        var r: Timestamp? = nil
        if let recorded, !recorded.isEmpty {
            guard let ts = Timestamp(parsing: recorded) else {
                throw .invalid(field: "recorded", value: recorded, expected: "a UTC time YYYY-MM-DDTHH:MM:SSZ")
            }
            r = ts
        }
        let resolved = (id?.isEmpty == false) ? id! :
            "p-" + String(Claim.derivedID(project: project, status: milestone, scope: "", asOf: target,
                                          published: announced ?? "", source: source ?? "", url: "", quote: "").dropFirst(2))
        try self.init(id: resolved, project: project, milestone: m, target: t, announced: a, source: source,
                      recorded: r, editor: editor)
    }

    /// A copy with recording metadata filled in where missing.
    public func recording(at time: Timestamp, by editor: String) -> Plan {
        try! Plan(id: id, project: project, milestone: milestone, target: target, announced: announced, source: source,
                  recorded: recorded ?? time, editor: self.editor ?? editor)
    }
}
