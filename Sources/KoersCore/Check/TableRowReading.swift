/// A table row pasted without its header whose figures are realised values, not a target: the
/// draft proposes none, judges the target not measurable and says why.
public struct DraftRowWithoutTarget: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// "16. Omvang huishoudelijk restafval kg per inwoner 2022 157 148": a period, then the
        /// municipality's figure and a comparison figure (the national one, or a region's), as the
        /// verplichte beleidsindicatoren of every programmabegroting list them.
        case comparison = "realised-comparison"
    }

    public var kind: Kind
    /// The row's figures, with their periods.
    public var span: TextSpan
}

extension SentenceReader {
    /// Reads a row of realised figures (`DraftRowWithoutTarget`) and gives its numbers the role
    /// `other`, so that no reader proposes one as the target. Only a row without any word or
    /// sign that marks a target (`[target]`, `[row-target]`, a comparator, `<`, a benchmark) and
    /// without any other number that could be the target.
    mutating func markRowWithoutTarget() {
        guard !hasTargetMark() else { return }
        // Two bare figures side by side ("Klanttevredenheid 7,2 7,5") are not enough: as often as
        // two realised years they are a realised figure and its target, as the fifth held-out set showed.
        guard let cells = comparisonRow() else { return }
        let kind = DraftRowWithoutTarget.Kind.comparison
        for cell in cells { assign(cell, .other) }
        guard let first = cells.min(), let last = cells.max() else { return }
        rowWithoutTarget = DraftRowWithoutTarget(kind: kind, span: span(first, unitAfter(last).last))
    }

    /// A word or sign in the sentence that says one of its figures is a target.
    func hasTargetMark() -> Bool {
        let marks: [WordCategory] = [.target, .rowTarget, .atLeast, .atMost, .orHigher, .orLower, .benchmark, .hold, .zero]
        return tokens.indices.contains { index in
            ["<", ">", "≤", "≥"].contains { tokens[index].isSymbol($0) } || marks.contains { match($0, at: index) != nil }
        }
    }

    /// A value cell at `index` (a free number that is no year, with its `%`, after nothing but a
    /// space): the token after it.
    func valueCell(at index: Int) -> Int? {
        guard freeValue(index) != nil, index == 0 || gap(index - 1, index).allSatisfy({ $0 == " " }) else { return nil }
        return unitAfter(index).unit == .percent ? unitAfter(index).last + 1 : index + 1
    }

    /// "2022 157 148", "2019 10,4 8,8 2018 12,4 8,0": groups of a year and two figures (three
    /// when the row names a `[row-source]`, a region's column between), with nothing after but words,
    /// and no number before the first year that is not a list number, a population or a condition.
    /// Returns the tokens of the groups' numbers.
    func comparisonRow() -> [Int]? {
        guard let start = tokens.indices.first(where: { freeYear($0) != nil }),
              !(0..<start).contains(where: isFree), start == 0 || tokens[start - 1].number == nil,
              phraseEnding(.deadline, before: start) == nil, phraseEnding(.before, before: start) == nil,
              phraseEnding(.baseline, before: start) == nil, phraseEnding(.start, before: start) == nil else { return nil }
        let hasSource = tokens.indices.contains { match(.rowSource, at: $0) != nil }
        var cells: [Int] = []
        var cursor = start
        while freeYear(cursor) != nil, cursor == start || gap(cursor - 1, cursor).allSatisfy({ $0 == " " }) {
            var values: [Int] = []
            var next = cursor + 1
            while values.count < 3, let after = valueCell(at: next) {
                values.append(next)
                next = after
            }
            guard values.count == 2 || (values.count == 3 && hasSource) else { return nil }
            cells += [cursor] + values
            cursor = next
        }
        guard !cells.isEmpty, (cursor..<tokens.count).allSatisfy({ tokens[$0].word != nil }) else { return nil }
        return cells
    }
}

extension DraftRowWithoutTarget {
    /// The draft's `no-target` finding, saying why this row has no target and pointing at its figures.
    func explaining(_ findings: [Finding]) -> [Finding] {
        findings.map { finding in
            guard finding.rule == .noTarget else { return finding }
            var explained = finding
            explained.message = CheckMessages.rowComparison(span.text)
            explained.suggestion = CheckMessages.rowWithoutTargetSuggestion
            explained.span = span
            return explained
        }
    }
}

extension CheckMessages {
    static func rowComparison(_ figures: String) -> LocalizedText {
        LocalizedText(
            en: "No target value: “\(figures)” is a period with realised figures, the municipality's and one to compare with (such as the national one), as an indicator table lists them; no cell is a target.",
            nl: "Geen streefwaarde: ‘\(figures)’ is een periode met gerealiseerde cijfers, dat van de gemeente en een vergelijkingscijfer (zoals het landelijke), zoals een indicatorentabel ze toont; geen cel is een streefwaarde.")
    }

    static let rowWithoutTargetSuggestion = LocalizedText(
        en: "If the table has a target column, add its value with a comparator, e.g. `target >= 90%`; otherwise the row is an indicator to report, not a goal.",
        nl: "Heeft de tabel een kolom met streefwaarden, voeg die waarde toe met een vergelijking, bijvoorbeeld `streefwaarde >= 90%`; anders is de rij een indicator om te volgen, geen doel.")
}
