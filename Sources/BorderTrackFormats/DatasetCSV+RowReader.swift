import BorderTrackCore

extension DatasetCSV {
    /// Turns scanned CSV records of one table into model values and issues, one slice of rows at a time.
    /// Slices can run in parallel: a reader only reads the text and the records.
    struct RowReader: @unchecked Sendable {
        let file: String
        let table: CSVTable
        let header: [String]
        let records: CSVRecords
        let text: UnsafeBufferPointer<UInt8>
        /// Position in the header of each of the table's columns (`table.columns` order), nil when absent.
        let positions: [Int?]

        init(file: String, table: CSVTable, header: [String], index: [String: Int], records: CSVRecords,
             text: UnsafeBufferPointer<UInt8>) {
            self.file = file; self.table = table; self.header = header; self.records = records; self.text = text
            positions = table.columns.map { index[$0] }
        }

        /// The values and issues of records `range` (record 0 is the header), in file order. Stops after
        /// one issue more than `ImportFailure.limit`, as a row-by-row read would. Claims go to `claimsOut`
        /// when given (room for `range.count`, initialised from the start; the count is returned), else
        /// into the batch.
        func read(_ range: Range<Int>, claimsOut: UnsafeMutablePointer<(Claim, Origin)>? = nil) -> (batch: ImportBatch, claims: Int) {
            var batch = ImportBatch()
            var written = 0
            switch table {
            case .sources: batch.sources.reserveCapacity(range.count)
            case .projects: batch.projects.reserveCapacity(range.count)
            case .plans: batch.plans.reserveCapacity(range.count)
            case .claims: batch.claims.reserveCapacity(range.count)
            }
            for r in range {
                let fields = records.fields(ofRecord: r)
                let rowLine = records.lines[r]
                if fields.count == 1 && fields[fields.startIndex].start == fields[fields.startIndex].end { continue }
                if batch.issues.count > ImportFailure.limit { break }
                let origin = Origin(file: file, location: "line \(rowLine)")
                guard fields.count == header.count else {
                    batch.issues.append(ImportIssue(origin: origin, message: "the row has \(fields.count) fields; expected \(header.count) as in the header"))
                    continue
                }
                let base = fields.startIndex
                // The cell of the table's column number `k` (in `table.columns` order), nil when the file lacks it.
                func get(_ k: Int) -> String? {
                    positions[k].map { CSVRecords.string(records.fields[base + $0], in: text) }
                }
                do {
                    switch table {
                    case .sources:
                        // id, name, tier, country, url, perspective, affiliation
                        let s = try Source(id: get(0) ?? "", name: get(1) ?? "", tier: get(2) ?? "",
                                           country: get(3), url: get(4), perspective: get(5), affiliation: get(6))
                        batch.sources.append((s, origin))
                    case .projects:
                        // id, kind, name_en, name_ru, name_zh, countries, regions, lat, lon, programs
                        let names = try Names(en: get(2) ?? "", ru: get(3), zh: get(4))
                        var location: Location? = nil
                        let lat = get(7) ?? "", lon = get(8) ?? ""
                        if !lat.isEmpty || !lon.isEmpty {
                            guard let la = NumberText.decimal(lat) else {
                                throw ModelError.invalid(field: "lat", value: lat, expected: "a decimal latitude between -90 and 90 such as 50.25 (with lon)")
                            }
                            guard let lo = NumberText.decimal(lon) else {
                                throw ModelError.invalid(field: "lon", value: lon, expected: "a decimal longitude between -180 and 180 such as 127.53 (with lat)")
                            }
                            location = try Location(lat: la, lon: lo)
                        }
                        let p = try Project(id: get(0) ?? "", kind: get(1) ?? "", names: names,
                                            countries: list(get(5)), regions: list(get(6)),
                                            location: location, programs: list(get(9)))
                        batch.projects.append((p, origin))
                    case .plans:
                        // id, project, milestone, target, announced, source, recorded, editor
                        let p = try Plan(id: get(0), project: get(1) ?? "", milestone: get(2) ?? "",
                                         target: get(3) ?? "", announced: get(4), source: get(5),
                                         recorded: get(6), editor: get(7))
                        batch.plans.append((p, origin))
                    case .claims:
                        // id, project, status, scope, as_of, published, source, url, quote, supersedes, recorded, editor, section,
                        // quote_lang, translation, note, via
                        let c = try DatasetCSV.claim(id: get(0), project: get(1) ?? "", status: get(2) ?? "",
                                                     scope: get(3), asOf: get(4) ?? "", published: get(5),
                                                     source: get(6) ?? "", url: get(7), quote: get(8),
                                                     recorded: get(10), editor: get(11), supersedes: get(9), section: get(12),
                                                     quoteLang: get(13), translation: get(14), note: get(15), via: get(16))
                        if let claimsOut {
                            (claimsOut + written).initialize(to: (c, origin))
                            written += 1
                        } else {
                            batch.claims.append((c, origin))
                        }
                    }
                } catch let error as ModelError {
                    batch.issues.append(ImportIssue(origin: origin, error, fieldName: table.column(forField:)))
                } catch {
                    batch.issues.append(ImportIssue(origin: origin, message: "\(error)"))
                }
            }
            return (batch, written)
        }
    }

    /// `Claim(id:project:status:…)` from text, with the enumerations and dates parsed here first so that the
    /// common, valid row skips building the "one of …" lists the text initialiser prepares for its errors.
    /// Whenever a parse fails, the text initialiser runs and throws its own error, so issues are unchanged;
    /// otherwise the typed initialiser gets exactly the values the text one would give it.
    static func claim(id: String?, project: String, status: String, scope: String?, asOf: String, published: String?,
                      source: String, url: String?, quote: String?, recorded: String?, editor: String?,
                      supersedes: String?, section: String? = nil, quoteLang: String? = nil, translation: String? = nil,
                      note: String? = nil, via: String? = nil) throws(ModelError) -> Claim {
        func slow() throws(ModelError) -> Claim {
            try Claim(id: id, project: project, status: status, scope: scope, asOf: asOf, published: published, source: source,
                      url: url, quote: quote, recorded: recorded, editor: editor, supersedes: supersedes, section: section,
                      quoteLang: quoteLang, translation: translation, note: note, via: via)
        }
        guard let st = Status(rawValue: status) else { return try slow() }
        var sc: Scope? = nil
        if let scope, !scope.isEmpty {
            guard let s = Scope(rawValue: scope) else { return try slow() }
            sc = s
        }
        guard !asOf.isEmpty, let a = try? PartialDate(parsing: asOf) else { return try slow() }
        var p: PartialDate? = nil
        if let published, !published.isEmpty {
            guard let d = try? PartialDate(parsing: published) else { return try slow() }
            p = d
        }
        var r: Timestamp? = nil
        if let recorded, !recorded.isEmpty {
            guard let t = Timestamp(parsing: recorded) else { return try slow() }
            r = t
        }
        let resolvedID: String
        if let id, !id.isEmpty { resolvedID = id } else {
            resolvedID = Claim.derivedID(project: project, status: status, scope: scope ?? "", asOf: asOf,
                                         published: published ?? "", source: source, url: url ?? "", quote: quote ?? "",
                                         section: section ?? "", quoteLang: quoteLang ?? "", translation: translation ?? "",
                                         note: note ?? "", via: via ?? "")
        }
        return try Claim(id: resolvedID, project: project, status: st, scope: sc, asOf: a, published: p, source: source,
                         url: url, quote: quote, recorded: r, editor: editor, supersedes: supersedes, section: section,
                         quoteLang: quoteLang, translation: translation, note: note, via: via)
    }
}
