/// What `status --by` groups goals by.
public enum GoalGrouping: String, Sendable, Hashable, CaseIterable {
    case document, programme, owner
}

/// Goals that belong together: of one document, one programme or one owner; `key` nil for the
/// goals that have none.
public struct GoalGroup: Sendable {
    public let grouping: GoalGrouping
    /// The document or programme id, or the owner as written; nil: the goals without one.
    public let key: String?
    /// The document's or programme's title.
    public let title: String?
    /// Who owns the document or programme.
    public let owner: String?
    /// The programme's theme.
    public let theme: String?
    public let evaluations: EvaluationSet
}

/// Which goals a query keeps: of a document (id or title), a programme (id), an owner (part of
/// the name, ignoring case), with one of the statuses, an id matching one of the patterns (`*`
/// and `?` as in a shell), reading a metric, declared in a file. Every condition given must hold.
public struct GoalFilter: Sendable, Hashable {
    public var document: String?
    public var programme: String?
    public var owner: String?
    /// Empty: any status.
    public var statuses: Set<GoalStatus>
    /// Goal ids or globs; empty: any goal.
    public var goalPatterns: [String]
    public var metric: String?
    /// A file the goal is declared in: the whole path or its last components.
    public var file: String?

    public init(document: String? = nil, programme: String? = nil, owner: String? = nil, statuses: Set<GoalStatus> = [],
                goalPatterns: [String] = [], metric: String? = nil, file: String? = nil) {
        self.document = document
        self.programme = programme
        self.owner = owner
        self.statuses = statuses
        self.goalPatterns = goalPatterns
        self.metric = metric
        self.file = file
    }

    public var isEmpty: Bool {
        document == nil && programme == nil && owner == nil && statuses.isEmpty && goalPatterns.isEmpty && metric == nil && file == nil
    }

    /// Whether a goal's file is the one named: the whole path or its last components.
    public static func file(_ path: String?, matches wanted: String) -> Bool {
        guard let path else { return false }
        return path == wanted || path.hasSuffix("/" + wanted)
    }

    /// Whether a goal id matches a pattern: `*` any run of characters, `?` one character.
    public static func id(_ id: String, matches pattern: String) -> Bool {
        let text = Array(id), glob = Array(pattern)
        // Iterative matching with one backtrack point: linear for the patterns people type.
        var textIndex = 0, globIndex = 0
        var starGlob: Int?, starText = 0
        while textIndex < text.count {
            if globIndex < glob.count, glob[globIndex] == "?" || glob[globIndex] == text[textIndex] {
                textIndex += 1
                globIndex += 1
            } else if globIndex < glob.count, glob[globIndex] == "*" {
                starGlob = globIndex
                starText = textIndex
                globIndex += 1
            } else if let star = starGlob {
                globIndex = star + 1
                starText += 1
                textIndex = starText
            } else {
                return false
            }
        }
        while globIndex < glob.count, glob[globIndex] == "*" { globIndex += 1 }
        return globIndex == glob.count
    }
}

/// The order `status --sort` lists goals in.
public enum GoalOrder: String, Sendable, Hashable, CaseIterable {
    /// Earliest deadline first; goals without one last.
    case deadline
    /// Least progress first; goals without a progress figure last.
    case progress
    /// The dashboard's order: what needs attention first.
    case status
    case id

    /// The evaluations in this order; ties keep their order.
    public func sorted(_ set: EvaluationSet) -> EvaluationSet {
        let indexed = Array(set.evaluations.enumerated())
        let sorted = indexed.sorted { left, right in
            let order = compare(left.element, right.element)
            return order == 0 ? left.offset < right.offset : order < 0
        }
        return EvaluationSet(evaluations: sorted.map(\.element), asOf: set.asOf, keepsOrder: true)
    }

    private func compare(_ left: GoalEvaluation, _ right: GoalEvaluation) -> Int {
        func optional<Value: Comparable>(_ a: Value?, _ b: Value?) -> Int {
            switch (a, b) {
            case let (a?, b?): a < b ? -1 : (b < a ? 1 : 0)
            case (nil, nil): 0
            case (nil, _): 1
            case (_, nil): -1
            }
        }
        switch self {
        case .deadline: return optional(left.deadline, right.deadline)
        case .progress: return optional(left.progress, right.progress)
        case .status: return optional(left.status.dashboardRank, right.status.dashboardRank)
        case .id: return optional(left.goal.id, right.goal.id)
        }
    }
}

/// How goals hang together with the documents they come from and the programmes they belong
/// to: one lookup for many goals.
public struct PolicyLinks: Sendable {
    public let model: GoalModel
    private let index: DocumentIndex
    private let programmes: [String: Programme]

