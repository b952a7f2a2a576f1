import KoersCore
import KoersRender
import KoersWorkspace

/// Every message the shell itself shows, in English and Dutch.
public enum ShellMessages {
    public static func unknownCommand(_ typed: String, suggestion: String?) -> LocalizedText {
        let word = typed.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? ""
        return LocalizedText(
            en: "unknown command '\(word)'.\(hintEn) Type 'help' for the list of commands.",
            nl: "onbekende opdracht '\(word)'.\(hintNl) Typ 'help' voor de lijst met opdrachten.")
    }

    public static func unknownOption(_ name: String, command: String, known: [String]) -> LocalizedText {
        let name = name.shownSafely
        let list = known.isEmpty ? "" : known.map { "--\($0)" }.joined(separator: ", ")
        return LocalizedText(
            en: "'\(command)' has no option --\(name)" + (list.isEmpty ? " (it takes no options)." : "; its options are \(list)."),
            nl: "'\(command)' kent geen optie --\(name)" + (list.isEmpty ? " (deze opdracht heeft geen opties)." : "; de opties zijn \(list)."))
    }

    public static func optionNeedsValue(_ name: String, valueName: String) -> LocalizedText {
        LocalizedText(en: "option --\(name) needs a value (\(valueName)).", nl: "optie --\(name) heeft een waarde nodig (\(valueName)).")
    }

    public static func optionTakesNoValue(_ name: String) -> LocalizedText {
        LocalizedText(en: "option --\(name) takes no value.", nl: "optie --\(name) heeft geen waarde.")
    }

    public static func invalidOptionValue(_ name: String, value: String, allowed: [String]) -> LocalizedText {
        let value = value.shownSafely
        return LocalizedText(
            en: "'\(value)' is not a valid value for --\(name); use one of: \(allowed.joined(separator: ", ")).",
            nl: "'\(value)' is geen geldige waarde voor --\(name); kies uit: \(allowed.joined(separator: ", ")).")
    }

    public static func missingArgument(_ name: String, usage: String, dutchUsage: String) -> LocalizedText {
        let dutchName = name.split(separator: "|").map { placeholder(String($0))?.nl ?? String($0) }.joined(separator: "|")
        return LocalizedText(en: "missing \(name). Usage: \(usage)", nl: "\(dutchName) ontbreekt. Gebruik: \(dutchUsage)")
    }

    public static func tooManyArguments(usage: String, dutchUsage: String) -> LocalizedText {
        LocalizedText(en: "too many arguments. Usage: \(usage)", nl: "te veel argumenten. Gebruik: \(dutchUsage)")
    }

    /// The placeholders of usage lines (`GOAL`, `PERIOD|latest`) and the fixed words of
    /// arguments (`goal|metric`, `on|off`), for the Dutch usage; nil for any other word.
    static func placeholder(_ word: String) -> LocalizedText? {
        let dutch: [String: String] = [
            "GOAL": "DOEL", "METRIC": "INDICATOR", "PERIOD": "PERIODE", "FROM": "VAN", "TO": "TOT", "FILE": "BESTAND",
            "PATH": "PAD", "FIELD": "VELD", "VALUE": "WAARDE", "TITLE": "TITEL", "REASON": "REDEN", "RULE": "REGEL",
            "COMMAND": "OPDRACHT", "FORMAT": "FORMAAT", "OLD": "OUD", "NEW": "NIEUW", "WHICH": "WELKE", "OPTION": "OPTIE",
            "TEXT": "TEKST", "DIR": "MAP", "GOALFILE": "DOELBESTAND", "SENTENCE": "ZIN", "latest": "laatste", "today": "vandaag",
            "goal": "doel", "metric": "indicator", "on": "aan", "off": "uit", "programme": "programma", "owner": "eigenaar", "GROUPING": "GROEPERING",
        ]
        return dutch[word].map { LocalizedText(en: word, nl: $0) }
    }

