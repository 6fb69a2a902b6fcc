/// Why the assessment does not believe a claim, kept as facts so that it can be said in any language
/// (`text(in:)`): "contradicted by 2 later independent local sources".
public enum DiscountReason: Hashable, Sendable {
    /// Given as text (it stays as written in every language).
    case text(String)
    /// Left out of the fit, with nothing more to say.
    case discounted
    /// In conflict, but with none of the claims kept.
    case inconsistent
    /// Decided by an editor's verdict on a resolved discrepancy (`ClaimJudgment`).
    case verdict(upheld: Bool, choice: String, discrepancy: String)
    /// Contradicted by claims the fit kept.
    case contradicted(Contradicted)

    /// Who contradicts a discounted claim, and how independently.
    public struct Contradicted: Hashable, Sendable {
        /// Accounts among the claims kept against it (a source, or a source as known through a `via`).
        public let sources: Int
        /// Whether all of them are later (`true`), all earlier (`false`) or some of each (`nil`).
        public let later: Bool?
        /// Their one perspective, when they share one.
        public let side: Perspective?
        /// Independent voices among those independent of the claim: equal to `sources` when every one is;
        /// 0 when they all share its origin.
        public let independent: Int
        /// Whether every one of them is independent of the claim.
        public let allIndependent: Bool
        /// When the claim is only improbable, not impossible: the last days of its period it would have to fall
        /// in, the days its date allows, and that date.
        public let window: Window?

        public init(sources: Int, later: Bool?, side: Perspective?, independent: Int, allIndependent: Bool, window: Window?) {
            self.sources = sources; self.later = later; self.side = side; self.independent = independent
            self.allIndependent = allIndependent; self.window = window
        }
    }

    /// How little of its period an improbable claim would have: its last `room` days of the `days` its date allows.
    public struct Window: Hashable, Sendable {
        public let room: Int
        public let days: Int
        public let date: PartialDate
        public init(room: Int, days: Int, date: PartialDate) { self.room = room; self.days = days; self.date = date }
    }

    /// The reason in `lang`; English is what the assessment has always said.
    public func text(in lang: Catalogue) -> String {
        switch self {
        case let .text(t): return t
        case .discounted: return lang["assess.discounted"]
        case .inconsistent: return lang["assess.inconsistent"]
        case let .verdict(upheld, choice, discrepancy):
            return upheld ? lang("assess.verdict.upheld", choice, discrepancy) : lang("assess.verdict.rejected", choice, discrepancy)
        case let .contradicted(c):
            return c.text(in: lang)
        }
    }
}

extension DiscountReason.Contradicted {
    /// "contradicted by 6 later sources, 5 independent of it (true only if …)".
    func text(in lang: Catalogue) -> String {
        let n = sources
        let when = later.map { $0 ? lang.count("assess.when.later", n) : lang.count("assess.when.earlier", n) } ?? ""
        let who = side.map { $0 == .official ? lang.count("assess.side.official", n) : lang.count("assess.side.local", n) } ?? ""
        var text: String
        if allIndependent && independent == n {
            text = lang.count("assess.contradicted.independent", n, when, who)
        } else if independent == 0 {
            text = lang.count("assess.contradicted.shared", n, when, who)
        } else {
            text = lang.count("assess.contradicted.some", n, when, who, lang.count("assess.independent.of", independent))
        }
        if let w = window {
            text += lang("assess.improbable", lang.count("assess.improbable.last", w.room), lang.count("assess.improbable.of", w.days), w.date)
        }
        return text
    }
}
