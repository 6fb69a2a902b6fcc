import BorderTrackCore

/// An editing form as a value: its purpose, fields, focus and what went wrong on the last save.
///
/// Typing is handled by `AppState+Form.swift`, checking by `Form+Validation.swift`, drawing by `FormView`.
public struct Form: Sendable, Equatable {
    /// What saving the form does.
    public enum Purpose: Sendable, Equatable {
        case addClaim(project: String)
        /// A correction: a new claim superseding the one chosen in the `claim` field.
        case correctClaim(project: String)
        case addPlan(project: String)
        case addProject
        case editProject(Project)
        /// A new source; `returnField` is the source field of the form it was opened from, if any.
        case newSource
        /// A flag event on the discrepancy chosen in the `discrepancy` field (or a new manual flag for `.add`).
        case flag(FlagAction, project: String)
        /// Withdrawing a claim recorded in error, with the reason typed in the `reason` field.
        case withdrawClaim(claim: String, project: String)
    }

    /// A yes/no question the form asks in its footer before it goes on; `y` answers yes, any other key no.
    public enum Question: Sendable, Equatable {
        /// Esc with typed text: discard it and close the form?
        case discard
        /// Ctrl-C with typed text: discard it and quit the program?
        case quit
        /// Ctrl-S on a claim without a quote: save it without the source's words?
        case saveWithoutQuote
    }

    public let purpose: Purpose
    public let title: String
    public var fields: [FormField]
    public var focus = 0
    /// The values as the form opened, to tell whether anything was typed.
    public let initial: [String]
    /// Today (UTC) by the UI's clock, for the check that a claim is not about a later date (nil: not checked).
    public var today: Day?
    /// What the edit was started from, fixed when the form opens (the store refuses the save if it changed since).
    public internal(set) var base = FormBase()
    /// The question waiting for `y` in the footer, if any.
    public var question: Question?
    /// What was typed so far in the focused choice field (type-ahead); cleared by any other key.
    public var typeAhead = ""
    /// Why the last save was refused (by validation, or by the store: conflict, busy, not permitted).
    public var submitError: String?
    /// Whether a save has been handed to the runner and not yet answered.
    public var saving = false

    /// The language the form speaks: its labels, hints and errors.
    public let lang: Catalogue

    public init(purpose: Purpose, title: String, fields: [FormField], lang: Catalogue = .en) {
        self.purpose = purpose; self.title = title; self.fields = fields; self.lang = lang
        self.initial = fields.map(\.value)
    }

    /// Esc was pressed with typed text: the form asks before discarding it.
    public var confirmingDiscard: Bool { question == .discard }

    /// Whether anything differs from how the form opened.
    public var isDirty: Bool { fields.map(\.value) != initial }

    /// The value of a field by id ("" when the form has no such field).
    public subscript(id: String) -> String {
        get { fields.first { $0.id == id }?.value ?? "" }
        set { if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].value = newValue } }
    }

    /// The focused field.
    public var focused: FormField { fields[max(0, min(focus, fields.count - 1))] }

    /// The project the form is about, if any.
    public var project: String? {
        switch purpose {
        case .addClaim(let p), .correctClaim(let p), .addPlan(let p), .flag(_, let p), .withdrawClaim(_, let p): p
        case .editProject(let p): p.id
        case .addProject, .newSource: nil
        }
    }
}
