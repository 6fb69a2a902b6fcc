import BorderTrackCore
import CSV
import Foundation

/// Reads and writes the CSV tables of `bordertrack/1` (RFC 4180, UTF-8, header row, columns by name).
public enum DatasetCSV {
    /// Reads one CSV file's bytes; the table is recognised by its header. Issues carry line numbers.
    public static func decode(_ bytes: [UInt8], file: String) -> (table: CSVTable?, batch: ImportBatch) {
        var batch = ImportBatch()
        func fail(_ line: Int, _ message: String, field: String? = nil, value: String? = nil) {
            batch.issues.append(ImportIssue(origin: Origin(file: file, location: "line \(line)"), field: field, value: value, message: message))
        }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if body.allSatisfy({ $0 == 10 || $0 == 13 || $0 == 32 }) {
            fail(1, "the file is empty; expected a header row naming the columns")
            return (nil, batch)
        }
        if let bad = UTF8Check.firstInvalid(body) {
            fail(bad.line, "invalid UTF-8 at byte \(bad.offset); expected UTF-8 text")
            return (nil, batch)
        }
        if let nul = body.firstIndex(of: 0) {
            fail(body[..<nul].filter { $0 == 10 }.count + 1, "NUL byte at byte \(nul); expected text without NUL characters")
            return (nil, batch)
        }
        let text = String(decoding: body, as: UTF8.self)
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            fail(1, "cannot read the header row; expected a header row naming the columns")
            return (nil, batch)
        }
        let header = reader.headerRow ?? []
        var line = 1 + extraLines(header)
        guard let table = CSVTable.recognise(header) else {
            fail(1, "unrecognised header \"\(ImportIssue.clip(header.joined(separator: ",")))\"; expected a table with exactly one of the columns tier (sources), kind (projects), milestone (plans) or status (claims)")
            return (nil, batch)
        }
        var index: [String: Int] = [:]
        for (n, name) in header.enumerated() {
            if !table.columns.contains(name) {
                fail(1, "unknown column \"\(ImportIssue.clip(name))\" in the \(table.rawValue) table; expected columns \(table.columns.joined(separator: ", "))", field: name)
            } else if index[name] != nil {
                fail(1, "column \"\(name)\" appears twice in the header", field: name)
            } else {
                index[name] = n
            }
        }
        for name in table.required where index[name] == nil {
            fail(1, "missing required column \"\(name)\" in the \(table.rawValue) table; expected at least \(table.required.joined(separator: ", "))", field: name)
        }
        if !batch.issues.isEmpty { return (table, batch) }

