import Foundation
import KoersCore
@testable import KoersRender
import KoersShell
import KoersTestSupport
import Testing

/// Everything a session writes passes one choke point that makes control characters from files
/// visible (issue 15): whatever a command renders, the terminal gets no escape sequence but
/// koers's own colors.
@Suite("Terminal output: control characters from files")
struct TerminalOutputSafetyTests {
    static let attacks = ["\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{9B}2J", "x\ry", "\u{7F}", "\u{0}",
                          "\u{202E}51.000", "\u{2067}x\u{2069}"]

    @Test("Standard output and error show every attack sequence visibly", arguments: attacks)
    func attacksAreVisible(_ attack: String) {
        let output = BufferedOutput(), errors = BufferedOutput()
        let session = ShellSession(language: .en, output: output, errors: errors)
        session.print("title: " + attack)
        session.errors.write("error: " + attack + "\n")
        session.print { $0(Array(("bytes: " + attack).utf8)) }
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

    @Test("For random label text from a workbook, no command's output in any format holds a control byte")
    func randomWorkbookTextNeverReachesTheTerminalRaw() throws {
        var random = SeededRandom(seed: 15)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("koers-visible-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let goals = "metric m\n    title \"M\"\n    unit count\ndata \"w.xlsx\"\n    metric m\n    column period \"periode\"\n    column value \"waarde\"\n"
            + "goal g\n    title \"G\"\n    metric m\n    baseline 2020\n    target >= 20 by 2024\n"
        try Data(goals.utf8).write(to: URL(fileURLWithPath: folder + "/doel.koers"))
        for _ in 0..<40 {
            // Latin-1 with DEL, C1 and the C0 controls XML allows (tab, line feed, carriage return),
            // written raw into the shared string; any other C0 makes the workbook damaged (SecondAttackTests).
            let allowed: [UInt8] = [0x09, 0x0A, 0x0D] + Array(0x20...0xFF)
            let label = String((0..<12).map { _ in Character(Unicode.Scalar(allowed[random.below(allowed.count)])) })
            let header = "<row r=\"1\">\(Workbook.sharedCell("A1", "0"))\(Workbook.sharedCell("B1", "1"))\(Workbook.sharedCell("C1", "2"))</row>"
            let row = "<row r=\"2\">\(Workbook.numberCell("A2", "2020"))\(Workbook.numberCell("B2", "5"))\(Workbook.sharedCell("C2", "3"))</row>"
            let bytes = Workbook.xlsx(sharedStrings: ["periode", "waarde", "wijk", "x" + label], rows: header + row)
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/w.xlsx"))
            let output = BufferedOutput(), errors = BufferedOutput()
            let session = ShellSession(language: .en, output: output, errors: errors, style: .terminal())
            try? session.load([folder], announce: false)
            for command in ["metrics", "series m", "sources", "status", "show g", "check"] {
                for format in ["table", "csv", "markdown", "json"] {
                    try? session.run([command.split(separator: " ").map(String.init), ["--format", format]].flatMap { $0 })
                }
            }
            #expect(output.text.contains("m{wijk="), "the label was read: \(errors.text)")
            for text in [output.text, errors.text] {
                #expect(Self.isSafe(text), "\(label.debugDescription)")
            }
        }
    }

    /// No C0 but line feed, tab and CR LF, no DEL or C1, and ESC only in koers's own color codes.
    static func isSafe(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A, 0x09: continue
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n": continue
            case 0x1B:
                let rest = String(String.UnicodeScalarView(scalars[(index + 1)...].prefix(6)))
                guard ["[0m", "[1m", "[2m", "[31m", "[32m", "[33m", "[35m", "[36m"].contains(where: rest.hasPrefix) else { return false }
            case 0..<0x20, 0x7F...0x9F: return false
            default: continue
            }
        }
        return true
    }
}