    public static let lineTooLong = LocalizedText(
        en: "a line of more than 16 MiB without a line break: this input is not commands (a device, a binary file?); nothing after it was read.",
        nl: "een regel van meer dan 16 MiB zonder regeleinde: deze invoer bestaat niet uit opdrachten (een apparaat, een binair bestand?); niets daarna is gelezen.")

    public static let unterminatedQuote = LocalizedText(
        en: "the input ends inside a quoted text or after a backslash.",
        nl: "de invoer eindigt binnen een tekst tussen aanhalingstekens of na een backslash.")

    public static func unknownHelpTopic(_ word: String, suggestion: String?) -> LocalizedText {
        let word = word.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? ""
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? ""
        return LocalizedText(en: "no command '\(word)'.\(hintEn)", nl: "geen opdracht '\(word)'.\(hintNl)")
    }

    public static let helpHeader = LocalizedText(
        en: "Commands (type 'help COMMAND' for details and examples):",
        nl: "Opdrachten (typ 'help OPDRACHT' voor uitleg en voorbeelden):")
    public static let usageLabel = LocalizedText(en: "Usage", nl: "Gebruik")
    public static let aliasesLabel = LocalizedText(en: "Also", nl: "Ook")
    public static let optionsLabel = LocalizedText(en: "Options", nl: "Opties")
    public static let examplesLabel = LocalizedText(en: "Examples", nl: "Voorbeelden")

    public static func languageSet(_ language: Language) -> LocalizedText {
        language == .nl
            ? LocalizedText(en: "Language: Dutch.", nl: "Taal: Nederlands.")
            : LocalizedText(en: "Language: English.", nl: "Taal: Engels.")
    }

    public static func unknownLanguage(_ word: String) -> LocalizedText {
        let word = word.shownSafely
        return LocalizedText(en: "unknown language '\(word)'; use 'nl' or 'en'.", nl: "onbekende taal '\(word)'; kies 'nl' of 'en'.")
    }

    public static func unknownGoal(_ id: String, suggestion: String?) -> LocalizedText {
        let id = id.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'goals' for the list."
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? " Typ 'doelen' voor de lijst."
        return LocalizedText(en: "no goal '\(id)'.\(hintEn)", nl: "geen doel '\(id)'.\(hintNl)")
    }

    public static func unknownMetric(_ id: String, suggestion: String?) -> LocalizedText {
        let id = id.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'metrics' for the list."
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? " Typ 'indicatoren' voor de lijst."
        return LocalizedText(en: "no metric '\(id)'.\(hintEn)", nl: "geen indicator '\(id)'.\(hintNl)")
    }

    public static let nothingLoaded = LocalizedText(
        en: "No goals loaded. Use 'load PATH' to load goal files.",
        nl: "Geen doelen geladen. Gebruik 'laad PAD' om doelbestanden te laden.")

    public static func loaded(files: Int, goals: Int, metrics: Int) -> LocalizedText {
        LocalizedText(
            en: "Loaded \(files) goal \(files == 1 ? "file" : "files"): \(goals) \(goals == 1 ? "goal" : "goals"), \(metrics) \(metrics == 1 ? "metric" : "metrics").",
            nl: "\(files) doelbestand\(files == 1 ? "" : "en") geladen: \(goals) doel\(goals == 1 ? "" : "en"), \(metrics) indicator\(metrics == 1 ? "" : "en").")
    }

    public static func loadFailed(_ path: String) -> LocalizedText {
        LocalizedText(en: "'\(path)' was not loaded: it has errors (listed above).", nl: "'\(path)' is niet geladen: het bevat fouten (zie hierboven).")
    }

    public static func noSuchPath(_ path: String) -> LocalizedText {
        LocalizedText(en: "cannot read '\(path)': no such file or directory.", nl: "kan '\(path)' niet lezen: bestand of map bestaat niet.")
    }

    /// The name written visibly (`\u{1B}`): raw, it would recolor the terminal.
    public static func controlCharacterInName(_ path: String) -> LocalizedText {
        let shown = VisibleControls.shown(path, keepingLineBreaks: false)
        return LocalizedText(
            en: "cannot load '\(shown)': its name holds a control character, which could drive the terminal that shows it; rename it without one.",
            nl: "kan '\(shown)' niet laden: de naam bevat een stuurteken, dat de terminal zou kunnen aansturen die hem toont; geef het een naam zonder.")
    }

