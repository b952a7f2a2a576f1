import KoersCore

/// Why an import added nothing: every error found (up to a limit), each naming the file, row
/// and field, the offending text and what was expected.
public struct ImportFailure: Error, Sendable, Hashable {
    /// More errors than this are counted, not listed.
    public static let errorLimit = 20

    public var file: String
    public var errors: [Diagnostic]
    /// Errors found beyond `errorLimit`.
    public var omitted: Int

    public init(file: String, errors: [Diagnostic], omitted: Int = 0) {
        self.file = file
        let kept = Array(errors.prefix(Self.errorLimit))
        self.errors = kept
        self.omitted = omitted + errors.count - kept.count
    }

    /// Every error, then the count of those left out.
    public func formatted(in language: Language) -> String {
        var lines = errors.map { $0.formatted(in: language) }
        if omitted > 0 { lines.append(Messages.moreErrors(omitted).text(in: language)) }
        return lines.joined(separator: "\n")
    }
}

/// What a column of the table was used for.
public struct ColumnAssignment: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        case period
        case value
        case metric
        case label(String)
        /// A column of a wide table that holds one period.
        case periodColumn(Period, provisional: Bool)
        case ignored
    }

    /// 1-based.
    public var column: Int
    public var header: String
    public var role: Role
    /// Whether the declaration said so; otherwise koers inferred it.
    public var declared: Bool

    public init(column: Int, header: String, role: Role, declared: Bool) {
        self.column = column
        self.header = header
        self.role = role
        self.declared = declared
    }
}

/// How koers read a table: shown to the user after an import, so an inferred mapping is never
/// a silent guess.
public struct TableMapping: Sendable, Hashable {
    public var layout: TableLayout
    public var layoutDeclared: Bool
    public var columns: [ColumnAssignment]
    /// The metric every row belongs to (`metric` option), if the table has no metric column.
    public var metric: String?
    /// The line (CSV) or row (xlsx) of the header; for old StatLine files the last header row.
    public var headerRow: Int
    /// Title, footer and skipped lines that were not read as data.
    public var skippedLines: [Int]
    /// nil for xlsx.
    public var separator: UInt8?
    public var separatorDeclared: Bool
    /// nil for xlsx.
    public var encoding: TextEncoding?
    public var encodingDetected: Bool
    /// nil when no value needed one.
    public var notation: NumberNotation?
    public var notationDeclared: Bool
    public var totalRow: String?
    /// File 05's kind: every field wrapped in doubled quotes, repaired on reading.
    public var repairedDoubledQuotes: Bool
    public var sheet: String?

    /// The mapping as lines for the user, in both languages.
    public var summary: [LocalizedText] { Messages.mappingSummary(self) }
}

/// What an import read and added.
public struct ImportReport: Sendable, Hashable {
    public var file: String
    public var source: DataSource
    /// The source's index in the store (what the figures' provenance refers to).
    public var sourceIndex: Int32
    /// Data rows read (not counting headers, titles and footers).
    public var rowsRead: Int
    /// Figures added to the series, missing ones included.
    public var figures: Int
    public var missingFigures: Int
    public var series: [SeriesKey]
    public var mapping: TableMapping
    public var warnings: [Diagnostic]
    /// Conflicts with figures the store already had.
    public var conflicts: [Conflict]
}

extension ImportFailure {
    /// The hint of the error that declaring the file's decimal mark fixes, worded for a data
    /// block; a front end may word the fix for the command its user typed instead.
    public static var notationHint: LocalizedText { Messages.decimalHint }
}
