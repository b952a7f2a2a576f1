import KoersCore

/// Every fixed word of the council report, in English and Dutch.
public enum ReportMessages {
    /// A status as a heading or badge: the dashboard's word, capitalised, so a status has one name everywhere.
    public static func statusName(_ status: GoalStatus) -> LocalizedText {
        let word = RenderMessages.status(status)
        return LocalizedText(en: word.en.prefix(1).uppercased() + word.en.dropFirst(), nl: word.nl.prefix(1).uppercased() + word.nl.dropFirst())
    }

    static func asOf(_ period: String) -> LocalizedText {
        LocalizedText(en: "As of \(period)", nl: "Peildatum \(period)")
    }

    static func generatedAt(_ moment: String) -> LocalizedText {
        LocalizedText(en: "generated \(moment)", nl: "gemaakt \(moment)")
    }

    static let summary = LocalizedText(en: "Summary", nl: "Samenvatting")
    static let goalsByStatus = LocalizedText(en: "Goals by status", nl: "Doelen per status")
    static let status = LocalizedText(en: "Status", nl: "Status")
    static let goals = LocalizedText(en: "Goals", nl: "Doelen")
    static let total = LocalizedText(en: "Total", nl: "Totaal")

    static func statusBarDescription(_ parts: [String]) -> LocalizedText {
        let list = parts.joined(separator: ", ")
        return LocalizedText(en: "Goals by status: \(list).", nl: "Doelen per status: \(list).")
    }

    static func changedSince(_ period: String?) -> LocalizedText {
        guard let period else { return LocalizedText(en: "Changed status", nl: "Van status veranderd") }
        return LocalizedText(en: "Changed status since \(period)", nl: "Van status veranderd sinds \(period)")
    }

    static let noChanges = LocalizedText(en: "No goal changed status.", nl: "Geen doel is van status veranderd.")
    /// The peildatum of a report that judges each goal as of its own latest figure.
    static let latestFigures = LocalizedText(en: "each goal's latest figures", nl: "laatste cijfers per doel")
    static let noComparison = LocalizedText(
        en: "Each goal is judged as of its own latest figures: there is no one earlier moment to compare with.",
        nl: "Elk doel is beoordeeld naar zijn eigen laatste cijfers: er is geen eerder moment om mee te vergelijken.")
    static let goal = LocalizedText(en: "Goal", nl: "Doel")
    static let policyText = LocalizedText(en: "Policy text", nl: "Beleidstekst")
    static let from = LocalizedText(en: "Was", nl: "Was")
    static let to = LocalizedText(en: "Now", nl: "Nu")
    static let cannotBeJudged = LocalizedText(en: "Cannot be judged", nl: "Niet te beoordelen")
    static let everyGoalJudged = LocalizedText(en: "Every goal can be judged.", nl: "Alle doelen zijn te beoordelen.")
    static let allGoals = LocalizedText(en: "All goals", nl: "Alle doelen")
    static let noGoals = LocalizedText(en: "The goal files contain no goals.", nl: "De doelbestanden bevatten geen doelen.")

    static let source = LocalizedText(en: "Source", nl: "Bron")
    static let sourceUnknown = LocalizedText(en: "not recorded", nl: "niet vastgelegd")

    static func statusLine(_ status: GoalStatus) -> LocalizedText {
        LocalizedText(en: "Status: ", nl: "Status: ") + statusName(status)
    }

    static let figures = LocalizedText(en: "Figures", nl: "Cijfers")
    static let figure = LocalizedText(en: "Figure", nl: "Cijfer")
    static let value = LocalizedText(en: "Value", nl: "Waarde")
    static let notAvailable = LocalizedText(en: "none", nl: "geen")

    static func figuresCaption(_ id: String) -> LocalizedText {
        LocalizedText(en: "Key figures of \(id)", nl: "Kerncijfers van \(id)")
    }

    static let baseline = LocalizedText(en: "Baseline", nl: "Nulmeting")
    static let target = LocalizedText(en: "Target", nl: "Streefwaarde")
    static let current = LocalizedText(en: "Current value", nl: "Huidige waarde")
    static let expected = LocalizedText(en: "Expected now on the straight road", nl: "Verwacht nu volgens de rechte lijn")
    static let projected = LocalizedText(en: "Projected at the deadline", nl: "Prognose op de deadline")
    static let reached = LocalizedText(en: "Target reached at the current trend", nl: "Streefwaarde gehaald bij de huidige trend")

    static let checklist = LocalizedText(en: "Checklist", nl: "Controlelijst")
    static let criterion = LocalizedText(en: "Criterion", nl: "Criterium")
    static let result = LocalizedText(en: "Result", nl: "Uitkomst")
    static let explanation = LocalizedText(en: "Explanation", nl: "Toelichting")
    static let passed = LocalizedText(en: "Passes", nl: "Voldoet")
    static let failed = LocalizedText(en: "Fails", nl: "Voldoet niet")
    static let noChecklist = LocalizedText(en: "No checks apply.", nl: "Er zijn geen controles van toepassing.")

    static func checklistCaption(_ id: String) -> LocalizedText {
        LocalizedText(en: "Vague-goal checks of \(id)", nl: "Controle op vaagheid van \(id)")
    }

    static let noChart = LocalizedText(en: "No chart: there are no figures to draw.", nl: "Geen grafiek: er zijn geen cijfers om te tekenen.")

