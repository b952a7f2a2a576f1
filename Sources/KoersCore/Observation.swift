/// A file koers read figures from: a data file, or a goal file with inline values.
public struct DataSource: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case goalFile = "goal-file"
        case csv
        case xlsx
    }

    public var path: String
    public var kind: Kind
    /// SHA-256 of the file's bytes, hex: tells whether a report can be regenerated from the same data.
    public var contentHash: String
    /// When it was read, ISO 8601; nil when the caller wants reproducible output.
    public var importedAt: String?
    /// The declaration's `priority`: in a conflict the source with the higher priority wins.
    public var priority: Int

    public init(path: String, kind: Kind, contentHash: String, importedAt: String? = nil, priority: Int = 0) {
        self.path = path
        self.kind = kind
        self.contentHash = contentHash
        self.importedAt = importedAt
        self.priority = priority
    }
}

/// Where one figure came from: a source (an index into the store's sources), a row (or line)
/// and a column. Twelve bytes, so that millions of figures keep their provenance cheaply.
public struct Provenance: Sendable, Hashable {
    public var source: Int32
    /// 1-based row of a CSV file (counting the header), or line of a goal file.
    public var row: Int32
    /// 1-based column (field) number.
    public var column: Int32

    public init(source: Int32, row: Int32, column: Int32) {
        self.source = source
        self.row = row
        self.column = column
    }

    /// The provenance of a computed figure: it names no source; `SeriesResolver.figures`
    /// lists the provenance of every input instead.
    public static let derived = Provenance(source: -1, row: 0, column: 0)

    public var isDerived: Bool { source < 0 }
}

/// One figure of a series.
public struct Observation: Sendable, Hashable {
    public var period: Period
    /// nil when the file says the figure is missing (`.`, empty, `-99998`): missing is not zero.
    public var value: Double?
    /// CBS marks provisional figures with `*`: used, and shown as provisional.
    public var provisional: Bool
    public var provenance: Provenance

    public init(period: Period, value: Double?, provisional: Bool = false, provenance: Provenance) {
        self.period = period
        self.value = value
        self.provisional = provisional
        self.provenance = provenance
    }
}
