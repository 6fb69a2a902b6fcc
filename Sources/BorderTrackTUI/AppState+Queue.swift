import BorderTrackCore
import Foundation

extension AppState {
    /// Applies an action that means something else in the queue (filter and sort it); false when it does not.
    mutating func applyInQueue(_ action: Action) -> Bool {
        switch action {
        case .filter:
            let f = queueQuery.filter.description
            prompt = Prompt(kind: .command, text: "filter " + (f.isEmpty ? "" : f + " "))
        case .sortNext:
            let sort = queueQuery.sort.next
            setQueueQuery(QueueQuery(filter: queueQuery.filter, sort: sort, descending: sort.descendingByDefault))
            message = Message(text: lang(queueQuery.descending ? "ui.message.queue-sorted-desc" : "ui.message.queue-sorted", sort.rawValue), isError: false)
        case .sortReverse:
            var q = queueQuery
            q.descending.toggle()
            setQueueQuery(q)
        default:
            return false
        }
        return true
    }

    /// Runs `:filter` and `:sort` in the queue; false for other commands. Bad input changes nothing.
    mutating func runQueueCommand(_ words: [String]) -> Bool {
        guard let verb = words.first else { return false }
        switch verb {
        case "filter":
            do {
                let f = try QueueFilter.parse(words.dropFirst().joined(separator: " "))
                setQueueQuery(QueueQuery(filter: f, sort: queueQuery.sort, descending: queueQuery.descending))
                message = Message(text: f.isEmpty ? lang["ui.message.queue-filter-cleared"] : lang.count("ui.message.queue-filter", queueCount, f.description), isError: false)
            } catch {
                message = Message(text: error.message(in: lang), isError: true)
            }
        case "sort":
            let allowed = QueueSort.allCases.map(\.rawValue).joined(separator: ", ")
            guard words.count >= 2, words.count <= 3, let sort = QueueSort(rawValue: words[1]) else {
                message = Message(text: lang("ui.message.sort-expected", words.dropFirst().joined(separator: " "), allowed), isError: true)
                return true
            }
            guard words.count == 2 || ["asc", "desc"].contains(words[2]) else {
                message = Message(text: lang("ui.message.sort-direction", words[2]), isError: true)
                return true
            }
            setQueueQuery(QueueQuery(filter: queueQuery.filter, sort: sort, descending: words.count == 3 ? words[2] == "desc" : sort.descendingByDefault))
            message = Message(text: lang(queueQuery.descending ? "ui.message.queue-sorted-desc" : "ui.message.queue-sorted", sort.rawValue), isError: false)
        default:
            return false
        }
        return true
    }

    /// Shows the queue with another filter or sort, keeping the selection on its discrepancy where it still is.
    mutating func setQueueQuery(_ q: QueueQuery) {
        let keep = queueItem(queueSelection)
        queueQuery = q
        queueSelection = 0
        recount(keeping: selectedSummary?.project.id, queue: keep)
    }

    /// The queue's counts by state, said in the title and status line: "41 open, 2 acknowledged".
    /// (`q`: the queue's own query by default; the status line gives the plain queue's.)
    public func queueStates(_ q: QueueQuery? = nil, short: Bool = false) -> String {
        let q = q ?? queueQuery
        let counts = pages.queueStateCounts(q)
        // The title names every state it shows (0 included); the status line only those with any (open always).
        let shown = FlagState.allCases.filter {
            (counts[$0] ?? 0) > 0 || (short ? $0 == .open : QueueFilter.workStates.contains($0) && q.filter.states.contains($0))
        }
        return shown.map { "\(counts[$0] ?? 0) \(short && $0 == .acknowledged ? "ack" : $0.rawValue)" }.joined(separator: ", ")
    }
}
