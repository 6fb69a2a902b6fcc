import BorderTrackCore

extension AppState {
    /// The selection of the view searched (the list or the queue).
    private var searchSelection: Int {
        get { view == .queue ? queueSelection : listSelection }
        set { if view == .queue { queueSelection = newValue } else { listSelection = newValue } }
    }

    /// The matches of a search in the current view (list or queue).
    func matches(of q: SearchQuery) -> [Int] {
        view == .queue ? pages.queueMatches(queueQuery, search: q) : pages.listMatches(listQuery, search: q)
    }

    /// Searches as typed: finds every match and moves to the first at or after the selection (wrapping).
    mutating func search(_ text: String) {
        let q = SearchQuery(text)
        guard !q.isEmpty, view == .list || view == .queue else { searchHits = nil; return }
        let hits = SearchHits(view: view, query: q, positions: matches(of: q))
        searchHits = hits
        if let i = hits.next(from: searchSelection, forward: true) {
            if view == .list { pages.listReveal(listQuery, at: i) }
            searchSelection = i
            scrollIntoView()
        }
    }

    /// Moves to the next (or previous) match of the last search, wrapping around, and says which it is.
    mutating func searchStep(forward: Bool) {
        let q = SearchQuery(lastSearch)
        guard !q.isEmpty else { message = Message(text: lang["ui.message.no-search"], isError: false); return }
        if searchHits?.view != view || searchHits?.query != q {
            searchHits = SearchHits(view: view, query: q, positions: matches(of: q))
        }
        guard let hits = searchHits, let i = hits.next(from: searchSelection + (forward ? 1 : -1), forward: forward) else {
            message = Message(text: lang(view == .queue ? "ui.message.search-none-queue" : "ui.message.search-none", lastSearch), isError: true)
            return
        }
        if view == .list { pages.listReveal(listQuery, at: i) }
        searchSelection = i
        scrollIntoView()
        if let c = searchCount { message = Message(text: "\"\(lastSearch)\": \(c)", isError: false) }
    }

    /// "3 of 7" for the selected row among the search's matches in this view ("7 matches" when the row is
    /// none of them, "no match" when there are none); nil without a search here.
    public var searchCount: String? {
        guard let hits = searchHits, hits.view == view else { return nil }
        if hits.positions.isEmpty { return lang["ui.message.search-no-match"] }
        if let k = hits.ordinal(of: searchSelection) { return lang("ui.message.search-position", k, hits.positions.count) }
        return lang.count("ui.message.search-matches", hits.positions.count)
    }

    /// The search to highlight in a view's rows.
    public func highlight(in v: ViewID) -> SearchQuery? {
        guard let hits = searchHits, hits.view == v else { return nil }
        return hits.query
    }

    /// Finds the matches again after the data, filter or sort changed.
    mutating func refreshSearchHits() {
        guard let hits = searchHits else { return }
        let q = hits.query
        searchHits = SearchHits(view: hits.view, query: q,
                                positions: hits.view == .queue ? pages.queueMatches(queueQuery, search: q) : pages.listMatches(listQuery, search: q))
    }
}
