import KoersCore

/// The second phase: gives each block and field its meaning (goals, metrics, data declarations,
/// inline values), checking every value. A field with an error is reported and passed over, so
/// that all errors of a file are found in one run.
struct Lowering {
    let path: String
    let notation: NumberNotation?
    /// The file's bytes, for a data option written as words, which is taken as written.
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var content = GoalFileContent()
    private(set) var problems: [Problem] = []
    /// Where each inline value was first written, across the blocks lowered so far.
    private var valueLines: [ValueSlot: Int] = [:]

    /// Told of each data declaration as soon as it is lowered.
    private let declared: ((DataDeclaration) -> Void)?

    init(path: String, notation: NumberNotation?, bytes: UnsafeBufferPointer<UInt8>, declared: ((DataDeclaration) -> Void)? = nil) {
        self.path = path
        self.notation = notation
        self.bytes = bytes
        self.declared = declared
    }

    private struct ValueSlot: Hashable {
        let series: SeriesKey
        let period: Period
    }

    /// Adds one block's meaning to `content`. Blocks are lowered in file order, one at a time, so
    /// that a load can drop each block's tokens as soon as it is lowered.
    mutating func lower(_ block: BlockDraft) {
        switch block.kind {
        case .goal:
            content.goals.append(goal(block))
        case .metric:
            let (metric, values) = metric(block)
            content.metrics.append(metric)
            for (value, token) in values {
                let slot = ValueSlot(series: value.series, period: value.period)
                if let earlier = valueLines[slot] {
                    problems.append(Problem(at: token, GoalFileMessages.duplicateInlineValue(
                        series: value.series.description, period: value.period.description, firstLine: earlier + 1)))
                } else {
                    valueLines[slot] = token.line
                    content.inlineValues.append(value)
                }
            }
        case .data:
            let declaration = dataDeclaration(block)
            content.dataDeclarations.append(declaration)
            declared?(declaration)
        case .document:
            content.documents.append(document(block))
        case .programme:
            content.programmes.append(programme(block))
        }
    }

    private func location(_ token: GoalFileToken) -> SourceLocation {
        SourceLocation(file: path, line: token.line + 1, column: token.column)
    }

    private func reader(_ field: FieldDraft) -> TokenReader {
        TokenReader(tokens: field.values, keyword: field.keyword, notation: notation)
    }

    // MARK: - Goals

    private mutating func goal(_ block: BlockDraft) -> Goal {
        var goal = Goal(id: block.name?.value ?? "", title: "", location: block.name.map(location))
        var deadlineToken: GoalFileToken?
        var hasTitle = false
        for field in block.fields {
            if field.kind == .title { hasTitle = true }
            guard !field.broken, let kind = field.kind else { continue }
            var reader = reader(field)
            do throws(Problem) {
                let (value, token) = try reader.goalField(kind)
                if let token {
                    if let earlier = deadlineToken {
                        throw Problem(at: token, GoalFileMessages.duplicateDeadline(firstLine: earlier.line + 1))
                    }
                    deadlineToken = token
                }
                value.apply(to: &goal)
            } catch {
                problems.append(error)
            }
        }
        if !hasTitle, let name = block.name {
            problems.append(Problem(at: name, GoalFileMessages.missingTitle(goal.id)))
        }
        if let deadline = goal.deadline, let baseline = goal.baseline?.period, let deadlineToken, deadline.end <= baseline.end {
            problems.append(Problem(at: deadlineToken, GoalFileMessages.deadlineNotAfterBaseline(
                deadline: deadline.description, baseline: baseline.description)))
        }
        return goal
    }

    // MARK: - Metrics

    private mutating func metric(_ block: BlockDraft) -> (Metric, [(InlineValue, GoalFileToken)]) {
        var metric = Metric(id: block.name?.value ?? "", location: block.name.map(location))
        var values: [(InlineValue, GoalFileToken)] = []
        for field in block.fields {
            guard !field.broken, let kind = field.kind else { continue }
            var reader = reader(field)
            do throws(Problem) {
                let (value, numberToken) = try reader.metricField(kind)
                if case let .value(labels, period, provisional, number) = value, let numberToken {
                    let figure = InlineValue(series: SeriesKey(metric: metric.id, labels: labels), period: period, value: number,
                                             provisional: provisional, location: location(numberToken))
                    values.append((figure, numberToken))
                } else {
                    value.apply(to: &metric)
                }
            } catch {
                problems.append(error)
            }
        }
        return (metric, values)
    }

