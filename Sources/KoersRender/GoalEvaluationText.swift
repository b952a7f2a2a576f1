import KoersCore

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
