/// One cell of a workbook sheet as the table reader takes it.
public struct SheetCell: Sendable, Hashable {
    /// 0-based column.
    public var column: Int
    /// What the cell shows: its string, or the stored number as written.
    public var text: String
    /// The number the workbook stored, in the unit shown (a 0.7 formatted as a percentage is 70); nil for text.
    public var stored: StoredNumber?

    public init(column: Int, text: String, stored: StoredNumber? = nil) {
        self.column = column
        self.text = text
        self.stored = stored
    }
}

/// One row of a sheet: its 1-based number and the cells that hold something.
public struct SheetRow: Sendable, Hashable {
    public var number: Int
    public var cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }
}

/// A workbook sheet's cells, as a reader of the file found them (merged ranges already filled
/// with their first cell's value).
public struct WorkbookSheet: Sendable, Hashable {
    public var name: String
    public var rows: [SheetRow]

    public init(name: String, rows: [SheetRow]) {
        self.name = name
        self.rows = rows
    }
}

/// Finds the indicator table in a workbook sheet. A real export puts a title, a date or a blank
/// row above the header, so the header is the row whose words name the columns, not the first
/// row; which one was taken is kept (`PastedTable.header.number`). Pure: the sheet's cells come
/// from the workbook reader.
public enum SheetTable {
    /// The table of the sheet named `wanted` (case aside), or, without a name, of the only sheet
    /// whose header names a target column. `file` names the workbook in the errors.
    public static func pick(_ sheets: [WorkbookSheet], named wanted: String?, file: String) -> Result<PastedTable, Diagnostic> {
        let names = sheets.map(\.name)
        if let wanted {
            guard let sheet = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() })
            else { return .failure(problem(SheetMessages.noSuchSheet(file: file, wanted, available: names))) }
            return table(in: sheet, file: file)
        }
        if sheets.count == 1, let only = sheets.first { return table(in: only, file: file) }
        let withTables = sheets.filter { header(in: $0)?.namesTarget == true }
        guard withTables.count == 1, let only = withTables.first else {
            return .failure(problem(withTables.isEmpty
                ? SheetMessages.noSheetWithTable(file: file, sheets: names)
                : SheetMessages.severalSheetsWithTables(file: file, sheets: withTables.map(\.name))))
        }
        return table(in: only, file: file)
    }

    /// The sheet's table: its header row and the rows under it, each cell at its place in the
    /// row's cells joined by tabs and named by its reference (`B7`).
    public static func table(in sheet: WorkbookSheet, file: String) -> Result<PastedTable, Diagnostic> {
        guard let found = header(in: sheet) else {
            return .failure(problem(SheetMessages.noHeaderRow(file: file, sheet: sheet.name, rows: sheet.rows.count)))
        }
        var headerRow = sheet.rows[found.index]
        var firstRow = found.index + 1
        // A header in two rows (`Streefwaarde` merged over the years under it): the years join the words above them.
        if firstRow < sheet.rows.count, let joined = joiningYears(of: sheet.rows[firstRow], under: headerRow) {
            headerRow = joined
            firstRow += 1
        }
        // The table is as wide as its header: a cell outside it has no column to belong to.
        let headerColumns = headerRow.cells.filter { !$0.text.isEmpty }.map(\.column)
        let columns = (headerColumns.min() ?? 0)..<((headerColumns.max() ?? 0) + 1)
        let header = line(headerRow, columns: columns)
        var rows: [TableLine] = []
        for row in sheet.rows[firstRow...] {
            let filled = row.cells.filter { columns.contains($0.column) && !$0.text.isEmpty }
            // A row with only its first cell filled is a section heading or a note under the table
            // (`Programma 1`, `Bron: CBS 2023`): it belongs to no column.
            guard filled.contains(where: { $0.column > columns.lowerBound }) else { continue }
            let next = line(row, columns: columns)
            // The header again (a printed page's): no row of figures.
            guard next.cells.map(\.text) != header.cells.map(\.text) else { continue }
            rows.append(next)
        }
        return .success(PastedTable(layout: .tabs, header: header, rows: rows, sheet: sheet.name))
    }

    /// The header row: the first row of two or more cells, no figure among them, whose words name
    /// a target (or planned) column and at least one other column; else the first such row
    /// naming a target; else the first naming two columns (whose table then lacks a target, as
    /// `TableDraft` says). `namesTarget` tells a sheet with an indicator table from one without.
    static func header(in sheet: WorkbookSheet) -> (index: Int, namesTarget: Bool)? {
        var targetOnly: Int?
        var namesColumns: Int?
        for (index, row) in sheet.rows.enumerated() {
            let filled = row.cells.filter { !$0.text.isEmpty }
            guard filled.count >= 2, !filled.contains(where: isFigure) else { continue }
            let roles = filled.map { cell in
                cell.stored != nil || isPeriodOnly(cell.text) ? TableColumnRole.realised
                    : TableDraft.role(of: TextFolding.words(of: Array(TableDraft.joiningBrokenWords(cell.text))).map(\.folded))
            }
            let known = roles.filter { $0 != .other }.count
            let namesTarget = roles.contains(.target) || roles.contains(.planned)
            if namesTarget, known >= 2 { return (index, true) }
            if namesTarget, targetOnly == nil { targetOnly = index }
            if known >= 2, namesColumns == nil { namesColumns = index }
        }
        if let targetOnly { return (targetOnly, true) }
        return namesColumns.map { ($0, false) }
    }

    /// `header` with the years of `row` after its words (`Streefwaarde` over `2026`: `Streefwaarde
    /// 2026`), when `row` holds only years and leaves the header's first column empty; else nil.
    private static func joiningYears(of row: SheetRow, under header: SheetRow) -> SheetRow? {
        // A header cell merged down over both rows (`Indicator`) is in both: it adds nothing.
        let above = Dictionary(header.cells.map { ($0.column, $0.text) }, uniquingKeysWith: { first, _ in first })
        let filled = row.cells.filter { !$0.text.isEmpty && above[$0.column] != $0.text }
        let first = header.cells.filter { !$0.text.isEmpty }.map(\.column).min() ?? 0
        guard filled.count >= 2, !filled.contains(where: { $0.column <= first }),
              filled.allSatisfy({ !isFigure($0) && isPeriodOnly($0.text) }) else { return nil }
        var joined = header
        for cell in filled {
            if let index = joined.cells.firstIndex(where: { $0.column == cell.column }) {
                joined.cells[index].text = joined.cells[index].text.isEmpty ? cell.text : joined.cells[index].text + " " + cell.text
            } else {
                joined.cells.append(SheetCell(column: cell.column, text: cell.text))
            }
        }
        joined.cells.sort { $0.column < $1.column }
        return joined
    }

    /// A stored number that is not a year (`2026` heads a column), or text that reads as one.
    private static func isFigure(_ cell: SheetCell) -> Bool {
        if let stored = cell.stored {
            return stored.percent || stored.value != stored.value.rounded() || !(1900...2100).contains(stored.value)
        }
        return TableDraft.isFigure(cell.text, notation: .dutch) && TableDraft.isFigure(cell.text, notation: .english)
    }

    private static func isPeriodOnly(_ text: String) -> Bool {
        HeaderPeriod.read(text) != nil && TextFolding.words(of: Array(text)).allSatisfy { $0.folded.allSatisfy(\.isNumber) || $0.folded == "fy" }
    }

    /// A sheet row as a line of the table: its cells of `columns` in order, joined by tabs.
    private static func line(_ row: SheetRow, columns: Range<Int>) -> TableLine {
        var byColumn: [Int: SheetCell] = [:]
        for cell in row.cells where columns.contains(cell.column) { byColumn[cell.column] = cell }
        var cells: [TableCell] = []
        var offset = 0
        for column in columns {
            let cell = byColumn[column]
            // A line break typed in a cell (`Streefwaarde⏎2026`) or a tab is a space in a line of tab-separated cells.
            let text = String((cell?.text ?? "").map { $0.isNewline || $0 == "\t" ? " " : $0 })
            cells.append(TableCell(text: text, line: row.number, column: offset + 1, stored: cell?.stored,
                                   reference: reference(column: column, row: row.number)))
            offset += text.count + 1
        }
        return TableLine(number: row.number, text: cells.map(\.text).joined(separator: "\t"), cells: cells)
    }

    /// 1, 7 (0-based column, row) → `B7`.
    public static func reference(column: Int, row: Int) -> String {
        columnName(column) + String(row)
    }

    /// 1 (0-based column) → `B`, 27 → `AB`.
    public static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(0x41 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    private static func problem(_ message: LocalizedText) -> Diagnostic {
        Diagnostic(.error, at: nil, message)
    }
}

