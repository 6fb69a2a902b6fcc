import BorderTrackCore
@testable import BorderTrackTUI
import Testing

@Suite("Queue filter and sort")
struct QueueFilterTests {
    @Test("parses every field; states default to open and acknowledged; state=all is every state")
    func parse() throws {
        let f = try QueueFilter.parse("project=bh-bridge kind=regression,manual severity=critical state=all date=2021")
        #expect(f.projects == ["bh-bridge"])
        #expect(f.kinds == [.regression, .manual])
        #expect(f.severities == [.critical])
        #expect(f.states == Set(FlagState.allCases))
        let year = try PartialDate(parsing: "2021")
        #expect(f.since == year.start && f.until == year.end)
        #expect(f.description == "project=bh-bridge kind=manual,regression severity=critical state=all since=2021-01-01 until=2021-12-31")
        #expect(try QueueFilter.parse(f.description) == f)
        #expect(try QueueFilter.parse("").states == [.open, .acknowledged])
        #expect(try QueueFilter.parse("state=resolved,obsolete").description == "state=resolved,obsolete")
        #expect(try QueueFilter.parse("kind=manual clear").isEmpty)
    }

    @Test("bad input names the field, the value and what is expected", arguments: [
        ("kind=nonsense", "filter kind=\"nonsense\": expected one of status-conflict"),
        ("severity=huge", "filter severity=\"huge\": expected one of critical, major, minor"),
        ("state=closed", "filter state=\"closed\": expected one of open, acknowledged, resolved, obsolete or all"),
        ("date=yesterday", "filter date=\"yesterday\": expected a date: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("colour=red", "filter \"colour=red\": expected project=ID, kind=K"),
        ("kind=", "filter kind=\"\": expected a value"),
    ])
    func errors(input: String, message: String) {
        #expect(throws: QueueFilterError.self) { try QueueFilter.parse(input) }
        do { _ = try QueueFilter.parse(input) } catch { #expect(error.errorDescription?.hasPrefix(message) == true, "\(error.errorDescription ?? "")") }
    }

    @Test("matches by every condition, dates by overlap")
    func matches() throws {
        let r = QueueRow(key: QueueKey(severity: .major, from: try PartialDate(parsing: "2021-03").start, id: "rg-1"), project: "p1",
                         kind: "regression", state: "resolved", to: try PartialDate(parsing: "2021-09").start)
        #expect(!(try QueueFilter.parse("")).matches(r))
        #expect(try QueueFilter.parse("state=all").matches(r))
        #expect(try QueueFilter.parse("state=resolved date=2021-06 kind=regression severity=major project=p1").matches(r))
        #expect(!(try QueueFilter.parse("state=resolved since=2021-10")).matches(r))
        #expect(!(try QueueFilter.parse("state=resolved until=2021-02")).matches(r))
        #expect(!(try QueueFilter.parse("state=resolved project=p2")).matches(r))
    }

    @Test("sorts by a column, ties in queue order; severity ascending is the queue order")
    func sort() throws {
        func row(_ sev: Severity, _ from: String, _ id: String, kind: String = "regression", state: String = "open") throws -> QueueRow {
            QueueRow(key: QueueKey(severity: sev, from: try PartialDate(parsing: from).start, id: id), project: "p", kind: kind, state: state,
                     to: try PartialDate(parsing: "2022").start)
        }
        let rows = [try row(.minor, "2020", "a"), try row(.critical, "2019", "b", kind: "manual", state: "acknowledged"),
                    try row(.critical, "2021", "c")]
        #expect(QueueQuery(sort: .severity).sorted(rows).map(\.id) == ["c", "b", "a"])
        #expect(QueueQuery(sort: .date, descending: true).sorted(rows).map(\.id) == ["c", "a", "b"])
        #expect(QueueQuery(sort: .kind).sorted(rows).map(\.id) == ["b", "c", "a"])
        #expect(QueueQuery(sort: .state, descending: true).sorted(rows).map(\.id) == ["b", "c", "a"])
        #expect(QueueSort.severity.next == .date && QueueSort.state.next == .severity)
    }
}
