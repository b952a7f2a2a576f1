/// A label on a series, such as `productgroep=Vergunningen` or `gemeente=GM0141`.
public struct Label: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    public var description: String { "\(name)=\(value)" }

    public static func < (lhs: Label, rhs: Label) -> Bool { (lhs.name, lhs.value) < (rhs.name, rhs.value) }
}

/// One time series: a metric id plus its labels, e.g. `digitale_aanvragen{productgroep=Vergunningen}`.
/// A key without labels is the metric's total.
public struct SeriesKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var metric: String
    /// Sorted by name, at most one per name.
    public private(set) var labels: [Label]

    public init(metric: String, labels: [Label] = []) {
        self.metric = metric
        self.labels = labels.sorted()
    }

    public func label(_ name: String) -> String? { labels.first { $0.name == name }?.value }

    /// `metric` or `metric{name=value,name=value}`; values with characters outside
    /// letters, digits, `_` and `-` are quoted.
    public var description: String {
        guard !labels.isEmpty else { return metric }
        let inner = labels.map { label in
            let plain = label.value.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
            guard !plain || label.value.isEmpty else { return "\(label.name)=\(label.value)" }
            let escaped = label.value.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
            return "\(label.name)=\"\(escaped)\""
        }
        return "\(metric){\(inner.joined(separator: ","))}"
    }

    public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
        if lhs.metric != rhs.metric { return lhs.metric < rhs.metric }
        return lhs.labels.lexicographicallyPrecedes(rhs.labels)
    }
}

/// What a metric's figures measure.
public enum MetricUnit: String, Sendable, Hashable, CaseIterable, Codable {
    case count
    case percent
    /// A Dutch school mark, 1–10 (rapportcijfer).
    case grade
    case euro
    case days
    case yesNo = "yes-no"

    /// Whether `>=`/`<=` comparisons make sense; yes/no metrics take `= yes` only.
    public var isOrdered: Bool { self != .yesNo }
}

/// How finer figures of a metric make a coarser one (four quarters a year).
public enum CombineRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// The parts add up: counts, amounts. A metric with this rule is additive.
    case sum
    /// The average of the parts (a grade averaged over the quarters).
    case mean
    /// The last part stands for the whole (a stock at the end of the period).
    case last
    /// Finer figures cannot make a coarser one (a percentage of unknown totals).
    case none

    /// The figure of a period made from all its parts, in time order; nil for `none` or no parts.
    public func combine(_ parts: [Double]) -> Double? {
        guard let last = parts.last else { return nil }
        switch self {
        case .sum: return parts.reduce(0, +)
        case .mean: return parts.reduce(0, +) / Double(parts.count)
        case .last: return last
        case .none: return nil
        }
    }
}

/// A metric computed per period from other series.
public enum Formula: Sendable, Hashable {
    /// `numerator / denominator`.
    case ratio(SeriesKey, SeriesKey)
    /// `100 × part / whole`.
    case percentage(SeriesKey, SeriesKey)
    /// The sum over every labelled series of a metric.
    case sum(SeriesKey)

    /// The series the formula reads.
    public var inputs: [SeriesKey] {
        switch self {
        case let .ratio(a, b), let .percentage(a, b): [a, b]
        case let .sum(a): [a]
        }
    }
}

/// A metric declaration: a named, documented time series (or family of labelled series).
public struct Metric: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var unit: MetricUnit?
    /// A unit the goal-file language has no word for, as written (`unit "kg per inwoner"`,
    /// `"ton CO2"`); then `unit` is nil: the figures are ordered numbers, shown with this
    /// name, and add up only when the metric says `combine sum`.
    public var unitName: String?
    /// Where the figures come from, as staff describe it ("zaaksysteem", "CBS StatLine 70072ned").
    public var source: String?
    /// How often a new figure is expected.
    public var frequency: Granularity?
    /// How many periods of `frequency` lie between two figures: 2 for a survey held every two
    /// years (`frequency two-yearly`), whose figures are still yearly ones; 1 otherwise.
    public var periodsBetweenFigures: Int
    /// How finer figures combine, as declared; nil means the unit's default (`combineRule`).
    public var combine: CombineRule?
    /// What exactly is counted, in words.
    public var definition: String?
    /// The label whose parts add up to this metric's unlabelled total (`total-of productgroep`).
    public var totalOf: String?
    public var formula: Formula?
    @IgnoredInEquality public var location: SourceLocation?

    public init(
        id: String, title: String? = nil, unit: MetricUnit? = nil, source: String? = nil,
        frequency: Granularity? = nil, combine: CombineRule? = nil, definition: String? = nil, totalOf: String? = nil,
        formula: Formula? = nil, unitName: String? = nil, periodsBetweenFigures: Int = 1, location: SourceLocation? = nil
    ) {
        self.id = id
        self.periodsBetweenFigures = periodsBetweenFigures
        self.unitName = unitName
        self.title = title
        self.unit = unit
        self.source = source
        self.frequency = frequency
        self.combine = combine
        self.definition = definition
        self.totalOf = totalOf
        self.formula = formula
        self.location = location
    }
}

extension Metric {
    /// How finer figures combine: as declared, else `sum` for counts and euros and `none` for
    /// the other units (a percentage or a grade cannot be added up).
    public var combineRule: CombineRule {
        if let combine { return combine }
        switch unit {
        case .count?, .euro?: return .sum
        default: return .none
        }
    }

    /// Whether the parts of a period add up to the whole.
    public var isAdditive: Bool { combineRule == .sum }
}

extension SeriesKey {
    /// Reads `metric` or `metric{name=value,name="value with spaces"}`, as a user types it.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        guard let brace = trimmed.firstIndex(of: "{") else {
            guard SeriesKey.isIdentifier(trimmed) else { return nil }
            self.init(metric: trimmed)
            return
        }
        let metric = String(trimmed[..<brace])
        guard SeriesKey.isIdentifier(metric), trimmed.last == "}" else { return nil }
        var labels: [Label] = []
        var rest = trimmed[trimmed.index(after: brace)..<trimmed.index(before: trimmed.endIndex)]
        while !rest.isEmpty {
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let name = String(rest[..<equals]).trimmingSpaces()
            guard SeriesKey.isIdentifier(name) else { return nil }
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var closed = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if character == "\\", let escaped = rest.first {
                        value.append(escaped)
                        rest = rest.dropFirst()
                    } else if character == "\"" {
                        closed = true
                        break
                    } else {
                        value.append(character)
                    }
                }
                guard closed else { return nil }
                rest = rest.drop { $0 == " " }
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = String(rest[..<end]).trimmingSpaces()
                rest = rest[end...]
            }
            guard labels.allSatisfy({ $0.name != name }) else { return nil }
            labels.append(Label(name: name, value: value))
            if rest.first == "," { rest = rest.dropFirst() } else if !rest.isEmpty { return nil }
        }
        self.init(metric: metric, labels: labels)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }
}

extension String {
    func replacingAll(_ character: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == character { out += replacement } else { out.append(c) } }
        return out
    }
}
