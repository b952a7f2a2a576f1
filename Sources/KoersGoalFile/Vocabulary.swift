import KoersCore

/// The kinds of block a goal file holds. A block starts with a header line at the left margin.
public enum BlockKind: String, Sendable, Hashable, CaseIterable {
    case goal
    case metric
    case data
    /// A policy document goals are taken from.
    case document
    /// A programme (or any grouping) goals belong to.
    case programme
}

/// Every field keyword of the language, named by its English spelling.
public enum FieldKind: String, Sendable, Hashable, CaseIterable {
    // Goal fields (`title` and `source` also belong to metrics).
    case title, source, owner, scope, metric, baseline, target, deadline, milestone, note, waiver, pace, reporting
    /// A goal's programme (an id) and theme (text); `theme` also belongs to programmes.
    case programme, theme
    // Metric fields.
    case unit, frequency, combine, definition, totalOf = "total-of", formula, value
    // Document fields (`title`, `owner` and `note` too). The three adoption fields exclude each other.
    case kind, date, adopted, noted, notPresented = "not-presented", horizon, evaluation
}

/// The functions a derived metric's `formula` can use.
public enum FormulaFunction: String, Sendable, Hashable, CaseIterable {
    case ratio, percentage, sum
}

/// How a keyword or value word is written in English and in Dutch. The first spelling of each
/// language is the one the printer writes; the others are accepted aliases.
public struct Spelling: Sendable, Hashable {
    public let english: [String]
    public let dutch: [String]

    public init(english: [String], dutch: [String]) {
        self.english = english
        self.dutch = dutch
    }

    public func spellings(in language: Language) -> [String] { language == .en ? english : dutch }

    public func canonical(in language: Language) -> String { spellings(in: language)[0] }

    /// Every spelling once, English first.
    public var all: [String] { english + dutch.filter { !english.contains($0) } }

    /// The language a spelling is particular to: nil when both languages write it so
    /// (`deadline`, `euro`) or when it is not a spelling of this word.
    public func language(of word: String) -> Language? {
        let word = GoalFileVocabulary.folded(word)
        switch (english.contains(word), dutch.contains(word)) {
        case (true, false): return .en
        case (false, true): return .nl
        default: return nil
        }
    }
}

/// The words of the goal-file language as data: the parser and printer read them from here, and
/// so can the shell's TAB completion. Matching is case-insensitive; every spelling here is lowercase.
public enum GoalFileVocabulary {
    /// The file-wide directive that says how ambiguous numbers are read.
    public static let notation = Spelling(english: ["notation"], dutch: ["getalnotatie"])

    /// The values the notation directive takes, in either language.
    static let notationValues = WordTable<NumberNotation>(["nl": .dutch, "en": .english])

    public static func spelling(_ block: BlockKind) -> Spelling {
        switch block {
        case .goal: Spelling(english: ["goal"], dutch: ["doel"])
        case .metric: Spelling(english: ["metric"], dutch: ["indicator"])
        case .data: Spelling(english: ["data"], dutch: ["gegevens"])
        case .document: Spelling(english: ["document"], dutch: ["document", "beleidsdocument"])
        case .programme: Spelling(english: ["programme", "program"], dutch: ["programma"])
        }
    }

