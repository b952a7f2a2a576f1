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

extension RenderStyle {
    var times: String { unicode ? "×" : "x" }
    var minus: String { unicode ? "−" : "-" }
    var atLeast: String { unicode ? "≥" : ">=" }
    var atMost: String { unicode ? "≤" : "<=" }
    var below: String { "<" }
    var arrow: String { unicode ? "→" : "->" }
}
