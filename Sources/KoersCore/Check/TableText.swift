/// One cell of a pasted table, with where it stands.
public struct TableCell: Sendable, Hashable {
    /// Without the spaces around it, and unquoted.
    public var text: String
    /// 1-based line of the pasted text.
    public var line: Int
    /// 1-based column, in characters of the line, of the cell's first character (its opening quote).
    public var column: Int
    /// The number a workbook stored in the cell: a figure as it is, whose marks are never read.
    public var stored: StoredNumber?
    /// The cell's name in its workbook sheet (`B7`); nil for pasted text.
    public var reference: String?

    public init(text: String, line: Int, column: Int, stored: StoredNumber? = nil, reference: String? = nil) {
        self.text = text
        self.line = line
        self.column = column
        self.stored = stored
        self.reference = reference
    }
}

/// A number as a workbook stores it, already in the unit it is shown in: a cell formatted as a
/// percentage that holds 0.7 is 70, `percent`.
public struct StoredNumber: Sendable, Hashable {
    public var value: Double
    public var percent: Bool

    public init(value: Double, percent: Bool) {
        self.value = value
        self.percent = percent
    }
}

/// One line of a pasted table split into cells.
public struct TableLine: Sendable, Hashable {
    public var number: Int
    public var text: String
    public var cells: [TableCell]
}

/// A table as pasted: the header line and the rows under it.
public struct PastedTable: Sendable, Hashable {
    /// How the cells were told apart, decided on the header line.
    public enum Layout: String, Sendable, Hashable, CaseIterable {
        /// Tab-separated: what copying from a browser, a spreadsheet or many PDFs gives.
        case tabs
        /// `| a | b |`, with its `| --- |` line under the header.
        case markdown
        /// `;`-separated CSV with `"` quotes (a Dutch spreadsheet's CSV).
        case semicolons
        /// Runs of two or more spaces: a table copied as plain text, the last resort.
        case spaces
    }

    public var layout: Layout
    public var header: TableLine
    public var rows: [TableLine]
    /// The workbook sheet the table was read from (its lines then its rows, each cell named by
    /// `reference`); nil for pasted text.
    public var sheet: String?

    public init(layout: Layout, header: TableLine, rows: [TableLine], sheet: String? = nil) {
        self.layout = layout
        self.header = header
        self.rows = rows
        self.sheet = sheet
    }
}

