import BorderTrackCore
import Testing

@Suite("PartialDate: the EDTF subset")
struct PartialDateTests {
    @Test("every precision parses and prints back", arguments: ["2019", "2019-07", "2019-07-15", "0000", "9999-12-31", "2020-02-29"])
    func roundTrip(_ text: String) throws {
        #expect(try PartialDate(parsing: text).description == text)
    }

    @Test("every qualifier parses", arguments: [("2021?", PartialDate.Qualifier.uncertain), ("2021-10~", .approximate), ("2021-10-07%", .uncertainApproximate)])
    func qualifiers(_ text: String, _ q: PartialDate.Qualifier) throws {
        let d = try PartialDate(parsing: text)
        #expect(d.qualifier == q)
        #expect(d.description == text)
        #expect(!d.isCertain)
    }

    @Test("precision follows the fields given")
    func precision() throws {
        #expect(try PartialDate(parsing: "2021").precision == .year)
        #expect(try PartialDate(parsing: "2021-10").precision == .month)
        #expect(try PartialDate(parsing: "2021-10-07~").precision == .day)
    }

    @Test("malformed forms are rejected, never guessed",
          arguments: ["21", "2021-1-5", "2021-1", "202", "20211", "2021/10/07", "2021-10-07T00:00", " 2021", "2021 ", "", "2021??", "?2021",
                      "abcd", "-2021", "2021-10-7", "2021~?", "２０２１", "2021-10-07-01"])
    func malformed(_ text: String) {
        #expect(throws: PartialDateError.malformed(text)) { try PartialDate(parsing: text) }
    }

    @Test("out-of-range parts name the rule")
    func outOfRange() {
        #expect(throws: PartialDateError.outOfRange("2021-13", "month must be 01–12")) { try PartialDate(parsing: "2021-13") }
        #expect(throws: PartialDateError.outOfRange("2021-00", "month must be 01–12")) { try PartialDate(parsing: "2021-00") }
        #expect(throws: PartialDateError.outOfRange("2021-02-30", "day must be 01–28 in 2021-02")) { try PartialDate(parsing: "2021-02-30") }
        #expect(throws: PartialDateError.outOfRange("2021-02-29", "day must be 01–28 in 2021-02")) { try PartialDate(parsing: "2021-02-29") }
        #expect(throws: PartialDateError.outOfRange("1900-02-29", "day must be 01–28 in 1900-02")) { try PartialDate(parsing: "1900-02-29") }
        #expect(throws: PartialDateError.outOfRange("2021-04-31?", "day must be 01–30 in 2021-04")) { try PartialDate(parsing: "2021-04-31?") }
        #expect(throws: PartialDateError.outOfRange("2021-10-00", "day must be 01–31 in 2021-10")) { try PartialDate(parsing: "2021-10-00") }
    }

    @Test("a date covers an interval of days")
    func interval() throws {
        let y = try PartialDate(parsing: "2020")
        #expect(y.start.description == "2020-01-01")
        #expect(y.end.description == "2020-12-31")
        let m = try PartialDate(parsing: "2020-02~")
        #expect(m.start.description == "2020-02-01")
        #expect(m.end.description == "2020-02-29")
        let d = try PartialDate(parsing: "2021-10-07")
        #expect(d.start == d.end)
    }

    @Test("ordering and overlap work on the interval")
    func ordering() throws {
        let year = try PartialDate(parsing: "2021"), month = try PartialDate(parsing: "2021-10"), day = try PartialDate(parsing: "2021-10-07")
        let next = try PartialDate(parsing: "2022-01-01")
        #expect(year < month && month < day && day < next)
        #expect(year.overlaps(day) && month.overlaps(day) && day.overlaps(year))
        #expect(!year.overlaps(next))
        #expect(try PartialDate(parsing: "2021-10") < PartialDate(parsing: "2021-10~"))
        #expect([next, day, year, month].sorted() == [year, month, day, next])
    }

    @Test("Day arithmetic round-trips across eras and leap years")
    func days() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (1900, 3, 1), (0, 1, 1), (9999, 12, 31), (2021, 10, 7)] {
            let day = Day(year: y, month: m, day: d)!
            #expect(day.components == (y, m, d))
        }
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
        #expect(Day(year: 2021, month: 2, day: 29) == nil)
        let jan31 = Day(year: 2021, month: 1, day: 31)!
        #expect(jan31.adding(months: 1).description == "2021-02-28")
        #expect(jan31.months(to: Day(year: 2023, month: 1, day: 31)!) == 24)
        #expect(jan31.months(to: Day(year: 2023, month: 1, day: 30)!) == 23)
    }

    @Test("timestamps parse and print in UTC")
    func timestamps() {
        let t = Timestamp(parsing: "2026-11-23T02:07:42Z")
        #expect(t?.description == "2026-11-23T02:07:42Z")
        #expect(Timestamp(parsing: "2026-11-23 02:07:42") == nil)
        #expect(Timestamp(parsing: "2026-02-30T00:00:00Z") == nil)
    }
}
