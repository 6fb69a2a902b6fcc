import BorderTrackCore

/// A status report's projects as a GeoJSON FeatureCollection (RFC 7946) of Point features.
///
/// Only projects with a location appear; coordinates are `[lon, lat]` in WGS 84. Properties are
/// flat so map tools can style by them: `id`, `name` (English), `names`, `kind`, `officialStatus`,
/// `officialScope`, `localStatus`, `localScope`, `openDiscrepancies`, `worstSeverity`, `assessedStatus`, `assessedScope`,
/// `assessedSince`, `assessedGrade` (the assessment, as `bordertrack assess`; null without one). A foreign
/// member `report` carries the format tag, as-of date, generation time and database.
public enum ReportGeoJSON {
    /// The pretty-printed FeatureCollection, ending with a newline.
    public static func render(_ r: StatusReport) -> String {
        func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
        let features: [JSONValue] = r.sections.compactMap { s in
            guard let l = s.project.location else { return nil }
            let p = s.project
            return .object([
                ("type", .string("Feature")),
                ("id", .string(p.id)),
                ("geometry", .object([("type", .string("Point")), ("coordinates", .array([.double(l.lon), .double(l.lat)]))])),
                ("properties", .object([
                    ("id", .string(p.id)),
                    ("name", .string(p.names.en)),
                    ("names", .object([("en", .string(p.names.en)), ("ru", string(p.names.ru)), ("zh", string(p.names.zh))])),
                    ("kind", .string(p.kind.rawValue)),
                    ("officialStatus", string(s.official?.status.rawValue)),
                    ("officialScope", string(s.official?.scope?.rawValue)),
                    ("localStatus", string(s.local?.status.rawValue)),
                    ("localScope", string(s.local?.scope?.rawValue)),
                    ("openDiscrepancies", .number(String(s.discrepancies.count))),
                    ("worstSeverity", string(s.worstSeverity?.rawValue)),
                    ("assessedStatus", string(s.assessment.status?.rawValue)),
                    ("assessedScope", string(s.assessment.scope?.rawValue)),
                    ("assessedSince", string(s.assessment.since?.description)),
                    ("assessedGrade", string(s.assessment.grade?.description)),
                ])),
            ])
        }
        return JSONWriter.pretty(.object([
            ("type", .string("FeatureCollection")),
            ("report", .object([("format", .string(ReportJSON.format)), ("asOf", string(r.asOf?.description)),
                                ("day", .string(r.day.description)), ("generatedAt", .string(r.generatedAt.description)),
                                ("database", .string(r.database)), ("statement", .string(StatusReport.statement))])),
            ("features", .array(features)),
        ]))
    }
}
