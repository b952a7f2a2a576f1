/// What a column of an indicator table holds, as its header says.
public enum TableColumnRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The indicator's name: the goal's title (`Indicator`, `Omschrijving`, `Measure`).
    case indicator
    /// `Eenheid`, `Unit`.
    case unit
    /// `Bron`, `Source`.
    case source
    /// `Nulmeting 2019`, `Baseline`: the starting value.
    case baseline
    /// `Realisatie 2022`, `Actual 2023/24`, a bare year before the target: a figure already measured.
    case realised
    /// `Begroting 2024`, `Raming`, `Prognose`: a planned figure; the target only when no column is one.
    case planned
    /// `Streefwaarde 2026`, `Doel`, `Norm`, `Target`: the value to reach.
    case target
    /// `Good is`, `Polarity`: High or Low, which makes the target a floor or a ceiling.
    case polarity
    /// `Status`, `Trend`, `RAG`: a judgement of the figures, not a figure; ignored.
    case status
    /// `Deadline`, `Einddatum`, `Termijn`: the row's year, where the target column names none.
    case deadline
    /// `Nederland`, `Landelijk`, `National`, `Best 25%`: another series to compare with, not the target.
    case benchmark
    /// `Taakveld`, `Nr`, `Ref`: a label of the row.
    case label
    /// A header without a word the reader knows.
    case other
}

/// A column of a pasted table: its header, the role read from it, and the period it names.
public struct TableColumn: Sendable, Hashable {
    public var index: Int
    public var header: TableCell
    public var role: TableColumnRole
    /// `2026` in `Streefwaarde 2026`, the year ending March 2024 in `2023/24`; nil when the header names none.
    public var period: Period?
    /// The header says the figures are percentages (`%`, `in procenten`).
    public var percent: Bool
    /// How the column's figures write their marks, from all its cells; nil when they and the
    /// table's language leave it open (`1,234` is then no number).
    public var notation: NumberNotation?
}

/// A cell of a row that should hold a figure and does not, with where it is.
public struct TableCellNote: Sendable, Hashable {
    public var cell: TableCell
    public var header: String
    public var message: LocalizedText
}

/// The goal proposed for one row of a table.
public struct TableRowProposal: Sendable, Hashable {
    /// The row's line in the pasted text.
    public var line: Int
    public var cells: [TableCell]
    /// The same shape as a sentence's proposal. `sentence` is the indicator cell (the goal's
    /// title, which the vague-goal rules read, their spans pointing into it); the spans of the
    /// target, baseline and numbers point at their cells in the row's line, the deadline's at its
    /// header cell in the header line.
    public var proposal: DraftProposal
    /// Cells that should hold a figure and do not.
    public var notes: [TableCellNote]
}

/// A pasted table read: the role of each column and a proposed goal for each row.
public struct TableReading: Sendable, Hashable {
    public var table: PastedTable
    public var columns: [TableColumn]
    public var rows: [TableRowProposal]
    /// Problems of the table as a whole: a first line that is a row, no column that is a target.
    public var problems: [Diagnostic]
}