    public init(model: GoalModel) {
        self.model = model
        index = DocumentIndex(model.documents)
        programmes = Dictionary(model.programmes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func document(of goal: Goal) -> PolicyDocument? { index.document(of: goal) }

    public func document(named name: String) -> PolicyDocument? { index.document(named: name) }

    public func programme(of goal: Goal) -> Programme? { goal.programme.flatMap { programmes[$0] } }

    /// Who answers for a goal: its own owner, else its programme's, else its document's.
    public func owner(of goal: Goal) -> String? {
        goal.owner ?? programme(of: goal)?.owner ?? document(of: goal)?.owner
    }

    /// Whether a goal passes the filter. The owner matches the goal's own owner, its
    /// programme's or its document's: an alderman owns the programme, a team the goal.
    public func matches(_ goal: Goal, _ filter: GoalFilter) -> Bool {
        if let wanted = filter.document {
            guard let document = document(of: goal), document.id == wanted || index.document(named: wanted)?.id == document.id
            else { return false }
        }
        if let wanted = filter.programme, goal.programme != wanted { return false }
        if !filter.goalPatterns.isEmpty, !filter.goalPatterns.contains(where: { GoalFilter.id(goal.id, matches: $0) }) { return false }
        if let wanted = filter.metric, goal.metric?.metric != wanted, goal.metric?.description != wanted { return false }
        if let wanted = filter.file, !GoalFilter.file(goal.location?.file, matches: wanted) { return false }
        if let wanted = filter.owner?.lowercased() {
            let owners = [goal.owner, programme(of: goal)?.owner, document(of: goal)?.owner].compactMap { $0?.lowercased() }
            guard owners.contains(where: { $0.contains(wanted) }) else { return false }
        }
        return true
    }

    /// Whether an evaluated goal passes the filter, its status included.
    public func matches(_ evaluation: GoalEvaluation, _ filter: GoalFilter) -> Bool {
        (filter.statuses.isEmpty || filter.statuses.contains(evaluation.status)) && matches(evaluation.goal, filter)
    }

    public func filtered(_ set: EvaluationSet, _ filter: GoalFilter) -> EvaluationSet {
        guard !filter.isEmpty else { return set }
        return EvaluationSet(evaluations: set.evaluations.filter { matches($0, filter) }, asOf: set.asOf, keepsOrder: set.keepsOrder)
    }

    /// The goals in groups: documents and programmes in the order declared, owners
    /// alphabetically, the goals without one last; a group without goals is left out.
    public func groups(_ set: EvaluationSet, by grouping: GoalGrouping) -> [GoalGroup] {
        var byKey: [String: [GoalEvaluation]] = [:]
        var without: [GoalEvaluation] = []
        for evaluation in set.evaluations {
            let key: String? = switch grouping {
            case .document: document(of: evaluation.goal)?.id
            case .programme: programme(of: evaluation.goal)?.id
            case .owner: owner(of: evaluation.goal)
            }
            if let key { byKey[key, default: []].append(evaluation) } else { without.append(evaluation) }
        }
        func group(_ key: String?, title: String?, owner: String?, theme: String? = nil, _ evaluations: [GoalEvaluation]) -> GoalGroup {
            GoalGroup(grouping: grouping, key: key, title: title, owner: owner, theme: theme,
                      evaluations: EvaluationSet(evaluations: evaluations, asOf: set.asOf, keepsOrder: set.keepsOrder))
        }
        var groups: [GoalGroup]
        switch grouping {
        case .document:
            groups = model.documents.compactMap { document in
                byKey.removeValue(forKey: document.id).map { group(document.id, title: document.title, owner: document.owner, $0) }
            }
        case .programme:
            groups = model.programmes.compactMap { programme in
                byKey.removeValue(forKey: programme.id).map {
                    group(programme.id, title: programme.title, owner: programme.owner, theme: programme.theme, $0)
                }
            }
        case .owner:
            groups = byKey.keys.sorted { $0.lowercased() < $1.lowercased() }.map { group($0, title: nil, owner: $0, byKey[$0] ?? []) }
        }
        if !without.isEmpty { groups.append(group(nil, title: nil, owner: nil, without)) }
        return groups
    }

    /// Every declared document with its goals, and the goals whose source names none.
    public func overview(_ set: EvaluationSet) -> DocumentOverview {
        var byDocument: [String: [GoalEvaluation]] = [:]
        var undeclared: [GoalEvaluation] = []
        for evaluation in set.evaluations {
            if let document = document(of: evaluation.goal) {
                byDocument[document.id, default: []].append(evaluation)
            } else {
                undeclared.append(evaluation)
            }
        }
        var seen = Set<String>()
        let summaries = model.documents.filter { seen.insert($0.id).inserted }.map { document in
            DocumentSummary(document: document, goals: EvaluationSet(evaluations: byDocument[document.id] ?? [], asOf: set.asOf))
        }
        return DocumentOverview(documents: summaries, undeclared: EvaluationSet(evaluations: undeclared, asOf: set.asOf))
    }
}

/// One document as `documents` shows it.
public struct DocumentSummary: Sendable {
    public let document: PolicyDocument
    public let goals: EvaluationSet

    /// Goals koers can judge: every status but not-evaluable (a goal without figures yet can
    /// be judged once they come).
    public var judgeable: Int { goals.evaluations.count { $0.status != .notEvaluable } }

    public var isEvaluated: Bool { !document.evaluations.isEmpty }
}

/// Every declared document with its goals, and the goals whose source names no declared document.
public struct DocumentOverview: Sendable {
    public let documents: [DocumentSummary]
    public let undeclared: EvaluationSet
}
