/// The kinds of words the vague-goal rules look for. The raw value is the section header in a
/// word-list file (`[escape]`).
public enum WordCategory: String, Sendable, Hashable, CaseIterable, Codable {
    /// Escape clauses that leave the population open: "waar dit kan en mag", "where possible".
    case escape
    /// A set named without saying what is in it: "alle", "all".
    case population
    /// Effort verbs that say what is done, not what it yields: "inzetten op", "strive to".
    case effort
    /// A direction without a destination: "meer", "hoger", "better".
    case direction
    /// Quantities nobody can check: "aanzienlijk", "significant".
    case quantifier
    /// Times nobody can check: "op termijn", "as soon as possible".
    case time
    /// A judgement where a number belongs: "goed", "voldoende", "good".
    case qualitative

    // The sentence reader of `draft` (`SentenceRoles`): the words around a number that give it its role.
    /// Before a number, a floor: "minimaal", "at least".
    case atLeast = "at-least"
    /// Before a number, a ceiling: "maximaal", "hooguit", "no more than".
    case atMost = "at-most"
    /// After a number, a floor: "of hoger", "or more".
    case orHigher = "or-higher"
    /// After a number, a ceiling: "of lager", "or less".
    case orLower = "or-lower"
    /// Words of a rise, which make a bare number a floor and a percentage a rise: "verhogen", "increase".
    case increase
    /// Words of a fall: "terugdringen", "halveren", "reduce".
    case decrease
    /// Before a year, the period measured against: "t.o.v.", "compared with".
    case baseline
    /// Before a year or date, when the goal must be met: "uiterlijk", "voor", "by".
    case deadline
    /// Before a year, a start that is no deadline: "vanaf", "since".
    case start
    /// Before a number, a condition inside the measure: "binnen", "within".
    case condition
    /// Zero said in words: "geen … meer", "to zero". In the check it hides the "meer" inside it.
    case zero
    /// After a number, it defines the population: "jaar en ouder", "year olds".
    case populationAfter = "population-after"
    /// Before a number, it defines the population: "per", "aged".
    case populationBefore = "population-before"
    /// Before a number, a list number: "Doelstelling 1", "Objective 2".
    case list
    /// Before a number at the start of a sentence, clause or bracket, followed by a separator or a
    /// capital: the label of an item ("Target 67 By 2036", "KPI 12:"); elsewhere an ordinary word.
    case label
    /// After a number, a condition: "2 keer per jaar", "2 times annually".
    case conditionAfter = "condition-after"
    /// After a number, it counts the partners or the population: "18 gemeenten", "in 12 wijken".
    /// Not after a comparator ("minimaal 20 scholen"), unless that follows "met"/"with".
    case populationCount = "population-count"
    /// After a number, it sizes the members of the population: "buildings over 25,000 square feet".
    case populationSize = "population-size"
    /// A table cell without a figure, between the numbers of a row: "nnb", "n.v.t.", "N/a", "ca.".
    case tablePlaceholder = "table-placeholder"
    /// Words that may stand between a comparator and its number: "maximaal een 6,4", "at least an 80%".
    case filler
    /// Before a number, the number is the target: "het streefcijfer is", "the target of".
    case target
    /// A level kept without a number, `>= +0%` against a later-named year: "ten minste gelijk aan".
    case hold
    /// After a year, the year is the baseline: "2009 baseline", "1990 levels".
    case baselineAfter = "baseline-after"
    /// The college period without years: "deze collegeperiode", "this council term".
    case collegePeriod = "college-period"
    /// Before a year, done by the end of the year before: "before 2023".
    case before
    /// After a number that follows a `condition` word, a unit of time: "binnen 2 werkdagen".
    case duration
    /// Before a number, a budget, not a target: "budget", "investeren", "invest".
    case budget
    /// Before a number, a realised figure, not a target: "was", "bedroeg", "were".
    case realised
    /// A count delivered over the period, judged as a running total: "realiseren", "deliver", "in totaal".
    case cumulative
    /// A level every year, not only at the deadline: "jaarlijks", "handhaven", "every year", "maintain".
    case sustained
    /// A separable verb of a rise split around its number, verb then particle: "neemt … toe", "goes … up".
    case splitIncrease = "split-increase"
    /// A separable verb of a fall split around its number: "neemt … af", "bring … down".
    case splitDecrease = "split-decrease"
    /// Another series as the target: "het landelijk gemiddelde", "the national average".
    case benchmark
    /// Before a benchmark, the target lies above it: "boven", "hoger dan", "at or above".
    case above
    /// Before a benchmark, the target lies below it: "onder", "lager dan", "at or below".
    case below
    /// The document's year: "dit jaar", "this year".
    case thisYear = "this-year"
    /// The year after the document's: "volgend jaar", "next year".
    case nextYear = "next-year"
    /// Before a number of years counted from the document's year: "de komende (vier jaar)", "over the next (three years)".
    case comingYears = "coming-years"
    /// A hedge between a preposition of change and its number: "by about 80 percent", "met ongeveer 30%".
    case approximately
    /// The last part of a compound noun of a fall or rise: "energiebesparing", "uitstootreductie".
    case decreaseCompound = "decrease-compound"
    case increaseCompound = "increase-compound"
    /// Before a number: the number is part of a name ("Attainment 8", "groep 8"), not a value.
    case nameNumber = "name-number"
    /// A quantifier over a countable set of things, opening its clause: every member, `>= 100%`
    /// ("By 2030, all new buildings …", "voor alle gemeentelijke gebouwen …").
    case universal
    /// Opens a conditional clause ("zeker als", "if"): its numbers state a condition, not a goal.
    case conditional
    /// In a table row, a word that marks a cell or column as the target: "streefwaarde", "Minimise", "Green".
    case rowTarget = "row-target"
    /// In a table row, the source of its figures: "CBS", "Waarstaatjegemeente".
    case rowSource = "row-source"
    /// Right before a year, the middle of it: "medio 2026", "mid-2026".
    case midYear = "mid-year"
    /// Between the years of a range, before its second: its end ("tussen 2021 en eind 2030", "to the end of 2030").
    case yearEnd = "year-end"
    /// After a number, a unit of measure: a fraction before it is an amount ("1/2 meter"), not a share.
    case measureUnit = "measure-unit"
    /// After a percentage (and "van"/"of"), an income norm: the share says who is counted, no goal ("tot 120% van het sociaal minimum").
    case incomeNorm = "income-norm"
    /// After the target, in brackets or after a comma, before the value of today: the baseline's value ("(currently 45%)").
    case current
    /// A noun of improvement right after or before its percentage: "a 33% improvement in …", "een
    /// verbetering van 10%": the size of a rise (docs/check.md, "Seventh round of rules").
    case improvement

