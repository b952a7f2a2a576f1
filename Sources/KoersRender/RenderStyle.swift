import KoersCore

/// What the output device allows: colors (ANSI escapes), Unicode (bars, chart glyphs), and
/// how many columns wide the text may be.
public struct RenderStyle: Sendable, Hashable {
    public var colors: Bool
    public var unicode: Bool
    public var width: Int

    public init(colors: Bool, unicode: Bool, width: Int = 80) {
        self.colors = colors
        self.unicode = unicode
        self.width = max(60, width)
    }

    /// Whether output goes to a terminal, where tables are fitted to `width`; a pipe or a file
    /// gets them whole. Unicode is on exactly there (`koers` sets both from the same test).
    public var isTerminal: Bool { unicode }

    /// A terminal: colors and Unicode.
    public static func terminal(width: Int = 80) -> RenderStyle { RenderStyle(colors: true, unicode: true, width: width) }
    /// A pipe or a file: plain ASCII, no escapes.
    public static func plain(width: Int = 80) -> RenderStyle { RenderStyle(colors: false, unicode: false, width: width) }
}

/// The formats of the query commands (`--format`).
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case table
    case json
    case csv
    case markdown
}

enum Color: String {
    case red = "31"
    case green = "32"
    case yellow = "33"
    case magenta = "35"
    case cyan = "36"
    case bold = "1"
    case dim = "2"
}

extension RenderStyle {
    func paint(_ text: String, _ color: Color) -> String {
        guard colors, !text.isEmpty else { return text }
        return "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m"
    }

    func color(of status: GoalStatus) -> Color {
        switch status {
        case .achieved, .onTrack: .green
        case .atRisk, .pending: .yellow
        case .offTrack, .missed: .red
        case .overdue: .magenta
        case .noData, .notEvaluable: .dim
        }
    }

    var ellipsis: String { unicode ? "…" : "..." }

    func comparator(_ comparator: Comparator?) -> String {
        switch comparator {
        case .atLeast?: unicode ? "≥" : ">="
        case .atMost?: unicode ? "≤" : "<="
        case .equals?: "="
        case nil: ""
        }
    }

    /// Cuts `text` to `width` columns, marking the cut.
    func truncate(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > ellipsis.count else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - ellipsis.count)) + ellipsis
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// Numbers and values in the reader's notation.
struct ValueFormatter {
    let language: Language
    let unit: MetricUnit?
    let binary: Bool

    init(language: Language, evaluation: GoalEvaluation) {
        self.language = language
        self.unit = evaluation.unit
        self.binary = evaluation.isBinary || evaluation.unit == .yesNo
    }

    init(language: Language, unit: MetricUnit?) {
        self.language = language
        self.unit = unit
        self.binary = unit == .yesNo
    }

    var notation: NumberNotation { NumberNotation(language) }

    /// A figure as shown to a reader: up to two decimals, `%` for percentages, yes/no for binary series.
    func value(_ x: Double) -> String {
        if binary { return (x >= 0.5 ? RenderMessages.yes : RenderMessages.no).text(in: language) }
        return NumberWriter.format(x, notation: notation, maxFractionDigits: 2) + (unit == .percent ? "%" : "")
    }

    /// A figure in few characters, for the dashboard.
    func compact(_ x: Double) -> String {
        if binary { return value(x) }
        let text = abs(x) >= 1000 ? whole(x) : NumberWriter.format(x, notation: notation, maxFractionDigits: abs(x) >= 100 ? 1 : 2)
        return text + (unit == .percent ? "%" : "")
    }

    /// A number rounded to a whole.
    func whole(_ x: Double) -> String {
        NumberWriter.format(x, notation: notation, maxFractionDigits: 0)
    }

    /// A figure inside a formula: up to four decimals, no unit.
    func exact(_ x: Double) -> String {
        NumberWriter.format(x, notation: notation, maxFractionDigits: 4)
    }

    /// A moment on the time axis: up to four decimals, never grouped (`2024,7981`).
    func moment(_ t: Double) -> String {
        NumberWriter.format(t, notation: notation, maxFractionDigits: 4, grouping: false)
    }

    /// A number as an operand in a formula: negative numbers in parentheses.
    func operand(_ x: Double) -> String {
        x < 0 ? "(" + exact(x) + ")" : exact(x)
    }

    func percent(_ share: Double) -> String {
        whole(share * 100) + "%"
    }

    func point(_ point: EvaluationPoint) -> String {
        let text = value(point.value)
        return point.provisional ? text + "*" : text
    }
}

extension GoalEvaluation {
    /// The target as the reader should see it: `≥ 54.477,5`.
    func targetText(_ style: RenderStyle, _ formatter: ValueFormatter, compact: Bool = false) -> String? {
        guard let target else { return nil }
        let number = compact ? formatter.compact(target) : formatter.value(target)
        if isBinary { return number }
        let symbol = style.comparator(goal.target?.comparator)
        return symbol.isEmpty ? number : "\(symbol) \(number)"
    }

    /// The target value as written in the goal file: `+10%`, `+3 pp`, `90%`, `yes`.
    func statedTarget(_ formatter: ValueFormatter) -> String? {
        let notation = formatter.notation
        func signed(_ x: Double) -> String {
            (x >= 0 ? "+" : "") + NumberWriter.format(x, notation: notation, maxFractionDigits: 4)
        }
        switch goal.target?.value {
        case let .relativePercent(percent)?: return signed(percent) + "%"
        case let .percentagePoints(points)?: return signed(points) + " pp"
        case let .change(amount)?: return "B " + signed(amount)
        default: return nil
        }
    }

    /// The one-line explanation of `no-data` and `not-evaluable`.
    func reasonText() -> LocalizedText? {
        switch status {
        case .notEvaluable:
            let parts = gaps.map(RenderMessages.gap)
            guard var text = parts.first else { return nil }
            for part in parts.dropFirst() { text = text + LocalizedText(verbatim: ", ") + part }
            return text
        case .noData:
            return noDataReason.map { RenderMessages.noData($0, baseline: goal.baseline?.period) }
        default:
            return nil
        }
    }
}

extension RenderStyle {
    var times: String { unicode ? "×" : "x" }
    var minus: String { unicode ? "−" : "-" }
    var atLeast: String { unicode ? "≥" : ">=" }
    var atMost: String { unicode ? "≤" : "<=" }
    var below: String { "<" }
    var arrow: String { unicode ? "→" : "->" }
}

/// Breaks `text` into lines of at most `width` columns at spaces.
func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        if !line.isEmpty, line.count + 1 + word.count > width - indent.count {
            lines.append(indent + line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(indent + line) }
    return lines
}
