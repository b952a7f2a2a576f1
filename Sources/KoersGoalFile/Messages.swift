import KoersCore

/// Every message of the goal-file language, in English and Dutch.
enum GoalFileMessages {
    /// What the parser expected where it found something else.
    enum Expected: Sendable, Hashable, CaseIterable {
        case blockHeader, id, path, notationValue, fieldKeyword, endOfLine
        case text, section, reason, ruleCode
        case period, number, baseline, targetValue, signedChange, benchmarkOffset
        case metricID, labelName, labelValue, openingBrace, closingBrace, equals
        case unit, frequency, combine, function, openingParenthesis, closingParenthesis, comma
        case documentKind, date, programmeID
    }

    static func describe(_ expected: Expected) -> LocalizedText {
        switch expected {
        case .blockHeader:
            LocalizedText(en: "a block: `goal`, `metric`, `data`, `document`, `programme` or `notation`",
                          nl: "een blok: `doel`, `indicator`, `gegevens`, `document`, `programma` of `getalnotatie`")
        case .id:
            LocalizedText(en: "an id", nl: "een id")
        case .path:
            LocalizedText(en: "the data file's path in quotes", nl: "het pad van het gegevensbestand tussen aanhalingstekens")
        case .notationValue:
            LocalizedText(en: "`nl` or `en`", nl: "`nl` of `en`")
        case .fieldKeyword:
            LocalizedText(en: "a field name", nl: "een veldnaam")
        case .endOfLine:
            LocalizedText(en: "the end of the line", nl: "het einde van de regel")
        case .text:
            LocalizedText(en: "text in quotes", nl: "tekst tussen aanhalingstekens")
        case .section:
            LocalizedText(en: "the section in quotes", nl: "het onderdeel tussen aanhalingstekens")
        case .reason:
            LocalizedText(en: "the reason for the waiver in quotes", nl: "de reden voor de ontheffing tussen aanhalingstekens")
        case .ruleCode:
            LocalizedText(en: "the code of the rule the waiver is for, such as `vague-scope`",
                          nl: "de code van de regel waarvoor de ontheffing geldt, zoals `vague-scope`")
        case .period:
            LocalizedText(en: "a period such as 2020, 2021-H1, 2021-Q3 or 2021-05",
                          nl: "een periode zoals 2020, 2021-H1, 2021-Q3 of 2021-05")
        case .number:
            LocalizedText(en: "a number", nl: "een getal")
        case .baseline:
            LocalizedText(en: "a baseline period, optionally followed by `= VALUE`",
                          nl: "een periode voor de nulmeting, eventueel gevolgd door `= WAARDE`")
        case .targetValue:
            LocalizedText(en: "a target value: a number, a percentage, `+10%`, `+3 pp`, yes/no or text in quotes",
                          nl: "een streefwaarde: een getal, een percentage, `+10%`, `+3 pp`, ja/nee of tekst tussen aanhalingstekens")
        case .benchmarkOffset:
            LocalizedText(en: "an offset with its sign after the benchmark series: `+2` or `+5%`",
                          nl: "een afwijking met teken na de benchmarkreeks: `+2` of `+5%`")
        case .signedChange:
            LocalizedText(en: "a change with its sign after `baseline`: `+2400` or `-300`",
                          nl: "een verandering met teken na `nulmeting`: `+2.400` of `-300`")
        case .metricID:
            LocalizedText(en: "a metric id", nl: "een indicator-id")
        case .labelName:
            LocalizedText(en: "a label name", nl: "een labelnaam")
        case .labelValue:
            LocalizedText(en: "a label value", nl: "een labelwaarde")
        case .openingBrace:
            LocalizedText(verbatim: "`{`")
        case .closingBrace:
            LocalizedText(en: "`,` or `}`", nl: "`,` of `}`")
        case .equals:
            LocalizedText(verbatim: "`=`")
        case .unit:
            LocalizedText(en: "a unit: " + words(MetricUnit.allCases.map(GoalFileVocabulary.spelling), .en),
                          nl: "een eenheid: " + words(MetricUnit.allCases.map(GoalFileVocabulary.spelling), .nl))
        case .frequency:
            LocalizedText(en: "a frequency: " + words(Granularity.allCases.map(GoalFileVocabulary.spelling) + [GoalFileVocabulary.twoYearly], .en),
                          nl: "een frequentie: " + words(Granularity.allCases.map(GoalFileVocabulary.spelling) + [GoalFileVocabulary.twoYearly], .nl))
        case .combine:
            LocalizedText(en: "a way to combine figures: " + words(CombineRule.allCases.map(GoalFileVocabulary.spelling), .en),
                          nl: "een manier van samenvoegen: " + words(CombineRule.allCases.map(GoalFileVocabulary.spelling), .nl))
        case .function:
            LocalizedText(en: "a formula: `ratio(A, B)`, `percentage(A, B)` or `sum(A)`",
                          nl: "een formule: `verhouding(A, B)`, `percentage(A, B)` of `som(A)`")
        case .openingParenthesis:
            LocalizedText(verbatim: "`(`")
        case .closingParenthesis:
            LocalizedText(verbatim: "`)`")
        case .comma:
            LocalizedText(verbatim: "`,`")
        case .documentKind:
            LocalizedText(en: "a kind of document: " + words(DocumentKind.allCases.map(GoalFileVocabulary.spelling), .en),
                          nl: "een soort document: " + words(DocumentKind.allCases.map(GoalFileVocabulary.spelling), .nl))
        case .date:
            LocalizedText(en: "a date such as 2020-11-12, 2015-06 or 2019",
                          nl: "een datum zoals 2020-11-12, 2015-06 of 2019")
        case .programmeID:
            LocalizedText(en: "a programme id", nl: "een programma-id")
        }
    }

