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
        // The title is what the listing promises: when the other columns leave it no readable
        // width (ids are never cut), each goal gets a block of its own, every field whole.
        let otherColumns = [0, 2, 3, 4, 5].map { column in
            min(column == 2 ? 18 : Int.max, ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0)
        }
        let titleRoom = width - otherColumns.reduce(0, +) - 2 * otherColumns.count
        let layout = ColumnLayout.render(headers: headers, rows: rows, width: width, shrinkableColumn: 1, maximumWidths: [2: 18])
        guard titleRoom < 12 || layout.split(separator: "\n").contains(where: { $0.count > width }) else { return layout }
        return ExpandedLayout.render(headers: headers, rows: rows, width: width)
    }

    /// What `show` adds to the evaluation: notes, waivers and where the goal is written.
    /// `width`: the terminal's, within which a long note wraps at words; nil for a pipe.
    public static func annotations(_ goal: Goal, language: Language, width: Int? = nil) -> String {
        var fields: [(LocalizedText, String)] = []
        if let programme = goal.programme { fields.append((ListingMessages.programme, programme)) }
        if let theme = goal.theme { fields.append((ListingMessages.theme, theme)) }
        for note in goal.notes { fields.append((ListingMessages.note, note)) }
        for waiver in goal.waivers { fields.append((ListingMessages.waiver, "\(waiver.rule): \(waiver.reason)")) }
        if let location = goal.location { fields.append((ListingMessages.definedAt, "\(location.file):\(location.line)")) }
        let labels = fields.map { $0.0.text(in: language) }
        let labelWidth = labels.map(\.count).max() ?? 0
        return zip(labels, fields).flatMap { label, field in
            ExpandedLayout.hanging("  " + label.padded(to: labelWidth) + "  ", field.1, width: width)
        }.joined(separator: "\n")
    }

    /// `2020` or `2020 = 49.525`.
    public static func describe(_ baseline: Baseline, notation: NumberNotation) -> String {
        let period = baseline.period?.description
        let value = baseline.value.map { written($0, notation) }
        return [period, value].compactMap { $0 }.joined(separator: " = ")
    }

    /// A number as the goal file gives it: the listing shows what the file says, so `49.525`
    /// is not rounded to `49.53` as figures on the dashboard are.
    private static func written(_ value: Double, _ notation: NumberNotation) -> String {
        NumberWriter.format(value, notation: notation, maxFractionDigits: 6)
    }

    /// `>= 90%`, `>= +10%`, `>= +3 pp`, `= ja`, `"goed"`; `total >= 2,400` and `always >= 7.5`
    /// (`totaal`, `steeds`) as the goal file marks a running total and a sustained target, which
    /// judge something else than the figure itself.
    public static func describe(_ target: Target, notation: NumberNotation) -> String {
        var comparator = target.comparator.map { $0.rawValue + " " } ?? ""
        if target.cumulative { comparator = (notation == .dutch ? "totaal " : "total ") + comparator }
        if target.sustained { comparator = (notation == .dutch ? "steeds " : "always ") + comparator }
        let value: String
        switch target.value {
        case let .absolute(number, percent):
            value = written(number, notation) + (percent ? "%" : "")
        case let .relativePercent(number):
            value = (number >= 0 ? "+" : "") + written(number, notation) + "%"
        case let .percentagePoints(number):
            value = (number >= 0 ? "+" : "") + written(number, notation) + " pp"
        case let .change(number):
            value = (notation == .dutch ? "nulmeting " : "baseline ") + (number >= 0 ? "+" : "") + written(number, notation)
        case let .yesNo(yes):
            value = notation == .dutch ? (yes ? "ja" : "nee") : (yes ? "yes" : "no")
        case let .qualitative(word):
            value = "\"\(word)\""
        case let .benchmark(benchmark):
            let offset = switch benchmark.offset {
            case let .amount(number)?: " " + (number >= 0 ? "+" : "") + written(number, notation)
            case let .percent(number)?: " " + (number >= 0 ? "+" : "") + written(number, notation) + "%"
            case nil: ""
            }
            value = "benchmark " + benchmark.series.description + offset
        }
        return comparator + value
    }
}