        while let row = reader.next() {
            line += 1
            let rowLine = line
            line += extraLines(row)
            if row.count == 1 && row[0].isEmpty { continue }
            if batch.issues.count > ImportFailure.limit { break }
            guard row.count == header.count else {
                fail(rowLine, "the row has \(row.count) fields; expected \(header.count) as in the header")
                continue
            }
            func get(_ c: String) -> String? { index[c].map { row[$0] } }
            let origin = Origin(file: file, location: "line \(rowLine)")
            do {
                switch table {
                case .sources:
                    let s = try Source(id: get("id") ?? "", name: get("name") ?? "", tier: get("tier") ?? "",
                                       country: get("country"), url: get("url"), perspective: get("perspective"))
                    batch.sources.append((s, origin))
                case .projects:
                    let names = try Names(en: get("name_en") ?? "", ru: get("name_ru"), zh: get("name_zh"))
                    var location: Location? = nil
                    let lat = get("lat") ?? "", lon = get("lon") ?? ""
                    if !lat.isEmpty || !lon.isEmpty {
                        guard let la = Double(lat), la.isFinite else {
                            throw ModelError.invalid(field: "lat", value: lat, expected: "a decimal latitude between -90 and 90 (with lon)")
                        }
                        guard let lo = Double(lon), lo.isFinite else {
                            throw ModelError.invalid(field: "lon", value: lon, expected: "a decimal longitude between -180 and 180 (with lat)")
                        }
                        location = try Location(lat: la, lon: lo)
                    }
                    let p = try Project(id: get("id") ?? "", kind: get("kind") ?? "", names: names,
                                        countries: list(get("countries")), regions: list(get("regions")),
                                        location: location, programs: list(get("programs")))
                    batch.projects.append((p, origin))
                case .plans:
                    let p = try Plan(id: get("id"), project: get("project") ?? "", milestone: get("milestone") ?? "",
                                     target: get("target") ?? "", announced: get("announced"), source: get("source"),
                                     recorded: get("recorded"), editor: get("editor"))
                    batch.plans.append((p, origin))
                case .claims:
                    let c = try Claim(id: get("id"), project: get("project") ?? "", status: get("status") ?? "",
                                      scope: get("scope"), asOf: get("as_of") ?? "", published: get("published"),
                                      source: get("source") ?? "", url: get("url"), quote: get("quote"),
                                      recorded: get("recorded"), editor: get("editor"), supersedes: get("supersedes"))
                    batch.claims.append((c, origin))
                }
            } catch let error as ModelError {
                batch.issues.append(ImportIssue(origin: origin, error, fieldName: table.column(forField:)))
            } catch {
                fail(rowLine, "\(error)")
            }
        }
        if let error = reader.error {
            fail(line, "cannot read the file: \(error)")
        }
        return (table, batch)
    }

    /// Splits a `;`-separated list cell; empty items are dropped.
    static func list(_ cell: String?) -> [String] {
        guard let cell, !cell.isEmpty else { return [] }
        return cell.split(separator: ";", omittingEmptySubsequences: true).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// Newlines inside a record's fields (CRLF counts once), i.e. how many extra physical lines it spans.
    static func extraLines(_ fields: [String]) -> Int {
        var n = 0
        for f in fields {
            var prevCR = false
            for u in f.unicodeScalars {
                if u == "\n" { if !prevCR { n += 1 }; prevCR = false }
                else if u == "\r" { n += 1; prevCR = true }
                else { prevCR = false }
            }
        }
        return n
    }

    /// The rows of one table of a dataset, header first.
    public static func rows(_ table: CSVTable, of dataset: Dataset) -> [[String]] {
        var rows: [[String]] = []
        forEachRow(table, of: dataset) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each row of one table, header first, without building the whole table.
    public static func forEachRow(_ table: CSVTable, of dataset: Dataset, _ body: ([String]) -> Void) {
        body(table.columns)
        switch table {
        case .sources:
            for s in dataset.sources {
                body([s.id, s.name, s.tier.rawValue, s.country ?? "", s.url ?? "", s.perspectiveOverride?.rawValue ?? ""])
            }
        case .projects:
            for p in dataset.projects {
                body([p.id, p.kind.rawValue, p.names.en, p.names.ru ?? "", p.names.zh ?? "",
                      p.countries.joined(separator: ";"), p.regions.joined(separator: ";"),
                      p.location.map { $0.lat.description } ?? "", p.location.map { $0.lon.description } ?? "",
                      p.programs.joined(separator: ";")])
            }
        case .plans:
            for p in dataset.plans {
                body([p.id, p.project, p.milestone.rawValue, p.target.description, p.announced?.description ?? "",
                      p.source ?? "", p.recorded?.description ?? "", p.editor ?? ""])
            }
        case .claims:
            for c in dataset.claims {
                body([c.id, c.project, c.status.rawValue, c.scope?.rawValue ?? "", c.asOf.description,
                      c.published?.description ?? "", c.source, c.url ?? "", c.quote ?? "", c.supersedes ?? "",
                      c.recorded?.description ?? "", c.editor ?? ""])
            }
        }
    }

    /// One table as RFC 4180 text (CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF).
    public static func encode(_ table: CSVTable, of dataset: Dataset) -> String {
        var out = CSVText(reservingCapacity: table == .claims ? dataset.claims.count * 160 : 0)
        forEachRow(table, of: dataset) { out.append(row: $0) }
        return out.text
    }

    /// Writes rows as RFC 4180 CSV (see `CSVText`); `quoteAll` quotes every field.
    public static func write(_ rows: [[String]], quoteAll: Bool = false) -> String {
        var out = CSVText(quoteAll: quoteAll)
        for row in rows { out.append(row: row) }
        return out.text
    }
}