    public static func spelling(_ field: FieldKind) -> Spelling {
        switch field {
        case .title: Spelling(english: ["title"], dutch: ["titel"])
        case .source: Spelling(english: ["source"], dutch: ["bron"])
        case .owner: Spelling(english: ["owner"], dutch: ["eigenaar", "portefeuillehouder"])
        case .scope: Spelling(english: ["scope"], dutch: ["afbakening"])
        case .metric: Spelling(english: ["metric"], dutch: ["indicator"])
        case .baseline: Spelling(english: ["baseline"], dutch: ["nulmeting"])
        case .target: Spelling(english: ["target"], dutch: ["streefwaarde"])
        case .deadline: Spelling(english: ["deadline", "by"], dutch: ["uiterlijk", "deadline"])
        case .milestone: Spelling(english: ["milestone"], dutch: ["mijlpaal"])
        case .note: Spelling(english: ["note"], dutch: ["notitie"])
        case .waiver: Spelling(english: ["waiver"], dutch: ["ontheffing"])
        case .pace: Spelling(english: ["pace"], dutch: ["tempo"])
        case .reporting: Spelling(english: ["reporting"], dutch: ["rapportage"])
        case .unit: Spelling(english: ["unit"], dutch: ["eenheid"])
        case .frequency: Spelling(english: ["frequency"], dutch: ["frequentie"])
        case .combine: Spelling(english: ["combine"], dutch: ["samenvoegen"])
        case .definition: Spelling(english: ["definition"], dutch: ["definitie"])
        case .totalOf: Spelling(english: ["total-of"], dutch: ["totaal-van"])
        case .formula: Spelling(english: ["formula"], dutch: ["formule"])
        case .value: Spelling(english: ["value"], dutch: ["waarde"])
        case .programme: Spelling(english: ["programme", "program"], dutch: ["programma"])
        case .theme: Spelling(english: ["theme"], dutch: ["thema"])
        case .kind: Spelling(english: ["kind"], dutch: ["soort"])
        case .date: Spelling(english: ["date"], dutch: ["datum"])
        case .adopted: Spelling(english: ["adopted by council", "adopted by the council"],
                                dutch: ["vastgesteld door de raad", "vastgesteld door raad"])
        case .noted: Spelling(english: ["noted", "noted by council", "noted by the council"],
                              dutch: ["ter kennisname", "ter kennisgeving"])
        case .notPresented: Spelling(english: ["not presented"], dutch: ["niet aangeboden", "niet voorgelegd"])
        case .horizon: Spelling(english: ["horizon", "runs to"], dutch: ["looptijd tot", "looptijd"])
        case .evaluation: Spelling(english: ["evaluation", "evaluated"], dutch: ["evaluatie", "geevalueerd"])
        }
    }

    /// The fields a block of this kind takes, in the order the printer writes them.
    /// A data block's fields are free import options, so it lists none.
    public static func fields(of block: BlockKind) -> [FieldKind] {
        switch block {
        case .goal:
            [.title, .source, .programme, .theme, .owner, .scope, .metric, .baseline, .target, .deadline, .pace, .reporting,
             .milestone, .note, .waiver]
        case .metric:
            [.title, .unit, .source, .frequency, .combine, .definition, .totalOf, .formula, .value]
        case .data:
            []
        case .document:
            [.title, .kind, .date, .adopted, .noted, .notPresented, .horizon, .owner, .evaluation, .note, .waiver]
        case .programme:
            [.title, .owner, .theme]
        }
    }

    /// Whether a block of this kind takes the field: `fields(of:)` without making its array, for
    /// the parser, which asks it of every field line.
    static func takes(_ block: BlockKind, _ field: FieldKind) -> Bool {
        switch block {
        case .goal: goalFields.contains(field)
        case .metric: metricFields.contains(field)
        case .data: false
        case .document: documentFields.contains(field)
        case .programme: programmeFields.contains(field)
        }
    }

    private static let goalFields = fields(of: .goal)
    private static let metricFields = fields(of: .metric)
    private static let documentFields = fields(of: .document)
    private static let programmeFields = fields(of: .programme)

    /// The fields that say what the council did with a document: at most one per document.
    public static let adoptionFields: Set<FieldKind> = [.adopted, .noted, .notPresented]

    /// Fields that may appear more than once in a block.
    public static func isRepeatable(_ field: FieldKind) -> Bool {
        switch field {
        case .milestone, .note, .waiver, .value, .evaluation: true
        default: false
        }
    }

