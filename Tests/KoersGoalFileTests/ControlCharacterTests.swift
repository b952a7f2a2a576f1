import KoersCore
import PropertyBased
import Testing
@testable import KoersGoalFile

/// A raw control character in quoted text (an escape sequence that would drive the terminal
/// showing the title) is refused at its place, with how to write a tab or a line break.
@Suite("Goal files: control characters in text")
struct ControlCharacterTests {
    /// C0 but tab and line feed, DEL, and C1.
    static let controls: [Unicode.Scalar] = {
        let values: [UInt8] = Array(0..<0x20).filter { $0 != 0x09 && $0 != 0x0A } + [0x7F] + Array(0x80...0x9F)
        return values.map(Unicode.Scalar.init)
    }()

    @Test("An OSC 52 clipboard write in a title is refused at file:line:column, in both languages")
    func clipboardWriteInTitle() throws {
        let result = GoalFileParser.parse(text: "goal g\n    title \"Evil\u{1B}]52;c;aGVsbG8=\u{07}\"\n", path: "kwaad.koers")
        let error = try #require(result.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: "kwaad.koers", line: 2, column: 16))
        #expect(error.message.en == #"control character \u{1B} in text: it could drive the terminal or spreadsheet that shows it"#)
        #expect(error.message.nl.hasPrefix(#"stuurteken \u{1B} in tekst"#))
        #expect(error.hint?.en == "remove it; write `\\t` for a tab and `\\n` for a line break")
        #expect(error.hint?.nl == "haal het weg; schrijf `\\t` voor een tab en `\\n` voor een regelovergang")
        #expect(result.diagnostics.count == 1, "one error per text")
    }

    @Test("Any control character anywhere in any text is refused at its column")
    func anyControlCharacterIsRefused() async {
        let input = zip(Gen.element(of: Self.controls), Gen.int(in: 0...12), Gen.element(of: ["title", "owner", "note"]))
        await propertyCheck(count: 500, input: input) { control, offset, field in
            guard let control, let field else { return }
            let before = String(repeating: "a", count: offset)
            let text = "goal g\n    \(field) \"\(before)" + String(Character(control)) + "b\"\n"
            let result = GoalFileParser.parse(text: text, path: "f.koers")
            let error = result.diagnostics.first { $0.message.en.hasPrefix("control character") }
            #expect(error?.location == SourceLocation(file: "f.koers", line: 2, column: 4 + field.count + 2 + offset + 1), "\(text.debugDescription)")
            #expect(result.hasErrors)
        }
    }

    @Test("A control character in a comment or outside text is refused at its column, in both languages, once per line")
    func controlCharacterOutsideText() throws {
        let comment = GoalFileParser.parse(text: "goal g\n    # \u{1B}[35mx \u{1B}[0m\n    title \"t\"\n", path: "c.koers")
        let error = try #require(comment.diagnostics.first)
        #expect(error.location == SourceLocation(file: "c.koers", line: 2, column: 7))
        #expect(error.message.en == #"control character \u{1B} in a comment: it could drive the terminal that shows it"#)
        #expect(error.message.nl.hasPrefix(#"stuurteken \u{1B} in commentaar"#))
        #expect(error.hint == GoalFileMessages.controlCharacterHint)
        #expect(comment.diagnostics.count == 1, "\(comment.diagnostics)")
        let word = try #require(Self.controlError(in: "goal g\u{9B}1\n    title \"t\"\n", path: "w.koers"))
        #expect(word.location == SourceLocation(file: "w.koers", line: 1, column: 7))
        #expect(word.message.nl == #"stuurteken \u{9B} in het doelbestand: het zou de terminal kunnen aansturen die het toont"#)
        let carriageReturn = Self.controlError(in: "goal g\r1\n    title \"t\"\n", path: "r.koers")
        #expect(carriageReturn?.location == SourceLocation(file: "r.koers", line: 1, column: 7), "a CR inside a line is no line ending")
    }

    @Test("Any control character anywhere in a comment is refused at its column")
    func anyControlCharacterInCommentIsRefused() async {
        let input = zip(Gen.element(of: Self.controls), Gen.int(in: 0...12))
        await propertyCheck(count: 300, input: input) { control, offset in
            guard let control else { return }
            let text = "goal g # " + String(repeating: "a", count: offset) + String(Character(control)) + "b\n"
            #expect(Self.controlError(in: text, path: "f.koers")?.location == SourceLocation(file: "f.koers", line: 1, column: 10 + offset), "\(text.debugDescription)")
        }
    }

    private static func controlError(in text: String, path: String) -> Diagnostic? {
        GoalFileParser.parse(text: text, path: path).diagnostics.first { $0.message.en.hasPrefix("control character") }
    }

    @Test("A tab, the escapes \\t and \\n, and CRLF line ends stay allowed")
    func allowedWhitespace() throws {
        let result = GoalFileParser.parse(text: "goal g\r\n    title \"a\tb \\t c \\n d\"\r\n", path: "f.koers")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.document?.content.goals.first?.title == "a\tb \t c \n d")
    }
}
