import KoersCore
import KoersShell
import Testing

/// Errors and warnings on standard error: wrapped within the window when it is a terminal,
/// the quoted source line and its caret kept as they are; byte for byte when it is a pipe.
@Suite("Errors fitted to the terminal")
struct ErrorWrappingTests {
    static let diagnostic = Diagnostic(
        .error, at: SourceLocation(file: "goals/almelo/programma-dienstverlening-2021-2026.koers", line: 12, column: 40),
        LocalizedText(
            en: "the target says 90% but the unit of the metric it measures is a count of applications, not a share",
            nl: "de streefwaarde zegt 90%, maar de eenheid van de indicator die hij meet is een aantal aanvragen, geen aandeel"),
        sourceLine: "  target >= 90% by 2026 with the figures of the yearly count of all applications made online",
        length: 3,
        hint: LocalizedText(
            en: "write the target as a count (`target >= 1200`) or give the metric `unit percent` if it is a share",
            nl: "schrijf de streefwaarde als aantal (`streefwaarde >= 1200`) of geef de indicator `eenheid procent` als het een aandeel is"))
    static let failure = CommandFailure(
        LocalizedText(
            en: "no goal files (.koers) in /home/raadslid/Documenten/begroting. Open some with 'koers PATH' (a file or folder) or 'load PATH' in the shell.",
            nl: "geen doelbestanden (.koers) in /home/raadslid/Documenten/begroting. Open ze met 'koers PAD' (een bestand of map) of 'laad PAD' in de shell."),
        diagnostics: [diagnostic])

    private func reported(language: Language, width: Int?) -> String {
        let errors = BufferedOutput()
        let session = ShellSession(language: language, output: BufferedOutput(), errors: errors)
        session.errorsWidth = width.map { width in { width } }
        InteractiveLoop.report(Self.failure, session: session, place: "-c:3")
        return errors.text
    }

    @Test("On a terminal every line fits; the text, the source line and the caret are those of the unwrapped text", arguments: Language.allCases)
    func wrappedOnATerminal(language: Language) {
        let plain = reported(language: language, width: nil)
        let sourceLines = plain.split(separator: "\n").filter { $0.hasPrefix("    ") }.prefix(2)
        for width in [40, 60, 80] {
            let fitted = reported(language: language, width: width)
            let lines = fitted.split(separator: "\n")
            let over = lines.filter { $0.count > width && !sourceLines.contains($0) }
            #expect(over.isEmpty, "\(width):\n\(fitted)")
            // Nothing lost or added but line breaks and indents (a path too long for a line is cut).
            #expect(fitted.filter { !$0.isWhitespace } == plain.filter { !$0.isWhitespace })
            // The source line keeps its place above the caret.
            let caret = lines.firstIndex { $0.contains("^") && $0.allSatisfy { $0 == " " || $0 == "^" } }
            #expect(caret.map { Array(lines[($0 - 1)...$0]) } == Array(sourceLines), "\(fitted)")
            #expect(lines.count > plain.split(separator: "\n").count)
        }
    }

    @Test("Piped, errors go out as they are written, byte for byte")
    func unwrappedWhenPiped() {
        #expect(reported(language: .en, width: nil) == Self.diagnostic.formatted(in: .en) + "\n" + "-c:3: error: " + Self.failure.message.en + "\n")
        #expect(reported(language: .nl, width: nil) == Self.diagnostic.formatted(in: .nl) + "\n" + "-c:3: fout: " + Self.failure.message.nl + "\n")
    }
}
