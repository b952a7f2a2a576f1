/// A figure together with the provenance of everything it was computed from: for a stored
/// figure its own provenance, for a derived one the provenance of every input figure.
public struct ResolvedFigure: Sendable, Hashable {
    public var observation: Observation
    public var inputs: [Provenance]

    public init(observation: Observation, inputs: [Provenance]) {
        self.observation = observation
        self.inputs = inputs
    }
}

/// The one way evaluation gets a series' figures, stored or derived. A series that the store
/// holds is returned as stored; otherwise, when its metric has a `formula` (and the key has no
/// labels of its own), the figures are computed per period from the formula's inputs, which
/// may themselves be derived. A derived observation's `provenance` is `Provenance.derived`;
/// `figures(_:)` names the provenance of each input.
public struct SeriesResolver: Sendable {
    public let store: ObservationStore
    private let metrics: [String: Metric]

    public init(store: ObservationStore, metrics: [Metric]) {
        self.store = store
        var byID: [String: Metric] = [:]
        for metric in metrics where byID[metric.id] == nil { byID[metric.id] = metric }
        self.metrics = byID
    }

    /// The figures of a series, sorted by period.
    public func seriesFigures(_ key: SeriesKey) -> SeriesFigures {
        // Stored series are handed out as they are: evaluation slices them without copying.
        if let stored = store.series[key] { return stored }
        return SeriesFigures(figures(key).lazy.map(\.observation))
    }

    /// Whether the series is computed rather than stored.
    public func isDerived(_ key: SeriesKey) -> Bool {
        store.series[key] == nil && key.labels.isEmpty && metrics[key.metric]?.formula != nil
    }

    /// The figures of a series with the provenance of their inputs, sorted by period.
    public func figures(_ key: SeriesKey) -> [ResolvedFigure] { figures(key, depth: 0) }

    /// Formulas may refer to derived metrics; a cycle stops here instead of recursing forever.
    private static let maximumDepth = 16

    private func figures(_ key: SeriesKey, depth: Int) -> [ResolvedFigure] {
        if let stored = store.series[key] {
            return stored.map { ResolvedFigure(observation: $0, inputs: [$0.provenance]) }
        }
        guard depth < Self.maximumDepth, key.labels.isEmpty, let formula = metrics[key.metric]?.formula else { return [] }
        switch formula {
        case let .ratio(numerator, denominator):
            return combine(figures(numerator, depth: depth + 1), figures(denominator, depth: depth + 1)) { a, b in
                b == 0 ? nil : a / b
            }
        case let .percentage(part, whole):
            return combine(figures(part, depth: depth + 1), figures(whole, depth: depth + 1)) { a, b in
                b == 0 ? nil : 100 * a / b
            }
        case let .sum(base):
            let parts = partKeys(of: base)
            return sum(parts.map { figures($0, depth: depth + 1) })
        }
    }

    /// Every labelled series of the base's metric that carries the base's labels and more.
    private func partKeys(of base: SeriesKey) -> [SeriesKey] {
        store.keys(ofMetric: base.metric).filter { key in
            key.labels.count > base.labels.count && base.labels.allSatisfy { key.labels.contains($0) }
        }
    }

    /// Per period present in both inputs; a missing input gives a missing figure.
    private func combine(
        _ left: [ResolvedFigure], _ right: [ResolvedFigure], _ operation: (Double, Double) -> Double?
    ) -> [ResolvedFigure] {
        let rightByPeriod = Dictionary(right.map { ($0.observation.period, $0) }, uniquingKeysWith: { first, _ in first })
        return left.compactMap { a in
            guard let b = rightByPeriod[a.observation.period] else { return nil }
            var value: Double?
            if let x = a.observation.value, let y = b.observation.value { value = operation(x, y) }
            let observation = Observation(
                period: a.observation.period, value: value,
                provisional: a.observation.provisional || b.observation.provisional, provenance: .derived)
            return ResolvedFigure(observation: observation, inputs: a.inputs + b.inputs)
        }
    }

    /// Per period over every part that has a figure for it; any missing part makes the sum
    /// missing, since missing is not zero.
    private func sum(_ parts: [[ResolvedFigure]]) -> [ResolvedFigure] {
        var byPeriod: [Period: (value: Double?, provisional: Bool, inputs: [Provenance])] = [:]
        for part in parts {
            for figure in part {
                var entry = byPeriod[figure.observation.period] ?? (0, false, [])
                if let value = entry.value, let add = figure.observation.value { entry.value = value + add } else { entry.value = nil }
                entry.provisional = entry.provisional || figure.observation.provisional
                entry.inputs += figure.inputs
                byPeriod[figure.observation.period] = entry
            }
        }
        return byPeriod.sorted { $0.key < $1.key }.map { period, entry in
            ResolvedFigure(
                observation: Observation(period: period, value: entry.value, provisional: entry.provisional, provenance: .derived),
                inputs: entry.inputs)
        }
    }
}

extension SeriesResolver: SeriesSource {
    public func source(of provenance: Provenance) -> DataSource? { store.source(of: provenance) }
}

extension GoalModel {
    /// Resolves series against this model's store and metric declarations.
    public var resolver: SeriesResolver { SeriesResolver(store: store, metrics: metrics) }

    /// A series' observations, stored or derived: what evaluation should call.
    public func observations(_ key: SeriesKey) -> [Observation] { resolver.observations(key) }

    /// The same, column-wise: what evaluation reads.
    public func seriesFigures(_ key: SeriesKey) -> SeriesFigures { resolver.seriesFigures(key) }
}