    // MARK: - Documents and programmes

    private mutating func document(_ block: BlockDraft) -> PolicyDocument {
        var document = PolicyDocument(id: block.name?.value ?? "", location: block.name.map(location))
        var adoptionLine: Int?
        for field in block.fields {
            guard !field.broken, let kind = field.kind else { continue }
            var reader = reader(field)
            do throws(Problem) {
                let value = try reader.documentField(kind)
                if GoalFileVocabulary.adoptionFields.contains(kind) {
                    if let adoptionLine {
                        throw Problem(at: field.keyword, GoalFileMessages.secondAdoption(field.keyword.value, firstLine: adoptionLine + 1))
                    }
                    adoptionLine = field.firstLine
                }
                value.apply(to: &document)
            } catch {
                problems.append(error)
            }
        }
        return document
    }

    private mutating func programme(_ block: BlockDraft) -> Programme {
        var programme = Programme(id: block.name?.value ?? "", location: block.name.map(location))
        for field in block.fields {
            guard !field.broken, let kind = field.kind else { continue }
            var reader = reader(field)
            do throws(Problem) {
                try reader.programmeField(kind).apply(to: &programme)
            } catch {
                problems.append(error)
            }
        }
        return programme
    }

    // MARK: - Data declarations

    private mutating func dataDeclaration(_ block: BlockDraft) -> DataDeclaration {
        var declaration = DataDeclaration(path: block.name?.value ?? "", location: block.name.map(location))
        for field in block.fields where !field.broken {
            do throws(Problem) {
                declaration.options.append(DataDeclaration.Option(
                    key: field.keyword.value, value: try optionValue(field), location: location(field.keyword)))
            } catch {
                problems.append(error)
            }
        }
        return declaration
    }

