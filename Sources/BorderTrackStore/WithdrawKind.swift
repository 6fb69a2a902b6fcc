/// What `withdraw` takes back: a claim or a plan entry recorded in error.
public enum WithdrawKind: String, Sendable, CaseIterable {
    case claim, plan
}
