/// Where evaluation reads a series' figures. The observation store is one source; derived
/// metrics (shares, sums) plug in by conforming too, so the engine never needs to know how a
/// series came to be.
public protocol SeriesSource: Sendable {
    /// The observations of a series, sorted by period (`Period`'s order); values may be
    /// missing (`nil`). Empty when the series is unknown.
    func observations(_ key: SeriesKey) -> [Observation]
    /// The file an observation's provenance points into, for explanations.
    func source(of provenance: Provenance) -> DataSource?
}

extension ObservationStore: SeriesSource {}