    /// Quoted text (parts joined by one space), or else the option's words exactly as written.
    private func optionValue(_ field: FieldDraft) throws(Problem) -> String {
        guard let first = field.values.first, let last = field.values.last else {
            throw Problem(after: field.keyword, GoalFileMessages.optionNeedsValue(field.keyword.value))
        }
        if field.values.allSatisfy({ $0.kind == .text }) {
            return field.values.map(\.value).joined(separator: " ")
        }
        if field.firstLine != field.lastLine, let word = field.values.first(where: { $0.kind != .text }) {
            throw Problem(at: word, GoalFileMessages.expected(.text, found: word), hint: GoalFileMessages.continuedOptionHint)
        }
        let start = min(field.firstLineStart + first.utf8Range.lowerBound, bytes.count)
        let end = min(max(start, field.firstLineStart + last.utf8Range.upperBound), bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

/// Reads the value tokens of one field, left to right. Each reader either returns what it read
/// or throws the problem at the token where the value went wrong.
struct TokenReader {
    let tokens: [GoalFileToken]
    /// The field's keyword: problems at the end of an empty value point just after it.
    let keyword: GoalFileToken
    let notation: NumberNotation?
    var index = 0

    var peek: GoalFileToken? { index < tokens.count ? tokens[index] : nil }

    /// The last token read, or the keyword.
    private var previous: GoalFileToken { index > 0 ? tokens[index - 1] : keyword }

    /// "Expected …" at the next token, or just after the last one when the line ends.
    func problemExpecting(_ expected: GoalFileMessages.Expected, hint: LocalizedText? = nil) -> Problem {
        if let token = peek {
            return Problem(at: token, GoalFileMessages.expected(expected, found: token), hint: hint)
        }
        return Problem(after: previous, GoalFileMessages.expected(expected, found: nil), hint: hint)
    }

    mutating func skip(_ symbol: String) -> Bool {
        guard peek?.isSymbol(symbol) == true else { return false }
        index += 1
        return true
    }

    mutating func expect(_ symbol: String, _ expected: GoalFileMessages.Expected) throws(Problem) {
        guard skip(symbol) else { throw problemExpecting(expected) }
    }

    /// Nothing may follow the value.
    func end() throws(Problem) {
        guard let token = peek else { return }
        let hint = token.kind == .word ? GoalFileMessages.quoteHint(tokens[index...].map(\.value).joined(separator: " ")) : nil
        throw Problem(at: token, GoalFileMessages.unexpected(token, expected: .endOfLine), hint: hint)
    }

    /// One or more quoted texts, joined by one space.
    mutating func text(_ expected: GoalFileMessages.Expected = .text) throws(Problem) -> String {
        guard let first = peek, first.kind == .text else {
            let rest = tokens[index...].prefix { !$0.isSymbol(",") }.map(\.value).joined(separator: " ")
            let hint = peek?.kind == .word ? GoalFileMessages.quoteHint(rest) : nil
            throw problemExpecting(expected, hint: hint)
        }
        // Nearly every field is one text: no array of parts for it.
        var joined = first.value
        index += 1
        while let next = peek, next.kind == .text {
            joined += " " + next.value
            index += 1
        }
        return joined
    }

    mutating func identifier(_ expected: GoalFileMessages.Expected) throws(Problem) -> String {
        guard let token = peek, token.kind == .word, Identifier.isValid(token.value) else {
            throw problemExpecting(expected, hint: peek?.kind == .word ? GoalFileMessages.idHint : nil)
        }
        index += 1
        return token.value
    }

    /// A word from a fixed list (units, frequencies), with a suggestion for a misspelling.
    mutating func oneOf<Value>(_ expected: GoalFileMessages.Expected, in table: WordTable<Value>) throws(Problem) -> Value {
        guard let token = peek, token.kind == .word else { throw problemExpecting(expected) }
        guard let value = table[token.value] else {
            // The message lists the words; the hint names the one probably meant.
            throw Problem(at: token, GoalFileMessages.expected(expected, found: token),
                          hint: Suggestion.closest(to: GoalFileVocabulary.folded(token.value), among: table.keys.sorted())
                              .map(GoalFileMessages.didYouMean))
        }
        index += 1
        return value
    }

    mutating func period(allowProvisional: Bool = false) throws(Problem) -> (period: Period, provisional: Bool, token: GoalFileToken) {
        guard let token = peek, token.kind == .word else { throw problemExpecting(.period) }
        guard let parsed = token.value.withBytes(Period.parse(bytes:)) else {
            throw Problem(at: token, GoalFileMessages.invalidPeriod(token.value), hint: GoalFileMessages.periodHint)
        }
        if parsed.provisional, !allowProvisional {
            throw Problem(at: token, GoalFileMessages.provisionalOutsideValue(token.value))
        }
        index += 1
        return (parsed.period, parsed.provisional, token)
    }

    mutating func number() throws(Problem) -> Double {
        guard let token = peek, token.kind == .word else { throw problemExpecting(.number) }
        let number = try read(token.value, at: token, expected: .number)
        index += 1
        return number
    }

    /// Reads a number in the file's notation; an ambiguous one is an error naming both readings.
    /// `percent`: `written` ends in a percent sign, which is not part of the number.
    func read(_ written: String, percent: Bool = false, at token: GoalFileToken, expected: GoalFileMessages.Expected) throws(Problem) -> Double {
        let read = written.withBytes { bytes -> Result<Double, NumberReadError> in
            let number = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - (percent ? 1 : 0))])
            // `7.5` in a `notation nl` file is read as English whatever the directive says: a
            // number that proves the other notation contradicts the file, as an import's does.
            if let notation, case .success = NumberReader.read(number, notation: notation),
                let proof = NumberReader.notationEvidence(number), proof != notation
            {
                return .failure(.wrongNotation(expected: notation))
            }
            return NumberReader.read(number, notation: notation)
        }
        if case let .success(value) = read, value.isFinite { return value }
        // Only an error needs the number as a string of its own.
        let text = percent ? String(written.dropLast()) : written
        switch read {
        case .success, .failure(.notANumber):
            let looksLikeText = text.unicodeScalars.contains { $0.properties.isAlphabetic }
            throw Problem(at: token, GoalFileMessages.expected(expected, found: token),
                          hint: looksLikeText ? GoalFileMessages.quoteHint(token.value) : nil)
        case let .failure(.ambiguous(dutch, english)):
            let plain = String(text.filter { $0 != "." && $0 != "," })
            throw Problem(at: token, GoalFileMessages.ambiguousNumber(text, dutch: dutch, english: english),
                          hint: GoalFileMessages.ambiguousNumberHint(plain))
        case let .failure(.wrongNotation(declared)):
            throw Problem(at: token, GoalFileMessages.wrongNotation(text, declared: declared))
        }
    }