    public static func spelling(_ unit: MetricUnit) -> Spelling {
        switch unit {
        case .count: Spelling(english: ["count"], dutch: ["aantal"])
        case .percent: Spelling(english: ["percent"], dutch: ["procent"])
        case .grade: Spelling(english: ["grade"], dutch: ["rapportcijfer"])
        case .euro: Spelling(english: ["euro"], dutch: ["euro"])
        case .days: Spelling(english: ["days"], dutch: ["dagen"])
        case .yesNo: Spelling(english: ["yes-no"], dutch: ["ja-nee"])
        }
    }

    /// A survey held every two years: yearly figures, one every other year.
    public static let twoYearly = Spelling(english: ["two-yearly", "biennial"], dutch: ["tweejaarlijks"])

    public static func spelling(_ frequency: Granularity) -> Spelling {
        switch frequency {
        case .year: Spelling(english: ["yearly"], dutch: ["jaarlijks"])
        case .halfYear: Spelling(english: ["half-yearly"], dutch: ["halfjaarlijks"])
        case .quarter: Spelling(english: ["quarterly"], dutch: ["per-kwartaal"])
        case .month: Spelling(english: ["monthly"], dutch: ["maandelijks"])
        }
    }

    public static func spelling(_ rule: CombineRule) -> Spelling {
        switch rule {
        case .sum: Spelling(english: ["sum"], dutch: ["optellen", "som"])
        case .mean: Spelling(english: ["mean", "average"], dutch: ["gemiddelde"])
        case .last: Spelling(english: ["last"], dutch: ["laatste"])
        case .none: Spelling(english: ["none"], dutch: ["geen"])
        }
    }

    /// The word between a pace's amount and its period: `pace 5 per year`, `tempo 5 per jaar`;
    /// also a reporting frequency: `rapportage per kwartaal`.
    public static let per = Spelling(english: ["per", "a"], dutch: ["per"])

    /// The period after `per`.
    public static func periodName(_ granularity: Granularity) -> Spelling {
        switch granularity {
        case .year: Spelling(english: ["year"], dutch: ["jaar"])
        case .halfYear: Spelling(english: ["half-year"], dutch: ["halfjaar"])
        case .quarter: Spelling(english: ["quarter"], dutch: ["kwartaal"])
        case .month: Spelling(english: ["month"], dutch: ["maand"])
        }
    }

    public static func spelling(_ kind: DocumentKind) -> Spelling {
        switch kind {
        case .budget: Spelling(english: ["budget"], dutch: ["begroting", "programmabegroting"])
        case .programme: Spelling(english: ["programme", "program"], dutch: ["programma", "programmaplan"])
        case .policyNote: Spelling(english: ["policy-note"], dutch: ["nota", "beleidsnota"])
        case .vision: Spelling(english: ["vision"], dutch: ["visie"])
        case .strategy: Spelling(english: ["strategy"], dutch: ["strategie"])
        case .coalitionAgreement: Spelling(english: ["coalition-agreement"], dutch: ["coalitieakkoord"])
        case .implementationPlan: Spelling(english: ["implementation-plan"], dutch: ["uitvoeringsplan", "uitvoeringsprogramma"])
        case .regulation: Spelling(english: ["regulation"], dutch: ["regelgeving", "verordening", "besluit"])
        case .other: Spelling(english: ["other"], dutch: ["overig", "anders"])
        }
    }

    /// `yes`/`ja` for true, `no`/`nee` for false.
    public static func spelling(_ answer: Bool) -> Spelling {
        answer ? Spelling(english: ["yes"], dutch: ["ja"]) : Spelling(english: ["no"], dutch: ["nee"])
    }

    public static func spelling(_ function: FormulaFunction) -> Spelling {
        switch function {
        case .ratio: Spelling(english: ["ratio"], dutch: ["verhouding"])
        case .percentage: Spelling(english: ["percentage"], dutch: ["percentage"])
        case .sum: Spelling(english: ["sum"], dutch: ["som"])
        }
    }

