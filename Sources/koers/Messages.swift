import KoersCore
import KoersShell

/// What the executable itself says: the banner, `koers --help` and the command-line errors.
enum LaunchMessages {
    static let banner = LocalizedText(
        en: "koers — are the policy goals on track? Type 'help' for the commands, Ctrl-D to leave.",
        nl: "koers — liggen de beleidsdoelen op koers? Typ 'help' voor de opdrachten, Ctrl-D om te stoppen.")

    // MARK: koers --help

    static let abstract = LocalizedText(
        en: "koers — track public-policy goals against their figures.",
        nl: "koers — volg beleidsdoelen aan de hand van hun cijfers.")

    static let usage = LocalizedText(
        en: "Usage: koers [PATH ...] [-c COMMANDS ... | -f SCRIPT] [OPTIONS]",
        nl: "Gebruik: koers [PAD ...] [-c OPDRACHTEN ... | -f SCRIPT] [OPTIES]")

    static let discussion = LocalizedText(
        en: "With no -c, -f or piped input, koers opens an interactive shell. With no PATH it loads the .koers files of the current directory (or of KOERS_GOALS); --sample opens the Almelo sample that comes with koers.",
        nl: "Zonder -c, -f of invoer via een pijp opent koers een interactieve shell. Zonder PAD laadt koers de .koers-bestanden van de huidige map (of van KOERS_GOALS); --sample opent het Almelo-voorbeeld dat bij koers hoort.")

    static let argumentsLabel = LocalizedText(en: "Arguments:", nl: "Argumenten:")
    static let optionsLabel = LocalizedText(en: "Options:", nl: "Opties:")

    static let pathValue = LocalizedText(en: "PATH ...", nl: "PAD ...")
    static let pathsHelp = LocalizedText(
        en: "Goal files, or directories whose .koers files are loaded.",
        nl: "Doelbestanden, of mappen waarvan de .koers-bestanden worden geladen.")

    static let commandsValue = LocalizedText(en: "COMMANDS", nl: "OPDRACHTEN")
    static let commandsHelp = LocalizedText(
        en: "Run these commands (separated by ';' or newlines) and exit; several -c run in order.",
        nl: "Voer deze opdrachten uit (gescheiden door ';' of regeleinden) en stop; meerdere -c lopen op volgorde.")

    static let scriptValue = LocalizedText(en: "SCRIPT", nl: "SCRIPT")
    static let scriptHelp = LocalizedText(
        en: "Run the commands in this script file and exit.",
        nl: "Voer de opdrachten in dit scriptbestand uit en stop.")

    static let languageValue = LocalizedText(en: "LANG", nl: "TAAL")
    static let languageHelp = LocalizedText(
        en: "Interface language: nl or en (default: KOERS_LANG, then LC_ALL/LANG, else en).",
        nl: "Taal van koers: nl of en (standaard: KOERS_LANG, dan LC_ALL/LANG, anders en).")

    static let formatValue = LocalizedText(en: "FORMAT", nl: "FORMAAT")
    static let formatHelp = LocalizedText(
        en: "The format of query output: table, json, csv or markdown (each command's --format overrides it).",
        nl: "De vorm van de uitvoer van vragen: table, json, csv of markdown (de --format van een opdracht gaat voor).")

    static let statusValue = LocalizedText(en: "STATUS", nl: "STAND")
    static let failOnHelp = LocalizedText(
        en: "Exit with code 1 when status finds a goal at-risk, off-track, overdue or missed (this bad or worse).",
        nl: "Stop met code 1 als status een doel vindt dat er zo slecht of slechter voor staat: at-risk (risico), off-track (achter op schema), overdue (over tijd) of missed (niet gehaald).")

    static let todayValue = LocalizedText(en: "DATE", nl: "DATUM")
    static let todayHelp = LocalizedText(
        en: "Judge as if today were this date (2026-12-07): the default peildatum, for scripts and reproducible reports (default: KOERS_TODAY, else the clock).",
        nl: "Beoordeel alsof het vandaag deze datum is (2026-12-07): de standaardpeildatum, voor scripts en reproduceerbare rapporten (standaard: KOERS_TODAY, anders de klok).")

