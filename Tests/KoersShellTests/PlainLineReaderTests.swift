import Glibc
import Testing
import KoersShell

@Suite struct PlainLineReaderTests {
    /// A reader on a file holding `bytes`, the way `koers < script` sees it.
    private func reader(reading bytes: [UInt8]) -> (PlainLineReader, TemporaryDirectory) {
        let directory = TemporaryDirectory()
        directory.write(bytes, to: "input")
        let descriptor = open(directory.path + "/input", O_RDONLY)
        return (PlainLineReader(fileDescriptor: descriptor, closesOnDeinit: true), directory)
    }

    private func inputs(of reader: PlainLineReader) -> [LineInput] {
        var result: [LineInput] = []
        while true {
            let input = reader.readLine(prompt: "koers> ")
            result.append(input)
            if input == .endOfInput || result.count > 100_000 { return result }
        }
    }

    @Test func linesComeWithoutTheirLineEnds() {
        let (reader, directory) = reader(reading: Array("help\r\ngoals\n\nlang nl\r\n".utf8))
        #expect(inputs(of: reader) == [.line("help"), .line("goals"), .line(""), .line("lang nl"), .endOfInput])
        #expect(!reader.isInteractive)
        withExtendedLifetime(directory) {}
    }

    @Test("a byte order mark before the first line is no part of the command; one later is kept")
    func aByteOrderMarkBeforeTheFirstLineIsSkipped() {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let (reader, directory) = reader(reading: mark + Array("status off-track\r\n".utf8) + mark + Array("goals\n".utf8))
        #expect(inputs(of: reader) == [.line("status off-track"), .line("\u{FEFF}goals"), .endOfInput])
        withExtendedLifetime(directory) {}
    }

    @Test func aLastLineWithoutNewlineIsStillALine() {
        let (reader, directory) = reader(reading: Array("goals\nquit".utf8))
        #expect(inputs(of: reader) == [.line("goals"), .line("quit"), .endOfInput])
        withExtendedLifetime(directory) {}
    }

    @Test func emptyInputEndsAtOnceAndStaysEnded() {
        let (reader, directory) = reader(reading: [])
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.readLine(prompt: "") == .endOfInput)
        withExtendedLifetime(directory) {}
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let (reader, directory) = reader(reading: Array("show ".utf8) + [0xFF, 0xC3] + Array("\néén\n".utf8))
        #expect(inputs(of: reader) == [.line("show \u{FFFD}\u{FFFD}"), .line("één"), .endOfInput])
        withExtendedLifetime(directory) {}
    }

    @Test func veryLongLinesArriveWhole() {
        let long = String(repeating: "abcdefghij", count: 50_000)
        let (reader, directory) = reader(reading: Array("\(long)\nshort\n\(long)".utf8))
        #expect(inputs(of: reader) == [.line(long), .line("short"), .line(long), .endOfInput])
        withExtendedLifetime(directory) {}
    }

    @Test func manyShortLinesAcrossReadBoundaries() {
        let lines = (0..<20_000).map { "show goal-\($0)" }
        let (reader, directory) = reader(reading: Array(lines.joined(separator: "\r\n").utf8))
        let read = inputs(of: reader)
        #expect(read.count == lines.count + 1)
        #expect(read == lines.map(LineInput.line) + [.endOfInput], "the lines differ")
        withExtendedLifetime(directory) {}
    }

    @Test func readsFromAPipe() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let text = Array("goals\nlang en\n".utf8)
        _ = text.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        let reader = PlainLineReader(fileDescriptor: ends[0], closesOnDeinit: true)
        #expect(inputs(of: reader) == [.line("goals"), .line("lang en"), .endOfInput])
    }

    @Test func rememberingKeepsNothing() {
        let (reader, directory) = reader(reading: Array("goals\n".utf8))
        reader.remember("help")
        #expect(inputs(of: reader) == [.line("goals"), .endOfInput])
        withExtendedLifetime(directory) {}
    }
}
