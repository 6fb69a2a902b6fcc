/// A yes/no question in the prompt line; `y` runs the effect, anything else cancels.
public struct Confirm: Sendable, Equatable {
    public let question: String
    public let effect: Effect
    public init(question: String, effect: Effect) { self.question = question; self.effect = effect }
}
