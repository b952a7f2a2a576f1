import Glibc

/// The wall clock read through the C library: Foundation's `ISO8601DateFormatter` and
/// `Calendar.current` open ICU, which cost about a millisecond of every koers start
/// (docs/performance.md) for a timestamp and a month.
enum SystemClock {
    /// Now in UTC as ISO 8601 to the second (`2026-11-30T07:19:53Z`), as `ISO8601DateFormatter` writes it.
    static func iso8601UTC() -> String {
        var now = time(nil)
        var parts = tm()
        guard gmtime_r(&now, &parts) != nil else { return "" }
        return "\(parts.tm_year + 1900)-\(twoDigits(parts.tm_mon + 1))-\(twoDigits(parts.tm_mday))"
            + "T\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec))Z"
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
