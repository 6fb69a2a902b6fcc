import BorderTrackCore
import Foundation

/// Reads and writes the CSV tables of `bordertrack/1` (RFC 4180, UTF-8, header row, columns by name).
public enum DatasetCSV {
    /// Reads one CSV file's bytes; the table is recognised by its header. Issues carry line numbers.
    ///
    /// The bytes are scanned once into field ranges (`CSVRecords`); rows are then turned into values and
    /// checked in slices over the cores when the file is large. Issues come out in file order, as from a
    /// row-by-row read.
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
        return body.withUnsafeBufferPointer { text -> (CSVTable?, ImportBatch) in
            let records = CSVRecords(scanning: text, expectedRecords: text.count / 64)
            func syntaxIssue(_ e: CSVRecords.SyntaxError, header: [String]?) -> ImportIssue {
                let name = header.flatMap { e.fieldIndex < $0.count ? $0[e.fieldIndex] : nil }
                let which = name.map { "field \(e.fieldIndex + 1) (\"\(ImportIssue.clip($0))\")" } ?? "field \(e.fieldIndex + 1)"
                let origin = Origin(file: file, location: "line \(e.line)")
                switch e.kind {
                case .textAfterClosingQuote:
                    let found = String(decoding: UnsafeBufferPointer(rebasing: text[e.offset..<min(text.count, e.offset + 4)]), as: UTF8.self)
                        .unicodeScalars.first.map { String($0) } ?? "?"
                    return ImportIssue(origin: origin, field: name, value: found,
                                       message: "\(which): \"\(ImportIssue.clip(found))\" after the closing quote; expected a comma or the end of the line after a quoted field (a quote inside a quoted field is written \"\")")
                case .unterminatedQuote:
                    return ImportIssue(origin: origin, field: name, value: nil,
                                       message: "\(which): the quoted field starting on this line is never closed; expected a closing quote (\") before the end of the file")
                }
            }
            guard records.count > 0 else {
                if let e = records.error { batch.issues.append(syntaxIssue(e, header: nil)) } else {
                    fail(1, "cannot read the header row; expected a header row naming the columns")
                }
                return (nil, batch)
            }
            let header = records.fields(ofRecord: 0).map { CSVRecords.string($0, in: text) }
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

            let rows = RowReader(file: file, table: table, header: header, index: index, records: records, text: text)
            let n = records.count
            // One slice per core. Claims (the bulk of a big import) are written by the slices straight into
            // one array and closed up there, so no slice's values are copied into another array.
            let slices = n >= 8192 ? max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) : 1
            let bounds = (0...slices).map { 1 + $0 * (n - 1) / slices }
            var parts = [ImportBatch](repeating: ImportBatch(), count: slices)
            var counts = [Int](repeating: 0, count: slices)
            func readAll(_ claimsOut: UnsafeMutablePointer<(Claim, Origin)>?) {
                if slices == 1 {
                    (parts[0], counts[0]) = rows.read(1..<n, claimsOut: claimsOut)
                    return
                }
                parts.withUnsafeMutableBufferPointer { partsBuffer in
                    counts.withUnsafeMutableBufferPointer { countsBuffer in
                        nonisolated(unsafe) let (outParts, outCounts, base) = (partsBuffer, countsBuffer, claimsOut)
                        DispatchQueue.concurrentPerform(iterations: slices) { s in
                            (outParts[s], outCounts[s]) = rows.read(bounds[s]..<bounds[s + 1],
                                                                     claimsOut: base.map { $0 + bounds[s] - 1 })
                        }
                    }
                }
            }
            if table == .claims {
                let claims = [(Claim, Origin)](unsafeUninitializedCapacity: n - 1) { buffer, count in
                    readAll(buffer.baseAddress)
                    var filled = counts[0]
                    for s in 1..<slices {
                        if counts[s] > 0 {
                            (buffer.baseAddress! + filled).moveInitialize(from: buffer.baseAddress! + bounds[s] - 1, count: counts[s])
                        }
                        filled += counts[s]
                    }
                    count = filled
                }
                parts[0].claims = claims
            } else {
                readAll(nil)
            }
            batch = parts[0]  // no header issues at this point
            for part in parts.dropFirst() {
                // Each row gives at most one issue, and a row-by-row read stops after the limit's first excess.
                if batch.issues.count > ImportFailure.limit { break }
                batch.append(part)
            }
            if batch.issues.count > ImportFailure.limit + 1 { batch.issues.removeSubrange((ImportFailure.limit + 1)...) }
            if let e = records.error, batch.issues.count <= ImportFailure.limit {
                batch.issues.append(syntaxIssue(e, header: header))
            }
            return (table, batch)
        }
    }

    /// Splits a `;`-separated list cell; empty items are dropped.
    static func list(_ cell: String?) -> [String] {
        guard let cell, !cell.isEmpty else { return [] }
        return cell.split(separator: ";", omittingEmptySubsequences: true).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
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
                body([s.id, s.name, s.tier.rawValue, s.country ?? "", s.url ?? "", s.perspectiveOverride?.rawValue ?? "",
                      s.affiliation ?? ""])
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
                      c.recorded?.description ?? "", c.editor ?? "", c.section ?? "",
                      c.quoteLang ?? "", c.translation ?? "", c.note ?? "", c.via ?? ""])
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
