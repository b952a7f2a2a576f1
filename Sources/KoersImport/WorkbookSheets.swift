import KoersCore

/// The sheets of an .xlsx workbook as the table reader of `draft --table` takes them: each
/// cell's text and, for a number, the number stored (a cell formatted as a percentage in the
/// unit shown: 0.7 is 70%), a merged range's value in each of its cells.
public enum WorkbookSheets {
    /// A merged range larger than this is left as written: filling it could not help a table and
    /// a damaged or hostile file could make it huge.
    static let maximumMergedCells = 10000

    public static func read(_ bytes: [UInt8]) throws(XLSXFailure) -> [WorkbookSheet] {
        try XLSXReader.readAll(bytes).map(sheet)
    }

    /// Why the workbook `file` cannot be read, naming it (and the cell, where one is at fault).
    public static func message(_ failure: XLSXFailure, file: String) -> LocalizedText {
        Messages.xlsxFailure(failure, file: file)
    }

    static func sheet(_ read: XLSXSheet) -> WorkbookSheet {
        var rows: [Int: [Int: SheetCell]] = [:]
        for row in read.rows {
            rows[row.number] = Dictionary(uniqueKeysWithValues: row.cells.map { ($0.key, cell($0.value, column: $0.key)) })
        }
        let lastRow = read.rows.last?.number ?? 0
        for range in read.merged where range.columns.count * range.rows.count <= maximumMergedCells {
            guard let first = rows[range.rows.lowerBound]?[range.columns.lowerBound] else { continue }
            for row in range.rows where row <= lastRow {
                for column in range.columns where rows[row]?[column] == nil {
                    var copy = first
                    copy.column = column
                    rows[row, default: [:]][column] = copy
                }
            }
        }
        return WorkbookSheet(name: read.name, rows: rows.keys.sorted().map { number in
            SheetRow(number: number, cells: (rows[number] ?? [:]).values.sorted { $0.column < $1.column })
        })
    }

    private static func cell(_ cell: XLSXCell, column: Int) -> SheetCell {
        guard let number = cell.number else { return SheetCell(column: column, text: cell.text) }
        guard cell.percent else { return SheetCell(column: column, text: cell.text, stored: StoredNumber(value: number, percent: false)) }
        // 0.844 × 100 is 84.39999…: the share is shown to nine decimals, as a spreadsheet would round it.
        let shown = (number * 100 * 1e9).rounded() / 1e9
        let text = shown == shown.rounded() && abs(shown) < 1e15 ? String(Int64(shown)) : String(shown)
        return SheetCell(column: column, text: text + "%", stored: StoredNumber(value: shown, percent: true))
    }
}
