/// The reader's phrases, per category, from the word lists (the categories from `at-least` on):
/// the words around a number that give it its role are data staff can extend.
struct ReaderLexicon: Sendable {
    private var phrasesByCategory: [WordCategory: [[String]]] = [:]

    init(_ lists: [WordLists]) {
        for list in lists {
            for entry in list.entries where entry.category.isReaderOnly || entry.category == .zero {
                phrasesByCategory[entry.category, default: []].append(entry.words)
            }
        }
        for (category, phrases) in phrasesByCategory {
            phrasesByCategory[category] = phrases.sorted { $0.count > $1.count }
        }
    }

    /// Longest first.
    subscript(_ category: WordCategory) -> [[String]] { phrasesByCategory[category] ?? [] }
}

/// Numbers said in words: a value is not a list entry, so these few stay here.
enum NumberWords {
    /// Fractions of a whole, as a percentage of it.
    static let fractions: [[String]: Double] = [
        ["een", "kwart"]: 25, ["de", "helft"]: 50, ["een", "derde"]: 100.0 / 3, ["twee", "derde"]: 200.0 / 3, ["drie", "kwart"]: 75,
        ["a", "quarter"]: 25, ["one", "quarter"]: 25, ["half"]: 50, ["one", "third"]: 100.0 / 3, ["a", "third"]: 100.0 / 3,
        ["two", "thirds"]: 200.0 / 3, ["three", "quarters"]: 75, ["driekwart"]: 75, ["tweederde"]: 200.0 / 3, ["eenderde"]: 100.0 / 3,
    ].merging(counted) { first, _ in first }

    /// "one in five", "two out of three", "drie op de vier": a share of the whole.
    static let counted: [[String]: Double] = {
        let english = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        let dutch = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
        var found: [[String]: Double] = [:]
        for (numbers, joiners) in [(english, [["in"], ["out", "of"]]), (dutch, [["op", "de"]])] {
            for numerator in 1...9 {
                for denominator in (numerator + 1)...10 {
                    for joiner in joiners {
                        found[[numbers[numerator - 1]] + joiner + [numbers[denominator - 1]]] = Double(numerator) / Double(denominator) * 100
                    }
                }
            }
        }
        return found
    }()
    /// Changes: a relative target in percent.
    static let changes: [String: Double] = [
        "verdubbelen": 100, "verdubbeling": 100, "verdubbeld": 100, "halveren": -50, "halvering": -50, "gehalveerd": -50,
        "double": 100, "doubling": 100, "halve": -50, "halving": -50, "halved": -50,
    ]
    /// Halves in Dutch words before a unit of measure: "een halve meter", "anderhalve kilometer".
    static let halves: [String: Double] = ["halve": 0.5, "anderhalve": 1.5, "anderhalf": 1.5]
    /// Counts of years: "de komende vier jaar", "over the next three years".
    static let cardinals: [String: Int] = [
        "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
        "twintig": 20, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "twenty": 20,
    ]
    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "september": 9,
        "oktober": 10, "november": 11, "december": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
        "july": 7, "august": 8, "october": 10,
    ]
}

/// Reads a policy sentence number by number: each number gets a role (target, baseline,
/// deadline, population, condition, list, other) from the words around it, and the target,
/// baseline and deadline are built from the numbers with those roles. Each recognised piece
/// marks its tokens used, so a year read as the baseline is not read again as the deadline.
struct SentenceReader {
    let characters: [Character]
    let tokens: [SentenceToken]
    let lexicon: ReaderLexicon
    let collegePeriod: ClosedRange<Int>?
    /// The year of the sentence's document: "dit jaar", "volgend jaar" and "de komende vier jaar" count from it.
    let documentYear: Int?
    var used = Set<Int>()
    var roles: [Int: NumberRole] = [:]
    var target: DraftTarget?
    var targetRange: ClosedRange<Int>?
    var deadline: DraftPeriod?
    var baseline: DraftBaseline?
    var asksCollegePeriod = false
    var asksYear = false
    /// Several numbers could be the target and no word says which: no target is proposed.
    var targetAmbiguous = false
    /// A table row of realised figures without a target (`TableRowReading.swift`).
    var rowWithoutTarget: DraftRowWithoutTarget?
    /// The tokens of financial years ("2023/24", "24/25"): periods, never a value.
    var financialYearTokens = Set<Int>()
    /// Fractions in digits ("2/3", "1/4") by their numerator's token: the share in percent.
    var fractionShares: [Int: Double] = [:]
    /// Fractions before a unit of measure ("1/2 meter") by their numerator's token: the amount itself.
    var fractionQuantities: [Int: Double] = [:]
    /// The denominator's token of each fraction, by its numerator's: "2/3" ends at "3", "9 op de 10" at "10".
    var fractionEnds: [Int: Int] = [:]
    /// The municipality's figure of each peiljaar block in an indicator row, by its year: the
    /// baseline value when the goal is measured against that year.
    var indicatorBlocks: [Int: Double] = [:]
    /// The first token of an indicator row's measured blocks.
    var indicatorRowStart: Int?
    /// The coordinator that opens a second goal with its own number ("… 30 miles … and raise … to
    /// 15%"): the first goal's number is the target, as the labelling rules take the first of two.
    var secondGoalStart: Int?

    init(sentence: String, notation: NumberNotation, lexicon: ReaderLexicon, collegePeriod: ClosedRange<Int>?, documentYear: Int?) {
        characters = Array(sentence)
        tokens = SentenceTokenizer.tokens(of: characters, notation: notation, forDraft: true)
        self.lexicon = lexicon
        self.collegePeriod = collegePeriod
        self.documentYear = documentYear
    }

    mutating func read() {
        markFractions()
        markNumericDates()
        markNamesAndLists()
        markYearCounts()
        markRepeatedUnits()
        markPopulation()
        markConditions()
        markStarts()
        markBudgetsAndRealisedFigures()
        markIndicatorRows()
        markCountedPopulation()
        markActorCount()
        markCountsOfPartsAndActors()
        markCurrentValue()
        markSecondGoal()
        markRowWithoutTarget()
        readFromTo()
        readBaselinePeriod()
        readBenchmark()
        if target == nil { readBenchmarkLevel() }
        if target == nil { readDirectionCell() }
        if target == nil { readImprovement() }
        if target == nil { readShareToCut() }
        if target == nil { readHold() }
        if target == nil { readRankShare() }
        if target == nil { readComparatorTarget() }
        if target == nil { readTargetLead() }
        if target == nil { readRelativeTarget() }
        if target == nil { readZero() }
        if target == nil { readLevelAfterTo() }
        if target == nil { readNumberWords() }
        if target == nil { readYearCell() }
        if target == nil { readYearLikeCount() }
        if target == nil { readBareTarget() }
        if target == nil, !targetAmbiguous { readCardinalCount() }
        if target == nil, !targetAmbiguous { readUniversal() }
        if target == nil, !targetAmbiguous { readUniversalSubject() }
        readCurrentBaseline()
        readBaselineAfterTarget()
        readDeadline()
        readTargetKind()
    }

    /// A level every year ("jaarlijks", "Maintain"), or a count delivered over the period
    /// ("realiseren", "deliver", "in totaal"), from the words of the target's sentence.
    mutating func readTargetKind() {
        guard var found = target, let range = targetRange, found.kind == .absolute, !found.spelledOut else { return }
        let sentence = sentenceRange(containing: range.lowerBound)
        if sentence.contains(where: { match(.sustained, at: $0) != nil }) {
            found.sustained = true
        } else if found.unit == nil || found.unit == .count, sentence.contains(where: { match(.cumulative, at: $0) != nil }) {
            found.cumulative = true
        }
        target = found
    }

    /// Every number token with its role; a target said in words is listed at its words.
    var numbers: [DraftNumber] {
        var found = tokens.indices.compactMap { index -> DraftNumber? in
            // A fraction in digits is one number: its denominator is part of it.
            if let share = fractionShares[index] ?? fractionQuantities[index], let end = fractionEnds[index] {
                return DraftNumber(value: share, role: roles[index] ?? .other, span: span(index, end))
            }
            guard !fractionEnds.values.contains(index), let value = tokens[index].number else { return nil }
            return DraftNumber(value: value, role: roles[index] ?? .other, span: span(index, index))
        }
        if let target, target.spelledOut { found.append(DraftNumber(value: target.value, role: .target, span: target.span)) }
        return found.sorted { $0.span.start < $1.span.start }
    }

    // MARK: Matching

    /// The index just past `phrase` when the tokens from `index` spell it, unused; `*` is any one word.
    func match(_ phrase: [String], at index: Int) -> Int? {
        guard index >= 0, index + phrase.count <= tokens.count else { return nil }
        for (offset, word) in phrase.enumerated() {
            let token = tokens[index + offset]
            guard !used.contains(index + offset), let found = token.word, word == "*" || found == word else { return nil }
        }
        return index + phrase.count
    }

    func match(_ category: WordCategory, at index: Int) -> Int? {
        for phrase in lexicon[category] { if let end = match(phrase, at: index) { return end } }
        return nil
    }

    /// The first index of a phrase of `category` that ends right before `index`.
    func phraseEnding(_ category: WordCategory, before index: Int) -> Int? {
        for phrase in lexicon[category] where index - phrase.count >= 0 {
            if match(phrase, at: index - phrase.count) == index { return index - phrase.count }
        }
        return nil
    }

    /// The characters between two tokens.
    func gap(_ first: Int, _ second: Int) -> String {
        guard first >= 0, second < tokens.count, tokens[first].range.upperBound <= tokens[second].range.lowerBound else { return "" }
        return String(characters[tokens[first].range.upperBound..<tokens[second].range.lowerBound])
    }

    /// A clause boundary between two adjacent tokens: a comparator and its number do not cross it.
    func breaks(_ first: Int, _ second: Int) -> Bool {
        gap(first, second).contains { ",;:()".contains($0) }
    }

    /// Past filler words ("een", "the") from `index`, not crossing a clause boundary.
    func skipFiller(from index: Int, limit: Int = 3) -> Int {
        var cursor = index
        var skipped = 0
        while skipped < limit, cursor < tokens.count, let end = match(.filler, at: cursor), !breaks(cursor - 1, cursor) {
            skipped += end - cursor
            cursor = end
        }
        return cursor
    }

    func word(_ index: Int) -> String { tokens[safe: index]?.word ?? "" }

    func isFree(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && !used.contains(index) && roles[index] == nil && tokens[index].number != nil
    }

    func freeValue(_ index: Int) -> Double? {
        guard isFree(index), tokens[index].year == nil, !financialYearTokens.contains(index) else { return nil }
        return fractionShares[index] ?? fractionQuantities[index] ?? tokens[index].number
    }

    /// "2/3 betaalbare huur", "1/3 sociale huur": a share of a whole, not its numerator. Only
    /// single digits, numerator below denominator, and no third part (a date "1/3/2024").
    mutating func markFractions() {
        // "1/2 meter", "1/2e meter haag per inwoner", "3/4 mile": a fraction before a unit of measure is an amount, not a share.
        for index in tokens.indices.dropLast() {
            guard case let .number(numerator, true) = tokens[index].kind, tokens[index].range.count == 1, gap(index, index + 1) == "/",
                  index == 0 || gap(index - 1, index) != "/", let denominator = fractionDenominator(at: index + 1), numerator < denominator,
                  match(.measureUnit, at: index + 2) != nil else { continue }
            fractionQuantities[index] = numerator / denominator
            fractionEnds[index] = index + 1
            assign(index + 1, .other)
        }
        for index in tokens.indices.dropLast() where fractionQuantities[index] == nil {
            guard case let .number(numerator, true) = tokens[index].kind, case let .number(denominator, true) = tokens[index + 1].kind,
                  gap(index, index + 1) == "/", numerator >= 1, numerator < denominator, denominator <= 9,
                  tokens[index].range.count == 1, tokens[index + 1].range.count == 1,
                  index == 0 || gap(index - 1, index) != "/", !gap(index + 1, index + 2).hasPrefix("/") else { continue }
            fractionShares[index] = numerator / denominator * 100
            fractionEnds[index] = index + 1
            assign(index + 1, .other)
        }
        // "9 op de 10 inwoners", "1 in 5 children", "8 out of 10 residents", "9 van de 10": counted shares.
        for index in tokens.indices where fractionShares[index] == nil {
            guard case let .number(numerator, true) = tokens[index].kind, tokens[index].year == nil, numerator >= 1,
                  let joiner = [["op", "de"], ["out", "of"], ["in"], ["van", "de"]].first(where: { joiner in
                      joiner.indices.allSatisfy { word(index + 1 + $0) == joiner[$0] }
                  }),
                  case let .number(denominator, true) = tokens[safe: index + 1 + joiner.count]?.kind, numerator < denominator,
                  denominator <= 100, joiner != ["van", "de"] || denominator == 10 || denominator == 100,
                  tokens[safe: index + 2 + joiner.count]?.word != nil, match(.duration, at: index + 2 + joiner.count) == nil else { continue }
            let end = index + 1 + joiner.count
            fractionShares[index] = numerator / denominator * 100
            fractionEnds[index] = end
            assign(end, .other)
        }
    }

    /// The denominator of a fraction written "1/2" or, in Flemish, "1/2e", "1/3de": one digit.
    func fractionDenominator(at index: Int) -> Double? {
        guard let token = tokens[safe: index], token.range.count <= 3 else { return nil }
        if case let .number(value, true) = token.kind, token.range.count == 1 { return value }
        guard let written = token.word, let digit = written.first, digit.isNumber, ["e", "de"].contains(String(written.dropFirst())) else { return nil }
        return Double(String(digit))
    }

