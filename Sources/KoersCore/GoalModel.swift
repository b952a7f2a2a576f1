/// A data file declared in a goal file: its path (relative to the goal file) and the import
/// options staff gave, so that loading a goal file always reads the same data the same way.
/// The importers interpret the options.
public struct DataDeclaration: Sendable, Hashable {
    public struct Option: Sendable, Hashable {
        public var key: String
        public var value: String
        @IgnoredInEquality public var location: SourceLocation?

        public init(key: String, value: String, location: SourceLocation? = nil) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    public var path: String
    public var options: [Option]
    @IgnoredInEquality public var location: SourceLocation?

    public init(path: String, options: [Option] = [], location: SourceLocation? = nil) {
        self.path = path
        self.options = options
        self.location = location
    }

    public func option(_ key: String) -> String? { options.last { $0.key == key }?.value }
}

/// The figures koers knows, per series, sorted by period, each with its provenance.
public struct ObservationStore: Sendable, Hashable {
    public internal(set) var sources: [DataSource] = []
    /// Column-wise (`SeriesFigures`): two million figures of 24 bytes were a third of a load's peak.
    public internal(set) var series: [SeriesKey: SeriesFigures] = [:]
    /// Figures two sources disagree on, in the order they were found (see `merge`).
    public internal(set) var conflicts: [Conflict] = []

    public init() {}

    /// Registers a source and returns the index its observations' provenance refers to.
    public mutating func addSource(_ source: DataSource) -> Int32 {
        sources.append(source)
        return Int32(sources.count - 1)
    }

    public func source(of provenance: Provenance) -> DataSource? {
        let index = Int(provenance.source)
        return sources.indices.contains(index) ? sources[index] : nil
    }

    /// The figures of a series, sorted by period (empty when there are none).
    public func seriesFigures(_ key: SeriesKey) -> SeriesFigures { series[key] ?? [] }

    /// Every series of a metric: its total and its labelled parts.
    public func keys(ofMetric metric: String) -> [SeriesKey] {
        series.keys.filter { $0.metric == metric }.sorted()
    }

    /// Adds figures to a series, keeping it sorted by period. Conflicts are the importer's
    /// concern: it decides before calling this what may be added.
    public mutating func append(_ observations: [Observation], to key: SeriesKey) {
        var merged = Array(series[key] ?? [])
        merged.append(contentsOf: observations)
        merged.sort { $0.period < $1.period }
        series[key] = SeriesFigures(merged)
    }
}

/// Everything loaded: metric declarations, goals, policy documents, programmes, data
/// declarations and the figures.
public struct GoalModel: Sendable, Hashable {
    public var metrics: [Metric]
    public var goals: [Goal]
    public var documents: [PolicyDocument]
    public var programmes: [Programme]
    public var dataDeclarations: [DataDeclaration]
    public var store: ObservationStore

    public init(
        metrics: [Metric] = [], goals: [Goal] = [], documents: [PolicyDocument] = [], programmes: [Programme] = [],
        dataDeclarations: [DataDeclaration] = [], store: ObservationStore = ObservationStore()
    ) {
        self.metrics = metrics
        self.goals = goals
        self.documents = documents
        self.programmes = programmes
        self.dataDeclarations = dataDeclarations
        self.store = store
    }

    public func document(_ id: String) -> PolicyDocument? { documents.first { $0.id == id } }
    public func programme(_ id: String) -> Programme? { programmes.first { $0.id == id } }

    /// The declared document a goal's source names, if any (see `DocumentIndex`; build one
    /// index for many goals).
    public func document(of goal: Goal) -> PolicyDocument? { DocumentIndex(documents).document(of: goal) }

    public func goal(_ id: String) -> Goal? { goals.first { $0.id == id } }
    public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }
}
