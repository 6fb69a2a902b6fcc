/// Why an assessment input was refused: the field, the value given and what was expected.
public enum AssessmentError: Error, Equatable, Sendable {
    case invalid(field: String, value: String, expected: String)
    /// A project asked for that the tracker does not list.
    case unknownProject(String)
}

extension AssessmentError: CustomStringConvertible {
    /// One line naming the field, the value and the expectation.
    public var description: String {
        switch self {
        case .invalid(let field, let value, let expected): "\(field): \"\(value)\" is not valid; expected \(expected)"
        case .unknownProject(let id): "project: \"\(id)\" is not a project of the tracker"
        }
    }
}
