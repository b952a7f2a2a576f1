import KoersShell
import Testing

@Suite("Splitting command lines")
struct CommandLineSplitterTests {
    private func words(_ line: String) -> [[String]]? {
        guard case let .complete(statements) = CommandLineSplitter.split(line) else { return nil }
        return statements.map { $0.map(\.text) }
    }

    @Test func wordsAndStatements() {
        #expect(words("show meer-online") == [["show", "meer-online"]])
        #expect(words("lang nl; goals ;; help show") == [["lang", "nl"], ["goals"], ["help", "show"]])
        #expect(words("   ") == [])
    }

    @Test func quotingGroupsWords() {
        #expect(words(#"draft "minimaal 90% in 2026; zo snel mogelijk""#) == [["draft", "minimaal 90% in 2026; zo snel mogelijk"]])
        #expect(words("load 'my goals/x.koers'") == [["load", "my goals/x.koers"]])
        #expect(words(#"say "een \"goed\" cijfer""#) == [["say", #"een "goed" cijfer"#]])
        #expect(words(#"a\ b"#) == [["a b"]])
    }

    @Test func openQuoteOrTrailingBackslashContinues() {
        #expect(CommandLineSplitter.split(#"draft "begin"#) == .incomplete)
        #expect(CommandLineSplitter.split(#"goals \"#) == .incomplete)
    }

    @Test func wordUnderTheCursor() {
        let (previous, current) = CommandLineSplitter.wordsBeforeCursor("show me", cursor: 7)
        #expect(previous.map(\.text) == ["show"])
        #expect(current.text == "me")
        #expect(current.start == 5)

        let afterSpace = CommandLineSplitter.wordsBeforeCursor("show ", cursor: 5)
        #expect(afterSpace.current.text == "")
        #expect(afterSpace.current.start == 5)

        let secondStatement = CommandLineSplitter.wordsBeforeCursor("lang nl; sh", cursor: 11)
        #expect(secondStatement.previous.isEmpty)
        #expect(secondStatement.current.text == "sh")
    }
}
