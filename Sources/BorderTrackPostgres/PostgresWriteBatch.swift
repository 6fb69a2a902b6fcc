#if Postgres
import PostgresNIO

/// Everything one write transaction inserts, sent in as few statements as possible (usually one),
/// the last of which also does `pg_notify` — delivered at COMMIT, never for a rolled-back write. A table of many
/// rows (an import) is streamed by `COPY` first.
///
/// Round trips matter because they are made while holding the write lock: each one delays every
/// other editor's write. Inserts become data-modifying CTEs of one statement; a table's rows stay in
/// one CTE per statement, so serial columns follow the order the rows were added.
struct PostgresWriteBatch {
    /// The audit chain, extended as rows are added.
    var chain: PostgresAuditAppender
    private var tables: [PostgresBulkInsert] = []

    init(chain: PostgresAuditAppender) {
        self.chain = chain
    }

    /// Queues a table's rows (empty ones are skipped).
    mutating func insert(_ table: PostgresBulkInsert) {
        if !table.isEmpty { tables.append(table) }
    }

    /// Sends the inserts and the audit entries, and notifies `channel` with the new head seq
    /// (`head` when the entries were copied rather than chained here). `audit: false` sends the tables only and
    /// `notify: false` does not notify (an import sends what its claims refer to first); what was sent is not sent
    /// again by a later `run`.
    mutating func run(_ link: PostgresLink, channel: String, head: Int? = nil, notify: Bool = true, audit: Bool = true) throws {
        let maxParameters = 30_000  // the protocol allows 65,535
        var pieces: [(table: PostgresBulkInsert, rows: ArraySlice<[PostgresBulkInsert.Value]>)] = []
        for table in tables + (audit ? [chain.pending] : []) where !table.isEmpty {
            if table.copyText != nil {
                // Many rows (an import): streamed by COPY, in the order added (serial columns follow it).
                try link.copy(table)
                continue
            }
            let perPiece = max(1, maxParameters / table.columns.count)
            var start = 0
            while start < table.rows.count {
                pieces.append((table, table.rows[start..<min(table.rows.count, start + perPiece)]))
                start += perPiece
            }
        }
        var next = 0
        repeat {
            var binds = PostgresBindings()
            var ctes: [String] = []
            var used = Set<String>()
            while next < pieces.count, !used.contains(pieces[next].table.table),
                  ctes.isEmpty || binds.count + pieces[next].rows.count * pieces[next].table.columns.count <= maxParameters {
                ctes.append("w\(ctes.count) AS (\(pieces[next].table.statement(pieces[next].rows, binds: &binds)))")
                used.insert(pieces[next].table.table)
                next += 1
            }
            var sql = ctes.isEmpty ? "" : "WITH " + ctes.joined(separator: ", ") + " "
            if next == pieces.count && ctes.isEmpty && !notify { break }
            if next == pieces.count && notify {
                binds.append(channel)
                binds.append(String(head ?? chain.seq))
                sql += "SELECT pg_notify($\(binds.count - 1), $\(binds.count))"
            } else {
                sql += "SELECT 1"
            }
            try link.query(PostgresQuery(unsafeSQL: sql, binds: binds))
        } while next < pieces.count
        tables = []
        if audit { chain.sent() }
    }
}
#endif
