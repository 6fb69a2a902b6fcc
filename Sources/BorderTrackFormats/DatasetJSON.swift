import BorderTrackCore

/// Reads and writes the `bordertrack/1` JSON dataset.
public enum DatasetJSON {
    /// The format tag every dataset file starts with.
    public static let formatTag = "bordertrack/1"

    /// Reads a dataset file's bytes into a batch; every problem is collected with its JSON path.
    public static func decode(_ bytes: [UInt8], file: String) -> ImportBatch {
        var batch = ImportBatch()
        if bytes.isEmpty {
            batch.issues.append(ImportIssue(origin: Origin(file: file), message: "the file is empty; expected a JSON object with \"format\": \"\(formatTag)\""))
            return batch
        }
        if let bad = UTF8Check.firstInvalid(bytes) {
            batch.issues.append(ImportIssue(origin: Origin(file: file, location: "line \(bad.line)"),
                                            message: "invalid UTF-8 at byte \(bad.offset); expected UTF-8 text"))
            return batch
        }
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch {
            batch.issues.append(ImportIssue(origin: Origin(file: file, location: "line \(error.line)"),
                                            message: "not valid JSON at line \(error.line), column \(error.column): \(error.reason)"))
            return batch
        }
        var r = Reader(file: file, batch: batch)
        r.readRoot(root)
        return r.batch
    }

    /// Writes a dataset as pretty-printed JSON in the spec's key order.
    public static func encode(_ dataset: Dataset, extra: [(String, JSONValue)] = []) -> String {
        JSONWriter.pretty(value(dataset, extra: extra))
    }

    /// The dataset as an ordered JSON value.
    public static func value(_ dataset: Dataset, extra: [(String, JSONValue)] = []) -> JSONValue {
        var plansByProject: [String: [Plan]] = [:]
        for p in dataset.plans { plansByProject[p.project, default: []].append(p) }
        var claimsByProject: [String: [Claim]] = [:]
        for c in dataset.claims { claimsByProject[c.project, default: []].append(c) }
        let sources: [JSONValue] = dataset.sources.map { s in
            var o: [(String, JSONValue)] = [("id", .string(s.id)), ("name", .string(s.name)), ("tier", .string(s.tier.rawValue))]
            if let c = s.country { o.append(("country", .string(c))) }
            if let u = s.url { o.append(("url", .string(u))) }
            if let p = s.perspectiveOverride { o.append(("perspective", .string(p.rawValue))) }
            if let a = s.affiliation { o.append(("affiliation", .string(a))) }
            return .object(o)
        }
        let projects: [JSONValue] = dataset.projects.map { p in
            var names: [(String, JSONValue)] = [("en", .string(p.names.en))]
            if let ru = p.names.ru { names.append(("ru", .string(ru))) }
            if let zh = p.names.zh { names.append(("zh", .string(zh))) }
            var o: [(String, JSONValue)] = [("id", .string(p.id)), ("kind", .string(p.kind.rawValue)), ("names", .object(names))]
            if !p.countries.isEmpty { o.append(("countries", .array(p.countries.map { .string($0) }))) }
            if !p.regions.isEmpty { o.append(("regions", .array(p.regions.map { .string($0) }))) }
            if let l = p.location { o.append(("location", .object([("lat", .double(l.lat)), ("lon", .double(l.lon))]))) }
            if !p.programs.isEmpty { o.append(("programs", .array(p.programs.map { .string($0) }))) }
            if let plans = plansByProject[p.id] {
                o.append(("plans", .array(plans.map { pl in
                    var po: [(String, JSONValue)] = [("id", .string(pl.id)), ("milestone", .string(pl.milestone.rawValue)),
                                                     ("target", .string(pl.target.description))]
                    if let a = pl.announced { po.append(("announced", .string(a.description))) }
                    if let s = pl.source { po.append(("source", .string(s))) }
                    if let r = pl.recorded { po.append(("recorded", .string(r.description))) }
                    if let e = pl.editor { po.append(("editor", .string(e))) }
                    return .object(po)
                })))
            }
            if let claims = claimsByProject[p.id] {
                o.append(("claims", .array(claims.map { c in
                    var co: [(String, JSONValue)] = [("id", .string(c.id)), ("status", .string(c.status.rawValue))]
                    if let s = c.scope { co.append(("scope", .string(s.rawValue))) }
                    if let s = c.section { co.append(("section", .string(s))) }
                    co.append(("asOf", .string(c.asOf.description)))
                    if let p = c.published { co.append(("published", .string(p.description))) }
                    co.append(("source", .string(c.source)))
                    if let u = c.url { co.append(("url", .string(u))) }
                    if let q = c.quote { co.append(("quote", .string(q))) }
                    if let l = c.quoteLang { co.append(("quoteLang", .string(l))) }
                    if let t = c.translation { co.append(("translation", .string(t))) }
                    if let n = c.note { co.append(("note", .string(n))) }
                    if let v = c.via { co.append(("via", .string(v))) }
                    if let s = c.supersedes { co.append(("supersedes", .string(s))) }
                    if let r = c.recorded { co.append(("recorded", .string(r.description))) }
                    if let e = c.editor { co.append(("editor", .string(e))) }
                    return .object(co)
                })))
            }
            return .object(o)
        }
        return .object([("format", .string(formatTag))] + extra + [("sources", .array(sources)), ("projects", .array(projects))])
    }

