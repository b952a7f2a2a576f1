/// Every text the vague-goal check shows, in English and Dutch.
public enum CheckMessages {
    // MARK: Quoting and numbers

    static func quoted(_ text: String) -> LocalizedText {
        LocalizedText(en: "“\(text)”", nl: "‘\(text)’")
    }

    /// One notation per language: a finding's message is written only in the language shown
    /// (`check` formats tens of thousands of these).
    static func englishNumber(_ value: Double) -> String { figure(value, notation: .english) }
    static func dutchNumber(_ value: Double) -> String { figure(value, notation: .dutch) }

    /// `NumberWriter.format(value, notation:, maxFractionDigits: 2)`, written digit by digit
    /// into bytes instead of through intermediate strings and characters (most `check`
    /// findings of a national file state such a figure).
    static func figure(_ value: Double, notation: NumberNotation) -> String {
        let scaled = (abs(value) * 100).rounded()
        // Non-finite values and values beyond 2^53 take `format`'s own way.
        guard value.isFinite, scaled < 9.0e15 else { return NumberWriter.format(value, notation: notation, maxFractionDigits: 2) }
        let whole = UInt64(scaled)
        var integer = whole / 100
        var cents = whole % 100
        // Written backwards: fraction, mark, grouped digits, sign; then reversed.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        if cents != 0 {
            if cents % 10 == 0 {
                cents /= 10
                bytes.append(0x30 + UInt8(cents))
            } else {
                bytes.append(0x30 + UInt8(cents % 10))
                bytes.append(0x30 + UInt8(cents / 10))
            }
            bytes.append(notation.decimalMark)
        }
        var written = 0
        repeat {
            if written > 0, written % 3 == 0 { bytes.append(notation.groupingMark) }
            bytes.append(0x30 + UInt8(integer % 10))
            integer /= 10
            written += 1
        } while integer > 0
        if value < 0, whole > 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.reverse()
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func unitName(_ unit: MetricUnit) -> LocalizedText {
        switch unit {
        case .count: LocalizedText(en: "a count", nl: "een aantal")
        case .percent: LocalizedText(en: "a percentage", nl: "een percentage")
        case .grade: LocalizedText(en: "a grade (1–10)", nl: "een rapportcijfer (1–10)")
        case .euro: LocalizedText(en: "an amount in euros", nl: "een bedrag in euro")
        case .days: LocalizedText(en: "a number of days", nl: "een aantal dagen")
        case .yesNo: LocalizedText(en: "yes or no", nl: "ja of nee")
        }
    }

    public static let twoYearlyName = LocalizedText(en: "two-yearly", nl: "tweejaarlijkse")

    public static func frequencyName(_ frequency: Granularity) -> LocalizedText {
        switch frequency {
        case .year: LocalizedText(en: "yearly", nl: "jaarlijkse")
        case .halfYear: LocalizedText(en: "half-yearly", nl: "halfjaarlijkse")
        case .quarter: LocalizedText(en: "quarterly", nl: "kwartaal")
        case .month: LocalizedText(en: "monthly", nl: "maandelijkse")
        }
    }

    // MARK: Word-list files

    static func unknownWordCategory(_ line: String) -> LocalizedText {
        LocalizedText(
            en: "unknown category \(line); known are: \(WordCategory.allCases.map(\.rawValue).joined(separator: ", "))",
            nl: "onbekende categorie \(line); bekend zijn: \(WordCategory.allCases.map(\.rawValue).joined(separator: ", "))"
        )
    }

    static func wordBeforeCategory(_ line: String) -> LocalizedText {
        LocalizedText(en: "“\(line)” stands before any [category] header and is ignored",
                      nl: "‘\(line)’ staat vóór een kopje [categorie] en wordt genegeerd")
    }

    static func badWordListLine(_ line: String) -> LocalizedText {
        LocalizedText(en: "“\(line)” is not a word or phrase (letters, digits, spaces, and `*` for one word between words)",
                      nl: "‘\(line)’ is geen woord of woordgroep (letters, cijfers, spaties, en `*` voor één woord tussen woorden)")
    }

    static func duplicateWordListEntry(_ line: String) -> LocalizedText {
        LocalizedText(en: "“\(line)” is listed twice", nl: "‘\(line)’ staat er twee keer in")
    }

    // MARK: Headlines (verdicts and lists)

