import KoersCore

/// What `--format xlsx` writes: sheets of typed cells, in the reader's language. The cells keep
/// their kind (a number stays a number, a period stays text, a share is a percentage), so a
/// spreadsheet can compute with them; KoersWorkspace's `WorkbookFile` writes the file.
public struct Workbook: Sendable, Hashable {
    public struct Sheet: Sendable, Hashable {
        /// At most 31 characters, none of `[]:*?/\` (Excel's rule); the builders use fixed words.
        public var name: String
        public var headers: [String]
        public var rows: [[Cell]]

        public init(name: String, headers: [String], rows: [[Cell]]) {
            self.name = name
            self.headers = headers
            self.rows = rows
        }

        /// Each column's width in characters: its longest cell or header, between 6 and 60.
        public var columnWidths: [Double] {
            headers.indices.map { column in
                let longest = ([headers[column].count] + rows.map { $0.indices.contains(column) ? $0[column].widthInCharacters : 0 }).max() ?? 0
                return Double(min(60, max(6, longest + 2)))
            }
        }
    }

    public enum Cell: Sendable, Hashable {
        /// Always written as a string, never read as a formula (a title may begin with `=`).
        case text(String)
        case number(Double)
        /// A share (0.82), shown as a percentage (82%).
        case percentage(Double)
        case empty

        var widthInCharacters: Int {
            switch self {
            case let .text(text): text.split(separator: "\n").map(\.count).max() ?? 0
            case let .number(value): JSON.number(text: value).count
            case let .percentage(share): JSON.number(text: (share * 100).rounded()).count + 1
            case .empty: 0
            }
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }
}

extension Workbook.Sheet {
    /// A table of any query as a sheet: the headers in the reader's language, numbers as numbers.
    public init(_ table: DataTable, name: LocalizedText, language: Language) {
        self.name = name.text(in: language)
        headers = table.columns.map { $0.title.text(in: language) }
        rows = table.rows.map { row in
            row.map { cell in
                switch cell {
                case let .text(text), let .abbreviated(text, _): text.isEmpty ? .empty : .text(text)
                case let .number(value, _): value.isFinite ? .number(value) : .empty
                case let .percentage(share): share.isFinite ? .percentage(share) : .empty
                case let .term(_, text): .text(text.text(in: language))
                case let .mark(set): set ? .text("*") : .empty
                case .empty: .empty
                }
            }
        }
    }
}

/// The tables `--format xlsx` shares with the other formats: the goals and their evaluations,
/// and the check's findings, each with the goal's title and owner.
public enum WorkbookTables {
    /// `status`: a row per goal, in the dashboard's order, with its figures and progress.
    public static func status(_ set: EvaluationSet) -> DataTable {
        let columns = [
            DataTable.Column("id", ListingMessages.id), DataTable.Column("title", ListingMessages.title),
            DataTable.Column("owner", WorkbookMessages.owner), DataTable.Column("status", WorkbookMessages.status),
            DataTable.Column("baseline_period", WorkbookMessages.baselinePeriod), DataTable.Column("baseline_value", WorkbookMessages.baselineValue),
            DataTable.Column("comparator", WorkbookMessages.comparator), DataTable.Column("target", ListingMessages.target),
            DataTable.Column("deadline", ListingMessages.deadline), DataTable.Column("current_period", WorkbookMessages.currentPeriod),
            DataTable.Column("current_value", WorkbookMessages.currentValue), DataTable.Column("progress", WorkbookMessages.progress),
            DataTable.Column("expected", WorkbookMessages.expected), DataTable.Column("projected", WorkbookMessages.projected),
            DataTable.Column("reached", WorkbookMessages.reached), DataTable.Column("judged_on", WorkbookMessages.judgedOn),
        ]
        let rows: [[DataTable.Cell]] = set.byStatus.map { evaluation in
            [
                .text(evaluation.goal.id), .text(evaluation.goal.title), text(evaluation.goal.owner),
                .term(key: evaluation.status.rawValue, text: RenderMessages.status(evaluation.status)),
                text((evaluation.baseline?.period ?? evaluation.goal.baseline?.period)?.description), number(evaluation.baseline?.value),
                text(EvaluationJSON.comparatorText(evaluation)), number(evaluation.target), text(evaluation.goal.deadline?.description),
                text(evaluation.current?.period.description), number(evaluation.current?.value),
                evaluation.progress.map { .percentage($0) } ?? .empty, number(evaluation.expected), number(evaluation.projected),
                text(evaluation.reached?.description),
                .term(key: EvaluationCSV.judgedOn(evaluation.goal), text: WorkbookMessages.judgedOn(evaluation.goal)),
            ]
        }
        return DataTable(columns: columns, rows: rows)
    }