    public static func noGoalFiles(_ path: String) -> LocalizedText {
        LocalizedText(en: "no .koers files in '\(path)'.", nl: "geen .koers-bestanden in '\(path)'.")
    }

    public static func promptSummary(name: String, goals: Int) -> LocalizedText {
        LocalizedText(en: "\(name), \(goals) \(goals == 1 ? "goal" : "goals")", nl: "\(name), \(goals) doel\(goals == 1 ? "" : "en")")
    }

    public static func failOnReached(_ status: String) -> LocalizedText {
        let dutchName = GoalStatus(rawValue: status).map { RenderMessages.status($0).nl } ?? status
        return LocalizedText(
            en: "Verdict: at least one goal is \(status) or worse (--fail-on \(status)).",
            nl: "Oordeel: minstens één doel heeft de status ‘\(dutchName)’ of slechter (--fail-on \(status)).")
    }

    public static func unknownGoalOrMetric(_ name: String, suggestion: String?) -> LocalizedText {
        let name = name.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'goals' or 'metrics' for the lists."
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? " Typ 'doelen' of 'indicatoren' voor de lijsten."
        return LocalizedText(en: "no goal or metric '\(name)'.\(hintEn)", nl: "geen doel of indicator '\(name)'.\(hintNl)")
    }

    public static func currentAsOf(_ asOf: AsOf) -> LocalizedText {
        switch asOf {
        case .latest: LocalizedText(en: "Judging as of each goal's latest figures.", nl: "Beoordeling naar de laatste cijfers van elk doel.")
        case let .today(date): LocalizedText(en: "Judging as of today, \(date) (peildatum).", nl: "Beoordeling per vandaag, \(date) (peildatum).")
        case let .period(period): LocalizedText(en: "Judging as of \(period) (peildatum).", nl: "Beoordeling per \(period) (peildatum).")
        }
    }

    /// The peildatum in the prompt, when one was set with `asof`.
    public static func promptAsOf(_ asOf: AsOf) -> LocalizedText {
        switch asOf {
        case .latest: LocalizedText(en: "as of the latest figures", nl: "naar de laatste cijfers")
        case let .today(date): LocalizedText(en: "as of \(date)", nl: "per \(date)")
        case let .period(period): LocalizedText(en: "as of \(period)", nl: "per \(period)")
        }
    }

    public static func invalidPeriod(_ text: String) -> LocalizedText {
        let text = text.shownSafely
        return LocalizedText(
            en: "'\(text)' is not a period; write 2020, 2021-H1, 2021-Q3 or 2021-05.",
            nl: "'\(text)' is geen periode; schrijf 2020, 2021-H1, 2021-Q3 of 2021-05.")
    }

    public static func unknownRule(_ code: String, suggestion: String?) -> LocalizedText {
        let code = code.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'explain' for the list."
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? " Typ 'uitleg' voor de lijst."
        return LocalizedText(en: "no rule '\(code)'.\(hintEn)", nl: "geen regel '\(code)'.\(hintNl)")
    }

    public static let checkFailed = LocalizedText(
        en: "Verdict: goals that cannot be judged (listed above).",
        nl: "Oordeel: doelen die niet te beoordelen zijn (zie hierboven).")

    public static let strictCheckFailed = LocalizedText(
        en: "Verdict under the strict check: warnings (listed above).",
        nl: "Oordeel van de strikte controle: waarschuwingen (zie hierboven).")

    public static let wordListsUnavailable = LocalizedText(
        en: "the check cannot run without the word lists koers ships with (listed above); reinstall koers.",
        nl: "de controle kan niet zonder de woordenlijsten die bij koers horen (zie hierboven); installeer koers opnieuw.")

