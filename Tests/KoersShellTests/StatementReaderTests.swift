@testable import KoersShell
import Testing

/// The one reading loop of the interactive shell and of scripts: lines joined into whole
/// statements, with the line each began on.
@Suite("Reading statements from lines")
struct StatementReaderTests {
    @Test("A quote left open continues on the next line; the statements keep the line they began on")
    func continuedStatements() {
        var reader = StatementReader(ScriptedLineReader(lines: ["goals; status", "set g title \"twee", "regels\"", "quit"]))
        var prompts: [Bool] = []
        var read: [(words: [[String]], line: Int)] = []
        while case let .statements(statements, _) = reader.next(prompt: { prompts.append($0); return "" }) {
            read.append((statements.map { $0.map(\.text) }, reader.startLine))
        }
        #expect(read.map(\.words) == [[["goals"], ["status"]], [["set", "g", "title", "twee\nregels"]], [["quit"]]])
        #expect(read.map(\.line) == [1, 2, 4])
        #expect(prompts == [false, false, true, false, false])
        #expect(!reader.isUnfinished)
    }

    @Test("Input that ends inside a quote is unfinished until discarded")
    func unfinishedAtTheEnd() {
        var reader = StatementReader(ScriptedLineReader(lines: ["status", "draft \"open"]))
        guard case .statements = reader.next(prompt: { _ in "" }) else {
            Issue.record("the first line was not a statement")
            return
        }
        guard case .endOfInput = reader.next(prompt: { _ in "" }) else {
            Issue.record("the input did not end")
            return
        }
        #expect(reader.isUnfinished)
        #expect(reader.startLine == 2)
        reader.discardUnfinished()
        #expect(!reader.isUnfinished)
    }
}
