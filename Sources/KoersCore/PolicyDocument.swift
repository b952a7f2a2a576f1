/// A date as a policy document gives it: a period (`2015`, `2015-06`), or a day (`2020-11-12`).
/// Councils adopt documents on a day, but reports often give only the month or the year.
public struct DocumentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let period: Period
    /// The day within `period`, which is then a month.
    public let day: Int?

    public init(_ period: Period) {
        self.period = period
        self.day = nil
    }

    /// A day; nil when the month or day does not exist (`2021-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard let period = Period(year: year, granularity: .month, index: month),
              (1...CalendarDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.period = period
        self.day = day
    }

    /// `2020`, `2015-06`, `2021-Q3` or `2020-11-12`.
    public static func parse(_ text: String) -> DocumentDate? {
        if let parsed = Period.parse(text), !parsed.provisional { return DocumentDate(parsed.period) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return DocumentDate(year: year, month: month, day: day)
    }

    public var description: String {
        guard let day else { return period.description }
        return period.description + (day < 10 ? "-0\(day)" : "-\(day)")
    }

    public static func < (lhs: DocumentDate, rhs: DocumentDate) -> Bool {
        lhs.period != rhs.period ? lhs.period < rhs.period : (lhs.day ?? 0) < (rhs.day ?? 0)
    }
}

/// What kind of policy document it is.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case budget
    case programme
    case policyNote = "policy-note"
    case vision
    case strategy
    case coalitionAgreement = "coalition-agreement"
    case implementationPlan = "implementation-plan"
    case regulation
    case other
}

/// What the council did with a document. A document without one says nothing about it (unknown).
public enum Adoption: Sendable, Hashable {
    /// Adopted by the council (`vastgesteld door de raad`): the council set the frame.
    case adoptedByCouncil(DocumentDate?)
    /// Offered to the council for information only (`ter kennisname`, `ter kennisgeving`).
    case noted(DocumentDate?)
    /// Never put before the council (`niet aangeboden`).
    case notPresented

    public var isAdoptedByCouncil: Bool {
        if case .adoptedByCouncil = self { return true }
        return false
    }

    /// The date of the adoption or noting, when known.
    public var date: DocumentDate? {
        switch self {
        case let .adoptedByCouncil(date), let .noted(date): date
        case .notPresented: nil
        }
    }
}

/// An evaluation of a document: when, and what (`evaluation 2019 "Rekenkamerrapport"`).
public struct DocumentEvaluation: Sendable, Hashable {
    public var date: DocumentDate
    public var title: String

    public init(date: DocumentDate, title: String) {
        self.date = date
        self.title = title
    }
}

/// A policy document goals are taken from: a budget, a programme, a policy note, a coalition
/// agreement. Every field but the id is optional, so a document is recorded as little as is known.
public struct PolicyDocument: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var kind: DocumentKind?
    public var date: DocumentDate?
    public var adoption: Adoption?
    /// The period the document runs to ("op weg naar 2020").
    public var horizon: Period?
    /// Who answers for it (the portefeuillehouder).
    public var owner: String?
    public var evaluations: [DocumentEvaluation]
    public var notes: [String]
    /// Deliberate exceptions to the check's rules about the document (`not-adopted`,
    /// `never-evaluated`, `scattered-policy`).
    public var waivers: [Waiver]
    @IgnoredInEquality public var location: SourceLocation?

    public init(
        id: String, title: String? = nil, kind: DocumentKind? = nil, date: DocumentDate? = nil, adoption: Adoption? = nil,
        horizon: Period? = nil, owner: String? = nil, evaluations: [DocumentEvaluation] = [], notes: [String] = [],
        waivers: [Waiver] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.date = date
        self.adoption = adoption
        self.horizon = horizon
        self.owner = owner
        self.evaluations = evaluations
        self.notes = notes
        self.waivers = waivers
        self.location = location
    }

    /// The title when it has one, else the id: how a listing names it.
    public var name: String { title ?? id }
}

/// A programme of the budget (or any grouping of goals a council reports by), with who owns it
/// and the theme it belongs to.
public struct Programme: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var owner: String?
    public var theme: String?
    @IgnoredInEquality public var location: SourceLocation?

    public init(id: String, title: String? = nil, owner: String? = nil, theme: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.owner = owner
        self.theme = theme
        self.location = location
    }

    public var name: String { title ?? id }
}

/// Finds the declared document a goal's `source` names: by id, or by title (ignoring case and
/// runs of spaces). A source that names none stays free text.
public struct DocumentIndex: Sendable {
    private var byKey: [String: Int] = [:]
    public let documents: [PolicyDocument]

    public init(_ documents: [PolicyDocument]) {
        self.documents = documents
        // Ids first, so that an id wins over another document's title; the first of a kind wins.
        for (index, document) in documents.enumerated() where byKey[document.id] == nil {
            byKey[document.id] = index
        }
        for (index, document) in documents.enumerated() {
            guard let title = document.title else { continue }
            let key = Self.titleKey(title)
            if byKey[key] == nil { byKey[key] = index }
        }
    }

    /// The document a source text names, if any.
    public func document(named source: String) -> PolicyDocument? {
        // No documents declared (a national monitor): no key to make for every goal's source.
        guard !byKey.isEmpty else { return nil }
        if let index = byKey[source] { return documents[index] }
        return byKey[Self.titleKey(source)].map { documents[$0] }
    }

    public func document(of goal: Goal) -> PolicyDocument? {
        goal.source.flatMap { document(named: $0.document) }
    }

    /// A title as compared: lowercased, spaces collapsed, marked so it never equals an id.
    static func titleKey(_ title: String) -> String {
        "\u{1}" + title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
