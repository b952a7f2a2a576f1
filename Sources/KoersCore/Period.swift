/// How finely a series is measured.
public enum Granularity: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case year = 1
    case halfYear = 2
    case quarter = 4
    case month = 12

    /// How many periods of this granularity make a year.
    public var periodsPerYear: Int { rawValue }

    /// How many months one period of this granularity spans: a switch, not `12 / periodsPerYear`,
    /// because periods are compared millions of times while figures are sorted and an integer
    /// division is the slow part of such a comparison.
    var monthsPerPeriod: Int {
        switch self {
        case .year: 12
        case .halfYear: 6
        case .quarter: 3
        case .month: 1
        }
    }

    public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A reporting period: a year, half-year, quarter or month (see docs/evaluation.md, "Time").
///
/// Stored in four bytes so that millions of observations stay small.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int16
    public let granularity: Granularity
    /// 1-based index within the year: 1 for a year, 1–2 half-years, 1–4 quarters, 1–12 months.
    public let index: UInt8

    public init?(year: Int, granularity: Granularity, index: Int) {
        guard (1...9999).contains(year), (1...granularity.periodsPerYear).contains(index) else { return nil }
        self.year = Int16(year)
        self.granularity = granularity
        self.index = UInt8(index)
    }

    public static func year(_ year: Int) -> Period? { Period(year: year, granularity: .year, index: 1) }

    /// The position on the time axis: the end of the period in fractional years,
    /// so `t(2020) = 2021.0` and `t(2021-Q3) = 2021.75`.
    public var end: Double {
        Double(year) + Double(index) / Double(granularity.periodsPerYear)
    }

    /// The start of the period in fractional years.
    public var start: Double {
        Double(year) + Double(Int(index) - 1) / Double(granularity.periodsPerYear)
    }

    /// The next period of the same granularity.
    public var next: Period? {
        if Int(index) < granularity.periodsPerYear {
            return Period(year: Int(year), granularity: granularity, index: Int(index) + 1)
        }
        return Period(year: Int(year) + 1, granularity: granularity, index: 1)
    }

    /// The canonical koers notation: `2020`, `2021-H1`, `2021-Q3`, `2021-05`.
    public var description: String {
        let y = String(year)
        switch granularity {
        case .year: return y
        case .halfYear: return "\(y)-H\(index)"
        case .quarter: return "\(y)-Q\(index)"
        case .month: return index < 10 ? "\(y)-0\(index)" : "\(y)-\(index)"
        }
    }

    /// Ordered by the end of the period; at the same end, the longer period comes first
    /// (2021 before 2021-H2 before 2021-Q4 before 2021-12).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        let (le, re) = (lhs.endKey, rhs.endKey)
        if le != re { return le < re }
        return lhs.granularity < rhs.granularity
    }

    /// The end as an exact integer number of months, free of floating-point ties.
    private var endKey: Int {
        Int(year) * 12 + Int(index) * granularity.monthsPerPeriod
    }
}

/// A period as written in a file, with the provisional mark (`2022*`) CBS uses.
public struct ParsedPeriod: Sendable, Hashable {
    public let period: Period
    public let provisional: Bool
}

extension Period {
    /// Parses koers notation (`2020`, `2021-H1`, `2021-Q3`, `2021-05`) and CBS StatLine codes
    /// (`2020JJ00`, `2021HJ01`, `2021KW03`, `2021MM05`), with an optional trailing `*` (or `**`)
    /// for provisional figures. Surrounding spaces are ignored; anything else is rejected.
    public static func parse(_ text: some StringProtocol) -> ParsedPeriod? {
        parse(utf8: Array(text.utf8)[...])
    }

    /// The byte-level form of `parse`, for hot import paths.
    public static func parse(utf8 input: ArraySlice<UInt8>) -> ParsedPeriod? {
        var bytes = input
        while let first = bytes.first, first == 0x20 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 { bytes.removeLast() }
        var provisional = false
        while let last = bytes.last, last == UInt8(ascii: "*") {
            provisional = true
            bytes.removeLast()
        }
        guard bytes.count >= 4 else { return nil }
        let start = bytes.startIndex
        guard let year = digits(bytes[start..<start + 4]) else { return nil }
        let rest = bytes[(start + 4)...]
        let period: Period?
        switch rest.count {
        case 0:
            period = .year(year)
        case 3 where rest.first == UInt8(ascii: "-"):
            // 2021-H1, 2021-Q3, 2021-05
            let kind = rest[rest.startIndex + 1]
            let tail = rest[(rest.startIndex + 1)...]
            if kind == UInt8(ascii: "H") || kind == UInt8(ascii: "h"), let n = digits(tail.dropFirst()) {
                period = Period(year: year, granularity: .halfYear, index: n)
            } else if kind == UInt8(ascii: "Q") || kind == UInt8(ascii: "q"), let n = digits(tail.dropFirst()) {
                period = Period(year: year, granularity: .quarter, index: n)
            } else if let n = digits(tail) {
                period = Period(year: year, granularity: .month, index: n)
            } else {
                period = nil
            }
        case 4:
            // CBS: JJ00, HJ01, KW03, MM05
            let code = String(decoding: rest.prefix(2), as: UTF8.self)
            guard let n = digits(rest.suffix(2)) else { return nil }
            switch code {
            case "JJ": period = n == 0 ? .year(year) : nil
            case "HJ": period = Period(year: year, granularity: .halfYear, index: n)
            case "KW": period = Period(year: year, granularity: .quarter, index: n)
            case "MM": period = Period(year: year, granularity: .month, index: n)
            default: period = nil
            }
        default:
            period = nil
        }
        return period.map { ParsedPeriod(period: $0, provisional: provisional) }
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

extension Period {
    /// The period before this one, of the same granularity.
    public var previous: Period? {
        if index > 1 { return Period(year: Int(year), granularity: granularity, index: Int(index) - 1) }
        return Period(year: Int(year) - 1, granularity: granularity, index: granularity.periodsPerYear)
    }
}
