import KoersCore

/// How a goal file writes what the printer adds: keyword language, number notation, indentation.
public struct GoalFileStyle: Sendable, Hashable {
    public var keywords: Language
    /// The file's notation directive. When nil the file has none, and numbers are written so that
    /// they need none (no thousands separators, never one mark before exactly three digits).
    public var notation: NumberNotation?
    /// The indentation of fields; continuation lines go four spaces deeper.
    public var indentation: String
    /// Text longer than this many characters continues on further lines.
    public var wrapWidth: Int

    public init(keywords: Language = .en, notation: NumberNotation? = nil, indentation: String = "    ", wrapWidth: Int = 80) {
        self.keywords = keywords
        self.notation = notation
        self.indentation = indentation
        self.wrapWidth = wrapWidth
    }

    /// The style an existing file is written in, so that an edited line matches the lines around it.
    public init(of document: GoalFileDocument) {
        self.init(keywords: document.keywordLanguage, notation: document.notation, indentation: document.fieldIndentation)
    }
}

/// Writes goal files: a document back exactly as it was read, or a model as a canonical goal file.
public enum GoalFilePrinter {
    // MARK: - Documents

    /// The document's text, byte for byte as it was read when unedited: every line with its own
    /// line ending, comments and blank lines included, and the byte order mark if there was one.
    public static func print(_ document: GoalFileDocument) -> String {
        // Every line is a place in the text the document was read from: that text is the print.
        document.text
    }

