/// The seventh round of rules (docs/check.md, "Seventh round of rules"): constructions found in
/// the misreads of the seventh and eighth held-out sets, each read wherever it recurs.
extension SentenceReader {
    /// The free percentages (not percentage points) outside a second goal, in sentence order.
    func freePercentages() -> [(index: Int, value: Double, unit: (unit: MetricUnit?, points: Bool, last: Int))] {
        tokens.indices.compactMap { index in
            guard !inSecondGoal(index), let value = freeValue(index) else { return nil }
            let unit = unitAfter(index)
            return unit.unit == .percent && !unit.points ? (index, value, unit) : nil
        }
    }

    /// "A 33% improvement in energy efficiency", "een verbetering van 10%": a noun of improvement
    /// right after its percentage, or before it with `van`/`of`, names the size of a rise.
    mutating func readImprovement() {
        for (index, value, unit) in freePercentages() {
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

extension SentenceReader {
    /// A `[universal]` quantifier where the sentence says the goal is for every member, in two more
    /// places than `readUniversal` reads: right after a modal verb, an adverb between or not ("In
    /// 2050 moeten (daarom) alle huizen …", "By 2035 must all new buildings …"), or after a noun
    /// of aim ("de bedoeling is alle gebouwen …"); and the reach of a distance over every member
    /// ("within 2 km of all activity centres", "binnen 500 meter van elke woning"): `>= 100%`.
    mutating func readUniversalSubject() {
        for index in tokens.indices where !used.contains(index) {
            let leads = leadsToEveryMember(index)
            guard let end = leads ? match(.universal, at: index) : coverage(at: index), !inConditionalClause(index) else { continue }
            target = DraftTarget(comparator: .atLeast, value: 100, kind: .absolute, unit: .percent, span: span(index, end - 1), spelledOut: true)
            targetRange = index...(end - 1)
            use(index...(end - 1))
            return
        }
    }

    /// A modal verb with up to two adverbs after it ("moeten dan ook"), or a noun of aim with "is"
    /// or "om" after it ("het doel is"), right before `index`.
    func leadsToEveryMember(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor > index - 3, Self.sentenceAdverbs.contains(word(cursor)), !breaks(cursor, cursor + 1) { cursor -= 1 }
        if Self.modalVerbs.contains(word(cursor)), !breaks(cursor, cursor + 1) { return true }
        cursor = index - 1
        while cursor > index - 3, Self.aimLinks.contains(word(cursor)), !breaks(cursor, cursor + 1) { cursor -= 1 }
        return Self.aimNouns.contains(word(cursor)) && !breaks(cursor, cursor + 1)
    }

    /// "within 2 km of all activity centres": the end of the quantifier and its noun when a distance
    /// after `within`/`binnen` reaches every member of a set.
    func coverage(at index: Int) -> Int? {
        guard Self.everyWords.contains(word(index)), ["of", "van"].contains(word(index - 1)),
              let distance = (max(0, index - 5)..<(index - 1)).last(where: { tokens[$0].number != nil }),
              ["within", "binnen"].contains(word(distance - 1)), !(distance..<index).contains(where: { breaks($0, $0 + 1) }),
              !word(index + 1).isEmpty, !breaks(index, index + 1) else { return nil }
        // The quantifier and the one or two words of its noun.
        let second = !word(index + 2).isEmpty && !breaks(index + 1, index + 2) && !Self.nounEnds.contains(word(index + 2))
        return second ? index + 3 : index + 2
    }

    /// Inside a clause opened by `[conditional]` ("if every home were insulated"): no goal.
    func inConditionalClause(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, !breaks(cursor, cursor + 1), match(.conditional, at: cursor) == nil { cursor -= 1 }
        return cursor >= 0 && match(.conditional, at: cursor) != nil
    }

    static let modalVerbs: Set<String> = ["moeten", "moet", "zullen", "zal", "must", "should", "shall"]
    static let sentenceAdverbs: Set<String> = ["daarom", "dan", "ook", "therefore", "then", "also"]
    static let aimNouns: Set<String> = ["bedoeling", "doel", "ambitie", "streven", "aim", "goal", "ambition"]
    static let aimLinks: Set<String> = ["is", "om", "to", "was"]
    static let everyWords: Set<String> = ["all", "every", "each", "alle", "elke", "iedere", "ieder", "elk"]
    /// Words that end a noun phrase after a quantifier: "all centres in the city".
    static let nounEnds: Set<String> = ["in", "of", "by", "and", "or", "to", "with", "van", "en", "met", "tot", "voor"]
}

extension SentenceReader {
    /// A benchmark the goal brings its measure to, with no bound word before it: "in 2030 terug te
    /// hebben gebracht tot het Nederlands gemiddelde", "bring the gap down to the national average"
    /// (`tot`/`naar`/`to`: the sentence's word of change gives the side, else none); "in 2030 op het
    /// Nederlands gemiddelde", "at the national average by 2030" (`op`/`at`: the level itself). A
    /// level said as a fact ("lag in 2022 op het landelijk gemiddelde") is no goal, nor one without a year.
    mutating func readBenchmarkLevel() {
        for index in tokens.indices {
            guard let end = match(.benchmark, at: index), !breaks(index - 1, index) else { continue }
            let before = word(index - 1)
            let sentence = sentenceRange(containing: index)
            guard Self.toWords.contains(before) || Self.atWords.contains(before),
                  sentence.contains(where: { freeYear($0) != nil }),
                  !sentence.contains(where: { match(.realised, at: $0) != nil || Self.realisedLevelVerbs.contains(word($0)) }) else { continue }
            let comparator = Self.toWords.contains(before) ? verbComparator(near: index) : nil
            setBenchmark(DraftTarget(comparator: comparator, value: 0, kind: .benchmark, unit: nil, span: span(index - 1, end - 1), spelledOut: true),
                         phrase: index..<end, offset: nil, first: index - 1)
            return
        }
    }

    static let atWords: Set<String> = ["op", "at"]
    /// Verbs that report where a figure stood, not where it must go.
    static let realisedLevelVerbs: Set<String> = ["lag", "lagen", "stond", "stonden", "stood", "were", "was"]
}

extension SentenceReader {
    /// "minstens 40% van onze CO2-uitstoot te reduceren tegen 2030", "30% CO2 te besparen": a
    /// percentage whose clause closes with `te` and a verb of a fall is the size of the cut, not a
    /// level, also after a bound (`<= -40%`: on a fall a bound turns round).
    mutating func readShareToCut() {
        for (index, value, unit) in freePercentages() {
            var cursor = unit.last + 1
            var verb: Int?
            // "40% van de woningen isoleren om energie te besparen": a purpose clause is not the share's verb.
            while cursor < min(tokens.count - 1, unit.last + 10), !breaks(cursor - 1, cursor), tokens[cursor].number == nil,
                  !Self.clauseOpeners.contains(word(cursor)) {
                // "terug te dringen": a separable verb with "te" between its particle and its verb.
                let split = lexicon[.splitDecrease].contains([word(cursor - 1), word(cursor + 1)])
                if word(cursor) == "te", split || direction(at: cursor + 1).map({ $0.sign < 0 }) ?? Self.cutInfinitives.contains(word(cursor + 1)) {
                    verb = cursor + 1
                }
                if verb != nil { break }
                cursor += 1
            }
            guard let verb else { continue }
            let lead = skipFillerBackwards(before: index)
            let first = phraseEnding(.atLeast, before: lead) ?? phraseEnding(.atMost, before: lead) ?? index
            setTarget(DraftTarget(comparator: .atMost, value: -abs(value), kind: .relativePercent, unit: nil, span: span(first, verb)),
                      first...verb, valueIndex: index)
            return
        }
    }

    /// "te besparen": an infinitive of a cut that is no word of fall elsewhere ("energie te besparen" is a purpose).
    static let cutInfinitives: Set<String> = ["besparen"]
    static let clauseOpeners: Set<String> = ["om", "en", "die", "dat", "waarmee", "omdat", "zodat"]
}

extension SentenceReader {
    /// Counts that are no target: the number of the document's own parts ("drie doelen", "3
    /// speerpunten", "five priorities": how the text is organised), and a count of actors that
    /// opens the sentence before what they have done ("Negen … gemeenten hebben … vastgesteld",
    /// "Twelve councils have signed …": who acted).
    mutating func markCountsOfPartsAndActors() {
        for index in tokens.indices where !used.contains(index) {
            // A page: "(pg. 12)", "p. 4", "blz. 7".
            if isFree(index), Self.pageAbbreviations.contains(word(index - 1)), gap(index - 1, index).filter({ $0 != " " }) == "." {
                assign(index, .other)
                continue
            }
            let isCount = tokens[index].number != nil && tokens[index].year == nil && unitAfter(index).unit == nil
                || (SentenceTokenizer.cardinalWords[word(index)] ?? 0) >= 2 && word(index) != "ten"
            guard isCount, index + 1 < tokens.count, !breaks(index, index + 1) else { continue }
            if Self.documentParts.contains(word(index + 1)) {
                markCount(index)
                continue
            }
            // The actors: up to two adjectives, then a noun naming who acts, then a verb of a deed done.
            guard index == sentenceRange(containing: index).lowerBound,
                  let noun = ((index + 1)...min(tokens.count - 1, index + 3)).first(where: { cursor in
                      Self.actorEndings.contains { word(cursor).hasSuffix($0) }
                  }), !((index + 1)...noun).contains(where: { breaks($0 - 1, $0) }),
                  Self.perfectAuxiliaries.contains(word(noun + 1)) else { continue }
            markCount(index)
        }
    }

    /// A count in digits gets the role `population`; one in words is only kept from the readers of words.
    mutating func markCount(_ index: Int) {
        if tokens[index].number != nil { assign(index, .population) } else { use(index...index) }
    }

    static let documentParts: Set<String> = [
        "doelen", "doelstellingen", "speerpunten", "pijlers", "ambities", "thema's", "themas", "opgaven", "opgaves", "hoofdstukken",
        "goals", "objectives", "priorities", "pillars", "themes", "ambitions", "chapters",
    ]
    static let actorEndings: [String] = ["gemeenten", "partijen", "organisaties", "partners", "councils", "municipalities", "organisations",
                                         "organizations", "provincies", "waterschappen"]
    static let pageAbbreviations: Set<String> = ["p", "pp", "pg", "pag", "blz"]
    static let perfectAuxiliaries: Set<String> = ["hebben", "heeft", "have", "has", "had"]
}

extension SentenceReader {
    /// "Ons doel is 100% in 2050.", "Our target is 60% by 2030.": a number with no word that says
    /// what it counts (what it counts stood in a sentence before). The number is kept as the target,
    /// but a target on no named measure is not measurable.
    var measureUnnamed: Bool {
        guard let range = targetRange, let target, target.kind == .absolute else { return false }
        return tokens.indices.allSatisfy { index in
            range.contains(index) || tokens[index].word == nil || Self.wordsNamingNoMeasure.contains(word(index))
                || match(.deadline, at: index) != nil || match(.target, at: index) != nil
        }
    }

    static let wordsNamingNoMeasure: Set<String> = [
        "ons", "onze", "het", "de", "een", "is", "zijn", "wordt", "dat", "dit", "en", "in", "tegen", "voor", "uiterlijk",
        "doel", "doelstelling", "ambitie", "streven", "streefwaarde", "oftewel", "dus", "daarom", "ook", "dan", "wij", "we",
        "our", "the", "a", "an", "are", "be", "will", "that", "this", "and", "by", "goal", "target", "aim", "ambition", "namely",
        "so", "therefore", "also", "then",
    ]
}

extension SentenceReader {
    /// "de komende vier jaar 2000 woningen realiseren", "voor 2030 nog eens 2000 woningen": a number
    /// that could be a year, right before what a goal delivers (one adjective may stand between), is a
    /// count, not a year, unless a lead of a deadline, a start or a baseline stands before it ("in 2030
    /// woningen bouwen" keeps its year).
    mutating func readYearLikeCount() {
        for index in tokens.indices where isFree(index) && tokens[index].year != nil && !inSecondGoal(index) {
            let noun = Self.countAdjectives.contains(word(index + 1)) ? index + 2 : index + 1
            guard Self.deliveredThings.contains(word(noun)), !(index..<noun).contains(where: { breaks($0, $0 + 1) }),
                  !Self.yearLeads.contains(word(index - 1)),
                  phraseEnding(.deadline, before: index) == nil, phraseEnding(.before, before: index) == nil,
                  phraseEnding(.start, before: index) == nil, phraseEnding(.baseline, before: index) == nil,
                  let value = tokens[index].number else { continue }
            setTarget(DraftTarget(comparator: verbComparator(near: index), value: value, kind: .absolute, unit: nil, span: span(index, index)),
                      index...index, valueIndex: index)
            return
        }
    }

    /// What a goal delivers in numbers that can look like years.
    static let deliveredThings: Set<String> = [
        "woningen", "huizen", "huurwoningen", "koopwoningen", "wooneenheden", "bomen", "banen", "laadpalen", "parkeerplaatsen",
        "homes", "houses", "dwellings", "units", "trees", "jobs", "chargers", "places",
    ]
    static let countAdjectives: Set<String> = ["nieuwe", "extra", "sociale", "betaalbare", "new", "additional", "affordable", "social"]
    static let yearLeads: Set<String> = ["in", "by", "voor", "tegen", "na", "sinds", "vanaf", "tot", "from", "until", "since", "after", "of", "van"]
}

extension SentenceReader {
    /// "(currently 27,000 kw)", "van de huidige 60% bronscheiding tot 75%", "momenteel 45%": a
    /// number said to be today's is where the goal starts, its baseline value (no period: the
    /// sentence names none). Only beside a target, never the target itself.
    mutating func readCurrentBaseline() {
        guard baseline == nil, let range = targetRange else { return }
        for index in tokens.indices where Self.currentWords.contains(word(index)) && !used.contains(index) {
            let valueIndex = skipFiller(from: index + 1, limit: 2)
            guard !range.contains(valueIndex), !breaks(index, valueIndex), let value = freeValue(valueIndex) else { continue }
            let unit = unitAfter(valueIndex)
            baseline = DraftBaseline(period: nil, value: value, span: span(index, unit.last))
            assign(valueIndex, .baseline)
            use(index...unit.last)
            return
        }
    }

    /// "Raise the current 62% recycling rate to 70%": today's value is kept from the readers of the
    /// target when another number is left for it. After "van"/"from" the reader of `van X naar Y` reads it.
    mutating func markCurrentValue() {
        for index in tokens.indices where Self.currentWords.contains(word(index)) && !used.contains(index) {
            let valueIndex = skipFiller(from: index + 1, limit: 2)
            guard !breaks(index, valueIndex), let value = freeValue(valueIndex),
                  !Self.fromWords.contains(word(index - 1)), !Self.fromWords.contains(word(index - 2)),
                  sentenceRange(containing: valueIndex).contains(where: { $0 != valueIndex && freeValue($0) != nil }) else { continue }
            let unit = unitAfter(valueIndex)
            baseline = DraftBaseline(period: nil, value: value, span: span(index, unit.last))
            assign(valueIndex, .baseline)
            use(index...unit.last)
            return
        }
    }

    static let currentWords: Set<String> = ["huidige", "momenteel", "thans", "currently", "current", "presently"]
}
