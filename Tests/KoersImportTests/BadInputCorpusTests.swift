import Foundation
import KoersCore
import Testing
@testable import KoersImport

/// Issue 8's bad-input corpus for data files, beside RobustnessTests (empty, garbage, UTF-16,
/// a 100 MB line, an unclosed quote): each input is refused with an error that names a place
/// (the file, and its row and field where there is one), and none crashes or hangs; read from
/// a file a few bytes at a time, each is refused the same way. The large inputs are made here,
/// never committed.
@Suite("Bad input corpus")
struct BadInputCorpusTests {
    private func refusal(_ bytes: [UInt8], name: String = "kapot.csv", _ options: [(String, String)] = [("metric", "m")]) -> ImportFailure? {
        refusalBothWays(bytes, declaration(name, options))
    }

    @Test func aMillionColumns() throws {
        let header = (0..<1_000_000).map { "k\($0)" }.joined(separator: ";")
        let refused = try #require(refusal(Array((header + "\n1;2\n").utf8)))
        #expect(refused.english.contains("kapot.csv"))
        #expect(refused.english.contains("more than 65536 fields"))
    }

    @Test func nulBytesInTheMiddleOfAFigure() throws {
        let refused = try #require(refusal(Array("jaar;waarde\n2020;4".utf8) + [0] + Array("2\n".utf8)))
        #expect(refused.english.contains("kapot.csv"))
        #expect(refused.english.contains("not a text file"))
    }

    @Test func invalidUTF8WhenUTF8IsDeclaredNamesTheLine() throws {
        let bytes = Array("jaar;waarde\n2020;1\n2021;".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let refused = try #require(refusal(bytes, [("metric", "m"), ("encoding", "utf-8")]))
        #expect(refused.english.contains("kapot.csv"))
        #expect(refused.english.contains("kapot.csv:3:"))
    }

    @Test func aFileCutOffInsideAMultibyteCharacter() throws {
        let whole = Array("gemeente;jaar;waarde\nSúdwest-Fryslân;2020;7,2\n".utf8)
        let cut = Array(whole.prefix(whole.count - 12)) + [0xC3]
        let refused = try #require(refusal(cut, [("metric", "m"), ("encoding", "utf-8")]))
        #expect(refused.english.contains("kapot.csv"))
    }

    @Test func everyTruncationOfAGoodFileIsAnsweredWithAPlace() {
        let whole = Array("\u{FEFF}gemeente;indicator;periode;waarde\r\n\"Nuenen, Gerwen en Nederwetten\";m001;2021-Q3;49.525\r\nAlmelo;m001;2022-05;7,2\r\n".utf8)
        for length in 0..<whole.count {
            var store = ObservationStore()
            do throws(ImportFailure) {
                _ = try Importer.importData(Array(whole.prefix(length)), declaration: declaration("kapot.csv", [("layout", "long")]), into: &store)
            } catch {
                #expect(!error.errors.isEmpty)
                #expect(error.english.contains("kapot.csv"), "cut at \(length): \(error.english)")
            }
        }
    }

    /// Found by Fuzz/XLSXFuzzer: ZIPFoundation's in-memory archive trapped when the zip's
    /// directory pointed past the end of a cut-off workbook.
    @Test func everyTruncationOfAWorkbookIsRefusedWithoutACrash() throws {
        let workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixturePath("xlsx/almelo.xlsx"))))
        for length in stride(from: 0, to: workbook.count, by: max(1, workbook.count / 300)) {
            let refused = refusal(Array(workbook.prefix(length)), name: "kapot.xlsx")
            #expect(refused?.english.contains("kapot.xlsx") ?? true, "cut at \(length)")
        }
    }

    @Test func aWorkbookWhoseDirectoryPointsPastItsEnd() throws {
        var workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixturePath("xlsx/almelo.xlsx"))))
        // The end-of-central-directory record: its offset field (bytes 16–19) made huge.
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        let end = try #require((0...(workbook.count - 4)).last { Array(workbook[$0..<$0 + 4]) == signature })
        for index in end + 16..<end + 20 { workbook[index] = 0xFF }
        let refused = try #require(refusal(workbook, name: "kapot.xlsx"))
        #expect(refused.english.contains("kapot.xlsx"))
    }

    /// Found by Fuzz/XLSXFuzzer: a local header whose name length points past the end of the
    /// file sent ZIPFoundation's inflate loop into endless empty reads at the end of the file.
    @Test func aWorkbookWhoseEntryPointsPastItsEnd() throws {
        var workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixturePath("xlsx/almelo.xlsx"))))
        let localHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let last = try #require((0...(workbook.count - 4)).last { Array(workbook[$0..<$0 + 4]) == localHeader })
        workbook[last + 26] = 0xFF
        workbook[last + 27] = 0xFF
        let refused = try #require(refusal(workbook, name: "kapot.xlsx"))
        #expect(refused.english.contains("kapot.xlsx"))
        #expect(refused.english.contains("not a valid .xlsx file"))
    }

    @Test func theFuzzersWorkbooksAreStillRead() throws {
        // The layout check must not refuse a good workbook.
        var store = ObservationStore()
        let workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixturePath("xlsx/almelo.xlsx"))))
        #expect(ZipDirectory(workbook)?.entries["xl/workbook.xml"] != nil)
        _ = try Importer.importData(workbook, declaration: declaration("goed.xlsx", [("metric", "m")]), into: &store)
        #expect(!store.series.isEmpty)
    }

    /// Found by Fuzz/XLSXFuzzer (the committed crash inputs): a deflate stream that never ends
    /// within the file, and a local header pointing past the end. ZIPFoundation's inflate loop
    /// read on at the end of the file forever on both; they are refused as damaged parts now.
    @Test(arguments: ["fuzz-endless-inflate.xlsx", "fuzz-header-past-end.xlsx"])
    func workbooksTheFuzzerHungOn(name: String) throws {
        let workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixturePath("xlsx/" + name))))
        let refused = try #require(refusal(workbook, name: name))
        #expect(refused.english.contains(name))
    }
}
