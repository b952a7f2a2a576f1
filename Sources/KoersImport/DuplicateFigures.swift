import KoersCore

// The duplicate-figure rule: two figures for one series and period in one file (e.g. CBS's
// `Marges` rows without the column that tells them apart) cannot both be right.

extension TableInterpreter {
    enum DuplicateFigures {
        /// Puts a series' figures in the order they are stored in: by period, and within a
        /// period by the row they came from.
        static func order(_ figures: inout SeriesFigures) {
            figures.sort { ($0.period, $0.provenance.row) < ($1.period, $1.provenance.row) }
        }

        /// Each figure of `ordered` (in `order`'s order) that repeats the period of the one
        /// before it, with that one: the duplicate is the error, the earlier row its reference.
        static func repeats(in ordered: SeriesFigures) -> [(duplicate: Observation, earlier: Observation)] {
            var found: [(duplicate: Observation, earlier: Observation)] = []
            for index in ordered.indices.dropFirst() where ordered[index].period == ordered[index - 1].period {
                found.append((ordered[index], ordered[index - 1]))
            }
            return found
        }
    }
}
