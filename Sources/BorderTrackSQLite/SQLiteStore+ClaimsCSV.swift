import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import GRDB
import GRDBSQLite

extension SQLiteStore {
    /// Writes the claims table as CSV — the bytes of `DatasetCSV.encode(.claims, of:)` of `claims(project: nil)`
    /// — straight from a statement over the stored rows, in pieces of about a megabyte handed to `sink`.
    ///
    /// Rows are copied as stored when `StoredClaimCheck` shows that the model would give back the same text;
    /// any other row goes through `Claim` as before (and a row the model refuses fails the export as damage).
    public func writeClaimsCSV(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try read { db in
            let columns = CSVTable.claims.columns
            let statement = try db.makeStatement(sql: """
                SELECT id, project, status, scope, as_of, published, source, url, quote, supersedes, recorded, editor, section,
                       quote_lang, translation, note, via, seq
                FROM claim WHERE 1\(liveOnly(.claim, false)) ORDER BY seq
                """)
            let stmt = statement.sqliteStatement
            let connection = db.sqliteConnection
            var out = CSVText(reservingCapacity: 1 << 21)
            out.append(row: columns)
            let n = columns.count
            var fields = [UnsafeBufferPointer<UInt8>?](repeating: nil, count: n)
            while true {
                let rc = sqlite3_step(stmt)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)))
                }
                var allText = true
                for k in 0..<n {
                    switch sqlite3_column_type(stmt, Int32(k)) {
                    case SQLITE_NULL:
                        fields[k] = nil
                    case SQLITE_TEXT:
                        let p = sqlite3_column_text(stmt, Int32(k))
                        let n = Int(sqlite3_column_bytes(stmt, Int32(k)))
                        fields[k] = UnsafeBufferPointer(start: p, count: n)
                    default:
                        allText = false
                    }
                }
                out.startRow()
                if allText && StoredClaimCheck.passes(fields) {
                    let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                    for k in 0..<n { out.append(fieldBytes: fields[k] ?? empty) }
                } else {
                    for field in try claimRow(stmt, seqColumn: Int32(n)) { out.append(fieldText: field) }
                }
                if out.bytes.count >= 1 << 20 { try out.drain(sink) }
            }
            try out.finish(sink)
        }
    }

    /// The CSV fields of the statement's current row built through `Claim`, as `fetchClaims` and `DatasetCSV`
    /// do: text read the way GRDB reads a `String` column, a row the model refuses reported as damage.
    private func claimRow(_ stmt: SQLiteStatement, seqColumn: Int32) throws -> [String] {
        func text(_ k: Int32) -> String? {
            sqlite3_column_type(stmt, k) == SQLITE_NULL ? nil : String(cString: sqlite3_column_text(stmt, k)!)
        }
        let c: Claim
        do {
            c = try Claim(id: text(0), project: text(1) ?? "", status: text(2) ?? "", scope: text(3), asOf: text(4) ?? "",
                          published: text(5), source: text(6) ?? "", url: text(7), quote: text(8), recorded: text(10),
                          editor: text(11), supersedes: text(9), section: text(12), quoteLang: text(13),
                          translation: text(14), note: text(15), via: text(16))
        } catch {
            throw StoreError.corrupt("claim row \(sqlite3_column_int64(stmt, seqColumn)) does not pass validation: \(error)")
        }
        var fields: [String] = []
        DatasetCSV.forEachRow(.claims, of: Dataset(claims: [c])) { fields = $0 }
        return fields
    }
}