    /// What the vague-goal check matches in a title: its own categories, and `zero`, whose
    /// phrases hide the vague words inside them ("geen straten meer" is no "meer").
    public static let checked: Set<WordCategory> = [.escape, .population, .effort, .direction, .quantifier, .time, .qualitative, .zero]

    /// Categories only the sentence reader uses. Their phrases may repeat a phrase of another
    /// category ("per" before a year is a deadline, before "1.000 inwoners" a population).
    public var isReaderOnly: Bool { !Self.checked.contains(self) }
}

/// One entry of a word list: a word or phrase, split into folded words; `*` matches any one word.
public struct WordListEntry: Sendable, Hashable {
    public var phrase: String
    public var words: [String]
    public var category: WordCategory
    public var language: Language
}

/// The word lists of one language, as staff maintain them in a plain-text file.
///
/// Format: one word or phrase per line under a `[category]` header; `#` starts a comment;
/// blank lines are ignored; case and accents do not matter; `*` stands for exactly one word.
public struct WordLists: Sendable, Hashable {
    public var language: Language
    public private(set) var entries: [WordListEntry] {
        didSet { byFirstWord = Self.index(entries) }
    }
    /// Entry positions by their first word, so matching a title looks only at entries that can start at a word.
    private(set) var byFirstWord: [String: [Int]]

    public init(language: Language, entries: [WordListEntry] = []) {
        self.language = language
        self.entries = entries
        byFirstWord = Self.index(entries)
    }

