import BorderTrackCore
import Foundation

/// The wall clock every engine stamps writes with (tests pass their own).
public enum StoreClock {
    /// Now, in whole seconds since 1970 (UTC).
    public static let system: @Sendable () -> Timestamp = { Timestamp(seconds: Int(Date().timeIntervalSince1970)) }
}
