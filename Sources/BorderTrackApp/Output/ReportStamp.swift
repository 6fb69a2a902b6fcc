import BorderTrackCore
import Foundation

/// When a report says it was generated.
package enum ReportStamp {
    /// The generation time: `$SOURCE_DATE_EPOCH` (for reproducible output) or now, in UTC.
    package static func now() -> Timestamp {
        if let e = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let s = Int(e) { return Timestamp(seconds: s) }
        return Timestamp(seconds: Int(Date().timeIntervalSince1970))
    }
}
