import Foundation
import KoersCore
import KoersRender
import KoersShell
import KoersTestSupport
import Testing

@Suite("-o FILE and --format xlsx")
struct OutputFileTests {
    private let temporary: TemporaryFolder
    private var folder: String { temporary.path }

    init() throws {
        temporary = try TemporaryFolder("koers-output")
    }

    private func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("every query takes -o: the file gets what the screen would, plain; the screen says where it went",
          arguments: [["status", "--format", "csv"], ["goals"], ["show", "online-aanvragen-plus-10"], ["why", "online-aanvragen-plus-10"],
                      ["trend", "aanvragen_online"], ["diff", "2022"], ["metrics"], ["series", "aanvragen_online"], ["sources"],
                      ["explain", "vague-scope"], ["draft", "In 2026 is 90% digitaal."], ["check", "online-aanvragen-plus-10"]])
    func everyQuery(command: [String]) throws {
        let (session, output, _) = try sampleSession("tutorial")
        try? session.run(command)
        let screen = output.text
        try? session.run(command + ["-o", folder + "/out.txt"])
        #expect(contents("out.txt") == screen)
        #expect(output.text == screen + "Wrote \(folder)/out.txt.\n")
    }

    @Test("goals and trend take --format", arguments: [OutputFormat.csv, .json, .markdown])
    func goalsAndTrendFormats(format: OutputFormat) throws {
        let (session, output, _) = try sampleSession("tutorial")
        try session.run(["goals", "--format", format.rawValue])
        #expect(output.text.contains("online-aanvragen-plus-10"))
        #expect(output.text.contains(format == .json ? "\"owner\"" : format == .csv ? "id,title,owner" : "| id |"))
        let (trend, trendOutput, _) = try sampleSession("tutorial")
        try trend.run(["trend", "online-aanvragen-plus-10", "--format", format.rawValue])
        #expect(trendOutput.text.contains("2022"))
    }

    @Test("trend's figures in every format stop at the peildatum asked for, as its chart does", arguments: ["online-aanvragen-plus-10", "aanvragen_online"])
    func trendStopsAtThePeildatum(name: String) throws {
        for format in ["csv", "json", "table"] {
            let (session, output, _) = try sampleSession("tutorial")
            try session.run(["trend", name, "--asof", "2021", "--format", format])
            #expect(output.text.contains("51"), "\(format): \(output.text)")
            #expect(!output.text.contains("2022") && !output.text.contains("52,100") && !output.text.contains("52100"), "\(format): \(output.text)")
        }
    }

    @Test("a failed command writes nothing, and an existing file is kept")
    func failureWritesNothing() throws {
        let (session, _, _) = try sampleSession("tutorial")
        _ = FileManager.default.createFile(atPath: folder + "/out.txt", contents: Data("oud\n".utf8))
        #expect(throws: CommandFailure.self) { try session.run(["show", "geen-doel", "-o", folder + "/out.txt"]) }
        #expect(contents("out.txt") == "oud\n")
    }

    @Test("-o refusing a goal file or a .koers name speaks of the query's output, not of a report", arguments: Language.allCases)
    func refusalNamesTheOutput(language: Language) throws {
        let (session, _, _) = try sampleSession("tutorial", language: language)
        let goalFile = repositoryRoot + "/goals/tutorial/service.koers"
        let overwrite = try #require(throws: CommandFailure.self) { try session.run(["status", "-o", goalFile]) }
        #expect(overwrite.message.text(in: language).contains(language == .nl ? "de uitvoer zou het vervangen" : "the output would replace it"))
        let named = try #require(throws: CommandFailure.self) { try session.run(["status", "-o", folder + "/stand.koers"]) }
        #expect(named.message.text(in: language).contains(language == .nl ? "zou de uitvoer als doelbestand" : "would read the output as a goal file"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/stand.koers"))
    }

    @Test("--format xlsx needs -o FILE on a terminal, in both languages", arguments: Language.allCases)
    func workbookNeedsFile(language: Language) throws {
        let (session, output, _) = try sampleSession("tutorial", language: language)
        session.outputIsTerminal = true
        let failure = try #require(throws: CommandFailure.self) { try session.run(["status", "--format", "xlsx"]) }
        #expect(failure.message.text(in: language).contains(language == .nl ? "voeg -o BESTAND.xlsx toe" : "add -o FILE.xlsx"))
        #expect(failure.exitCode == ExitCode.usage)
        #expect(output.isEmpty)
    }

    @Test("status, goals, series, metrics, check and report write workbooks",
          arguments: [["status"], ["goals"], ["series", "aanvragen_online"], ["metrics"], ["check"], ["report"]])
    func workbooks(command: [String]) throws {
        let (session, _, _) = try sampleSession("tutorial", language: .nl)
        try? session.run(command + ["--format", "xlsx", "-o", folder + "/uit.xlsx"])
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/uit.xlsx"))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test("In a pipe, --format xlsx without -o writes the workbook to standard output")
    func workbookToPipe() throws {
        let (session, output, _) = try sampleSession("tutorial")
        try session.run(["status", "--format", "xlsx"])
        #expect(output.text.hasPrefix("PK\u{3}\u{4}"))
    }

    @Test("--format xlsx is refused where there is no table to hand on")
    func workbookOnlyWhereTables() throws {
        let (session, _, _) = try sampleSession("tutorial")
        #expect(throws: CommandFailure.self) { try session.run(["show", "online-aanvragen-plus-10", "--format", "xlsx", "-o", folder + "/x.xlsx"]) }
        #expect(contents("x.xlsx") == nil)
    }
}
