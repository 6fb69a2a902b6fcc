// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "BorderTrack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bordertrack", targets: ["bordertrack"]),
        .executable(name: "bordertrack-bench", targets: ["bordertrack-bench"]),
        .library(name: "BorderTrackCore", targets: ["BorderTrackCore"]),
    ],
    traits: [
        // The PostgreSQL engine (team server). On by default; `swift build --disable-default-traits`
        // builds the embedded SQLite-only tool without compiling postgres-nio and SwiftNIO.
        .trait(name: "Postgres", description: "PostgreSQL store engine through postgres-nio"),
        .default(enabledTraits: ["Postgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ncursesw, wide-character build, wrapped for Swift.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Pure domain: model, dates, timelines, discrepancies, reports as values, queue order, text width. No I/O.
        .target(name: "BorderTrackCore"),
        // Bytes in, values out (and back): JSON/CSV datasets and rendered reports (`ReportFormat`). No I/O.
        .target(
            name: "BorderTrackFormats",
            dependencies: ["BorderTrackCore", .product(name: "CSV", package: "CSV.swift")]
        ),
        // Deterministic synthetic trackers for the generator, the benchmark and tests.
        .target(name: "BorderTrackSynthetic", dependencies: ["BorderTrackCore", "BorderTrackFormats"]),
        // The store contract: `TrackerStore`, capability protocols, the engine-neutral rules and audit encoding.
        // No engine: neither GRDB nor postgres-nio.
        .target(
            name: "BorderTrackStore",
            dependencies: [
                "BorderTrackCore", "BorderTrackFormats",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The SQLite engine through GRDB (Schema/, Writes/, Import/, Derived/).
        .target(
            name: "BorderTrackSQLite",
            dependencies: [
                "BorderTrackCore", "BorderTrackFormats", "BorderTrackStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API itself, for binding a million rows without building arguments per row.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The PostgreSQL engine behind the same store contract (issue 9); the contract only, no GRDB.
        .target(
            name: "BorderTrackPostgres",
            dependencies: [
                "BorderTrackCore", "BorderTrackFormats", "BorderTrackStore",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["Postgres"])),
            ],
            // The roles script is shipped beside the sources for DBAs; `PostgresRoles` holds the same text.
            exclude: ["roles.sql"]
        ),
        // Pure terminal UI: state -> grid of cells, keys as values. No terminal access.
        .target(name: "BorderTrackTUI", dependencies: ["BorderTrackCore"]),
        // The thin ncurses driver that blits the cell grid and decodes input.
        .target(name: "BorderTrackTerminal", dependencies: ["BorderTrackTUI", "CNcursesw"]),
        // The runtime between the UI and the store: opener, app runner, effects, refresh, pages, importer,
        // history, output. Both engines are wired here and nowhere else above the engines.
        .target(
            name: "BorderTrackApp",
            dependencies: [
                "BorderTrackCore", "BorderTrackFormats", "BorderTrackStore", "BorderTrackSQLite", "BorderTrackPostgres",
                "BorderTrackTUI", "BorderTrackTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The generator, the benchmark and its harness commands (used by `bordertrack-bench` and `bordertrack bench`).
        .target(
            name: "BorderTrackBench",
            dependencies: [
                "BorderTrackCore", "BorderTrackFormats", "BorderTrackStore", "BorderTrackTUI", "BorderTrackApp",
                "BorderTrackSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Commands that parse and delegate.
        .executableTarget(
            name: "bordertrack",
            dependencies: [
                "BorderTrackCore", "BorderTrackFormats", "BorderTrackStore", "BorderTrackApp", "BorderTrackBench",
                "BorderTrackPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run bordertrack-bench`: the benchmark and its harness alone.
        .executableTarget(
            name: "bordertrack-bench",
            dependencies: ["BorderTrackBench", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Test helpers shared by the test targets (temporary folders removed when the test process exits).
        .target(name: "BorderTrackTestSupport", path: "Tests/Support"),
        .testTarget(name: "BorderTrackCoreTests", dependencies: ["BorderTrackCore", "BorderTrackSynthetic"]),
        .testTarget(
            name: "BorderTrackFormatsTests",
            dependencies: ["BorderTrackTestSupport", "BorderTrackFormats", "BorderTrackCore", "BorderTrackSynthetic",
                           .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "BorderTrackStoreTests", dependencies: ["BorderTrackTestSupport", "BorderTrackStore", "BorderTrackSQLite", "BorderTrackPostgres",
                                                                 "BorderTrackFormats", "BorderTrackCore", "BorderTrackSynthetic"]),
        .testTarget(name: "BorderTrackTUITests", dependencies: ["BorderTrackTestSupport", "BorderTrackTUI", "BorderTrackStore", "BorderTrackSQLite", "BorderTrackCore",
                                                               "BorderTrackSynthetic", "BorderTrackFormats"]),
        .testTarget(name: "BorderTrackAppTests", dependencies: ["BorderTrackTestSupport", "BorderTrackApp", "BorderTrackStore", "BorderTrackSQLite", "BorderTrackSynthetic",
                                                               "BorderTrackTUI", "BorderTrackCore",
                                                               "BorderTrackFormats"]),
        .testTarget(name: "BorderTrackTerminalTests", dependencies: ["BorderTrackTestSupport", "BorderTrackTerminal", "BorderTrackCore", "CNcursesw"]),
        .testTarget(name: "CLITests", dependencies: ["BorderTrackTestSupport", "bordertrack", "bordertrack-bench"]),
    ]
)