    static let strictHelp = LocalizedText(
        en: "check fails on warnings too, not only on goals that cannot be judged.",
        nl: "controleer faalt ook op waarschuwingen, niet alleen op doelen die niet te beoordelen zijn.")

    static let csvRawHelp = LocalizedText(
        en: "CSV cells as they are, for programs: no ' before a cell that starts with =, +, -, @ (which a spreadsheet would run).",
        nl: "CSV-cellen zoals ze zijn, voor programma's: geen ' voor een cel die met =, +, -, @ begint (die een rekenblad zou uitvoeren).")

    static let csvDialectHelp = LocalizedText(
        en: "CSV for English (en: , and 1.5) or Dutch (nl: ; and 1,5) spreadsheets (default: the interface language).",
        nl: "CSV voor Engelse (en: , en 1.5) of Nederlandse (nl: ; en 1,5) rekenbladen (standaard: de taal van koers).")
    static let invalidCSVDialect = LocalizedText(en: "--csv-dialect takes nl or en", nl: "--csv-dialect neemt nl of en")

    static let keepGoingHelp = LocalizedText(
        en: "In -c, -f or piped mode, go on after a failing command (the exit code still reports it).",
        nl: "Ga bij -c, -f of invoer via een pijp door na een mislukte opdracht (de afsluitcode meldt het wel).")

    static let readOnlyHelp = LocalizedText(
        en: "Refuse every editing command (for council members who only query).",
        nl: "Weiger elke bewerkopdracht (voor raadsleden die alleen raadplegen).")

    static let saveHelp = LocalizedText(
        en: "In -c, -f or piped mode, save unsaved edits at the end.",
        nl: "Sla bij -c, -f of invoer via een pijp niet-opgeslagen wijzigingen aan het eind op.")

    static let discardHelp = LocalizedText(
        en: "In -c, -f or piped mode, drop unsaved edits at the end instead of failing.",
        nl: "Laat bij -c, -f of invoer via een pijp niet-opgeslagen wijzigingen aan het eind vallen in plaats van te falen.")

    static let sampleHelp = LocalizedText(
        en: "Open the Almelo sample goals that come with koers (no PATH with it).",
        nl: "Open de Almelo-voorbeelddoelen die bij koers horen (zonder PAD).")

    static let generateValue = LocalizedText(en: "KIND", nl: "SOORT")
    static let generateHelp = LocalizedText(
        en: "Write the man page (man, in the --lang language) or a completion script (complete-bash, complete-zsh) to standard output and exit.",
        nl: "Schrijf de man-pagina (man, in de taal van --lang) of een aanvulscript (complete-bash, complete-zsh) naar standaarduitvoer en stop.")

    static let versionHelp = LocalizedText(
        en: "Show the version and the commit koers was built from, and exit.",
        nl: "Toon de versie en de commit waaruit koers is gebouwd, en stop.")

    static let helpHelp = LocalizedText(en: "Show this help and exit.", nl: "Toon deze hulp en stop.")

    // MARK: koers --version

    static func version(_ number: String, commit: String?) -> LocalizedText {
        guard let commit else {
            return LocalizedText(
                en: "koers \(number) (unknown commit: built without scripts/install)",
                nl: "koers \(number) (commit onbekend: gebouwd zonder scripts/install)")
        }
        return LocalizedText(en: "koers \(number) (commit \(commit))", nl: "koers \(number) (commit \(commit))")
    }

    // MARK: Starting without a path

    static func noGoalFilesHere(_ directory: String) -> LocalizedText {
        LocalizedText(
            en: "no goal files (.koers) in \(directory.shownSafely). Open some with 'koers PATH' (a file or folder) or 'load PATH' in the shell, or try the Almelo sample: 'koers --sample'.",
            nl: "geen doelbestanden (.koers) in \(directory.shownSafely). Open ze met 'koers PAD' (een bestand of map) of 'laad PAD' in de shell, of probeer het Almelo-voorbeeld: 'koers --sample'.")
    }

    static func sampleNotFound(lookedIn folders: [String]) -> LocalizedText {
        LocalizedText(
            en: "the Almelo sample is not installed beside koers; looked in: \(folders.joined(separator: ", ")).",
            nl: "het Almelo-voorbeeld staat niet bij de installatie van koers; gezocht in: \(folders.joined(separator: ", ")).")
    }

