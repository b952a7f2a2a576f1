/// A period in which a metric's total differs from the sum of its labelled parts.
public struct TotalMismatch: Sendable, Hashable {
    /// The total's series: the metric without the `total-of` label (other labels kept).
    public var total: SeriesKey
    public var period: Period
    public var totalFigure: Observation
    public var partsSum: Double
    /// The parts' figures for the period, in series order.
    public var parts: [SeriesKey: Observation]

    public init(total: SeriesKey, period: Period, totalFigure: Observation, partsSum: Double, parts: [SeriesKey: Observation]) {
        self.total = total
        self.period = period
        self.totalFigure = totalFigure
        self.partsSum = partsSum
        self.parts = parts
    }
}

/// Something legal but suspicious about a figure.
public struct SeriesWarning: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The figure is more than ten times (or less than a tenth of) the previous figure of
        /// the same granularity.
        case jump(previous: Observation)
        case provisional
        /// The period starts after the period the caller calls today.
        case future(today: Period)
    }

    public var key: SeriesKey
    public var observation: Observation
    public var kind: Kind

    public init(key: SeriesKey, observation: Observation, kind: Kind) {
        self.key = key
        self.observation = observation
        self.kind = kind
    }
}

extension ObservationStore {
    /// Checks, per period, that a metric's total equals the sum of its parts (`total-of`).
    /// Periods where the total or a part is missing are skipped: missing is not zero.
    public func totalMismatches(of metric: Metric) -> [TotalMismatch] {
        guard let partLabel = metric.totalOf else { return [] }
        var groups: [SeriesKey: [SeriesKey]] = [:]
        for key in keys(ofMetric: metric.id) where key.label(partLabel) != nil {
            let total = SeriesKey(metric: key.metric, labels: key.labels.filter { $0.name != partLabel })
            groups[total, default: []].append(key)
        }
        var mismatches: [TotalMismatch] = []
        for (total, parts) in groups.sorted(by: { $0.key < $1.key }) {
            let partFigures = parts.map { key in
                (key, Dictionary(observations(key).map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first }))
            }
            for figure in observations(total) {
                guard let totalValue = figure.value else { continue }
                var sum = 0.0
                var found: [SeriesKey: Observation] = [:]
                var complete = true
                for (key, byPeriod) in partFigures {
                    guard let part = byPeriod[figure.period] else { continue }
                    guard let value = part.value else {
                        complete = false
                        break
                    }
                    sum += value
                    found[key] = part
                }
                guard complete, !found.isEmpty else { continue }
                if !(abs(totalValue - sum) <= 1e-6 * max(1, abs(totalValue))) {
                    mismatches.append(TotalMismatch(total: total, period: figure.period, totalFigure: figure, partsSum: sum, parts: found))
                }
            }
        }
        return mismatches
    }

    /// Jumps of more than an order of magnitude, provisional figures and figures for periods
    /// after `today` (the core has no clock: the caller passes today's period, or nil to skip).
    public func warnings(for keys: [SeriesKey], today: Period?) -> [SeriesWarning] {
        Self.warnings(for: keys, in: series, today: today)
    }

    /// The same for figures not yet in a store (an import checking what it read): each
    /// series is put in period order first, as a store keeps it.
    public static func warnings(for keys: [SeriesKey], in figures: [SeriesKey: SeriesFigures], today: Period?) -> [SeriesWarning] {
        var warnings: [SeriesWarning] = []
        // The previous figure per granularity, indexed by the granularity's raw value (1...12).
        var previousByGranularity = [Observation?](repeating: nil, count: 13)
        for key in keys {
            guard var observations = figures[key] else { continue }
            if !observations.isInPeriodOrder { observations.sort { $0.period < $1.period } }
            for index in previousByGranularity.indices { previousByGranularity[index] = nil }
            for observation in observations {
                if observation.provisional {
                    warnings.append(SeriesWarning(key: key, observation: observation, kind: .provisional))
                }
                if let today, observation.period.start >= today.end {
                    warnings.append(SeriesWarning(key: key, observation: observation, kind: .future(today: today)))
                }
                guard let value = observation.value else { continue }
                let slot = observation.period.granularity.rawValue
                if let previous = previousByGranularity[slot], let before = previous.value, isJump(from: before, to: value) {
                    warnings.append(SeriesWarning(key: key, observation: observation, kind: .jump(previous: previous)))
                }
                previousByGranularity[slot] = observation
            }
        }
        return warnings
    }

    /// More than ten times as large or small; a change of sign or from or to zero is not a
    /// magnitude and is not flagged.
    static func isJump(from before: Double, to after: Double) -> Bool {
        guard before != 0, after != 0, (before > 0) == (after > 0) else { return false }
        let ratio = abs(after / before)
        return ratio > 10 || ratio < 0.1
    }
}

extension RandomAccessCollection where Element == Observation, Index == Int {
    /// Whether the periods never go down (the importer reads most series in order already).
    var isInPeriodOrder: Bool {
        indices.dropFirst().allSatisfy { !(self[$0].period < self[$0 - 1].period) }
    }
}