/// Reads an indicator table from a begroting or jaarverslag ("Indicator | Eenheid | Realisatie
/// 2022 | Begroting 2024 | Streefwaarde 2026") and proposes a goal per row. A row alone cannot
/// say which number is the target; its header can. It proposes; it never invents a value that is
/// not in a cell.
public enum TableDraft {
    /// `file` names the text in the problems it reports.
    /// `targetYear` picks the target column of that year where a table has several (`draft
    /// --target-year`); without it, the latest with a figure.
    public static func read(_ table: PastedTable, file: String, wordLists: [WordLists], today: Period, targetYear: Int? = nil) -> TableReading {
        let header = table.header.cells
        let rows = table.rows.map(\.cells)
        // A number a workbook stored is no evidence of a notation: only written figures are.
        let written = rows.flatMap { $0 }.filter { $0.stored == nil }.map(\.text)
        let language = TextLanguage.guess((header.map(\.text) + rows.flatMap { $0 }.map(\.text)).joined(separator: " "))
        let tableLanguage = TableNotation.language(header: header.map(\.text), text: written)
        // The table's own notation tells headers and words from figures; each column's reads its values.
        let notation = TableNotation.evidence(of: written).notation(language: tableLanguage) ?? NumberNotation(language)
        var columns = columns(of: header, rows: rows, notation: notation)
        for index in columns.indices {
            let texts = rows.compactMap { index < $0.count && $0[index].stored == nil ? $0[index].text : nil }
            columns[index].notation = TableNotation.evidence(of: texts).notation(language: tableLanguage)
        }
        var problems: [Diagnostic] = []
        // Pasted text points at the line and column; a sheet's problem names the file, the sheet and the row.
        func problem(_ message: LocalizedText, at cell: TableCell?, length: Int) -> Diagnostic {
            if let sheet = table.sheet {
                return Diagnostic(.error, at: nil, SheetMessages.inSheet(file: file, sheet: sheet, row: table.header.number, message))
            }
            return Diagnostic(.error, at: SourceLocation(file: file, line: table.header.number, column: cell?.column ?? 1), message,
                              sourceLine: table.header.text, length: length)
        }
        if let figure = header.first(where: { isFigure($0, notation: notation) }) {
            problems.append(problem(TableMessages.noHeader(figure.text), at: figure, length: figure.text.count))
        } else if !columns.contains(where: { $0.role == .target || $0.role == .planned }) {
            problems.append(problem(TableMessages.noTargetColumn(header.map(\.text)), at: nil, length: table.header.text.count))
        }
        let proposals = table.rows.map { row in
            // A table built by hand may have a short row: its missing cells are empty ones at its end.
            var row = row
            while row.cells.count < header.count {
                row.cells.append(TableCell(text: "", line: row.number, column: row.text.count + 1))
            }
            return propose(row: row, columns: columns, language: language, wordLists: wordLists, today: today, targetYear: targetYear)
        }
        return TableReading(table: table, columns: columns, rows: proposals, problems: problems)
    }

    /// One row read with its header, both as cell texts: what the corpus measurement calls for a
    /// table row kept with its header. Nil when the cell counts differ.
    public static func propose(header: [String], row: [String], wordLists: [WordLists], today: Period) -> DraftProposal? {
        guard header.count == row.count else { return nil }
        let cells = { (texts: [String], line: Int) in
            texts.enumerated().map { TableCell(text: $0.element, line: line, column: $0.offset + 1) }
        }
        let table = PastedTable(
            layout: .tabs, header: TableLine(number: 1, text: header.joined(separator: "\t"), cells: cells(header, 1)),
            rows: [TableLine(number: 2, text: row.joined(separator: "\t"), cells: cells(row, 2))])
        return read(table, file: "-", wordLists: wordLists, today: today).rows.first?.proposal
    }

    // MARK: Columns

    /// The role of each column from its header's words, the bare years settled by the target's year.
    static func columns(of header: [TableCell], rows: [[TableCell]], notation: NumberNotation) -> [TableColumn] {
        var columns = header.enumerated().map { index, cell in
            let words = TextFolding.words(of: Array(joiningBrokenWords(cell.text))).map(\.folded)
            return TableColumn(index: index, header: cell, role: role(of: words), period: HeaderPeriod.read(cell.text),
                               percent: cell.text.contains("%") || words.contains("procent") || words.contains("procenten") || words.contains("percentage"),
                               notation: notation)
        }
        let targetYear = columns.filter { $0.role == .target || $0.role == .planned }.compactMap(\.period).map(\.end).max()
        for index in columns.indices where columns[index].role == .other {
            guard let period = columns[index].period else { continue }
            // A column headed only by a period ("2022", "2023/24") holds realised figures when it
            // comes before the target's year; after it, or with no target, it cannot be told.
            let onlyPeriod = TextFolding.words(of: Array(columns[index].header.text)).allSatisfy { $0.folded.allSatisfy(\.isNumber) || $0.folded == "fy" }
            if onlyPeriod, let targetYear, period.end < targetYear { columns[index].role = .realised }
        }
        // `Doel`, `Goal` heading a column of words is the goal's description, not its target figure.
        for index in columns.indices where [.target, .planned].contains(columns[index].role) && columns[index].period == nil && !rows.isEmpty {
            // A short cell with a figure among its words (`Increase 70% by 2024`) is a target said in
            // words; a long one (`… voor maximaal 2 dagdelen per week aan peuters …`) describes.
            let wordCells = rows.filter { row in
                guard columns[index].index < row.count else { return false }
                let text = row[columns[index].index].text
                return CellReader.read(row[columns[index].index], notation: notation) == .notANumber
                    && (!text.contains(where: \.isNumber) || TextFolding.words(of: Array(text)).count > 8)
            }.count
            if wordCells * 2 > rows.count { columns[index].role = .other }
        }
        if !columns.contains(where: { $0.role == .indicator }) {
            // No header names it: the first column of words, as the rows show (an unread header before a label).
            func isWordy(_ column: TableColumn) -> Bool {
                let wordCells = rows.filter { row in column.index >= row.count || !isFigure(row[column.index], notation: notation) }.count
                return column.period == nil && (rows.isEmpty || wordCells * 2 > rows.count)
            }
            let wordy = columns.first { $0.role == .other && isWordy($0) } ?? columns.first { $0.role == .label && isWordy($0) }
            if let wordy { columns[wordy.index].role = .indicator }
        }
        return columns
    }

