/// What `explain CODE` shows about a rule.
public struct RuleExplanation: Sendable, Hashable {
    public var rule: CheckRule
    /// The severity the rule usually gives (some findings of a rule are milder; see `meaning`).
    public var severity: Diagnostic.Severity
    public var headline: LocalizedText
    public var meaning: LocalizedText
    public var whyItMatters: LocalizedText
    /// A goal that passes the rule.
    public var goodExample: LocalizedText
    /// A goal the rule flags.
    public var badExample: LocalizedText
}

/// The explanations of every rule, in English and Dutch.
public enum RuleCatalog {
    public static func explanation(_ rule: CheckRule) -> RuleExplanation {
        func make(_ severity: Diagnostic.Severity, meaning: LocalizedText, why: LocalizedText, good: LocalizedText, bad: LocalizedText) -> RuleExplanation {
            RuleExplanation(rule: rule, severity: severity, headline: CheckMessages.headline(rule), meaning: meaning,
                            whyItMatters: why, goodExample: good, badExample: bad)
        }
        switch rule {
        case .noTarget:
            return make(.error,
                meaning: LocalizedText(en: "The goal has no target value (no `target` field), or its target does not say `>=` or `<=`.",
                                       nl: "Het doel heeft geen streefwaarde (er is geen veld `streefwaarde`), of de streefwaarde zegt niet `>=` of `<=`."),
                why: LocalizedText(en: "Without a target nobody can say whether the goal was reached, so everyone reads it their own way (“er zijn geen streefwaarden benoemd”).",
                                   nl: "Zonder streefwaarde kan niemand zeggen of het doel gehaald is, dus leest iedereen het op zijn eigen manier (‘er zijn geen streefwaarden benoemd’)."),
                good: LocalizedText(en: "target >= 90% by 2026", nl: "streefwaarde >= 90% uiterlijk 2026"),
                bad: LocalizedText(en: "title \"We improve our digital services\" (and no target)",
                                   nl: "titel \"Wij verbeteren onze digitale dienstverlening\" (en geen streefwaarde)"))
        case .qualitativeTarget:
            return make(.error,
                meaning: LocalizedText(en: "A word stands where a number belongs (“good”, “sufficient”, “satisfied”), with no scale and cut-off.",
                                       nl: "Een woord staat waar een getal hoort (‘goed’, ‘voldoende’, ‘tevreden’), zonder schaal en grens."),
                why: LocalizedText(en: "Is “good” a 7, an 8 or a 9? The audit of Almelo could not tell, and neither can the council.",
                                   nl: "Is ‘goed’ een 7, een 8 of een 9? De rekenkamer kon het in Almelo niet zeggen, en de raad ook niet."),
                good: LocalizedText(en: "Customers rate our service at least 7.5 (satisfaction grade, 1–10)",
                                    nl: "Klanten geven onze dienstverlening minimaal een 7,5 (rapportcijfer)"),
                bad: LocalizedText(en: "Our customers rate our service as “good”",
                                   nl: "Onze klanten waarderen onze dienstverlening met de beoordeling “goed”"))
        case .noDeadline:
            return make(.error,
                meaning: LocalizedText(en: "The goal has no deadline, or one not after its baseline. An error while the target is not met (the goal cannot be judged); a warning once a figure meets it.",
                                       nl: "Het doel heeft geen einddatum, of een die niet na de nulmeting ligt. Een fout zolang de streefwaarde niet gehaald is (het doel is niet te beoordelen); een waarschuwing zodra een cijfer haar haalt."),
                why: LocalizedText(en: "Without a deadline a goal is never late, so it can never be behind schedule or missed.",
                                   nl: "Zonder einddatum is een doel nooit te laat, dus nooit achter op schema of gemist."),
                good: LocalizedText(en: "10% more requests online than in 2020, by 2024", nl: "In 2024 10% meer aanvragen online dan in 2020"),
                bad: LocalizedText(en: "10% more requests online than in 2020", nl: "Gemiddeld 10% meer volume online dan in 2020"))
        case .noBaseline:
            return make(.error,
                meaning: LocalizedText(en: "No baseline period. An error for a relative target (“+10% compared with 2020”), and for an absolute one while no figure meets it (there is no road to judge it by); a warning once a figure does, or when the baseline's figure is missing from the data (the status is then no-data).",
                                       nl: "Geen nulmeting. Een fout bij een relatieve streefwaarde (‘+10% t.o.v. 2020’), en bij een absolute zolang geen cijfer haar haalt (er is geen route om het aan te toetsen); een waarschuwing zodra een cijfer dat doet, of als het cijfer van de nulmeting in de gegevens ontbreekt (de status is dan geen gegevens)."),
                why: LocalizedText(en: "“10% more” means nothing until you know more than what; and progress needs a starting point.",
                                   nl: "‘10% meer’ zegt niets zolang onbekend is meer dan wat; en voortgang heeft een vertrekpunt nodig."),
                good: LocalizedText(en: "baseline 2020 = 49525, target >= +10% by 2024", nl: "nulmeting 2020 = 49525, streefwaarde >= +10% uiterlijk 2024"),
                bad: LocalizedText(en: "target >= +10% by 2024 (no baseline)", nl: "streefwaarde >= +10% uiterlijk 2024 (geen nulmeting)"))
        case .noMetric:
            return make(.error,
                meaning: LocalizedText(en: "The goal is not linked to a metric (error), or its metric is not declared or has no definition or source (warning).",
                                       nl: "Het doel is niet gekoppeld aan een indicator (fout), of de indicator is niet gedeclareerd of heeft geen definitie of bron (waarschuwing)."),
                why: LocalizedText(en: "A figure nobody can trace or define proves nothing; two people will count differently.",
                                   nl: "Een cijfer dat niemand kan herleiden of definiëren bewijst niets; twee mensen tellen dan verschillend."),
                good: LocalizedText(en: "metric digital_requests, definition \"requests submitted via e-forms\", source \"case system\"",
                                    nl: "indicator digitale_aanvragen, definitie \"aanvragen ingediend via e-formulieren\", bron \"zaaksysteem\""),
                bad: LocalizedText(en: "a goal without a `metric` line", nl: "een doel zonder regel `indicator`"))
        case .noData:
            return make(.warning,
                meaning: LocalizedText(en: "The goal's metric has no figures at all.", nl: "De indicator van het doel heeft nog geen enkel cijfer."),
                why: LocalizedText(en: "A goal without figures cannot be followed, however well it is written.",
                                   nl: "Een doel zonder cijfers is niet te volgen, hoe goed het ook geschreven is."),
                good: LocalizedText(en: "a metric with a `data` block that imports its CSV", nl: "een indicator met een `gegevens`-blok dat de CSV importeert"),
                bad: LocalizedText(en: "a metric declared but never filled", nl: "een indicator die gedeclareerd maar nooit gevuld is"))
        case .staleData:
            return make(.warning,
                meaning: LocalizedText(en: "The latest figure is older than the metric's update frequency allows (more than one period overdue).",
                                       nl: "Het laatste cijfer is ouder dan de frequentie van de indicator toestaat (meer dan één periode te laat)."),
                why: LocalizedText(en: "Judging a goal on old figures reports the past as the present.",
                                   nl: "Een doel beoordelen op oude cijfers presenteert het verleden als het heden."),
                good: LocalizedText(en: "a yearly metric with a figure for last year", nl: "een jaarlijkse indicator met een cijfer over vorig jaar"),
                bad: LocalizedText(en: "a yearly metric whose latest figure is from three years ago", nl: "een jaarlijkse indicator met als laatste cijfer dat van drie jaar geleden"))
        case .vagueScope:
            return make(.warning,
                meaning: LocalizedText(en: "An escape clause (“where possible”, “as appropriate”) leaves open which cases count, or a set is named without saying what is in it (“all”), and no `scope` defines it. The goal can still be judged on its figures, but nobody can say which cases they should count.",
                                       nl: "Een ontsnappingsclausule (‘waar dit kan en mag’, ‘waar mogelijk’, ‘zoveel mogelijk’) laat open welke gevallen meetellen, of een verzameling wordt genoemd zonder te zeggen wat erin zit (‘alle’), en geen `afbakening` legt het vast. Het doel is nog te beoordelen op zijn cijfers, maar niemand kan zeggen welke gevallen die moeten tellen."),
                why: LocalizedText(en: "If the goal only counts where it can, every result meets it: “which products count?”",
                                   nl: "Als het doel alleen telt waar het kan, voldoet elke uitkomst: ‘welke producten tellen mee?’"),
                good: LocalizedText(en: "90% of the 120 products in the product catalogue 2021 online by 2026",
                                    nl: "In 2026 zijn 90% van de 120 producten uit de productencatalogus 2021 online aan te vragen"),
                bad: LocalizedText(en: "By 2017 all our products are available digitally where this can and may",
                                   nl: "In 2017 zijn al onze producten waar dit kan en mag digitaal te verkrijgen"))
        case .vagueWording:
            return make(.warning,
                meaning: LocalizedText(en: "Effort or direction words (“improve”, “strive for”, “more”) or vague amounts and times (“significantly”, “in due course”) that no target or deadline resolves. Next to a concrete target they are fine.",
                                       nl: "Inspannings- of richtingwoorden (‘verbeteren’, ‘inzetten op’, ‘meer’) of vage hoeveelheden en tijden (‘aanzienlijk’, ‘op termijn’) die geen streefwaarde of einddatum invult. Naast een concrete streefwaarde zijn ze prima."),
                why: LocalizedText(en: "Effort is not a result: any activity “improves”, so the goal cannot fail.",
                                   nl: "Inspanning is geen resultaat: elke activiteit ‘verbetert’, dus het doel kan niet mislukken."),
                good: LocalizedText(en: "Improve satisfaction to at least 7.5 by 2025", nl: "De tevredenheid verhogen naar minimaal 7,5 in 2025"),
                bad: LocalizedText(en: "We strive to improve satisfaction significantly", nl: "Wij zetten in op een aanzienlijk hogere tevredenheid"))
        case .textMismatch:
            return make(.warning,
                meaning: LocalizedText(en: "A number, percentage or year in the goal's title disagrees with its fields.",
                                       nl: "Een getal, percentage of jaartal in de titel van het doel klopt niet met de velden."),
                why: LocalizedText(en: "The council decided the text; koers judges the fields. If they differ, koers judges a goal nobody decided.",
                                   nl: "De raad heeft de tekst vastgesteld; koers beoordeelt de velden. Verschillen die, dan beoordeelt koers een doel dat niemand vaststelde."),
                good: LocalizedText(en: "title \"at least 90% by 2026\", target >= 90% by 2026", nl: "titel \"minimaal 90% in 2026\", streefwaarde >= 90% uiterlijk 2026"),
                bad: LocalizedText(en: "title \"at least 90% by 2026\", target >= 80% by 2025", nl: "titel \"minimaal 90% in 2026\", streefwaarde >= 80% uiterlijk 2025"))
        case .unrealisticPace:
            return make(.warning,
                meaning: LocalizedText(en: "The change per year needed from the latest figure (or, without one, the baseline) to the target by the deadline is more than three times the fastest change in the history, or, when there are too few figures to show one, three times the pace the goal states (`pace 5 per year`).",
                                       nl: "De verandering per jaar die nodig is van het laatste cijfer (of, zonder cijfer, de nulmeting) naar de streefwaarde op de einddatum is meer dan drie keer de snelste verandering in de reeks, of, als er te weinig cijfers zijn om die te tonen, drie keer het tempo dat het doel opgeeft (`tempo 5 per jaar`)."),
                why: LocalizedText(en: "A goal that needs a pace never seen is a wish, not a plan (“completely digital in 2017”).",
                                   nl: "Een doel dat een nooit gezien tempo vraagt is een wens, geen plan (‘volledig digitaal in 2017’)."),
                good: LocalizedText(en: "from 28% to 35% in five years when the share rose 3 points a year", nl: "van 28% naar 35% in vijf jaar als het aandeel 3 punten per jaar steeg"),
                bad: LocalizedText(en: "from 5% to 90% in five years when the share rose 1 point a year; or one figure, 8.75% in 2021, 90% by 2026, and `pace 1.25 per year`",
                                   nl: "van 5% naar 90% in vijf jaar als het aandeel 1 punt per jaar steeg; of één cijfer, 8,75% in 2021, 90% in 2026, en `tempo 1,25 per jaar`"))
        case .deadlinePassed:
            return make(.warning,
                meaning: LocalizedText(en: "The deadline has passed and there is no figure up to the deadline to judge the goal by.",
                                       nl: "De einddatum is verstreken en er is geen cijfer tot en met de einddatum om het doel aan te toetsen."),
                why: LocalizedText(en: "A goal that expires unjudged teaches nothing: was it reached? (“the programme was never evaluated”)",
                                   nl: "Een doel dat ongemerkt verloopt leert niets: is het gehaald? (‘er heeft (nog) geen evaluatie plaatsgevonden’)"),
                good: LocalizedText(en: "a 2020 goal with the 2020 figure imported", nl: "een doel voor 2020 met het cijfer over 2020 geïmporteerd"),
                bad: LocalizedText(en: "By 2017 all products digital — and no figure up to 2017", nl: "In 2017 alle producten digitaal — en geen cijfer tot en met 2017"))
        case .alreadyMet:
            return make(.warning,
                meaning: LocalizedText(en: "The baseline value already meets the target.", nl: "De waarde bij de nulmeting haalt de streefwaarde al."),
                why: LocalizedText(en: "A goal met before it starts is either a “hold the level” goal (say so) or a goalpost set behind the starting line.",
                                   nl: "Een doel dat al gehaald is voor het begint is een handhaafdoel (zeg dat) of een doelpaal achter de startlijn."),
                good: LocalizedText(en: "baseline 2020 = 7.1, target >= 7.5", nl: "nulmeting 2020 = 7,1, streefwaarde >= 7,5"),
                bad: LocalizedText(en: "baseline 2020 = 7.7, target >= 7", nl: "nulmeting 2020 = 7,7, streefwaarde >= 7"))
        case .unitMismatch:
            return make(.warning,
                meaning: LocalizedText(en: "The target's unit differs from the metric's (a percentage judged on a count, a grade above 10).",
                                       nl: "De eenheid van de streefwaarde verschilt van die van de indicator (een percentage getoetst aan een aantal, een rapportcijfer boven 10)."),
                why: LocalizedText(en: "“90% within 28 days” judged on “average days” compares things that cannot be compared.",
                                   nl: "‘90% binnen 28 dagen’ getoetst aan ‘gemiddeld aantal dagen’ vergelijkt wat niet te vergelijken is."),
                good: LocalizedText(en: "target >= 90% on a metric with unit percent", nl: "streefwaarde >= 90% op een indicator met eenheid procent"),
                bad: LocalizedText(en: "target >= 90% on a metric with unit days", nl: "streefwaarde >= 90% op een indicator met eenheid dagen"))
        case .infrequentMetric:
            return make(.warning,
                meaning: LocalizedText(en: "The goal's metric is measured less often than the council is informed of the goal: its `reporting` frequency, or yearly (the planning and control cycle) when it states none. How often the metric is measured is its `frequency` (`two-yearly` for a survey held every other year), or, without one, the shortest distance between its figures.",
                                       nl: "De indicator van het doel wordt minder vaak gemeten dan de raad over het doel geïnformeerd wordt: de `rapportage` van het doel, of jaarlijks (de planning-en-controlcyclus) als het die niet noemt. Hoe vaak de indicator gemeten wordt is zijn `frequentie` (`tweejaarlijks` voor een peiling om het jaar), of, zonder frequentie, de kortste afstand tussen zijn cijfers."),
                why: LocalizedText(en: "A council that wants to hear every quarter gets the same two-yearly survey figure seven times out of eight (“tevredenheid wordt tweejaarlijks gemeten”).",
                                   nl: "Een raad die elk kwartaal wil horen krijgt zeven van de acht keer hetzelfde cijfer van een tweejaarlijkse peiling (‘tevredenheid wordt tweejaarlijks gemeten’)."),
                good: LocalizedText(en: "a quarterly metric for a goal with `reporting quarterly`", nl: "een kwartaalindicator bij een doel met `rapportage per kwartaal`"),
                bad: LocalizedText(en: "a two-yearly survey for a goal the council hears of every year", nl: "een tweejaarlijkse peiling bij een doel waarover de raad elk jaar hoort"))
        case .conflictingGoals:
            return make(.warning,
                meaning: LocalizedText(en: "Another goal is measured by the same series, or (when one of the two has no metric) says nearly the same in its title, and aims at another target or deadline.",
                                       nl: "Een ander doel wordt met dezelfde reeks gemeten, of zegt (als een van beide geen indicator heeft) in zijn titel bijna hetzelfde, en mikt op een andere streefwaarde of einddatum."),
                why: LocalizedText(en: "When two documents set the same aim with different numbers and horizons, nobody can say which one the council holds the organisation to.",
                                   nl: "Als twee documenten hetzelfde doel met andere getallen en termijnen stellen, kan niemand zeggen aan welk de raad de organisatie houdt."),
                good: LocalizedText(en: "one goal on the share of products online, with milestones for 2024 and 2026",
                                    nl: "één doel voor het aandeel producten online, met mijlpalen voor 2024 en 2026"),
                bad: LocalizedText(en: "“all products digital in 2017” and “90% of products digital in 2026”, both on the share of products online",
                                   nl: "‘alle producten digitaal in 2017’ en ‘90% van de producten digitaal in 2026’, beide op het aandeel producten online"))
        case .noOwner:
            return make(.warning,
                meaning: LocalizedText(en: "Nobody is named as responsible for the goal.", nl: "Niemand is verantwoordelijk gesteld voor het doel."),
                why: LocalizedText(en: "A goal that belongs to nobody is followed up by nobody.", nl: "Een doel van niemand wordt door niemand opgevolgd."),
                good: LocalizedText(en: "owner \"Customer Contact team\"", nl: "eigenaar \"Team Klantcontact\""),
                bad: LocalizedText(en: "a goal without an `owner` line", nl: "een doel zonder regel `eigenaar`"))
        case .noSource:
            return make(.warning,
                meaning: LocalizedText(en: "The goal does not say which document it comes from.", nl: "Het doel zegt niet uit welk document het komt."),
                why: LocalizedText(en: "Goals were scattered over six documents in Almelo; without a source nobody can check what was decided.",
                                   nl: "In Almelo stonden de doelen verspreid over zes documenten; zonder bron kan niemand nagaan wat besloten is."),
                good: LocalizedText(en: "source \"Programme budget 2021\", \"Programme 1\"", nl: "bron \"Programmabegroting 2021\", \"Programma 1\""),
                bad: LocalizedText(en: "a goal without a `source` line", nl: "een doel zonder regel `bron`"))
        case .scatteredPolicy:
            return make(.warning,
                meaning: LocalizedText(en: "The goals of one policy area (a `theme`, the goal's own or its programme's) come from more than one document, so no single document holds them all. About the area, not one goal.",
                                       nl: "De doelen van één beleidsterrein (een `thema`, van het doel zelf of van zijn programma) komen uit meer dan één document, dus geen enkel document bevat ze allemaal. Over het terrein, niet over één doel."),
                why: LocalizedText(en: "Goals spread over six documents leave nobody with the whole picture (“Er is niet één (concernbreed) document op het gebied van digitale dienstverlening”).",
                                   nl: "Doelen verspreid over zes documenten laten niemand het geheel zien (‘Er is niet één (concernbreed) document op het gebied van digitale dienstverlening’)."),
                good: LocalizedText(en: "every goal of theme “Digital services” from the programme the council adopted",
                                    nl: "elk doel met thema ‘Digitale dienstverlening’ uit het programma dat de raad vaststelde"),
                bad: LocalizedText(en: "the goals of “Digital services” from the budget, a programme, a strategy and a regulation",
                                   nl: "de doelen van ‘Digitale dienstverlening’ uit de begroting, een programma, een strategie en een besluit"))
        case .notAdopted:
            return make(.warning,
                meaning: LocalizedText(en: "A declared document goals come from was not adopted by the council: only offered for information (`noted`), never presented, or silent on what the council did. A regulation that says nothing is not a finding. About the document and its goals.",
                                       nl: "Een gedeclareerd document waar doelen uit komen is niet door de raad vastgesteld: alleen ter kennisname aangeboden, nooit voorgelegd, of er staat niet wat de raad deed. Regelgeving waarbij niets staat is geen bevinding. Over het document en zijn doelen."),
                why: LocalizedText(en: "Goals the council never set are not the council's frame, and it cannot hold the college to them (“alleen de programmabegroting vastgesteld door de gemeenteraad”).",
                                   nl: "Doelen die de raad nooit vaststelde zijn niet zijn kader, en hij kan het college er niet aan houden (‘alleen de programmabegroting vastgesteld door de gemeenteraad’)."),
                good: LocalizedText(en: "document budget-2021 … adopted by council 2020-11-12", nl: "document begroting-2021 … vastgesteld door de raad 2020-11-12"),
                bad: LocalizedText(en: "document programme-2015 … noted 2015-06", nl: "document programma-2015 … ter kennisname 2015-06"))
        case .neverEvaluated:
            return make(.warning,
                meaning: LocalizedText(en: "A declared document's horizon has ended by the peildatum and it records no evaluation. Budgets (accounted for in the annual report) and regulations are left out. About the document.",
                                       nl: "De looptijd van een gedeclareerd document is op de peildatum voorbij en er staat geen evaluatie bij. Begrotingen (verantwoord in het jaarverslag) en regelgeving tellen niet mee. Over het document."),
                why: LocalizedText(en: "A programme that ends unevaluated teaches nothing: were its goals reached? (“Er heeft (nog) geen evaluatie van het programma Dienstverlening plaatsgevonden”)",
                                   nl: "Een programma dat afloopt zonder evaluatie leert niets: zijn de doelen gehaald? (‘Er heeft (nog) geen evaluatie van het programma Dienstverlening plaatsgevonden’)"),
                good: LocalizedText(en: "runs to 2020, evaluation 2021-03 \"Evaluation of the programme\"", nl: "looptijd tot 2020, evaluatie 2021-03 \"Evaluatie van het programma\""),
                bad: LocalizedText(en: "runs to 2020, and no evaluation in 2021", nl: "looptijd tot 2020, en in 2021 geen evaluatie"))
        }
    }
}
