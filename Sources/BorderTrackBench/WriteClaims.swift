import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BenchCommands {
    /// `bordertrack write-claims`: a writer for crash and concurrency harnesses (hidden from help).
    package struct WriteClaims: ParsableCommand {
        package init() {}

        package static let configuration = CommandConfiguration(
            commandName: "write-claims",
            abstract: "Add COUNT claims, one transaction each, printing each id once committed (test harness).",
            shouldDisplay: false)

        @OptionGroup package var global: GlobalOptions
        @Option(help: "Project id.") package var project: String
        @Option(help: "Source id.") package var source: String
        @Option(help: "How many claims.") package var count: Int = 100
        @Option(help: "Claim id prefix.") package var prefix: String = "w"

        package mutating func run() throws {
            try CLI.guarded {
                guard (0...10_000_000).contains(count) else { throw CLIError.usage("--count \(count): expected 0…10,000,000") }
                let store = try global.openStore(create: false)
                let editor = global.editorName()
                let statuses: [Status] = [.proposed, .agreed, .construction, .completed]
                for i in 0..<count {
                    let claim = try Claim(id: "\(prefix)-\(i)", project: project, status: statuses[i % statuses.count],
                                          asOf: try PartialDate(year: 2000 + i % 25, month: 1 + i % 12), source: source,
                                          quote: "harness claim \(i) — 黑河 Благовещенск")
                    try store.addClaim(claim, editor: editor)
                    try StandardOutput.write("\(claim.id)\n")
                }
            }
        }
    }
}
