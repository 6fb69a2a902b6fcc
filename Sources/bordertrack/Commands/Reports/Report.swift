import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack report`: a status report of the tracker (or a selection) as Markdown, HTML, CSV, JSON or GeoJSON.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a status report: summary, then per project the official, local and assessed status (graded), open discrepancies, deadline history and cited claims.",
            discussion: """
            Formats: markdown (default), html (one self-contained printable file with SVG timelines), csv (one row per \
            claim, formulas defused for spreadsheets), json (bordertrack-report/1, see Docs/report-json-schema.md), \
            geojson (projects with a location as points). Without --format, -o FILE's extension chooses \
            (.md, .html, .csv, .json, .geojson). The file is written to a temporary name and renamed. \
            The generation time is now (UTC), or $SOURCE_DATE_EPOCH when set.
            """)

        typealias Format = ReportFormat

        @OptionGroup var global: GlobalOptions
        @Option(help: "markdown, html, csv, json or geojson.") var format: Format?
        @Option(name: .customLong("as-of"), help: "Only claims published by DATE; statuses in force on DATE.") var asOf: String?
        @Option(help: "Only this project (repeatable).") var project: [String] = []
        @Option(help: ArgumentHelp("Only projects of this kind (\(ProjectKind.allowed)).", valueName: "kind")) var kind: String?
        @Option(help: ArgumentHelp("Only projects whose countries include this ISO code, e.g. CN.", valueName: "code")) var country: String?
        @Flag(help: "Only projects with open (or acknowledged) discrepancies.") var discrepanciesOnly = false
        @Option(name: .shortAndLong, help: ArgumentHelp("Output file; default standard output.", valueName: "path")) var output: String?

        mutating func run() throws {
            try CLI.guarded {
                let chosen = try resolvedFormat()
                let lang = try global.catalogue()
                var k: ProjectKind? = nil
                if let kind {
                    guard let v = ProjectKind(rawValue: kind) else {
                        throw CLIError.usage("--kind \"\(TextEscaper.escapeForMessage(kind))\": expected one of \(ProjectKind.allowed)")
                    }
                    k = v
                }
                if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
                    throw CLIError.usage("--country \"\(TextEscaper.escapeForMessage(country))\": expected a two-letter ISO 3166-1 code such as RU or CN")
                }
                let day = try AnalysisLoader.parseAsOf(asOf)
                let store = try global.openStore(create: false)
                let analysis = try AnalysisLoader.load(store, asOf: day)
                for p in project where !analysis.projects.contains(where: { $0.id == p }) {
                    throw CLIError.badData("--project \"\(TextEscaper.escapeForMessage(p))\": no such project; see `bordertrack project list`")
                }
                let selection = StatusReport.Selection(projects: project, kind: k, country: country, discrepanciesOnly: discrepanciesOnly)
                let report = StatusReport.make(analysis: analysis, selection: selection, generatedAt: ReportStamp.now(),
                                               database: ReportFormat.label(try global.databasePath()),
                                               overrides: try AnalysisLoader.gradeOverrides(store, asOf: analysis.knownBy))
                let toTerminal = OutputTarget.showsOnTerminal(output)
                if chosen == .json, !toTerminal {
                    // Written as it is produced (a large tracker's JSON report is gigabytes), same bytes.
                    try StreamedOutput.write(to: output, database: store.location) { sink in try ReportJSON.write(report, to: sink) }
                    return
                }
                var text = chosen.render(report, lang: lang)
                if toTerminal { text = ReportFormat.terminalSafe(text) }
                try CLI.output(text, to: output, database: store.location)
            }
        }

        /// `--format`, else the output file's extension, else Markdown.
        func resolvedFormat() throws -> Format {
            if let format { return format }
            guard let output, output != "-" else { return .markdown }
            guard let format = ReportFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) else {
                throw CLIError.usage("cannot tell the format from \"\(TextEscaper.escapeForMessage(output))\"; add --format markdown, html, csv, json or geojson")
            }
            return format
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
