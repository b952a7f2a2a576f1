import KoersCore

/// What one goal field says, read on its own: the parser builds goals from these, and an edit
/// (`set GOAL target >= 90% by 2026`) reads one and applies it.
public enum GoalFieldValue: Sendable, Hashable {
    case title(String)
    case source(DocumentReference)
    /// The id of the programme the goal belongs to.
    case programme(String)
    case theme(String)
    case owner(String)
    case scope(String)
    case metric(SeriesKey)
    case baseline(Baseline)
    /// `target >= 90% by 2026`: the deadline when the target line gives one.
    case target(Target, deadline: Period?)
    case deadline(Period)
    case milestone(Milestone)
    case note(String)
    case waiver(Waiver)
    case pace(StatedPace)
    case reporting(Granularity)

    public var kind: FieldKind {
        switch self {
        case .title: .title
        case .source: .source
        case .programme: .programme
        case .theme: .theme
        case .owner: .owner
        case .scope: .scope
        case .metric: .metric
        case .baseline: .baseline
        case .target: .target
        case .deadline: .deadline
        case .milestone: .milestone
        case .note: .note
        case .waiver: .waiver
        case .pace: .pace
        case .reporting: .reporting
        }
    }

    /// Puts the value into a goal: a repeatable field (milestone, note, waiver) is added, any
    /// other replaces what the goal had; a target that names a deadline sets both.
    public func apply(to goal: inout Goal) {
        switch self {
        case let .title(text): goal.title = text
        case let .source(reference): goal.source = reference
        case let .programme(id): goal.programme = id
        case let .theme(text): goal.theme = text
        case let .owner(text): goal.owner = text
        case let .scope(text): goal.scope = text
        case let .metric(series): goal.metric = series
        case let .baseline(baseline): goal.baseline = baseline
        case let .target(target, deadline):
            goal.target = target
            if let deadline { goal.deadline = deadline }
        case let .deadline(period): goal.deadline = period
        case let .milestone(milestone): goal.milestones.append(milestone)
        case let .note(text): goal.notes.append(text)
        case let .waiver(waiver): goal.waivers.append(waiver)
        case let .pace(pace): goal.pace = pace
        case let .reporting(frequency): goal.reporting = frequency
        }
    }
}

/// What one metric field says, read on its own.
public enum MetricFieldValue: Sendable, Hashable {
    case title(String)
    case unit(MetricUnit)
    /// A quoted unit the language has no word for: `unit "kg per inwoner"`.
    case freeUnit(String)
    case source(String)
    case frequency(Granularity)
    /// `two-yearly` / `tweejaarlijks`: yearly figures, one every two years.
    case twoYearly
    case combine(CombineRule)
    case definition(String)
    case totalOf(String)
    case formula(Formula)
    /// A figure for the metric itself (no labels) or one of its labelled series.
    case value(labels: [Label], period: Period, provisional: Bool, value: Double)

    public var kind: FieldKind {
        switch self {
        case .title: .title
        case .unit, .freeUnit: .unit
        case .source: .source
        case .frequency, .twoYearly: .frequency
        case .combine: .combine
        case .definition: .definition
        case .totalOf: .totalOf
        case .formula: .formula
        case .value: .value
        }
    }

    /// Puts the value into a metric, replacing what it had. A `value` line is a figure, not a
    /// property of the metric: it changes nothing here (see `GoalFileContent.inlineValues`).
    public func apply(to metric: inout Metric) {
        switch self {
        case let .title(text): metric.title = text
        case let .unit(unit):
            metric.unit = unit
            metric.unitName = nil
        case let .freeUnit(name):
            metric.unit = nil
            metric.unitName = name
        case let .source(text): metric.source = text
        case let .frequency(frequency):
            metric.frequency = frequency
            metric.periodsBetweenFigures = 1
        case .twoYearly:
            metric.frequency = .year
            metric.periodsBetweenFigures = 2
        case let .combine(rule): metric.combine = rule
        case let .definition(text): metric.definition = text
        case let .totalOf(label): metric.totalOf = label
        case let .formula(formula): metric.formula = formula
        case .value: break
        }
    }
}