    /// A few words naming what a rule finds, for the one-line verdict of a goal.
    public static func headline(_ rule: CheckRule) -> LocalizedText {
        switch rule {
        case .noTarget: LocalizedText(en: "no target value", nl: "geen streefwaarde")
        case .qualitativeTarget: LocalizedText(en: "a word where a number belongs", nl: "een woord waar een getal hoort")
        case .noDeadline: LocalizedText(en: "no deadline", nl: "geen einddatum")
        case .noBaseline: LocalizedText(en: "no baseline", nl: "geen nulmeting")
        case .noMetric: LocalizedText(en: "no documented metric", nl: "geen beschreven indicator")
        case .noData: LocalizedText(en: "no figures", nl: "geen cijfers")
        case .staleData: LocalizedText(en: "outdated figures", nl: "verouderde cijfers")
        case .vagueScope: LocalizedText(en: "undefined scope", nl: "onbepaalde afbakening")
        case .vagueWording: LocalizedText(en: "vague wording", nl: "vage formulering")
        case .textMismatch: LocalizedText(en: "text and fields disagree", nl: "tekst en velden spreken elkaar tegen")
        case .unrealisticPace: LocalizedText(en: "unrealistic pace", nl: "onrealistisch tempo")
        case .deadlinePassed: LocalizedText(en: "deadline passed unjudged", nl: "einddatum verstreken zonder oordeel")
        case .alreadyMet: LocalizedText(en: "met at the baseline", nl: "al gehaald bij de nulmeting")
        case .unitMismatch: LocalizedText(en: "target and metric in different units", nl: "streefwaarde en indicator in andere eenheden")
        case .infrequentMetric: LocalizedText(en: "measured less often than reported", nl: "minder vaak gemeten dan gerapporteerd")
        case .conflictingGoals: LocalizedText(en: "another goal says otherwise", nl: "een ander doel zegt iets anders")
        case .noOwner: LocalizedText(en: "no owner", nl: "geen eigenaar")
        case .noSource: LocalizedText(en: "no source document", nl: "geen brondocument")
        case .scatteredPolicy: LocalizedText(en: "goals spread over several documents", nl: "doelen verspreid over meerdere documenten")
        case .notAdopted: LocalizedText(en: "not adopted by the council", nl: "niet vastgesteld door de raad")
        case .neverEvaluated: LocalizedText(en: "never evaluated", nl: "nooit geëvalueerd")
        }
    }

    static func verdictCannotBeEvaluated(_ reason: LocalizedText?) -> LocalizedText {
        LocalizedText(en: "cannot be evaluated", nl: "niet te beoordelen") + (reason.map { LocalizedText(verbatim: ": ") + $0 } ?? LocalizedText(verbatim: ""))
    }

    static func verdictWeak(_ reason: LocalizedText?) -> LocalizedText {
        LocalizedText(en: "can be evaluated, but weak", nl: "te beoordelen, maar zwak") + (reason.map { LocalizedText(verbatim: ": ") + $0 } ?? LocalizedText(verbatim: ""))
    }

    static func verdictFine(waived: Int) -> LocalizedText {
        guard waived > 0 else { return LocalizedText(en: "can be evaluated", nl: "te beoordelen") }
        return LocalizedText(en: "can be evaluated (\(waived) waived)", nl: "te beoordelen (\(waived) met ontheffing)")
    }

    // MARK: Findings

    static var noTarget: LocalizedText {
        LocalizedText(en: "No target value: nothing in the goal says what figure counts as reached.",
                      nl: "Geen streefwaarde: niets in het doel zegt bij welk cijfer het gehaald is.")
    }

    static let noTargetSuggestion = LocalizedText(
        en: "Add `target` with a comparator and a number, e.g. `target >= 90%`.",
        nl: "Voeg `streefwaarde` toe met een vergelijking en een getal, bijvoorbeeld `streefwaarde >= 90%`.")