    private static func words(_ spellings: [Spelling], _ language: Language) -> String {
        let names = spellings.map { $0.canonical(in: language) }
        guard let last = names.last else { return "" }
        return names.dropLast().joined(separator: ", ") + (language == .en ? " or " : " of ") + last
    }

    /// A token as quoted in a message: words and symbols as written, text in quotes, long ones shortened.
    private static func shown(_ token: GoalFileToken) -> String {
        token.kind == .text ? "\"\(brief(token.value))\"" : "`\(brief(token.value))`"
    }

    /// Something the user wrote, shortened for a message: a runaway line is quoted, not repeated.
    static func brief(_ written: String) -> String {
        written.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(written.unicodeScalars.prefix(40))) + "…" : written
    }

    private static func blockName(_ block: BlockKind) -> LocalizedText {
        switch block {
        case .goal: LocalizedText(en: "goal", nl: "doel")
        case .metric: LocalizedText(en: "metric", nl: "indicator")
        case .data: LocalizedText(en: "data block", nl: "gegevensblok")
        case .document: LocalizedText(en: "document", nl: "document")
        case .programme: LocalizedText(en: "programme", nl: "programma")
        }
    }

    // MARK: - Lexing

    static func unknownEscape(_ escape: String) -> LocalizedText {
        LocalizedText(en: "unknown escape `\(brief(escape))` in text", nl: "onbekende escape `\(brief(escape))` in tekst")
    }

    static let escapeHint = LocalizedText(
        en: "in text, write `\\\"` for a quote, `\\\\` for a backslash and `\\n` for a line break",
        nl: "schrijf in tekst `\\\"` voor een aanhalingsteken, `\\\\` voor een backslash en `\\n` voor een regelovergang")

    static func controlCharacterInText(_ control: Unicode.Scalar) -> LocalizedText {
        let written = VisibleControls.written(control)
        return LocalizedText(
            en: "control character \(written) in text: it could drive the terminal or spreadsheet that shows it",
            nl: "stuurteken \(written) in tekst: het zou de terminal of het rekenblad kunnen aansturen dat het toont")
    }

    /// A control character in a comment or between the words of a line: shown by `changes`
    /// and under errors, it would recolor the terminal like one in text.
    static func controlCharacterOutsideText(_ control: Unicode.Scalar, inComment: Bool) -> LocalizedText {
        let written = VisibleControls.written(control)
        return inComment
            ? LocalizedText(
                en: "control character \(written) in a comment: it could drive the terminal that shows it",
                nl: "stuurteken \(written) in commentaar: het zou de terminal kunnen aansturen die het toont")
            : LocalizedText(
                en: "control character \(written) in the goal file: it could drive the terminal that shows it",
                nl: "stuurteken \(written) in het doelbestand: het zou de terminal kunnen aansturen die het toont")
    }

    static let controlCharacterHint = LocalizedText(
        en: "remove it; write `\\t` for a tab and `\\n` for a line break",
        nl: "haal het weg; schrijf `\\t` voor een tab en `\\n` voor een regelovergang")

    static let unterminatedText = LocalizedText(
        en: "this text has no closing quote", nl: "deze tekst mist het sluitende aanhalingsteken")

    static let unterminatedTextHint = LocalizedText(
        en: "end the text with `\"` on the same line; long text continues on the next line, indented deeper, in its own quotes",
        nl: "sluit de tekst af met `\"` op dezelfde regel; lange tekst gaat verder op de volgende regel, dieper ingesprongen, tussen eigen aanhalingstekens")

    // MARK: - Structure

    static func expected(_ expected: Expected, found: GoalFileToken?) -> LocalizedText {
        let what = describe(expected)
        guard let found else { return LocalizedText(en: "expected ", nl: "verwacht ") + what }
        return LocalizedText(en: "expected ", nl: "verwacht ") + what
            + LocalizedText(en: ", found \(shown(found))", nl: ", gevonden: \(shown(found))")
    }

    static func unexpected(_ token: GoalFileToken, expected: Expected) -> LocalizedText {
        LocalizedText(en: "unexpected \(shown(token)); expected ", nl: "onverwacht \(shown(token)); verwacht ") + describe(expected)
    }

    static let idHint = LocalizedText(
        en: "an id is letters, digits, `_` and `-`, starting with a letter: `meer-online`",
        nl: "een id bestaat uit letters, cijfers, `_` en `-`, en begint met een letter: `meer-online`")

    static let pathHint = LocalizedText(
        en: "write the path in quotes: `data \"data/digitale-aanvragen.csv\"`",
        nl: "schrijf het pad tussen aanhalingstekens: `gegevens \"data/digitale-aanvragen.csv\"`")

    static func unknownHeader(_ word: String) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` does not start a block; expected `goal`, `metric`, `data`, `document`, `programme` or `notation` at the start of a line",
                      nl: "`\(brief(word))` begint geen blok; verwacht `doel`, `indicator`, `gegevens`, `document`, `programma` of `getalnotatie` aan het begin van een regel")
    }

    static func fieldAtMargin(_ word: String, field: FieldKind) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` is a field: indent it under the goal, metric or document it belongs to",
                      nl: "`\(brief(word))` is een veld: laat het inspringen onder het doel, de indicator of het document waar het bij hoort")
    }

    static func unknownRuleCode(_ word: String) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` is not the code of a check rule, so this waiver would waive nothing",
                      nl: "`\(brief(word))` is niet de code van een controleregel, dus deze ontheffing zou niets ontheffen")
    }

    static func ruleCodeList(_ codes: [String]) -> LocalizedText {
        let list = codes.joined(separator: ", ")
        return LocalizedText(en: "the rules are: \(list)", nl: "de regels zijn: \(list)")
    }

    static func didYouMean(_ word: String) -> LocalizedText {
        LocalizedText(en: "did you mean `\(brief(word))`?", nl: "bedoelt u `\(brief(word))`?")
    }

    static let indentedOutsideBlock = LocalizedText(
        en: "this indented line does not belong to a goal, metric or data block",
        nl: "deze ingesprongen regel hoort niet bij een doel, indicator of gegevensblok")

    static let indentedOutsideBlockHint = LocalizedText(
        en: "start a block at the left margin (`goal ID`) above it, or remove the indentation",
        nl: "begin erboven een blok aan de linkerkant (`doel ID`), of haal het inspringen weg")

    static func inconsistentIndentation(firstFieldLine: Int) -> LocalizedText {
        LocalizedText(en: "this field is indented differently from the block's first field (line \(firstFieldLine))",
                      nl: "dit veld springt anders in dan het eerste veld van het blok (regel \(firstFieldLine))")
    }

    static let inconsistentIndentationHint = LocalizedText(
        en: "indent every field of a block the same way (for example four spaces); only continued text goes deeper",
        nl: "laat elk veld van een blok even ver inspringen (bijvoorbeeld vier spaties); alleen vervolgtekst springt dieper in")

    static let continuationHint = LocalizedText(
        en: "text that continues the field above goes on a line indented deeper than the field",
        nl: "tekst die het veld erboven voortzet, komt op een regel die dieper inspringt dan het veld")

    static let continuationNotText = LocalizedText(
        en: "a line indented deeper than the fields continues the text above it and holds only text in quotes",
        nl: "een regel die dieper inspringt dan de velden zet de tekst erboven voort en bevat alleen tekst tussen aanhalingstekens")

    static let continuationNotTextHint = LocalizedText(
        en: "indent a new field as far as the fields above it",
        nl: "laat een nieuw veld even ver inspringen als de velden erboven")

    static func unknownField(_ word: String, block: BlockKind) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` is not a field of a ", nl: "`\(brief(word))` is geen veld van een ") + blockName(block)
    }

    static func fieldList(_ block: BlockKind) -> LocalizedText {
        let fields = GoalFileVocabulary.fields(of: block).map(GoalFileVocabulary.spelling)
        return LocalizedText(en: "the fields are: " + fields.map { $0.canonical(in: .en) }.joined(separator: ", "),
                             nl: "de velden zijn: " + fields.map { $0.canonical(in: .nl) }.joined(separator: ", "))
    }

    static func fieldInWrongBlock(_ word: String, field: FieldKind, block: BlockKind) -> LocalizedText {
        let home = ([BlockKind.goal, .metric, .document, .programme]).first { GoalFileVocabulary.fields(of: $0).contains(field) } ?? .goal
        return LocalizedText(en: "`\(brief(word))` is a field of a ", nl: "`\(brief(word))` is een veld van een ") + blockName(home)
            + LocalizedText(en: ", not of a ", nl: ", niet van een ") + blockName(block)
    }

    static func duplicateField(_ word: String, block: BlockKind, firstLine: Int) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` appears twice in this ", nl: "`\(brief(word))` staat twee keer in dit ") + blockName(block)
            + LocalizedText(en: " (first on line \(firstLine)); keep one", nl: " (eerst op regel \(firstLine)); houd er één")
    }

    static func duplicateNotation(firstLine: Int) -> LocalizedText {
        LocalizedText(en: "the number notation is already given on line \(firstLine); a file has one",
                      nl: "de getalnotatie staat al op regel \(firstLine); een bestand heeft er één")
    }

    static func missingTitle(_ id: String) -> LocalizedText {
        LocalizedText(en: "goal `\(brief(id))` has no title; add the policy sentence as `title \"…\"`",
                      nl: "doel `\(brief(id))` heeft geen titel; voeg de beleidszin toe als `titel \"…\"`")
    }

    static let emptyTitle = LocalizedText(
        en: "the title is empty; write the policy sentence as it stands in the source document",
        nl: "de titel is leeg; schrijf de beleidszin zoals die in het brondocument staat")

    static func optionNeedsValue(_ key: String) -> LocalizedText {
        LocalizedText(en: "import option `\(brief(key))` has no value", nl: "importoptie `\(brief(key))` heeft geen waarde")
    }

    static let continuedOptionHint = LocalizedText(
        en: "a value that continues on the next line is written entirely in quotes",
        nl: "een waarde die op de volgende regel doorloopt, staat helemaal tussen aanhalingstekens")

    static func quoteHint(_ text: String) -> LocalizedText {
        let quoted = "\"" + brief(text).replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        return LocalizedText(en: "text is written in quotes: \(quoted)", nl: "tekst staat tussen aanhalingstekens: \(quoted)")
    }

    // MARK: - Values

    static func invalidPeriod(_ word: String) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` is not a period", nl: "`\(brief(word))` is geen periode")
    }

    static let periodHint = LocalizedText(
        en: "a period is a year (2020), half-year (2021-H1), quarter (2021-Q3) or month (2021-05)",
        nl: "een periode is een jaar (2020), halfjaar (2021-H1), kwartaal (2021-Q3) of maand (2021-05)")

    static func provisionalOutsideValue(_ word: String) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))`: the `*` marks a provisional figure and belongs only in `value` lines",
                      nl: "`\(brief(word))`: de `*` markeert een voorlopig cijfer en hoort alleen in `waarde`-regels")
    }

    static func ambiguousNumber(_ text: String, dutch: Double, english: Double) -> LocalizedText {
        let mark = text.contains(".") ? "." : ","
        let dutchRole = mark == "." ? (en: "groups thousands", nl: "scheidt duizendtallen") : (en: "is the decimal mark", nl: "is het decimaalteken")
        let englishRole = mark == "." ? (en: "is the decimal mark", nl: "is het decimaalteken") : (en: "groups thousands", nl: "scheidt duizendtallen")
        func shown(_ value: Double, _ language: Language) -> String {
            GoalFilePrinter.plainNumber(value, notation: NumberNotation(language))
        }
        return LocalizedText(
            en: "`\(brief(text))` is ambiguous: in Dutch notation it is \(shown(dutch, .en)) (`\(mark)` \(dutchRole.en)), "
                + "in English notation \(shown(english, .en)) (`\(mark)` \(englishRole.en))",
            nl: "`\(brief(text))` is dubbelzinnig: in Nederlandse notatie is het \(shown(dutch, .nl)) (`\(mark)` \(dutchRole.nl)), "
                + "in Engelse notatie \(shown(english, .nl)) (`\(mark)` \(englishRole.nl))")
    }

    static func ambiguousNumberHint(_ plain: String) -> LocalizedText {
        LocalizedText(en: "add `notation nl` or `notation en` (Dutch: `getalnotatie nl`) at the top of the file to say how it writes numbers, or write `\(brief(plain))` for the whole number",
                      nl: "zet `getalnotatie nl` of `getalnotatie en` bovenaan het bestand om te zeggen hoe het getallen schrijft, of schrijf `\(brief(plain))` voor het hele getal")
    }

    static func wrongNotation(_ text: String, declared: NumberNotation) -> LocalizedText {
        let other: NumberNotation = declared == .dutch ? .english : .dutch
        let rewritten = NumberReader.read(text, notation: other).map {
            GoalFilePrinter.number($0, style: GoalFileStyle(notation: declared))
        }
        let suggestion = (try? rewritten.get()).map { (en: "; write `\($0)`", nl: "; schrijf `\($0)`") } ?? (en: "", nl: "")
        let name = (en: declared == .dutch ? "Dutch" : "English", nl: declared == .dutch ? "Nederlandse" : "Engelse")
        return LocalizedText(
            en: "`\(brief(text))` is not in the \(name.en) notation this file declares\(suggestion.en)",
            nl: "`\(brief(text))` staat niet in de \(name.nl) notatie die dit bestand opgeeft\(suggestion.nl)")
    }

    static func percentAndPoints(_ word: String) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` has both `%` and `pp`: write `+10%` for a change relative to the baseline or `+10 pp` for percentage points",
                      nl: "`\(brief(word))` heeft zowel `%` als `pp`: schrijf `+10%` voor een verandering ten opzichte van de nulmeting of `+10 pp` voor procentpunten")
    }

    static let cumulativeNeedsAtLeast = LocalizedText(
        en: "a total (`total`) takes `>=` and a number: `target total >= 2400 by 2028`",
        nl: "een totaal (`totaal`) neemt `minimaal` of `>=` en een getal: `streefwaarde totaal minimaal 2.400 uiterlijk 2028`")

    static func unknownBenchmarkMetric(_ metric: String) -> LocalizedText {
        LocalizedText(
            en: "the benchmark `\(metric)` is not a metric any loaded file declares",
            nl: "de benchmark `\(metric)` is geen indicator die een geladen bestand declareert")
    }

    static func unknownBenchmarkMetricHint(_ metric: String) -> LocalizedText {
        LocalizedText(
            en: "declare it (`metric \(metric)` with its `value` lines or a `data` file), or correct the id",
            nl: "declareer hem (`indicator \(metric)` met `waarde`-regels of een `gegevens`-bestand), of verbeter de id")
    }

    static func plainMilestoneOnBenchmarkGoal(_ benchmark: String) -> LocalizedText {
        LocalizedText(
            en: "the goal is judged against the benchmark `\(benchmark)`, so a milestone must be too: a plain number would be read as a gap to it",
            nl: "het doel wordt beoordeeld tegen de referentie `\(benchmark)`, dus een mijlpaal ook: een los getal zou gelezen worden als een verschil ermee")
    }

    static func plainMilestoneOnBenchmarkGoalHint(_ benchmark: String) -> LocalizedText {
        LocalizedText(
            en: "write the milestone against the benchmark (`milestone 2022 <= benchmark \(benchmark) +1`)",
            nl: "schrijf de mijlpaal tegen de referentie (`mijlpaal 2022 maximaal benchmark \(benchmark) +1`)")
    }

    static func cumulativeOnNonAdditiveMetric(metric: String) -> LocalizedText {
        LocalizedText(
            en: "a total (`total`) adds up the figures of `\(metric)`, which do not add up: its unit is not count or euro and it does not say `combine sum`",
            nl: "een totaal (`totaal`) telt de cijfers van `\(metric)` op, maar die tellen niet op: de eenheid is geen aantal of euro en er staat geen `samenvoegen optellen`")
    }

    static func signedNumberNeedsUnit(_ word: String) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` has a plus sign but no `%` or `pp`",
                      nl: "`\(brief(word))` heeft een plusteken maar geen `%` of `pp`")
    }

    static func signedNumberHint(_ word: String) -> LocalizedText {
        let digits = String(word.dropFirst())
        return LocalizedText(
            en: "write `\(brief(word))%` for a change relative to the baseline, `\(brief(word)) pp` for percentage points, `baseline \(brief(word))` for a change in the metric's own unit, or `\(brief(digits))` for the value itself",
            nl: "schrijf `\(brief(word))%` voor een verandering ten opzichte van de nulmeting, `\(brief(word)) pp` voor procentpunten, `nulmeting \(brief(word))` voor een verandering in de eenheid van de indicator, of `\(brief(digits))` voor de waarde zelf")
    }

    static let equalsNeedsYesNo = LocalizedText(
        en: "`=` is for yes/no targets (`= yes`); a number is reached with `>=` (at least) or `<=` (at most)",
        nl: "`=` is voor ja/nee-doelen (`= ja`); een getal haalt u met `>=` (minimaal) of `<=` (maximaal)")

    static let orderedYesNo = LocalizedText(
        en: "a yes/no target is written with `=`: `= yes` or `= no`",
        nl: "een ja/nee-streefwaarde schrijft u met `=`: `= ja` of `= nee`")

    static func strictComparator(_ symbol: String) -> LocalizedText {
        let fix = symbol == ">" ? ">=" : "<="
        return LocalizedText(en: "koers has no `\(symbol)`: a target is reached with `>=` (at least) or `<=` (at most); write `\(fix)`",
                             nl: "koers kent geen `\(symbol)`: een streefwaarde haalt u met `>=` (minimaal) of `<=` (maximaal); schrijf `\(fix)`")
    }

    static func duplicateLabel(_ name: String) -> LocalizedText {
        LocalizedText(en: "label `\(brief(name))` is given twice in this series", nl: "label `\(brief(name))` staat twee keer in deze reeks")
    }

    static func duplicateDeadline(firstLine: Int) -> LocalizedText {
        LocalizedText(en: "the deadline is already given on line \(firstLine); a goal has one",
                      nl: "de deadline staat al op regel \(firstLine); een doel heeft er één")
    }

    static func deadlineNotAfterBaseline(deadline: String, baseline: String) -> LocalizedText {
        LocalizedText(en: "the deadline \(deadline) is at or before the baseline period \(baseline); a goal's deadline comes after its baseline",
                      nl: "de deadline \(deadline) ligt op of vóór de nulmeting \(baseline); de deadline van een doel ligt na de nulmeting")
    }

    static func duplicateInlineValue(series: String, period: String, firstLine: Int) -> LocalizedText {
        LocalizedText(en: "a value for \(brief(series)) in \(period) is already given on line \(firstLine)",
                      nl: "er staat al een waarde voor \(brief(series)) in \(period) op regel \(firstLine)")
    }

    static func secondAdoption(_ word: String, firstLine: Int) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))`: this document already says on line \(firstLine) what the council did with it; keep one",
                      nl: "`\(brief(word))`: dit document zegt al op regel \(firstLine) wat de raad ermee deed; houd er één")
    }

    static func invalidDate(_ word: String) -> LocalizedText {
        LocalizedText(en: "`\(brief(word))` is not a date", nl: "`\(brief(word))` is geen datum")
    }

    static let dateHint = LocalizedText(
        en: "write a day as 2020-11-12, a month as 2015-06, or a year as 2019",
        nl: "schrijf een dag als 2020-11-12, een maand als 2015-06 of een jaar als 2019")

    // MARK: - Across files

    static func unknownProgramme(_ id: String) -> LocalizedText {
        LocalizedText(en: "no loaded goal file declares programme `\(brief(id))`",
                      nl: "geen geladen doelbestand declareert programma `\(brief(id))`")
    }

    static func unknownProgrammeHint(_ id: String, suggestion: String?) -> LocalizedText {
        if let suggestion { return didYouMean(suggestion) }
        return LocalizedText(en: "declare it in a goal file: `programme \(brief(id))` with its title",
                             nl: "declareer het in een doelbestand: `programma \(brief(id))` met een titel")
    }

    static func duplicateDocumentTitle(_ title: String, firstID: String, firstAt: SourceLocation) -> LocalizedText {
        LocalizedText(en: "document `\(brief(firstID))` at \(firstAt) has the same title \"\(brief(title))\": a goal's source could not tell them apart",
                      nl: "document `\(brief(firstID))` in \(firstAt) heeft dezelfde titel \"\(brief(title))\": de bron van een doel kan ze niet uit elkaar houden")
    }

    static let duplicateDocumentTitleHint = LocalizedText(
        en: "give each document a title of its own, such as the year it appeared",
        nl: "geef elk document een eigen titel, bijvoorbeeld met het jaar van verschijnen")

    static func duplicateID(_ kind: BlockKind, _ id: String, firstAt: SourceLocation) -> LocalizedText {
        LocalizedText(en: "there is already a ", nl: "er is al een ") + blockName(kind)
            + LocalizedText(en: " with id `\(brief(id))`, at \(firstAt)", nl: " met id `\(brief(id))`, in \(firstAt)")
    }

    static func formulaCycle(_ chain: [String]) -> LocalizedText {
        let shown = chain.map { "`\(brief($0))`" }.joined(separator: " → ")
        return LocalizedText(
            en: "the formula of metric `\(brief(chain[0]))` refers back to itself: \(shown)",
            nl: "de formule van indicator `\(brief(chain[0]))` verwijst naar zichzelf terug: \(shown)")
    }

    static let formulaCycleHint = LocalizedText(
        en: "a derived metric is computed from the figures of other metrics; break the loop",
        nl: "een afgeleide indicator wordt berekend uit de cijfers van andere indicatoren; doorbreek de kring")

    static let duplicateIDHint = LocalizedText(
        en: "ids are unique across all loaded goal files: rename one of them",
        nl: "id's zijn uniek over alle geladen doelbestanden: geef een van beide een andere naam")

    static func yesNoTargetOnOrderedMetric(metric: String, unit: MetricUnit) -> LocalizedText {
        let spelling = GoalFileVocabulary.spelling(unit)
        return LocalizedText(
            en: "a yes/no target does not fit metric `\(brief(metric))`, whose unit is `\(spelling.canonical(in: .en))`",
            nl: "een ja/nee-streefwaarde past niet bij indicator `\(brief(metric))`, met eenheid `\(spelling.canonical(in: .nl))`")
    }

    static let yesNoTargetOnOrderedMetricHint = LocalizedText(
        en: "give a number with `>=` or `<=`, or declare the metric with `unit yes-no`",
        nl: "geef een getal met `>=` of `<=`, of geef de indicator `eenheid ja-nee`")

    static func numericTargetOnYesNoMetric(metric: String) -> LocalizedText {
        LocalizedText(en: "metric `\(brief(metric))` is yes/no: its target is `= yes` or `= no`, not a number",
                      nl: "indicator `\(brief(metric))` is ja/nee: de streefwaarde is `= ja` of `= nee`, geen getal")
    }
}

extension String {
    /// Every occurrence of `target` replaced; Foundation-free.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