    func freeYear(_ index: Int) -> Int? {
        guard isFree(index) else { return nil }
        return tokens[index].year
    }

    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(tokens[first].range.lowerBound..<tokens[last].range.upperBound, in: characters)
    }

    mutating func use(_ range: ClosedRange<Int>) { used.formUnion(range) }

    mutating func assign(_ index: Int, _ role: NumberRole) {
        if tokens[safe: index]?.number != nil, roles[index] == nil { roles[index] = role }
        used.insert(index)
    }

    static let dayWords: Set<String> = ["dag", "dagen", "werkdagen", "day", "days"]
    static let gradeWords: Set<String> = ["rapportcijfer", "cijfer", "score", "grade", "mark", "waardering", "rating", "waarderingsscore"]
    static let toWords: Set<String> = ["naar", "tot", "to"]
    /// Words that open a relative clause after a comma.
    static let relativeWords: Set<String> = ["wat", "die", "dat", "waardoor", "waarmee", "which", "who", "that"]
    /// The verbs that may follow a clause-final participle: "bespaard hebben", "gehalveerd is".
    static let auxiliaries: Set<String> = ["hebben", "heeft", "hebt", "zijn", "is", "wordt", "worden", "zal", "zullen"]
    static let fromWords: Set<String> = ["van", "from"]
    static let rangeWords: Set<String> = ["en", "tot", "and", "to", "t", "m", "met"]

    /// A value token at `index` with what follows it: `%`, `procent` → percent; `procentpunt` →
    /// points; `dagen` → days. Returns the unit, whether it is percentage points, and the last token.
    func unitAfter(_ index: Int) -> (unit: MetricUnit?, points: Bool, last: Int) {
        if fractionShares[index] != nil, let end = fractionEnds[index] { return (.percent, false, end) }
        if fractionQuantities[index] != nil, let end = fractionEnds[index] { return (nil, false, end) }
        let next = tokens[safe: index + 1]
        let afterNext = tokens[safe: index + 2]
        if let next, next.isSymbol("%") || SentenceTokenizer.percentWords.contains(next.word ?? "") {
            if afterNext?.word == "points" || afterNext?.word == "point" { return (.percent, true, index + 2) }
            return (.percent, false, index + 1)
        }
        if let next, SentenceTokenizer.pointWords.contains(next.word ?? "") { return (.percent, true, index + 1) }
        // "5-10% reduction", "20 tot 30 procent": a range's first bound has the unit said after the second.
        if next?.number != nil, gap(index, index + 1).trimmingCharacters(in: " ") == "-" || gap(index, index + 1).trimmingCharacters(in: " ") == "–" {
            let second = unitAfter(index + 1)
            if second.unit == .percent, tokens[index].year == nil { return (.percent, second.points, second.last) }
        } else if ["tot", "to"].contains(next?.word ?? ""), afterNext?.number != nil, tokens[index].year == nil {
            let second = unitAfter(index + 2)
            if second.unit == .percent { return (.percent, second.points, second.last) }
        }
        if next?.word == "percentage", afterNext?.word == "points" || afterNext?.word == "point" { return (.percent, true, index + 2) }
        // "90 per cent", the British spelling.
        if next?.word == "per", afterNext?.word == "cent" { return (.percent, false, index + 2) }
        if let next, Self.dayWords.contains(next.word ?? "") { return (.days, false, index + 1) }
        if next?.word == "euro" || next?.word == "eur" { return (.euro, false, index + 1) }
        if index > 0, tokens[index - 1].isSymbol("€") { return (.euro, false, index) }
        let before = tokens[max(0, index - 4)..<index].compactMap(\.word)
        if before.contains(where: Self.gradeWords.contains), let value = tokens[index].number, value <= 10 { return (.grade, false, index) }
        return (nil, false, index)
    }

    /// The comparator the words of change imply ("verhogen naar", "terugbrengen tot"), in the
    /// sentence around `index`: a table row's "(regelen) 90%" is not read with the verb of the
    /// sentence before it.
    func verbComparator(near index: Int) -> Comparator? {
        var sentence = sentenceRange(containing: index)
        // "Om energie te besparen is … vertaald naar 30 kg afval": a purpose clause opening the sentence
        // names why, not the goal's direction.
        if word(sentence.lowerBound) == "om", let te = (sentence.lowerBound + 1..<min(sentence.upperBound, sentence.lowerBound + 12))
            .first(where: { word($0) == "te" && tokens[safe: $0 + 1]?.word != nil }), te + 1 < index {
            sentence = (te + 2)..<sentence.upperBound
        }
        // "het verminderen van gft … en het behalen van de doelstelling van 100 kg", "reducing waste and
        // achieving 60%": the number of the second of two coordinated actions takes no direction from the first.
        if let second = sentence.last(where: { coordinator in
            coordinator < index && Self.coordinators.contains(word(coordinator)) && !breaks(coordinator, coordinator + 1)
                && ((word(coordinator + 1) == "het" && word(coordinator + 2).count > 4 && word(coordinator + 2).hasSuffix("en"))
                    || (word(coordinator + 1).count > 5 && word(coordinator + 1).hasSuffix("ing")))
        }) {
            sentence = (second + 1)..<sentence.upperBound
        }
        // A relative clause after a comma ("…, wat betekent dat steeds meer inwoners …") speaks of something else.
        if let clause = sentence.first(where: { $0 > index && gap($0 - 1, $0).contains(",") && Self.relativeWords.contains(word($0)) }) {
            sentence = sentence.lowerBound..<clause
        }
        // "… 40% van de woningen isoleren om energie te besparen": a purpose clause after the number
        // says why, as one opening the sentence does; its verb gives the number no direction.
        if let purpose = sentence.first(where: { $0 > index && word($0) == "om" }),
           (purpose + 1..<min(sentence.upperBound, purpose + 10)).contains(where: { word($0) == "te" }) {
            sentence = sentence.lowerBound..<purpose
        }
        // So does an apposition after the number's clause: "Reduce … 30 percent by 2025, a more aggressive goal than …".
        if let clause = sentence.first(where: { $0 > index + 1 && gap($0 - 1, $0).contains(",") && Self.articles.contains(word($0)) }) {
            sentence = sentence.lowerBound..<clause
        }
        // So does a second goal after a coordinator: "planten we 3000 extra bomen en meer groen".
        if let clause = sentence.first(where: { $0 > index && Self.coordinators.contains(word($0)) && direction(at: skipFiller(from: $0 + 1)) != nil }) {
            sentence = sentence.lowerBound..<clause
        }
        // And a second goal whose number has its own word of change: "60 percent recycling … and a 50 percent reduction".
        // So does one that names its own measure: "… op te wekken en de uitstoot van CO2 met 20% te verminderen".
        if let start = secondGoalStart, start > index, sentence.contains(start),
           let second = ((start + 1)..<sentence.upperBound).first(where: { freeValue($0) != nil }),
           directionAfter(unitAfter(second).last) != nil || measureNamedBefore(valueAfter: start) {
            sentence = sentence.lowerBound..<start
        }
        // "Meer dan 50 bedrijven verlagen …": a bound's "meer" is no word of change.
        let up = sentence.contains { match(.increase, at: $0) != nil && match(.atLeast, at: $0) == nil && match(.atMost, at: $0) == nil }
            || containsSplitVerb(.splitIncrease, in: sentence)
        let down = sentence.contains { match(.decrease, at: $0) != nil } || containsSplitVerb(.splitDecrease, in: sentence)
        if up != down { return up ? .atLeast : .atMost }
        return nil
    }

    /// A separable verb with its particle further on in the same clause: "neemt met 20% af".
    func containsSplitVerb(_ category: WordCategory, in sentence: Range<Int>) -> Bool {
        for phrase in lexicon[category] where phrase.count >= 2 {
            let verb = Array(phrase.dropLast())
            for index in sentence where match(verb, at: index) != nil {
                var cursor = index + verb.count
                while cursor < sentence.upperBound, cursor - index <= 10, !breaks(cursor - 1, cursor) {
                    if word(cursor) == phrase.last { return true }
                    cursor += 1
                }
            }
        }
        return false
    }

    /// True when an opening bracket before the gap after `token` is not yet closed:
    /// "(33,414,134 tonnes CO2e in 2014; city-induced framework)" is one aside, not two sentences.
    func insideBrackets(_ token: Int) -> Bool {
        guard token + 1 < tokens.count else { return false }
        var depth = 0
        for character in characters[..<tokens[token].range.upperBound] {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The tokens of the sentence that holds `index`: a full stop, `;`, `?` or `!` ends a
    /// sentence when the next word starts with a capital or a bracket ("max. 10" does not).
    func sentenceRange(containing index: Int) -> Range<Int> {
        func endsSentence(_ token: Int) -> Bool {
            let between = gap(token, token + 1)
            guard between.contains(where: { ".;?!".contains($0) }), !insideBrackets(token) else { return false }
            if between.contains(";") || between.contains("(") { return true }
            return characters[tokens[token + 1].range.lowerBound].isUppercase
        }
        var first = min(max(index, 0), tokens.count)
        while first > 0, !endsSentence(first - 1) { first -= 1 }
        var last = first
        while last < tokens.count, last < index || (last + 1 < tokens.count && !endsSentence(last)) { last += 1 }
        return first..<min(tokens.count, last + 1)
    }

    // MARK: Numbers that are not the target

    /// "CO 2", "NO 2": a digit after a chemical symbol is part of a name. A leading list number
    /// ("3 Onze bedrijfsvoering", "1.1 Apeldoorn", "P3 1."), a code ("ENV.03") and a number
    /// after a list word ("Doelstelling 1").
    mutating func markNamesAndLists() {
        for index in tokens.indices {
            if let end = financialYearEnd(at: index) { financialYearTokens.formUnion([index, end]) }
            // "FY 2015-16": the "16" is the end of a period, never a value.
            if let end = twoYearSpanEnd(at: index) { financialYearTokens.insert(end) }
        }
        for index in tokens.indices where tokens[index].number != nil {
            let previous = tokens[safe: index - 1]
            if let symbol = previous?.word, let value = tokens[index].number, value < 10, symbol.count == 2,
               gap(index - 1, index) == " ", String(characters[tokens[index - 1].range]).allSatisfy(\.isUppercase) {
                assign(index, .other)
            } else if index > 0, gap(index - 1, index) == ".", previous?.word != nil {
                assign(index, .list)
            }
        }
        // The day of a date ("1 januari 2024", "September 30, 2025") is part of the date.
        for index in tokens.indices where isFree(index) && tokens[index].year == nil {
            guard let day = tokens[index].number, day >= 1, day <= 31 else { continue }
            if NumberWords.months[word(index + 1)] != nil || (NumberWords.months[word(index - 1)] != nil && freeYear(index + 1) != nil) {
                assign(index, .other)
            }
        }
        // "1) …", "(3) …": an item number opening the text, whatever follows it.
        if let first = tokens.first, let value = first.number, value == value.rounded(), value >= 1, value < 100, first.year == nil,
           tokens.count > 1, gap(0, 1).trimmingCharacters(in: " ").hasPrefix(")"),
           String(characters[..<first.range.lowerBound]).allSatisfy({ " (".contains($0) }) {
            assign(0, .list)
        }
        let leading = tokens.firstIndex { $0.number != nil }
        if let first = leading, tokens[..<first].allSatisfy({ ($0.word ?? "").contains(where: \.isNumber) }),
           tokens[first].year == nil, unitAfter(first).unit == nil, let next = tokens[safe: first + 1], next.word != nil,
           gap(first, first + 1).contains(where: { ".:-–".contains($0) })
           || (characters[next.range.lowerBound].isUppercase && (tokens[first].number ?? 100) < 100) {
            assign(first, .list)
        }
        for index in tokens.indices {
            guard let end = match(.list, at: index), isFree(end), tokens[end].year == nil, unitAfter(end).unit == nil,
                  !breaks(end - 1, end) else { continue }
            assign(end, .list)
            // "scope 1, 2 and 3": the numbers that continue the list.
            var cursor = end + 1
            while cursor < tokens.count {
                let next = Self.listJoiners.contains(word(cursor)) ? cursor + 1 : cursor
                guard isFree(next), tokens[next].year == nil, unitAfter(next).unit == nil,
                      next > cursor || gap(cursor - 1, cursor).trimmingCharacters(in: " ") == "," else { break }
                assign(next, .list)
                cursor = next + 1
            }
        }
        // "14 0348", "030 286 0000": a number written with a leading zero is a phone number or a
        // code, and so are the whole numbers right beside it.
        for index in tokens.indices where isFree(index) && tokens[index].year == nil {
            let written = characters[tokens[index].range]
            guard written.count >= 3, written.first == "0", written.allSatisfy(\.isNumber) else { continue }
            assign(index, .other)
            for neighbour in [index - 1, index + 1] where isFree(neighbour) && gap(min(index, neighbour), max(index, neighbour)) == " "
                && characters[tokens[neighbour].range].allSatisfy(\.isNumber) && unitAfter(neighbour).unit == nil {
                assign(neighbour, .other)
            }
        }
        // "Attainment 8", "groep 8": a number that is part of a name.
        for index in tokens.indices {
            guard var end = match(.nameNumber, at: index) else { continue }
            // "Assembly Bill (AB) 32": the name's abbreviation in brackets may stand between.
            if gap(end - 1, end).trimmingCharacters(in: " ") == "(", tokens[safe: end]?.word != nil,
               gap(end, end + 1).trimmingCharacters(in: " ") == ")",
               String(characters[tokens[end].range]).allSatisfy({ $0.isUppercase || $0.isNumber }) {
                end += 1
            } else if gap(end - 1, end) != " " {
                continue
            }
            guard isFree(end), tokens[end].year == nil, unitAfter(end).unit == nil else { continue }
            assign(end, .other)
        }
        // "zeker als er 10.000 woningen bij komen", "if 500 homes are added": a condition, up to the clause's end.
        for index in tokens.indices {
            guard let end = match(.conditional, at: index) else { continue }
            var cursor = end
            while cursor < tokens.count, !breaks(cursor - 1, cursor), sentenceRange(containing: index).contains(cursor) {
                if isFree(cursor), tokens[cursor].year == nil { assign(cursor, .condition) }
                cursor += 1
            }
        }
        // "Target 1: Convert …", "Ambitie 3: …": one word and a number before a colon label what follows.
        if tokens.count > 2, tokens[0].word != nil, isFree(1), tokens[1].year == nil, unitAfter(1).unit == nil,
           gap(0, 1) == " ", gap(1, 2).hasPrefix(":") {
            assign(1, .list)
        }
        markLabels()
    }

    /// "Target 67 By 2036, …", "KPI 12: …", "(“Big Move #4”)", "inwoners (1)": a label's number at
    /// the start of a sentence or bracket, a number after `#`, a footnote mark. None is a value.
    mutating func markLabels() {
        for index in tokens.indices where isFree(index) && tokens[index].year == nil && unitAfter(index).unit == nil {
            let before = gap(index - 1, index).trimmingCharacters(in: " ")
            let after = index + 1 < tokens.count ? gap(index, index + 1) : ""
            if before.hasSuffix("#") {
                assign(index, .list)
            } else if before == "(", after.hasPrefix(")"), tokens[safe: index - 1]?.word != nil,
                      let value = tokens[index].number, value == value.rounded(), value >= 1, value <= 20 {
                assign(index, .list)
            } else if index > 0, tokens[index - 1].word != nil, isClauseStart(index - 1), gap(index - 1, index) == " ", after.hasPrefix(":") {
                // "Wonen. Taakveld 8.3: …": one word and a number before a colon, at any clause start.
                assign(index, .list)
            } else if let start = labelStart(endingAt: index), isClauseStart(start) {
                let closes = index + 1 == tokens.count || after.contains(where: { ":–-.)”\"".contains($0) })
                    || (tokens[index + 1].word != nil && characters[tokens[index + 1].range.lowerBound].isUppercase)
                if closes { assign(index, .list) }
            }
        }
    }

    /// The first token of a `[label]` or `[list]` word right before the number at `index`, with only a space between.
    func labelStart(endingAt index: Int) -> Int? {
        guard index > 0, gap(index - 1, index) == " " else { return nil }
        return phraseEnding(.label, before: index) ?? phraseEnding(.list, before: index)
    }

    /// The first token of the text, of a sentence, or of a bracket or quotation.
    func isClauseStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let between = gap(index - 1, index)
        if between.contains(where: { "(“\"‘:;".contains($0) }) { return true }
        return between.contains(".") && characters[tokens[index].range.lowerBound].isUppercase
    }

    /// "18 jaar en ouder", "tussen 15 en 75 jaar", "3-jarige", "per 1.000 inwoners", "aged 16".
    mutating func markPopulation() {
        for index in tokens.indices where isFree(index) && tokens[index].year == nil {
            // "maximaal 5 jaar", "niet langer dan 2 jaar": after a bound a bare "jaar" is a duration, not an age.
            let lead = skipFillerBackwards(before: index)
            let bounded = phraseEnding(.atLeast, before: lead) != nil || phraseEnding(.atMost, before: lead) != nil
            if bounded, Self.ageWords.contains(word(index + 1)), match(.populationAfter, at: index + 1) == index + 2 { continue }
            if let end = match(.populationAfter, at: index + 1) {
                use((index + 1)...(end - 1))
                assign(index, .population)
                // The first number of a range: "15 en 75 jaar", "12 t/m 17 jaar", "5/6 jr".
                var cursor = index - 1
                while cursor >= 0, Self.rangeWords.contains(word(cursor)), index - cursor <= 3 { cursor -= 1 }
                if cursor < index, isFree(cursor), tokens[cursor].year == nil,
                   cursor < index - 1 || gap(cursor, index).trimmingCharacters(in: " ").allSatisfy({ "-–/".contains($0) }) {
                    assign(cursor, .population)
                }
            } else if phraseEnding(.populationBefore, before: index) != nil, !breaks(index - 1, index),
                      NumberWords.months[word(index + 1)] == nil {
                assign(index, .population)
                // The end of its range: "aged 5-16", "aged 16 to 24".
                let end = Self.rangeWords.contains(word(index + 1)) ? index + 2 : index + 1
                if end == index + 2 || gap(index, end).trimmingCharacters(in: " ").allSatisfy({ "-–/".contains($0) }),
                   isFree(end), tokens[end].year == nil {
                    assign(end, .population)
                }
            } else if insideBrackets(index), Self.ageWords.contains(word(index + 1)) {
                // An age range in brackets: "(19 to 21 years)", "(12-17 jaar)".
                assign(index, .population)
                var cursor = index - 1
                while cursor >= 0, Self.rangeWords.contains(word(cursor)), index - cursor <= 2 { cursor -= 1 }
                if cursor < index, isFree(cursor), tokens[cursor].year == nil, insideBrackets(cursor) { assign(cursor, .population) }
            }
        }
    }

    /// "binnen 2 werkdagen", "binnen de servicenorm van max. 10 min", "within 28 days", "2 times annually".
    mutating func markConditions() {
        markIncomeAndDistanceBounds()
        for index in tokens.indices where tokens[index].word != nil {
            guard let end = match(.condition, at: index) else { continue }
            var cursor = end
            while cursor < tokens.count, cursor - end < 4, tokens[cursor].word != nil { cursor += 1 }
            // A condition is a time or a distance ("within 300 metres of a bus stop"): "binnen de
            // gemeente 500 woningen" is no condition.
            guard isFree(cursor), tokens[cursor].year == nil,
                  match(.duration, at: cursor + 1) != nil || Self.distanceWords.contains(word(cursor + 1)) else { continue }
            assign(cursor, .condition)
        }
        for index in tokens.indices where isFree(index) && tokens[index].year == nil {
            if match(.conditionAfter, at: index + 1) != nil { assign(index, .condition) }
            // "accelerate the target by 10 years", "met 5 jaar vervroegen": a shift in time, not a level.
            if Self.withWordsOfChange.contains(word(index - 1)), Self.yearWords.contains(word(index + 1)) { assign(index, .condition) }
            // A number hyphenated to a word is part of a compound: "0-meting", "24-uurs".
            if gap(index, index + 1) == "-", tokens[safe: index + 1]?.word != nil { assign(index, .other) }
        }
    }

    /// "tot 130% van het minimumloon", "households at 80% of area median income": a share of an income
    /// norm says who is counted. "verplaatsingen tot een afstand van 7,5 kilometer", "within a radius of
    /// 400 metres": a distance after its noun bounds what is counted, unless a bound names it the goal's
    /// ("a maximum walking distance of 400 metres").
    mutating func markIncomeAndDistanceBounds() {
        for index in tokens.indices where isFree(index) && tokens[index].year == nil {
            let unit = unitAfter(index)
            var next = unit.last + 1
            if unit.unit == .percent {
                if ["van", "of"].contains(word(next)) { next += 1 }
                // Only where it says who is counted (after a relative pronoun or a word of income, or with
                // another number left): "verruimen het minimabeleid tot 130% van de bijstandsnorm" moves the norm itself.
                let counts = (max(0, index - 6)..<index).contains { Self.incomeSubjectWords.contains(word($0)) }
                    || tokens.indices.contains { $0 != index && freeValue($0) != nil }
                if match(.incomeNorm, at: next) != nil, counts { assign(index, .condition) }
            } else if Self.distanceWords.contains(word(next)), ["van", "of"].contains(word(index - 1)),
                      Self.distanceNouns.contains(word(index - 2)) {
                let named = (max(0, index - 5)..<(index - 2)).contains { cursor in
                    Self.floorAdjectives.contains(word(cursor)) || Self.ceilingAdjectives.contains(word(cursor))
                        || match(.atLeast, at: cursor) != nil || match(.atMost, at: cursor) != nil
                }
                if !named { assign(index, .condition) }
            }
        }
    }

    /// Before a share of an income norm, words that make it say who is counted: "iedereen die tot 130% …
    /// verdient", "met een inkomen tot 120%", "households earning up to 80%".
    static let incomeSubjectWords: Set<String> = [
        "die", "dat", "wie", "who", "that", "whose", "inkomen", "inkomens", "income", "incomes", "earning", "earn", "earns",
        "verdient", "verdienen", "below", "under", "onder",
    ]
    /// Before "van"/"of" and a distance: "tot een afstand van 7,5 km", "binnen een straal van 500 meter".
    static let distanceNouns: Set<String> = ["afstand", "straal", "distance", "radius"]

    /// "18 gemeenten", "in 12 wijken", "buildings over 25,000 square feet", "scholen met meer dan
    /// 100 leerlingen": a number that counts the partners or sizes the population is no target,
    /// unless it is the only candidate. A comparator before a count makes it the target
    /// ("minimaal 20 scholen"), except after "met"/"with", where it sets a condition.
    mutating func markCountedPopulation() {
        let candidates = tokens.indices.filter { freeValue($0) != nil }
        let counted = candidates.compactMap { index -> (Int, NumberRole)? in
            // "8 op de 10 inwoners": a share of the counted noun is no count of it.
            guard fractionShares[index] == nil else { return nil }
            let unitEnd = unitAfter(index).last
            // "gebouwen groter dan 2.500 vierkante meter", "perken van 10 m2": an area after a bound or
            // "van"/"of" sizes the things counted; "1 m2 ontharding per inwoner" is the goal's own amount.
            if match(.populationSize, at: unitEnd + 1) != nil {
                let lead = skipFillerBackwards(before: index)
                let sized = Self.sizeLeads.contains(word(lead - 1))
                    || [WordCategory.atLeast, .atMost, .above, .below].contains { phraseEnding($0, before: lead) != nil }
                return sized ? (index, .condition) : nil
            }
            guard match(.populationCount, at: unitEnd + 1) != nil else { return nil }
            // "from 500 residents a year to 800": the count a change starts from is its baseline.
            if Self.fromWords.contains(word(index - 1)),
               ((unitEnd + 1)..<min(tokens.count, unitEnd + 6)).contains(where: { ["naar", "to"].contains(word($0)) }) { return nil }
            let lead = skipFillerBackwards(before: index)
            guard let comparatorStart = phraseEnding(.atLeast, before: lead) ?? phraseEnding(.atMost, before: lead) else {
                return (index, .population)
            }
            return Self.withWords.contains(word(comparatorStart - 1)) ? (index, .condition) : nil
        }
        guard candidates.count > counted.count else { return }
        for (index, role) in counted { assign(index, role) }
    }

    /// "Meer dan 100 partijen verlagen de uitstoot met 49%", "Over 200 businesses will cut their emissions
    /// by 30%": a bounded count opening the sentence says who acts; the change it makes is the goal.
    mutating func markActorCount() {
        for index in tokens.indices where isClauseStart(index) {
            guard let leadEnd = match(.atLeast, at: index) ?? match(.atMost, at: index) else { continue }
            let count = skipFiller(from: leadEnd)
            guard freeValue(count) != nil, unitAfter(count).unit == nil, tokens[count].year == nil,
                  tokens[safe: count + 1]?.word != nil, !breaks(count, count + 1) else { continue }
            let sentence = sentenceRange(containing: count)
            let change = ((count + 2)..<sentence.upperBound).contains { value in
                freeValue(value) != nil && unitAfter(value).unit == .percent
                    && Self.withWordsOfChange.contains(word((phraseEnding(.approximately, before: value) ?? value) - 1))
            }
            if change { assign(count, .population) }
        }
    }

    static let withWords: Set<String> = ["met", "with"]
    /// Before an area that sizes what is counted: "groter dan 2.500 m2", "buildings over 25,000 square feet", "perken van 10 m2".
    static let sizeLeads: Set<String> = ["dan", "than", "over", "van", "of", "boven", "above", "onder", "under", "below"]
    /// After "binnen"/"within" and a number, a distance: the number bounds who is counted.
    static let distanceWords: Set<String> = ["meter", "metres", "meters", "metre", "m", "km", "kilometer", "kilometres", "kilometers", "miles", "mile"]
    /// Before the size of a change: "met 10%", "by 10 years".
    static let withWordsOfChange: Set<String> = ["met", "by"]
    /// Between the numbers of a list: "scope 1, 2 and 3".
    static let listJoiners: Set<String> = ["and", "en", "or", "of"]
    /// After a year, a goal it is the end of: "the 2050 goal", "de 2030-doelen".
    static let goalNouns: Set<String> = ["goal", "goals", "target", "targets", "doel", "doelen", "doelstelling", "doelstellingen"]
    /// Indefinite articles that open an apposition after a comma.
    static let articles: Set<String> = ["a", "an", "een"]
    /// Between two goals of one sentence: "… 35 procent CO2-uitstoot en in 2050 …".
    static let coordinators: Set<String> = ["en", "and", "terwijl", "while"]

    /// The index of the first filler word right before `index` ("minimaal een 20"), or `index`.
    func skipFillerBackwards(before index: Int) -> Int {
        var cursor = index
        while cursor > 0, let start = phraseEnding(.filler, before: cursor), index - start <= 3 { cursor = start }
        return cursor
    }

    /// A budget ("een budget van € 2,5 miljoen", "invest £20m") and a realised figure ("In 2023
    /// waren het 1.250 meldingen") are no target: numbers in their clause after a `[budget]` or
    /// `[realised]` word, unless a comparator stands between ("de kosten zijn maximaal € 50").
    mutating func markBudgetsAndRealisedFigures() {
        for index in tokens.indices {
            guard let end = match(.budget, at: index) ?? match(.realised, at: index) else { continue }
            var cursor = end
            while cursor < tokens.count, cursor - end < 6, !breaks(cursor - 1, cursor) {
                if match(.atLeast, at: cursor) != nil || match(.atMost, at: cursor) != nil { break }
                if isFree(cursor), tokens[cursor].year == nil, unitAfter(cursor).unit != .percent || match(.realised, at: index) != nil {
                    assign(cursor, .other)
                }
                cursor += 1
            }
        }
    }

    /// "… kg per inwoner 2022 157 148", "… 2019 10,4 8,8 2018 12,4 8,0", "… % 45.5 49.3": a row of the indicators a
    /// Dutch begroting must show (peiljaar, the municipality's figure, the national one), ending the
    /// text with blocks of a year and two figures. Measured values, no norm: none is a target.
    mutating func markIndicatorRows() {
        // "kg per inwoner 2016 199 189 100 kg in 2020": a peiljaar block after the unit column, with the
        // goal's own words after it: the block is measured; what follows is the goal.
        for index in tokens.indices {
            guard let year = tokens[index].year, isFree(index), index > 0, tokens[index - 1].word != nil || tokens[index - 1].isSymbol("%"),
                  phraseEnding(.deadline, before: index) == nil, phraseEnding(.start, before: index) == nil,
                  phraseEnding(.before, before: index) == nil else { continue }
            var figures: [Int] = []
            var next = index + 1
            while next < tokens.count, figures.count < 2 || tokens[next].isSymbol("%") {
                if !tokens[next].isSymbol("%") {
                    guard isFree(next), tokens[next].year == nil, !breaks(next - 1, next) else { break }
                    figures.append(next)
                }
                next += 1
            }
            guard figures.count == 2, next < tokens.count, tokens[next].word != nil || tokens[safe: next + 1]?.word != nil else { continue }
            assign(index, .other)
            for figure in figures { assign(figure, .other) }
            indicatorBlocks[year] = tokens[figures[0]].number
            noteRowWithoutTarget(from: index, to: figures[1])
        }
        // The numbers that end the text, past any "%" after them, in order.
        var run: [Int] = []
        var cursor = tokens.count - 1
        while cursor >= 0, tokens[cursor].number != nil || tokens[cursor].isSymbol("%") {
            if tokens[cursor].number != nil { run.insert(cursor, at: 0) }
            cursor -= 1
        }
        // "Niet-sporters % 45.5 49.3": a lone "%" after a word is the table's unit column, and the
        // figures after it are measured ones.
        if let first = run.first, first > 1, tokens[first - 1].isSymbol("%"), tokens[first - 2].word != nil,
           run.allSatisfy({ isFree($0) && tokens[$0].year == nil }) {
            for index in run { assign(index, .other) }
            return
        }
        guard run.count >= 3, run.count % 3 == 0, phraseEnding(.deadline, before: run[0]) == nil,
              phraseEnding(.before, before: run[0]) == nil else { return }
        for block in stride(from: 0, to: run.count, by: 3) {
            let (year, figures) = (run[block], [run[block + 1], run[block + 2]])
            guard tokens[year].year != nil, isFree(year), figures.allSatisfy({ isFree($0) && tokens[$0].year == nil }) else { return }
        }
        for index in run { assign(index, .other) }
        if let first = run.first, let last = run.last { noteRowWithoutTarget(from: first, to: last) }
    }

    /// Keeps the span of an indicator row's measured blocks, the first block to the last, so that
    /// a draft left without a target says why (`DraftRowWithoutTarget`).
    mutating func noteRowWithoutTarget(from first: Int, to last: Int) {
        let start = min(first, indicatorRowStart ?? first)
        indicatorRowStart = start
        rowWithoutTarget = DraftRowWithoutTarget(kind: .comparison, span: span(start, unitAfter(last).last))
    }

    /// "vanaf 2026", "from 2022", "since 2019": a start, no deadline. Not "38% reduction from
    /// 2010" or "from 2010 levels": that is the baseline.
    mutating func markStarts() {
        for index in tokens.indices {
            guard let end = match(.start, at: index),
                  !((max(0, index - 2)..<index).contains { direction(at: $0) != nil }) else { continue }
            var cursor = end
            // "from 1st April 2026": past a day and a month.
            while cursor < tokens.count, cursor - end < 2, isDatePart(cursor) { cursor += 1 }
            // "from 2032 to 2030": a deadline moved, read as a range (`readDeadline`).
            let movedTo = Self.toWords.contains(word(cursor + 1)) && tokens[safe: cursor + 2]?.year != nil
            if freeYear(cursor) != nil, match(.baselineAfter, at: cursor + 1) == nil, !movedTo { assign(cursor, .other) }
        }
    }

    /// A day or month before a year: "1st", "1", "April".
    func isDatePart(_ index: Int) -> Bool {
        if NumberWords.months[word(index)] != nil || word(index).contains(where: \.isNumber) { return true }
        guard let day = tokens[index].number, tokens[index].year == nil, day >= 1, day <= 31 else { return false }
        return NumberWords.months[word(index + 1)] != nil
    }

    // MARK: Target and baseline

    /// "Construct 30 miles … and raise … to 15%", "100 percent electricity by 2032 and an 80 percent
    /// reduction by 2040": a coordinator followed by a word of change or a number, with a number on
    /// each side in one sentence.
    mutating func markSecondGoal() {
        for index in tokens.indices where Self.coordinators.contains(word(index)) {
            let next = skipFiller(from: index + 1)
            guard direction(at: next) != nil || freeValue(next) != nil || measureNamedBefore(valueAfter: index) else { continue }
            // "tussen de 1 en 10", "15 and 16": a coordinator between two numbers joins a range or
            // a list, not two goals.
            guard !(index > 0 && tokens[index - 1].number != nil && next == index + 1 && tokens[next].number != nil) else { continue }
            let sentence = sentenceRange(containing: index)
            guard (sentence.lowerBound..<index).contains(where: { freeValue($0) != nil }),
                  ((index + 1)..<sentence.upperBound).contains(where: { freeValue($0) != nil }) else { continue }
            secondGoalStart = index
            return
        }
    }

    /// "… en een scheidingspercentage van 75%", "and cut emissions by 40%": a coordinator followed, in
    /// its clause, by a noun of what is measured and its own value after `van`/`of`/`met`/`by`.
    func measureNamedBefore(valueAfter coordinator: Int) -> Bool {
        var cursor = coordinator + 1
        while cursor < tokens.count, cursor - coordinator <= 7, !breaks(cursor - 1, cursor) {
            if freeValue(cursor) != nil {
                return cursor - coordinator >= 3 && ["van", "of", "met", "by"].contains(word(cursor - 1))
            }
            // "… met 49% en in 2050 met 95%": a year and a bare value continue the first goal's measure.
            if Self.coordinators.contains(word(cursor)) || tokens[cursor].year != nil { return false }
            cursor += 1
        }
        return false
    }

    /// True for a number of the second of two goals in one sentence: the readers without a
    /// comparator word take the first goal's number.
    func inSecondGoal(_ index: Int) -> Bool {
        guard let start = secondGoalStart else { return false }
        return index > start && sentenceRange(containing: start).contains(index)
    }

    /// `van (een) 6,4 in 2019 naar (een) 6,8`, `from 36% (2022\23) to 43%`: baseline value and
    /// period, target.
    mutating func readFromTo() {
        for index in tokens.indices where Self.fromWords.contains(word(index)) && !used.contains(index) {
            let valueIndex = skipFiller(from: index + 1, limit: 2)
            guard let from = freeValue(valueIndex) else { continue }
            let fromUnit = unitAfter(valueIndex)
            var cursor = fromUnit.last + 1
            var period: Period?
            var repeated: ClosedRange<Int>?
            if let found = repeatedUnit(after: valueIndex) {
                // "van 25 jaar naar 40 jaar", "from 12 sites to 20 sites": past the unit said twice.
                repeated = found.unit
                cursor = found.unit.upperBound + 1
            } else if let toWord = (cursor..<min(tokens.count, cursor + 4)).first(where: { ["naar", "to"].contains(word($0)) }),
                      toWord > cursor, (cursor..<toWord).allSatisfy({ tokens[$0].word != nil && !breaks($0 - 1, $0) && !breaks($0, $0 + 1) }),
                      !(cursor..<toWord).contains(where: { word($0) == "in" }) {
                // "van 300 woningen naar 500", "from 1,200 cases to under 300": the noun said once.
                cursor = toWord
            } else if word(cursor) == "in", let year = freeYear(cursor + 1) {
                period = .year(year)
                cursor += 2
            } else if let end = financialYearEnd(at: cursor) {
                cursor = end + 1
            } else if let year = freeYear(cursor), !breaks(cursor - 1, cursor) || gap(cursor - 1, cursor).contains("(") {
                period = .year(year)
                cursor += 1
            }
            guard Self.toWords.contains(word(cursor)) else { continue }
            var stated: Comparator?
            var toIndex = skipFiller(from: cursor + 1, limit: 2)
            if let end = match(.approximately, at: toIndex) { toIndex = end }
            if let end = match(.atMost, at: toIndex) {
                (stated, toIndex) = (.atMost, skipFiller(from: end))
            } else if let end = match(.atLeast, at: toIndex) {
                (stated, toIndex) = (.atLeast, skipFiller(from: end))
            }
            guard let to = freeValue(toIndex), to != from else { continue }
            var toUnit = unitAfter(toIndex)
            if let repeated { toUnit.last = toIndex + repeated.count }
            baseline = DraftBaseline(period: period, value: from, span: span(index, cursor - 1))
            target = DraftTarget(comparator: stated ?? (to > from ? .atLeast : .atMost), value: to, kind: .absolute,
                                 unit: toUnit.unit ?? fromUnit.unit, span: span(cursor, toUnit.last))
            for number in index...toUnit.last where tokens[number].number != nil {
                roles[number] = number >= toIndex ? .target : .baseline
            }
            targetRange = cursor...toUnit.last
            use(index...toUnit.last)
            return
        }
    }

    /// "25 jaar naar 40 jaar", "250 woningen per jaar naar circa 400 woningen per jaar": up to four
    /// words after a number, a word of "to", and the same words after the next number. Returns those
    /// words after the first number and the index of the second.
    func repeatedUnit(after valueIndex: Int) -> (unit: ClosedRange<Int>, toIndex: Int)? {
        var toWord = valueIndex + 1
        while toWord < tokens.count, toWord - valueIndex <= 5, tokens[toWord].word != nil, !breaks(toWord - 1, toWord),
              !["naar", "to"].contains(word(toWord)) { toWord += 1 }
        guard toWord > valueIndex + 1, ["naar", "to"].contains(word(toWord)), !breaks(toWord - 1, toWord) else { return nil }
        var second = skipFiller(from: toWord + 1, limit: 2)
        if let end = match(.approximately, at: second) { second = end }
        let unit = (valueIndex + 1)...(toWord - 1)
        guard tokens[safe: second]?.number != nil, tokens[second].year == nil, second + unit.count < tokens.count,
              unit.allSatisfy({ word($0) == word(second + 1 + $0 - unit.lowerBound) }) else { return nil }
        return (unit, second)
    }

    /// The unit words of "van 25 jaar naar 40 jaar" are no age: they are kept from the population words.
    mutating func markRepeatedUnits() {
        for index in tokens.indices where Self.fromWords.contains(word(index)) {
            let valueIndex = skipFiller(from: index + 1, limit: 2)
            guard tokens[safe: valueIndex]?.number != nil, tokens[valueIndex].year == nil,
                  let found = repeatedUnit(after: valueIndex) else { continue }
            use(found.unit)
            use((found.toIndex + 1)...(found.toIndex + found.unit.count))
        }
    }

    /// The last token of a financial year at `index` ("2022\23", "2023/24", "24/25"), or nil.
    func financialYearEnd(at index: Int) -> Int? {
        guard let first = tokens[safe: index]?.number, let second = tokens[safe: index + 1]?.number,
              ["/", "\\"].contains(gap(index, index + 1)), second < 100,
              Int(first) % 100 + 1 == Int(second) else { return nil }
        // "2023/24" or "24/25": a year, or two digits each; "0/1" is a fraction.
        let written = { (token: Int) in tokens[token].range.count }
        guard (tokens[index].year != nil || written(index) == 2), written(index + 1) == 2 else { return nil }
        return index + 1
    }

    /// The last token of "2015-16" at `index`: a year, a hyphen, the next year's last two digits.
    func twoYearSpanEnd(at index: Int) -> Int? {
        guard let year = tokens[safe: index]?.year, let next = tokens[safe: index + 1]?.number, tokens[index + 1].range.count == 2,
              ["-", "–"].contains(gap(index, index + 1).trimmingCharacters(in: " ")),
              Int(next) == (year + 1) % 100, isFree(index + 1) else { return nil }
        return index + 1
    }

    /// `t.o.v. (het jaar) 1990`, `ten opzichte van 90 senioren in 2016`, `compared to 2007 levels`,
    /// `(nulmeting: 25,1 % in 2015)`, `2009 baseline`.
    mutating func readBaselinePeriod() {
        guard baseline == nil else { return }
        for index in tokens.indices {
            guard let leadEnd = match(.baseline, at: index) else { continue }
            // "no later than 2028", "niet later dan 2030": the "than" of a deadline lead is no baseline's.
            if let deadlineLead = phraseEnding(.deadline, before: leadEnd), deadlineLead < index { continue }
            var cursor = leadEnd
            while cursor < tokens.count, cursor - leadEnd < 4, tokens[cursor].word != nil, word(cursor) != "in" { cursor += 1 }
            if word(cursor) == "in" { cursor += 1 }
            if let year = freeYear(cursor) {
                // "(nulmeting 2022: 45%)": the year's value after a colon is the baseline value.
                if gap(cursor, cursor + 1).trimmingCharacters(in: " ") == ":", let value = freeValue(cursor + 1) {
                    baseline = DraftBaseline(period: .year(year), value: value, span: span(index, unitAfter(cursor + 1).last))
                    assign(cursor, .baseline)
                    assign(cursor + 1, .baseline)
                    use(index...unitAfter(cursor + 1).last)
                    return
                }
                baseline = DraftBaseline(period: .year(year), value: indicatorBlocks[year], span: span(index, cursor))
                assign(cursor, .baseline)
                use(index...cursor)
                return
            }
            // A value with its year, after any lead but "dan"/"than" ("hoger dan 7,6" is a target).
            let lead = lexicon[.baseline].first { match($0, at: index) == leadEnd } ?? []
            guard lead != ["dan"], lead != ["than"], let value = freeValue(cursor) else { continue }
            var yearIndex = unitAfter(cursor).last + 1
            while yearIndex < tokens.count, yearIndex - cursor < 4, tokens[yearIndex].word != nil, word(yearIndex) != "in" { yearIndex += 1 }
            if word(yearIndex) == "in" { yearIndex += 1 }
            guard let year = freeYear(yearIndex) else { continue }
            baseline = DraftBaseline(period: .year(year), value: value, span: span(index, yearIndex))
            assign(cursor, .baseline)
            assign(yearIndex, .baseline)
            use(index...yearIndex)
            return
        }
        for index in tokens.indices {
            // "against our 2018/19 baseline": a financial year, ending in March as a deadline's does.
            guard let end = financialYearEnd(at: index), isFree(index), let first = tokens[index].number,
                  let after = match(.baselineAfter, at: end + 1), let period = Period(year: (first < 100 ? 2000 + Int(first) : Int(first)) + 1,
                                                                                      granularity: .month, index: 3) else { continue }
            baseline = DraftBaseline(period: period, value: nil, span: span(index, after - 1))
            assign(index, .baseline)
            assign(end, .baseline)
            use(index...(after - 1))
            return
        }
        for index in tokens.indices {
            guard let year = freeYear(index) else { continue }
            // "2009 baseline", "2004 GHG baseline": at most one word between.
            let oneWordBetween = tokens[safe: index + 1]?.word != nil && !breaks(index, index + 1)
            let next = match(.baselineAfter, at: index + 1) != nil ? index + 1
                : (oneWordBetween && match(.baselineAfter, at: index + 2) != nil ? index + 2 : nil)
            guard let next, let end = match(.baselineAfter, at: next) else { continue }
            baseline = DraftBaseline(period: .year(year), value: nil, span: span(index, end - 1))
            assign(index, .baseline)
            use(index...(end - 1))
            return
        }
        // "80% in 2026 (2022: 74%)": a year and its value alone in brackets after another figure are the
        // measurement the goal starts from, not a table cell of the target.
        for index in tokens.indices.dropLast() {
            guard let year = freeYear(index), gap(index - 1, index).trimmingCharacters(in: " ").hasSuffix("("),
                  gap(index, index + 1).trimmingCharacters(in: " ") == ":", let value = freeValue(index + 1) else { continue }
            let last = unitAfter(index + 1).last
            guard last + 1 == tokens.count || gap(last, last + 1).hasPrefix(")"),
                  (0..<index).contains(where: { freeValue($0) != nil }) else { continue }
            baseline = DraftBaseline(period: .year(year), value: value, span: span(index, last))
            assign(index, .baseline)
            assign(index + 1, .baseline)
            use(index...last)
            return
        }
        // A measurement with its year in brackets before anything else: "6,7 (2015)", "0,9% (2018) 0,6%".
        for index in tokens.indices {
            guard let value = freeValue(index) else { continue }
            let yearIndex = unitAfter(index).last + 1
            guard gap(yearIndex - 1, yearIndex).trimmingCharacters(in: " ") == "(", let year = freeYear(yearIndex),
                  gap(yearIndex, yearIndex + 1).hasPrefix(")") || yearIndex == tokens.count - 1 else { continue }
            baseline = DraftBaseline(period: .year(year), value: value, span: span(index, yearIndex))
            assign(index, .baseline)
            assign(yearIndex, .baseline)
            return
        }
    }

    /// Once the target is read: "(in 2022:7,5)" right after it, or "from 2010" after a change.
    mutating func readBaselineAfterTarget() {
        guard baseline == nil, let range = targetRange else { return }
        // "65% by 2035 (currently 45%)", "80% in 2028, nu 62%": the value today, after a bracket or a comma, is
        // what the goal starts from; the sentence gives no year for it.
        for index in range.upperBound..<tokens.count where gap(index - 1, index).contains(where: { "(,".contains($0) }) {
            guard let end = match(.current, at: index) else { continue }
            var valueIndex = skipFiller(from: end)
            if gap(end - 1, valueIndex).contains(":") || ["is", "was"].contains(word(valueIndex)) { valueIndex = skipFiller(from: valueIndex + (tokens[valueIndex].word != nil ? 1 : 0)) }
            guard let value = freeValue(valueIndex), !breaks(end - 1, valueIndex) || gap(end - 1, valueIndex).contains(":") else { continue }
            baseline = DraftBaseline(period: nil, value: value, span: span(index, unitAfter(valueIndex).last))
            assign(valueIndex, .baseline)
            return
        }
        let next = range.upperBound + 1
        if gap(next - 1, next).contains("("), word(next) == "in", let year = freeYear(next + 1), let value = freeValue(next + 2) {
            baseline = DraftBaseline(period: .year(year), value: value, span: span(next, next + 2))
            assign(next + 1, .baseline)
            assign(next + 2, .baseline)
            return
        }
        guard target?.kind != .absolute else { return }
        for index in (next - 1)..<min(tokens.count, next + 4) where Self.fromWords.contains(word(index)) || word(index) == "below" {
            // "verschoven van 2030 naar 2028": a deadline moved, no baseline.
            if let year = freeYear(index + 1), !(Self.toWords.contains(word(index + 2)) && tokens[safe: index + 3]?.year != nil) {
                baseline = DraftBaseline(period: .year(year), value: nil, span: span(index, index + 1))
                assign(index + 1, .baseline)
                return
            }
        }
    }

    /// `ten hoogste het landelijk gemiddelde`, `2 punten boven het gemiddelde van de G40`, `at or
    /// above the national average`: a target set by another series, with the bound right before
    /// it and an offset before the bound. A benchmark without a bound is only mentioned.
    mutating func readBenchmark() {
        for index in tokens.indices {
            guard let end = match(.benchmark, at: index), !breaks(index - 1, index) else { continue }
            // The longest bound that ends at the benchmark: "niet meer dan", not "meer dan".
            let bounds: [(WordCategory, Comparator)] = [(.atMost, .atMost), (.below, .atMost), (.atLeast, .atLeast), (.above, .atLeast)]
            guard let (boundStart, side) = bounds.compactMap({ category, side in phraseEnding(category, before: index).map { ($0, side) } })
                .min(by: { $0.0 < $1.0 }) else {
                // A table row's target cell: "… 6,93 6,90 Landelijk gemiddelde 6,90". The columns say
                // nothing of which side is good, so the comparator stays open.
                if index > 0, tokens[index - 1].number != nil, !breaks(index - 1, index) {
                    setBenchmark(DraftTarget(comparator: nil, value: 0, kind: .benchmark, unit: nil, span: span(index, end - 1), spelledOut: true),
                                 phrase: index..<end, offset: nil, first: index)
                    return
                }
                continue
            }
            var first = boundStart
            var comparator = side
            var offset: Benchmark.Offset?
            var offsetIndex: Int?
            // "2 punten boven", "5% onder", "2 procentpunt hoger dan": the offset, signed by the side.
            for valueIndex in max(0, boundStart - 2)..<boundStart {
                guard let value = freeValue(valueIndex), !breaks(valueIndex, boundStart) else { continue }
                let unit = unitAfter(valueIndex)
                let last = Self.pointNouns.contains(word(valueIndex + 1)) ? valueIndex + 1 : unit.last
                guard last == boundStart - 1 else { continue }
                let signed = side == .atLeast ? value : -value
                offset = unit.unit == .percent && !unit.points ? .percent(signed) : .amount(signed)
                offsetIndex = valueIndex
                first = valueIndex
                // "niet meer dan 2 punten boven": a bound before the offset decides the comparator.
                if let lead = phraseEnding(.atMost, before: valueIndex) {
                    (comparator, first) = (.atMost, lead)
                } else if let lead = phraseEnding(.atLeast, before: valueIndex) {
                    (comparator, first) = (.atLeast, lead)
                }
            }
            let offsetValue: Double = switch offset {
            case let .amount(amount)?: amount
            case let .percent(percent)?: percent
            case nil: 0
            }
            // Without an offset the target is said in words only.
            setBenchmark(DraftTarget(comparator: comparator, value: offsetValue, kind: .benchmark, unit: nil, span: span(first, end - 1),
                                     spelledOut: offset == nil), phrase: index..<end, offset: offset, first: first)
            if let offsetIndex { roles[offsetIndex] = .target }
            return
        }
    }

    /// The benchmark target with the placeholder its words name ("het gemiddelde van de G40" is `gemiddelde_g40`).
    mutating func setBenchmark(_ draft: DraftTarget, phrase: Range<Int>, offset: Benchmark.Offset?, first: Int) {
        let placeholder = tokens[phrase].compactMap(\.word).filter { !Self.benchmarkStopWords.contains($0) }
            .map { String($0.filter { $0.isLetter || $0.isNumber }) }.filter { !$0.isEmpty }.joined(separator: "_")
        var found = draft
        found.benchmark = DraftBenchmark(placeholder: placeholder.isEmpty ? DraftBenchmark.fallbackPlaceholder : placeholder,
                                         span: span(phrase.lowerBound, phrase.upperBound - 1), offset: offset)
        target = found
        targetRange = first...(phrase.upperBound - 1)
        use(first...(phrase.upperBound - 1))
    }

    /// "2 punten boven": the offset of a benchmark in the metric's unit.
    static let pointNouns: Set<String> = ["punt", "punten", "point", "points"]
    /// Words a benchmark's placeholder leaves out: "het gemiddelde van de G40" is `gemiddelde_g40`.
    static let benchmarkStopWords: Set<String> = ["de", "het", "van", "in", "the", "of", "for", "our"]

    /// "ten minste gelijk aan de tevredenheid in 2012": the level of 2012 kept, `>= +0%`.
    mutating func readHold() {
        for index in tokens.indices {
            guard let end = match(.hold, at: index) else { continue }
            if freeValue(skipFiller(from: end)) != nil { continue }
            target = DraftTarget(comparator: .atLeast, value: 0, kind: .relativePercent, unit: nil, span: span(index, end - 1),
                                 spelledOut: true)
            targetRange = index...(end - 1)
            use(index...(end - 1))
            if baseline == nil {
                for cursor in end..<min(tokens.count, end + 8) where word(cursor) == "in" || (cursor == end && freeYear(cursor) != nil) {
                    let yearIndex = word(cursor) == "in" ? cursor + 1 : cursor
                    if let year = freeYear(yearIndex) {
                        // "minimaal gelijk aan 2022 (18%)": the year's level in brackets is the baseline value.
                        let value = gap(yearIndex, yearIndex + 1).contains("(") ? freeValue(yearIndex + 1) : nil
                        let last = value == nil ? yearIndex : unitAfter(yearIndex + 1).last
                        baseline = DraftBaseline(period: .year(year), value: value, span: span(cursor, last))
                        assign(yearIndex, .baseline)
                        if value != nil { assign(yearIndex + 1, .baseline) }
                        break
                    }
                }
            }
            return
        }
    }

    mutating func setTarget(_ draft: DraftTarget, _ range: ClosedRange<Int>, valueIndex: Int) {
        target = draft
        targetRange = range
        use(range)
        roles[valueIndex] = .target
    }

    /// "bij de 25% goedkoopste gemeenten behoren", "tot de 10% veiligste steden", "among the 20% greenest
    /// cities": a place in a ranking by share, a ceiling on the rank as "in de top 3" is.
    mutating func readRankShare() {
        for index in tokens.indices where Self.rankLeads.contains(word(index - 2)) && ["de", "the"].contains(word(index - 1)) {
            guard let value = freeValue(index), unitAfter(index).unit == .percent else { continue }
            let last = unitAfter(index).last
            let superlative = word(last + 1)
            guard superlative == "best" || (superlative.count > 4 && (superlative.hasSuffix("ste") || superlative.hasSuffix("est"))) else { continue }
            setTarget(DraftTarget(comparator: .atMost, value: value, kind: .absolute, unit: .percent, span: span(index - 2, last + 1)),
                      (index - 2)...(last + 1), valueIndex: index)
            return
        }
    }

    /// Before "de"/"the" and a share of a ranking: "bij de 25% goedkoopste", "among the 10% best".
    static let rankLeads: Set<String> = ["bij", "tot", "among", "onder"]

    /// `minimaal 90%`, `at least an 80%`, `niet boven de 150`, `< 28`, `7,5 of hoger`.
    mutating func readComparatorTarget() {
        for index in tokens.indices {
            let comparator: Comparator
            let leadEnd: Int
            if let end = match(.atMost, at: index) {
                (comparator, leadEnd) = (.atMost, end)
            } else if let end = match(.atLeast, at: index) {
                (comparator, leadEnd) = (.atLeast, end)
            } else if tokens[index].isSymbol("<") || tokens[index].isSymbol("≤") {
                (comparator, leadEnd) = (.atMost, index + 1)
            } else if tokens[index].isSymbol(">") || tokens[index].isSymbol("≥") {
                (comparator, leadEnd) = (.atLeast, index + 1)
            } else {
                continue
            }
            let valueIndex = skipFiller(from: leadEnd)
            guard !breaks(valueIndex - 1, valueIndex) || gap(valueIndex - 1, valueIndex).contains("("),
                  let value = freeValue(valueIndex) ?? (valueIndex == leadEnd ? countAfterComparator(valueIndex) : nil) else { continue }
            let unit = unitAfter(valueIndex)
            // "75% of trips under 5 km", "90% van de aanvragen binnen max. 8 weken": a bound inside the
            // noun phrase a share counts qualifies its members; the share is the target.
            if qualifiesSharedNoun(comparatorAt: index) || boundsADuration(comparatorAt: index, valueIndex: valueIndex) {
                assign(valueIndex, .condition)
                use(index...unit.last)
                continue
            }
            // `reduce by at least 55%`, `met minimaal 10% verhogen`, `stijgt niet meer dan 3%`: the
            // size of a change, not a level; on a fall the bound turns round ("daalt minimaal 10%" is `<= -10%`).
            let before = word(index - 1)
            // The verb may stand before the year: "stijgt in 2026 niet meer dan 3%".
            var verbIndex = index - 1
            while verbIndex > index - 3, word(verbIndex) == "in" || tokens[safe: verbIndex]?.year != nil { verbIndex -= 1 }
            let verbRightBefore = direction(at: verbIndex).map { $0.sign > 0 ? Comparator.atLeast : .atMost }
            // "een reductie van ruim 30%", "a reduction of at least 20%": the noun of change names the size.
            let nounBefore = ["van", "of"].contains(before) ? direction(at: index - 2).flatMap { found in
                found.end == index - 1 ? (found.sign > 0 ? Comparator.atLeast : .atMost) : nil
            } : nil
            if unit.unit == .percent,
               let verb = verbRightBefore ?? nounBefore ?? (before == "met" || before == "by" ? verbComparator(near: valueIndex) : nil) {
                let bound = verb == .atLeast ? comparator : (comparator == .atLeast ? .atMost : .atLeast)
                // The year between verb and bound stays free for the deadline.
                let first = nounBefore != nil && verbRightBefore == nil ? index - 2
                    : verbRightBefore != nil && verbIndex < index - 1 ? index : index - 1
                setTarget(DraftTarget(comparator: bound, value: verb == .atLeast ? value : -value,
                                      kind: unit.points ? .percentagePoints : .relativePercent, unit: unit.points ? .percent : nil,
                                      span: span(first, unit.last)), first...unit.last, valueIndex: valueIndex)
                return
            }
            // "at least an 80% reduction": the size of a change.
            if unit.unit == .percent, let (sign, end) = direction(at: unit.last + 1) {
                setTarget(DraftTarget(comparator: sign > 0 ? .atLeast : .atMost, value: sign * value, kind: unit.points ? .percentagePoints : .relativePercent,
                                      unit: unit.points ? .percent : nil, span: span(index, end - 1)), index...(end - 1), valueIndex: valueIndex)
                return
            }
            setTarget(DraftTarget(comparator: comparator, value: value, kind: unit.points ? .percentagePoints : .absolute,
                                  unit: unit.unit, span: span(index, unit.last)), index...unit.last, valueIndex: valueIndex)
            return
        }
        for index in tokens.indices {
            guard let value = freeValue(index) else { continue }
            let unit = unitAfter(index)
            let comparator: Comparator
            let end: Int
            if let found = match(.orHigher, at: unit.last + 1) {
                (comparator, end) = (.atLeast, found)
            } else if let found = match(.orLower, at: unit.last + 1) {
                (comparator, end) = (.atMost, found)
            } else {
                continue
            }
            // "70% van de inwoners geeft een 7 of hoger": the share is the target, the grade its cut-off.
            if unit.unit != .percent, (0..<index).contains(where: { freeValue($0) != nil && unitAfter($0).unit == .percent }) {
                assign(index, .condition)
                use(index...(end - 1))
                continue
            }
            setTarget(DraftTarget(comparator: comparator, value: value, kind: .absolute, unit: unit.unit, span: span(index, end - 1)),
                      index...(end - 1), valueIndex: index)
            return
        }
    }

    /// True when the comparator at `index` follows a noun counted by a share or a number before
    /// it, in one clause: "75% of trips under 5 km", "60 procent van de inwoners ouder dan 65",
    /// "1,000 households earning less than 20,000 pounds"; not after a verb that links the number
    /// to it ("is", "to", "by").
    func qualifiesSharedNoun(comparatorAt index: Int) -> Bool {
        guard index > 0, tokens[index - 1].word != nil, !breaks(index - 1, index), !Self.linkingWords.contains(word(index - 1)) else {
            return false
        }
        for counter in stride(from: index - 2, through: max(0, index - 10), by: -1) {
            if breaks(counter, counter + 1) { return false }
            guard freeValue(counter) != nil else { continue }
            let unit = unitAfter(counter)
            if unit.unit == .percent { return ["of", "van"].contains(word(unit.last + 1)) && unit.last + 1 < index - 1 }
            // A count and the noun it counts, with at most four words between it and the bound.
            // Not a table row's cell: "48 32 15 nnb Minimaal 30".
            return unit.unit == nil && tokens[safe: counter + 1]?.word != nil && index - counter <= 5
                && match(.atLeast, at: counter + 1) == nil && match(.atMost, at: counter + 1) == nil
                && match(.tablePlaceholder, at: counter + 1) == nil && tokens[safe: counter - 1]?.number == nil
        }
        return false
    }

    /// Words that link a number to what comes before it: a bound after them is the goal's own.
    static let linkingWords: Set<String> = ["is", "are", "be", "zijn", "wordt", "worden", "blijft", "to", "naar", "tot", "by"]

    /// "for more than 6 months", "in under 10 working days", "langer dan 3 maanden": a bound on a
    /// time inside the clause, with another number left for the goal.
    func boundsADuration(comparatorAt index: Int, valueIndex: Int) -> Bool {
        guard ["for", "in", "voor", "within", "binnen"].contains(word(index - 1)), match(.duration, at: unitAfter(valueIndex).last + 1) != nil
        else { return false }
        return tokens.indices.contains { $0 != valueIndex && freeValue($0) != nil }
    }

    /// A number that looks like a year right after a comparator and before the word it counts
    /// ("minimaal 2000 woningen", "at least 2000 homes") is a count: a year takes no bound, but
    /// is a baseline ("below 2009 levels").
    func countAfterComparator(_ index: Int) -> Double? {
        let lead = (max(0, index - 3)..<index).first { match(.atMost, at: $0) != nil || match(.atLeast, at: $0) != nil } ?? index
        if lead > 0, tokens[lead - 1].isSymbol("%") || SentenceTokenizer.percentWords.contains(word(lead - 1)) { return nil }
        guard isFree(index), tokens[index].year != nil, tokens[safe: index + 1]?.word != nil, !breaks(index, index + 1),
              NumberWords.months[word(index + 1)] == nil, match(.baselineAfter, at: index + 1) == nil else { return nil }
        return tokens[index].number
    }

    /// A noun or comparative of change right after a percentage, past a chemical name
    /// ("49% CO 2 -reductie", "58% Reduction in GHG").
    func directionAfter(_ last: Int) -> (sign: Double, end: Int)? {
        var cursor = last + 1
        while cursor < tokens.count, cursor - last <= 3, !breaks(cursor - 1, cursor) {
            if let found = direction(at: cursor) { return found }
            if tokens[cursor].number != nil, roles[cursor] != .other { break }
            cursor += 1
        }
        return nil
    }

    /// A share whose participle of change closes the clause: "9% van de energie bespaard (hebben)".
    /// Only at the clause's end: "40% van de woningen lager dan label C" is a share.
    func participleAfterShare(_ last: Int) -> (sign: Double, end: Int)? {
        guard ["van", "of"].contains(word(last + 1)), !breaks(last, last + 1) else { return nil }
        var cursor = last + 2
        while cursor < tokens.count, cursor - last <= 5, !breaks(cursor - 1, cursor), tokens[cursor].word != nil {
            if let found = direction(at: cursor) {
                // "50% van de uitstoot te reduceren (voor 2035)": a te-infinitive closes its clause too.
                let closes = found.end >= tokens.count || breaks(found.end - 1, found.end) || word(cursor - 1) == "te"
                    || Self.auxiliaries.contains(word(found.end)) || sentenceRange(containing: cursor).upperBound == found.end
                return closes ? found : nil
            }
            cursor += 1
        }
        return nil
    }

    /// The noun of change that a "van"/"of" at `index` completes: right before it, or up to six
    /// words back with its own "van"/"of"/"in" ("een toename van het aantal bezoekers van 10%").
    func nounOfChange(before index: Int) -> (sign: Double, index: Int)? {
        if let (sign, _) = direction(at: index - 1) { return (sign, index - 1) }
        for cursor in stride(from: index - 2, through: max(0, index - 7), by: -1) {
            // "het verlagen van de uitstoot en het bereiken van 40%": a coordinator ends the noun of change's reach.
            if breaks(cursor, cursor + 1) || tokens[cursor].number != nil || Self.coordinators.contains(word(cursor)) { return nil }
            guard ["van", "of", "in"].contains(word(cursor + 1)), let (sign, end) = direction(at: cursor), end == cursor + 1 else { continue }
            return (sign, cursor)
        }
        return nil
    }

    /// "het streefcijfer is 59%", "against the target of 45": the number that follows is the target;
    /// "a target of 58% reduction" the size of a change.
    mutating func readTargetLead() {
        for index in tokens.indices {
            guard let end = match(.target, at: index) else { continue }
            for valueIndex in end..<min(tokens.count, end + 10) {
                guard let value = freeValue(valueIndex) else { continue }
                let unit = unitAfter(valueIndex)
                // "the reduction target of 40%", "a growth target of 10%": the noun of change names the size.
                if unit.unit == .percent, let (sign, changeEnd) = direction(at: index - 1), changeEnd == index {
                    setTarget(DraftTarget(comparator: sign > 0 ? .atLeast : .atMost, value: sign * abs(value),
                                          kind: unit.points ? .percentagePoints : .relativePercent, unit: unit.points ? .percent : nil,
                                          span: span(index - 1, unit.last)), (index - 1)...unit.last, valueIndex: valueIndex)
                    return
                }
                if unit.unit == .percent, let (sign, changeEnd) = directionAfter(unit.last) {
                    setTarget(DraftTarget(comparator: sign > 0 ? .atLeast : .atMost, value: sign * abs(value),
                                          kind: unit.points ? .percentagePoints : .relativePercent, unit: unit.points ? .percent : nil,
                                          span: span(valueIndex, changeEnd - 1)), valueIndex...(changeEnd - 1), valueIndex: valueIndex)
                    return
                }
                // "the goal of reducing emissions by 80 percent", "Target 2: Reduce VMT per capita 20%": the
                // word of change between names the size of a change; "verhogen naar 70%" a level it bounds.
                if unit.unit == .percent, let verb = (end..<valueIndex).first(where: { direction(at: $0) != nil }),
                   let (sign, _) = direction(at: verb), sentenceRange(containing: verb).contains(valueIndex) {
                    let level = Self.toWords.contains(word(valueIndex - 1))
                    setTarget(DraftTarget(comparator: sign > 0 ? .atLeast : .atMost, value: level ? value : sign * abs(value),
                                          kind: unit.points ? .percentagePoints : (level ? .absolute : .relativePercent),
                                          unit: unit.points || level ? .percent : nil,
                                          span: span(verb, unit.last)), verb...unit.last, valueIndex: valueIndex)
                    return
                }
                // "Het doel is om de uitstoot met 40 procent in 2030 terug te dringen": the size of a change
                // after "met"/"by", its verb further on; the reader of changes reads it.
                if unit.unit == .percent, Self.withWordsOfChange.contains(word((phraseEnding(.approximately, before: valueIndex) ?? valueIndex) - 1)),
                   verbComparator(near: valueIndex) != nil {
                    return
                }
                // "The target … is 90%, … higher than the benchmark": the target states no direction.
                setTarget(DraftTarget(comparator: nil, value: value, kind: unit.points ? .percentagePoints : .absolute,
                                      unit: unit.unit, span: span(valueIndex, unit.last)), valueIndex...unit.last, valueIndex: valueIndex)
                return
            }
        }
    }

    /// The direction a word of change at `index` gives: +1 for a rise, -1 for a fall.
    func direction(at index: Int) -> (sign: Double, end: Int)? {
        if let end = match(.increase, at: index) { return (1, end) }
        if let end = match(.decrease, at: index) { return (-1, end) }
        // A compound noun whose last part names the change: "energiebesparing", "uitstootreductie".
        let compound = word(index)
        guard !used.contains(index) else { return nil }
        for (category, sign) in [(WordCategory.increaseCompound, 1.0), (.decreaseCompound, -1.0)] {
            if lexicon[category].contains(where: { $0.count == 1 && compound.count > $0[0].count && compound.hasSuffix($0[0]) }) {
                return (sign, index + 1)
            }
        }
        return nil
    }

    /// `10% meer`, `49% CO2-reductie`, `een besparing van 1,5%`, `reduce by 20%`,
    /// `Reduce fossil fuels 50%`, `30% by 2010 … below 2004 GHG baseline`.
    mutating func readRelativeTarget() {
        for index in tokens.indices where !inSecondGoal(index) {
            guard let value = freeValue(index) else { continue }
            let unit = unitAfter(index)
            guard unit.unit == .percent else { continue }
            let kind: DraftTarget.Kind = unit.points ? .percentagePoints : .relativePercent
            // "by about 80 percent": the hedge stands between the preposition and its number.
            let lead = phraseEnding(.approximately, before: index) ?? index
            let before = word(lead - 1)
            // "naar 80 kg" is a level; "naar 50% CO2-reductie", "toward a 40% cut" name the size of a change.
            if Self.toWords.contains(before), word(unit.last + 1) != "below", word(unit.last + 1) != "onder",
               directionAfter(unit.last) == nil { continue }
            var found: (sign: Double, first: Int, last: Int)?
            if let (sign, end) = directionAfter(unit.last) ?? participleAfterShare(unit.last) { found = (sign, index, end - 1) }
            // "een besparing van 1,5%", "a reduction of 20%"; with the noun it changes between: "een
            // toename van het aantal bezoekers van 10%", "a reduction in emissions of 40%".
            if found == nil, before == "van" || before == "of", let noun = nounOfChange(before: lead - 1) {
                found = (noun.sign, noun.index, unit.last)
            }
            // "Reduction targets are: 30% by 2020", "de reductiedoelen zijn 40%": a goal named by its change.
            if found == nil, let goal = (max(0, lead - 4)..<lead).last(where: { Self.goalNouns.contains(word($0)) }),
               let (sign, end) = direction(at: goal - 1), end == goal, !(goal..<lead).contains(where: { freeValue($0) != nil }) {
                found = (sign, goal - 1, unit.last)
            }
            // "improve by 1,000 tonnes, or 9%": the percentage restates a change by an amount.
            if found == nil, before == "or" || before == "ofwel",
               let by = (max(0, index - 6)..<index).last(where: { word($0) == "by" || word($0) == "met" }),
               let verb = (max(0, by - 3)..<by).last(where: { direction(at: $0) != nil }), let (sign, _) = direction(at: verb) {
                found = (sign, index - 1, unit.last)
            }
            // "met 10% verhogen", "reduce by 20%", "Reduce fossil fuels 50%": the verb of the sentence.
            if found == nil, let verb = verbComparator(near: index) {
                // An imperative that opens the sentence governs further: "Reduce total community-wide … emissions 30 percent".
                let opening = sentenceRange(containing: index).lowerBound
                let reach = direction(at: opening) != nil && index - opening <= 10 ? index - opening : 5
                let verbBefore = (max(0, index - reach)..<index).contains { verb in
                    direction(at: verb) != nil && !(verb..<index).contains { breaks($0, $0 + 1) }
                }
                if before == "met" || before == "by" || verbBefore || baseline?.period != nil {
                    found = (verb == .atLeast ? 1 : -1, before == "met" || before == "by" ? lead - 1 : index, unit.last)
                }
            }
            guard let found else { continue }
            setTarget(DraftTarget(comparator: found.sign > 0 ? .atLeast : .atMost, value: found.sign * abs(value), kind: kind,
                                  unit: unit.points ? .percent : nil, span: span(found.first, max(found.last, unit.last))),
                      found.first...max(found.last, unit.last), valueIndex: index)
            return
        }
    }

    /// "geen … meer", "to zero": zero, a ceiling. `*` in a zero phrase spans up to ten words.
    mutating func readZero() {
        for phrase in lexicon[.zero] {
            for index in tokens.indices {
                if let end = match(phrase, at: index) {
                    setZero(index, end - 1)
                    return
                }
                guard phrase.contains("*"), let first = phrase.first, let last = phrase.last, word(index) == first,
                      !used.contains(index) else { continue }
                for cursor in (index + 1)..<min(tokens.count, index + 12) where word(cursor) == last && !breaks(cursor - 1, cursor) {
                    setZero(index, cursor)
                    return
                }
            }
        }
    }

    mutating func setZero(_ first: Int, _ last: Int) {
        target = DraftTarget(comparator: .atMost, value: 0, kind: .absolute, unit: nil, span: span(first, last), spelledOut: true)
        targetRange = first...last
        use(first...last)
    }

    /// "naar 100 kg", "to 55%": a level the goal moves to, before a number word of change
    /// ("halveren … naar 100 kg" is the level 100).
    mutating func readLevelAfterTo() {
        for index in tokens.indices where Self.toWords.contains(word(index)) && !used.contains(index) {
            let valueIndex = skipFiller(from: index + 1, limit: 2)
            guard let value = freeValue(valueIndex), !breaks(index, valueIndex), !inSecondGoal(valueIndex) else { continue }
            let unit = unitAfter(valueIndex)
            // "60% van de huishoudens met een inkomen tot 120% van het sociaal minimum": a condition.
            if qualifiesSharedNoun(comparatorAt: index) {
                assign(valueIndex, .condition)
                continue
            }
            setTarget(DraftTarget(comparator: verbComparator(near: valueIndex), value: value, kind: unit.points ? .percentagePoints : .absolute,
                                  unit: unit.unit, span: span(index, unit.last)), index...unit.last, valueIndex: valueIndex)
            return
        }
    }

    /// "een kwart", "de helft", "twee derde" (a share), "verdubbelen", "halveren" (a change).
    mutating func readNumberWords() {
        for index in tokens.indices where !used.contains(index) {
            for (words, share) in NumberWords.fractions where match(words, at: index) != nil {
                let last = index + words.count - 1
                // "60% of trips …, up from a third today": a share after "from" is where it starts, and a
                // percentage in digits in the same sentence is the clause's own figure.
                let sentence = sentenceRange(containing: index)
                if Self.fromWords.contains(word(index - 1))
                    || sentence.contains(where: { freeValue($0) != nil && unitAfter($0).unit == .percent && !inSecondGoal($0) }) {
                    continue
                }
                // "Minstens de helft", "no more than one in ten": a bound stated before the share.
                let lead = skipFillerBackwards(before: index)
                let bounds = [(phraseEnding(.atLeast, before: lead), Comparator.atLeast), (phraseEnding(.atMost, before: lead), .atMost)]
                    .compactMap { start, side in start.map { ($0, side) } }
                if let (start, side) = bounds.min(by: { $0.0 < $1.0 }), !breaks(start, index) {
                    target = DraftTarget(comparator: side, value: share, kind: .absolute, unit: .percent, span: span(start, last), spelledOut: true)
                    targetRange = start...last
                    use(start...last)
                    return
                }
                // "een kwart meer Culemborgers", "a third fewer car trips": the size of a change of the noun's number.
                if let (sign, end) = direction(at: last + 1), ["meer", "minder", "more", "fewer", "less"].contains(word(last + 1)) {
                    target = DraftTarget(comparator: sign > 0 ? .atLeast : .atMost, value: sign * share, kind: .relativePercent, unit: nil,
                                         span: span(index, end - 1), spelledOut: true)
                    targetRange = index...(end - 1)
                    use(index...(end - 1))
                    return
                }
                let verb = verbComparator(near: index)
                // "daalt in 2026 met een kwart": the size of a change, not a share.
                if let verb, ["met", "by"].contains(word(index - 1)) {
                    target = DraftTarget(comparator: verb, value: verb == .atLeast ? share : -share, kind: .relativePercent, unit: nil,
                                         span: span(index - 1, last), spelledOut: true)
                    targetRange = (index - 1)...last
                    use((index - 1)...last)
                    return
                }
                target = DraftTarget(comparator: verb, value: share, kind: .absolute, unit: .percent,
                                     span: span(index, last), spelledOut: true)
                targetRange = index...last
                use(index...last)
                return
            }
            // "een halve meter", "anderhalve kilometer": a half said in words before a unit of measure is an amount.
            if let half = NumberWords.halves[word(index)], word(index) != "halve" || word(index - 1) == "een" {
                guard match(.measureUnit, at: index + 1) != nil else { continue }
                let lead = skipFillerBackwards(before: word(index) == "halve" ? index - 1 : index)
                let bound = phraseEnding(.atLeast, before: lead).map { ($0, Comparator.atLeast) }
                    ?? phraseEnding(.atMost, before: lead).map { ($0, Comparator.atMost) }
                let first = bound?.0 ?? (word(index) == "halve" ? index - 1 : index)
                target = DraftTarget(comparator: bound?.1, value: half, kind: .absolute, unit: nil, span: span(first, index), spelledOut: true)
                targetRange = first...index
                use(first...index)
                return
            }
            if let change = NumberWords.changes[word(index)] {
                target = DraftTarget(comparator: change > 0 ? .atLeast : .atMost, value: change, kind: .relativePercent, unit: nil,
                                     span: span(index, index), spelledOut: true)
                targetRange = index...index
                use(index...index)
                return
            }
        }
    }

    /// A number without a comparator word: a percentage first, else a value with a unit, else
    /// any number that is not a year. The comparator comes from the words of change, or stays open.
    mutating func readBareTarget() {
        // "de 12 kernen", "the 7 councils": a number after a definite article names a set.
        var candidates = tokens.indices.filter { index in
            freeValue(index) != nil && !(["de", "het", "the"].contains(word(index - 1)) && unitAfter(index).unit == nil) && !inSecondGoal(index)
        }
        // "350 woningen, waarvan 30% sociale huur", "1,000 homes, of which 40% affordable": the part
        // of a number stated before it is a second figure; the number it divides is the goal's.
        if let part = tokens.indices.first(where: { index in
            Self.partWords.contains(word(index)) || (word(index) == "of" && word(index + 1) == "which")
        }), candidates.contains(where: { $0 < part }) {
            candidates = candidates.filter { $0 < part || sentenceRange(containing: part) != sentenceRange(containing: $0) }
        }
        let withUnits = candidates.map { ($0, unitAfter($0)) }
        let choice = withUnits.first { $0.1.unit == .percent } ?? withUnits.first { $0.1.unit != nil } ?? withUnits.first
        guard let (index, unit) = choice, let value = freeValue(index) else { return }
        if !rowNeighbours(of: index, among: candidates).allSatisfy({ freeValue($0) == value }) {
            targetAmbiguous = true
            return
        }
        let kind: DraftTarget.Kind = unit.points ? .percentagePoints : .absolute
        setTarget(DraftTarget(comparator: verbComparator(near: index) ?? boundingAdjective(before: index), value: value, kind: kind,
                              unit: unit.unit, span: span(index, unit.last)), index...unit.last, valueIndex: index)
    }

    /// "drie nieuwe scholen", "zeven miljoen huizen", "minimaal twee weken", "five new libraries": a
    /// whole number in words before what it counts, when no number in digits is the target. After a
    /// definite word it names a set ("de drie gemeenten", "these two schools"), before a fraction or
    /// "op de" a share, before "jaar" a period: none is a target.
    mutating func readCardinalCount() {
        for index in tokens.indices where !used.contains(index) {
            // "ten" is also the Dutch "ten minste", "ten opzichte van".
            guard let cardinal = SentenceTokenizer.cardinalWords[word(index)], cardinal >= 2, word(index) != "ten", tokens[index].number == nil,
                  !Self.setWords.contains(word(index - 1)) else { continue }
            var last = index
            var value = cardinal
            if let multiplier = Self.multiplierWords[word(index + 1)] {
                value *= multiplier
                last = index + 1
            }
            let next = word(last + 1)
            guard !next.isEmpty, !breaks(last, last + 1), !Self.notCountedWords.contains(next), !Self.yearWords.contains(next),
                  match(.comingYears, at: max(0, index - 2)) == nil else { continue }
            let lead = skipFillerBackwards(before: index)
            let bound = phraseEnding(.atLeast, before: lead).map { ($0, Comparator.atLeast) }
                ?? phraseEnding(.atMost, before: lead).map { ($0, Comparator.atMost) }
            let first = bound?.0 ?? index
            target = DraftTarget(comparator: bound?.1 ?? verbComparator(near: index), value: value, kind: .absolute, unit: nil,
                                 span: span(first, last), spelledOut: true)
            targetRange = first...last
            use(first...last)
            return
        }
    }

    static let setWords: Set<String> = ["de", "het", "deze", "die", "onze", "beide", "alle", "the", "these", "those", "our", "all", "both"]
    static let multiplierWords: [String: Double] = ["duizend": 1_000, "miljoen": 1_000_000, "thousand": 1_000, "million": 1_000_000]
    static let notCountedWords: Set<String> = ["derde", "kwart", "op", "uit", "van", "of", "out", "in", "en", "and", "keer", "times", "per"]

    /// "De maximale wachttijd … is in 2026 6 weken", "the minimum score … is 7": an adjective of
    /// a bound on the noun whose value the sentence states, earlier in the same clause.
    func boundingAdjective(before index: Int) -> Comparator? {
        let sentence = sentenceRange(containing: index)
        for cursor in stride(from: index - 1, through: sentence.lowerBound, by: -1) {
            if breaks(cursor, cursor + 1) { return nil }
            if Self.floorAdjectives.contains(word(cursor)) { return .atLeast }
            if Self.ceilingAdjectives.contains(word(cursor)) { return .atMost }
        }
        return nil
    }

    /// After a number, the words that open a part of it: "waarvan 30% sociale huur".
    static let partWords: Set<String> = ["waarvan", "waaronder", "including"]
    static let floorAdjectives: Set<String> = ["minimale", "minimum", "minimal"]
    static let ceilingAdjectives: Set<String> = ["maximale", "maximum", "maximal"]

    /// "By 2030, all new buildings will be …", "In 2030 zijn alle nieuwe woningen …", "voor alle
    /// gemeentelijke gebouwen": every member of a countable set, `>= 100%`, when no number is stated.
    /// Only as the subject or scope of the goal: "Make all new buildings net-zero" names an action.
    mutating func readUniversal() {
        for index in tokens.indices {
            guard let end = match(.universal, at: index),
                  isClauseStart(index) || gap(index - 1, index).contains(",") || Self.universalLeads.contains(word(index - 1))
                  // "By 2030 all new buildings …", "In 2030 voldoen alle gemeentelijke gebouwen …": after the time that opens the sentence.
                  || tokens[safe: index - 1]?.year != nil || (tokens[safe: index - 2]?.year != nil && tokens[index - 1].word != nil)
            else { continue }
            // "… if every home were insulated": a condition, not the goal.
            var cursor = index - 1
            while cursor >= 0, !breaks(cursor, cursor + 1), match(.conditional, at: cursor) == nil { cursor -= 1 }
            if cursor >= 0, match(.conditional, at: cursor) != nil { continue }
            target = DraftTarget(comparator: .atLeast, value: 100, kind: .absolute, unit: .percent, span: span(index, end - 1), spelledOut: true)
            targetRange = index...(end - 1)
            use(index...(end - 1))
            return
        }
    }

    /// The words before a subject or a scope: "voor alle …", "In 2030 zijn alle …", "that all …".
    static let universalLeads: Set<String> = ["voor", "for", "zijn", "worden", "hebben", "dat", "that", "are", "will", "have",
                                              "is", "wordt", "heeft", "has"]

    /// "2020: 20", "2030: 55%": a table cell that gives the value for a year; the year is its deadline.
    mutating func readYearCell() {
        for index in tokens.indices.dropLast() where freeYear(index) != nil && gap(index, index + 1).trimmingCharacters(in: " ") == ":" {
            guard let value = freeValue(index + 1) else { continue }
            let unit = unitAfter(index + 1)
            setTarget(DraftTarget(comparator: verbComparator(near: index + 1), value: value, kind: unit.points ? .percentagePoints : .absolute,
                                  unit: unit.unit, span: span(index + 1, unit.last)), (index + 1)...unit.last, valueIndex: index + 1)
            return
        }
    }

    /// The other candidates in the same run of numbers as `index`, with no word between them
    /// but a table's placeholder ("58 59,5 65 nnb 75", "48% 47% 50%"): a row whose column order
    /// only its header says, so no rule can pick the target from it.
    func rowNeighbours(of index: Int, among candidates: [Int]) -> [Int] {
        func isCell(_ token: Int) -> Bool {
            tokens[token].word == nil || match(.tablePlaceholder, at: token) != nil
        }
        var first = index
        while first > 0, isCell(first - 1) { first -= 1 }
        var last = index
        while last < tokens.count - 1, isCell(last + 1) { last += 1 }
        return candidates.filter { $0 != index && (first...last).contains($0) }
    }

    // MARK: Deadline

    struct DeadlineCandidate {
        var period: Period
        var first: Int
        var last: Int
    }

    /// `uiterlijk 2026`, `voor 2030`, `by March 2024`, `by September 30, 2025`, `vóór 1 januari 2015`,
    /// `tussen 2030 en 2040`, `Aanpak 2018-2022`, `FY 2024-2025`, `(2023\24)`, `2025:`; with a
    /// target, the one nearest after it (else before it); without, the latest.
    mutating func readDeadline() {
        var candidates: [DeadlineCandidate] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            if let end = financialYearEnd(at: index), isFree(index), isFree(end), let first = tokens[index].number {
                let startYear = first < 100 ? 2000 + Int(first) : Int(first)
                if let period = Period(year: startYear + 1, granularity: .month, index: 3) {
                    candidates.append(DeadlineCandidate(period: period, first: index, last: end))
                }
                index = end
                continue
            }
            guard let year = freeYear(index) else { continue }
            var first = index
            var last = index
            var period = Period.year(year)
            // "1 januari 2015", "September 30, 2025", "March 2024".
            var dateStart = index
            var newYearsDay = false
            if let month = NumberWords.months[word(index - 1)] {
                dateStart = index - 1
                if let day = tokens[safe: index - 2]?.number, day >= 1, day <= 31 {
                    dateStart = index - 2
                    newYearsDay = day == 1 && month == 1
                }
                period = Period(year: year, granularity: .month, index: month)
            } else if let month = NumberWords.months[word(index - 2)], let day = tokens[safe: index - 1]?.number, day >= 1, day <= 31 {
                dateStart = index - 2
                period = Period(year: year, granularity: .month, index: month)
            }
            // A range: "2018-2022", "tussen 2030 en 2040", "2018 t/m 2020".
            var rangeEnd = index + 1
            while rangeEnd < tokens.count, rangeEnd - index <= 3, Self.rangeWords.contains(word(rangeEnd)) { rangeEnd += 1 }
            // "tussen 2021 en eind 2030", "from 2021 to the end of 2030": the second year's end is the range's.
            if rangeEnd > index + 1, let end = match(.yearEnd, at: rangeEnd), freeYear(end) != nil { rangeEnd = end }
            // "from 2032 to 2030", "van 2030 naar 2035": a deadline moved, the new one counts.
            let moved = Self.fromWords.contains(word(index - 1)) && Self.toWords.contains(word(index + 1)) && freeYear(index + 2) != nil
            if moved { rangeEnd = index + 2 }
            let isRange = freeYear(rangeEnd).map { $0 > year || (moved && $0 != year) } ?? false
                && (rangeEnd > index + 1 || gap(index, rangeEnd).trimmingCharacters(in: " ").allSatisfy { "-–/".contains($0) })
            if isRange, let end = freeYear(rangeEnd) {
                period = Period.year(end)
                last = rangeEnd
            } else if let end = twoYearSpanEnd(at: index) {
                // "FY 2015-16", "seizoen 2024-25": two years, the goal ends in the second. Which month a
                // fiscal year ends in differs by city and country, so none is guessed.
                period = Period.year(year + 1)
                last = end
            }
            let lead = phraseEnding(.deadline, before: dateStart) ?? phraseEnding(.before, before: dateStart)
            let atStart = (dateStart == 0 || targetRange?.lowerBound == index + 1) && gap(index, index + 1).contains(":")
            // "Boston's 2050 goal of an 80 percent reduction", "onze 2030-doelen": the year names the goal's end.
            // "The target for 2030 is …", "our goals for 2035": a goal named for its year.
            let namesGoal = (Self.goalNouns.contains(word(index + 1)) && !breaks(index, index + 1))
                || (word(index - 1) == "for" && Self.goalNouns.contains(word(index - 2)) && !breaks(index - 2, index))
            if lead == nil, !isRange, !atStart, !namesGoal { continue }
            if let lead { first = lead }
            // "before 2023" is done in 2022; so is "vóór 1 januari 2015" in 2014. "before 31 March
            // 2026" is March 2026.
            if (phraseEnding(.before, before: dateStart) != nil && (dateStart == index || newYearsDay))
                || (newYearsDay && word(dateStart - 1) == "voor") {
                period = Period.year(year - 1)
            }
            if let period { candidates.append(DeadlineCandidate(period: period, first: first, last: last)) }
            index = last
        }
        candidates = withMoreDeadlineForms(candidates) + relativeYears()
        defer { asksYear = asksYear && deadline == nil }
        if candidates.isEmpty { readCollegePeriod(); return }
        let chosen: DeadlineCandidate?
        if let range = targetRange {
            let before = candidates.filter { $0.last < range.lowerBound }.max { $0.last < $1.last }
            var after = candidates.filter { $0.first > range.upperBound }.min { $0.first < $1.first }
            // "Voor 2020 … 35 procent … en in 2050 …": past "en" a second goal begins, with its
            // own deadline; the target's is the one before it.
            if let next = after, before.map({ sentenceRange(containing: $0.first).contains(range.lowerBound) }) == true,
               ((range.upperBound + 1)..<next.first).contains(where: { Self.coordinators.contains(word($0)) }) {
                after = nil
            }
            // "By 2012, … reduced by six per cent …; by 2036, …": the deadline of its own sentence first.
            let own = sentenceRange(containing: range.lowerBound)
            if let next = after, !own.contains(next.first), let previous = before, own.contains(previous.first) {
                after = nil
            }
            chosen = after ?? before
                ?? candidates.first
        } else if let first = candidates.min(by: { $0.first < $1.first }),
                  let next = candidates.filter({ $0.first > first.last }).min(by: { $0.first < $1.first }),
                  sentenceRange(containing: first.first).contains(next.first), next.first > first.last + 2, first.first < first.last,
                  ((first.last + 1)..<next.first).contains(where: { Self.coordinators.contains(word($0)) }), word(first.first) == word(next.first) {
            // "in 2030 energieneutraal en in 2035 klimaatneutraal": two goals, each with its year after the same
            // lead; the first is the goal's ("In March 2019 … declared … by 2030" is an event and a goal).
            chosen = first
        } else {
            chosen = candidates.max { $0.period < $1.period }
        }
        guard let chosen else { return }
        deadline = DraftPeriod(period: chosen.period, span: span(chosen.first, chosen.last))
        for number in chosen.first...chosen.last where tokens[number].number != nil && roles[number] == nil { roles[number] = .deadline }
        use(chosen.first...chosen.last)
    }

    /// "de komende 4 jaar", "over the next 5 years": the count belongs to the deadline, never the target.
    mutating func markYearCounts() {
        for index in tokens.indices {
            guard let lead = match(.comingYears, at: index), tokens[safe: lead]?.number != nil, yearCount(at: lead) != nil,
                  Self.yearWords.contains(word(lead + 1)) else { continue }
            assign(lead, documentYear == nil ? .other : .deadline)
        }
    }

    /// "dit jaar", "volgend jaar", "de komende vier jaar", "over the next three years": counted
    /// from the document's year. Without that year none is guessed: the draft asks for it.
    mutating func relativeYears() -> [DeadlineCandidate] {
        var found: [DeadlineCandidate] = []
        for index in tokens.indices {
            var counted: (years: Int, last: Int)?
            if let end = match(.thisYear, at: index) {
                counted = (0, end - 1)
            } else if let end = match(.nextYear, at: index) {
                counted = (1, end - 1)
            } else if let lead = match(.comingYears, at: index), let years = yearCount(at: lead), Self.yearWords.contains(word(lead + 1)) {
                counted = (years, lead + 1)
            }
            guard let counted else { continue }
            guard let documentYear, let period = Period.year(documentYear + counted.years) else {
                asksYear = true
                continue
            }
            found.append(DeadlineCandidate(period: period, first: index, last: counted.last))
        }
        return found
    }

    static let yearWords: Set<String> = ["jaar", "jaren", "year", "years"]
    /// After a number in brackets, an age: "(19 to 21 years)", "(12-17 jaar)", "(5-16yrs)".
    static let ageWords: Set<String> = ["jaar", "years", "yrs", "jr"]

    /// A small count of years, in digits or words: "4", "vier", "three".
    func yearCount(at index: Int) -> Int? {
        if let value = tokens[safe: index]?.number, tokens[index].year == nil, value == value.rounded(), value >= 1, value <= 50 {
            return Int(value)
        }
        return NumberWords.cardinals[word(index)]
    }

    /// "in deze collegeperiode": the end of the configured college period, or ask for it.
    mutating func readCollegePeriod() {
        for index in tokens.indices {
            guard let end = match(.collegePeriod, at: index) else { continue }
            guard let collegePeriod, let period = Period.year(collegePeriod.upperBound) else {
                asksCollegePeriod = true
                return
            }
            deadline = DraftPeriod(period: period, span: span(index, end - 1))
            use(index...(end - 1))
            return
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
