import KoersCore

/// The words of the check renderers, in English and Dutch.
public enum CheckRenderMessages {
    public static func severity(_ severity: Diagnostic.Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(en: "error", nl: "fout")
        case .warning: LocalizedText(en: "warning", nl: "waarschuwing")
        case .info: LocalizedText(en: "info", nl: "info")
        }
    }

    static let waived = LocalizedText(en: "waived", nl: "ontheffing")

    /// A rule as the checklist names it: in English its code, which `explain` and waivers take;
    /// in Dutch its headline, since the code is English (`uitleg` lists both).
    static func ruleName(_ rule: CheckRule) -> LocalizedText {
        LocalizedText(en: rule.code, nl: CheckMessages.headline(rule).nl)
    }

    static func waiverReason(_ reason: String) -> LocalizedText {
        LocalizedText(en: "waived: \(reason)", nl: "ontheffing: \(reason)")
    }

    static func total(_ totals: CheckTotals) -> LocalizedText {
        LocalizedText(
            en: "\(totals.goals) \(totals.goals == 1 ? "goal" : "goals"): \(totals.cannotBeEvaluated) cannot be evaluated, \(totals.weak) weak, \(totals.fine) fine"
                + " · \(totals.errors) \(totals.errors == 1 ? "error" : "errors"), \(totals.warnings) \(totals.warnings == 1 ? "warning" : "warnings"), \(totals.infos) info, \(totals.waived) waived",
            nl: "\(totals.goals) \(totals.goals == 1 ? "doel" : "doelen"): \(totals.cannotBeEvaluated) niet te beoordelen, \(totals.weak) zwak, \(totals.fine) in orde"
                + " · \(totals.errors) \(totals.errors == 1 ? "fout" : "fouten"), \(totals.warnings) \(totals.warnings == 1 ? "waarschuwing" : "waarschuwingen"), \(totals.infos) info, \(totals.waived) met ontheffing")
            + (totals.policy > 0 ? policyTotal(totals.policy) : LocalizedText(verbatim: ""))
    }

    static let noGoals = LocalizedText(en: "No goals to check.", nl: "Geen doelen om te controleren.")

    static let policyHeading = LocalizedText(en: "The policy as a whole", nl: "Het beleid als geheel")

    static func policyTotal(_ count: Int) -> LocalizedText {
        LocalizedText(en: " (\(count) about the policy as a whole)", nl: " (\(count) over het beleid als geheel)")
    }

    /// What a policy finding is about: "document “Programmabegroting 2021” (begroting-2021)".
    static func subject(_ subject: PolicySubject) -> LocalizedText {
        switch subject {
        case let .document(id, name):
            LocalizedText(en: "document “\(name)”" + (name == id ? "" : " (\(id))"), nl: "document ‘\(name)’" + (name == id ? "" : " (\(id))"))
        case let .area(theme):
            LocalizedText(en: "policy area “\(theme)”", nl: "beleidsterrein ‘\(theme)’")
        }
    }

    static func policyGoals(_ ids: [String]) -> LocalizedText {
        LocalizedText(en: "goals: " + ids.joined(separator: ", "), nl: "doelen: " + ids.joined(separator: ", "))
    }

    static func noFindingsForRule(_ code: String) -> LocalizedText {
        LocalizedText(en: "No goal has a \(code) finding.", nl: "Geen enkel doel heeft een bevinding \(code).")
    }

    static func unknownGoals(_ ids: [String]) -> LocalizedText {
        LocalizedText(en: "Unknown goals: \(ids.joined(separator: ", "))", nl: "Onbekende doelen: \(ids.joined(separator: ", "))")
    }

    static let totalLabel = LocalizedText(en: "Total", nl: "Totaal")
    static let severityHeader = LocalizedText(en: "severity", nl: "ernst")
    static let ruleHeader = LocalizedText(en: "rule", nl: "regel")
    static let subjectHeader = LocalizedText(en: "about", nl: "over")
    static let findingHeader = LocalizedText(en: "finding", nl: "bevinding")
    static let suggestionHeader = LocalizedText(en: "suggestion", nl: "suggestie")

    // MARK: Checklist

    public static func criterion(_ criterion: ChecklistCriterion) -> LocalizedText {
        switch criterion {
        case .specific: LocalizedText(en: "specific", nl: "specifiek")
        case .measurable: LocalizedText(en: "measurable", nl: "meetbaar")
        case .timeBound: LocalizedText(en: "time-bound", nl: "tijdgebonden")
        case .baseline: LocalizedText(en: "baseline", nl: "nulmeting")
        case .verifiableSource: LocalizedText(en: "verifiable source", nl: "controleerbare bron")
        case .owner: LocalizedText(en: "owner", nl: "eigenaar")
        }
    }

    static let checklistTitle = LocalizedText(en: "Audit checklist", nl: "Rekenkamertoets")

    // MARK: Explain

    static let meaningHeading = LocalizedText(en: "What it means", nl: "Wat het betekent")
    static let whyHeading = LocalizedText(en: "Why it matters", nl: "Waarom het ertoe doet")
    static let goodHeading = LocalizedText(en: "Good example", nl: "Goed voorbeeld")
    static let badHeading = LocalizedText(en: "Bad example", nl: "Slecht voorbeeld")

    // MARK: Draft

    static let draftHeading = LocalizedText(en: "Proposed goal", nl: "Voorgesteld doel")
    static let targetLabel = LocalizedText(en: "target", nl: "streefwaarde")
    static let deadlineLabel = LocalizedText(en: "deadline", nl: "einddatum")
    static let baselineLabel = LocalizedText(en: "baseline", nl: "nulmeting")
    static let unitLabel = LocalizedText(en: "unit", nl: "eenheid")
    static let notInSentence = LocalizedText(en: "— not in the sentence", nl: "— staat niet in de zin")
    static let comparatorOpen = LocalizedText(en: "? (floor or ceiling not stated)", nl: "? (onder- of bovengrens niet genoemd)")

    static func from(_ text: String) -> LocalizedText {
        LocalizedText(en: "from “\(text)”", nl: "uit ‘\(text)’")
    }

    static let relativeSuffix = LocalizedText(en: " of the baseline value", nl: " van de waarde bij de nulmeting")
    static let findingsHeading = LocalizedText(en: "Findings", nl: "Bevindingen")
    static let noFindings = LocalizedText(en: "none", nl: "geen")
    static let draftVague = LocalizedText(en: "Vague: the sentence states no measurable target.", nl: "Vaag: de zin noemt geen meetbaar streefdoel.")
    static let draftIncomplete = LocalizedText(en: "Measurable, but incomplete: as written the goal cannot be evaluated.",
                                               nl: "Meetbaar, maar onvolledig: zo geschreven is het doel niet te beoordelen.")
    static let draftAsksCollegePeriod = LocalizedText(
        en: "Which years is “this college period”? Give `--college-period 2022-2026` to read it as a deadline.",
        nl: "Welke jaren is ‘deze collegeperiode’? Geef `--college-period 2022-2026` mee om het als deadline te lezen.")
    static let draftAsksYear = LocalizedText(
        en: "Which year is the sentence's document from? “This year” and “the coming four years” count from it: give it as `--year YYYY`.",
        nl: "Uit welk jaar komt het document van de zin? ‘Dit jaar’ en ‘de komende vier jaar’ tellen vanaf dat jaar: geef het mee als `--jaar JJJJ`.")
    static let draftTargetAmbiguous = LocalizedText(
        en: "Several numbers, no words say which is the target: give the target yourself (in a table, the column header says).",
        nl: "Meerdere getallen, geen woorden zeggen welk het streefcijfer is: geef het streefcijfer zelf op (in een tabel zegt de kolomkop het).")
    static let draftNotVague = LocalizedText(en: "Not vague: the goal can be evaluated once a metric is linked.",
                                             nl: "Niet vaag: het doel is te beoordelen zodra er een indicator aan gekoppeld is.")
    static let goalFileHeading = LocalizedText(en: "As a goal file", nl: "Als doelbestand")
}
