import KoersCore

extension GoalEvaluation {
    /// The target as the reader should see it: `≥ 54.477,5`.
    func targetText(_ style: RenderStyle, _ formatter: ValueFormatter, compact: Bool = false) -> String? {
        guard let target else { return nil }
        // Against a benchmark `T` is 0 on the gap; the reader sees the benchmark series.
        if goal.target?.value.benchmark != nil { return writtenTarget(style, formatter) }
        let number = compact ? formatter.compact(target) : formatter.value(target)
        if isBinary { return number }
        let symbol = style.comparator(goal.target?.comparator)
        return symbol.isEmpty ? number : "\(symbol) \(number)"
    }

    /// The target as the goal states it (`≥ 90%`, `≥ +10%`, `= yes`), for a goal whose `T`
    /// could not be resolved (no metric, no baseline figure): the council still sees what was
    /// promised. Nil for a word or no target.
    func writtenTarget(_ style: RenderStyle, _ formatter: ValueFormatter) -> String? {
        let notation = formatter.notation
        func number(_ x: Double) -> String { NumberWriter.format(x, notation: notation, maxFractionDigits: 4) }
        let value: String
        switch goal.target?.value {
        case let .absolute(x, percent)?: value = number(x) + (percent || formatter.unit == .percent ? "%" : "")
        case .relativePercent?, .percentagePoints?, .change?, .benchmark?: value = statedTarget(formatter) ?? ""
        case let .yesNo(yes)?: return "= " + (yes ? RenderMessages.yes : RenderMessages.no).text(in: formatter.language)
        case .qualitative?, nil: return nil
        }
        let symbol = style.comparator(goal.target?.comparator)
        return symbol.isEmpty ? value : "\(symbol) \(value)"
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
        case let .benchmark(benchmark)?:
            switch benchmark.offset {
            case nil: return benchmark.series.description
            case let .amount(amount)?: return benchmark.series.description + " " + signed(amount)
            case let .percent(percent)?: return benchmark.series.description + " " + signed(percent) + "%"
            }
        default: return nil
        }
    }

    /// The one-line explanation of `no-data` and `not-evaluable`.
    func reasonText() -> LocalizedText? {
        switch status {
        case .notEvaluable:
            return notEvaluableReason
        case .noData:
            return noDataReason.map { RenderMessages.noData($0, baseline: goal.baseline?.period) }
        default:
            return nil
        }
    }
}