    /// `goals`: what the goal files say, before any evaluation.
    public static func goals(_ model: GoalModel) -> DataTable {
        let columns = [
            DataTable.Column("id", ListingMessages.id), DataTable.Column("title", ListingMessages.title),
            DataTable.Column("owner", WorkbookMessages.owner), DataTable.Column("metric", ListingMessages.metric),
            DataTable.Column("baseline_period", WorkbookMessages.baselinePeriod), DataTable.Column("baseline_value", WorkbookMessages.baselineValue),
            DataTable.Column("comparator", WorkbookMessages.comparator), DataTable.Column("target", ListingMessages.target),
            DataTable.Column("deadline", ListingMessages.deadline),
        ]
        let rows: [[DataTable.Cell]] = model.goals.map { goal in
            let target: DataTable.Cell = switch goal.target?.value {
            // A running total's or a sustained target's number is not one a figure must reach.
            case let .absolute(value, _)? where goal.target?.cumulative != true && goal.target?.sustained != true: number(value)
            case nil: .empty
            // `>= +10%`, `= ja`: in the reader's notation in a workbook, in English in CSV and JSON.
            default: goal.target.map { target in
                let english = GoalListing.describe(target, notation: .english)
                return .term(key: english, text: LocalizedText(en: english, nl: GoalListing.describe(target, notation: .dutch)))
            } ?? .empty
            }
            return [
                .text(goal.id), .text(goal.title), text(goal.owner), text(goal.metric?.description),
                text(goal.baseline?.period?.description), number(goal.baseline?.value),
                text(goal.target?.comparator?.rawValue), target, text(goal.deadline?.description),
            ]
        }
        return DataTable(columns: columns, rows: rows)
    }

    /// `check`: a row per finding, with the goal's title, owner and verdict.
    public static func check(_ report: CheckReport, language: Language) -> DataTable {
        let columns = [
            DataTable.Column("goal", ListingMessages.id), DataTable.Column("title", ListingMessages.title),
            DataTable.Column("owner", WorkbookMessages.owner), DataTable.Column("verdict", WorkbookMessages.verdict),
            DataTable.Column("severity", CheckRenderMessages.severityHeader), DataTable.Column("rule", CheckRenderMessages.ruleHeader),
            DataTable.Column("waived", WorkbookMessages.waived), DataTable.Column("message", CheckRenderMessages.findingHeader),
            DataTable.Column("suggestion", CheckRenderMessages.suggestionHeader),
        ]
        var rows: [[DataTable.Cell]] = []
        for result in report.results {
            let goal: [DataTable.Cell] = [
                .text(result.goal.id), .text(result.goal.title), text(result.goal.owner),
                .term(key: result.verdict.rawValue, text: result.verdictText),
            ]
            guard !result.findings.isEmpty else {
                rows.append(goal + Array(repeating: .empty, count: columns.count - goal.count))
                continue
            }
            for finding in result.findings {
                rows.append(goal + [
                    .term(key: finding.severity.rawValue, text: CheckRenderMessages.severity(finding.severity)),
                    .text(finding.rule.code),
                    finding.waiver.map { .text($0.reason) } ?? .empty,
                    .text(finding.message(in: language)), .text(finding.suggestion.text(in: language)),
                ])
            }
        }
        return DataTable(columns: columns, rows: rows)
    }

