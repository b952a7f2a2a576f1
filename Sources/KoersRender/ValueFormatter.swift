import KoersCore

/// Numbers and values in the reader's notation.
struct ValueFormatter {
    let language: Language
    let unit: MetricUnit?
    /// A free unit (`kg per inwoner`), written after a figure.
    let unitName: String?
    let binary: Bool

    init(language: Language, evaluation: GoalEvaluation) {
        self.language = language
        self.unit = evaluation.unit
        self.unitName = evaluation.unitName
        self.binary = evaluation.isBinary || evaluation.unit == .yesNo
    }

    init(language: Language, unit: MetricUnit?, unitName: String? = nil) {
        self.language = language
        self.unit = unit
        self.unitName = unitName
        self.binary = unit == .yesNo
    }

    var notation: NumberNotation { NumberNotation(language) }

    /// A figure as shown to a reader: up to two decimals, `%` for percentages, a free unit
    /// after it (`12,5 kg per inwoner`), yes/no for binary series.
    func value(_ x: Double) -> String {
        if binary { return (x >= 0.5 ? RenderMessages.yes : RenderMessages.no).text(in: language) }
        let number = NumberWriter.format(x, notation: notation, maxFractionDigits: 2)
        if let unitName { return number + " " + unitName }
        return number + (unit == .percent ? "%" : "")
    }

    /// A change per year, as a reader reads one: signed, up to two decimals, in percentage points
    /// for a percentage (`+1.53 pp`: a share does not rise by a percent of itself), with a free
    /// unit after it.
    func change(_ x: Double) -> String {
        let number = (x > 0 ? "+" : "") + NumberWriter.format(x, notation: notation, maxFractionDigits: 2)
        if let unitName { return number + " " + unitName }
        return number + (unit == .percent ? " pp" : "")
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