    /// `Streef- cijfer`: a word a line end broke at its hyphen, joined again (`Streefcijfer`);
    /// `Dak- en thuislozen` keeps its hyphen: `en`, `of`, `and`, `or` after it end an elision.
    static func joiningBrokenWords(_ text: String) -> String {
        var characters = Array(text)
        var index = 1
        while index + 2 < characters.count {
            let next = String(characters[(index + 2)...].prefix { $0.isLetter })
            if characters[index] == "-", characters[index - 1].isLetter, characters[index + 1] == " ", characters[index + 2].isLowercase,
               !["en", "of", "and", "or", "tot"].contains(next) {
                characters.removeSubrange(index...(index + 1))
            }
            index += 1
        }
        return String(characters)
    }

    static func role(of words: [String]) -> TableColumnRole {
        for (role, phrases) in HeaderWords.roles {
            for phrase in phrases {
                let parts = phrase.split(separator: " ").map(String.init)
                guard parts.count <= words.count else { continue }
                if (0...(words.count - parts.count)).contains(where: { Array(words[$0..<$0 + parts.count]) == parts }) { return role }
            }
        }
        for word in words {
            if HeaderWords.targetStems.contains(where: word.hasPrefix) { return .target }
            if HeaderWords.realisedStems.contains(where: word.hasPrefix) { return .realised }
            if HeaderWords.plannedStems.contains(where: word.hasPrefix) { return .planned }
            if HeaderWords.indicatorEndings.contains(where: word.hasSuffix) { return .indicator }
        }
        return .other
    }

    /// A cell that holds a figure (not a bare period such as `2026` or `2023/24`); a workbook's
    /// stored number is one unless it is a whole year.
    static func isFigure(_ cell: TableCell, notation: NumberNotation) -> Bool {
        guard let stored = cell.stored else { return isFigure(cell.text, notation: notation) }
        return stored.percent || stored.value != stored.value.rounded() || !(1900...2100).contains(stored.value)
    }

    static func isFigure(_ text: String, notation: NumberNotation) -> Bool {
        guard HeaderPeriod.read(text) == nil || text.contains("%") else { return false }
        if case .figure = CellReader.read(text, notation: notation) { return true }
        return false
    }

    // MARK: Rows

    /// The period a cell holds: a stored year, koers's own spelling (`2022-Q4`, `2023-12`), or a
    /// year as a header writes one.
    static func period(in cell: TableCell) -> Period? {
        if let stored = cell.stored, !stored.percent, stored.value == stored.value.rounded(), (1900...2100).contains(stored.value) {
            return Period.year(Int(stored.value))
        }
        return Period.parse(cell.text)?.period ?? HeaderPeriod.read(cell.text)
    }