    /// The report's appendix: every figure it uses, with its file, row and column.
    public static func reportFigures(_ report: ReportModel) -> DataTable {
        let columns = [
            DataTable.Column("series", LocalizedText(en: "series", nl: "reeks")),
            DataTable.Column("period", LocalizedText(en: "period", nl: "periode")),
            DataTable.Column("value", LocalizedText(en: "value", nl: "waarde")),
            DataTable.Column("provisional", LocalizedText(en: "provisional", nl: "voorlopig")),
            DataTable.Column("file", LocalizedText(en: "file", nl: "bestand")),
            DataTable.Column("row", LocalizedText(en: "row", nl: "rij")),
            DataTable.Column("column", LocalizedText(en: "column", nl: "kolom")),
            DataTable.Column("sha256", LocalizedText(en: "SHA-256", nl: "SHA-256")),
        ]
        let rows: [[DataTable.Cell]] = report.appendix.map { figure in
            [
                .text(figure.series), .text(figure.period), .number(figure.value, decimals: 4),
                figure.provisional ? .term(key: "yes", text: WorkbookMessages.yes) : .empty, .text(figure.file),
                figure.row.map { .number(Double($0), decimals: 0) } ?? .empty,
                figure.column.map { .number(Double($0), decimals: 0) } ?? .empty, .text(figure.contentHash),
            ]
        }
        return DataTable(columns: columns, rows: rows)
    }

    private static func text(_ value: String?) -> DataTable.Cell { value.map { .text($0) } ?? .empty }

    private static func number(_ value: Double?) -> DataTable.Cell {
        guard let value, value.isFinite else { return .empty }
        return .number(value, decimals: 4)
    }
}

/// The sheet names and the column titles only the workbook tables have.
public enum WorkbookMessages {
    public static let statusSheet = LocalizedText(en: "Status", nl: "Stand")
    public static let goalsSheet = LocalizedText(en: "Goals", nl: "Doelen")
    public static let metricsSheet = LocalizedText(en: "Metrics", nl: "Indicatoren")
    public static let seriesSheet = LocalizedText(en: "Series", nl: "Reeks")
    public static let checkSheet = LocalizedText(en: "Check", nl: "Controle")
    public static let figuresSheet = LocalizedText(en: "Figures", nl: "Cijfers")

    static let owner = LocalizedText(en: "owner", nl: "eigenaar")
    static let status = LocalizedText(en: "status", nl: "status")
    static let baselinePeriod = LocalizedText(en: "baseline period", nl: "nulmeting periode")
    static let baselineValue = LocalizedText(en: "baseline", nl: "nulmeting")
    static let comparator = LocalizedText(en: "comparator", nl: "vergelijking")
    static let currentPeriod = LocalizedText(en: "current period", nl: "huidige periode")
    static let currentValue = LocalizedText(en: "current value", nl: "huidige waarde")
    static let progress = LocalizedText(en: "progress", nl: "voortgang")
    static let expected = LocalizedText(en: "expected now", nl: "verwacht nu")
    static let projected = LocalizedText(en: "projected at deadline", nl: "verwacht bij deadline")
    static let reached = LocalizedText(en: "reached in", nl: "bereikt in")
    static let judgedOn = LocalizedText(en: "judged on", nl: "beoordeeld op")
    static func judgedOn(_ goal: Goal) -> LocalizedText {
        if let benchmark = goal.target?.value.benchmark {
            return LocalizedText(en: "gap to \(benchmark.series)", nl: "verschil met \(benchmark.series)")
        }
        if goal.target?.cumulative == true { return LocalizedText(en: "running total", nl: "lopend totaal") }
        if goal.target?.sustained == true { return LocalizedText(en: "every figure", nl: "elk cijfer") }
        return LocalizedText(en: "the figure", nl: "het cijfer")
    }
    static let verdict = LocalizedText(en: "verdict", nl: "oordeel")
    static let waived = LocalizedText(en: "waived because", nl: "ontheven omdat")
    static let yes = LocalizedText(en: "yes", nl: "ja")
}
