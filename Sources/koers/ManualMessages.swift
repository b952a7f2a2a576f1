import KoersCore
import KoersShell

/// The words of koers(1) that are not in the option list, the command table or
/// `EnvironmentVariable`: headings, the description, exit statuses, files and examples.
enum ManualMessages {
    static let manualTitle = LocalizedText(en: "User Commands", nl: "Gebruikersopdrachten")
    static let nameHeading = LocalizedText(en: "NAME", nl: "NAAM")
    static let synopsisHeading = LocalizedText(en: "SYNOPSIS", nl: "OVERZICHT")
    static let descriptionHeading = LocalizedText(en: "DESCRIPTION", nl: "BESCHRIJVING")
    static let optionsHeading = LocalizedText(en: "OPTIONS", nl: "OPTIES")
    static let commandsHeading = LocalizedText(en: "COMMANDS", nl: "OPDRACHTEN")
    static let exitStatusHeading = LocalizedText(en: "EXIT STATUS", nl: "AFSLUITSTATUS")
    static let environmentHeading = LocalizedText(en: "ENVIRONMENT", nl: "OMGEVING")
    static let filesHeading = LocalizedText(en: "FILES", nl: "BESTANDEN")
    static let examplesHeading = LocalizedText(en: "EXAMPLES", nl: "VOORBEELDEN")
    static let seeAlsoHeading = LocalizedText(en: "SEE ALSO", nl: "ZIE OOK")

    static let synopses = [
        LocalizedText(en: "[OPTION ...] [PATH ...]", nl: "[OPTIE ...] [PAD ...]"),
        LocalizedText(en: "-c COMMANDS ... [OPTION ...] [PATH ...]", nl: "-c OPDRACHTEN ... [OPTIE ...] [PAD ...]"),
        LocalizedText(en: "-f SCRIPT [OPTION ...] [PATH ...]", nl: "-f SCRIPT [OPTIE ...] [PAD ...]"),
        LocalizedText(en: "--sample | --version | --help | --generate KIND", nl: "--sample | --version | --help | --generate SOORT"),
    ]

    static let description = [
        LocalizedText(
            en: "koers is an interactive shell in which a municipality keeps its policy goals as plain-text goal files (.koers), imports the figures that measure them from CSV and Excel files, and sees which goals are on track, which are not, and which are too vague to be judged at all.",
            nl: "koers is een interactieve shell waarin een gemeente haar beleidsdoelen bijhoudt als doelbestanden in platte tekst (.koers), de cijfers die ze meten inleest uit CSV- en Excel-bestanden, en ziet welke doelen op koers liggen, welke niet, en welke te vaag zijn om te beoordelen."),
        LocalizedText(
            en: "Each PATH is a goal file or a folder, whose .koers files are loaded at any depth. With no PATH, koers loads the .koers files of the current directory (not of its subfolders), or the file or folder KOERS_GOALS names; when there are none it says how to start. --sample opens the goals of the Almelo audit report that come with koers.",
            nl: "Elk PAD is een doelbestand of een map, waarvan de .koers-bestanden op elke diepte worden geladen. Zonder PAD laadt koers de .koers-bestanden van de huidige map (niet van de submappen), of het bestand of de map die KOERS_GOALS noemt; zijn die er niet, dan zegt koers hoe te beginnen. --sample opent de doelen uit het Almelo-rekenkamerrapport die bij koers horen."),
        LocalizedText(
            en: "When standard input and output are terminals, koers opens the shell with line editing, history and TAB completion. With -c or -f, or with commands on standard input, it runs them without a prompt and exits; the first failing command stops the run unless --keep-going is given, and errors go to standard error as SOURCE:LINE: error: MESSAGE.",
            nl: "Als standaardinvoer en -uitvoer terminals zijn, opent koers de shell met regelbewerking, geschiedenis en aanvullen met TAB. Met -c of -f, of met opdrachten op standaardinvoer, voert koers ze zonder prompt uit en stopt; de eerste mislukte opdracht stopt de run, tenzij --keep-going is gegeven, en fouten gaan naar standaardfout als BRON:REGEL: fout: MELDING."),
    ]

    static let commandsIntroduction = LocalizedText(
        en: "The commands of the shell, of -c, -f and of standard input. Each has an English and a Dutch name; help COMMAND in the shell shows its examples.",
        nl: "De opdrachten van de shell, van -c, -f en van standaardinvoer. Elke opdracht heeft een Engelse en een Nederlandse naam; help OPDRACHT in de shell toont voorbeelden.")

    static let exitStatuses: [(Int32, LocalizedText)] = [
        (ExitCode.success, LocalizedText(en: "Success.", nl: "Gelukt.")),
        (ExitCode.commandFailed, LocalizedText(
            en: "A command failed (an unknown command among them), or a check or --fail-on condition was met.",
            nl: "Een opdracht mislukte (ook een onbekende opdracht), of controleer of --fail-on vond wat het zocht.")),
        (ExitCode.usage, LocalizedText(
            en: "Wrong usage: an unknown option, a missing argument, an unterminated quote.",
            nl: "Verkeerd gebruik: een onbekende optie, een ontbrekend argument, een niet gesloten aanhalingsteken.")),
        (ExitCode.loadFailed, LocalizedText(
            en: "A goal file or data file could not be loaded, or there was nothing to load.",
            nl: "Een doel- of gegevensbestand kon niet worden geladen, of er was niets te laden.")),
    ]

