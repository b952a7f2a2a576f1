import KoersCore

/// The words of documents, programmes and owners in `documents`, `status --by` and the report.
public enum PolicyMessages {
    public static func kind(_ kind: DocumentKind) -> LocalizedText {
        switch kind {
        case .budget: LocalizedText(en: "budget", nl: "begroting")
        case .programme: LocalizedText(en: "programme", nl: "programma")
        case .policyNote: LocalizedText(en: "policy note", nl: "nota")
        case .vision: LocalizedText(en: "vision", nl: "visie")
        case .strategy: LocalizedText(en: "strategy", nl: "strategie")
        case .coalitionAgreement: LocalizedText(en: "coalition agreement", nl: "coalitieakkoord")
        case .implementationPlan: LocalizedText(en: "implementation plan", nl: "uitvoeringsplan")
        case .regulation: LocalizedText(en: "regulation", nl: "regelgeving")
        case .other: LocalizedText(en: "other", nl: "overig")
        }
    }

    /// What the council did with a document, with the date when known.
    public static func adoption(_ adoption: Adoption?) -> LocalizedText {
        let date = adoption?.date.map { " " + $0.description } ?? ""
        switch adoption {
        case .adoptedByCouncil?: return LocalizedText(en: "adopted by the council" + date, nl: "vastgesteld door de raad" + date)
        case .noted?: return LocalizedText(en: "noted by the council" + date, nl: "ter kennisname aan de raad" + date)
        case .notPresented?: return LocalizedText(en: "not presented to the council", nl: "niet aan de raad aangeboden")
        case nil: return LocalizedText(en: "council's role not recorded", nl: "rol van de raad niet vastgelegd")
        }
    }

    public static func horizon(_ period: Period?) -> LocalizedText {
        guard let period else { return LocalizedText(en: "no horizon recorded", nl: "geen looptijd vastgelegd") }
        return LocalizedText(en: "runs to \(period)", nl: "looptijd tot \(period)")
    }

    public static func evaluations(_ evaluations: [DocumentEvaluation]) -> LocalizedText {
        guard !evaluations.isEmpty else { return LocalizedText(en: "not evaluated", nl: "niet geëvalueerd") }
        let list = evaluations.map { "\($0.date) (\($0.title))" }.joined(separator: ", ")
        return LocalizedText(en: "evaluated " + list, nl: "geëvalueerd " + list)
    }

    /// "4 goals, 1 can be judged".
    public static func goals(_ count: Int, judgeable: Int) -> LocalizedText {
        RenderMessages.goalCount(count) + LocalizedText(en: ", \(judgeable) can be judged", nl: ", \(judgeable) te beoordelen")
    }

    public static func owner(_ owner: String) -> LocalizedText {
        LocalizedText(en: "owner: \(owner)", nl: "eigenaar: \(owner)")
    }

    public static func documentsTitle(_ count: Int) -> LocalizedText {
        LocalizedText(en: "Documents (\(count))", nl: "Documenten (\(count))")
    }

    public static let noDocuments = LocalizedText(
        en: "No documents declared. A goal file declares one as `document ID` with its title; see docs/goal-files.md.",
        nl: "Geen documenten gedeclareerd. Een doelbestand declareert er een als `document ID` met een titel; zie docs/goal-files.md.")

    public static func undeclared(_ count: Int) -> LocalizedText {
        count == 1
            ? LocalizedText(en: "1 goal names no declared document:", nl: "1 doel noemt geen gedeclareerd document:")
            : LocalizedText(en: "\(count) goals name no declared document:", nl: "\(count) doelen noemen geen gedeclareerd document:")
    }

    /// The heading of a group of `status --by`.
    public static func groupHeading(_ group: GoalGroup) -> LocalizedText {
        guard let key = group.key else {
            switch group.grouping {
            case .document: return LocalizedText(en: "Without a declared document", nl: "Zonder gedeclareerd document")
            case .programme: return LocalizedText(en: "Without a programme", nl: "Zonder programma")
            case .owner: return LocalizedText(en: "Without an owner", nl: "Zonder eigenaar")
            }
        }
        let name = group.title.map { "\($0) (\(key))" } ?? key
        let heading: LocalizedText = switch group.grouping {
        case .document: LocalizedText(en: "Document: \(name)", nl: "Document: \(name)")
        case .programme: LocalizedText(en: "Programme: \(name)", nl: "Programma: \(name)")
        case .owner: LocalizedText(en: "Owner: \(key)", nl: "Eigenaar: \(key)")
        }
        guard group.grouping != .owner, let who = group.owner else { return heading }
        return heading + LocalizedText(verbatim: " · ") + owner(who)
    }

    /// The grouping as a user types it after `--by`, in either language.
    public static let groupingWords: [String: GoalGrouping] = [
        "document": .document, "documents": .document, "documenten": .document, "programme": .programme,
        "program": .programme, "programma": .programme, "programmes": .programme, "owner": .owner,
        "eigenaar": .owner, "portefeuillehouder": .owner,
    ]

    /// Status words a query takes, in either language: the raw values and the Dutch names,
    /// spaces written as hyphens.
    public static let statusWords: [String: GoalStatus] = {
        var words: [String: GoalStatus] = [:]
        for status in GoalStatus.allCases {
            words[status.rawValue] = status
            words[RenderMessages.status(status).nl.split(separator: " ").joined(separator: "-")] = status
        }
        words["achter"] = .offTrack
        return words
    }()

    /// `--sort` in either language.
    public static let orderWords: [String: GoalOrder] = [
        "deadline": .deadline, "progress": .progress, "voortgang": .progress, "status": .status, "stand": .status, "id": .id,
    ]
}
