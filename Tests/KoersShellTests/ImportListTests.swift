import Foundation
import KoersCore
import KoersShell
import KoersTestSupport
import Testing

@Suite("imports and forget")
struct ImportListTests {
    private let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("koers-imports")
    }

    private func csv(_ text: String) throws -> String {
        let path = folder.path + "/\(UUID().uuidString).csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("imports lists the session's imports with their options and counts; forget takes one back by number or path", arguments: Language.allCases)
    func listAndForget(language: Language) throws {
        let (session, output, _) = try sampleSession("tutorial", language: language)
        let declared = session.workspace.model.store.series.count
        let first = try csv("jaar;waarde\n2020;1\n2021;2\n")
        let second = try csv("jaar;waarde\n2020;3\n")
        try session.run(["imports"])
        #expect(output.text == (language == .nl ? "Er zijn in deze sessie geen bestanden met 'lees' ingelezen.\n" : "No files were read with 'import' in this session.\n"))
        try session.run(["import", first, "metric", "een"])
        try session.run(["import", second, "metric", "twee"])
        let listed = BufferedOutput()
        let lister = ShellSession(language: language, workspace: session.workspace, output: listed, errors: BufferedOutput(), today: session.currentDate)
        try lister.run(["imports"])
        #expect(listed.text == "1  \(first)  metric een  (\(language == .nl ? "2 cijfers, 1 reeks" : "2 figures, 1 series"))\n"
            + "2  \(second)  metric twee  (\(language == .nl ? "1 cijfer, 1 reeks" : "1 figure, 1 series"))\n")
        try session.run(["forget", "1"])
        #expect(session.workspace.model.observations(SeriesKey(metric: "een")).isEmpty)
        #expect(session.workspace.model.observations(SeriesKey(metric: "twee")).count == 1)
        try session.run(["forget", second])
        #expect(session.workspace.sessionDeclarations.isEmpty)
        // The goal files' own data files stay.
        #expect(session.workspace.model.store.series.count == declared)
    }

    @Test("forget of an unknown import names what can be given", arguments: Language.allCases)
    func unknownImport(language: Language) throws {
        let (session, _, _) = try sampleSession("tutorial", language: language)
        let failure = try #require(throws: CommandFailure.self) { try session.run(["forget", "1"]) }
        #expect(failure.message.text(in: language).contains(language == .nl ? "Geen inlezing '1'" : "No import '1'"))
    }
}