    private static func propose(row line: TableLine, columns: [TableColumn], language: Language,
                                wordLists: [WordLists], today: Period, targetYear: Int?) -> TableRowProposal {
        let cells = line.cells
        var row = TableRowProposal(line: line.number, cells: cells, proposal: DraftProposal(sentence: "", language: language, findings: []), notes: [])
        func span(_ cell: TableCell) -> TextSpan { TextSpan(start: cell.column - 1, end: cell.column - 1 + cell.text.count, text: cell.text) }
        func reading(_ column: TableColumn) -> CellReading {
            let cell = cells[column.index]
            if cell.stored != nil { return CellReader.read(cell, notation: .dutch) }
            if let notation = column.notation { return CellReader.read(cell.text, notation: notation) }
            let dutch = CellReader.read(cell.text, notation: .dutch)
            return dutch == CellReader.read(cell.text, notation: .english) ? dutch : .notationUnknown
        }
        func note(_ column: TableColumn, _ message: LocalizedText) {
            row.notes.append(TableCellNote(cell: cells[column.index], header: column.header.text, message: message))
        }
        // A figure whose marks neither its column nor the table's language explain is read as none, and said.
        for column in columns where [.target, .planned, .baseline, .realised].contains(column.role) && reading(column) == .notationUnknown {
            note(column, TableMessages.notationUnknown(cells[column.index].text))
        }
        let indicator = columns.first { $0.role == .indicator }
        var proposal = row.proposal
        proposal.sentence = indicator.map { cells[$0.index].text } ?? cells.first?.text ?? ""

        // The latest target with a figure (the asked year's first, when one is asked); planned
        // figures only where no column is a target.
        let targetRole: TableColumnRole = columns.contains { $0.role == .target } ? .target : .planned
        let asked = { (column: TableColumn) in targetYear != nil && column.period.map { Int($0.year) } == targetYear ? 1 : 0 }
        let candidates = columns.filter { $0.role == targetRole }
            .sorted { (asked($0), $0.period?.end ?? -.infinity, $0.index) > (asked($1), $1.period?.end ?? -.infinity, $1.index) }
        var targetColumn: TableColumn?
        var targetFigure: CellFigure?
        var targetInWords = false
        for column in candidates {
            if case let .figure(figure) = reading(column) {
                (targetColumn, targetFigure) = (column, figure)
                break
            }
        }
        // `Increase 70% by 2024`, `Minimaal 90% in 2026`: a target cell written as words is read as a sentence.
        if targetColumn == nil {
            for column in candidates where reading(column) == .notANumber {
                let cell = cells[column.index]
                guard TextFolding.words(of: Array(cell.text)).count <= 8 else { continue }
                let sentence = GoalDraft.propose(cell.text, wordLists: wordLists, today: today, language: language)
                guard var target = sentence.target else { continue }
                func inCell(_ span: TextSpan) -> TextSpan {
                    TextSpan(start: cell.column - 1 + span.start, end: cell.column - 1 + span.end, text: span.text)
                }
                target.span = inCell(target.span)
                proposal.target = target
                if let deadline = sentence.deadline {
                    proposal.deadline = DraftPeriod(period: deadline.period, span: inCell(deadline.span))
                } else if let period = column.period {
                    proposal.deadline = DraftPeriod(period: period, span: span(column.header))
                }
                targetColumn = column
                targetInWords = true
                break
            }
        }
        if targetColumn == nil, let latest = candidates.first, reading(latest) != .notationUnknown {
            note(latest, TableMessages.noTargetFigure(cells[latest.index].text, reading: reading(latest)))
        }
        let unitColumn = columns.first { $0.role == .unit }
        let unitSaysPercent = unitColumn.map { ["%", "procent", "percentage", "percent"].contains(cells[$0.index].text.lowercased()) } ?? false
        var comparator: Comparator?
        if let targetColumn, let targetFigure {
            comparator = targetFigure.comparator
            if comparator == nil, let polarity = columns.first(where: { $0.role == .polarity }) {
                comparator = HeaderWords.polarity(cells[polarity.index].text)
                if comparator == nil, !cells[polarity.index].text.isEmpty {
                    note(polarity, TableMessages.unknownPolarity(cells[polarity.index].text))
                }
            }
            if comparator == nil { comparator = HeaderWords.polarityAside(in: proposal.sentence) }
            // A row states its direction once: `at least 85%` for one year and `90%` for the next.
            if comparator == nil {
                comparator = candidates.lazy.compactMap { column -> Comparator? in
                    guard case let .figure(figure) = reading(column) else { return nil }
                    return figure.comparator
                }.first
            }
            let percent = targetFigure.percent || targetColumn.percent || unitSaysPercent
            let kind: DraftTarget.Kind = targetFigure.signed && percent ? .relativePercent : .absolute
            proposal.target = DraftTarget(comparator: comparator, value: targetFigure.value, kind: kind,
                                          unit: percent ? .percent : nil, span: span(cells[targetColumn.index]))
            if let period = targetFigure.period ?? targetColumn.period {
                let source = targetFigure.period == nil ? targetColumn.header : cells[targetColumn.index]
                proposal.deadline = DraftPeriod(period: period, span: span(source))
            }
        }
        // A `Deadline` column gives the year a target column without one leaves open.
        if proposal.target != nil, proposal.deadline == nil, let column = columns.first(where: { $0.role == .deadline }) {
            let cell = cells[column.index]
            let year = cell.stored.flatMap { $0.value == $0.value.rounded() && !$0.percent ? Period.year(Int($0.value)) : nil }
            if let period = year ?? HeaderPeriod.read(cell.text) { proposal.deadline = DraftPeriod(period: period, span: span(cell)) }
        }
        // A later target than the asked year's is no milestone (those come before the deadline): say so.
        if let targetColumn, let deadline = proposal.deadline?.period {
            for column in candidates where column.index != targetColumn.index {
                guard case let .figure(figure) = reading(column), let period = figure.period ?? column.period, period.end > deadline.end else { continue }
                note(column, TableMessages.laterTargetLeftOut(cells[column.index].text))
            }
        }
        // The earlier target columns are milestones on the way to the deadline, earliest first.
        if let targetColumn, let deadline = proposal.deadline?.period {
            for column in candidates.reversed() where column.index != targetColumn.index {
                guard case let .figure(figure) = reading(column), let period = figure.period ?? column.period, period.end < deadline.end,
                      !proposal.milestones.contains(where: { $0.period == period }) else { continue }
                let percent = figure.percent || column.percent || unitSaysPercent
                proposal.milestones.append(DraftMilestone(period: period, target: DraftTarget(
                    comparator: figure.comparator ?? comparator, value: figure.value, kind: figure.signed && percent ? .relativePercent : .absolute,
                    unit: percent ? .percent : nil, span: span(cells[column.index]))))
            }
        }

        // The baseline: the nulmeting column, else the earliest realised figure with its period.
        let baselineColumns = columns.filter { $0.role == .baseline }
        let realisedColumns = columns.filter { $0.role == .realised }.sorted { ($0.period?.end ?? .infinity, $0.index) < ($1.period?.end ?? .infinity, $1.index) }
        var baselineColumn: TableColumn?
        var baselineIsShare = false
        for column in baselineColumns.isEmpty ? realisedColumns : baselineColumns {
            // A signed cell (`+2%`) is a change, not a level to start from.
            guard case let .figure(figure) = reading(column), !figure.signed else { continue }
            baselineColumn = column
            baselineIsShare = figure.percent || column.percent || unitSaysPercent
            // koers's own workbook and CSV give the baseline's period a column of its own (`baseline
            // period`, `nulmeting periode`), read as a label: its cell is the period.
            let periodColumn = columns.first { $0.role == .label && HeaderWords.namesBaselinePeriod($0.header.text) }
            let period = figure.period ?? column.period ?? periodColumn.flatMap { TableDraft.period(in: cells[$0.index]) }
            proposal.baseline = DraftBaseline(period: period, value: figure.value, span: span(cells[column.index]))
            break
        }
        // `Increase 70% by 2024` beside a baseline of 55%: where the row's figures are shares, the
        // target cell gives the share to reach and its word the direction; alone, the sentence
        // reader reads a change of 70%. A sign (`+10%`) still makes it a change.
        if targetInWords, baselineIsShare, let column = targetColumn, var target = proposal.target, target.kind == .relativePercent {
            let cell = Array(cells[column.index].text)
            let start = target.span.start - (cells[column.index].column - 1)
            let lead = start > 0 && start <= cell.count ? cell[..<start].last { $0 != " " } : nil
            if ![lead, target.span.text.first].contains(where: { ["+", "-", "−"].contains($0) }) {
                target.kind = .absolute
                target.value = abs(target.value)
                target.unit = .percent
                proposal.target = target
            }
        }
        // A milestone must come after the baseline for the goal to load.
        if let start = proposal.baseline?.period { proposal.milestones.removeAll { $0.period.end <= start.end } }
        if baselineColumn == nil, let column = baselineColumns.first, !cells[column.index].text.isEmpty, reading(column) != .notationUnknown {
            note(column, TableMessages.noBaselineFigure(cells[column.index].text, reading: reading(column)))
        }

        for column in columns where [.target, .planned, .baseline, .realised, .benchmark].contains(column.role) {
            guard case let .figure(figure) = reading(column) else { continue }
            let role: NumberRole = column.index == targetColumn?.index ? .target : column.index == baselineColumn?.index ? .baseline : .other
            proposal.numbers.append(DraftNumber(value: figure.value, role: role, span: span(cells[column.index])))
        }
        proposal.findings = GoalDraft.sentenceFindings(for: proposal, wordLists: wordLists, today: today)
        row.proposal = proposal
        return row
    }
}

