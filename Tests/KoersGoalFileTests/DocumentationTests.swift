import Foundation
import KoersCore
import KoersTestSupport
import Testing
@testable import KoersGoalFile

/// docs/goal-files.md is the language's contract: its examples must say what koers does.
@Suite struct DocumentationTests {
    private func codeBlocks() throws -> [String] {
        let markdown = try String(contentsOf: RepositoryFiles.url("docs/goal-files.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") {
                if let lines = current {
                    // Blocks inside list items are indented; strip what the fence was indented by.
                    let indent = line.count - trimmed.count
                    blocks.append(lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n") + "\n")
                    current = nil
                } else {
                    current = []
                }
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func everyExampleGoalFileParses() throws {
        let examples = try codeBlocks().filter { !$0.contains("error:") }
        #expect(examples.count == 7)
        for example in examples {
            let document = try parseCleanly(example, path: "docs.koers")
            #expect(GoalFilePrinter.print(document) == example)
        }
    }

    @Test func theDutchAndEnglishFullExamplesMeanTheSame() throws {
        let examples = try codeBlocks().filter { $0.contains("meer-online") }
        #expect(examples.count == 2)
        let contents = try examples.map { try parseCleanly($0).content }
        let (dutch, english) = (try #require(contents.first), try #require(contents.last))
        #expect(dutch.metrics == english.metrics)
        #expect(dutch.goals == english.goals)
        #expect(dutch.inlineValues == english.inlineValues)
        // Import options are the importer's words, in the file's language.
        #expect(dutch.dataDeclarations.map(\.path) == english.dataDeclarations.map(\.path))
        #expect(dutch.dataDeclarations.first?.option("indeling") == "breed")
        #expect(english.dataDeclarations.first?.option("layout") == "wide")
        #expect(dutch.goals.count == 2)
    }

    @Test func theErrorExampleIsWhatKoersSays() throws {
        let shown = try #require(try codeBlocks().first { $0.contains("error:") })
        let text = "doel a\n    titel \"T\"\n" + String(repeating: "    # \n", count: 6) + "    streefwaarde >= 49.525\n"
        #expect(errors(text, path: "begroting.koers").joined(separator: "\n") + "\n" == shown)
    }
}
