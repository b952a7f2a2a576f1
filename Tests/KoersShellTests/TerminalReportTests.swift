import Foundation
import KoersCore
@testable import KoersShell
import Testing

@Suite("report on a terminal")
struct TerminalReportTests {
    @Test("The default report file is dated, in the session's language, and never an existing file")
    func datedNameNeverOverwrites() throws {
        let directory = FileManager.default.temporaryDirectory.path + "/koers-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (session, _, _) = try sampleSession("tutorial", language: .nl)
        let first = session.unusedReportName(in: directory)
        #expect(first == directory + "/koers-rapport-2026-12-07.html")
        _ = FileManager.default.createFile(atPath: first, contents: Data("earlier".utf8))
        #expect(session.unusedReportName(in: directory) == directory + "/koers-rapport-2026-12-07-2.html")
        session.language = .en
        #expect(session.unusedReportName(in: directory) == directory + "/koers-report-2026-12-07.html")
    }

    @Test("In a pipe the HTML still goes to standard output")
    func pipeGetsHTML() throws {
        let (session, output, _) = try sampleSession("tutorial")
        try session.run(["report"])
        #expect(output.text.hasPrefix("<!DOCTYPE html") || output.text.contains("<html"))
    }
}
