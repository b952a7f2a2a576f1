import Foundation
import KoersCore
import PropertyBased
import Testing
@testable import KoersImport

/// No input may crash the importer: every one either imports or is refused with a message,
/// the same from memory and from a file read a few bytes at a time.
@Suite("Robustness")
struct RobustnessTests {
    private func attempt(_ bytes: [UInt8], name: String = "x.csv", _ options: [(String, String)] = [("metric", "m")]) -> ImportFailure? {
        refusalBothWays(bytes, declaration(name, options))
    }

    @Test func emptyFile() throws {
        let refused = try #require(attempt([]))
        #expect(refused.english.contains("x.csv is empty"))
    }

    @Test func onlyBlankLines() throws {
        let refused = try #require(attempt(Array("\n\r\n  \n".utf8)))
        #expect(refused.english.contains("is empty"))
    }

    @Test func headerOnly() throws {
        let refused = try #require(attempt(Array("jaar;waarde\n".utf8)))
        #expect(refused.english.contains("has a header but no rows of figures"))
    }

    @Test func binaryGarbage() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0]
        let refused = try #require(attempt(bytes))
        #expect(refused.english.contains("not a text file"))
    }

    @Test func utf16IsRefused() throws {
        let refused = try #require(attempt([0xFF, 0xFE, 0x6A, 0x00]))
        #expect(refused.english.contains("UTF-16"))
    }

    @Test func invalidUTF8WithoutDeclarationIsReadAsWindows1252() throws {
        var store = ObservationStore()
        let bytes = Array("jaar;waarde\n2020;".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let refused = try #require(failure { _ = try Importer.importData(bytes, declaration: declaration("x.csv", [("metric", "m")]), into: &store) })
        #expect(refused.english.contains("\"Ã(\" in column \"waarde\" is not a number"))
    }

    @Test func aHundredMegabyteSingleLine() throws {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        let refused = try #require(attempt(line))
        #expect(!refused.errors.isEmpty)
        let separators = [UInt8](repeating: UInt8(ascii: ";"), count: 100 << 20)
        let tooWide = try #require(attempt(separators))
        #expect(tooWide.english.contains("more than 65536 fields"))
    }

    @Test func anUnclosedQuoteSpanningTheFile() throws {
        let refused = try #require(attempt(Array("jaar;waarde\n2020;\"1;2\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)))
        #expect(refused.english.contains("never closed"))
    }

    /// Found by `randomBytesNeverCrash`: a pivot-like first row followed by a wider row.
    @Test func pivotRowsFollowedByAWiderRow() throws {
        let refused = try #require(attempt(Array(";x\na;b;c\n1;2\n".utf8)))
        #expect(!refused.errors.isEmpty)
    }

    @Test func randomBytesNeverCrash() async {
        await propertyCheck(count: 300, input: Gen.uint8(in: 0...255).array(of: 0...300)) { bytes in
            expectSameBothWays(bytes)
        }
    }

    @Test func randomCSVLikeTextNeverCrashes() async {
        let alphabet = Array("0123456789;,.\"\r\n *-%abJMKWH\t")
        await propertyCheck(count: 400, input: Gen.element(of: alphabet).array(of: 0...200)) { characters in
            expectSameBothWays(Array(("jaar;waarde\n" + String(characters.compactMap { $0 })).utf8))
        }
    }

    /// Imported or refused with messages, and the same from memory and from a file read 16 to
    /// 40 bytes at a time.
    private func expectSameBothWays(_ bytes: [UInt8]) {
        do {
            let both = try ImportOutcome.bothWays(bytes, declaration("x.csv", [("metric", "m")]), chunkBytes: 16 + bytes.count % 25)
            #expect(both.file == both.memory)
            if case let .failed(failure) = both.memory { #expect(!failure.errors.isEmpty) }
        } catch {
            Issue.record("\(error)")
        }
    }
}
