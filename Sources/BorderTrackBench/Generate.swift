import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackSynthetic
import Foundation

extension BenchCommands {
    /// `bordertrack generate`: a deterministic synthetic dataset for benchmarks.
    package struct Generate: ParsableCommand {
        package init() {}

        package static let configuration = CommandConfiguration(
            abstract: "Write a deterministic synthetic dataset (sources.csv, projects.csv, claims.csv) for benchmarks.")

        @Option(help: "Number of projects.") package var projects: Int = 1000
        @Option(help: "Claims per project.") package var claimsPerProject: Int = 10
        @Option(help: "Random seed (same seed, same files).") package var seed: UInt64 = 1
        @Option(name: .shortAndLong, help: ArgumentHelp("Output folder.", valueName: "dir")) package var output: String

        package mutating func run() throws {
            try CLI.guarded {
                guard projects >= 1, projects <= 10_000_000, claimsPerProject >= 0, claimsPerProject <= 1000 else {
                    throw CLIError.usage("--projects must be 1…10,000,000 and --claims-per-project 0…1,000")
                }
                try Generator.write(SyntheticData(projects: projects, claimsPerProject: claimsPerProject, seed: seed), to: output)
                print("wrote \(projects) projects and \(projects * claimsPerProject) claims to \(output)")
            }
        }
    }
}

/// Streams synthetic tables to files without holding them in memory.
package enum Generator {
    package static func write(_ data: SyntheticData, to dir: String) throws {
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            throw CLIError.cannotCreate("cannot create folder \(dir): \(error.localizedDescription)")
        }
        try CLI.output(DatasetCSV.write(data.sourceRows), to: dir + "/sources.csv")
        try stream(dir + "/projects.csv") { emit in data.projectRows(emit) }
        try stream(dir + "/claims.csv") { emit in data.claimRows(emit) }
    }

    /// Writes rows in chunks through the same CSV writer as export.
    package static func stream(_ path: String, _ produce: (([String]) -> Void) -> Void) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
            throw CLIError.cannotCreate("cannot create \(path)")
        }
        defer { try? h.close() }
        var chunk: [[String]] = []
        chunk.reserveCapacity(10_000)
        produce { row in
            chunk.append(row)
            if chunk.count == 10_000 { h.write(Data(DatasetCSV.write(chunk).utf8)); chunk.removeAll(keepingCapacity: true) }
        }
        if !chunk.isEmpty { h.write(Data(DatasetCSV.write(chunk).utf8)) }
    }
}