/// What one document field says, read on its own.
public enum DocumentFieldValue: Sendable, Hashable {
    case title(String)
    case kind(DocumentKind)
    case date(DocumentDate)
    /// `adopted by council`, `noted` or `not presented`, with its date.
    case adoption(Adoption)
    case horizon(Period)
    case owner(String)
    case evaluation(DocumentEvaluation)
    case note(String)
    case waiver(Waiver)

    public var kind: FieldKind {
        switch self {
        case .title: .title
        case .kind: .kind
        case .date: .date
        case let .adoption(adoption):
            switch adoption {
            case .adoptedByCouncil: .adopted
            case .noted: .noted
            case .notPresented: .notPresented
            }
        case .horizon: .horizon
        case .owner: .owner
        case .evaluation: .evaluation
        case .note: .note
        case .waiver: .waiver
        }
    }

    /// Puts the value into a document: an evaluation or note is added, any other field replaces
    /// what the document had (one adoption replaces another).
    public func apply(to document: inout PolicyDocument) {
        switch self {
        case let .title(text): document.title = text
        case let .kind(kind): document.kind = kind
        case let .date(date): document.date = date
        case let .adoption(adoption): document.adoption = adoption
        case let .horizon(period): document.horizon = period
        case let .owner(text): document.owner = text
        case let .evaluation(evaluation): document.evaluations.append(evaluation)
        case let .note(text): document.notes.append(text)
        case let .waiver(waiver): document.waivers.append(waiver)
        }
    }
}

/// What one programme field says, read on its own.
public enum ProgrammeFieldValue: Sendable, Hashable {
    case title(String)
    case owner(String)
    case theme(String)

    public var kind: FieldKind {
        switch self {
        case .title: .title
        case .owner: .owner
        case .theme: .theme
        }
    }

    public func apply(to programme: inout Programme) {
        switch self {
        case let .title(text): programme.title = text
        case let .owner(text): programme.owner = text
        case let .theme(text): programme.theme = text
        }
    }
}

extension GoalFileParser {
    /// Reads one goal field as a user types it: `target >= 90% by 2026`, `streefwaarde minimaal
    /// 90%` — a keyword in either language and its value, on one line, in the notation of the
    /// goal's file. The first error is placed on line 1 of `source`. Checks that need the whole
    /// goal (a deadline after the baseline) are made when the edited file is parsed.
    public static func goalField(_ text: String, notation: NumberNotation?, source: String = "input") -> Result<GoalFieldValue, Diagnostic> {
        readField(text, of: .goal, notation: notation, source: source) { reader, kind throws(Problem) in
            try reader.goalField(kind).value
        }
    }

    /// Reads one metric field as a user types it: `unit percent`, `waarde 2021 = 7,2`.
    public static func metricField(_ text: String, notation: NumberNotation?, source: String = "input") -> Result<MetricFieldValue, Diagnostic> {
        readField(text, of: .metric, notation: notation, source: source) { reader, kind throws(Problem) in
            try reader.metricField(kind).value
        }
    }

    /// Reads one document field as a user types it: `kind budget`, `ter kennisname 2015-06`.
    public static func documentField(_ text: String, source: String = "input") -> Result<DocumentFieldValue, Diagnostic> {
        readField(text, of: .document, notation: nil, source: source) { reader, kind throws(Problem) in
            try reader.documentField(kind)
        }
    }

    /// Reads one programme field as a user types it: `owner "Wethouder Dienstverlening"`.
    public static func programmeField(_ text: String, source: String = "input") -> Result<ProgrammeFieldValue, Diagnostic> {
        readField(text, of: .programme, notation: nil, source: source) { reader, kind throws(Problem) in
            try reader.programmeField(kind)
        }
    }

    private static func readField<Value>(
        _ text: String, of block: BlockKind, notation: NumberNotation?, source: String,
        read: (inout TokenReader, FieldKind) throws(Problem) -> Value
    ) -> Result<Value, Diagnostic> {
        var text = text
        let lexed = text.withUTF8 { Lexer.lex($0, line: 0) }
        func failure(_ problem: Problem) -> Result<Value, Diagnostic> {
            .failure(Diagnostic(.error, at: SourceLocation(file: source, line: 1, column: problem.column), problem.message,
                                sourceLine: LineParser.displayed(text), length: problem.length, hint: problem.hint))
        }
        if let problem = lexed.problems.first { return failure(problem) }
        guard !lexed.tokens.isEmpty else {
            return failure(Problem(line: 0, column: 1 + lexed.indentationLength, length: 1, GoalFileMessages.expected(.fieldKeyword, found: nil)))
        }
        let (keyword, values) = LineParser.keywordAndValues(lexed.tokens, in: block)
        do throws(Problem) {
            let kind = try LineParser.fieldKind(of: keyword, in: block)
            var reader = TokenReader(tokens: values, keyword: keyword, notation: notation)
            return .success(try read(&reader, kind))
        } catch {
            return failure(error)
        }
    }
}

