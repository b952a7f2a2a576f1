/// How evaluation compares numbers and moments. Figures come from decimal text, so binary
/// floating point can land a hair beside a boundary (`8,2 × 0,95` is `7.789999…`); every
/// comparison of the evaluator goes through these functions, which hold within a relative
/// tolerance of 1e-9.
public enum Tolerance {
    public static let relative = 1e-9

    /// `x ≥ y`: `x − y ≥ −1e-9 × max(1, |x|, |y|)`.
    public static func atLeast(_ x: Double, _ y: Double) -> Bool {
        x - y >= -relative * max(1, abs(x), abs(y))
    }

    /// `x ≤ y`.
    public static func atMost(_ x: Double, _ y: Double) -> Bool { atLeast(y, x) }

    /// `x < y`: not `x ≥ y` within the tolerance.
    public static func below(_ x: Double, _ y: Double) -> Bool { !atLeast(x, y) }

    /// `x > y`.
    public static func above(_ x: Double, _ y: Double) -> Bool { !atLeast(y, x) }

    /// `x = y`: both `x ≥ y` and `x ≤ y`.
    public static func equal(_ x: Double, _ y: Double) -> Bool { atLeast(x, y) && atLeast(y, x) }

    /// Whether a slope `b` is zero for a line `v = a + b × t`: `|b| ≤ 1e-9 × max(1, |a|)`.
    public static func isFlat(slope: Double, intercept: Double) -> Bool {
        abs(slope) <= relative * max(1, abs(intercept))
    }

    /// The period of `granularity` whose span `(start, end]` contains the moment `t`: a moment
    /// at a period's end (within the tolerance) belongs to that period, so a line crossing the
    /// target at `t* = 2023.0` is reached in 2022.
    public static func period(containing t: Double, granularity: Granularity) -> Period? {
        guard t.isFinite, t > 1, t < 10000 else { return nil }
        let perYear = Double(granularity.periodsPerYear)
        // The number of whole periods since year 0 that end before t, before the tolerance.
        let slot = (t * perYear).rounded(.up) - 1
        let year = Int((slot / perYear).rounded(.down))
        guard let period = Period(year: year, granularity: granularity, index: Int(slot - Double(year) * perYear) + 1) else {
            return nil
        }
        return atMost(t, period.start) ? period.previous : period
    }
}

extension Period {
    /// The period of the given granularity whose span `(start, end]` contains the moment `t`,
    /// within the evaluation's tolerance (`Tolerance.period(containing:granularity:)`).
    public static func containing(_ t: Double, granularity: Granularity) -> Period? {
        Tolerance.period(containing: t, granularity: granularity)
    }
}