    /// Walks the parsed document, collecting values and issues.
    struct Reader {
        let file: String
        var batch: ImportBatch

        mutating func issue(_ path: String, _ message: String, field: String? = nil, value: String? = nil) {
            batch.issues.append(ImportIssue(origin: Origin(file: file, location: path), field: field, value: value, message: message))
        }

        /// Checks an object's keys against the allowed ones; returns nil (with an issue) if not an object.
        mutating func object(_ v: JSONValue, _ path: String, allowed: [String]) -> JSONValue? {
            guard case .object(let pairs) = v else {
                issue(path, "expected an object, found \(v.typeName)")
                return nil
            }
            for (k, _) in pairs where !allowed.contains(k) {
                issue(path, "unknown field \"\(ImportIssue.clip(k))\"; expected one of \(allowed.joined(separator: ", "))", field: k)
            }
            return v
        }

        /// A string field: nil when absent or null; an issue when of another type or containing NUL.
        mutating func string(_ o: JSONValue, _ key: String, _ path: String) -> String? {
            guard let v = o[key] else { return nil }
            switch v {
            case .null: return nil
            case .string(let s):
                return s
            default:
                issue(path, "field \"\(key)\": expected a string, found \(v.typeName)", field: key)
                return nil
            }
        }

        mutating func strings(_ o: JSONValue, _ key: String, _ path: String) -> [String] {
            guard let v = o[key] else { return [] }
            guard case .array(let items) = v else {
                if case .null = v { return [] }
                issue(path, "field \"\(key)\": expected an array of strings, found \(v.typeName)", field: key)
                return []
            }
            var out: [String] = []
            for (n, item) in items.enumerated() {
                if case .string(let s) = item, !s.utf8.contains(0) { out.append(s) } else {
                    issue(path + ".\(key)[\(n)]", "expected a string, found \(item.typeName)", field: key)
                }
            }
            return out
        }

        mutating func array(_ o: JSONValue, _ key: String, _ path: String) -> [JSONValue] {
            guard let v = o[key] else { return [] }
            if case .array(let items) = v { return items }
            if case .null = v { return [] }
            issue(path, "field \"\(key)\": expected an array, found \(v.typeName)", field: key)
            return []
        }

        mutating func readRoot(_ root: JSONValue) {
            guard let root = object(root, "$", allowed: ["format", "sources", "projects", "auditHead"]) else { return }
            let format = string(root, "format", "$")
            if format != formatTag {
                issue("$.format", "field \"format\": \"\(ImportIssue.clip(format ?? ""))\" is not supported; expected \"\(formatTag)\"",
                      field: "format", value: format ?? "")
                return
            }
            for (n, s) in array(root, "sources", "$").enumerated() { readSource(s, "$.sources[\(n)]") }
            for (n, p) in array(root, "projects", "$").enumerated() { readProject(p, "$.projects[\(n)]") }
        }

        mutating func readSource(_ v: JSONValue, _ path: String) {
            guard let o = object(v, path, allowed: ["id", "name", "tier", "country", "url", "perspective", "affiliation"]) else { return }
            let origin = Origin(file: file, location: path)
            do {
                let s = try Source(id: string(o, "id", path) ?? "", name: string(o, "name", path) ?? "",
                                   tier: string(o, "tier", path) ?? "", country: string(o, "country", path),
                                   url: string(o, "url", path), perspective: string(o, "perspective", path),
                                   affiliation: string(o, "affiliation", path))
                batch.sources.append((s, origin))
            } catch { batch.issues.append(ImportIssue(origin: origin, error)) }
        }

