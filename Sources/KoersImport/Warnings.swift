import KoersCore

/// The legal but suspicious things an import reports.
enum Warnings {
    /// More warnings than this are counted in one closing line.
    static let limit = 50

    /// Warnings kept and warnings only counted: a file can produce a million jumps, and
    /// only the first `limit` are worth a message.
    struct Collected {
        var diagnostics: [Diagnostic] = []
        var omitted = 0

        mutating func add(_ make: @autoclosure () -> Diagnostic) {
            if diagnostics.count < Warnings.limit { diagnostics.append(make()) } else { omitted += 1 }
        }

        mutating func add(contentsOf more: [Diagnostic]) {
            for diagnostic in more { add(diagnostic) }
        }

        /// The kept warnings, then a line counting the others.
        var all: [Diagnostic] {
            omitted == 0 ? diagnostics : diagnostics + [Diagnostic(.info, at: nil, Messages.moreWarnings(omitted))]
        }
    }

    /// `keys` are the figures' keys, sorted (the caller needs them sorted too).
    static func forFigures(
        _ figures: [SeriesKey: SeriesFigures], keys: [SeriesKey], file: String, metrics: [Metric], today: Period?,
        into out: inout Collected
    ) {
        if !metrics.isEmpty {
            let known = Set(metrics.map(\.id))
            for metric in Set(keys.map(\.metric)).sorted() where !known.contains(metric) {
                out.add(Diagnostic(.warning, at: nil, Messages.undeclaredMetric(metric, file: file)))
            }
        }
        var provisional: [SeriesKey: (count: Int, first: Observation)] = [:]
        for warning in ObservationStore.warnings(for: keys, in: figures, today: today) {
            let location = SourceLocation(file: file, line: Int(warning.observation.provenance.row), column: Int(warning.observation.provenance.column))
            switch warning.kind {
            case .provisional:
                let entry = provisional[warning.key]
                provisional[warning.key] = ((entry?.count ?? 0) + 1, entry?.first ?? warning.observation)
            case let .jump(previous):
                out.add(Diagnostic(.warning, at: location, Messages.jump(warning.key, previous: previous, current: warning.observation)))
            case let .future(today):
                out.add(Diagnostic(.warning, at: location, Messages.futurePeriod(warning.key, warning.observation.period, today: today)))
            }
        }
        for (key, entry) in provisional.sorted(by: { $0.key < $1.key }) {
            let location = SourceLocation(file: file, line: Int(entry.first.provenance.row), column: Int(entry.first.provenance.column))
            out.add(Diagnostic(.warning, at: location, Messages.provisional(key, count: entry.count)))
        }
    }

    static func totalMismatch(_ mismatch: TotalMismatch, store: ObservationStore) -> Diagnostic {
        let source = store.source(of: mismatch.totalFigure.provenance)
        let location = source.map {
            SourceLocation(file: $0.path, line: Int(mismatch.totalFigure.provenance.row), column: Int(mismatch.totalFigure.provenance.column))
        }
        return Diagnostic(.warning, at: location, Messages.totalMismatch(mismatch))
    }
}
