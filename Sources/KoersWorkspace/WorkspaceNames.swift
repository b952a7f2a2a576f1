import KoersCore

extension Workspace {
    /// The kinds of name a front end offers from what is loaded (the shell: on TAB).
    public enum NameKind: Sendable {
        case goal
        case metric
        /// A metric id, or a series with its labels (`digitale_aanvragen{kanaal=web}`).
        case series
        case goalOrSeries
        case document
        case programme
        /// A period some figure is for.
        case period
        /// A loaded goal file.
        case goalFile
    }

    /// The loaded names of a kind that start with `prefix`, each once, sorted.
    public func names(_ kind: NameKind, startingWith prefix: String) -> [String] {
        let names: [String] = switch kind {
        case .goal: model.goals.map(\.id)
        case .metric: model.metrics.map(\.id)
        case .series: seriesNames
        case .goalOrSeries: model.goals.map(\.id) + seriesNames
        case .document: model.documents.map(\.id)
        case .programme: model.programmes.map(\.id)
        case .period: model.store.series.values.flatMap { $0.map(\.period.description) }
        case .goalFile: files
        }
        return Array(Set(names.filter { $0.hasPrefix(prefix) })).sorted()
    }

    private var seriesNames: [String] {
        model.metrics.map(\.id) + model.store.series.keys.map(\.description)
    }
}