extension GoalDraft {
    /// The findings of the rules `draft` runs on a proposal, without places: the same judgement
    /// for a sentence's proposal and a table row's.
    static func sentenceFindings(for proposal: DraftProposal, wordLists: [WordLists], today: Period) -> [Finding] {
        var findings = VagueGoalCheck.findings(
            for: proposal.goal(id: "draft"), in: GoalModel(), options: CheckOptions(today: today, wordLists: wordLists),
            rules: CheckRule.sentenceRules + [.deadlinePassed])
        for index in findings.indices { findings[index].location = nil }
        return findings
    }
}

/// The words of column headers, Dutch and English, folded. Kept here rather than in the word
/// lists: they name columns, not phrases of a sentence, and each role is a small closed set.
enum HeaderWords {
    /// In order: the first role whose phrase a header holds wins ("Landelijke streefwaarde" is a
    /// benchmark, "Begroting 2024 (streefwaarde)" a target, "Nulmeting (realisatie 2019)" a baseline).
    static let roles: [(TableColumnRole, [String])] = [
        // A column of periods: when a figure holds, not the figure (koers's own `baseline period`);
        // and koers's own projection, which is no deadline (`projected at deadline`).
        (.label, ["baseline period", "current period", "period", "periode", "at deadline", "bij deadline"]),
        (.benchmark, ["nederland", "landelijk", "landelijke", "national", "nationaal", "benchmark", "best", "g4", "g40",
                      "vergelijkbare gemeenten", "gemeenten gemiddeld", "england", "regional average", "peer", "peers"]),
        (.polarity, ["good is", "polarity", "polariteit", "gewenste richting", "higher is better", "lower is better", "comparator",
                     "vergelijking"]),
        (.deadline, ["deadline", "einddatum", "termijn", "streefdatum", "target date", "due date", "uiterlijk"]),
        (.status, ["status", "trend", "rag", "rating", "direction of travel", "beoordeling", "ontwikkeling"]),
        (.baseline, ["nulmeting", "0 meting", "baseline", "uitgangswaarde", "uitgangssituatie", "startwaarde", "beginwaarde"]),
        (.target, ["doel", "doelen", "doelstelling", "doelwaarde", "norm", "normwaarde", "target", "targets", "ambitie",
                   "goal", "beoogd", "beoogde", "streven", "gewenst", "gewenste"]),
        (.planned, ["begroting", "begroot", "raming", "geraamd", "estimate", "estimated", "prognose", "forecast", "projected",
                    "planned", "plan", "budget", "verwacht", "verwachting", "expected"]),
        (.realised, ["realisatie", "gerealiseerd", "realised", "realized", "actual", "actuals", "stand", "meting", "behaald",
                     "value", "waarde", "outturn", "result", "resultaat", "rekening", "jaarrekening", "score", "quarter", "kwartaal", "ytd"]),
        (.unit, ["eenheid", "eenheden", "meeteenheid", "unit", "units"]),
        (.source, ["bron", "bronnen", "source", "sources"]),
        (.label, ["taakveld", "nr", "no", "ref", "reference", "code", "nummer", "id"]),
        (.indicator, ["indicator", "indicatoren", "indicators", "omschrijving", "naam", "measure", "measures", "description", "kpi", "metric",
                      "maatstaf"]),
    ]
    /// `baseline period`, `Nulmeting periode`: the column that holds when the baseline was measured.
    static func namesBaselinePeriod(_ header: String) -> Bool {
        let words = Set(TextFolding.words(of: Array(header)).map(\.folded))
        return !words.isDisjoint(with: ["baseline", "nulmeting"]) && !words.isDisjoint(with: ["period", "periode"])
    }