    static func qualitativeTarget(word: String) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "“\(word)” stands where a number belongs: no scale and no cut-off say when it is reached."
            case .nl: "‘\(word)’ staat waar een getal hoort: geen schaal en geen grens zeggen wanneer het gehaald is."
            }
        }
    }

    static func qualitativeTargetSuggestion(word: String) -> LocalizedText {
        LocalizedText(en: "Say what “\(word)” means on a scale, e.g. `target >= 7.5` on a satisfaction grade.",
                      nl: "Zeg wat ‘\(word)’ betekent op een schaal, bijvoorbeeld `streefwaarde >= 7,5` op een rapportcijfer.")
    }

    static let noDeadline = LocalizedText(en: "No deadline: it cannot be said whether the goal is on time.",
                                          nl: "Geen einddatum: niet te zeggen of het doel op schema ligt.")

    static func noDeadlineSuggestion(mentionedYear: String?) -> LocalizedText {
        let base = LocalizedText(en: "Add `deadline PERIOD` (or `target … by PERIOD`).",
                                 nl: "Voeg `uiterlijk PERIODE` toe (of `streefwaarde … uiterlijk PERIODE`).")
        guard let year = mentionedYear else { return base }
        return base + LocalizedText(en: " The title mentions \(year); is that the deadline?",
                                    nl: " De titel noemt \(year); is dat de einddatum?")
    }

    static let relativeTargetWithoutBaseline = LocalizedText(
        en: "The target is relative (a change in % or pp), but there is no baseline it is relative to.",
        nl: "De streefwaarde is relatief (een verandering in % of procentpunten), maar er is geen nulmeting waartegen.")

    static let benchmarkTargetWithoutBaseline = LocalizedText(
        en: "The target is a benchmark series, judged on the gap to it, but there is no baseline for the gap to start from.",
        nl: "De streefwaarde is een benchmarkreeks, beoordeeld op het verschil daarmee, maar er is geen nulmeting waar dat verschil begint.")

    static let noBaselineNoRoad = LocalizedText(
        en: "No baseline: without a starting point there is no road to judge the goal by until a figure meets the target.",
        nl: "Geen nulmeting: zonder vertrekpunt is er geen route om het doel aan te toetsen zolang geen cijfer de streefwaarde haalt.")

    static let noComparator = LocalizedText(
        en: "The target has no comparator: it does not say whether higher or lower is better.",
        nl: "De streefwaarde heeft geen vergelijking: er staat niet of hoger of lager beter is.")

    static let noComparatorSuggestion = LocalizedText(
        en: "Write `>=` (at least) or `<=` (at most) before the value, e.g. `target >= 90%`.",
        nl: "Schrijf `>=` (minimaal) of `<=` (maximaal) vóór de waarde, bijvoorbeeld `streefwaarde >= 90%`.")

    static let deadlineNotAfterBaseline = LocalizedText(
        en: "The deadline is not after the baseline period: there is no time to reach the target in.",
        nl: "De einddatum ligt niet na de nulmeting: er is geen tijd om de streefwaarde in te halen.")

    static let deadlineNotAfterBaselineSuggestion = LocalizedText(
        en: "Set a deadline after the baseline period, or an earlier baseline.",
        nl: "Kies een einddatum na de nulmeting, of een eerdere nulmeting.")

    static let noBaseline = LocalizedText(en: "No baseline: progress from the starting point cannot be shown.",
                                          nl: "Geen nulmeting: de voortgang vanaf het vertrekpunt is niet te tonen.")

    static let noBaselineSuggestion = LocalizedText(en: "Add `baseline PERIOD` (and `= VALUE` if the figure is not in the data).",
                                                    nl: "Voeg `nulmeting PERIODE` toe (en `= WAARDE` als het cijfer niet in de gegevens staat).")

    static func baselineValueUnknown(period: Period) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The baseline is \(period), but there is no figure for \(period)."
            case .nl: "De nulmeting is \(period), maar er is geen cijfer over \(period)."
            }
        }
    }

    static func baselineValueSuggestion(period: Period) -> LocalizedText {
        LocalizedText(en: "Import the figure for \(period), or write it: `baseline \(period) = VALUE`.",
                      nl: "Importeer het cijfer over \(period), of schrijf het: `nulmeting \(period) = WAARDE`.")
    }

    static let noMetric = LocalizedText(en: "The goal is not linked to a metric: there is nothing to measure it by.",
                                        nl: "Het doel is niet gekoppeld aan een indicator: er is niets om het mee te meten.")

    static let noMetricSuggestion = LocalizedText(en: "Add `metric ID` naming the series that measures the goal.",
                                                  nl: "Voeg `indicator ID` toe met de reeks die het doel meet.")

    static func undeclaredMetric(_ id: String) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The metric “\(id)” is not declared in any goal file."
            case .nl: "De indicator ‘\(id)’ is in geen enkel doelbestand gedeclareerd."
            }
        }
    }

    static func undeclaredMetricSuggestion(_ id: String) -> LocalizedText {
        LocalizedText(en: "Declare it: `metric \(id)` with a title, unit, definition and source.",
                      nl: "Declareer hem: `indicator \(id)` met titel, eenheid, definitie en bron.")
    }

    static func undocumentedMetric(_ id: String, lacksDefinition: Bool, lacksSource: Bool) -> FindingText {
        FindingText { language in
            switch (lacksDefinition, lacksSource, language) {
            case (true, true, .en): "The metric “\(id)” has neither a definition nor a source."
            case (true, true, .nl): "De indicator ‘\(id)’ heeft geen definitie en geen bron."
            case (true, false, .en): "The metric “\(id)” has no definition: what exactly is counted?"
            case (true, false, .nl): "De indicator ‘\(id)’ heeft geen definitie: wat wordt er precies geteld?"
            case (false, _, .en): "The metric “\(id)” has no source: where do its figures come from?"
            case (false, _, .nl): "De indicator ‘\(id)’ heeft geen bron: waar komen de cijfers vandaan?"
            }
        }
    }

    static let undocumentedMetricSuggestion = LocalizedText(
        en: "Add `definition \"…\"` and `source \"…\"` to the metric.",
        nl: "Voeg `definitie \"…\"` en `bron \"…\"` toe aan de indicator.")

    static func noData(series: String) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The series \(series) has no figures at all."
            case .nl: "De reeks \(series) heeft nog geen enkel cijfer."
            }
        }
    }

    static let noDataSuggestion = LocalizedText(en: "Import the figures (`import FILE`) or declare a `data` block.",
                                                nl: "Importeer de cijfers (`import BESTAND`) of declareer een `gegevens`-blok.")

    static func staleData(latest: Period, frequencyName: LocalizedText, today: Period) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The latest figure is for \(latest); a \(frequencyName.en) metric should have newer figures by \(today)."
            case .nl: "Het laatste cijfer is over \(latest); een \(frequencyName.nl) indicator hoort in \(today) nieuwere cijfers te hebben."
            }
        }
    }

    static let staleDataSuggestion = LocalizedText(en: "Import the newer figures, or correct the metric's `frequency`.",
                                                   nl: "Importeer de nieuwere cijfers, of corrigeer de `frequentie` van de indicator.")

    static func escapeClause(_ text: String) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "“\(text)” leaves open which cases count, so no figure can prove the goal reached or missed."
            case .nl: "‘\(text)’ laat open welke gevallen meetellen, dus geen cijfer kan laten zien of het doel gehaald is."
            }
        }
    }

    static func undefinedPopulation(_ text: String) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "“\(text)” names a set without saying what is in it."
            case .nl: "‘\(text)’ noemt een verzameling zonder te zeggen wat erin zit."
            }
        }
    }

    static func vagueScopeSuggestion(_ text: String) -> LocalizedText {
        LocalizedText(en: "Say what “\(text)” covers in `scope \"…\"` (e.g. the list of products), or link a metric whose definition counts exactly that set.",
                      nl: "Leg in `afbakening \"…\"` vast wat ‘\(text)’ omvat (bijvoorbeeld de lijst producten), of koppel een indicator waarvan de definitie precies die verzameling telt.")
    }

    static func vagueWording(_ text: String, category: WordCategory) -> FindingText {
        FindingText { language in
            switch (category, language) {
            case (.effort, .en): "“\(text)” describes effort, not a result."
            case (.effort, .nl): "‘\(text)’ beschrijft inspanning, geen resultaat."
            case (.direction, .en): "“\(text)” gives a direction but no destination."
            case (.direction, .nl): "‘\(text)’ geeft een richting maar geen bestemming."
            case (.quantifier, .en): "“\(text)” is an amount nobody can check."
            case (.quantifier, .nl): "‘\(text)’ is een hoeveelheid die niemand kan controleren."
            case (.time, .en): "“\(text)” is a time nobody can check."
            case (.time, .nl): "‘\(text)’ is een tijdstip dat niemand kan controleren."
            case (.escape, .en), (.population, .en), (.qualitative, .en): "“\(text)” is vague."
            case (.escape, .nl), (.population, .nl), (.qualitative, .nl): "‘\(text)’ is vaag."
            case (_, .en): "“\(text)” is vague."
            case (_, .nl): "‘\(text)’ is vaag."
            }
        }
    }

    static let vagueWordingTargetSuggestion = LocalizedText(
        en: "Keep the words if you like, but give a number: `target >= VALUE`.",
        nl: "Houd de woorden gerust, maar geef een getal: `streefwaarde >= WAARDE`.")

    static let vagueWordingTimeSuggestion = LocalizedText(en: "Give a period: `deadline 2026`.", nl: "Geef een periode: `uiterlijk 2026`.")

    static func periodFields(_ periods: [String]) -> LocalizedText {
        LocalizedText(en: "the goal's periods (\(periods.joined(separator: ", ")))", nl: "de perioden van het doel (\(periods.joined(separator: ", ")))")
    }

    static func valueFields(_ values: [Double]) -> LocalizedText {
        LocalizedText(
            en: "the goal's values (\(values.map { englishNumber($0) }.joined(separator: ", ")))",
            nl: "de waarden van het doel (\(values.map { dutchNumber($0) }.joined(separator: "; ")))"
        )
    }

    static func textMismatch(_ text: String, fields: LocalizedText) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The title says “\(text)”, which matches none of \(fields.en)."
            case .nl: "De titel zegt ‘\(text)’, en dat klopt met geen van \(fields.nl)."
            }
        }
    }

    static let textMismatchSuggestion = LocalizedText(
        en: "Make the fields say what the policy text says, or add a `note` explaining the difference (and a waiver).",
        nl: "Laat de velden zeggen wat de beleidstekst zegt, of leg het verschil uit in een `notitie` (met een ontheffing).")

    static func unrealisticPace(needed: Double, best: Double, factor: Double, deadline: Period) -> FindingText {
        let shownFactor = (factor * 10).rounded() / 10
        return FindingText { language in
            switch language {
            case .en:
                "Reaching the target by \(deadline) needs \(englishNumber(needed)) per year, \(englishNumber(shownFactor)) times the fastest change the figures have shown (\(englishNumber(best)) per year)."
            case .nl:
                "Voor de streefwaarde in \(deadline) is \(dutchNumber(needed)) per jaar nodig, \(dutchNumber(shownFactor)) keer de snelste verandering die de cijfers laten zien (\(dutchNumber(best)) per jaar)."
            }
        }
    }

    static func paceNeverSeen(needed: Double, deadline: Period) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "Reaching the target by \(deadline) needs \(englishNumber(needed)) per year, and the figures have never moved in that direction."
            case .nl: "Voor de streefwaarde in \(deadline) is \(dutchNumber(needed)) per jaar nodig, en de cijfers zijn nooit die kant op gegaan."
            }
        }
    }

    static func unrealisticStatedPace(
        needed: Double, from current: CheckSeriesFacts.Point, stated: Double, factor: Double, deadline: Period
    ) -> FindingText {
        let shownFactor = (factor * 10).rounded() / 10
        return FindingText { language in
            switch language {
            case .en:
                "Reaching the target by \(deadline) from \(englishNumber(current.value)) (\(current.period)) needs \(englishNumber(needed)) per year, \(englishNumber(shownFactor)) times the stated pace of \(englishNumber(stated)) per year."
            case .nl:
                "Voor de streefwaarde in \(deadline) is vanaf \(dutchNumber(current.value)) (\(current.period)) \(dutchNumber(needed)) per jaar nodig, \(dutchNumber(shownFactor)) keer het opgegeven tempo van \(dutchNumber(stated)) per jaar."
            }
        }
    }

    static let unrealisticPaceSuggestion = LocalizedText(
        en: "Set a target the history makes plausible, a later deadline, or milestones that show how the jump is made.",
        nl: "Kies een streefwaarde die de cijfers aannemelijk maken, een latere einddatum, of mijlpalen die laten zien hoe de sprong gemaakt wordt.")

    static func deadlinePassed(_ deadline: Period) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The deadline \(deadline) has passed, and there is no figure up to \(deadline) to judge the goal by."
            case .nl: "De einddatum \(deadline) is verstreken, en er is geen cijfer tot en met \(deadline) om het doel aan te toetsen."
            }
        }
    }

    static let deadlinePassedSuggestion = LocalizedText(
        en: "Evaluate the goal with the figures for its deadline, or replace it by a goal with a new deadline.",
        nl: "Evalueer het doel met de cijfers over de einddatum, of vervang het door een doel met een nieuwe einddatum.")

    static func alreadyMet(baseline: Double, target: Double, period: Period?) -> FindingText {
        FindingText { language in
            let at = period.map { " (\($0))" } ?? ""
            return switch language {
            case .en: "The baseline \(englishNumber(baseline))\(at) already meets the target \(englishNumber(target)): the goalpost stands behind the starting line."
            case .nl: "De nulmeting \(dutchNumber(baseline))\(at) haalt de streefwaarde \(dutchNumber(target)) al: de doelpaal staat achter de startlijn."
            }
        }
    }

    static let alreadyMetSuggestion = LocalizedText(
        en: "If the goal is to hold the level, say so in a note and waive this rule; otherwise raise the target.",
        nl: "Gaat het om handhaven, zeg dat in een notitie en geef een ontheffing; zo niet, verhoog de streefwaarde.")

    static func unitMismatch(target: MetricUnit, metric: MetricUnit, metricID: String) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The target is \(unitName(target).en), but the metric “\(metricID)” measures \(unitName(metric).en)."
            case .nl: "De streefwaarde is \(unitName(target).nl), maar de indicator ‘\(metricID)’ meet \(unitName(metric).nl)."
            }
        }
    }

    static let unitMismatchSuggestion = LocalizedText(
        en: "Link the metric that measures what the target states, or restate the target in the metric's unit.",
        nl: "Koppel de indicator die meet wat de streefwaarde zegt, of druk de streefwaarde uit in de eenheid van de indicator.")

    static func reportingName(_ frequency: Granularity) -> LocalizedText {
        switch frequency {
        case .year: LocalizedText(en: "every year", nl: "elk jaar")
        case .halfYear: LocalizedText(en: "every half-year", nl: "elk halfjaar")
        case .quarter: LocalizedText(en: "every quarter", nl: "elk kwartaal")
        case .month: LocalizedText(en: "every month", nl: "elke maand")
        }
    }

    static func intervalName(months: Int) -> LocalizedText {
        switch months {
        case 1: LocalizedText(en: "every month", nl: "elke maand")
        case 3: LocalizedText(en: "every quarter", nl: "elk kwartaal")
        case 6: LocalizedText(en: "every half-year", nl: "elk halfjaar")
        case 12: LocalizedText(en: "every year", nl: "elk jaar")
        case let months where months % 12 == 0: LocalizedText(en: "every \(months / 12) years", nl: "eens per \(months / 12) jaar")
        case let months: LocalizedText(en: "every \(months) months", nl: "eens per \(months) maanden")
        }
    }

    static func infrequentMetric(_ id: String, measuredMonths: Int, declared: Bool, reporting: Granularity, reportingStated: Bool) -> FindingText {
        let measured = intervalName(months: measuredMonths)
        let informed = reportingName(reporting)
        return FindingText { language in
            switch (language, declared, reportingStated) {
            case (.en, true, true): "The metric “\(id)” is measured \(measured.en), but the council is to be informed \(informed.en): most reports will have no new figure."
            case (.en, true, false): "The metric “\(id)” is measured \(measured.en), but the council hears of its goals \(informed.en) (the planning and control cycle): most reports will have no new figure."
            case (.en, false, true): "The figures of “\(id)” are at least \(measuredMonths) months apart, but the council is to be informed \(informed.en): most reports will have no new figure."
            case (.en, false, false): "The figures of “\(id)” are at least \(measuredMonths) months apart, but the council hears of its goals \(informed.en) (the planning and control cycle): most reports will have no new figure."
            case (.nl, true, true): "De indicator ‘\(id)’ wordt \(measured.nl) gemeten, maar de raad wil \(informed.nl) geïnformeerd worden: de meeste rapportages hebben geen nieuw cijfer."
            case (.nl, true, false): "De indicator ‘\(id)’ wordt \(measured.nl) gemeten, maar de raad hoort \(informed.nl) over zijn doelen (de planning-en-controlcyclus): de meeste rapportages hebben geen nieuw cijfer."
            case (.nl, false, true): "De cijfers van ‘\(id)’ liggen minstens \(measuredMonths) maanden uit elkaar, maar de raad wil \(informed.nl) geïnformeerd worden: de meeste rapportages hebben geen nieuw cijfer."
            case (.nl, false, false): "De cijfers van ‘\(id)’ liggen minstens \(measuredMonths) maanden uit elkaar, maar de raad hoort \(informed.nl) over zijn doelen (de planning-en-controlcyclus): de meeste rapportages hebben geen nieuw cijfer."
            }
        }
    }

    static let infrequentMetricSuggestion = LocalizedText(
        en: "Measure as often as the council is informed (a short survey between the big ones), link a metric that is, or say in the goal how often the council is informed (`reporting yearly`).",
        nl: "Meet zo vaak als de raad geïnformeerd wordt (een korte peiling tussen de grote door), koppel een indicator die dat doet, of zeg bij het doel hoe vaak de raad geïnformeerd wordt (`rapportage jaarlijks`).")

    /// What a goal aims at, for a message comparing two goals: `>= 90% by 2026`.
    static func aim(_ goal: Goal) -> LocalizedText {
        func value(_ notation: NumberNotation, _ number: Double) -> String { figure(number, notation: notation) }
        func written(_ language: Language) -> String {
            let notation: NumberNotation = language == .nl ? .dutch : .english
            var parts: [String] = []
            if let target = goal.target {
                let comparator = target.comparator.map { $0.rawValue + " " } ?? ""
                let shown: String
                switch target.value {
                case let .absolute(number, percent): shown = value(notation, number) + (percent ? "%" : "")
                case let .relativePercent(number): shown = (number >= 0 ? "+" : "") + value(notation, number) + "%"
                case let .percentagePoints(number): shown = (number >= 0 ? "+" : "") + value(notation, number) + " pp"
                case let .change(number): shown = (language == .nl ? "nulmeting " : "baseline ") + (number >= 0 ? "+" : "") + value(notation, number)
                case let .yesNo(yes): shown = language == .nl ? (yes ? "ja" : "nee") : (yes ? "yes" : "no")
                case let .qualitative(word): shown = quoted(word).text(in: language)
                case let .benchmark(benchmark): shown = "benchmark " + benchmark.series.description
                }
                parts.append(comparator + shown)
            } else {
                parts.append(language == .nl ? "geen streefwaarde" : "no target")
            }
            if let deadline = goal.deadline { parts.append((language == .nl ? "uiterlijk " : "by ") + deadline.description) }
            return parts.joined(separator: " ")
        }
        return LocalizedText(en: written(.en), nl: written(.nl))
    }

    static func conflictingSeries(other: String, series: String, otherAim: LocalizedText, ownAim: LocalizedText) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The goal “\(other)” is measured by the same series \(series) and aims at \(otherAim.en); this goal aims at \(ownAim.en)."
            case .nl: "Het doel ‘\(other)’ wordt met dezelfde reeks \(series) gemeten en mikt op \(otherAim.nl); dit doel mikt op \(ownAim.nl)."
            }
        }
    }

    static func conflictingIntent(other: String, otherAim: LocalizedText, ownAim: LocalizedText) -> FindingText {
        FindingText { language in
            switch language {
            case .en: "The goal “\(other)” says nearly the same in its title and aims at \(otherAim.en); this goal aims at \(ownAim.en)."
            case .nl: "Het doel ‘\(other)’ zegt in zijn titel bijna hetzelfde en mikt op \(otherAim.nl); dit doel mikt op \(ownAim.nl)."
            }
        }
    }

    static func conflictingGoalsSuggestion(other: String) -> LocalizedText {
        LocalizedText(en: "Decide which goal holds: if “\(other)” replaces this one, remove the older; if they are steps on one road, make one goal with milestones; if they really differ, say how in a note and waive this rule.",
                      nl: "Beslis welk doel geldt: vervangt ‘\(other)’ dit doel, verwijder dan het oudste; zijn het stappen op één weg, maak dan één doel met mijlpalen; verschillen ze echt, zeg dan hoe in een notitie en geef een ontheffing.")
    }

    static func goalCount(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(en: "1 goal", nl: "1 doel") : LocalizedText(en: "\(count) goals", nl: "\(count) doelen")
    }

    /// "its goal", "its 11 goals"; "het doel ervan", "de 11 doelen ervan".
    static func itsGoals(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(en: "its goal", nl: "het doel ervan") : LocalizedText(en: "its \(count) goals", nl: "de \(count) doelen ervan")
    }

    static func documentOnlyNoted(_ name: String, date: DocumentDate?, goals: Int) -> FindingText {
        let its = itsGoals(goals)
        return FindingText { language in
            let when = date.map { " (\($0))" } ?? ""
            return switch language {
            case .en: "“\(name)” was only offered to the council for information\(when), not adopted: the council did not set \(its.en)."
            case .nl: "‘\(name)’ is de raad alleen ter kennisname aangeboden\(when), niet vastgesteld: de raad heeft \(its.nl) niet vastgesteld."
            }
        }
    }

    static func documentNotPresented(_ name: String, goals: Int) -> FindingText {
        let its = itsGoals(goals)
        return FindingText { language in
            switch language {
            case .en: "“\(name)” was never put before the council: the council did not set \(its.en)."
            case .nl: "‘\(name)’ is nooit aan de raad voorgelegd: de raad heeft \(its.nl) niet vastgesteld."
            }
        }
    }

    static func documentAdoptionUnknown(_ name: String, goals: Int) -> FindingText {
        let its = itsGoals(goals)
        return FindingText { language in
            switch language {
            case .en: "“\(name)” does not say whether the council adopted it: nobody can tell whether the council set \(its.en)."
            case .nl: "Bij ‘\(name)’ staat niet of de raad het heeft vastgesteld: niemand kan zeggen of de raad \(its.nl) heeft vastgesteld."
            }
        }
    }

    static let notAdoptedSuggestion = LocalizedText(
        en: "Put the goals before the council (in the budget or a programme it adopts), or record what the council did: `adopted by council DATE`.",
        nl: "Leg de doelen aan de raad voor (in de begroting of een programma dat hij vaststelt), of leg vast wat de raad deed: `vastgesteld door de raad DATUM`.")

    static func neverEvaluated(_ name: String, horizon: Period, goals: Int) -> FindingText {
        let its = itsGoals(goals)
        return FindingText { language in
            switch (language, goals > 0) {
            case (.en, true): "“\(name)” ran to \(horizon) and was never evaluated: nobody can say whether \(its.en) \(goals == 1 ? "was" : "were") reached."
            case (.nl, true): "‘\(name)’ liep tot en met \(horizon) en is nooit geëvalueerd: niemand kan zeggen of \(its.nl) gehaald \(goals == 1 ? "is" : "zijn")."
            case (.en, false): "“\(name)” ran to \(horizon) and was never evaluated: nobody can say what it achieved."
            case (.nl, false): "‘\(name)’ liep tot en met \(horizon) en is nooit geëvalueerd: niemand kan zeggen wat het heeft opgeleverd."
            }
        }
    }

    static let neverEvaluatedSuggestion = LocalizedText(
        en: "Evaluate the document and record it (`evaluation DATE \"title\"`), or extend its horizon if it still runs.",
        nl: "Evalueer het document en leg dat vast (`evaluatie DATUM \"titel\"`), of verleng de looptijd als het nog loopt.")

    static func scatteredPolicy(_ theme: String, goals: Int, documents: [(name: String, goals: Int)]) -> FindingText {
        let count = goalCount(goals)
        return FindingText { language in
            let list = documents.map { language == .en ? "“\($0.name)” (\($0.goals))" : "‘\($0.name)’ (\($0.goals))" }.joined(separator: ", ")
            return switch language {
            case .en: "The \(count.en) of “\(theme)” come from \(documents.count) documents and none holds them all: \(list)."
            case .nl: "De \(count.nl) van ‘\(theme)’ komen uit \(documents.count) documenten en geen enkel document bevat ze allemaal: \(list)."
            }
        }
    }

    static let scatteredPolicySuggestion = LocalizedText(
        en: "Gather the area's goals in one document the council adopts, and let the others refer to it; if the spread is deliberate, waive this rule on one of the documents.",
        nl: "Breng de doelen van het beleidsterrein samen in één document dat de raad vaststelt, en laat de andere ernaar verwijzen; is de spreiding bewust, geef dan een ontheffing bij een van de documenten.")

    static let noOwner = LocalizedText(en: "Nobody is named as responsible for the goal.", nl: "Niemand is verantwoordelijk gesteld voor het doel.")
    static let noOwnerSuggestion = LocalizedText(en: "Add `owner \"…\"` (a team or an alderman's portfolio).",
                                                 nl: "Voeg `eigenaar \"…\"` toe (een team of een portefeuille).")
    static let noSource = LocalizedText(en: "No source document: where was this goal decided?", nl: "Geen brondocument: waar is dit doel vastgesteld?")
    static let noSourceSuggestion = LocalizedText(en: "Add `source \"document\", \"section\"`.", nl: "Voeg `bron \"document\", \"paragraaf\"` toe.")
}
