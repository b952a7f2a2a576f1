/// A day of the calendar: what "today" is when koers judges as of today. The core never reads
/// the clock; the shell passes the date (or the one a script fixed with `--today`).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2026-12-07` (ISO 8601, the only form koers writes).
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Why `text`, written in the shape of `2026-12-07`, is no date: its month or its day is out
    /// of range (nil when it is a date or not in that shape at all), for a message that says so.
    public enum OutOfRange: Sendable, Hashable {
        case month(Int)
        case day(Int, month: Int, year: Int, days: Int)
    }

    public static func outOfRange(_ text: some StringProtocol) -> OutOfRange? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...9999).contains(year)
        else { return nil }
        guard (1...12).contains(month) else { return .month(month) }
        let days = days(inMonth: month, year: year)
        return (1...days).contains(day) ? nil : .day(day, month: month, year: year, days: days)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The date as a fractional year: `y + (m − 1 + (day − 1) / days in the month) / 12`, so
    /// 7 December 2026 is 2026.9328 and on 1 June May's figure (ending at 2026.4167) exists.
    public var moment: Double {
        let withinMonth = Double(day - 1) / Double(Self.days(inMonth: month, year: year))
        return Double(year) + (Double(month - 1) + withinMonth) / 12
    }

    /// The month the date lies in.
    public var monthPeriod: Period {
        // The initialiser checked year and month, so the period exists.
        Period(year: year, granularity: .month, index: month)!
    }

    public var description: String {
        let month = month < 10 ? "0\(month)" : "\(month)"
        let day = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(month)-\(day)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// The peildatum a user asks for: the moment `A` evaluation is as of.
public enum AsOf: Sendable, Hashable {
    /// Today (the default): `t(A)` is the date as a fractional year.
    case today(CalendarDate)
    /// `asof 2022-Q2`: `t(A) = t(2022-Q2)`, the end of the period.
    case period(Period)
    /// `asof latest`: per goal, the end of the latest period in which its series has a figure.
    case latest
}

/// The moment a goal was judged as of, resolved from an `AsOf`.
public enum AsOfMoment: Sendable, Hashable, CustomStringConvertible {
    case date(CalendarDate)
    case period(Period)
    /// The end of the goal's latest raw figure (`asof latest`).
    case latestFigure(Period)

    /// `t(A)`.
    public var t: Double {
        switch self {
        case let .date(date): date.moment
        case let .period(period), let .latestFigure(period): period.end
        }
    }

    /// The period asked for or found; nil for a date.
    public var period: Period? {
        switch self {
        case .date: nil
        case let .period(period), let .latestFigure(period): period
        }
    }

    public var isLatestFigure: Bool {
        if case .latestFigure = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case let .date(date): date.description
        case let .period(period), let .latestFigure(period): period.description
        }
    }
}

extension AsOf {
    /// The moment every goal is judged as of; nil for `latest`, where each goal has its own.
    public var sharedMoment: AsOfMoment? {
        switch self {
        case let .today(date): .date(date)
        case let .period(period): .period(period)
        case .latest: nil
        }
    }
}

extension AsOf {
    /// The period asked for with `asof PERIOD`; nil for today and for each goal's latest figures.
    public var period: Period? {
        if case let .period(period) = self { return period }
        return nil
    }
}
