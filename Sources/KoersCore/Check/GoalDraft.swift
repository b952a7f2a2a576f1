/// The target `draft` found in a sentence.
public struct DraftTarget: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `minimaal 90%`, `naar 6,8`.
        case absolute
        /// `10% meer … dan in 2020`: a change in percent of the baseline value.
        case relativePercent = "relative-percent"
        /// `3 procentpunt hoger`: percentage points on top of the baseline value.
        case percentagePoints = "percentage-points"
    }

    /// Nil when the sentence states a number but no word says whether it is a floor or a ceiling.
    public var comparator: Comparator?
    /// As written; signed for relative targets (`-5` for "5% minder").
    public var value: Double
    public var kind: Kind
    /// Nil when the sentence does not say.
    public var unit: MetricUnit?
    public var span: TextSpan

    public var targetValue: TargetValue {
        switch kind {
        case .absolute: .absolute(value, percent: unit == .percent)
        case .relativePercent: .relativePercent(value)
        case .percentagePoints: .percentagePoints(value)
        }
    }
}

/// A period `draft` found, with where.
public struct DraftPeriod: Sendable, Hashable {
    public var period: Period
    public var span: TextSpan
}

/// The baseline `draft` found: `dan in 2020` gives a period, `van 6,4 in 2019 naar 6,8` both.
public struct DraftBaseline: Sendable, Hashable {
    public var period: Period?
    public var value: Double?
    public var span: TextSpan
}

/// What `draft "SENTENCE"` proposes: only values the sentence states, each with its span, and
/// the rules' findings about what the sentence lacks.
public struct DraftProposal: Sendable, Hashable {
    public var sentence: String
    public var language: Language
    public var target: DraftTarget?
    public var deadline: DraftPeriod?
    public var baseline: DraftBaseline?
    /// Worst first; spans point into `sentence`.
    public var findings: [Finding]

    /// True when any unwaived error-severity finding remains: the goal as drafted cannot be evaluated.
    public var vague: Bool { findings.contains { !$0.isWaived && $0.severity == .error } }

    /// The proposal as a goal, with the sentence as its title.
    public func goal(id: String) -> Goal {
        Goal(
            id: id, title: sentence,
            baseline: baseline.map { Baseline(period: $0.period, value: $0.value) },
            target: target.map { Target(comparator: $0.comparator, value: $0.targetValue) },
            deadline: deadline?.period
        )
    }
}

/// Reads a Dutch or English policy sentence and proposes a goal. It proposes; it never invents
/// a value that is not in the sentence.
public enum GoalDraft {
    /// `language` nil: guessed from the sentence. `today` lets the draft say a deadline has passed.
    public static func propose(_ sentence: String, wordLists: [WordLists], today: Period, language: Language? = nil) -> DraftProposal {
        let language = language ?? TextLanguage.guess(sentence)
        var reader = SentenceReader(sentence: sentence, notation: NumberNotation(language))
        reader.read()
        var proposal = DraftProposal(sentence: sentence, language: language, target: reader.target, deadline: reader.deadline,
                                     baseline: reader.baseline, findings: [])
        let rules = CheckRule.sentenceRules + [.deadlinePassed]
        proposal.findings = VagueGoalCheck.findings(
            for: proposal.goal(id: "draft"), in: GoalModel(), options: CheckOptions(today: today, wordLists: wordLists), rules: rules)
        for index in proposal.findings.indices { proposal.findings[index].location = nil }
        return proposal
    }
}

/// The pattern matching behind `draft`, over the sentence's tokens. Each recognised piece
/// marks its tokens used, so a year read as the baseline is not read again as the deadline.
private struct SentenceReader {
    let characters: [Character]
    let tokens: [SentenceToken]
    var used = Set<Int>()
    var target: DraftTarget?
    var deadline: DraftPeriod?
    var baseline: DraftBaseline?

    init(sentence: String, notation: NumberNotation) {
        characters = Array(sentence)
        tokens = SentenceTokenizer.tokens(of: characters, notation: notation)
    }

    mutating func read() {
        readFromTo()
        readBaselinePeriod()
        readDeadline()
        if target == nil { readComparatorTarget() }
        if target == nil { readRelativeTarget() }
        if target == nil { readBareTarget() }
    }

    // MARK: Phrases

    static func phrases(_ texts: [String]) -> [[String]] {
        texts.map { TextFolding.words(of: Array($0)).map(\.folded) }.sorted { $0.count > $1.count }
    }