    public static func reportWritten(_ path: String, goals: Int, charts: Int) -> LocalizedText {
        let goalCount = LocalizedText.counted(goals, en: ("goal", "goals"), nl: ("doel", "doelen"))
        let chartCount = LocalizedText.counted(charts, en: ("chart file", "chart files"), nl: ("grafiekbestand", "grafiekbestanden"))
        let chartsEn = charts > 0 ? " and \(chartCount.en)" : ""
        let chartsNl = charts > 0 ? " en \(chartCount.nl)" : ""
        return LocalizedText(
            en: "Wrote the report (\(goalCount.en)) to \(path)\(chartsEn).",
            nl: "Rapport (\(goalCount.nl)) geschreven naar \(path)\(chartsNl).")
    }

    public static func reportTitle(_ name: String) -> LocalizedText {
        name.isEmpty
            ? LocalizedText(en: "Progress of the policy goals", nl: "Voortgang van de beleidsdoelen")
            : LocalizedText(en: "Progress of the policy goals: \(name)", nl: "Voortgang van de beleidsdoelen: \(name)")
    }

    /// The system's reason is in its own words (errno text), which koers cannot translate.
    public static func futurePeriod(_ period: Period, today: CalendarDate) -> LocalizedText {
        LocalizedText(
            en: "\(period) has not begun yet (it is \(today) now): a peildatum lies in the past; 'asof latest' judges by the latest figures.",
            nl: "\(period) is nog niet begonnen (het is nu \(today)): een peildatum ligt in het verleden; 'peildatum laatste' oordeelt naar de laatste cijfers.")
    }

    /// What a path that is not a regular file is, with its article.
    public static func fileKind(_ kind: FileKind) -> LocalizedText {
        switch kind {
        case .directory: LocalizedText(en: "a folder", nl: "een map")
        case .characterDevice, .blockDevice: LocalizedText(en: "a device", nl: "een apparaat")
        case .namedPipe: LocalizedText(en: "a named pipe (FIFO)", nl: "een named pipe (FIFO)")
        case .socket: LocalizedText(en: "a socket", nl: "een socket")
        }
    }