extension TokenReader {
    /// Reads the value of a goal field to the end of the field. Also gives the token of the
    /// deadline's period, where the field sets one, so that a second deadline can be pointed at.
    mutating func goalField(_ kind: FieldKind) throws(Problem) -> (value: GoalFieldValue, deadlineToken: GoalFileToken?) {
        let value: GoalFieldValue
        var deadlineToken: GoalFileToken?
        switch kind {
        case .title:
            let title = try text()
            if title.isEmpty { throw Problem(at: keyword, GoalFileMessages.emptyTitle) }
            value = .title(title)
        case .source:
            let document = try text()
            var section: String?
            if skip(",") { section = try text(.section) }
            value = .source(DocumentReference(document: document, section: section))
        case .programme:
            value = .programme(try identifier(.programmeID))
        case .theme:
            value = .theme(try text())
        case .owner:
            value = .owner(try text())
        case .scope:
            value = .scope(try text())
        case .note:
            value = .note(try text())
        case .metric:
            value = .metric(try series())
        case .baseline:
            var period: Period?
            if peek?.kind == .word { period = try self.period().period }
            var number: Double?
            if skip("=") { number = try self.number() }
            if period == nil, number == nil { throw problemExpecting(.baseline) }
            value = .baseline(Baseline(period: period, value: number))
        case .target:
            let target = try self.target()
            var deadline: Period?
            if let word = peek, word.kind == .word, GoalFileVocabulary.deadlineWords.contains(word.value) {
                index += 1
                let read = try period()
                deadline = read.period
                deadlineToken = read.token
            }
            value = .target(target, deadline: deadline)
        case .deadline:
            let read = try period()
            deadlineToken = read.token
            value = .deadline(read.period)
        case .milestone:
            let period = try self.period().period
            value = .milestone(Milestone(period: period, target: try target()))
        case .waiver:
            value = .waiver(try waiver())
        case .pace:
            let amountToken = peek
            let amount = try number()
            guard amount > 0 else { throw Problem(at: amountToken ?? keyword, GoalFileMessages.paceNotPositive) }
            guard let word = peek, word.kind == .word, GoalFileVocabulary.perWords.contains(word.value) else {
                throw problemExpecting(.perPeriod)
            }
            index += 1
            value = .pace(StatedPace(amount: amount, per: try oneOf(.perPeriod, in: GoalFileVocabulary.periodNameLookup)))
        case .reporting:
            // `per kwartaal` reads as well as `per-kwartaal`, `quarterly`.
            if let word = peek, word.kind == .word, GoalFileVocabulary.perWords.contains(word.value) {
                index += 1
                value = .reporting(try oneOf(.perPeriod, in: GoalFileVocabulary.periodNameLookup))
            } else {
                value = .reporting(try oneOf(.reporting, in: GoalFileVocabulary.frequencyLookup))
            }
        case .unit, .frequency, .combine, .definition, .totalOf, .formula, .value, .kind, .date, .adopted, .noted, .notPresented,
             .horizon, .evaluation:
            throw Problem(at: keyword, GoalFileMessages.fieldInWrongBlock(keyword.value, field: kind, block: .goal))
        }
        try end()
        return (value, deadlineToken)
    }

