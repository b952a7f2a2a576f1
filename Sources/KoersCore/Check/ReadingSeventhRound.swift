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

extension SentenceReader {
    /// A table row's last cell that names a direction instead of a number: "… 85% Maintain", "… 46%
    /// of residents agree Increase", "… 7,2 Handhaven". The figure before it is the baseline value;
    /// "Maintain" keeps it as a floor every year (`>= 85%`, sustained), "Increase" or "Decrease" states
    /// no number to reach. Only a capitalised last word with nothing after it: a cell, not prose.
    mutating func readDirectionCell() {
        guard let last = tokens.indices.last, tokens[last].word != nil,
              characters[tokens[last].range.lowerBound].isUppercase,
              String(characters[tokens[last].range.upperBound...]).allSatisfy(\.isWhitespace) else { return }
        let keeps = match(.sustained, at: last) == last + 1
        guard keeps || match(.increase, at: last) == last + 1 || match(.decrease, at: last) == last + 1 else { return }
        // The figure: the last number, at most four words before the cell, in the same clause.
        guard let valueIndex = stride(from: last - 1, through: max(0, last - 6), by: -1).first(where: { tokens[$0].number != nil }),
              let value = freeValue(valueIndex), !(valueIndex..<last).contains(where: { breaks($0, $0 + 1) }) else { return }
        let unit = unitAfter(valueIndex)
        guard baseline == nil else { return }
        baseline = DraftBaseline(period: nil, value: value, span: span(valueIndex, unit.last))
        assign(valueIndex, .baseline)
        use(valueIndex...unit.last)
        guard keeps else {
            // A direction alone: no other number in the row is the target either.
            for index in tokens.indices where isFree(index) { assign(index, .other) }
            use(last...last)
            return
        }
        target = DraftTarget(comparator: .atLeast, value: value, kind: .absolute, unit: unit.unit, span: span(valueIndex, last),
                             sustained: true)
        targetRange = valueIndex...last
        use(last...last)
        roles[valueIndex] = .target
    }
}
