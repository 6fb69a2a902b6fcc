import ArgumentParser
import BorderTrackApp

/// `--format text|json` for listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
