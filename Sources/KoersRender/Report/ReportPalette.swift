import KoersCore

/// The report's colors. Every text color meets WCAG 2.1 AA (4.5:1) against the background it is
/// drawn on and every chart line 3:1 against the page; `ReportPaletteTests` computes the ratios from
/// `textPairs` and `graphicPairs`, so a color changed here is checked there.
public enum ReportPalette {
    public static let page = "#ffffff"
    public static let text = "#1b1b1b"
    public static let mutedText = "#4a4a4a"
    public static let link = "#1a4f8b"
    public static let tableHeader = "#e9ecf1"
    public static let tableStripe = "#f5f6f8"
    public static let quote = "#f5f6f8"
    /// Text on every status badge and bar segment.
    public static let onStatus = "#ffffff"

    /// A badge's and a bar segment's background. Dark enough for white text (4.5:1), which also
    /// keeps each segment 3:1 against the page.
    public static func status(_ status: GoalStatus) -> String {
        switch status {
        case .notEvaluable: "#5c3d8f"
        case .noData: "#595959"
        case .achieved: "#1e6b34"
        case .missed: "#8e1b1b"
        case .overdue: "#9c2f6b"
        case .pending: "#1f5a96"
        case .onTrack: "#2e7d32"
        case .atRisk: "#8a5300"
        case .offTrack: "#c0281f"
        }
    }

    public static let passed = "#1e6b34"
    public static let failed = "#b3261e"

    public static let chartSeries = "#1f4e79"
    public static let chartRoad = "#555555"
    public static let chartProjection = "#8a5300"
    public static let chartTarget = "#8e1b1b"
    public static let chartDeadline = "#5c3d8f"
    public static let chartAxis = "#4a4a4a"
    /// Grid lines are decoration only (the ticks carry the values), so they may be light.
    public static let chartGrid = "#e3e3e3"

    /// Every text color with the background it is drawn on.
    public static var textPairs: [(name: String, foreground: String, background: String)] {
        var pairs: [(name: String, foreground: String, background: String)] = [
            ("text on page", text, page),
            ("text on table header", text, tableHeader),
            ("text on table stripe", text, tableStripe),
            ("text on quote", text, quote),
            ("muted text on page", mutedText, page),
            ("muted text on stripe", mutedText, tableStripe),
            ("link on page", link, page),
            ("link on stripe", link, tableStripe),
            ("passed mark on page", passed, page),
            ("passed mark on stripe", passed, tableStripe),
            ("failed mark on page", failed, page),
            ("failed mark on stripe", failed, tableStripe),
        ]
        for color in [chartSeries, chartRoad, chartProjection, chartTarget, chartDeadline, chartAxis] {
            pairs.append(("chart label \(color) on page", color, page))
        }
        for status in GoalStatus.allCases {
            pairs.append(("badge text on \(status.rawValue)", onStatus, ReportPalette.status(status)))
        }
        return pairs
    }

    /// Every line and mark that carries meaning, with the background it is drawn on.
    public static var graphicPairs: [(name: String, foreground: String, background: String)] {
        var pairs: [(name: String, foreground: String, background: String)] = [
            ("series line", chartSeries, page),
            ("road line", chartRoad, page),
            ("projection line", chartProjection, page),
            ("target line", chartTarget, page),
            ("deadline line", chartDeadline, page),
            ("axis", chartAxis, page),
        ]
        for status in GoalStatus.allCases {
            pairs.append(("bar segment \(status.rawValue)", ReportPalette.status(status), page))
        }
        return pairs
    }
}
