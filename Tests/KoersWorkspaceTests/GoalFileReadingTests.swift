import Foundation
import KoersCore
import KoersWorkspace
import Testing

/// How the workspace reads a goal file from disk: UTF-8 checked first, with the place of a bad
/// byte; a good file kept as its text until an edit needs its document.
@Suite struct GoalFileReadingTests {
    private func write(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "koers-reading-\(UUID().uuidString).koers"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aByteThatIsNotUTF8IsAnErrorAtItsPlace() throws {
        // "goal g\n    ti" then a lone 0xFF inside the title keyword: line 2, column 7.
        let path = try write(Array("goal g\n    ti".utf8) + [0xFF] + Array("tle \"é\"\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var workspace = Workspace()
        let outcome = try workspace.load([path], today: nil)
        #expect(outcome.rejectedFiles == [path])
        #expect(outcome.diagnostics.map(\.location) == [SourceLocation(file: path, line: 2, column: 7)])
        #expect(outcome.diagnostics.first?.message.en.hasPrefix("the file is not UTF-8 text here") == true)
        #expect(workspace.loadedFiles.isEmpty)
    }

    @Test func aGoodFileIsKeptAsItsTextByteForByte() throws {
        let text = "\u{FEFF}notation nl\r\n\r\ngoal g\r\n    title \"Één doel, ’t goed\"\r\n    target >= 1.000"
        let path = try write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var workspace = Workspace()
        let outcome = try workspace.load([path], today: nil)
        #expect(outcome.diagnostics.isEmpty)
        let file = try #require(workspace.loadedFiles.first)
        #expect(!file.hasDocument)
        #expect(Array(file.text.utf8) == Array(text.utf8))
        #expect(workspace.model.goals.first?.target?.value == .absolute(1000, percent: false))
        let documents = workspace.editableDocuments()
        #expect(documents.map(\.text) == [text])
        #expect(workspace.loadedFiles.allSatisfy { $0.hasDocument })
    }
}
