import Foundation
import KoersCore
import PropertyBased
import Testing
@testable import KoersImport

/// A CSV file is read through a window a few bytes to a MiB wide, never held whole: whatever
/// the window, the result must be the one reading the text whole in memory gives, down to
/// rows, errors, their places and the content hash. Tiny windows make records, quoted fields,
/// CRLF pairs and UTF-8 characters straddle every boundary.
@Suite("Reading a CSV file through a window")
struct ChunkedReadingTests {
    /// Random tables: quoted fields with separators, doubled quotes and line breaks, stray
    /// quotes, CRLF and LF, missing and bad figures, short rows, footers.
    private static func table(_ choices: [Int]) -> String {
        let names = ["Almelo", "\"Bergen (NH.)\"", "\"Rijs\nwijk\"", "\"Zeg \"\"x\"\"\"", "\"a;b\"", "Ede", "Al\"melo", " Ede ", "\"Súdwest-Fryslân\"", "\"x\"  "]
        let values = ["6,7", "1.234", "12", "", ".", "abc", "1,5", "\"3,5\"", "1.234,5", "2.5", "-99998"]
        let periods = ["2019", "2020", "2021KW03", "2022MM05", "20x", "2019*"]
        var text = "gemeente;indicator;periode;waarde\r\n"
        for choice in choices {
            let ending = choice % 5 == 0 ? "\r\n" : "\n"
            switch choice % 23 {
            case 0: text += "voetnoot" + ending
            case 1: text += "Almelo;m1" + ending
            default:
                text += names[choice % names.count] + ";m\(choice % 3);" + periods[(choice / 7) % periods.count] + ";"
                    + values[(choice / 11) % values.count] + ending
            }
        }
        return text
    }