    static let files: [(LocalizedText, LocalizedText)] = [
        (LocalizedText(en: "~/.local/state/koers/history", nl: "~/.local/state/koers/history"), LocalizedText(
            en: "The history of the interactive shell ($XDG_STATE_HOME/koers/history when XDG_STATE_HOME is set; KOERS_HISTORY goes first).",
            nl: "De geschiedenis van de interactieve shell ($XDG_STATE_HOME/koers/history als XDG_STATE_HOME gezet is; KOERS_HISTORY gaat voor).")),
        (LocalizedText(en: "FOLDER/.NAME.koers.recovered", nl: "MAP/.NAAM.koers.recovered"), LocalizedText(
            en: "The unsaved edits of goal file FOLDER/NAME.koers, written when the session is hung up; the next session offers to take them over (recover).",
            nl: "De niet opgeslagen wijzigingen van doelbestand MAP/NAAM.koers, geschreven als de sessie wordt afgebroken; de volgende sessie biedt aan ze over te nemen (herstel).")),
        (LocalizedText(en: "~/.local/state/koers/recovered/", nl: "~/.local/state/koers/recovered/"), LocalizedText(
            en: "Recovery files of goal files whose folder cannot be written (under $XDG_STATE_HOME/koers when it is set).",
            nl: "Herstelbestanden van doelbestanden waarvan de map niet beschrijfbaar is (onder $XDG_STATE_HOME/koers als die gezet is).")),
        (LocalizedText(en: "PREFIX/share/koers/wordlists/nl.txt, en.txt", nl: "PREFIX/share/koers/wordlists/nl.txt, en.txt"), LocalizedText(
            en: "The word lists of the vague-goal check, found beside the binary PREFIX/bin/koers (PREFIX is /usr for the Debian package, ~/.local or /usr/local for scripts/install). A folder that is loaded may add words in its own wordlists/nl.txt and wordlists/en.txt.",
            nl: "De woordenlijsten van de controle op vage doelen, gevonden bij het programma PREFIX/bin/koers (PREFIX is /usr voor het Debian-pakket, ~/.local of /usr/local voor scripts/install). Een geladen map kan woorden toevoegen in haar eigen wordlists/nl.txt en wordlists/en.txt.")),
        (LocalizedText(en: "PREFIX/share/koers/goals/almelo/", nl: "PREFIX/share/koers/goals/almelo/"), LocalizedText(
            en: "The Almelo sample that --sample opens.",
            nl: "Het Almelo-voorbeeld dat --sample opent.")),
    ]

    static let examples: [(what: LocalizedText, command: String)] = [
        (LocalizedText(
            en: "To open the shell on the goal files of the current directory:",
            nl: "De shell openen op de doelbestanden van de huidige map:"), "koers"),
        (LocalizedText(
            en: "To look around in the Almelo sample, in Dutch:",
            nl: "Rondkijken in het Almelo-voorbeeld, in het Nederlands:"), "koers --sample --lang nl"),
        (LocalizedText(
            en: "To print where the goals of a folder stand, as JSON for another program, judged as of a fixed day:",
            nl: "Afdrukken hoe de doelen van een map ervoor staan, als JSON voor een ander programma, beoordeeld op een vaste dag:"),
         "koers --today 2026-12-07 -c 'status --format json' doelen/"),
        (LocalizedText(
            en: "To fail a CI job when a goal cannot be judged, or when one is off track:",
            nl: "Een CI-taak laten falen als een doel niet te beoordelen is, of als er een niet op koers ligt:"),
         "koers -c check -c status --fail-on off-track doelen/"),
        (LocalizedText(
            en: "To write the council report:",
            nl: "Het raadsrapport schrijven:"), "koers -c 'report -o raad.html' doelen/"),
        (LocalizedText(
            en: "To run the commands of a file, or those piped in:",
            nl: "De opdrachten uit een bestand uitvoeren, of die via een pijp binnenkomen:"),
         "koers -f kwartaal.txt doelen/\n$ echo status | koers doelen/"),
    ]

    static let seeAlso = LocalizedText(
        en: "The documentation in the docs folder of koers's source: shell.md (the shell and its commands), goal-files.md (the goal-file language), importing.md (data files), evaluation.md (how a goal is judged), check.md (the vague-goal rules), install.md (installing).",
        nl: "De documentatie in de map docs van de broncode van koers: shell.md (de shell en haar opdrachten), goal-files.md (de taal van doelbestanden), importing.md (gegevensbestanden), evaluation.md (hoe een doel wordt beoordeeld), check.md (de regels voor vage doelen), install.md (installeren).")
}
