/// Where evaluation reads a series' figures. The observation store is one source; derived
/// metrics (shares, sums) plug in by conforming too, so the engine never needs to know how a
/// series came to be.
public protocol SeriesSource: Sendable {
    /// The observations of a series, sorted by period (`Period`'s order); values may be
    /// missing (`nil`). Empty when the series is unknown. A source gives this or
    /// `seriesFigures`; each defaults to the other.
    func observations(_ key: SeriesKey) -> [Observation]
    /// The same figures as `observations`, column-wise: what evaluation reads, so that the
    /// windows the evaluations keep share the store's figures instead of copies.
    func seriesFigures(_ key: SeriesKey) -> SeriesFigures
    /// The file an observation's provenance points into, for explanations.
    func source(of provenance: Provenance) -> DataSource?
}

extension SeriesSource {
    public func observations(_ key: SeriesKey) -> [Observation] { Array(seriesFigures(key)) }
    public func seriesFigures(_ key: SeriesKey) -> SeriesFigures { SeriesFigures(observations(key)) }
}

extension ObservationStore: SeriesSource {}