    @Test func readingThroughATinyWindowEqualsReadingWhole() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000).array(of: 1...120), Gen.int(in: 1...64)) { choices, window in
            let bytes = Array(Self.table(choices).utf8)
            do {
                let path = try temporaryFile(bytes)
                defer { try? FileManager.default.removeItem(atPath: path) }
                let whole = try TableOutcome(ByteSource(ByteBuffer(copying: bytes)), split: false)
                let file = try #require(ByteSource.open(atPath: path, chunkBytes: window))
                #expect(try TableOutcome(file, split: false) == whole, "window \(window): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                // Both halves of a split file read through windows of their own.
                #expect(try TableOutcome(file, split: true) == whole, "split, window \(window)")
                #expect(file.isUnchanged())
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    /// The whole import: decoding, hash, dialect, warnings and the store, on random tables
    /// with a byte order mark or none, read through chunks of 16 to 80 bytes.
    @Test func importingThroughChunksEqualsImportingFromMemory() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000).array(of: 1...80), Gen.int(in: 16...80), Gen.bool) { choices, chunk, marked in
            let bytes = (marked ? [0xEF, 0xBB, 0xBF] : []) + Array(Self.table(choices).utf8)
            do {
                let both = try ImportOutcome.bothWays(bytes, declaration("t.csv", [("layout", "long")]), chunkBytes: chunk)
                #expect(both.file == both.memory, "chunks of \(chunk)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func aRecordLongerThanTheWindowGrowsIt() throws {
        let label = "\"" + Array(repeating: "regel; \"\"met\"\" aanhalingstekens", count: 300).joined(separator: "\r\n") + "\""
        let text = "gemeente;indicator;periode;waarde\n\(label);m1;2020;1,5\nEde;m1;2020;2,5\n\(label);m2;2021;3\n"
        let bytes = Array(text.utf8)
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(ByteSource.open(atPath: path, chunkBytes: 32))
        let reader = CSVReader(file, range: 0..<file.count, separator: UInt8(ascii: ";"))
        var lines: [Int] = []
        var labels: [Int] = []
        while try reader.next() {
            lines.append(reader.line)
            labels.append(reader.field(0).count)
        }
        #expect(lines == [1, 2, 302, 303])
        #expect(labels == [8, label.utf8.count - 2 - 600, 3, label.utf8.count - 2 - 600])
        reader.rewind()
        #expect(try reader.next())
        #expect(reader.line == 1)
        #expect(String(decoding: reader.field(0), as: UTF8.self) == "gemeente")
        #expect(try TableOutcome(file, split: false) == (try TableOutcome(ByteSource(ByteBuffer(copying: bytes)), split: false)))
    }

    @Test func errorsOfTheReaderKeepTheirPlaces() throws {
        let texts = [
            "a;b\n1;2\n3;\"open\n\n4;5\n",
            "a;b\n1;2\n\"x\"y;2\n",
            "a;b\n1;2\n\"x\"   \n4;\"5\"  ;6\n",
            "a;b\r\n1;2\r",
        ]
        for text in texts {
            let memory = CSVReader(bytes: Array(text.utf8), separator: UInt8(ascii: ";"))
            for window in 1...12 {
                let path = try temporaryFile(Array(text.utf8))
                defer { try? FileManager.default.removeItem(atPath: path) }
                let file = try #require(ByteSource.open(atPath: path, chunkBytes: window))
                let chunked = CSVReader(file, range: 0..<file.count, separator: UInt8(ascii: ";"))
                #expect(records(chunked) == records(memory), "window \(window): \(text.debugDescription)")
                memory.rewind()
            }
        }
    }

    /// Every record's line and fields, then the error that stopped the reading, if any.
    private func records(_ reader: CSVReader) -> [String] {
        var seen: [String] = []
        do throws(TableReadError) {
            while try reader.next() {
                seen.append("\(reader.line): " + (0..<reader.fieldCount).map { String(decoding: reader.field($0), as: UTF8.self) }.joined(separator: "|"))
            }
        } catch {
            seen.append("\(error)")
        }
        return seen
    }

    @Test func invalidUTF8AndBinaryBytesInALaterChunkArePlacedAsBefore() throws {
        for padding in 0..<40 {
            let prefix = Array("gemeente;waarde\nCafé;1\nSúdwest-Fryslân;2\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: padding) + [0x0A]
            for (bad, declared) in [([UInt8(0xC3), 0x28], TextEncoding.utf8), ([0xE2, 0x82], .utf8), ([0x01], nil)] {
                let bytes = [0xEF, 0xBB, 0xBF] + prefix + bad + Array("\nrest\n".utf8)
                let path = try temporaryFile(bytes)
                defer { try? FileManager.default.removeItem(atPath: path) }
                let file = try #require(ByteSource.open(atPath: path, chunkBytes: 16))
                let expected: TextDecoding.Failure = bad == [0x01] ? .binary(offset: 3 + prefix.count) : .invalidUTF8(line: 5, offset: 3 + prefix.count)
                #expect(throws: expected) { try TextDecoding.decode(file, declared: declared) }
                #expect(throws: expected) { try TextDecoding.decode(ByteSource(ByteBuffer(copying: bytes)), declared: declared) }
            }
        }
    }

    @Test func charactersCutByAChunkAreValidAndTheHashCoversEveryByte() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(("gemeente;waarde\n" + (0..<40).map { "Súdwest-Fryslân €\($0);1\n" }.joined()).utf8)
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var hasher = SHA256()
        hasher.update(bytes)
        let expected = hasher.finalizeHex()
        for chunk in 16...40 {
            let file = try #require(ByteSource.open(atPath: path, chunkBytes: chunk))
            let decoded = try TextDecoding.decode(file, declared: .utf8)
            #expect(decoded.range == 3..<bytes.count)
            #expect(BackgroundDigest(of: file).value() == expected, "chunks of \(chunk)")
        }
    }

    @Test func windows1252AndDoubledQuotesAreReadWholeFromAFileToo() throws {
        let latin = Array("jaar;waarde;plaats\n2020;1,5;".utf8) + [0x4D, 0xFC, 0x6E, 0x73, 0x74, 0x65, 0x72] + Array("\n2021;2,5;Ede\n".utf8)
        let doubled = Array("\"\"jaar\"\";\"\"waarde\"\"\n\"\"2020\"\";\"\"1,5\"\"\n\"\"2021\"\";\"\"2,5\"\"\n".utf8)
        for bytes in [latin, doubled] {
            let both = try ImportOutcome.bothWays(bytes, declaration("t.csv", [("metric", "m")]), chunkBytes: 16)
            #expect(both.file == both.memory)
            guard case .imported = both.file else {
                Issue.record("refused: \(both.file)")
                continue
            }
        }
    }

    // MARK: A file that changes while it is read

    private func importChanging(_ change: (String) throws -> Void) throws -> ImportFailure? {
        let bytes = Array(("jaar;waarde\n" + (2000..<2100).map { "\($0);\($0 % 7),5\n" }.joined()).utf8)
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try #require(ByteSource.open(atPath: path, chunkBytes: 64))
        try change(path)
        var store = ObservationStore()
        return failure { _ = try Importer.importSource(source, declaration: declaration("data.csv", [("metric", "m")]), into: &store) }
    }

    @Test func aFileThatGrowsWhileReadIsRefused() throws {
        let outcome = try importChanging { path in
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("2100;1\n".utf8))
            try handle.close()
        }
        let refused = try #require(outcome)
        #expect(refused.errors.count == 1)
        #expect(refused.english.contains("data.csv changed while it was being read"))
        #expect(refused.dutch.contains("data.csv is veranderd terwijl het werd gelezen"))
    }

    @Test func aFileThatShrinksWhileReadIsRefused() throws {
        // Cut inside a record: the reading alone would report a short row or nothing at all.
        for length in [0, 5, 300, 700] {
            let outcome = try importChanging { path in
                #expect(truncate(path, off_t(length)) == 0)
            }
            let refused = try #require(outcome)
            #expect(refused.english.contains("data.csv changed while it was being read"), "cut to \(length)")
        }
    }

    @Test func aFileRewrittenInPlaceWhileReadIsRefused() throws {
        // The same size, other bytes: only the modification time tells.
        let outcome = try importChanging { path in
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.write(contentsOf: Data("JAAR".utf8))
            try handle.close()
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        }
        let refused = try #require(outcome)
        #expect(refused.english.contains("data.csv changed while it was being read"))
    }

    @Test func anUnchangedFileImportsWithTheHashOfItsBytes() throws {
        let bytes = Array("jaar;waarde\n2020;1,5\n2021;2,5\n".utf8)
        let both = try ImportOutcome.bothWays(bytes, declaration("t.csv", [("metric", "m")]), chunkBytes: 16)
        #expect(both.file == both.memory)
        guard case let .imported(report, _) = both.file else {
            Issue.record("refused")
            return
        }
        var hasher = SHA256()
        hasher.update(bytes)
        #expect(report.source.contentHash == hasher.finalizeHex())
    }
}