/// Splits pasted text into a header and rows of cells. Pure: the shell reads the file, this
/// reads the text, and every error names the line and column.
public enum TableText {
    /// `file` names the text in diagnostics (a path, or `<stdin>`).
    public static func split(_ text: String, file: String) -> Result<PastedTable, Diagnostic> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
            (number: offset + 1, text: String(line.hasSuffix("\r") ? line.dropLast() : line))
        }.filter { !$0.text.allSatisfy { $0 == " " || $0 == "\t" } }
        guard let first = lines.first else {
            return .failure(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), TableMessages.empty))
        }
        guard let layout = layout(of: first.text) else {
            return .failure(Diagnostic(.error, at: SourceLocation(file: file, line: first.number, column: 1), TableMessages.noSeparator,
                                       sourceLine: first.text, length: first.text.count))
        }
        var split: [TableLine] = []
        for line in lines {
            switch cells(of: line.text, line: line.number, layout: layout) {
            case let .success(cells):
                if layout == .markdown, !split.isEmpty, isMarkdownRule(cells) { continue }
                split.append(TableLine(number: line.number, text: line.text, cells: cells))
            case let .failure(problem):
                return .failure(Diagnostic(.error, at: SourceLocation(file: file, line: line.number, column: problem.column), problem.message,
                                           sourceLine: line.text))
            }
        }
        let header = split.removeFirst()
        // A section heading between the rows ("Programma 1", "Sociale structuur"): words in the
        // first cell and nothing else. It belongs to no column, so it is no ragged row either.
        split.removeAll { row in
            header.cells.count > 1 && !(row.cells.first?.text.contains(where: \.isNumber) ?? true)
                && row.cells.dropFirst().allSatisfy(\.text.isEmpty)
        }
        for index in split.indices {
            // A spreadsheet copies the empty cells at a row's end as tabs: they are no columns.
            while split[index].cells.count > header.cells.count, split[index].cells.last?.text.isEmpty == true {
                split[index].cells.removeLast()
            }
            if layout == .spaces { splitLeadingFigures(&split[index], toCount: header.cells.count) }
            let row = split[index]
            guard row.cells.count == header.cells.count else {
                let column = row.cells.count > header.cells.count
                    ? row.cells[header.cells.count].column : row.text.count + 1
                return .failure(Diagnostic(
                    .error, at: SourceLocation(file: file, line: row.number, column: column),
                    TableMessages.ragged(cells: row.cells.count, headerCells: header.cells.count, headerLine: header.number, layout: layout),
                    sourceLine: row.text))
            }
        }
        return .success(PastedTable(layout: layout, header: header, rows: split))
    }

    /// The layout the header line shows: tabs first (they never stand in a cell), then a
    /// Markdown row, then semicolons, then runs of spaces.
    static func layout(of header: String) -> PastedTable.Layout? {
        if header.contains("\t") { return .tabs }
        if header.drop(while: { $0 == " " }).first == "|" { return .markdown }
        if header.contains(";") { return .semicolons }
        if header.trimmingSpaces().contains("  ") { return .spaces }
        return nil
    }

    struct LineProblem: Error {
        var column: Int
        var message: LocalizedText
    }

    /// The cells of one line. Columns count characters from 1.
    static func cells(of text: String, line: Int, layout: PastedTable.Layout) -> Result<[TableCell], LineProblem> {
        let characters = Array(text)
        switch layout {
        case .tabs: return .success(separated(characters, by: "\t", line: line))
        case .markdown:
            var lower = 0
            var upper = characters.count
            while lower < upper, characters[lower] == " " { lower += 1 }
            while upper > lower, characters[upper - 1] == " " { upper -= 1 }
            if lower < upper, characters[lower] == "|" { lower += 1 }
            // `\|` is a bar inside a cell; a closing bar is one that is not escaped.
            if upper > lower, characters[upper - 1] == "|", upper - 2 < lower || characters[upper - 2] != "\\" { upper -= 1 }
            return .success(separated(characters, by: "|", from: lower, to: upper, line: line, escapes: true))
        case .semicolons: return quoted(characters, line: line)
        case .spaces: return .success(spaced(characters, line: line))
        }
    }

    /// Cells between single separators, trimmed; `\|` is a bar inside a cell where `escapes` is set.
    private static func separated(_ characters: [Character], by separator: Character, from lower: Int = 0, to upper: Int? = nil,
                                  line: Int, escapes: Bool = false) -> [TableCell] {
        let upper = upper ?? characters.count
        var cells: [TableCell] = []
        var raw = ""
        var start = lower
        var index = lower
        while index <= upper {
            if index < upper, escapes, characters[index] == "\\", index + 1 < upper, characters[index + 1] == separator {
                raw.append(separator)
                index += 2
                continue
            }
            if index == upper || characters[index] == separator {
                cells.append(cell(raw, startingAt: start, line: line))
                raw = ""
                start = index + 1
            } else {
                raw.append(characters[index])
            }
            index += 1
        }
        return cells
    }

    /// A cell from its raw text at `offset`: trimmed, its column that of its first character.
    private static func cell(_ raw: String, startingAt offset: Int, line: Int) -> TableCell {
        let leading = raw.prefix { $0 == " " || $0 == "\t" }.count
        return TableCell(text: raw.trimmingSpaces(), line: line, column: offset + leading + 1)
    }

    /// `;`-separated cells; a cell that starts with `"` runs to the closing quote, `""` inside being one quote.
    private static func quoted(_ characters: [Character], line: Int) -> Result<[TableCell], LineProblem> {
        var cells: [TableCell] = []
        var index = 0
        while true {
            var start = index
            while start < characters.count, characters[start] == " " { start += 1 }
            if start < characters.count, characters[start] == "\"" {
                var text = ""
                var cursor = start + 1
                var closed = false
                while cursor < characters.count {
                    if characters[cursor] == "\"" {
                        if cursor + 1 < characters.count, characters[cursor + 1] == "\"" {
                            text.append("\"")
                            cursor += 2
                            continue
                        }
                        closed = true
                        cursor += 1
                        break
                    }
                    text.append(characters[cursor])
                    cursor += 1
                }
                guard closed else { return .failure(LineProblem(column: start + 1, message: TableMessages.unclosedQuote)) }
                while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
                guard cursor == characters.count || characters[cursor] == ";" else {
                    return .failure(LineProblem(column: cursor + 1, message: TableMessages.textAfterQuote))
                }
                cells.append(TableCell(text: text.trimmingSpaces(), line: line, column: start + 1))
                guard cursor < characters.count else { return .success(cells) }
                index = cursor + 1
            } else {
                var end = index
                while end < characters.count, characters[end] != ";" { end += 1 }
                cells.append(cell(String(characters[index..<end]), startingAt: index, line: line))
                guard end < characters.count else { return .success(cells) }
                index = end + 1
            }
        }
    }

    /// Cells between runs of two or more spaces (or a tab).
    private static func spaced(_ characters: [Character], line: Int) -> [TableCell] {
        var cells: [TableCell] = []
        var index = 0
        while index < characters.count {
            while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
            guard index < characters.count else { break }
            let start = index
            var end = index
            while end < characters.count {
                if characters[end] == "\t" { break }
                if characters[end] == " ", end + 1 < characters.count, characters[end + 1] == " " { break }
                end += 1
            }
            cells.append(cell(String(characters[start..<end]), startingAt: start, line: line))
            index = end
        }
        return cells
    }

    /// A table copied from a PDF often has one space where a long indicator meets its first
    /// figure (`… per 1.000 woningen 4,1   3,2   < 3`): while the row lacks cells, the figures at
    /// the end of its first cell become cells of their own. A lost empty cell after an indicator
    /// ending in a number (`Groep 8`) would be split the same way: the error then names the row.
    static func splitLeadingFigures(_ row: inout TableLine, toCount count: Int) {
        while row.cells.count < count, let first = row.cells.first, let space = first.text.lastIndex(of: " ") {
            let last = first.text[first.text.index(after: space)...]
            guard last.contains(where: \.isNumber) || CellReader.placeholders.contains(last.lowercased()), !last.isEmpty else { return }
            let head = String(first.text[..<space]).trimmingSpaces()
            let offset = first.text.distance(from: first.text.startIndex, to: space) + 1
            row.cells[0].text = head
            row.cells.insert(TableCell(text: String(last), line: row.number, column: first.column + offset), at: 1)
        }
    }

    /// `| --- | :---: |`: the line under a Markdown header.
    static func isMarkdownRule(_ cells: [TableCell]) -> Bool {
        cells.allSatisfy { cell in
            let dashes = cell.text.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
        }
    }
}