    private static func index(_ entries: [WordListEntry]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            if let first = entry.words.first { index[first, default: []].append(position) }
        }
        return index
    }

    /// The entries of one category.
    public func entries(in category: WordCategory) -> [WordListEntry] {
        entries.filter { $0.category == category }
    }

    /// The result of reading a word-list file: every good line is kept, every bad line is
    /// reported, so that one typo does not disable the whole list.
    public struct ParseResult: Sendable, Hashable {
        public var lists: WordLists
        public var diagnostics: [Diagnostic]
    }

    /// Reads a word-list file. `file` names it in diagnostics.
    public static func parse(text: String, language: Language, file: String = "wordlists") -> ParseResult {
        var entries: [WordListEntry] = []
        var diagnostics: [Diagnostic] = []
        var category: WordCategory?
        // Vague words must not be listed twice; a reader category is its own namespace.
        var seen: Set<[String]> = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            let content = (line.firstIndex(of: "#").map { line[..<$0] } ?? line[...]).trimmingSpaces()
            guard !content.isEmpty else { continue }
            let column = (line.firstIndex { $0 != " " && $0 != "\t" }).map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 1
            let location = SourceLocation(file: file, line: lineNumber, column: column)
            func report(_ message: LocalizedText) {
                diagnostics.append(Diagnostic(.warning, at: location, message, sourceLine: String(line), length: content.count))
            }
            if content.hasPrefix("[") {
                guard content.hasSuffix("]"), let named = WordCategory(rawValue: String(content.dropFirst().dropLast()).trimmingSpaces()) else {
                    report(CheckMessages.unknownWordCategory(String(content)))
                    category = nil
                    continue
                }
                category = named
                continue
            }
            guard let current = category else {
                report(CheckMessages.wordBeforeCategory(String(content)))
                continue
            }
            let words = TextFolding.words(of: Array(content)).map(\.folded)
            let hasWildcardOnly = content.split(separator: " ").allSatisfy { $0 == "*" }
            let stray = content.contains { !TextFolding.isWordCharacter($0) && !" \t*'’-.".contains($0) }
            if words.isEmpty || hasWildcardOnly || stray {
                report(CheckMessages.badWordListLine(String(content)))
                continue
            }
            // `*` is a word of its own in a phrase: keep it where it stands.
            let pattern = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).flatMap { piece -> [String] in
                piece == "*" ? ["*"] : TextFolding.words(of: Array(piece)).map(\.folded)
            }
            guard pattern.first != "*", pattern.last != "*" else {
                report(CheckMessages.badWordListLine(String(content)))
                continue
            }
            let key = current.isReaderOnly ? [current.rawValue + ":"] + pattern : pattern
            guard seen.insert(key).inserted else {
                report(CheckMessages.duplicateWordListEntry(String(content)))
                continue
            }
            entries.append(WordListEntry(phrase: String(content), words: pattern, category: current, language: language))
        }
        return ParseResult(lists: WordLists(language: language, entries: entries), diagnostics: diagnostics)
    }
}

/// A word-list entry found in a text.
public struct WordMatch: Sendable, Hashable {
    public var entry: WordListEntry
    public var span: TextSpan
}

/// Finds word-list entries in a text: on whole words, case- and accent-insensitive, the longest
/// entry winning where entries overlap ("waar dit kan en mag" rather than "waar dit kan").
public enum WordMatcher {
    public static func matches(in text: String, lists: [WordLists], categories: Set<WordCategory> = WordCategory.checked) -> [WordMatch] {
        let characters = Array(text)
        return matches(in: characters, words: TextFolding.words(of: characters), lists: lists, categories: categories)
    }

    /// The same for a text already split into characters and words (the check splits a title once).
    static func matches(
        in characters: [Character], words: [FoldedWord], lists: [WordLists], categories: Set<WordCategory> = WordCategory.checked
    ) -> [WordMatch] {
        var candidates: [(entry: WordListEntry, first: Int, last: Int)] = []
        for list in lists {
            for (first, word) in words.enumerated() {
                for position in list.byFirstWord[word.folded] ?? [] {
                    let entry = list.entries[position]
                    guard categories.contains(entry.category), first + entry.words.count <= words.count else { continue }
                    let fits = entry.words.indices.allSatisfy { offset in
                        entry.words[offset] == "*" || entry.words[offset] == words[first + offset].folded
                    }
                    if fits { candidates.append((entry, first, first + entry.words.count - 1)) }
                }
            }
        }
        // Longest first, then leftmost: a phrase hides the shorter entries inside it.
        candidates.sort { lhs, rhs in
            let (lengthL, lengthR) = (lhs.last - lhs.first, rhs.last - rhs.first)
            return lengthL != lengthR ? lengthL > lengthR : lhs.first < rhs.first
        }
        var taken = Set<Int>()
        var accepted: [WordMatch] = []
        for candidate in candidates {
            let covered = Set(candidate.first...candidate.last)
            guard taken.isDisjoint(with: covered) else { continue }
            taken.formUnion(covered)
            let range = words[candidate.first].range.lowerBound..<words[candidate.last].range.upperBound
            accepted.append(WordMatch(entry: candidate.entry, span: TextSpan(range, in: characters)))
        }
        return accepted.sorted { $0.span.start < $1.span.start }
    }
}
