import KoersCore
import KoersShell
import Testing

/// `check` and `status` print as UTF-8 bytes, a piece at a time (`print(writing:)`); what
/// reaches the output must be what `print` of the same text wrote, including where a newline
/// is added, wherever the pieces are cut.
@Suite("Printing bytes")
struct PrintBytesTests {
    static let endings = ["", "\n", "\r\n", "\r", "x", "\n\n", "é", "“goed”\n", "a\r\n\n", "\u{301}", "\n\u{301}"]

    @Test func bytesPrintAsTheirTextPrints() {
        for start in ["", "check\n", "goal, \"quoted\"\r\n"] {
            for ending in Self.endings {
                let text = start + ending
                let byText = BufferedOutput()
                ShellSession(language: .en, output: byText, errors: BufferedOutput()).print(text)
                let bytes = Array(text.utf8)
                for cut in 0...bytes.count {
                    let byPieces = BufferedOutput()
                    ShellSession(language: .en, output: byPieces, errors: BufferedOutput()).print { emit in
                        emit(Array(bytes[..<cut]))
                        emit([])
                        emit(Array(bytes[cut...]))
                    }
                    #expect(byPieces.text == byText.text, "\(text.debugDescription) cut at \(cut)")
                }
            }
        }
    }
}