    public static func wouldOverwriteSourceFile(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "'\(path)' is a loaded goal file or data file; the output would replace it. Give another file name.",
            nl: "'\(path)' is een geladen doelbestand of gegevensbestand; de uitvoer zou het vervangen. Geef een andere bestandsnaam.")
    }

    public static func wouldWriteGoalFileName(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "'\(path)' ends in .koers: the next load of its folder would read the output as a goal file. Give another file name.",
            nl: "'\(path)' eindigt op .koers: de volgende keer dat die map geladen wordt, zou de uitvoer als doelbestand gelezen worden. Geef een andere bestandsnaam.")
    }

    public static func cannotWrite(_ path: String, problem: WriteProblem) -> LocalizedText {
        let reason = switch problem {
        case .isDirectory: LocalizedText(en: "it is a folder; give a file name", nl: "het is een map; geef een bestandsnaam")
        case let .missingFolder(folder):
            LocalizedText(en: "the folder '\(folder)' does not exist", nl: "de map '\(folder)' bestaat niet")
        case .refused: LocalizedText(en: "no permission, or no room on the disk", nl: "geen toegang, of geen ruimte op de schijf")
        case .untrustedSymbolicLink:
            LocalizedText(
                en: "it is a symbolic link that another user made, or that points nowhere; koers does not write through it. Give another file name",
                nl: "het is een symbolische koppeling die een andere gebruiker maakte, of die nergens heen wijst; koers schrijft er niet doorheen. Geef een andere bestandsnaam")
        case let .notARegularFile(kind):
            LocalizedText(
                en: "it is \(fileKind(kind).en), not a regular file; koers writes and replaces only regular files",
                nl: "het is \(fileKind(kind).nl), geen gewoon bestand; koers schrijft en vervangt alleen gewone bestanden")
        }
        return LocalizedText(
            en: "cannot write '\(path)': \(reason.en).", nl: "kan '\(path)' niet schrijven: \(reason.nl).")
    }

    /// Names only what went wrong: a count of zero is left out.
    public static func loadProblems(rejected: Int, failedImports: Int) -> LocalizedText {
        let goalFilesEn = "\(rejected) goal \(rejected == 1 ? "file was" : "files were") not loaded"
        let dataFilesEn = "\(failedImports) data \(failedImports == 1 ? "file was" : "files were") not imported"
        let goalFilesNl = "\(rejected) doelbestand\(rejected == 1 ? " is" : "en zijn") niet geladen"
        let dataFilesNl = "\(failedImports) gegevensbestand\(failedImports == 1 ? " is" : "en zijn") niet ingelezen"
        func joined(_ goalFiles: String, _ dataFiles: String, and: String) -> String {
            switch (rejected > 0, failedImports > 0) {
            case (true, true): goalFiles + " " + and + " " + dataFiles
            case (false, true): dataFiles
            default: goalFiles
            }
        }
        return LocalizedText(
            en: joined(goalFilesEn, dataFilesEn, and: "and") + " (see the errors above).",
            nl: joined(goalFilesNl, dataFilesNl, and: "en") + " (zie de fouten hierboven).")
    }

    public static func noFigures(_ name: String, suggestion: String?) -> LocalizedText {
        let name = name.shownSafely
        let hintEn = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'metrics' for the series."
        let hintNl = suggestion.map { " Bedoelt u '\($0)'?" } ?? " Typ 'indicatoren' voor de reeksen."
        return LocalizedText(en: "no figures for '\(name)'.\(hintEn)", nl: "geen cijfers voor '\(name)'.\(hintNl)")
    }

    public static let noConflicts = LocalizedText(
        en: "No conflicts: no two sources give different figures for the same series and period.",
        nl: "Geen conflicten: geen twee bronnen geven verschillende cijfers voor dezelfde reeks en periode.")

    /// `figures` counts the figures present; `missing` the cells that mark a figure as missing.
    public static func imported(_ file: String, rows: Int, figures: Int, missing: Int, series: Int, conflicts: Int) -> LocalizedText {
        let missingEn = missing == 0 ? "" : ", \(missing) missing"
        let missingNl = missing == 0 ? "" : ", \(missing) ontbrekend"
        let rowCount = LocalizedText.counted(rows, en: ("row", "rows"), nl: ("rij", "rijen"))
        let figureCount = LocalizedText.counted(figures, en: ("figure", "figures"), nl: ("cijfer", "cijfers"))
        let seriesCount = LocalizedText.counted(series, en: ("series", "series"), nl: ("reeks", "reeksen"))
        let conflictCount = LocalizedText.counted(conflicts, en: ("conflict", "conflicts"), nl: ("conflict", "conflicten"))
        return LocalizedText(
            en: "Read \(file): \(rowCount.en), \(figureCount.en)\(missingEn) in \(seriesCount.en), \(conflictCount.en).",
            nl: "\(file) gelezen: \(rowCount.nl), \(figureCount.nl)\(missingNl) in \(seriesCount.nl), \(conflictCount.nl).")
    }

    public static func importFailed(_ file: String) -> LocalizedText {
        LocalizedText(en: "'\(file)' was not imported: nothing was added (the errors are listed above).", nl: "'\(file)' is niet ingelezen: er is niets toegevoegd (de fouten staan hierboven).")
    }

    public static func notALoadedGoalFile(_ path: String, loaded: [String]) -> LocalizedText {
        LocalizedText(
            en: "'\(path)' is not a loaded goal file; loaded are: \(loaded.joined(separator: ", ")).",
            nl: "'\(path)' is geen geladen doelbestand; geladen zijn: \(loaded.joined(separator: ", ")).")
    }

    public static func declaredIn(_ path: String, goalFile: String) -> LocalizedText {
        LocalizedText(
            en: "Declared \(path) in \(goalFile); 'save' writes it, 'undo' takes it back.",
            nl: "\(path) vastgelegd in \(goalFile); 'opslaan' schrijft het weg, 'ongedaan' draait het terug.")
    }
}
