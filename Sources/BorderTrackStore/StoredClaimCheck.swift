import BorderTrackCore

/// A quick check on a stored claim row's raw text, for exports that copy the stored bytes instead of
/// building `Claim` values: when it passes, `Claim(id:project:status:…)` of the same texts succeeds and
/// writes back exactly these bytes (ids are slugs, status and scope known values, dates and the recording
/// time in their one canonical spelling, `published` not before `asOf`, text valid UTF-8 without NUL, a
/// section two capital letters, a quote language of two or three lowercase letters beside a quote, `via` a
/// slug other than the source).
/// It may refuse rows the model would accept (then the caller builds the `Claim` the slow way); it never
/// passes a row the model would refuse or rewrite.
package enum StoredClaimCheck {
    package typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The row's columns in `CSVTable.claims.columns` order; nil for SQL NULL.
    package static func passes(_ f: [Bytes?]) -> Bool {
        guard f.count == 17, let id = f[0], isSlug(id), let project = f[1], isSlug(project),
              let status = f[2], let source = f[6], isSlug(source), let asOf = f[4], let a = date(asOf) else { return false }
        let statusText = String(decoding: status, as: UTF8.self)
        guard let st = Status(rawValue: statusText) else { return false }
        if let scope = f[3], !scope.isEmpty {
            guard st == .operational, Scope(rawValue: String(decoding: scope, as: UTF8.self)) != nil else { return false }
        }
        if let published = f[5], !published.isEmpty {
            guard let p = date(published) else { return false }
            // published.end must not be before asOf.start
            let pm = p.m ?? 12
            let end = (p.y, pm, p.d ?? Day.daysIn(month: pm, year: p.y))
            let start = (a.y, a.m ?? 1, a.d ?? 1)
            if end < start { return false }
        }
        if let supersedes = f[9], !supersedes.isEmpty, !isSlug(supersedes) { return false }
        if let recorded = f[10], !recorded.isEmpty, !isTimestamp(recorded) { return false }
        for k in [7, 8, 11, 14, 15] { if let t = f[k], !isText(t) { return false } }
        if let section = f[12], !section.isEmpty, !(section.count == 2 && section.allSatisfy({ $0 >= 65 && $0 <= 90 })) { return false }
        if let lang = f[13], !lang.isEmpty {
            guard let quote = f[8], !quote.isEmpty, (2...3).contains(lang.count), lang.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        }
        if let via = f[16], !via.isEmpty, !isSlug(via) || via.elementsEqual(source) { return false }
        return true
    }

    package static func isSlug(_ b: Bytes) -> Bool {
        guard let first = b.first, b.count <= 128 else { return false }
        func ok(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 48 && c <= 57) }
        return ok(first) && b.allSatisfy { ok($0) || $0 == 45 }
    }

    /// Valid UTF-8 without NUL.
    package static func isText(_ b: Bytes) -> Bool {
        var ascii = true
        for c in b {
            if c == 0 { return false }
            if c >= 0x80 { ascii = false }
        }
        return ascii || String(validating: b, as: UTF8.self) != nil
    }

    private static func number(_ b: Bytes, _ r: Range<Int>) -> Int? {
        var n = 0
        for i in r {
            guard b[i] >= 48 && b[i] <= 57 else { return nil }
            n = n * 10 + Int(b[i] - 48)
        }
        return n
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with an optional `?`, `~` or `%`, a real month and day.
    package static func date(_ b: Bytes) -> (y: Int, m: Int?, d: Int?)? {
        var n = b.count
        if let last = b.last, last == 63 || last == 126 || last == 37 { n -= 1 }
        guard n == 4 || n == 7 || n == 10, let y = number(b, 0..<4) else { return nil }
        if n == 4 { return (y, nil, nil) }
        guard b[4] == 45, let m = number(b, 5..<7), (1...12).contains(m) else { return nil }
        if n == 7 { return (y, m, nil) }
        guard b[7] == 45, let d = number(b, 8..<10), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        return (y, m, d)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` naming a real moment.
    package static func isTimestamp(_ b: Bytes) -> Bool {
        guard b.count == 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b[19] == 90,
              let y = number(b, 0..<4), let mo = number(b, 5..<7), let d = number(b, 8..<10),
              let h = number(b, 11..<13), let mi = number(b, 14..<16), let s = number(b, 17..<19),
              h < 24, mi < 60, s < 60, Day(year: y, month: mo, day: d) != nil else { return false }
        return true
    }
}
