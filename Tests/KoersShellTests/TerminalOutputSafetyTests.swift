import KoersCore
@testable import KoersRender
import KoersShell
import Testing

/// Everything a session writes passes one choke point that makes control characters from files
/// visible (issue 15): whatever a command renders, the terminal gets no escape sequence but
/// koers's own colors.
@Suite("Terminal output: control characters from files")
struct TerminalOutputSafetyTests {
    static let attacks = ["\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{9B}2J", "x\ry", "\u{7F}", "\u{0}"]

    @Test("Standard output and error show every attack sequence visibly", arguments: attacks)
    func attacksAreVisible(_ attack: String) {
        let output = BufferedOutput(), errors = BufferedOutput()
        let session = ShellSession(language: .en, output: output, errors: errors)
        session.print("title: " + attack)
        session.errors.write("error: " + attack + "\n")
        session.print(utf8: Array(("bytes: " + attack).utf8))
        for text in [output.text, errors.text] {
            #expect(!text.unicodeScalars.contains(where: VisibleControls.isHidden), "\(text.debugDescription)")
            #expect(text.contains(VisibleControls.shown(attack)))
        }
    }

    @Test("koers's own colors pass when the session colors, and file text cannot add others")
    func colorsPassOnlyWhenColoring() {
        let output = BufferedOutput()
        let session = ShellSession(language: .en, output: output, errors: BufferedOutput(), style: .terminal())
        session.print("\u{1B}[32mgood\u{1B}[0m \u{1B}[8mhidden")
        #expect(output.text == "\u{1B}[32mgood\u{1B}[0m \\u{1B}[8mhidden\n")
        session.style = .plain()
        session.print("\u{1B}[32mgood\u{1B}[0m")
        #expect(output.text.hasSuffix("\\u{1B}[32mgood\\u{1B}[0m\n"))
    }

    @Test("JSON passes unchanged: its writer already escapes control characters, DEL and C1")
    func jsonIsNotEscapedTwice() {
        let json = JSON.object([("title", .string("a\u{1B}]0;x\u{07}\u{7F}\u{9B}"))]).serialized()
        #expect(json.contains(#"a\u001b]0;x\u0007\u007f\u009b"#))
        let output = BufferedOutput()
        ShellSession(language: .en, output: output, errors: BufferedOutput()).print(json)
        #expect(output.text == json + "\n")
    }
}
