import Foundation
import KoersCore
import KoersShell
import KoersTestSupport
import Testing

/// A Dutch session speaks Dutch throughout: the options it takes, the files it writes, the
/// verdict of a check.
@Suite("A Dutch session")
struct DutchSessionTests {
    private func session(_ copy: AlmeloCopy) throws -> (ShellSession, BufferedOutput) {
        let errors = BufferedOutput()
        let session = ShellSession(language: .nl, output: BufferedOutput(), errors: errors, today: CalendarDate(year: 2026, month: 12, day: 7)!)
        try session.load([copy.path], announce: false)
        return (session, errors)
    }

    @Test("A goal file created in a Dutch session is written with Dutch keywords")
    func newFileInDutch() throws {
        let copy = try AlmeloCopy()
        let (session, _) = try session(copy)
        try session.run(["voegtoe", "doel", "minder-wachten", "Binnen 5 werkdagen antwoord", "--bestand", copy.file("nieuw.koers")])
        try session.run(["zet", "minder-wachten", "streefwaarde", ">=", "90%", "uiterlijk", "2026"])
        let new = try #require(session.unsavedChanges.first { $0.path.hasSuffix("nieuw.koers") })
        #expect(new.disk == nil)
        #expect(new.current == "doel minder-wachten\n    titel \"Binnen 5 werkdagen antwoord\"\n    streefwaarde >= 90% uiterlijk 2026\n")
    }

    @Test("--indicator is the Dutch of --metric")
    func indicatorOption() throws {
        let copy = try AlmeloCopy()
        let (session, _) = try session(copy)
        let metric = try #require(session.workspace.model.metrics.first?.id)
        try session.run(["zet", metric, "titel", "Nieuwe", "titel", "--indicator"])
        #expect(session.unsavedChanges.count == 1)
    }

    @Test("A check that finds goals that cannot be judged ends with its verdict, not an error, and exit code 1")
    func checkVerdict() throws {
        let copy = try AlmeloCopy()
        let (session, errors) = try session(copy)
        do {
            try session.run(["controleer"])
            Issue.record("the Almelo goals have findings")
        } catch {
            #expect(error.exitCode == ExitCode.commandFailed)
            #expect(error.isVerdict)
            InteractiveLoop.report(error, session: session, place: nil)
        }
        let last = try #require(errors.text.split(separator: "\n").last)
        #expect(last == "Oordeel: doelen die niet te beoordelen zijn (zie hierboven).")
    }
}