    static let atLeast = phrases(["minimaal", "ten minste", "tenminste", "minstens", "minimum", "at least", "no less than",
                                  "not less than", "a minimum of", "meer dan", "more than", "boven", "above"])
    static let atMost = phrases(["maximaal", "ten hoogste", "hoogstens", "niet meer dan", "at most", "no more than",
                                 "not more than", "a maximum of", "maximum", "minder dan", "less than", "fewer than",
                                 "onder", "below", "under", "up to"])
    static let orHigher = phrases(["of hoger", "of meer", "or higher", "or more"])
    static let orLower = phrases(["of lager", "of minder", "or lower", "or less", "or fewer"])
    static let moreWords: Set<String> = ["meer", "more", "hoger", "higher", "extra", "groter", "larger", "greater",
                                         "stijging", "toename", "groei", "increase", "rise", "growth"]
    static let lessWords: Set<String> = ["minder", "less", "fewer", "lager", "lower", "kleiner", "smaller",
                                         "daling", "afname", "vermindering", "reductie", "reduction", "decrease", "decline", "cut"]
    static let upVerbs: Set<String> = ["verhogen", "verhoogd", "verhoogt", "stijgen", "stijgt", "gestegen", "toenemen", "toename",
                                       "groeien", "groeit", "groei", "vergroten", "vergroot", "increase", "increased", "increases",
                                       "raise", "raised", "grow", "grows", "rise", "rises", "boost"]
    static let downVerbs: Set<String> = ["verlagen", "verlaagd", "verlaagt", "verminderen", "verminderd", "dalen", "daalt", "gedaald",
                                         "afnemen", "afname", "terugdringen", "teruggedrongen", "terugbrengen", "teruggebracht",
                                         "reduceren", "gereduceerd", "reduce", "reduced", "reduces", "cut", "lower", "lowered",
                                         "decrease", "decreased", "halveren"]
    static let baselineLead = phrases(["dan in", "dan", "than in", "than", "t.o.v.", "tov", "ten opzichte van", "vergeleken met",
                                       "in vergelijking met", "compared with", "compared to", "relative to", "versus", "vs",
                                       "nulmeting", "referentiejaar", "baseline", "base year"])
    static let baselineFiller = phrases(["het niveau van", "het niveau in", "niveau", "het jaar", "the level of", "the level in",
                                         "levels of", "the year", "in"])
    static let strongDeadlineLead = phrases(["uiterlijk in", "uiterlijk", "by the end of", "by end", "before the end of", "by",
                                             "eind", "einde", "eind van", "end of", "voor eind", "tot en met", "t/m", "through",
                                             "no later than", "niet later dan", "in het jaar"])
    static let weakDeadlineLead = phrases(["in", "per", "tegen", "tot"])
    static let fromWords: Set<String> = ["van", "from"]
    static let toWords: Set<String> = ["naar", "tot", "to"]
    static let dayWords: Set<String> = ["dag", "dagen", "werkdagen", "day", "days"]
    static let gradeWords: Set<String> = ["rapportcijfer", "cijfer", "score", "grade", "mark", "waardering", "rating"]

    /// The index just past `phrase` when the tokens from `index` spell it, unused.
    func match(_ phrase: [String], at index: Int) -> Int? {
        guard index + phrase.count <= tokens.count else { return nil }
        for (offset, word) in phrase.enumerated() where tokens[index + offset].word != word || used.contains(index + offset) {
            return nil
        }
        return index + phrase.count
    }

    /// The longest of `phrases` that starts at `index`.
    func match(_ phrases: [[String]], at index: Int) -> Int? {
        for phrase in phrases { if let end = match(phrase, at: index) { return end } }
        return nil
    }