    /// A comparator (symbol or words, optional) and a value: `>= 90%`, `minimaal +10%`,
    /// `>= +3 pp`, `= ja`, `"goed"`; `always`/`steeds` before them makes it sustained.
    mutating func target() throws(Problem) -> Target {
        var sustained = false, cumulative = false
        if let word = peek, word.kind == .word, GoalFileVocabulary.sustainedWords.contains(word.value) {
            index += 1
            sustained = true
        } else if let word = peek, word.kind == .word, GoalFileVocabulary.cumulativeWords.contains(word.value) {
            index += 1
            cumulative = true
        }
        let comparatorToken = peek
        let comparator = try self.comparator()
        guard var token = peek, token.kind != .symbol else { throw problemExpecting(.targetValue) }
        index += 1
        // `baseline +2400` / `nulmeting +2.400`: a change in the metric's own unit.
        var onBaseline = false
        if token.kind == .word, GoalFileVocabulary.baselineWords.contains(token.value) {
            guard let next = peek, next.kind != .symbol, next.value.hasPrefix("+") || next.value.hasPrefix("-") else {
                throw problemExpecting(.signedChange)
            }
            index += 1
            token = next
            onBaseline = true
        }
        let value: TargetValue
        if token.kind == .word, GoalFileVocabulary.benchmarkWords.contains(token.value) {
            value = .benchmark(try benchmark())
        } else if onBaseline {
            value = .change(try read(token.value, at: token, expected: .signedChange))
        } else if token.kind == .text {
            value = .qualitative(token.value)
        } else if let answer = GoalFileVocabulary.answerLookup[token.value] {
            value = .yesNo(answer)
        } else {
            let text = token.value
            let percentSign = text.hasSuffix("%")
            var percent = percentSign
            if !percentSign, let sign = peek, sign.kind == .word, GoalFileVocabulary.percentSigns.contains(sign.value) {
                index += 1
                percent = true
            }
            var points = false
            if let unit = peek, unit.kind == .word, GoalFileVocabulary.percentagePointWords.contains(unit.value) {
                index += 1
                points = true
            }
            let number = try read(text, percent: percentSign, at: token, expected: .targetValue)
            if points {
                if percent { throw Problem(at: token, GoalFileMessages.percentAndPoints(token.value)) }
                value = .percentagePoints(number)
            } else if percent {
                value = text.hasPrefix("+") || text.hasPrefix("-") ? .relativePercent(number) : .absolute(number, percent: true)
            } else if text.hasPrefix("+") {
                throw Problem(at: token, GoalFileMessages.signedNumberNeedsUnit(token.value), hint: GoalFileMessages.signedNumberHint(token.value))
            } else {
                value = .absolute(number, percent: false)
            }
        }
        // A running total only grows from zero: it takes `>=` and a number.
        if cumulative {
            guard comparator == .atLeast, case .absolute = value else {
                throw Problem(at: comparatorToken ?? token, GoalFileMessages.cumulativeNeedsAtLeast)
            }
        }
        switch (comparator, value) {
        case (.equals?, .absolute), (.equals?, .relativePercent), (.equals?, .percentagePoints), (.equals?, .change),
             (.equals?, .benchmark):
            throw Problem(at: comparatorToken ?? token, GoalFileMessages.equalsNeedsYesNo)
        case (.atLeast?, .yesNo), (.atMost?, .yesNo):
            throw Problem(at: comparatorToken ?? token, GoalFileMessages.orderedYesNo)
        default:
            return Target(comparator: comparator, value: value, sustained: sustained, cumulative: cumulative)
        }
    }

