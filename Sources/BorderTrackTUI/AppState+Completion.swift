import BorderTrackCore

/// Tab completion in the `:` line: command names, then each command's values as `Command.all` says they complete.
extension AppState {
    /// How many projects a completion offers at most.
    static let completionLimit = 40

    /// The completions of a command line's last word: the line before it, the word, and the candidates
    /// (each a whole replacement of the word). A `:goto` completes its whole argument (names hold spaces).
    public func completions(for line: String) -> (head: String, word: String, candidates: [String]) {
        let verbEnd = line.firstIndex(of: " ")
        if let verbEnd, let cmd = Command.named(String(line[..<verbEnd])), cmd.values == .project {
            let head = String(line[...verbEnd]), arg = String(line[line.index(after: verbEnd)...])
            return (head, arg, projectIDs(matching: arg))
        }
        let headEnd = line.lastIndex(of: " ").map { line.index(after: $0) } ?? line.startIndex
        let head = String(line[..<headEnd]), word = String(line[headEnd...])
        let before = head.split(separator: " ").map(String.init)
        guard let verb = before.first else {
            let names = Command.all.map(\.name).filter { $0.hasPrefix(word) }
            let aliases = Command.all.flatMap(\.aliases).filter { $0.hasPrefix(word) && $0.count > word.count && $0.allSatisfy(\.isLetter) }
            return (head, word, names.isEmpty ? aliases : names)
        }
        guard let cmd = Command.named(verb) else { return (head, word, []) }
        return (head, word, values(cmd.values, argument: before.count - 1, word: word))
    }

    /// The candidates for argument `argument` (0: the first) of a command whose values complete as `values`.
    func values(_ values: Command.Values, argument: Int, word: String) -> [String] {
        func starting(_ all: [String]) -> [String] { all.filter { $0.hasPrefix(word) } }
        switch values {
        case .nothing: return []
        case .project: return projectIDs(matching: word)
        case .date: return argument == 0 ? starting(["today"]) : []
        case .export: return argument == 0 ? starting(Command.exportFormats) : []
        case .claimColumn: return argument == 0 ? starting(ClaimColumn.allCases.map(\.rawValue)) : []
        case .sort:
            if argument == 1 { return starting(["asc", "desc"]) }
            guard argument == 0 else { return [] }
            switch view {
            case .queue: return starting(QueueSort.allCases.map(\.rawValue))
            case .claims, .frequency: return starting(ClaimColumn.sortable.map(\.rawValue))
            default: return starting(SortColumn.allCases.map(\.rawValue))
            }
        case .filter:
            switch view {
            case .queue: return fieldValues(word, fields: queueFilterValues, keywords: ["clear"])
            case .claims, .frequency: return fieldValues(word, fields: claimsFilterValues, keywords: [])
            default: return fieldValues(word, fields: listFilterValues, keywords: ["has-discrepancy", "clear"])
            }
        case .claimsFilter: return fieldValues(word, fields: claimsFilterValues, keywords: [])
        }
    }

    /// A `field=value` word: field names first, then the field's values (after the last comma of a list).
    func fieldValues(_ word: String, fields: [(String, () -> [String])], keywords: [String]) -> [String] {
        guard let eq = word.firstIndex(of: "=") else {
            return (fields.map { $0.0 + "=" } + keywords).filter { $0.hasPrefix(word) }
        }
        let field = String(word[..<eq])
        guard let values = fields.first(where: { $0.0 == field })?.1 else { return [] }
        let list = word[word.index(after: eq)...]
        let lead = String(word[...eq]) + (list.lastIndex(of: ",").map { String(list[...$0]) } ?? "")
        let part = String(word.dropFirst(lead.count))
        let chosen = Set(list.split(separator: ",").map(String.init))
        return values().filter { $0.hasPrefix(part) && !(chosen.contains($0) && $0 != part) }.map { lead + $0 }
    }

    var listFilterValues: [(String, () -> [String])] {
        [("kind", { ProjectKind.allCases.map(\.rawValue) }), ("status", { Status.allCases.map(\.rawValue) }),
         ("assessed", { Status.allCases.map(\.rawValue) }), ("country", { [] }), ("region", { [] })]
    }

    var queueFilterValues: [(String, () -> [String])] {
        [("project", { projectIDs(matching: "") }), ("kind", { DiscrepancyKind.allCases.map(\.rawValue) }),
         ("severity", { Severity.allCases.map(\.rawValue) }), ("state", { FlagState.allCases.map(\.rawValue) + ["all"] }),
         ("date", { [] }), ("since", { [] }), ("until", { [] })]
    }

    var claimsFilterValues: [(String, () -> [String])] {
        let sources = data.sources.keys.sorted()
        let projects: () -> [String] = { projectIDs(matching: "") }
        return ClaimsFilter.fields.map { field -> (String, () -> [String]) in
            switch field {
            case "project": return (field, projects)
            case "source": return (field, { sources })
            case "via": return (field, { ["none"] + sources })
            case "tier": return (field, { SourceTier.allCases.map(\.rawValue) })
            case "status": return (field, { Status.allCases.map(\.rawValue) })
            case "state": return (field, { ClaimState.allCases.map(\.rawValue) + ["all"] })
            case "lang": return (field, { ["none"] })
            default: return (field, { [] })
            }
        }
    }

    /// Ids of the projects a text matches by id or name, best first (all, up to the limit, for an empty text).
    func projectIDs(matching text: String) -> [String] {
        pages.projectMatches(text, limit: AppState.completionLimit).best.map(\.id)
    }

    /// Tab (`forward`) or Shift-Tab in the `:` line: completes the last word — a single candidate whole, several
    /// to their common prefix and listed above the line; pressed again, steps through them.
    public mutating func complete(forward: Bool = true) {
        guard var p = prompt, p.kind == .command else { return }
        if var c = completion, c.applied == p.text, !c.candidates.isEmpty {
            let n = c.candidates.count
            c.index = c.index.map { (($0 + (forward ? 1 : -1)) % n + n) % n } ?? (forward ? 0 : n - 1)
            p.text = c.head + c.candidates[c.index!]
            c.applied = p.text
            prompt = p; completion = c
            return
        }
        let (head, word, candidates) = completions(for: p.text)
        switch candidates.count {
        case 0:
            completion = Completion(head: head, candidates: [], applied: p.text,
                                    note: word.isEmpty && head.isEmpty ? nil : lang("ui.message.no-completion", word.isEmpty ? head.trimmingWhitespace : word))
        case 1:
            let c = candidates[0]
            p.text = head + c + (c.hasSuffix("=") ? "" : " ")
            prompt = p; completion = nil
        default:
            let common = Completion.commonPrefix(candidates)
            if common.count > word.count { p.text = head + common }
            prompt = p
            completion = Completion(head: head, candidates: candidates, applied: p.text)
        }
    }
}