    /// Dutch compounds: `Streefwaarden`, `Streefcijfer 2026`, `Realisatiecijfer`, `Begrotingswaarde`, `Effectindicator`.
    static let targetStems = ["streef"]
    static let realisedStems = ["realisatie", "gerealiseerd"]
    static let plannedStems = ["begroting", "begroot"]
    static let indicatorEndings = ["indicator", "indicatoren"]

    /// A `good is` or comparator cell: `High`, `Hoog`, `↑`, `>=` make the target a floor; `Low`, `Laag`, `↓`, `<=` a ceiling.
    /// `readingSigns`: a cell of its own column; in an aside (`(<18 jaar)`) a sign bounds the population instead.
    static func polarity(_ cell: String, readingSigns: Bool = true) -> Comparator? {
        let words = TextFolding.words(of: Array(cell)).map(\.folded)
        let sign = readingSigns ? cell.trimmingSpaces().first : nil
        if cell.contains("↑") || sign == "≥" || sign == ">" || words.contains(where: { higher.contains($0) }) { return .atLeast }
        if cell.contains("↓") || sign == "≤" || sign == "<" || words.contains(where: { lower.contains($0) }) { return .atMost }
        return nil
    }

    private static let higher: Set<String> = ["high", "higher", "hoog", "hoger", "up", "bigger", "more", "meer", "max", "maximise", "maximize", "groter"]
    private static let lower: Set<String> = ["low", "lower", "laag", "lager", "down", "smaller", "less", "minder", "min", "minimise", "minimize", "kleiner"]