    private mutating func comparator() throws(Problem) -> Comparator? {
        guard let token = peek else { return nil }
        if token.kind == .symbol {
            switch token.value {
            case ">=": index += 1; return .atLeast
            case "<=": index += 1; return .atMost
            case "=": index += 1; return .equals
            case ">", "<": throw Problem(at: token, GoalFileMessages.strictComparator(token.value))
            default: return nil
            }
        }
        guard token.kind == .word else { return nil }
        for phrase in GoalFileVocabulary.comparatorWords where index + phrase.words.count <= tokens.count {
            let matches = phrase.words.indices.allSatisfy { offset in
                let candidate = tokens[index + offset]
                return candidate.kind == .word && GoalFileVocabulary.folded(candidate.value) == phrase.words[offset]
            }
            if matches {
                index += phrase.words.count
                return phrase.comparator
            }
        }
        return nil
    }

    /// `{name=value, name="value with spaces"}`.
    mutating func labels() throws(Problem) -> [Label] {
        try expect("{", .openingBrace)
        var labels: [Label] = []
        while true {
            guard let nameToken = peek else { throw problemExpecting(.labelName) }
            let name = try identifier(.labelName)
            try expect("=", .equals)
            guard let valueToken = peek, valueToken.kind != .symbol else { throw problemExpecting(.labelValue) }
            index += 1
            if labels.contains(where: { $0.name == name }) {
                throw Problem(at: nameToken, GoalFileMessages.duplicateLabel(name))
            }
            labels.append(Label(name: name, value: valueToken.value))
            if skip(",") { continue }
            if skip("}") { return labels }
            throw problemExpecting(.closingBrace)
        }
    }

    /// After `benchmark`: a series, and optionally a signed offset on its figures in the
    /// metric's unit (`+2`) or as a percentage (`+5%`, `-10 procent`).
    mutating func benchmark() throws(Problem) -> Benchmark {
        let key = try series()
        guard let token = peek, token.kind != .symbol, token.kind != .text, token.value.hasPrefix("+") || token.value.hasPrefix("-") else {
            return Benchmark(series: key)
        }
        index += 1
        let percentSign = token.value.hasSuffix("%")
        var percent = percentSign
        if !percentSign, let sign = peek, sign.kind == .word, GoalFileVocabulary.percentSigns.contains(sign.value) {
            index += 1
            percent = true
        }
        let number = try read(token.value, percent: percentSign, at: token, expected: .benchmarkOffset)
        return Benchmark(series: key, offset: percent ? .percent(number) : .amount(number))
    }

    /// A metric id, optionally with labels.
    mutating func series() throws(Problem) -> SeriesKey {
        let metric = try identifier(.metricID)
        let labels = peek?.isSymbol("{") == true ? try self.labels() : []
        return SeriesKey(metric: metric, labels: labels)
    }

    /// `ratio(A, B)`, `percentage(A, B)` or `sum(A)`, in either language.
    mutating func formula() throws(Problem) -> Formula {
        let function = try oneOf(.function, in: GoalFileVocabulary.functionLookup)
        try expect("(", .openingParenthesis)
        let first = try series()
        let formula: Formula
        switch function {
        case .sum:
            formula = .sum(first)
        case .ratio, .percentage:
            try expect(",", .comma)
            let second = try series()
            formula = function == .ratio ? .ratio(first, second) : .percentage(first, second)
        }
        try expect(")", .closingParenthesis)
        return formula
    }
}

extension String {
    /// The string's UTF-8 bytes, for the byte-level readers: a word is read in place, not
    /// copied into an array first.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = self
        return text.withUTF8(body)
    }
}
