import KoersCore

/// The goal and metric listings of the `goals`, `show` and `metrics` commands: what the goal
/// files say, before any evaluation.
public enum GoalListing {
    /// One row per goal: id, title, metric, baseline, target, deadline. Long titles are cut to fit `width`.
    public static func table(_ model: GoalModel, language: Language, width: Int) -> String {
        let notation = NumberNotation(language)
        let headers = [ListingMessages.id, ListingMessages.title, ListingMessages.metric, ListingMessages.baseline, ListingMessages.target, ListingMessages.deadline]
            .map { $0.text(in: language) }
        let rows = model.goals.map { goal in
            [
                goal.id,
                goal.title,
                goal.metric.map(\.description) ?? "–",
                goal.baseline.map { describe($0, notation: notation) } ?? "–",
                goal.target.map { describe($0, notation: notation) } ?? "–",
                goal.deadline?.description ?? "–",
            ]
        }
        return ColumnLayout.render(headers: headers, rows: rows, width: width, shrinkableColumn: 1)
    }

    /// Everything the goal file says about one goal.
    public static func detail(_ goal: Goal, model: GoalModel, language: Language) -> String {
        let notation = NumberNotation(language)
        var fields: [(LocalizedText, String)] = [(ListingMessages.title, goal.title)]
        if let source = goal.source {
            fields.append((ListingMessages.source, source.section.map { "\(source.document), \($0)" } ?? source.document))
        }
        if let owner = goal.owner { fields.append((ListingMessages.owner, owner)) }
        if let scope = goal.scope { fields.append((ListingMessages.scope, scope)) }
        fields.append((ListingMessages.metric, goal.metric.map { key in
            let title = model.metric(key.metric)?.title.map { " (\($0))" } ?? ""
            return key.description + title
        } ?? "–"))
        fields.append((ListingMessages.baseline, goal.baseline.map { describe($0, notation: notation) } ?? "–"))
        fields.append((ListingMessages.target, goal.target.map { describe($0, notation: notation) } ?? "–"))
        fields.append((ListingMessages.deadline, goal.deadline?.description ?? "–"))
        for milestone in goal.milestones {
            fields.append((ListingMessages.milestone, "\(milestone.period): \(describe(milestone.target, notation: notation))"))
        }
        for note in goal.notes { fields.append((ListingMessages.note, note)) }
        for waiver in goal.waivers { fields.append((ListingMessages.waiver, "\(waiver.rule): \(waiver.reason)")) }
        if let location = goal.location { fields.append((ListingMessages.definedAt, "\(location.file):\(location.line)")) }

        let labels = fields.map { $0.0.text(in: language) }
        let labelWidth = labels.map(\.count).max() ?? 0
        var lines = ["\(goal.id)"]
        for (label, field) in zip(labels, fields) {
            lines.append("  " + label + String(repeating: " ", count: labelWidth - label.count) + "  " + field.1)
        }
        return lines.joined(separator: "\n")
    }

    /// What `show` adds to the evaluation: notes, waivers and where the goal is written.
    public static func annotations(_ goal: Goal, language: Language) -> String {
        var fields: [(LocalizedText, String)] = []
        for note in goal.notes { fields.append((ListingMessages.note, note)) }
        for waiver in goal.waivers { fields.append((ListingMessages.waiver, "\(waiver.rule): \(waiver.reason)")) }
        if let location = goal.location { fields.append((ListingMessages.definedAt, "\(location.file):\(location.line)")) }
        let labels = fields.map { $0.0.text(in: language) }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, fields).map { label, field in
            "  " + label + String(repeating: " ", count: width - label.count) + "  " + field.1
        }.joined(separator: "\n")
    }

    /// One row per metric: id, title, unit, frequency, source, number of figures.
    public static func metricTable(_ model: GoalModel, language: Language) -> String {
        let headers = [ListingMessages.id, ListingMessages.title, ListingMessages.unit, ListingMessages.frequency, ListingMessages.source, ListingMessages.figures]
            .map { $0.text(in: language) }
        let rows = model.metrics.map { metric in
            let count = model.store.keys(ofMetric: metric.id).reduce(0) { $0 + model.store.observations($1).count }
            return [
                metric.id,
                metric.title ?? "–",
                metric.unit.map { ListingMessages.unitName($0).text(in: language) } ?? "–",
                metric.frequency.map { ListingMessages.frequencyName($0).text(in: language) } ?? "–",
                metric.source ?? "–",
                String(count),
            ]
        }
        return ColumnLayout.render(headers: headers, rows: rows, width: 200, shrinkableColumn: nil)
    }

    /// `2020` or `2020 = 49.525`.
    public static func describe(_ baseline: Baseline, notation: NumberNotation) -> String {
        let period = baseline.period?.description
        let value = baseline.value.map { NumberWriter.format($0, notation: notation) }
        return [period, value].compactMap { $0 }.joined(separator: " = ")
    }

    /// `>= 90%`, `>= +10%`, `>= +3 pp`, `= ja`, `"goed"`.
    public static func describe(_ target: Target, notation: NumberNotation) -> String {
        let comparator = target.comparator.map { $0.rawValue + " " } ?? ""
        let value: String
        switch target.value {
        case let .absolute(number, percent):
            value = NumberWriter.format(number, notation: notation) + (percent ? "%" : "")
        case let .relativePercent(number):
            value = (number >= 0 ? "+" : "") + NumberWriter.format(number, notation: notation) + "%"
        case let .percentagePoints(number):
            value = (number >= 0 ? "+" : "") + NumberWriter.format(number, notation: notation) + " pp"
        case let .yesNo(yes):
            value = notation == .dutch ? (yes ? "ja" : "nee") : (yes ? "yes" : "no")
        case let .qualitative(word):
            value = "\"\(word)\""
        }
        return comparator + value
    }
}