    /// Reads the value of a metric field to the end of the field. Also gives the token of a
    /// `value` line's number, where the figure's location points.
    mutating func metricField(_ kind: FieldKind) throws(Problem) -> (value: MetricFieldValue, numberToken: GoalFileToken?) {
        let value: MetricFieldValue
        var numberToken: GoalFileToken?
        switch kind {
        case .title:
            value = .title(try text())
        case .source:
            value = .source(try text())
        case .definition:
            value = .definition(try text())
        case .unit:
            value = peek?.kind == .text ? .freeUnit(try text()) : .unit(try oneOf(.unit, in: GoalFileVocabulary.unitLookup))
        case .frequency:
            if let word = peek, word.kind == .word, GoalFileVocabulary.twoYearlyWords.contains(word.value) {
                index += 1
                value = .twoYearly
            } else {
                value = .frequency(try oneOf(.frequency, in: GoalFileVocabulary.frequencyLookup))
            }
        case .combine:
            value = .combine(try oneOf(.combine, in: GoalFileVocabulary.combineLookup))
        case .totalOf:
            value = .totalOf(try identifier(.labelName))
        case .formula:
            value = .formula(try formula())
        case .value:
            let labels = peek?.isSymbol("{") == true ? try self.labels() : []
            let (period, provisional, _) = try self.period(allowProvisional: true)
            try expect("=", .equals)
            numberToken = peek
            value = .value(labels: labels, period: period, provisional: provisional, value: try number())
        case .owner, .scope, .metric, .baseline, .target, .deadline, .milestone, .note, .waiver, .pace, .reporting, .programme, .theme,
             .kind, .date, .adopted, .noted, .notPresented, .horizon, .evaluation:
            throw Problem(at: keyword, GoalFileMessages.fieldInWrongBlock(keyword.value, field: kind, block: .metric))
        }
        try end()
        return (value, numberToken)
    }

    /// Reads the value of a document field to the end of the field.
    mutating func documentField(_ kind: FieldKind) throws(Problem) -> DocumentFieldValue {
        let value: DocumentFieldValue
        switch kind {
        case .title:
            value = .title(try text())
        case .kind:
            value = .kind(try oneOf(.documentKind, in: GoalFileVocabulary.documentKindLookup))
        case .date:
            value = .date(try date())
        case .adopted:
            value = .adoption(.adoptedByCouncil(peek == nil ? nil : try date()))
        case .noted:
            value = .adoption(.noted(peek == nil ? nil : try date()))
        case .notPresented:
            value = .adoption(.notPresented)
        case .horizon:
            value = .horizon(try period().period)
        case .owner:
            value = .owner(try text())
        case .evaluation:
            let date = try self.date()
            value = .evaluation(DocumentEvaluation(date: date, title: try text()))
        case .note:
            value = .note(try text())
        case .waiver:
            value = .waiver(try waiver())
        case .source, .scope, .metric, .baseline, .target, .deadline, .milestone, .programme, .theme, .pace, .reporting, .unit, .frequency,
             .combine, .definition, .totalOf, .formula, .value:
            throw Problem(at: keyword, GoalFileMessages.fieldInWrongBlock(keyword.value, field: kind, block: .document))
        }
        try end()
        return value
    }

    /// `RULE "reason"`. A waiver for a rule that does not exist would waive nothing without a
    /// word, so an unknown code is an error.
    mutating func waiver() throws(Problem) -> Waiver {
        let ruleToken = peek
        let rule = try identifier(.ruleCode)
        if CheckRule(code: rule) == nil, let ruleToken {
            let codes = CheckRule.allCases.map(\.code)
            throw Problem(at: ruleToken, GoalFileMessages.unknownRuleCode(rule),
                          hint: Suggestion.closest(to: rule.lowercased(), among: codes).map(GoalFileMessages.didYouMean)
                              ?? GoalFileMessages.ruleCodeList(codes))
        }
        return Waiver(rule: rule, reason: try text(.reason))
    }

    /// Reads the value of a programme field to the end of the field.
    mutating func programmeField(_ kind: FieldKind) throws(Problem) -> ProgrammeFieldValue {
        let value: ProgrammeFieldValue
        switch kind {
        case .title: value = .title(try text())
        case .owner: value = .owner(try text())
        case .theme: value = .theme(try text())
        default:
            throw Problem(at: keyword, GoalFileMessages.fieldInWrongBlock(keyword.value, field: kind, block: .programme))
        }
        try end()
        return value
    }

    /// A day, month, quarter, half-year or year: `2020-11-12`, `2015-06`, `2019`.
    mutating func date() throws(Problem) -> DocumentDate {
        guard let token = peek, token.kind == .word else { throw problemExpecting(.date) }
        guard let date = DocumentDate.parse(token.value) else {
            throw Problem(at: token, GoalFileMessages.invalidDate(token.value), hint: GoalFileMessages.dateHint)
        }
        index += 1
        return date
    }
}
