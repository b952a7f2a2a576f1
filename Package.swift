// swift-tools-version: 6.1
import PackageDescription

// The commit scripts/install and scripts/package-deb build from (`--version` shows it); a plain
// `swift build` is not told and says "unknown commit" (docs/install.md). Only the characters of
// `git rev-parse` and a "-modified" suffix are kept, since the value becomes a C string literal.
let buildCommit = String((Context.environment["KOERS_BUILD_COMMIT"] ?? "").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })

let package = Package(
    name: "koers",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "koers", targets: ["koers"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    ],
    targets: [
        // The pure core: periods, numbers, the goal and metric model, evaluation and the
        // vague-goal rules. No I/O, no terminal.
        .target(name: "KoersCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The goal-file language: lexer, parser with source locations, printer.
        .target(name: "KoersGoalFile", dependencies: ["KoersCore"]),
        // Readers for the data files staff have: CSV (Dutch and English notation, CBS StatLine), xlsx.
        .target(name: "KoersImport", dependencies: ["KoersCore", "CZlib"]),
        // zlib, for inflating the parts of an .xlsx workbook (its zip is read by KoersImport itself).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Terminal tables and charts, Markdown, HTML, JSON; goals in goal-file syntax through the printer.
        .target(name: "KoersRender", dependencies: ["KoersCore", "KoersGoalFile"]),
        // libedit, reached through fixed-argument wrappers of its variadic functions.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // What the program knows, apart from how it talks: the loaded goal and data files,
        // the evaluations, editing with undo and redo, saving and recovery, the check's inputs
        // and the council report. A front end (the shell) drives it and words its errors.
        .target(
            name: "KoersWorkspace",
            dependencies: ["KoersCore", "KoersGoalFile", "KoersImport", "KoersRender", "CXLSXWriter"],
            // The vague-goal word lists, one file per language, that staff may extend.
            resources: [.copy("Resources/wordlists")]
        ),
        // libxlsxwriter, which writes the workbooks of `--format xlsx` (KoersWorkspace's WorkbookFile):
        // its header only; the library is opened with dlopen on the first workbook (shim.h).
        .systemLibrary(name: "CXLSXWriter"),
        // The shell: the command table and its commands (Commands/), the terminal (Terminal/:
        // line readers, completion, history, signals, output).
        .target(
            name: "KoersShell",
            dependencies: ["KoersCore", "KoersGoalFile", "KoersImport", "KoersRender", "KoersWorkspace", "CLibEdit"]
        ),
        // The commit the binary was built from, as a C string set by a define.
        .target(name: "CBuildInfo", cSettings: buildCommit.isEmpty ? [] : [.define("KOERS_BUILD_COMMIT", to: "\"\(buildCommit)\"")]),
        // The executable: reads its own command line (CommandLineParser.swift) and starts the shell;
        // writes its man page and completion scripts (`--generate`).
        .executableTarget(name: "koers", dependencies: ["KoersCore", "KoersRender", "KoersWorkspace", "KoersShell", "CBuildInfo"]),

        // Writes the benchmark data and measures what a test cannot time (docs/performance.md),
        // through the workspace: no shell, no libedit.
        .executableTarget(
            name: "koers-bench",
            dependencies: ["KoersCore", "KoersGoalFile", "KoersRender", "KoersWorkspace"]
        ),

        // What the test targets share: a seeded random number generator, the repository's files.
        .target(name: "KoersTestSupport", dependencies: ["KoersCore"], path: "Tests/KoersTestSupport"),

        .testTarget(
            name: "KoersCoreTests",
            dependencies: ["KoersCore", "KoersTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            // The labelled corpus of real goal sentences that `draft` is measured on.
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KoersGoalFileTests",
            dependencies: ["KoersGoalFile", "KoersTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "KoersImportTests",
            dependencies: ["KoersImport", "KoersTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KoersRenderTests",
            dependencies: [
                "KoersRender", "KoersTestSupport", .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "KoersWorkspaceTests",
            dependencies: ["KoersWorkspace", "KoersCore", "KoersGoalFile", "KoersImport", "KoersRender"]
        ),
        .testTarget(
            name: "KoersShellTests",
            dependencies: [
                "KoersShell", "KoersWorkspace", "KoersTestSupport", "KoersCore", "KoersGoalFile", "KoersImport", "KoersRender", "CLibEdit",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        // The command lines of koers and koers-bench: parsing, errors, help.
        .testTarget(
            name: "KoersCommandLineTests",
            dependencies: [
                "koers", "koers-bench", "KoersCore", "KoersRender",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        // Drives the built `koers` binary through pipes and a pseudo-terminal.
        .testTarget(name: "KoersEndToEndTests", dependencies: ["koers", "KoersTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