    static func print(lines: [GoalFileLine], byteOrderMark: Bool) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 2 })
        for line in lines {
            out += line.text
            out += line.ending.rawValue
        }
        return out
    }

    // MARK: - Models

    /// A canonical goal file for a model: the notation directive, then every metric (with the
    /// inline values of its series), every data declaration and every goal, a blank line between blocks.
    /// It parses back to an equal model. Inline values of a metric the model does not declare
    /// have no block to stand in and are not written. Ids and label names are written as they
    /// are, so they must be valid ids (as every parsed model's are).
    public static func print(
        _ model: GoalModel, inlineValues: [InlineValue] = [], keywords: Language, notation: NumberNotation
    ) -> String {
        let style = GoalFileStyle(keywords: keywords, notation: notation)
        var blocks: [[String]] = [[GoalFileVocabulary.notation.canonical(in: keywords) + " " + notation.rawValue]]
        var valuesByMetric: [String: [InlineValue]] = [:]
        for value in inlineValues { valuesByMetric[value.series.metric, default: []].append(value) }
        for metric in model.metrics {
            blocks.append([header(.metric, name: metric.id, keywords: keywords)]
                + fieldLines(of: metric, inlineValues: valuesByMetric[metric.id] ?? [], style: style))
        }
        for declaration in model.dataDeclarations {
            blocks.append(dataBlock(path: declaration.path, options: declaration.options.map { ($0.key, optionValue($0.value)) }, style: style))
        }
        for programme in model.programmes {
            blocks.append([header(.programme, name: programme.id, keywords: keywords)] + fieldLines(of: programme, style: style))
        }
        for document in model.documents {
            blocks.append([header(.document, name: document.id, keywords: keywords)] + fieldLines(of: document, style: style))
        }
        for goal in model.goals {
            blocks.append([header(.goal, name: goal.id, keywords: keywords)] + fieldLines(of: goal, style: style))
        }
        return blocks.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    /// A block's header line: `goal ID`, `metric ID`, or `data "PATH"` with the path already quoted.
    public static func header(_ kind: BlockKind, name: String, keywords: Language) -> String {
        GoalFileVocabulary.spelling(kind).canonical(in: keywords) + " " + name
    }

    /// A data block's lines: `data "PATH"` and one `KEY VALUE` line per option, each value
    /// already written as goal-file text.
    public static func dataBlock(path: String, options: [(key: String, value: String)], style: GoalFileStyle) -> [String] {
        [header(.data, name: GoalFileQuoting.quoted(path), keywords: style.keywords)] + options.map { style.indentation + $0.key + " " + $0.value }
    }

    /// Every field line of a goal, in canonical order.
    public static func fieldLines(of goal: Goal, style: GoalFileStyle) -> [String] {
        GoalFileVocabulary.fields(of: .goal).flatMap { lines(for: $0, of: goal, style: style) }
    }

    /// Every field line of a policy document, in canonical order.
    public static func fieldLines(of document: PolicyDocument, style: GoalFileStyle) -> [String] {
        GoalFileVocabulary.fields(of: .document).flatMap { lines(for: $0, of: document, style: style) }
    }

    /// Every field line of a programme, in canonical order.
    public static func fieldLines(of programme: Programme, style: GoalFileStyle) -> [String] {
        GoalFileVocabulary.fields(of: .programme).flatMap { lines(for: $0, of: programme, style: style) }
    }

    /// The lines of one field of a document; an adoption field gives a line only for the
    /// adoption the document has.
    public static func lines(for field: FieldKind, of document: PolicyDocument, style: GoalFileStyle) -> [String] {
        let keyword = GoalFileVocabulary.spelling(field).canonical(in: style.keywords)
        let start = style.indentation + keyword + " "
        switch (field, document.adoption) {
        case (.title, _):
            return document.title.map { textLines(start, $0, style: style) } ?? []
        case (.kind, _):
            return document.kind.map { [start + GoalFileVocabulary.spelling($0).canonical(in: style.keywords)] } ?? []
        case (.date, _):
            return document.date.map { [start + $0.description] } ?? []
        case let (.adopted, .adoptedByCouncil(date)?), let (.noted, .noted(date)?):
            return [style.indentation + keyword + (date.map { " " + $0.description } ?? "")]
        case (.notPresented, .notPresented?):
            return [style.indentation + keyword]
        case (.horizon, _):
            return document.horizon.map { [start + $0.description] } ?? []
        case (.owner, _):
            return document.owner.map { textLines(start, $0, style: style) } ?? []
        case (.evaluation, _):
            return document.evaluations.flatMap { textLines(start + $0.date.description + " ", $0.title, style: style) }
        case (.note, _):
            return document.notes.flatMap { textLines(start, $0, style: style) }
        default:
            return []
        }
    }

    /// The lines of one field of a programme.
    public static func lines(for field: FieldKind, of programme: Programme, style: GoalFileStyle) -> [String] {
        let start = style.indentation + GoalFileVocabulary.spelling(field).canonical(in: style.keywords) + " "
        let text: String? = switch field {
        case .title: programme.title
        case .owner: programme.owner
        case .theme: programme.theme
        default: nil
        }
        return text.map { textLines(start, $0, style: style) } ?? []
    }

    /// Every field line of a metric, in canonical order, its inline values last.
    public static func fieldLines(of metric: Metric, inlineValues: [InlineValue], style: GoalFileStyle) -> [String] {
        GoalFileVocabulary.fields(of: .metric).flatMap { lines(for: $0, of: metric, inlineValues: inlineValues, style: style) }
    }

    /// The lines of one field of a goal (a repeatable field gives one line per entry; long text
    /// gives continuation lines); empty when the goal has no such field. A deadline is written
    /// after the target (`target >= 90% by 2026`), so `.deadline` gives a line only for a goal
    /// without a target.
    public static func lines(for field: FieldKind, of goal: Goal, style: GoalFileStyle) -> [String] {
        let keyword = GoalFileVocabulary.spelling(field).canonical(in: style.keywords)
        let start = style.indentation + keyword + " "
        switch field {
        case .title:
            return textLines(start, goal.title, style: style)
        case .source:
            guard let source = goal.source else { return [] }
            return [start + GoalFileQuoting.quoted(source.document) + (source.section.map { ", " + GoalFileQuoting.quoted($0) } ?? "")]
        case .programme:
            return goal.programme.map { [start + $0] } ?? []
        case .theme:
            return goal.theme.map { textLines(start, $0, style: style) } ?? []
        case .owner:
            return goal.owner.map { textLines(start, $0, style: style) } ?? []
        case .scope:
            return goal.scope.map { textLines(start, $0, style: style) } ?? []
        case .metric:
            return goal.metric.map { [start + series($0)] } ?? []
        case .baseline:
            guard let baseline = goal.baseline, baseline.period != nil || baseline.value != nil else { return [] }
            let period = baseline.period.map(\.description)
            let value = baseline.value.map { "= " + number($0, style: style) }
            return [start + [period, value].compactMap { $0 }.joined(separator: " ")]
        case .target:
            guard let target = goal.target else { return [] }
            let by = goal.deadline.map { " " + GoalFileVocabulary.deadlineAfterTarget.canonical(in: style.keywords) + " " + $0.description } ?? ""
            return [start + self.target(target, style: style) + by]
        case .deadline:
            guard goal.target == nil, let deadline = goal.deadline else { return [] }
            return [start + deadline.description]
        case .milestone:
            return goal.milestones.map { start + $0.period.description + " " + target($0.target, style: style) }
        case .note:
            return goal.notes.flatMap { textLines(start, $0, style: style) }
        case .waiver:
            return goal.waivers.flatMap { textLines(start + $0.rule + " ", $0.reason, style: style) }
        case .unit, .frequency, .combine, .definition, .totalOf, .formula, .value, .kind, .date, .adopted, .noted, .notPresented,
             .horizon, .evaluation:
            return []
        }
    }

    /// The lines of one field of a metric; `.value` gives one line per inline value of the metric.
    public static func lines(for field: FieldKind, of metric: Metric, inlineValues: [InlineValue], style: GoalFileStyle) -> [String] {
        let keyword = GoalFileVocabulary.spelling(field).canonical(in: style.keywords)
        let start = style.indentation + keyword + " "
        switch field {
        case .title:
            return metric.title.map { textLines(start, $0, style: style) } ?? []
        case .unit:
            if let name = metric.unitName { return [start + GoalFileQuoting.quoted(name)] }
            return metric.unit.map { [start + GoalFileVocabulary.spelling($0).canonical(in: style.keywords)] } ?? []
        case .source:
            return metric.source.map { textLines(start, $0, style: style) } ?? []
        case .frequency:
            if metric.frequency == .year, metric.periodsBetweenFigures == 2 {
                return [start + GoalFileVocabulary.twoYearly.canonical(in: style.keywords)]
            }
            return metric.frequency.map { [start + GoalFileVocabulary.spelling($0).canonical(in: style.keywords)] } ?? []
        case .combine:
            return metric.combine.map { [start + GoalFileVocabulary.spelling($0).canonical(in: style.keywords)] } ?? []
        case .definition:
            return metric.definition.map { textLines(start, $0, style: style) } ?? []
        case .totalOf:
            return metric.totalOf.map { [start + $0] } ?? []
        case .formula:
            return metric.formula.map { [start + formula($0, keywords: style.keywords)] } ?? []
        case .value:
            return inlineValues.filter { $0.series.metric == metric.id }.map { value in
                let labels = value.series.labels.isEmpty ? "" : self.labels(value.series.labels) + " "
                return start + labels + value.period.description + (value.provisional ? "*" : "") + " = " + number(value.value, style: style)
            }
        case .owner, .scope, .metric, .baseline, .target, .deadline, .milestone, .note, .waiver, .programme, .theme, .kind, .date,
             .adopted, .noted, .notPresented, .horizon, .evaluation:
            return []
        }
    }

    // MARK: - Values

    /// A number that reads back as exactly the same value: the shortest decimal form of the
    /// double, in the style's notation.
    public static func number(_ value: Double, style: GoalFileStyle) -> String {
        let (negative, integer, fraction) = decimalDigits(value)
        let notation = style.notation ?? NumberNotation(style.keywords)
        var out = negative ? "-" : ""
        if style.notation != nil, integer.count > 3 {
            for (offset, digit) in integer.enumerated() {
                if offset > 0, (integer.count - offset) % 3 == 0 { out.unicodeScalars.append(Unicode.Scalar(notation.groupingMark)) }
                out.append(digit)
            }
        } else {
            out += integer
        }
        guard !fraction.isEmpty else { return out }
        out.unicodeScalars.append(Unicode.Scalar(notation.decimalMark))
        out += fraction
        // Without a directive, `1,125` would be ambiguous: one more zero says it is a decimal.
        if style.notation == nil, fraction.count == 3, integer != "0", integer.count <= 3 { out += "0" }
        return out
    }

    /// A number with its decimal mark and no thousands separators, as messages quote it.
    static func plainNumber(_ value: Double, notation: NumberNotation) -> String {
        let (negative, integer, fraction) = decimalDigits(value)
        let mark = String(Unicode.Scalar(notation.decimalMark))
        return (negative ? "-" : "") + integer + (fraction.isEmpty ? "" : mark + fraction)
    }

    /// The sign, integer digits and fraction digits (no trailing zeros) of the shortest decimal
    /// that reads back as `value`. Non-finite values, which no goal file holds, print as 0.
    static func decimalDigits(_ value: Double) -> (negative: Bool, integer: String, fraction: String) {
        guard value.isFinite else { return (false, "0", "") }
        // `description` is the shortest round-tripping form: `49525.0`, `7.2`, `1e-05`, `1.5e+20`.
        var text = value.magnitude.description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var digits = text.filter { $0 >= "0" && $0 <= "9" }
        var point = text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? text.count
        point += exponent
        if point < 0 {
            digits = String(repeating: "0", count: -point) + digits
            point = 0
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var integer = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
        if integer.isEmpty { integer = "0" }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (value.sign == .minus && !(integer == "0" && fraction.isEmpty), integer, fraction)
    }

    /// `>= 90%`, `>= +10%`, `<= -5%`, `>= +3 pp`, `= yes`, `"goed"`, `always >= 7.5`.
    public static func target(_ target: Target, style: GoalFileStyle) -> String {
        let plain = levelTarget(target, style: style)
        if target.sustained { return GoalFileVocabulary.sustained.canonical(in: style.keywords) + " " + plain }
        if target.cumulative { return GoalFileVocabulary.cumulative.canonical(in: style.keywords) + " " + plain }
        return plain
    }

    private static func levelTarget(_ target: Target, style: GoalFileStyle) -> String {
        let value: String
        switch target.value {
        case let .absolute(number, percent):
            // A signed percentage means a change relative to the baseline, so a negative absolute
            // value is written without its percent sign rather than have its meaning changed.
            value = self.number(number, style: style) + (percent && number >= 0 ? "%" : "")
        case let .relativePercent(number):
            value = (number < 0 ? "" : "+") + self.number(number, style: style) + "%"
        case let .percentagePoints(number):
            value = (number < 0 ? "" : "+") + self.number(number, style: style) + " "
                + GoalFileVocabulary.percentagePoints.canonical(in: style.keywords)
        case let .change(number):
            value = GoalFileVocabulary.spelling(.baseline).canonical(in: style.keywords) + " "
                + (number < 0 ? "" : "+") + self.number(number, style: style)
        case let .yesNo(answer):
            value = GoalFileVocabulary.spelling(answer).canonical(in: style.keywords)
        case let .qualitative(text):
            value = GoalFileQuoting.quoted(text)
        case let .benchmark(benchmark):
            let offset = switch benchmark.offset {
            case let .amount(number)?: " " + (number < 0 ? "" : "+") + self.number(number, style: style)
            case let .percent(number)?: " " + (number < 0 ? "" : "+") + self.number(number, style: style) + "%"
            case nil: ""
            }
            value = GoalFileVocabulary.benchmark.canonical(in: style.keywords) + " " + series(benchmark.series) + offset
        }
        return target.comparator.map { $0.rawValue + " " + value } ?? value
    }

    /// `metric` or `metric{name=value,name="value with spaces"}`.
    public static func series(_ key: SeriesKey) -> String {
        key.labels.isEmpty ? key.metric : key.metric + labels(key.labels)
    }

    static func labels(_ labels: [Label]) -> String {
        "{" + labels.map { $0.name + "=" + (isPlainWord($0.value) ? $0.value : GoalFileQuoting.quoted($0.value)) }.joined(separator: ",") + "}"
    }

    /// `ratio(a, b)`, `percentage(a, b)`, `sum(a)`, the function named in the keyword language.
    public static func formula(_ formula: Formula, keywords: Language) -> String {
        let (function, inputs): (FormulaFunction, [SeriesKey]) = switch formula {
        case let .ratio(a, b): (.ratio, [a, b])
        case let .percentage(a, b): (.percentage, [a, b])
        case let .sum(a): (.sum, [a])
        }
        return GoalFileVocabulary.spelling(function).canonical(in: keywords) + "(" + inputs.map(series).joined(separator: ", ") + ")"
    }

    /// An import option's value: bare when it is one plain word, else quoted.
    static func optionValue(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII ? isASCIIIdentifierCharacter(scalar) || "./:;%+*".unicodeScalars.contains(scalar) : scalar.properties.isAlphabetic
        }
        return plain ? value : GoalFileQuoting.quoted(value)
    }

    private static func isPlainWord(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy {
            $0.isASCII ? isASCIIIdentifierCharacter($0) : $0.properties.isAlphabetic
        }
    }

    private static func isASCIIIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
    }

    /// A text field, continued on further lines (indented four spaces deeper) when it is long.
    /// Text is only broken at a single space between two other characters, so joining the
    /// parts with one space gives it back exactly.
    private static func textLines(_ start: String, _ text: String, style: GoalFileStyle) -> [String] {
        let parts = wrapped(text, width: style.wrapWidth)
        let continuation = style.indentation + "    "
        return parts.enumerated().map { index, part in (index == 0 ? start : continuation) + GoalFileQuoting.quoted(part) }
    }

    /// Parts of at most `width` characters where a break allows it, each ending at the last
    /// breakable space that keeps it within the width (or the first one after, for a long word).
    static func wrapped(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > width, width > 0 else { return [text] }
        var parts: [String] = []
        var partStart = 0
        func breakable(_ index: Int) -> Bool {
            scalars[index] == " " && index > partStart && index + 1 < scalars.count
                && scalars[index - 1] != " " && scalars[index + 1] != " "
        }
        while scalars.count - partStart > width {
            var cut = (partStart + 1...min(partStart + width, scalars.count - 1)).last(where: breakable)
            if cut == nil { cut = (partStart + width..<scalars.count).first(where: breakable) }
            guard let cut else { break }
            parts.append(String(String.UnicodeScalarView(scalars[partStart..<cut])))
            partStart = cut + 1
        }
        parts.append(String(String.UnicodeScalarView(scalars[partStart...])))
        return parts
    }
}
