/// Two sources giving different figures for the same series and period.
public struct Conflict: Sendable, Hashable {
    public enum Resolution: String, Sendable, Hashable, Codable {
        /// Equal priority: the figure read first stays in the store, and staff must settle it
        /// (with `priority` on a data declaration, or by fixing a file).
        case unresolved
        /// The source with the higher `priority` won.
        case priority
        /// A definitive figure replaced a provisional one (CBS's `2022*` followed by `2022`).
        case definitiveOverProvisional
    }

    public var key: SeriesKey
    public var period: Period
    /// The figure the store holds after the merge.
    public var kept: Observation
    /// The figure that lost; when unresolved, the one read later.
    public var other: Observation
    public var resolution: Resolution

    public init(key: SeriesKey, period: Period, kept: Observation, other: Observation, resolution: Resolution) {
        self.key = key
        self.period = period
        self.kept = kept
        self.other = other
        self.resolution = resolution
    }
}

extension ObservationStore {
    /// Adds the figures of one source. Figures for a period a series already has are never
    /// silently overwritten: equal figures are kept once, a present figure fills a missing
    /// one, and different figures are a `Conflict` decided by the sources' `priority`
    /// (higher wins), else by a definitive figure beating a provisional one, else left
    /// unresolved with the earlier figure kept. Figures of several granularities are
    /// separate periods and never clash.
    ///
    /// The figures' `provenance.source` is replaced by the source's index. A source with the
    /// same path and content hash as one already registered reuses its index, so importing
    /// the same file twice changes nothing. Returns the index and the conflicts found.
    /// `sortedKeys`, when the caller already sorted the figures' keys, saves sorting them again
    /// (tens of thousands of series keys); a key it misses is still merged, after the others.
    @discardableResult
    public mutating func merge(
        _ figures: consuming [SeriesKey: SeriesFigures], from source: DataSource, sortedKeys: [SeriesKey]? = nil
    ) -> (source: Int32, conflicts: [Conflict]) {
        let index: Int32
        if let existing = sources.firstIndex(where: { $0.path == source.path && $0.contentHash == source.contentHash }) {
            index = Int32(existing)
        } else {
            index = addSource(source)
        }
        var found: [Conflict] = []
        // Each series is taken out of `figures` as it is merged: when the caller handed its
        // only reference over, the figures are relabelled and stored in place, never copied.
        var order = sortedKeys ?? figures.keys.sorted()
        var next = 0
        while next < order.count || !figures.isEmpty {
            // What is left once the order is done is what it missed.
            if next == order.count { order += figures.keys.sorted() }
            let key = order[next]
            next += 1
            guard var relabelled = figures.removeValue(forKey: key) else { continue }
            relabelled.setSource(index)
            guard let stored = series[key], !stored.isEmpty else {
                if !relabelled.isInPeriodOrder { relabelled.sort { $0.period < $1.period } }
                series[key] = relabelled
                continue
            }
            var current = Array(stored)
            var positions: [Period: Int] = [:]
            for (i, observation) in current.enumerated() { positions[observation.period] = i }
            for observation in relabelled {
                guard let position = positions[observation.period] else {
                    positions[observation.period] = current.count
                    current.append(observation)
                    continue
                }
                let old = current[position]
                if let conflict = settle(old: old, new: observation, key: key) {
                    current[position] = conflict.kept
                    found.append(conflict)
                } else if old.value == nil, observation.value != nil {
                    current[position] = observation
                }
            }
            current.sort { $0.period < $1.period }
            series[key] = SeriesFigures(current)
        }
        conflicts.append(contentsOf: found)
        return (index, found)
    }

    /// The conflicts about one series.
    public func conflicts(for key: SeriesKey) -> [Conflict] { conflicts.filter { $0.key == key } }

    /// The unresolved conflict about one figure, if any: evaluation should not trust it.
    public func unresolvedConflict(_ key: SeriesKey, _ period: Period) -> Conflict? {
        conflicts.first { $0.key == key && $0.period == period && $0.resolution == .unresolved }
    }

    private func settle(old: Observation, new: Observation, key: SeriesKey) -> Conflict? {
        guard let oldValue = old.value, let newValue = new.value, !Self.same(oldValue, newValue) else { return nil }
        let oldPriority = source(of: old.provenance)?.priority ?? 0
        let newPriority = source(of: new.provenance)?.priority ?? 0
        if oldPriority != newPriority {
            let (kept, other) = newPriority > oldPriority ? (new, old) : (old, new)
            return Conflict(key: key, period: old.period, kept: kept, other: other, resolution: .priority)
        }
        if old.provisional != new.provisional {
            let (kept, other) = old.provisional ? (new, old) : (old, new)
            return Conflict(key: key, period: old.period, kept: kept, other: other, resolution: .definitiveOverProvisional)
        }
        return Conflict(key: key, period: old.period, kept: old, other: new, resolution: .unresolved)
    }

    /// Figures read from text agree when they are the same double up to rounding noise.
    static func same(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
