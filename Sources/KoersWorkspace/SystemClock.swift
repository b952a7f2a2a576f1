import Glibc
import KoersCore

/// The wall clock read through the C library: Foundation's `ISO8601DateFormatter` and
/// `Calendar.current` open ICU at every koers start (its cost is in docs/performance.md) for a
/// timestamp and a date.
public enum SystemClock {
    /// Now in UTC as ISO 8601 to the second (`2026-11-30T07:19:53Z`), as `ISO8601DateFormatter` writes it.
    public static func iso8601UTC() -> String {
        var now = time(nil)
        var parts = tm()
        guard gmtime_r(&now, &parts) != nil else { return "" }
        return "\(parts.tm_year + 1900)-\(twoDigits(parts.tm_mon + 1))-\(twoDigits(parts.tm_mday))"
            + "T\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec))Z"
    }

    /// The calendar day now, in the local time zone (1 January 2000 when the clock cannot be read).
    public static func currentDate() -> CalendarDate {
        let parts = localDate()
        return CalendarDate(year: parts?.year ?? 2000, month: parts?.month ?? 1, day: parts?.day ?? 1) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }

    /// The local calendar year, month (1–12) and day, or nil when the clock cannot be read.
    static func localDate() -> (year: Int, month: Int, day: Int)? {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    private static func twoDigits(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
