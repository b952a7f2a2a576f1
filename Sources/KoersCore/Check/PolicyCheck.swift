/// What a policy-level finding is about: a declared document, or a policy area (a theme).
public enum PolicySubject: Sendable, Hashable {
    case document(id: String, name: String)
    case area(String)

    /// The document id or the theme, as the JSON and CSV name it.
    public var identifier: String {
        switch self {
        case let .document(id, _): id
        case let .area(theme): theme
        }
    }

    /// "document" or "area", as the JSON names the kind.
    public var kindCode: String {
        switch self {
        case .document: "document"
        case .area: "area"
        }
    }
}

/// What a rule found about the policy as a whole rather than one goal: a document the council
/// did not adopt, a programme past its horizon without an evaluation, a policy area spread
/// over several documents. Never an error: none of these stops a goal from being judged.
public struct PolicyFinding: Sendable, Hashable {
    public var rule: CheckRule
    public var severity: Diagnostic.Severity
    public var subject: PolicySubject
    /// The goals the finding is about, in file order.
    public var goalIDs: [String]
    public var messageText: FindingText
    public var suggestion: LocalizedText
    /// Where the document is declared, for a document.
    public var location: SourceLocation?
    /// The document's waiver for this rule (for an area: a waiver on any of its documents).
    public var waiver: Waiver?

    public var isWaived: Bool { waiver != nil }

    public var message: LocalizedText { messageText.localized }

    public func message(in language: Language) -> String { messageText.text(in: language) }
}

/// The rules about the policy as a whole (issue 17): they read the declared documents and the
/// goals that name them, and each finding is about a document or a policy area.
public enum PolicyCheck {
    /// The policy-level findings of a model as of the options' peildatum, waivers applied:
    /// unwaived first, then by rule, then in the order of the documents and areas.
    public static func findings(for model: GoalModel, options: CheckOptions, rules: [CheckRule] = CheckRule.policyRules) -> [PolicyFinding] {
        // Each goal's document, looked up once per distinct source text: forty thousand goals
        // name a handful of sources.
        let index = DocumentIndex(model.documents)
        var documentBySource: [String: PolicyDocument?] = [:]
        let documentOfGoal = model.goals.map { goal -> PolicyDocument? in
            guard let source = goal.source?.document else { return nil }
            if let known = documentBySource[source] { return known }
            let found = index.document(named: source)
            documentBySource[source] = found
            return found
        }
        var goalsByDocument: [String: [String]] = [:]
        for position in model.goals.indices {
            if let document = documentOfGoal[position] { goalsByDocument[document.id, default: []].append(model.goals[position].id) }
        }
        var found: [PolicyFinding] = []
        for rule in rules {
            switch rule {
            case .notAdopted:
                found += model.documents.compactMap { notAdopted($0, goals: goalsByDocument[$0.id] ?? []) }
            case .neverEvaluated:
                found += model.documents.compactMap { neverEvaluated($0, goals: goalsByDocument[$0.id] ?? [], peildatum: options.peildatum) }
            case .scatteredPolicy:
                found += scattered(model, documentOfGoal: documentOfGoal)
            default:
                continue
            }
        }
        return found.enumerated().sorted { lhs, rhs in
            if lhs.element.isWaived != rhs.element.isWaived { return !lhs.element.isWaived }
            if lhs.element.rule != rhs.element.rule { return lhs.element.rule < rhs.element.rule }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func waiver(_ rule: CheckRule, in document: PolicyDocument) -> Waiver? {
        document.waivers.first { CheckRule(code: $0.rule) == rule }
    }

    /// A document goals come from that the council did not adopt: only noted, never presented,
    /// or silent on it. A regulation that says nothing is left alone: the council does not
    /// adopt the state's rules.
    private static func notAdopted(_ document: PolicyDocument, goals: [String]) -> PolicyFinding? {
        guard !goals.isEmpty else { return nil }
        let message: FindingText
        switch document.adoption {
        case .adoptedByCouncil?: return nil
        case let .noted(date)?: message = CheckMessages.documentOnlyNoted(document.name, date: date, goals: goals.count)
        case .notPresented?: message = CheckMessages.documentNotPresented(document.name, goals: goals.count)
        case nil:
            guard document.kind != .regulation else { return nil }
            message = CheckMessages.documentAdoptionUnknown(document.name, goals: goals.count)
        }
        return PolicyFinding(rule: .notAdopted, severity: .warning, subject: .document(id: document.id, name: document.name), goalIDs: goals,
                             messageText: message, suggestion: CheckMessages.notAdoptedSuggestion, location: document.location,
                             waiver: waiver(.notAdopted, in: document))
    }

    /// A document whose horizon has ended by the peildatum and that was never evaluated.
    /// Budgets are accounted for in the annual report the law requires, and regulations are not
    /// programmes run to an end, so neither is held to this.
    private static func neverEvaluated(_ document: PolicyDocument, goals: [String], peildatum: Period) -> PolicyFinding? {
        guard let horizon = document.horizon, horizon.end <= peildatum.start, document.evaluations.isEmpty,
              document.kind != .budget, document.kind != .regulation
        else { return nil }
        return PolicyFinding(rule: .neverEvaluated, severity: .warning, subject: .document(id: document.id, name: document.name),
                             goalIDs: goals, messageText: CheckMessages.neverEvaluated(document.name, horizon: horizon, goals: goals.count),
                             suggestion: CheckMessages.neverEvaluatedSuggestion, location: document.location,
                             waiver: waiver(.neverEvaluated, in: document))
    }

    /// The goals of one theme taken from more than one declared document: no single document
    /// holds the area's goals. A goal's theme is its own, else its programme's; a goal without a
    /// theme, or whose source names no declared document (a data system, a document nobody
    /// described), belongs to no area here.
    private static func scattered(_ model: GoalModel, documentOfGoal: [PolicyDocument?]) -> [PolicyFinding] {
        let programmeThemes = Dictionary(model.programmes.map { ($0.id, $0.theme) }, uniquingKeysWith: { first, _ in first })
        var areas: [String] = []
        var goalsByArea: [String: [Int]] = [:]
        for (position, goal) in model.goals.enumerated() {
            guard let theme = goal.theme ?? goal.programme.flatMap({ programmeThemes[$0] ?? nil }), !theme.isEmpty,
                  documentOfGoal[position] != nil else { continue }
            if goalsByArea[theme] == nil { areas.append(theme) }
            goalsByArea[theme, default: []].append(position)
        }
        return areas.compactMap { theme -> PolicyFinding? in
            let positions = goalsByArea[theme] ?? []
            // Each document once, in the order the goals name them, with how many goals it holds.
            var order: [PolicyDocument] = []
            var counts: [String: Int] = [:]
            for position in positions {
                guard let document = documentOfGoal[position] else { continue }
                if counts[document.id] == nil { order.append(document) }
                counts[document.id, default: 0] += 1
            }
            guard order.count > 1 else { return nil }
            let areaWaiver = order.lazy.compactMap { waiver(.scatteredPolicy, in: $0) }.first
            return PolicyFinding(rule: .scatteredPolicy, severity: .warning, subject: .area(theme), goalIDs: positions.map { model.goals[$0].id },
                                 messageText: CheckMessages.scatteredPolicy(theme, goals: positions.count, documents: order.map { ($0.name, counts[$0.id] ?? 0) }),
                                 suggestion: CheckMessages.scatteredPolicySuggestion, location: nil, waiver: areaWaiver)
        }
    }
}
