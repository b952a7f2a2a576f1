import KoersCore

/// The messages of goal-file edits, in English and Dutch.
enum EditingMessages {
    private static func kindName(_ kind: BlockKind) -> (en: String, nl: String) {
        switch kind {
        case .goal: ("goal", "doel")
        case .metric: ("metric", "indicator")
        case .data: ("data block", "gegevensblok")
        case .document: ("document", "document")
        case .programme: ("programme", "programma")
        }
    }

    static let editMakesFileInvalid = LocalizedText(
        en: "the edit would make the goal file invalid (see the error above), so nothing was changed.",
        nl: "de wijziging zou het doelbestand ongeldig maken (zie de fout hierboven), dus er is niets veranderd.")

    static let invalidFieldValue = LocalizedText(
        en: "that is not a valid field in the goal-file language; nothing was changed.",
        nl: "dat is geen geldig veld in de taal van de doelbestanden; er is niets veranderd.")

    static let dataBlocksNotEditable = LocalizedText(
        en: "data blocks are edited in the goal file itself.",
        nl: "gegevensblokken bewerkt u in het doelbestand zelf.")

    static func noSuchBlock(_ kind: BlockKind, _ id: String, suggestion: String?) -> LocalizedText {
        let name = kindName(kind)
        return LocalizedText(
            en: "no \(name.en) '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
            nl: "geen \(name.nl) '\(id)'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? ""))
    }

    static func idTaken(_ kind: BlockKind, _ id: String, at place: SourceLocation) -> LocalizedText {
        let name = kindName(kind)
        return LocalizedText(
            en: "there is already a \(name.en) '\(id)' (\(place)).",
            nl: "er is al een \(name.nl) '\(id)' (\(place)).")
    }

    static func noSuchFile(_ path: String) -> LocalizedText {
        LocalizedText(en: "cannot add to '\(path)'.", nl: "kan niet toevoegen aan '\(path)'.")
    }

    static func unknownField(_ word: String, block: BlockKind, suggestion: String?) -> LocalizedText {
        let name = kindName(block)
        return LocalizedText(
            en: "a \(name.en) has no field '\(word)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
            nl: "een \(name.nl) heeft geen veld '\(word)'." + (suggestion.map { " Bedoelt u '\($0)'?" } ?? ""))
    }

    static func noSuchField(_ word: String, block: BlockKind, id: String) -> LocalizedText {
        let name = kindName(block)
        return LocalizedText(en: "\(name.en) '\(id)' has no \(word).", nl: "\(name.nl) '\(id)' heeft geen \(word).")
    }

    static func invalidSelector(_ selector: String, field: FieldKind) -> LocalizedText {
        let what: (en: String, nl: String) = switch field {
        case .milestone: ("a period, as in `2024`", "een periode, zoals `2024`")
        case .note: ("the number of the note (1 for the first)", "het nummer van de notitie (1 voor de eerste)")
        default: ("`[{LABELS}] PERIOD`", "`[{LABELS}] PERIODE`")
        }
        return LocalizedText(
            en: "'\(selector)' does not pick a \(field.rawValue): give \(what.en).",
            nl: "'\(selector)' wijst geen \(GoalFileVocabulary.spelling(field).canonical(in: .nl)) aan: geef \(what.nl).")
    }

    static func selectorNotTaken(_ field: FieldKind) -> LocalizedText {
        LocalizedText(
            en: "a \(field.rawValue) occurs once; clear it without saying which.",
            nl: "een \(GoalFileVocabulary.spelling(field).canonical(in: .nl)) komt één keer voor; wis het zonder aan te geven welke.")
    }

    static func noSuchEntry(_ selector: String, field: FieldKind, id: String) -> LocalizedText {
        LocalizedText(
            en: "'\(id)' has no \(field.rawValue) '\(selector)'.",
            nl: "'\(id)' heeft geen \(GoalFileVocabulary.spelling(field).canonical(in: .nl)) '\(selector)'.")
    }
}