    /// The words that may stand for a comparator symbol, one or two words each.
    public static let comparatorWords: [(words: [String], comparator: Comparator, language: Language)] = [
        (["at", "least"], .atLeast, .en),
        (["at", "most"], .atMost, .en),
        (["minimaal"], .atLeast, .nl),
        (["ten", "minste"], .atLeast, .nl),
        (["maximaal"], .atMost, .nl),
        (["ten", "hoogste"], .atMost, .nl),
    ]

    /// The word before a sustained target: every figure must meet it (`target always >= 7.5`,
    /// `streefwaarde steeds minimaal 7,5`).
    public static let sustained = Spelling(english: ["always"], dutch: ["steeds"])

    /// The word before a cumulative target: the running total must reach it (`target total >=
    /// 2400 by 2028`, `streefwaarde totaal minimaal 2.400 uiterlijk 2028`).
    public static let cumulative = Spelling(english: ["total"], dutch: ["totaal"])

    /// The word before a benchmark series: the target is that series' figure for the same
    /// period (`target <= benchmark werkloosheid_nl`, `streefwaarde minimaal benchmark
    /// tevredenheid_g40 +2`).
    public static let benchmark = Spelling(english: ["benchmark"], dutch: ["benchmark", "referentie"])

    /// The words that introduce a deadline after a target: `target >= 90% by 2026`.
    public static let deadlineAfterTarget = Spelling(english: ["by", "deadline"], dutch: ["uiterlijk", "deadline"])

    /// Words that may stand for a percent sign after a number: `90 procent`.
    public static let percentWords = Spelling(english: ["percent"], dutch: ["procent"])

    /// The unit word of a percentage-point target: `+3 pp`.
    public static let percentagePoints = Spelling(english: ["pp"], dutch: ["pp", "procentpunt", "procentpunten"])

    // MARK: - For completion

    /// The words that may start a line at the left margin, in one language or (nil) both.
    public static func headerKeywords(in language: Language?) -> [String] {
        let spellings = BlockKind.allCases.map(spelling) + [notation]
        return spellings.flatMap { words($0, language) }
    }

    /// The field keywords of a block kind, in one language or (nil) both.
    public static func fieldKeywords(of block: BlockKind, in language: Language?) -> [String] {
        fields(of: block).flatMap { words(spelling($0), language) }
    }

    /// The words that may follow a field keyword, where the field takes a fixed set of words:
    /// units, frequencies, combine rules, comparators and yes/no, formula functions, notations.
    public static func valueWords(for field: FieldKind, in language: Language?) -> [String] {
        switch field {
        case .unit:
            return MetricUnit.allCases.flatMap { words(spelling($0), language) }
        case .frequency:
            return Granularity.allCases.flatMap { words(spelling($0), language) } + words(twoYearly, language)
        case .reporting:
            return Granularity.allCases.flatMap { words(spelling($0), language) }
        case .combine:
            return CombineRule.allCases.flatMap { words(spelling($0), language) }
        case .formula:
            return FormulaFunction.allCases.flatMap { words(spelling($0), language) }
        case .kind:
            return DocumentKind.allCases.flatMap { words(spelling($0), language) }
        case .target:
            let phrases = comparatorWords
                .filter { language == nil || $0.language == language }
                .map { $0.words.joined(separator: " ") }
            return Comparator.allCases.map(\.rawValue) + phrases + [true, false].flatMap { words(spelling($0), language) }
                + words(sustained, language) + words(cumulative, language) + words(benchmark, language)
        default:
            return []
        }
    }

    private static func words(_ spelling: Spelling, _ language: Language?) -> [String] {
        guard let language else { return spelling.all }
        return spelling.spellings(in: language)
    }

    // MARK: - Lookup tables

    enum HeaderKeyword: Hashable {
        case block(BlockKind)
        case notation
    }

