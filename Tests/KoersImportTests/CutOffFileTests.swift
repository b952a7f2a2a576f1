import Foundation
import KoersCore
import Testing
@testable import KoersImport

/// A file cut off in the middle of its last line (an interrupted download) reads as a table
/// whose last figure lost its end (`22` of `2250`): that figure is flagged, with its place,
/// however the file is read.
@Suite("A file that may have been cut off")
struct CutOffFileTests {
    private func warningPlaces(_ text: String) throws -> [KoersCore.SourceLocation?] {
        let (report, _) = try importText(text, name: "t.csv", [("metric", "m")])
        return report.warnings.filter { $0.message.en.hasPrefix("the last line has no line break") }.map(\.location)
    }

    @Test func aLastDataRowWithoutALineBreakIsFlaggedAtItsLine() throws {
        #expect(try warningPlaces("gemeente;jaar;waarde\r\nAlmelo;2020;12\r\nAlmelo;2021;22") == [KoersCore.SourceLocation(file: "t.csv", line: 3, column: 1)])
        #expect(try warningPlaces("gemeente;jaar;waarde\n\"Almelo\";2020;12\n\"Den \"\"Haag\"\"\";2021;\"2,5\"") == [KoersCore.SourceLocation(file: "t.csv", line: 3, column: 1)])
    }

    @Test func aFileThatEndsItsLastLineIsNotFlagged() throws {
        #expect(try warningPlaces("gemeente;jaar;waarde\r\nAlmelo;2020;12\r\n").isEmpty)
        #expect(try warningPlaces("gemeente;jaar;waarde\nAlmelo;2020;12\n").isEmpty)
        #expect(try warningPlaces("gemeente;jaar;waarde\nAlmelo;2020;12\r").isEmpty)
        // A footer line (one field) ends the file: no figure can have been cut.
        #expect(try warningPlaces("gemeente;jaar;waarde\nAlmelo;2020;12\nBron: CBS").isEmpty)
    }

    @Test func theWarningIsTheSameWholeInHalvesAndThroughAWindow() throws {
        var text = "gemeente;jaar;waarde\r\n"
        for row in 0..<400 { text += "Gemeente \(row % 7);\(2000 + row / 7);\(row),5\r\n" }
        text += "Gemeente 0;2099;2250"
        let bytes = Array(text.utf8)
        let whole = try TableOutcome(ByteBuffer(copying: bytes), split: false, [("metric", "m")])
        guard case let .staged(_, _, _, _, _, warnings) = whole else {
            Issue.record("the table did not read: \(whole)")
            return
        }
        #expect(warnings.map(\.location) == [KoersCore.SourceLocation(file: "t.csv", line: 402, column: 1)])
        #expect(try TableOutcome(ByteBuffer(copying: bytes), split: true, [("metric", "m")]) == whole)
        for window in [1, 7, 64] {
            let path = try temporaryFile(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let file = try #require(ByteSource.open(atPath: path, chunkBytes: window))
            #expect(try TableOutcome(file, split: false, [("metric", "m")]) == whole)
            #expect(try TableOutcome(file, split: true, [("metric", "m")]) == whole)
        }
    }
}