/// Plain columns separated by two spaces; one column may be cut with `…` to fit the width, or
/// one wrapped onto lines of its own.
public enum ColumnLayout {
    /// A wrapped column keeps at least this many characters a line, however narrow the width.
    static let minimumWrappedWidth = 12

    /// `maximumWidths` caps columns (by index) that would otherwise crowd out the shrinkable one.
    /// A table wider than `width` has its `wrappingColumn` narrowed to what the other columns
    /// leave, and a longer cell there goes on over the next lines, the other columns blank: no
    /// character is lost (series keys, whose labels tell series apart anywhere in the key).
    public static func render(
        headers: [String], rows: [[String]], width: Int, shrinkableColumn: Int?, maximumWidths: [Int: Int] = [:],
        wrappingColumn: Int? = nil
    ) -> String {
        // Made visible before measuring: written out at the terminal, a control character from a
        // file would be longer than it was counted and push the rest of its row out of line.
        let rows = rows.map { $0.map { VisibleControls.shown($0) } }
        var widths = headers.indices.map { column in
            let natural = ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
            return min(natural, maximumWidths[column] ?? natural)
        }
        let separatorWidth = 2 * (headers.count - 1)
        if let column = shrinkableColumn {
            let others = widths.enumerated().filter { $0.offset != column }.map(\.element).reduce(0, +)
            let available = width - others - separatorWidth
            widths[column] = max(headers[column].count, min(widths[column], max(12, available)))
        }
        var wraps = false
        if let column = wrappingColumn, widths.reduce(separatorWidth, +) > width {
            let others = widths.enumerated().filter { $0.offset != column }.map(\.element).reduce(0, +)
            let narrowed = max(headers[column].count, minimumWrappedWidth, width - others - separatorWidth)
            wraps = narrowed < widths[column]
            widths[column] = min(widths[column], narrowed)
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
        func lines(_ cells: [String]) -> [String] {
            guard wraps, let column = wrappingColumn, cells[column].count > widths[column] else { return [line(cells)] }
            let pieces = wrap(cells[column], width: widths[column])
            var first = cells
            first[column] = pieces[0]
            return [line(first)] + pieces.dropFirst().map { piece in
                var continuation = Array(repeating: "", count: cells.count)
                continuation[column] = piece
                return String(line(continuation).reversed().drop { $0 == " " }.reversed())
            }
        }
        return ([line(headers)] + rows.flatMap(lines)).joined(separator: "\n")
    }

    /// `text` in pieces of at most `width` characters that join back into it, each broken after
    /// the last `,` or `{` that fits (between a key's labels), or at `width` when none does or
    /// the piece would fill less than half the column.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var pieces: [String] = []
        var rest = Substring(text)
        while rest.count > width {
            let fitting = rest.prefix(width)
            // Not after the `\u{` of a character written visibly: that `{` is no label boundary.
            let end = fitting.indices.last { fitting[$0] == "," || (fitting[$0] == "{" && !fitting[..<$0].hasSuffix("\\u")) }
                .map { fitting.index(after: $0) }
                .flatMap { fitting[..<$0].count * 2 >= width ? $0 : nil } ?? fitting.endIndex
            pieces.append(String(rest[..<end]))
            rest = rest[end...]
        }
        if !rest.isEmpty || pieces.isEmpty { pieces.append(String(rest)) }
        return pieces
    }
}

enum ListingMessages {
    static let id = LocalizedText(en: "id", nl: "id")
    static let title = LocalizedText(en: "title", nl: "titel")
    static let metric = LocalizedText(en: "metric", nl: "indicator")
    static let baseline = LocalizedText(en: "baseline", nl: "nulmeting")
    static let target = LocalizedText(en: "target", nl: "streefwaarde")
    static let deadline = LocalizedText(en: "deadline", nl: "deadline")
    static let note = LocalizedText(en: "note", nl: "notitie")
    static let waiver = LocalizedText(en: "waiver", nl: "ontheffing")
    static let definedAt = LocalizedText(en: "defined in", nl: "vastgelegd in")
    static let programme = LocalizedText(en: "programme", nl: "programma")
    static let theme = LocalizedText(en: "theme", nl: "thema")
}
