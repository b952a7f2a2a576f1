import Foundation
import KoersTestSupport
import Testing

/// The defects a second attack pass on the built binary found, one test per attack, each
/// failing before its fix (docs/security.md, "Second attack pass").
@Suite("Second attack pass: what a fresh look at the binary found")
struct SecondAttackTests {
    /// A goal file with one yearly metric whose figures are in `d.csv` beside it.
    static let goalFile = """
        notation en
        metric m
            unit count
            frequency yearly
        data "d.csv"
            metric m
        goal g1
            title "More online"
            metric m
            baseline 2020
            target >= 120 by 2024

        """
    static let figures = "period,value\n2020,100\n2021,110\n2022,115\n"

    static func folderWithGoals(data: String = "d.csv") throws -> ScratchDirectory {
        let folder = try ScratchDirectory()
        #expect(folder.write(goalFile.replacingOccurrences(of: "\"d.csv\"", with: "\"\(data)\""), to: "g.koers"))
        return folder
    }

    @Test("report -o onto a loaded data file is refused and the figures are kept")
    func reportOntoDataFile() throws {
        let folder = try Self.folderWithGoals()
        #expect(folder.write(Self.figures, to: "d.csv"))
        let run = try runKoers(["-c", "report -o d.csv", "g.koers"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("is a loaded goal file or data file"), "\(run.errors)")
        #expect(folder.contents(of: "d.csv") == Self.figures)
    }

    @Test("report -o onto a data file imported in the session, through another spelling of its path, is refused")
    func reportOntoImportedFile() throws {
        let folder = try Self.folderWithGoals()
        #expect(folder.write(Self.figures, to: "d.csv"))
        #expect(folder.write("period,value\n2023,118\n", to: "more.csv"))
        let run = try runKoers(["-c", "import more.csv metric m; report -o ./more.csv", "g.koers"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("is a loaded goal file or data file"), "\(run.errors)")
        #expect(folder.contents(of: "more.csv") == "period,value\n2023,118\n")
    }

    @Test("A report named .koers is refused: the next load of the folder would read it as a goal file")
    func reportNamedAsGoalFile() throws {
        let folder = try Self.folderWithGoals()
        #expect(folder.write(Self.figures, to: "d.csv"))
        let run = try runKoers(["-c", "report --format markdown -o raad.KOERS", "."], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.errors.contains("ends in .koers"), "\(run.errors)")
        #expect(folder.contents(of: "raad.KOERS") == nil)
        #expect(try runKoers(["-c", "status", "."], directory: folder.path).status == 0)
    }

    @Test("An xlsx cell with a raw ESC (not allowed in XML) is a damaged workbook, so no color code from it reaches a colored terminal")
    func xlsxRawControlCharacter() throws {
        let folder = try Self.folderWithGoals(data: "d.xlsx")
        let rows = #"<row r="1">"# + Workbook.sharedCell("A1", "0") + Workbook.sharedCell("B1", "1") + Workbook.sharedCell("C1", "2") + "</row>"
            + #"<row r="2">"# + Workbook.numberCell("A2", "2020") + Workbook.numberCell("B2", "100") + Workbook.sharedCell("C2", "3") + "</row>"
        let workbook = Workbook.xlsx(sharedStrings: ["period", "value", "region", "west\u{1B}[32m on track"], rows: rows)
        try Data(workbook).write(to: URL(fileURLWithPath: folder.path + "/d.xlsx"))
        let run = try runKoers(["-c", "metrics", "g.koers"], directory: folder.path)
        #expect(run.status == 3)
        #expect(run.errors.contains("d.xlsx"), "\(run.errors)")
        #expect(!run.output.contains("on track") && !run.errors.contains("\u{1B}"))
    }

    /// A color code a file could carry; koers's own colors include magenta, so the output keeps it.
    static let recoloring = "\u{1B}[35mrecolored"

    /// Starts koers on `path` on a pseudo-terminal, where a session colors its output, types
    /// `commands` at its prompt and ends it; everything the terminal got, raw.
    static func coloredSession(on path: String, typing commands: [String], in folder: ScratchDirectory) throws -> String {
        let session = try startKoers(folder, arguments: [path])
        var offset = try session.waitForPrompt()
        for command in commands {
            try session.type(command + "\n")
            offset = try session.waitForPrompt(after: offset)
        }
        try session.type("\u{4}")
        #expect(try session.waitForExit() == 0)
        return String(decoding: session.output, as: UTF8.self)
    }

    @Test("A color code in a goal-file comment is refused at its place, so `changes` on a colored terminal cannot recolor")
    func colorCodeInComment() throws {
        let folder = try Self.folderWithGoals()
        #expect(folder.write(Self.figures, to: "d.csv"))
        let goals = Self.goalFile.replacingOccurrences(of: "goal g1\n", with: "goal g1\n    # \(Self.recoloring)\n")
        #expect(folder.write(goals, to: "g.koers"))
        let screen = try Self.coloredSession(on: folder.path + "/g.koers", typing: ["set g1 title \"Less online\"", "changes", "undo"], in: folder)
        #expect(screen.contains("\u{1B}[1;36m"), "the session colors its output")
        #expect(!screen.contains(Self.recoloring), "\(screen.debugDescription)")
        #expect(screen.contains("g.koers:8:7: error: control character \\u{1B} in a comment"), "\(screen.debugDescription)")
    }

    @Test("A goal file whose name holds a color code is refused when its folder is loaded, the name shown visibly")
    func colorCodeInGoalFileName() throws {
        let folder = try ScratchDirectory()
        #expect(folder.write(Self.goalFile, to: "a\(Self.recoloring).koers"))
        #expect(folder.write(Self.figures, to: "d.csv"))
        let screen = try Self.coloredSession(on: folder.path, typing: ["show g1"], in: folder)
        #expect(screen.contains("\u{1B}[1;36m"), "the session colors its output")
        #expect(!screen.contains(Self.recoloring), "\(screen.debugDescription)")
        // The error is wrapped within the terminal's width: read as one text.
        let unwrapped = screen.replacingOccurrences(of: "\r\n", with: " ")
        #expect(unwrapped.contains("a\\u{1B}[35mrecolored.koers': its name holds a control character"), "\(screen.debugDescription)")
        #expect(unwrapped.contains("rename it"))
    }
}

@Suite("Second attack pass: endless input")
struct SecondAttackInputTests {
    @Test("-f naming a device that never ends a line (/dev/zero) stops with a usage error instead of filling the memory")
    func scriptFromEndlessDevice() throws {
        let folder = try SecondAttackTests.folderWithGoals()
        #expect(folder.write(SecondAttackTests.figures, to: "d.csv"))
        // A device node of our own (major 1, minor 5), never the system's /dev/zero.
        guard mknod(folder.path + "/zero", S_IFCHR | 0o644, dev_t(1 << 8 | 5)) == 0 else {
            Issue.record("mknod failed (the end-to-end tests run as root): \(String(cString: strerror(errno)))")
            return
        }
        let run = try runKoers(["-f", folder.path + "/zero", "g.koers"], directory: folder.path)
        #expect(run.status == 2)
        #expect(run.errors.contains("zero:1: error: a line of more than 16 MiB"), "\(run.errors)")
    }
}
