/// The seventh round of rules (docs/check.md, "Seventh round of rules"): constructions found in
/// the misreads of the seventh and eighth held-out sets, each read wherever it recurs.
extension SentenceReader {
    /// "A 33% improvement in energy efficiency", "een verbetering van 10%": a noun of improvement
    /// right after its percentage, or before it with `van`/`of`, names the size of a rise.
    mutating func readImprovement() {
        for index in tokens.indices where !inSecondGoal(index) {
            guard let value = freeValue(index) else { continue }
            let unit = unitAfter(index)
            guard unit.unit == .percent, !unit.points else { continue }
            let lead = phraseEnding(.approximately, before: index) ?? index
            var range: ClosedRange<Int>?
            if let end = match(.improvement, at: unit.last + 1), !breaks(unit.last, unit.last + 1) {
                range = index...(end - 1)
            } else if ["van", "of"].contains(word(lead - 1)), let noun = phraseEnding(.improvement, before: lead - 1) {
                range = noun...unit.last
            }
            guard let range else { continue }
            setTarget(DraftTarget(comparator: .atLeast, value: abs(value), kind: .relativePercent, unit: nil,
                                  span: span(range.lowerBound, range.upperBound)), range, valueIndex: index)
            return
        }
    }
}
