import Foundation
import KoersCore
import KoersImport
@testable import KoersWorkspace
import Testing

/// A large data file declared in a goal file is read while the rest of the goal file is still
/// being read; what the workspace ends up with must be exactly what reading it afterwards gives.
@Suite struct EarlyImportTests {
    private let directory = NSTemporaryDirectory() + "koers-early-\(UUID().uuidString)/"

    /// A long CSV of well over a megabyte (early reading starts at one), with a bad figure on `badRow`.
    private func writeFiles(goalFile: String, badRow: Int? = nil) throws -> (goals: String, data: String) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var csv = "\u{FEFF}gemeente;periode;waarde\r\n"
        for row in 2...40_000 {
            let value = row == badRow ? "veel" : "\(row),5"
            csv += "\"Gemeente \(row % 400), \"\"oost\"\"\";\(2000 + row / 400);\(value)\r\n"
        }
        let data = directory + "cijfers.csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: data))
        let goals = directory + "doelen.koers"
        try Data(goalFile.utf8).write(to: URL(fileURLWithPath: goals))
        return (goals, data)
    }

    private let goalFile = """
        data "cijfers.csv"
            metric m

        goal g
            title "Meer dan 100 in gemeente 7"
            metric m{gemeente="Gemeente 7, \\"oost\\""}
            baseline 2010
            target >= 100 by 2099

        """

    @Test func aLargeDataFileReadEarlyGivesWhatReadingItAfterwardsGives() throws {
        let (goals, data) = try writeFiles(goalFile: goalFile)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try FileManager.default.attributesOfItem(atPath: data)[.size] as? Int ?? 0 > 1 << 20)
        var workspace = Workspace()
        let outcome = try workspace.load([goals], today: nil)
        #expect(outcome.failedImports.isEmpty)
        #expect(outcome.rejectedFiles.isEmpty)

        var store = ObservationStore()
        let declaration = try #require(workspace.model.dataDeclarations.first)
        let direct = try Importer.importFile(at: data, declaration: declaration, into: &store, metrics: workspace.model.metrics)
        #expect(workspace.model.store.series == store.series)
        #expect(workspace.model.store.series.count == 400)
        let report = try #require(workspace.imports.first)
        #expect(report.rowsRead == direct.rowsRead)
        #expect(report.figures == direct.figures)
        #expect(report.series == direct.series)
        #expect(report.mapping == direct.mapping)
        #expect(report.warnings == direct.warnings)
        #expect(report.source.contentHash == direct.source.contentHash)
        #expect(report.source.importedAt != nil)
    }

    @Test func anErrorInAnEarlyReadFileReadsAsBefore() throws {
        let (goals, data) = try writeFiles(goalFile: goalFile, badRow: 31_234)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var workspace = Workspace()
        let outcome = try workspace.load([goals], today: nil)
        var store = ObservationStore()
        let declaration = try #require(workspace.model.dataDeclarations.first)
        let failure = try #require(outcome.failedImports.first)
        #expect(throws: failure) {
            try Importer.importFile(at: data, declaration: declaration, into: &store)
        }
        #expect(outcome.failedImports.first?.errors.first?.location == SourceLocation(file: "cijfers.csv", line: 31_234, column: 3))
        #expect(workspace.model.store.series.isEmpty)
    }

    @Test func aGoalFileWithErrorsImportsNothingEvenIfItsDataWasReadEarly() throws {
        let (goals, _) = try writeFiles(goalFile: goalFile + "goal kapot\n    target >=\n")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var workspace = Workspace()
        let outcome = try workspace.load([goals], today: nil)
        #expect(outcome.rejectedFiles == [goals])
        #expect(outcome.failedImports.isEmpty)
        #expect(workspace.imports.isEmpty)
        #expect(workspace.model.store.series.isEmpty)
    }

    @Test func onlyALargePlainFileIsReadEarlyAndOnlyForItsOwnDeclaration() throws {
        let (goals, data) = try writeFiles(goalFile: goalFile)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let declaration = DataDeclaration(path: "cijfers.csv", options: [.init(key: "metric", value: "m")],
                                          location: SourceLocation(file: goals, line: 1, column: 6))
        #expect(EarlyImport.start(declaration, path: goals) == nil)
        #expect(EarlyImport.start(declaration, path: directory) == nil)
        #expect(EarlyImport.start(declaration, path: directory + "nergens.csv") == nil)
        let early = try #require(EarlyImport.start(declaration, path: data))
        #expect(early.serves(declaration, at: data))
        #expect(!early.serves(declaration, at: goals))
        var otherOption = declaration
        otherOption.options = [.init(key: "metric", value: "n")]
        #expect(!early.serves(otherOption, at: data))
        var otherPlace = declaration
        otherPlace.location = SourceLocation(file: goals, line: 9, column: 6)
        #expect(!early.serves(otherPlace, at: data))
        var store = ObservationStore()
        #expect(Importer.finish(try early.take(), into: &store).figures == 39_999)
    }

    /// A data path is read relative to the goal file that declares it.
    @Test func aDataPathIsResolvedBesideItsGoalFile() {
        #expect(Workspace.resolve("cijfers.csv", relativeTo: "goals/almelo/doelen.koers") == "goals/almelo/cijfers.csv")
        #expect(Workspace.resolve("data/c.csv", relativeTo: "/srv/doelen/d.koers") == "/srv/doelen/data/c.csv")
        #expect(Workspace.resolve("c.csv", relativeTo: "/d.koers") == "/c.csv")
        #expect(Workspace.resolve("c.csv", relativeTo: "d.koers") == "c.csv")
        #expect(Workspace.resolve("/abs/c.csv", relativeTo: "goals/d.koers") == "/abs/c.csv")
        #expect(Workspace.resolve("c.csv", relativeTo: nil) == "c.csv")
        #expect(Workspace.resolve("ë.csv", relativeTo: "dö/d.koers") == "dö/ë.csv")
    }
}
