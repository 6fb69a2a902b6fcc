/// What one project's claims add to a source's track record: claims upheld and rejected by verdicts, confirmed
/// and contradicted by independent sources (`SourceReliability`).
///
/// A source's record is the sum of its tallies over every project, so a store keeps each project's tallies and
/// their sums, and an edit changes only the edited project's part.
public struct SourceTally: Hashable, Sendable {
    public var upheld: Int
    public var rejected: Int
    public var confirmed: Int
    public var contradicted: Int

    public init(upheld: Int = 0, rejected: Int = 0, confirmed: Int = 0, contradicted: Int = 0) {
        self.upheld = upheld; self.rejected = rejected; self.confirmed = confirmed; self.contradicted = contradicted
    }

    /// Whether nothing was tested.
    public var isEmpty: Bool { upheld == 0 && rejected == 0 && confirmed == 0 && contradicted == 0 }

    public static func + (a: SourceTally, b: SourceTally) -> SourceTally {
        SourceTally(upheld: a.upheld + b.upheld, rejected: a.rejected + b.rejected, confirmed: a.confirmed + b.confirmed,
                    contradicted: a.contradicted + b.contradicted)
    }

    public static func - (a: SourceTally, b: SourceTally) -> SourceTally {
        SourceTally(upheld: a.upheld - b.upheld, rejected: a.rejected - b.rejected, confirmed: a.confirmed - b.confirmed,
                    contradicted: a.contradicted - b.contradicted)
    }

    /// Many projects' tallies summed by source (a source's track record over the tracker).
    public static func sum(_ parts: some Sequence<[String: SourceTally]>) -> [String: SourceTally] {
        var out: [String: SourceTally] = [:]
        for part in parts { for (s, t) in part { out[s, default: SourceTally()] = out[s, default: SourceTally()] + t } }
        return out
    }

    /// The reliability this record gives `source`, with an editor's grade overriding.
    public func reliability(of source: String, setGrade: GradeOverride? = nil) -> SourceReliability {
        SourceReliability(source: source, upheld: upheld, rejected: rejected, confirmed: confirmed, contradicted: contradicted,
                          setGrade: setGrade)
    }
}
