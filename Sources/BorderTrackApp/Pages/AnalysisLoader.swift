import BorderTrackCore
import BorderTrackStore
import Foundation

/// Loads a store's content and analyses it as of a date.
package enum AnalysisLoader {
    /// Today's date in UTC.
    package static func today() -> Day {
        Timestamp(seconds: Int(Date().timeIntervalSince1970)).day
    }

    /// Parses an `--as-of` value: the last day a partial date covers (`2021` means "by the end of 2021").
    package static func parseAsOf(_ text: String?) throws -> Day? {
        guard let text else { return nil }
        do { return try PartialDate(parsing: text).end } catch {
            throw CLIError.usage("--as-of \"\(TextEscaper.escapeForMessage(text))\": \(error.expectation)")
        }
    }

    package static func load(_ store: any TrackerStore, asOf: Day?, staleMonths: Int = 24) throws -> Analysis {
        Analysis(dataset: try store.dataset(), flags: try store.flagEvents(), today: today(), asOf: asOf,
                 options: .init(staleMonths: staleMonths))
    }
}