    func year(at index: Int) -> Int? {
        guard index < tokens.count, !used.contains(index) else { return nil }
        return tokens[index].year
    }

    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(tokens[first].range.lowerBound..<tokens[last].range.upperBound, in: characters)
    }

    mutating func use(_ range: ClosedRange<Int>) { used.formUnion(range) }

    /// A value token at `index` with what follows it: `%`, `procent` → percent; `procentpunt` →
    /// points; `dagen` → days. Returns the unit, whether it is percentage points, and the last token.
    func unitAfter(_ index: Int) -> (unit: MetricUnit?, points: Bool, last: Int) {
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
        if let next, next.isSymbol("%") || SentenceTokenizer.percentWords.contains(next.word ?? "") {
            if afterNext?.word == "points" || afterNext?.word == "point" { return (.percent, true, index + 2) }
            return (.percent, false, index + 1)
        }
        if let next, SentenceTokenizer.pointWords.contains(next.word ?? "") { return (.percent, true, index + 1) }
        if next?.word == "percentage", afterNext?.word == "points" || afterNext?.word == "point" { return (.percent, true, index + 2) }
        if let next, Self.dayWords.contains(next.word ?? "") { return (.days, false, index + 1) }
        if next?.word == "euro" || next?.word == "eur" { return (.euro, false, index + 1) }
        if index > 0, tokens[index - 1].isSymbol("€") { return (.euro, false, index) }
        let before = tokens[max(0, index - 4)..<index].compactMap(\.word)
        if before.contains(where: Self.gradeWords.contains), let value = tokens[index].number, value <= 10 { return (.grade, false, index) }
        return (nil, false, index)
    }

    /// `of hoger` / `or less` right after a value.
    func trailingComparator(after index: Int) -> (Comparator, Int)? {
        if let end = match(Self.orHigher, at: index + 1) { return (.atLeast, end - 1) }
        if let end = match(Self.orLower, at: index + 1) { return (.atMost, end - 1) }
        return nil
    }

    /// The comparator the sentence's verbs imply ("verhogen naar", "terugbrengen tot").
    var verbComparator: Comparator? {
        let words = tokens.compactMap(\.word)
        let up = words.contains(where: Self.upVerbs.contains)
        let down = words.contains(where: Self.downVerbs.contains)
        if up != down { return up ? .atLeast : .atMost }
        return nil
    }

    func isValue(_ index: Int) -> Bool {
        index < tokens.count && !used.contains(index) && tokens[index].number != nil
    }

    // MARK: Patterns

    /// `van 6,4 in 2019 naar 6,8`, `from 6.4 in 2019 to 6.8`: baseline value and period, target.
    mutating func readFromTo() {
        for index in tokens.indices where Self.fromWords.contains(tokens[index].word ?? "") && !used.contains(index) {
            guard isValue(index + 1), tokens[index + 1].year == nil, let from = tokens[index + 1].number else { continue }
            let fromUnit = unitAfter(index + 1)
            var cursor = fromUnit.last + 1
            var period: Period?
            if cursor < tokens.count, tokens[cursor].word == "in", let year = year(at: cursor + 1) {
                period = .year(year)
                cursor += 2
            } else if let year = year(at: cursor) {
                period = .year(year)
                cursor += 1
            }
            guard cursor < tokens.count, Self.toWords.contains(tokens[cursor].word ?? "") else { continue }
            // `naar maximaal 900`: a comparator word may stand between `naar` and the value.
            var stated: Comparator?
            var valueIndex = cursor + 1
            if let end = match(Self.atMost, at: valueIndex) {
                (stated, valueIndex) = (.atMost, end)
            } else if let end = match(Self.atLeast, at: valueIndex) {
                (stated, valueIndex) = (.atLeast, end)
            }
            guard isValue(valueIndex), tokens[valueIndex].year == nil, let to = tokens[valueIndex].number, to != from else { continue }
            let toUnit = unitAfter(valueIndex)
            baseline = DraftBaseline(period: period, value: from, span: span(index, cursor - 1))
            target = DraftTarget(comparator: stated ?? (to > from ? .atLeast : .atMost), value: to, kind: .absolute,
                                 unit: toUnit.unit ?? fromUnit.unit, span: span(cursor, toUnit.last))
            use(index...toUnit.last)
            return
        }
    }

    /// `dan in 2020`, `t.o.v. 2020`, `compared with 2019`, `nulmeting 2020`.
    mutating func readBaselinePeriod() {
        guard baseline == nil else { return }
        for index in tokens.indices {
            guard let leadEnd = match(Self.baselineLead, at: index) else { continue }
            let yearIndex = match(Self.baselineFiller, at: leadEnd) ?? leadEnd
            guard let year = year(at: yearIndex) else { continue }
            baseline = DraftBaseline(period: .year(year), value: nil, span: span(index, yearIndex))
            use(index...yearIndex)
            return
        }
    }

    /// `uiterlijk 2026`, `by 2030`, `eind 2025` before `in 2026`; a range `2021-2026` ends at 2026.
    mutating func readDeadline() {
        for leads in [Self.strongDeadlineLead, Self.weakDeadlineLead] {
            var best: (year: Int, first: Int, last: Int)?
            for index in tokens.indices {
                guard let leadEnd = match(leads, at: index), let year = year(at: leadEnd) else { continue }
                var last = leadEnd
                // `in 2021-2026` / `2021 tot 2026`: the deadline is the end of the range.
                var rangeEnd = year
                if let next = self.year(at: leadEnd + 1), next > year {
                    rangeEnd = next
                    last = leadEnd + 1
                }
                if best == nil || rangeEnd > best?.year ?? 0 { best = (rangeEnd, index, last) }
            }
            if let best, let period = Period.year(best.year) {
                deadline = DraftPeriod(period: period, span: span(best.first, best.last))
                use(best.first...best.last)
                return
            }
        }
    }

    /// `minimaal 90%`, `at least 7.5`, `maximaal 3%`, `7,5 of hoger`.
    mutating func readComparatorTarget() {
        for index in tokens.indices {
            let comparator: Comparator
            let leadEnd: Int
            if let end = match(Self.atMost, at: index) {
                (comparator, leadEnd) = (.atMost, end)
            } else if let end = match(Self.atLeast, at: index) {
                (comparator, leadEnd) = (.atLeast, end)
            } else {
                continue
            }
            let valueIndex = ["een", "a", "an"].contains(tokens[safe: leadEnd]?.word ?? "") ? leadEnd + 1 : leadEnd
            guard isValue(valueIndex), let value = tokens[valueIndex].number else { continue }
            let unit = unitAfter(valueIndex)
            // `reduce by at least 55%`, `met minimaal 10% verhogen`: a change, not a level.
            let before = tokens[safe: index - 1]?.word ?? ""
            if unit.unit == .percent, !unit.points, before == "met" || before == "by", let verb = verbComparator {
                target = DraftTarget(comparator: verb, value: verb == .atLeast ? value : -value, kind: .relativePercent,
                                     unit: nil, span: span(index - 1, unit.last))
                use((index - 1)...unit.last)
                return
            }
            target = DraftTarget(comparator: comparator, value: value, kind: unit.points ? .percentagePoints : .absolute,
                                 unit: unit.unit, span: span(index, unit.last))
            use(index...unit.last)
            return
        }
        for index in tokens.indices where isValue(index) && tokens[index].year == nil {
            let unit = unitAfter(index)
            guard let value = tokens[index].number, let (comparator, last) = trailingComparator(after: unit.last) else { continue }
            target = DraftTarget(comparator: comparator, value: value, kind: .absolute, unit: unit.unit, span: span(index, last))
            use(index...last)
            return
        }
    }

    /// `10% meer … dan in 2020`, `5 procent minder`, `met 3 procentpunt verhogen`, `reduce by 20%`.
    mutating func readRelativeTarget() {
        for index in tokens.indices where isValue(index) {
            guard let value = tokens[index].number else { continue }
            let unit = unitAfter(index)
            guard unit.unit == .percent else { continue }
            let kind: DraftTarget.Kind = unit.points ? .percentagePoints : .relativePercent
            let next = tokens[safe: unit.last + 1]?.word ?? ""
            var sign: Double?
            if Self.moreWords.contains(next) { sign = 1 } else if Self.lessWords.contains(next) { sign = -1 }
            var last = sign == nil ? unit.last : unit.last + 1
            let before = tokens[safe: index - 1]?.word ?? ""
            // `een stijging van 5 procent`, `a reduction of 20%`: the noun comes first.
            let noun = tokens[safe: index - 2]?.word ?? ""
            if sign == nil, before == "van" || before == "of", !used.contains(index - 2) {
                if Self.moreWords.contains(noun) { sign = 1 } else if Self.lessWords.contains(noun) { sign = -1 }
                if let sign {
                    target = DraftTarget(comparator: sign > 0 ? .atLeast : .atMost, value: sign * abs(value), kind: kind,
                                         unit: unit.points ? .percent : nil, span: span(index - 2, unit.last))
                    use((index - 2)...unit.last)
                    return
                }
            }
            if sign == nil, before == "met" || before == "by", let implied = verbComparator {
                sign = implied == .atLeast ? 1 : -1
                last = unit.last
            }
            guard let sign else { continue }
            let first = before == "met" || before == "by" ? index - 1 : index
            target = DraftTarget(comparator: sign > 0 ? .atLeast : .atMost, value: sign * abs(value), kind: kind,
                                 unit: unit.points ? .percent : nil, span: span(first, last))
            use(first...last)
            return
        }
    }

    /// A number without a comparator word: a percentage first, else a value with a unit, else
    /// any number not read as a period. The comparator comes from the verbs, or stays open.
    mutating func readBareTarget() {
        let candidates = tokens.indices.filter(isValue)
        let withUnits = candidates.map { ($0, unitAfter($0)) }
        let choice = withUnits.first { $0.1.unit == .percent }
            ?? withUnits.first { $0.1.unit != nil }
            ?? withUnits.first { tokens[$0.0].year == nil }
        guard let (index, unit) = choice, let value = tokens[index].number else { return }
        let kind: DraftTarget.Kind = unit.points ? .percentagePoints : .absolute
        target = DraftTarget(comparator: verbComparator, value: value, kind: kind, unit: unit.unit, span: span(index, unit.last))
        use(index...unit.last)
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