    /// `(Minimise)`, `(Maximise)`, `(hoger is beter)` in the indicator's name: a polarity aside.
    static func polarityAside(in indicator: String) -> Comparator? {
        var found: Comparator?
        var rest = indicator[...]
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let aside = String(rest[rest.index(after: open)..<close])
            let words = TextFolding.words(of: Array(aside)).map(\.folded)
            // Only a short aside that is a polarity, not a definition in brackets.
            if words.count <= 3, let polarity = polarity(aside, readingSigns: false) { found = polarity }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}

/// The period a header (or a `2020: 20` cell) names.
enum HeaderPeriod {
    /// `2026`, `Streefwaarde 2026`, `2017/18`, `2017/2018` and `17/18` (a financial year, ending
    /// March 2018, as the sentence reader reads it), `FY 2023-24` (June 2024, a US fiscal year), `FY 2024` and `FY23` (the year it ends in), `2023-2026` and `t/m 2026`
    /// (the last year). Nil without a year from 1900 to 2100.
    static func read(_ text: String) -> Period? {
        let tokens = CellReader.numberTokens(in: Array(text)).filter { !$0.text.contains(".") && !$0.text.contains(",") }
        // `FY 2024`, and glued: `FY23`, `FY2023`.
        let namesFinancialYear = TextFolding.words(of: Array(text)).contains { word in
            word.folded == "fy" || (word.folded.hasPrefix("fy") && [2, 4].contains(word.folded.count - 2) && word.folded.dropFirst(2).allSatisfy(\.isNumber))
        }
        var latest: Period?
        var index = 0
        let characters = Array(text)
        // The one mark between a token and the next, spaces around it allowed (`24 /25`, `2021 - 2023`).
        func separator(after index: Int) -> Character? {
            guard index + 1 < tokens.count else { return nil }
            let between = characters[tokens[index].end..<tokens[index + 1].start].filter { $0 != " " }
            return between.count == 1 ? between.first : nil
        }
        while index < tokens.count {
            defer { index += 1 }
            // `24/25`: a financial year in two digits each, as the sentence reader reads it.
            if tokens[index].text.count == 2, index + 1 < tokens.count, tokens[index + 1].text.count == 2,
               separator(after: index) == "/",
               let first = Int(tokens[index].text), let second = Int(tokens[index + 1].text), (first + 1) % 100 == second {
                let period = Period(year: 2000 + second, granularity: .month, index: 3)
                if let period, latest.map({ period.end > $0.end }) ?? true { latest = period }
                index += 1
                continue
            }
            // `FY23`, `FY 23`: a fiscal year named by the year it ends in; which month that is (June,
            // September) the header does not say, so the year.
            if namesFinancialYear, tokens[index].text.count == 2, let year = Int(tokens[index].text), separator(after: index) == nil {
                let period = Period.year(2000 + year)
                if let period, latest.map({ period.end > $0.end }) ?? true { latest = period }
                continue
            }
            guard let first = Int(tokens[index].text), (1900...2100).contains(first), tokens[index].text.count == 4 else { continue }
            var period = Period.year(first)
            if index + 1 < tokens.count, let separator = separator(after: index), let second = Int(tokens[index + 1].text) {
                let next = tokens[index + 1].text.count == 2 ? first / 100 * 100 + second : second
                if separator == "/", next == first + 1 {
                    period = Period(year: next, granularity: .month, index: 3)
                    index += 1
                } else if separator == "-" || separator == "–", next == first + 1, tokens[index + 1].text.count == 2, namesFinancialYear {
                    // `FY 2023-24`: a fiscal year ending in June of the second year, as the sentence
                    // reader reads it (a UK `2023/24` ends in March).
                    period = Period(year: next, granularity: .month, index: 6)
                    index += 1
                } else if separator == "-" || separator == "–", next > first, next - first < 100 {
                    period = Period.year(next)
                    index += 1
                }
            }
            if let period, latest.map({ period.end > $0.end }) ?? true { latest = period }
        }
        return latest
    }
}

/// The messages of reading a pasted table, English and Dutch.
public enum TableMessages {
    static let empty = LocalizedText(en: "the table is empty: paste a header line and at least one row",
                                     nl: "de tabel is leeg: plak een kopregel en ten minste één rij")

