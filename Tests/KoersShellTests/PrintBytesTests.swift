import KoersCore
import KoersShell
import Testing

/// `check` prints its report as UTF-8 bytes (`print(utf8:)`); what reaches the output must be
/// what `print` of the same text wrote, including where a newline is added.
@Suite("Printing bytes")
struct PrintBytesTests {
    static let endings = ["", "\n", "\r\n", "\r", "x", "\n\n", "é", "“goed”\n", "a\r\n\n", "\u{301}", "\n\u{301}"]

    @Test func bytesPrintAsTheirTextPrints() {
        for start in ["", "check\n", "goal, \"quoted\"\r\n"] {
            for ending in Self.endings {
                let text = start + ending
                let byText = BufferedOutput()
                let byBytes = BufferedOutput()
                ShellSession(language: .en, output: byText, errors: BufferedOutput()).print(text)
                ShellSession(language: .en, output: byBytes, errors: BufferedOutput()).print(utf8: Array(text.utf8))
                #expect(byBytes.text == byText.text, "\(text.debugDescription)")
            }
        }
    }
}
