/// Slips in a target that its metric gives away, warned about the moment a goal is loaded or
/// edited rather than after a status has been judged on them: `>= 10%` on a count (the `+` of
/// `+10%` forgotten, so "at least 10 requests" is judged) and a grade off its 1–10 scale.
public enum TargetAdvice {
    /// What is probably wrong with `target` of goal `goalID` on a metric of `unit`; nil when
    /// nothing is.
    public static func advice(
        for target: Target, goalID: String, metricID: String, unit: MetricUnit
    ) -> (message: LocalizedText, hint: LocalizedText)? {
        guard case let .absolute(number, percent) = target.value else { return nil }
        let written = LocalizedText(
            en: (target.comparator.map { $0.rawValue + " " } ?? "") + NumberWriter.format(number, notation: .english, maxFractionDigits: 4, grouping: false),
            nl: (target.comparator.map { $0.rawValue + " " } ?? "") + NumberWriter.format(number, notation: .dutch, maxFractionDigits: 4, grouping: false))
        if percent, [.count, .euro, .days].contains(unit) {
            let sign = target.comparator == .atMost ? "-" : "+"
            let change = LocalizedText(
                en: sign + NumberWriter.format(abs(number), notation: .english, maxFractionDigits: 4, grouping: false) + "%",
                nl: sign + NumberWriter.format(abs(number), notation: .dutch, maxFractionDigits: 4, grouping: false) + "%")
            return (
                LocalizedText(
                    en: "goal \(goalID): `\(written.en)%` on \(metricID) (\(CheckMessages.unitName(unit).en)) is judged as the number \(written.en), not as a change; did you mean `\(change.en)`?",
                    nl: "doel \(goalID): `\(written.nl)%` op \(metricID) (\(CheckMessages.unitName(unit).nl)) wordt beoordeeld als het getal \(written.nl), niet als verandering; bedoelde u `\(change.nl)`?"),
                LocalizedText(
                    en: "`\(change.en)` means \(change.en) compared with the baseline; a plain `\(written.en)` means the number itself.",
                    nl: "`\(change.nl)` betekent \(change.nl) ten opzichte van de nulmeting; een kale `\(written.nl)` betekent het getal zelf."))
        }
        if unit == .grade, !percent, number > gradeScale.upperBound || number < gradeScale.lowerBound {
            let above = number > gradeScale.upperBound
            return (
                LocalizedText(
                    en: "goal \(goalID): `\(written.en)` is \(above ? "above" : "below") the scale of \(metricID), a grade from 1 to 10: no figure can \(above ? "reach" : "go below") it",
                    nl: "doel \(goalID): `\(written.nl)` ligt \(above ? "boven" : "onder") de schaal van \(metricID), een rapportcijfer van 1 tot 10: geen cijfer komt \(above ? "zo hoog" : "zo laag")"),
                LocalizedText(en: "Write a grade between 1 and 10, e.g. `>= 7.5`.", nl: "Schrijf een cijfer tussen 1 en 10, bijvoorbeeld `>= 7,5`."))
        }
        return nil
    }

    /// The scale of a `grade` metric: Dutch school grades.
    public static let gradeScale: ClosedRange<Double> = 1...10

    /// Warnings for the target and milestones of `goal` against its metric, at the goal.
    public static func diagnostics(for goal: Goal, metric: Metric) -> [Diagnostic] {
        guard let unit = metric.unit else { return [] }
        let targets = (goal.target.map { [$0] } ?? []) + goal.milestones.map(\.target)
        return targets.compactMap { target in
            advice(for: target, goalID: goal.id, metricID: metric.id, unit: unit).map {
                Diagnostic(.warning, at: goal.location, $0.message, hint: $0.hint)
            }
        }
    }

    /// The warnings for every goal of `model` with a declared metric.
    public static func diagnostics(in model: GoalModel) -> [Diagnostic] {
        model.goals.flatMap { goal in
            guard let id = goal.metric?.metric, let metric = model.metric(id) else { return [Diagnostic]() }
            return diagnostics(for: goal, metric: metric)
        }
    }
}