    static let noSeparator = LocalizedText(
        en: "cannot tell the header's columns apart: separate the cells by tabs (as a spreadsheet copies them), `|`, `;` or two spaces",
        nl: "de kolommen van de kopregel zijn niet te onderscheiden: scheid de cellen met tabs (zoals een spreadsheet ze kopieert), `|`, `;` of twee spaties")

    static let unclosedQuote = LocalizedText(en: "this quote is not closed", nl: "dit aanhalingsteken wordt niet gesloten")

    static let textAfterQuote = LocalizedText(en: "text after a closing quote: a quoted cell ends at its quote, then `;`",
                                              nl: "tekst na een sluitend aanhalingsteken: een cel tussen aanhalingstekens eindigt bij het teken, dan `;`")

    static func ragged(cells: Int, headerCells: Int, headerLine: Int, layout: PastedTable.Layout) -> LocalizedText {
        let hint = layout == .spaces
            ? LocalizedText(en: " (columns told apart by spaces: an empty cell is lost; paste with tabs, or write `-` in it)",
                            nl: " (kolommen gescheiden door spaties: een lege cel valt weg; plak met tabs, of zet er `-` in)")
            : LocalizedText(verbatim: "")
        return LocalizedText(en: "this row has \(cells) cells, the header (line \(headerLine)) \(headerCells)" + hint.en,
                             nl: "deze rij heeft \(cells) cellen, de kopregel (regel \(headerLine)) \(headerCells)" + hint.nl)
    }

    static func noHeader(_ cell: String) -> LocalizedText {
        LocalizedText(en: "the first line holds the figure “\(cell)”: it must be the header, naming the columns (Indicator, Realisatie 2022, Streefwaarde 2026)",
                      nl: "de eerste regel bevat het getal ‘\(cell)’: dat moet de kopregel zijn, met de namen van de kolommen (Indicator, Realisatie 2022, Streefwaarde 2026)")
    }

    static func noTargetColumn(_ headers: [String]) -> LocalizedText {
        let named = headers.map { "“\($0)”" }.joined(separator: ", ")
        let genoemd = headers.map { "‘\($0)’" }.joined(separator: ", ")
        return LocalizedText(
            en: "no column is a target (headers: \(named)); name the target's column Streefwaarde, Doel, Norm or Target, with its year",
            nl: "geen kolom is een streefwaarde (koppen: \(genoemd)); noem de kolom van de streefwaarde Streefwaarde, Doel, Norm of Target, met het jaar")
    }

    static func noTargetFigure(_ cell: String, reading: CellReading) -> LocalizedText {
        reading == .noFigure
            ? LocalizedText(en: "the target cell “\(cell)” holds no figure", nl: "de cel van de streefwaarde ‘\(cell)’ bevat geen getal")
            : LocalizedText(en: "the target cell “\(cell)” is not a number koers can read (one figure, with %, a comparator or a year)",
                            nl: "de cel van de streefwaarde ‘\(cell)’ is geen getal dat koers kan lezen (één getal, met %, een vergelijking of een jaar)")
    }

    static func noBaselineFigure(_ cell: String, reading: CellReading) -> LocalizedText {
        reading == .noFigure
            ? LocalizedText(en: "the baseline cell “\(cell)” holds no figure", nl: "de cel van de nulmeting ‘\(cell)’ bevat geen getal")
            : LocalizedText(en: "the baseline cell “\(cell)” is not a number koers can read", nl: "de cel van de nulmeting ‘\(cell)’ is geen getal dat koers kan lezen")
    }

    static func notationUnknown(_ cell: String) -> LocalizedText {
        LocalizedText(en: "“\(cell)” can be read two ways (is its mark a decimal point or a thousands separator?) and neither its column nor the table's language says which: no number is taken; write the column's figures in one notation",
                      nl: "‘\(cell)’ is op twee manieren te lezen (is het teken een decimaalteken of een scheiding van duizendtallen?) en de kolom noch de taal van de tabel zegt welke: er wordt geen getal genomen; schrijf de getallen van de kolom in één notatie")
    }

    static func laterTargetLeftOut(_ cell: String) -> LocalizedText {
        LocalizedText(en: "a later target (“\(cell)”) than the year asked with --target-year: not in the proposed goal",
                      nl: "een latere streefwaarde (‘\(cell)’) dan het jaar gevraagd met --streefjaar: niet in het voorgestelde doel")
    }

    static func unknownPolarity(_ cell: String) -> LocalizedText {
        LocalizedText(en: "“\(cell)” does not say High or Low: the target's comparator stays open",
                      nl: "‘\(cell)’ zegt niet Hoog of Laag: de vergelijking van de streefwaarde blijft open")
    }
}