    static let syntax = LocalizedText(
        en: "An option's value follows it (--lang nl) or is joined to it with = (--lang=nl, -c=status); a value that starts with - must be joined. -- ends the options: every argument after it is a PATH.",
        nl: "De waarde van een optie volgt erna (--lang nl) of staat er met = aan vast (--lang=nl, -c=status); een waarde die met - begint moet eraan vast. -- sluit de opties af: elk argument daarna is een PAD.")

    static let exitCodes = LocalizedText(
        en: "Exit codes: 0 success; 1 a command failed or a check/--fail-on condition was met; 2 wrong usage; 3 a goal or data file could not be loaded, or there was none to load.",
        nl: "Afsluitcodes: 0 gelukt; 1 een opdracht mislukte, of controleer of --fail-on vond wat het zocht; 2 verkeerd gebruik; 3 een doel- of gegevensbestand kon niet worden geladen, of er was er geen om te laden.")

    // MARK: Wrong usage

    static let errorLabel = LocalizedText(en: "Error: ", nl: "Fout: ")

    static let seeHelp = LocalizedText(
        en: "See 'koers --help' for more information.",
        nl: "Zie 'koers --help' voor meer uitleg.")

    static func unknownOption(_ name: String, suggestion: String?) -> LocalizedText {
        LocalizedText(
            en: "unknown option '\(name.shownSafely)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""),
            nl: "onbekende optie '\(name.shownSafely)'" + (suggestion.map { ". Bedoelt u '\($0)'?" } ?? ""))
    }

    static func needsValue(_ option: String, valueName: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "option \(option) needs a value (\(option) \(valueName.en), or \(option)=\(valueName.en) for a value that starts with -)",
            nl: "optie \(option) heeft een waarde nodig (\(option) \(valueName.nl), of \(option)=\(valueName.nl) voor een waarde die met - begint)")
    }

    static func takesNoValue(_ option: String) -> LocalizedText {
        LocalizedText(en: "option \(option) takes no value", nl: "optie \(option) heeft geen waarde")
    }

    static let invalidLanguage = LocalizedText(en: "--lang takes nl or en", nl: "--lang neemt nl of en")
    static let invalidFormat = LocalizedText(
        en: "--format takes table, json, csv or markdown",
        nl: "--format neemt table, json, csv of markdown")
    static let invalidFailOn = LocalizedText(
        en: "--fail-on takes at-risk, off-track, overdue or missed",
        nl: "--fail-on neemt at-risk, off-track, overdue of missed")
    static func invalidToday(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "--today takes a date written as 2026-12-07" + outOfRange(value, language: .en),
            nl: "--today neemt een datum geschreven als 2026-12-07" + outOfRange(value, language: .nl))
    }
    static func invalidTodayVariable(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "KOERS_TODAY is '\(value.shownSafely)', not a date written as 2026-12-07" + outOfRange(value, language: .en),
            nl: "KOERS_TODAY is '\(value.shownSafely)', geen datum geschreven als 2026-12-07" + outOfRange(value, language: .nl))
    }

    /// `; February 2026 has 28 days` for `2026-02-30`: what is wrong with a date of the right shape.
    private static func outOfRange(_ value: String, language: Language) -> String {
        let months = language == .nl
            ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        switch CalendarDate.outOfRange(value) {
        case nil: return ""
        case let .month(month): return language == .nl ? "; er is geen maand \(month)" : "; there is no month \(month)"
        case let .day(_, month, year, days):
            return language == .nl ? "; \(months[month - 1]) \(year) heeft \(days) dagen" : "; \(months[month - 1]) \(year) has \(days) days"
        }
    }
    static let invalidGenerate = LocalizedText(
        en: "--generate takes man, complete-bash or complete-zsh",
        nl: "--generate neemt man, complete-bash of complete-zsh")
    static let sampleAndPaths = LocalizedText(
        en: "--sample opens the sample; give no PATH with it",
        nl: "--sample opent het voorbeeld; geef er geen PAD bij")
    static let commandsAndScript = LocalizedText(en: "use either -c or -f, not both", nl: "gebruik -c of -f, niet allebei")
    static let saveAndDiscard = LocalizedText(
        en: "use either --save or --discard, not both",
        nl: "gebruik --save of --discard, niet allebei")
}
