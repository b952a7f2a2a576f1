import Foundation
import KoersCore

/// A plain table of facts (`metrics`, `series`, `sources`, `conflicts`) written in any of the
/// output formats: columns for the terminal, CSV, Markdown or JSON.
public struct DataTable: Sendable {
    public struct Column: Sendable {
        /// The JSON key and CSV header: stable, English, for scripts.
        public var key: String
        public var title: LocalizedText

        public init(_ key: String, _ title: LocalizedText) {
            self.key = key
            self.title = title
        }
    }

    public enum Cell: Sendable {
        case text(String)
        /// A figure: written in the reader's notation in tables, as a JSON number in JSON.
        case number(Double, decimals: Int)
        /// A share (0.82): `82%` in tables, the share itself in CSV and JSON, a percentage in xlsx.
        case percentage(Double)
        /// A fixed word: `key` (stable, English) in CSV and JSON, `text` in the reader's language
        /// in tables (`count` / `aantal`).
        case term(key: String, text: LocalizedText)
        /// A long code (a SHA-256) shown on the terminal by its first `shown` characters and
        /// `…`, whole in every other format and with `full`.
        case abbreviated(String, shown: Int)
        /// A yes/no mark such as a provisional figure's: `*` or nothing in tables, CSV and
        /// workbooks (the statistics offices' own mark), `true`/`false` in JSON.
        case mark(Bool)
        case empty
    }

    public var columns: [Column]
    public var rows: [[Cell]]
    /// The column a terminal table wraps within its width (the series key), rather than letting
    /// every row run over the edge of the window.
    public var wrappingColumn: Int?

    public init(columns: [Column], rows: [[Cell]], wrappingColumn: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.wrappingColumn = wrappingColumn
    }

    /// `width` is the terminal's: a table is fitted to it by wrapping `wrappingColumn`. nil for a
    /// pipe or a file, which get every cell whole on one line, as CSV, Markdown and JSON always do.
    /// `full` shows abbreviated cells whole; `expanded` writes one field per line per row
    /// (`nil`: only when the columns do not fit `width`).
    public func render(_ format: OutputFormat, language: Language, width: Int?, full: Bool = false, expanded: Bool? = false) -> String {
        let notation = NumberNotation(language)
        func text(_ cell: Cell, grouping: Bool) -> String {
            switch cell {
            case let .text(value): value
            case let .abbreviated(value, shown): grouping && !full && value.count > shown ? String(value.prefix(shown)) + "…" : value
            // Tables round for reading; CSV keeps every digit, in the CSV dialect.
            case let .number(value, decimals): grouping ? NumberWriter.format(value, notation: notation, maxFractionDigits: decimals, grouping: true) : SpreadsheetCSV.number(value)
            case let .percentage(share):
                grouping ? NumberWriter.format(share * 100, notation: notation, maxFractionDigits: 0, grouping: true) + "%" : SpreadsheetCSV.number(share)
            // `grouping` is off exactly for the machine formats, which keep the stable key.
            case let .term(key, localized): grouping ? localized.text(in: language) : key
            case let .mark(set): set ? "*" : ""
            case .empty: ""
            }
        }
        switch format {
        case .table:
            let headers = columns.map { $0.title.text(in: language) }
            let cells = rows.map { $0.map { text($0, grouping: true).isEmpty ? "–" : text($0, grouping: true) } }
            if expanded == true { return ExpandedLayout.render(headers: headers, rows: cells, width: width) }
            guard let width else { return ColumnLayout.render(headers: headers, rows: cells, width: .max, shrinkableColumn: nil) }
            let columns = ColumnLayout.render(headers: headers, rows: cells, width: width, shrinkableColumn: nil, wrappingColumn: wrappingColumn)
            // Columns that still run over the edge would be broken mid-figure by the terminal.
            guard columns.split(separator: "\n").contains(where: { $0.count > width }) else { return columns }
            return ExpandedLayout.render(headers: headers, rows: cells, width: width)
        case .csv:
            let lines = [columns.map(\.key)] + rows.map { $0.map { text($0, grouping: false) } }
            return SpreadsheetCSV.document(lines)
        case .markdown:
            let header = "| " + columns.map { $0.title.text(in: language) }.joined(separator: " | ") + " |"
            let rule = "|" + String(repeating: "---|", count: columns.count)
            let body = rows.map { row in
                "| " + row.map { ReportText.markdown(text($0, grouping: true)) }.joined(separator: " | ") + " |"
            }
            return ([header, rule] + body).joined(separator: "\n") + "\n"
        case .json:
            let objects = rows.map { row in
                JSON.object(zip(columns, row).map { column, cell in
                    switch cell {
                    case let .text(value), let .abbreviated(value, _): (column.key, .string(value))
                    case let .number(value, _), let .percentage(value): (column.key, .number(value))
                    case let .term(key, _): (column.key, .string(key))
                    case let .mark(set): (column.key, .bool(set))
                    case .empty: (column.key, .null)
                    }
                })
            }
            return JSON.array(objects).serialized() + "\n"
        }
    }
}
