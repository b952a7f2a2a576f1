import KoersCore

/// The tables of the figure commands: coverage per series, figures with provenance, sources,
/// conflicts.
public enum DataListing {
    /// One row per series: metric, labels, unit, first and last period, figures, missing, provisional.
    public static func coverage(_ model: GoalModel) -> DataTable {
        let columns = [
            DataTable.Column("series", LocalizedText(en: "series", nl: "reeks")),
            DataTable.Column("unit", LocalizedText(en: "unit", nl: "eenheid")),
            DataTable.Column("first", LocalizedText(en: "first", nl: "eerste")),
            DataTable.Column("last", LocalizedText(en: "last", nl: "laatste")),
            DataTable.Column("figures", LocalizedText(en: "figures", nl: "cijfers")),
            DataTable.Column("missing", LocalizedText(en: "missing", nl: "ontbrekend")),
            DataTable.Column("provisional", LocalizedText(en: "provisional", nl: "voorlopig")),
        ]
        let declared = Set(model.metrics.map(\.id))
        var keys = model.store.series.keys.sorted()
        // Declared metrics without stored figures: derived ones have figures, the rest show as empty.
        for metric in model.metrics where !keys.contains(where: { $0.metric == metric.id }) {
            keys.append(SeriesKey(metric: metric.id))
        }
        keys.sort()
        let rows: [[DataTable.Cell]] = keys.map { key in
            let observations = model.observations(key)
            let present = observations.filter { $0.value != nil }
            let unit: DataTable.Cell = if let unit = model.metric(key.metric)?.unit {
                .term(key: unit.rawValue, text: RenderMessages.unitName(unit))
            } else if let name = model.metric(key.metric)?.unitName {
                .text(name)
            } else {
                declared.contains(key.metric) ? .empty : .text("?")
            }
            return [
                .text(key.description), unit,
                present.first.map { .text($0.period.description) } ?? .empty,
                present.last.map { .text($0.period.description) } ?? .empty,
                .number(Double(present.count), decimals: 0),
                .number(Double(observations.count - present.count), decimals: 0),
                .number(Double(observations.filter(\.provisional).count), decimals: 0),
            ]
        }
        return DataTable(columns: columns, rows: rows, wrappingColumn: 0)
    }

    /// Every figure of the given series: period, value, provisional, and where it came from.
    /// A derived figure names the provenance of each input.
    /// `through`: the moment of a peildatum; figures of later periods are left out, as the chart leaves them out.
    public static func figures(_ keys: [SeriesKey], model: GoalModel, through moment: Double? = nil) -> DataTable {
        let columns = [
            DataTable.Column("series", LocalizedText(en: "series", nl: "reeks")),
            DataTable.Column("period", LocalizedText(en: "period", nl: "periode")),
            DataTable.Column("value", LocalizedText(en: "value", nl: "waarde")),
            DataTable.Column("provisional", LocalizedText(en: "provisional", nl: "voorlopig")),
            DataTable.Column("file", LocalizedText(en: "file", nl: "bestand")),
            DataTable.Column("row", LocalizedText(en: "row", nl: "rij")),
            DataTable.Column("column", LocalizedText(en: "column", nl: "kolom")),
        ]
        let resolver = model.resolver
        var rows: [[DataTable.Cell]] = []
        for key in keys {
            for figure in resolver.figures(key) where moment.map({ Tolerance.atMost(figure.observation.period.end, $0) }) ?? true {
                let observation = figure.observation
                let places = figure.inputs.map { provenance -> (String, Int32, Int32) in
                    (model.store.source(of: provenance)?.path ?? "–", provenance.row, provenance.column)
                }
                rows.append([
                    .text(key.description), .text(observation.period.description),
                    observation.value.map { .number($0, decimals: 4) } ?? .empty,
                    .mark(observation.provisional),
                    .text(places.map(\.0).joined(separator: " + ")),
                    places.count == 1 ? .number(Double(places[0].1), decimals: 0) : .text(places.map { String($0.1) }.joined(separator: " + ")),
                    places.count == 1 ? .number(Double(places[0].2), decimals: 0) : .text(places.map { String($0.2) }.joined(separator: " + ")),
                ])
            }
        }
        return DataTable(columns: columns, rows: rows, wrappingColumn: 0)
    }

    /// The files figures came from.
    public static func sources(_ store: ObservationStore) -> DataTable {
        let columns = [
            DataTable.Column("file", LocalizedText(en: "file", nl: "bestand")),
            DataTable.Column("kind", LocalizedText(en: "kind", nl: "soort")),
            DataTable.Column("figures", LocalizedText(en: "figures", nl: "cijfers")),
            DataTable.Column("sha256", LocalizedText(en: "SHA-256", nl: "SHA-256")),
            DataTable.Column("importedAt", LocalizedText(en: "read at", nl: "gelezen op")),
        ]
        var counts = [Int32: Int]()
        for observations in store.series.values {
            for observation in observations where observation.value != nil { counts[observation.provenance.source, default: 0] += 1 }
        }
        let rows: [[DataTable.Cell]] = store.sources.enumerated().map { index, source in
            [
                .text(source.path), .term(key: source.kind.rawValue, text: RenderMessages.sourceKind(source.kind)), .number(Double(counts[Int32(index)] ?? 0), decimals: 0),
                .abbreviated(source.contentHash, shown: 12), source.importedAt.map { .text($0) } ?? .empty,
            ]
        }
        return DataTable(columns: columns, rows: rows)
    }

    /// Figures two sources disagree on.
    public static func conflicts(_ store: ObservationStore) -> DataTable {
        let columns = [
            DataTable.Column("series", LocalizedText(en: "series", nl: "reeks")),
            DataTable.Column("period", LocalizedText(en: "period", nl: "periode")),
            DataTable.Column("kept", LocalizedText(en: "counts", nl: "telt")),
            DataTable.Column("keptFrom", LocalizedText(en: "from", nl: "uit")),
            DataTable.Column("other", LocalizedText(en: "other", nl: "andere")),
            DataTable.Column("otherFrom", LocalizedText(en: "from", nl: "uit")),
            DataTable.Column("resolution", LocalizedText(en: "because", nl: "omdat")),
        ]
        func place(_ observation: Observation) -> DataTable.Cell {
            .text("\(store.source(of: observation.provenance)?.path ?? "–"):\(observation.provenance.row)")
        }
        let rows: [[DataTable.Cell]] = store.conflicts.map { conflict in
            [
                .text(conflict.key.description), .text(conflict.period.description),
                conflict.kept.value.map { .number($0, decimals: 4) } ?? .empty, place(conflict.kept),
                conflict.other.value.map { .number($0, decimals: 4) } ?? .empty, place(conflict.other),
                .text(conflict.resolution.rawValue),
            ]
        }
        return DataTable(columns: columns, rows: rows, wrappingColumn: 0)
    }
}