    static let appendix = LocalizedText(en: "Appendix: every figure and its source", nl: "Bijlage: alle cijfers en hun bron")
    static let appendixIntro = LocalizedText(
        en: "Every figure in this report, with the file, row and column it was read from and the file's content hash, so the report can be checked and made again identically.",
        nl: "Elk cijfer in dit rapport, met het bestand, de rij en de kolom waaruit het is gelezen en de inhoudshash van dat bestand, zodat het rapport te controleren en identiek opnieuw te maken is.")
    static let noFigures = LocalizedText(en: "The report uses no figures.", nl: "Het rapport gebruikt geen cijfers.")
    static let series = LocalizedText(en: "Series", nl: "Reeks")
    static let period = LocalizedText(en: "Period", nl: "Periode")
    static let file = LocalizedText(en: "File", nl: "Bestand")
    static let row = LocalizedText(en: "Row", nl: "Rij")
    static let column = LocalizedText(en: "Column", nl: "Kolom")
    static let contentHash = LocalizedText(en: "Content hash", nl: "Inhoudshash")
    static let sourceFiles = LocalizedText(en: "Source files and their content hashes", nl: "Bronbestanden en hun inhoudshash")
    static let provisionalNote = LocalizedText(en: "* provisional figure", nl: "* voorlopig cijfer")
    static let unknown = LocalizedText(en: "–", nl: "–")

    static let reproducible = LocalizedText(
        en: "Made by koers. The same as-of period, goal files and data give this report again, byte for byte.",
        nl: "Gemaakt met koers. Dezelfde peildatum, doelbestanden en cijfers geven dit rapport opnieuw, byte voor byte.")

    // The chart: legend, title and the text alternative that states the data in words.

    static func chartTitle(_ series: String) -> LocalizedText {
        LocalizedText(en: "\(series): figures, road to the target and projection", nl: "\(series): cijfers, rechte lijn naar de streefwaarde en prognose")
    }

    static let legendFigures = LocalizedText(en: "figures", nl: "cijfers")
    static let legendBaseline = LocalizedText(en: "baseline", nl: "nulmeting")
    static let legendRoad = LocalizedText(en: "road to target", nl: "rechte lijn")
    static let legendProjection = LocalizedText(en: "projection", nl: "prognose")
    static let legendTarget = LocalizedText(en: "target", nl: "streefwaarde")
    static let legendDeadline = LocalizedText(en: "deadline", nl: "deadline")
    static let legendProvisional = LocalizedText(en: "* provisional", nl: "* voorlopig")

    static func describeFigures(_ list: String) -> LocalizedText {
        LocalizedText(en: "Figures: \(list).", nl: "Cijfers: \(list).")
    }

    static let describeNoFigures = LocalizedText(en: "No figures yet.", nl: "Nog geen cijfers.")

    static func describeBaseline(_ point: String) -> LocalizedText {
        LocalizedText(en: "Baseline \(point).", nl: "Nulmeting \(point).")
    }

    static func describeTarget(_ value: String) -> LocalizedText {
        LocalizedText(en: "Target \(value).", nl: "Streefwaarde \(value).")
    }

    static func describeDeadline(_ period: String) -> LocalizedText {
        LocalizedText(en: "Deadline \(period).", nl: "Deadline \(period).")
    }

    static func describeRoad(_ list: String) -> LocalizedText {
        LocalizedText(en: "Straight road to the target: \(list).", nl: "Rechte lijn naar de streefwaarde: \(list).")
    }

    static func describeProjection(_ list: String) -> LocalizedText {
        LocalizedText(en: "Projection at the current trend: \(list).", nl: "Prognose bij de huidige trend: \(list).")
    }

    static let describeNoProjection = LocalizedText(en: "No projection.", nl: "Geen prognose.")
    static let provisional = LocalizedText(en: "provisional", nl: "voorlopig")

    // Markdown only.

    static func sparkline(from: String, to: String) -> LocalizedText {
        LocalizedText(en: "Figures \(from)–\(to)", nl: "Cijfers \(from)–\(to)")
    }
}

extension ReportMessages {
    static let documents = LocalizedText(en: "Policy documents", nl: "Beleidsdocumenten")
    static let documentsIntro = LocalizedText(
        en: "The documents the goals come from, what the council did with each, and how their goals stand.",
        nl: "De documenten waar de doelen uit komen, wat de raad met elk deed, en hoe hun doelen ervoor staan.")
    static let document = LocalizedText(en: "Document", nl: "Document")
    static let kind = LocalizedText(en: "Kind", nl: "Soort")
    static let council = LocalizedText(en: "Council", nl: "Raad")
    static let horizon = LocalizedText(en: "Runs to", nl: "Looptijd tot")
    static let evaluated = LocalizedText(en: "Evaluation", nl: "Evaluatie")
    static let judgeable = LocalizedText(en: "Can be judged", nl: "Te beoordelen")
    static let statuses = LocalizedText(en: "Statuses", nl: "Statussen")
    static let programmes = LocalizedText(en: "Goals per programme", nl: "Doelen per programma")
    static func programmeFacts(owner: String?, theme: String?) -> LocalizedText? {
        switch (owner, theme) {
        case let (owner?, theme?): LocalizedText(en: "Owner: \(owner) · theme: \(theme)", nl: "Eigenaar: \(owner) · thema: \(theme)")
        case let (owner?, nil): LocalizedText(en: "Owner: \(owner)", nl: "Eigenaar: \(owner)")
        case let (nil, theme?): LocalizedText(en: "Theme: \(theme)", nl: "Thema: \(theme)")
        case (nil, nil): nil
        }
    }
}