    static let headerLookup: WordTable<HeaderKeyword> = {
        var table: [String: HeaderKeyword] = [:]
        for kind in BlockKind.allCases {
            for word in spelling(kind).all { table[word] = .block(kind) }
        }
        for word in notation.all { table[word] = .notation }
        return WordTable(table)
    }()

    static let fieldLookup: WordTable<FieldKind> = lookup(FieldKind.allCases, spelling)
    static let documentKindLookup: WordTable<DocumentKind> = lookup(DocumentKind.allCases, spelling)

    /// Field keywords of more than one word (`ter kennisname`, `adopted by council`), as words,
    /// longest first so that `looptijd tot` wins over `looptijd`.
    static let fieldPhrases: [(words: [String], spelling: String)] = FieldKind.allCases
        .flatMap { spelling($0).all }
        .filter { $0.contains(" ") }
        .map { (words: $0.split(separator: " ").map(String.init), spelling: $0) }
        .sorted { $0.words.count > $1.words.count }

    /// The first words of the phrases: most lines start with none of them, and are done with one lookup.
    static let fieldPhraseStarts = WordTable(words: fieldPhrases.map { $0.words[0] })

    /// How many of the tokens make the field keyword: a phrase's words, else 1.
    static func keywordLength(_ tokens: [GoalFileToken]) -> Int {
        // Every phrase is two words or more: a line whose second token is a text or a symbol
        // (`title "…"`, `target >= …`) starts with none, and is done without a lookup.
        guard tokens.count > 1, tokens[0].kind == .word, tokens[1].kind == .word,
              fieldPhraseStarts.contains(tokens[0].value) else { return 1 }
        for phrase in fieldPhrases where phrase.words.count <= tokens.count {
            let matches = phrase.words.indices.allSatisfy { offset in
                tokens[offset].kind == .word && folded(tokens[offset].value) == phrase.words[offset]
            }
            if matches { return phrase.words.count }
        }
        return 1
    }
    static let unitLookup: WordTable<MetricUnit> = lookup(MetricUnit.allCases, spelling)
    static let frequencyLookup: WordTable<Granularity> = lookup(Granularity.allCases, spelling)
    static let periodNameLookup: WordTable<Granularity> = lookup(Granularity.allCases, periodName)
    static let perWords = WordTable(words: per.all)
    static let combineLookup: WordTable<CombineRule> = lookup(CombineRule.allCases, spelling)
    static let answerLookup: WordTable<Bool> = lookup([true, false], spelling)
    static let functionLookup: WordTable<FormulaFunction> = lookup(FormulaFunction.allCases, spelling)
    static let percentagePointWords = WordTable(words: percentagePoints.all)
    static let percentSigns = WordTable(words: ["%"] + percentWords.all)
    static let deadlineWords = WordTable(words: deadlineAfterTarget.all)
    static let sustainedWords = WordTable(words: sustained.all)
    static let cumulativeWords = WordTable(words: cumulative.all)
    static let benchmarkWords = WordTable(words: benchmark.all)
    static let baselineWords = WordTable(words: spelling(FieldKind.baseline).all)
    static let twoYearlyWords = WordTable(words: twoYearly.all)

    private static func lookup<Key: Sendable>(_ keys: [Key], _ spelling: (Key) -> Spelling) -> WordTable<Key> {
        var table: [String: Key] = [:]
        for key in keys {
            for word in spelling(key).all { table[word] = key }
        }
        return WordTable(table)
    }

    /// Lowercases a word for lookup; ASCII-lowercase words (nearly all) are returned as they are.
    static func folded(_ word: String) -> String {
        func needsLowercasing(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") || byte >= 0x80 }
        // Over the contiguous bytes (a word is nearly always stored so): iterating `utf8` costs
        // about 250 instructions a keyword, a fifth of the parser's lookups.
        let lowercasing = word.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsLowercasing) }
            ?? word.utf8.contains(where: needsLowercasing)
        return lowercasing ? word.lowercased() : word
    }
}