/// The messages of reading a table from a workbook sheet, English and Dutch; each names the file and the sheet.
public enum SheetMessages {
    static func list(_ names: [String], en: Bool) -> String {
        names.map { en ? "“\($0)”" : "‘\($0)’" }.joined(separator: ", ")
    }

    static func noSuchSheet(file: String, _ wanted: String, available: [String]) -> LocalizedText {
        LocalizedText(en: "\(file): no sheet “\(wanted)”; the workbook has \(list(available, en: true))",
                      nl: "\(file): geen blad ‘\(wanted)’; de werkmap heeft \(list(available, en: false))")
    }

    static func noSheetWithTable(file: String, sheets: [String]) -> LocalizedText {
        LocalizedText(
            en: "\(file): no sheet has a header naming a target column (Streefwaarde, Doel, Norm, Target); the workbook has \(list(sheets, en: true)): pick one with --sheet NAME",
            nl: "\(file): geen blad heeft een kopregel met een kolom voor de streefwaarde (Streefwaarde, Doel, Norm, Target); de werkmap heeft \(list(sheets, en: false)): kies er een met --blad NAAM")
    }

    static func severalSheetsWithTables(file: String, sheets: [String]) -> LocalizedText {
        LocalizedText(en: "\(file): several sheets hold an indicator table (\(list(sheets, en: true))): pick one with --sheet NAME",
                      nl: "\(file): meer bladen bevatten een indicatorentabel (\(list(sheets, en: false))): kies er een met --blad NAAM")
    }

    static func noHeaderRow(file: String, sheet: String, rows: Int) -> LocalizedText {
        rows == 0
            ? LocalizedText(en: "\(file), sheet “\(sheet)”: the sheet is empty", nl: "\(file), blad ‘\(sheet)’: het blad is leeg")
            : LocalizedText(
                en: "\(file), sheet “\(sheet)”: no row names the table's columns; the header must have two or more cells, words only, naming the target's column (Streefwaarde 2026, Doel, Target) and the indicator's",
                nl: "\(file), blad ‘\(sheet)’: geen rij noemt de kolommen van de tabel; de kopregel heeft twee of meer cellen, alleen woorden, met de kolom van de streefwaarde (Streefwaarde 2026, Doel, Target) en die van de indicator")
    }

    /// A problem of the table as a whole, found by `TableDraft`, placed in its sheet.
    static func inSheet(file: String, sheet: String, row: Int, _ message: LocalizedText) -> LocalizedText {
        LocalizedText(en: "\(file), sheet “\(sheet)”, row \(row): \(message.en)", nl: "\(file), blad ‘\(sheet)’, rij \(row): \(message.nl)")
    }
}
