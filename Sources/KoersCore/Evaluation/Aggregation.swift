/// A period of the goal's granularity for which only some finer figures exist yet ("2022 so
/// far: 2 of 4 quarters, 26.420"): shown beside the evaluation, never judged.
public struct PartialPeriod: Sendable, Hashable {
    public var period: Period
    /// The granularity of the parts (quarters of a year).
    public var parts: Granularity
    /// How many parts have a figure.
    public var count: Int
    /// How many parts make the whole period.
    public var total: Int
    /// The parts so far combined by the metric's rule; nil when the rule is `none`.
    public var value: Double?

    public init(period: Period, parts: Granularity, count: Int, total: Int, value: Double?) {
        self.period = period
        self.parts = parts
        self.count = count
        self.total = total
        self.value = value
    }
}

/// What evaluation noticed while it made figures of the goal's granularity from finer ones.
public enum AggregationNote: Sendable, Hashable {
    /// Finer figures exist, but the metric has no way to combine them (`combine none`, the
    /// default for percentages and grades): they are not used.
    case finerFiguresNotCombined(Granularity)
    /// A figure published for the period itself differs from the one its complete parts make:
    /// the published one is used.
    case publishedDiffersFromParts(period: Period, published: Double, combined: Double)
}

/// A series made at the goal's granularity, as an evaluation keeps it.
public final class AggregatedSeries: Sendable {
    public let points: [EvaluationPoint]
    public let partial: PartialPeriod?
    public let notes: [AggregationNote]

    convenience init(_ series: GranularSeries) {
        self.init(points: series.points, partial: series.partial, notes: series.notes)
    }

    init(points: [EvaluationPoint], partial: PartialPeriod?, notes: [AggregationNote]) {
        self.points = points
        self.partial = partial
        self.notes = notes
    }
}

/// The figures of one series at one granularity `G` (docs/evaluation.md, "One granularity per
/// goal"): figures of `G` as published, and for periods without one, a figure made from
/// a complete set of finer figures by the metric's combine rule.
struct GranularSeries {
    var points: [EvaluationPoint] = []
    var partial: PartialPeriod?
    var notes: [AggregationNote] = []

    /// Builds the series from `observations` (sorted, any granularity). Only periods of `G`
    /// ending at or before `asOfT` are complete enough to be judged; the latest one after the
    /// last judged point that has some parts is `partial`.
    init(_ observations: Slice<SeriesFigures>, granularity: Granularity, rule: CombineRule, asOfT: Double) {
        var unused: Granularity?
        var index = observations.startIndex
        while index < observations.endIndex {
            // Every observation inside one period of G (or coarser ones, which are skipped).
            guard let whole = Period.containing(observations[index].period.end, granularity: granularity) else {
                index += 1
                continue
            }
            var published: EvaluationPoint?
            var parts: [Granularity: [Observation]] = [:]
            while index < observations.endIndex, Tolerance.atMost(observations[index].period.end, whole.end) {
                let observation = observations[index]
                index += 1
                let own = observation.period.granularity
                if own == granularity {
                    if let point = EvaluationPoint(observation) { published = point }
                } else if own > granularity {
                    parts[own, default: []].append(observation)
                }
            }
            let complete = Self.complete(parts, of: whole, rule: rule)
            if rule == .none, published == nil, let finer = parts.keys.min() { unused = finer }
            if let published {
                if let complete, !Tolerance.equal(complete.value, published.value) {
                    notes.append(.publishedDiffersFromParts(period: whole, published: published.value, combined: complete.value))
                }
                points.append(published)
                partial = nil
            } else if let complete, Tolerance.atMost(whole.end, asOfT) {
                points.append(complete)
                partial = nil
            } else if rule != .none, let most = parts.max(by: { Self.covered($0.value) < Self.covered($1.value) }) {
                let present = most.value.compactMap(\.value)
                guard !present.isEmpty else { continue }
                partial = PartialPeriod(
                    period: whole, parts: most.key, count: present.count,
                    total: most.key.periodsPerYear / granularity.periodsPerYear, value: rule.combine(present))
            }
        }
        if let unused { notes.append(.finerFiguresNotCombined(unused)) }
    }

    /// The share of a year the figures with a value cover, to pick the finer granularity that
    /// says most about an incomplete period.
    private static func covered(_ parts: [Observation]) -> Int {
        parts.reduce(0) { $0 + ($1.value == nil ? 0 : 12 / $1.period.granularity.periodsPerYear) }
    }

    /// The figure of `whole` made from a complete set of parts of one finer granularity (the
    /// coarsest that is complete), or nil.
    private static func complete(_ parts: [Granularity: [Observation]], of whole: Period, rule: CombineRule) -> EvaluationPoint? {
        guard rule != .none else { return nil }
        for granularity in parts.keys.sorted() {
            let needed = granularity.periodsPerYear / whole.granularity.periodsPerYear
            // Of several figures for one part the last counts, as for any period.
            var byIndex: [UInt8: Observation] = [:]
            for observation in parts[granularity] ?? [] { byIndex[observation.period.index] = observation }
            let ordered = byIndex.keys.sorted().compactMap { byIndex[$0] }
            let points = ordered.compactMap(EvaluationPoint.init)
            guard points.count == needed, let value = rule.combine(points.map(\.value)) else { continue }
            return EvaluationPoint(
                period: whole, value: value, provisional: points.contains(where: \.provisional),
                origin: .combined(rule, parts: points))
        }
        return nil
    }
}