/// Plain columns separated by two spaces; one column may be cut with `…` to fit the width.
public enum ColumnLayout {
    public static func render(headers: [String], rows: [[String]], width: Int, shrinkableColumn: Int?) -> String {
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        let separatorWidth = 2 * (headers.count - 1)
        if let column = shrinkableColumn {
            let others = widths.enumerated().filter { $0.offset != column }.map(\.element).reduce(0, +)
            let available = width - others - separatorWidth
            widths[column] = max(headers[column].count, min(widths[column], max(12, available)))
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (column, cell) in cells.enumerated() {
                let fitted = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                let isLast = column == cells.count - 1
                out += isLast ? fitted : fitted + String(repeating: " ", count: widths[column] - fitted.count + 2)
            }
            return out
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}

enum ListingMessages {
    static let id = LocalizedText(en: "id", nl: "id")
    static let title = LocalizedText(en: "title", nl: "titel")
    static let metric = LocalizedText(en: "metric", nl: "indicator")
    static let baseline = LocalizedText(en: "baseline", nl: "nulmeting")
    static let target = LocalizedText(en: "target", nl: "streefwaarde")
    static let deadline = LocalizedText(en: "deadline", nl: "deadline")
    static let source = LocalizedText(en: "source", nl: "bron")
    static let owner = LocalizedText(en: "owner", nl: "eigenaar")
    static let scope = LocalizedText(en: "scope", nl: "afbakening")
    static let milestone = LocalizedText(en: "milestone", nl: "mijlpaal")
    static let note = LocalizedText(en: "note", nl: "notitie")
    static let waiver = LocalizedText(en: "waiver", nl: "ontheffing")
    static let definedAt = LocalizedText(en: "defined in", nl: "vastgelegd in")
    static let unit = LocalizedText(en: "unit", nl: "eenheid")
    static let frequency = LocalizedText(en: "frequency", nl: "frequentie")
    static let figures = LocalizedText(en: "figures", nl: "cijfers")

    static func unitName(_ unit: MetricUnit) -> LocalizedText {
        switch unit {
        case .count: LocalizedText(en: "count", nl: "aantal")
        case .percent: LocalizedText(en: "percent", nl: "procent")
        case .grade: LocalizedText(en: "grade (1–10)", nl: "rapportcijfer (1–10)")
        case .euro: LocalizedText(en: "euro", nl: "euro")
        case .days: LocalizedText(en: "days", nl: "dagen")
        case .yesNo: LocalizedText(en: "yes/no", nl: "ja/nee")
        }
    }

    static func frequencyName(_ granularity: Granularity) -> LocalizedText {
        switch granularity {
        case .year: LocalizedText(en: "yearly", nl: "jaarlijks")
        case .halfYear: LocalizedText(en: "half-yearly", nl: "halfjaarlijks")
        case .quarter: LocalizedText(en: "quarterly", nl: "per kwartaal")
        case .month: LocalizedText(en: "monthly", nl: "maandelijks")
        }
    }
}
