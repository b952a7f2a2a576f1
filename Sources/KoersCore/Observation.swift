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

/// One figure of a series. Packed into 24 bytes (the national monitor holds two million of
/// them): the provisional mark shares a word with the column, and a missing value is a NaN
/// with a payload of its own instead of an optional's extra byte, which padded the figure to 32.
public struct Observation: Sendable, Hashable {
    public var period: Period
    // Internal so that `SeriesFigures` stores and rebuilds figures by their packed words.
    private(set) var sourceIndex: Int32
    private(set) var rowNumber: Int32
    /// The column in the low 31 bits (two's complement, so `Provenance.derived`'s and any
    /// negative column round-trip), the provisional mark in the top bit.
    private(set) var columnAndMark: UInt32
    private(set) var valueBits: UInt64

    /// A quiet NaN no arithmetic produces (those carry no payload): the figure is missing.
    private static let missingBits: UInt64 = 0x7FF8_6B6F_6572_7300
    private static let mark: UInt32 = 1 << 31

    public init(period: Period, value: Double?, provisional: Bool = false, provenance: Provenance) {
        self.period = period
        sourceIndex = provenance.source
        rowNumber = provenance.row
        columnAndMark = Self.packed(provenance.column, provisional: provisional)
        valueBits = Self.bits(of: value)
    }

    init(period: Period, sourceIndex: Int32, rowNumber: Int32, columnAndMark: UInt32, valueBits: UInt64) {
        self.period = period
        self.sourceIndex = sourceIndex
        self.rowNumber = rowNumber
        self.columnAndMark = columnAndMark
        self.valueBits = valueBits
    }

    static func bits(of value: Double?) -> UInt64 { value.map(\.bitPattern) ?? missingBits }

    /// nil when the file says the figure is missing (`.`, empty, `-99998`): missing is not zero.
    public var value: Double? {
        get { valueBits == Self.missingBits ? nil : Double(bitPattern: valueBits) }
        set { valueBits = Self.bits(of: newValue) }
    }

    /// CBS marks provisional figures with `*`: used, and shown as provisional.
    public var provisional: Bool {
        get { columnAndMark & Self.mark != 0 }
        set { columnAndMark = newValue ? columnAndMark | Self.mark : columnAndMark & ~Self.mark }
    }

    public var provenance: Provenance {
        get { Provenance(source: sourceIndex, row: rowNumber, column: Int32(bitPattern: columnAndMark << 1) >> 1) }
        set {
            sourceIndex = newValue.source
            rowNumber = newValue.row
            columnAndMark = Self.packed(newValue.column, provisional: provisional)
        }
    }

    /// Columns beyond ±2^30 (a line over a gigabyte) are clamped rather than wrapped.
    private static func packed(_ column: Int32, provisional: Bool) -> UInt32 {
        let clamped = min(max(column, -(1 << 30)), (1 << 30) - 1)
        return UInt32(bitPattern: clamped) & ~mark | (provisional ? mark : 0)
    }

    // Compared and hashed by what they mean, as the unpacked figure was: a value equal as a
    // number (0 and -0) is equal, whatever its bits.
    public static func == (lhs: Observation, rhs: Observation) -> Bool {
        lhs.period == rhs.period && lhs.value == rhs.value && lhs.provisional == rhs.provisional && lhs.provenance == rhs.provenance
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(period)
        hasher.combine(value)
        hasher.combine(provisional)
        hasher.combine(provenance)
    }
}