        mutating func readProject(_ v: JSONValue, _ path: String) {
            guard let o = object(v, path, allowed: ["id", "kind", "names", "countries", "regions", "location", "programs", "plans", "claims"]) else { return }
            let origin = Origin(file: file, location: path)
            let id = string(o, "id", path) ?? ""
            var names: Names? = nil
            if let nv = o["names"], let no = object(nv, path + ".names", allowed: ["en", "ru", "zh"]) {
                do {
                    names = try Names(en: string(no, "en", path + ".names") ?? "", ru: string(no, "ru", path + ".names"),
                                      zh: string(no, "zh", path + ".names"))
                } catch { batch.issues.append(ImportIssue(origin: origin, error)) }
            } else if o["names"] == nil {
                batch.issues.append(ImportIssue(origin: origin, .missing(field: "names.en")))
            }
            var location: Location? = nil
            if let lv = o["location"], lv != .null, let lo = object(lv, path + ".location", allowed: ["lat", "lon"]) {
                if let lat = lo["lat"]?.doubleValue, let lon = lo["lon"]?.doubleValue {
                    do { location = try Location(lat: lat, lon: lon) } catch { batch.issues.append(ImportIssue(origin: origin, error)) }
                } else {
                    issue(path + ".location", "expected numbers \"lat\" and \"lon\" within range", field: "location")
                }
            }
            let countries = strings(o, "countries", path)
            let regions = strings(o, "regions", path)
            let programs = strings(o, "programs", path)
            if let names {
                do {
                    let p = try Project(id: id, kind: string(o, "kind", path) ?? "", names: names, countries: countries,
                                        regions: regions, location: location, programs: programs)
                    batch.projects.append((p, origin))
                } catch { batch.issues.append(ImportIssue(origin: origin, error)) }
            }
            for (n, pv) in array(o, "plans", path).enumerated() {
                let pp = path + ".plans[\(n)]"
                guard let po = object(pv, pp, allowed: ["id", "milestone", "target", "announced", "source", "recorded", "editor"]) else { continue }
                do {
                    let plan = try Plan(id: string(po, "id", pp), project: id, milestone: string(po, "milestone", pp) ?? "",
                                        target: string(po, "target", pp) ?? "", announced: string(po, "announced", pp),
                                        source: string(po, "source", pp), recorded: string(po, "recorded", pp),
                                        editor: string(po, "editor", pp))
                    batch.plans.append((plan, Origin(file: file, location: pp)))
                } catch { batch.issues.append(ImportIssue(origin: Origin(file: file, location: pp), error)) }
            }
            for (n, cv) in array(o, "claims", path).enumerated() {
                let cp = path + ".claims[\(n)]"
                guard let co = object(cv, cp, allowed: ["id", "status", "scope", "section", "asOf", "published", "source", "url",
                                                        "quote", "quoteLang", "translation", "note", "via", "supersedes",
                                                        "recorded", "editor"]) else { continue }
                do {
                    let claim = try Claim(id: string(co, "id", cp), project: id, status: string(co, "status", cp) ?? "",
                                          scope: string(co, "scope", cp), asOf: string(co, "asOf", cp) ?? "",
                                          published: string(co, "published", cp), source: string(co, "source", cp) ?? "",
                                          url: string(co, "url", cp), quote: string(co, "quote", cp),
                                          recorded: string(co, "recorded", cp), editor: string(co, "editor", cp),
                                          supersedes: string(co, "supersedes", cp), section: string(co, "section", cp),
                                          quoteLang: string(co, "quoteLang", cp), translation: string(co, "translation", cp),
                                          note: string(co, "note", cp), via: string(co, "via", cp))
                    batch.claims.append((claim, Origin(file: file, location: cp)))
                } catch { batch.issues.append(ImportIssue(origin: Origin(file: file, location: cp), error)) }
            }
        }
    }
}

/// Finds the first invalid UTF-8 sequence in bytes.
public enum UTF8Check {
    /// The byte offset and line of the first invalid sequence, or nil when the bytes are valid UTF-8.
    public static func firstInvalid(_ bytes: [UInt8]) -> (offset: Int, line: Int)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var i = 0, line = 1
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let len: Int
            if b < 0x80 { len = 1 } else if b >= 0xC2 && b <= 0xDF { len = 2 } else if b >= 0xE0 && b <= 0xEF { len = 3 }
            else if b >= 0xF0 && b <= 0xF4 { len = 4 } else { return (i, line) }
            guard i + len <= n, String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil else { return (i, line) }
            if b == 10 { line += 1 }
            i += len
        }
        return (max(0, n - 1), line)
    }
}
