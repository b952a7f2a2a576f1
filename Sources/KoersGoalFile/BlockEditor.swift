import KoersCore

/// Edits the fields of one goal or metric block, writing each line the way the block is written.
struct BlockEditor {
    let document: GoalFileDocument
    let block: GoalFileBlock

    /// The language the block's keywords are written in, else the file's.
    private var blockLanguage: Language { block.keywordLanguage ?? document.keywordLanguage }

    /// How to write a field: like the field it replaces, else like its block.
    private func style(for field: GoalFileField?) -> GoalFileStyle {
        var style = GoalFileStyle(of: document)
        style.keywords = field?.keywordLanguage ?? blockLanguage
        style.indentation = field?.indentation ?? block.fieldIndentation ?? style.indentation
        return style
    }

    private var goal: Goal? { document.content.goals.first { $0.id == block.name.value } }
    private var metric: Metric? { document.content.metrics.first { $0.id == block.name.value } }
    private var policyDocument: PolicyDocument? { document.content.documents.first { $0.id == block.name.value } }
    private var programme: Programme? { document.content.programmes.first { $0.id == block.name.value } }

    // MARK: - Setting

    func setting(_ text: String) throws(GoalFileEditFailure) -> String {
        switch block.kind {
        case .goal:
            guard var goal else { throw GoalFileEditFailure(EditingMessages.noSuchBlock(.goal, block.name.value, suggestion: nil)) }
            let value = try read(GoalFileParser.goalField(text, notation: document.notation), text) {
                GoalFileParser.goalField($0, notation: document.notation)
            }
            value.apply(to: &goal)
            return LineReplacement.apply(goalReplacements(value, goal: goal), to: document)
        case .metric:
            guard var metric else { throw GoalFileEditFailure(EditingMessages.noSuchBlock(.metric, block.name.value, suggestion: nil)) }
            let value = try read(GoalFileParser.metricField(text, notation: document.notation), text) {
                GoalFileParser.metricField($0, notation: document.notation)
            }
            value.apply(to: &metric)
            return LineReplacement.apply(metricReplacements(value, metric: metric), to: document)
        case .data:
            throw GoalFileEditFailure(EditingMessages.dataBlocksNotEditable)
        case .document:
            guard var policy = policyDocument else {
                throw GoalFileEditFailure(EditingMessages.noSuchBlock(.document, block.name.value, suggestion: nil))
            }
            let value = try read(GoalFileParser.documentField(text), text) { GoalFileParser.documentField($0) }
            value.apply(to: &policy)
            return LineReplacement.apply(documentReplacements(value, document: policy), to: document)
        case .programme:
            guard var programme else {
                throw GoalFileEditFailure(EditingMessages.noSuchBlock(.programme, block.name.value, suggestion: nil))
            }
            let value = try read(GoalFileParser.programmeField(text), text) { GoalFileParser.programmeField($0) }
            value.apply(to: &programme)
            let field = block.fields(value.kind).first
            let lines = GoalFilePrinter.lines(for: value.kind, of: programme, style: style(for: field))
            return LineReplacement.apply([write(lines, kind: value.kind, over: field)], to: document)
        }
    }

    /// An evaluation or note is added; an adoption replaces whichever adoption the document has.
    private func documentReplacements(_ value: DocumentFieldValue, document policy: PolicyDocument) -> [LineReplacement] {
        let kind = value.kind
        switch value {
        case let .evaluation(evaluation):
            var written = policy
            written.evaluations = [evaluation]
            return [write(GoalFilePrinter.lines(for: kind, of: written, style: style(for: nil)), kind: kind, over: nil)]
        case let .note(note):
            var written = policy
            written.notes = [note]
            return [write(GoalFilePrinter.lines(for: kind, of: written, style: style(for: nil)), kind: kind, over: nil)]
        case let .waiver(waiver):
            let same = block.fields(kind).first { field in
                if case let .waiver(old)? = try? GoalFileParser.documentField(fieldText(field)).get() { return old.rule == waiver.rule }
                return false
            }
            var written = policy
            written.waivers = [waiver]
            return [write(GoalFilePrinter.lines(for: kind, of: written, style: style(for: same)), kind: kind, over: same)]
        case .adoption:
            let old = block.fields.filter { $0.kind.map(GoalFileVocabulary.adoptionFields.contains) ?? false }
            let lines = GoalFilePrinter.lines(for: kind, of: policy, style: style(for: old.first))
            guard let first = old.first else { return [write(lines, kind: kind, over: nil)] }
            // The same field keeps its keyword as written; another one replaces the line whole,
            // since its keyword is what changes (`ter kennisname` becomes `vastgesteld door de raad`).
            let replacement = first.kind == kind ? write(lines, kind: kind, over: first) : LineReplacement(lines: first.lines, text: lines)
            return [replacement] + old.dropFirst().map { LineReplacement(lines: $0.lines, text: []) }
        case .title, .kind, .date, .horizon, .owner:
            let field = block.fields(kind).first
            return [write(GoalFilePrinter.lines(for: kind, of: policy, style: style(for: field)), kind: kind, over: field)]
        }
    }

    /// The value of a typed field. A text field may be typed without quotes (`title Meer online`):
    /// when the words do not read as a field, they are read once more as one quoted text.
    private func read<Value>(
        _ result: Result<Value, Diagnostic>, _ text: String, again: (String) -> Result<Value, Diagnostic>
    ) throws(GoalFileEditFailure) -> Value {
        switch result {
        case let .success(value):
            return value
        case let .failure(diagnostic):
            let words = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            if words.count == 2, let kind = GoalFileVocabulary.fieldLookup[String(words[0])],
                Self.textFields.contains(kind), !words[1].hasPrefix("\""),
                case let .success(value) = again(words[0] + " " + GoalFileQuoting.quoted(String(words[1]))) {
                return value
            }
            throw GoalFileEditFailure(EditingMessages.invalidFieldValue, diagnostics: [diagnostic])
        }
    }

    private static let textFields: Set<FieldKind> = [.title, .owner, .scope, .note, .definition, .source, .theme]

    private func goalReplacements(_ value: GoalFieldValue, goal: Goal) -> [LineReplacement] {
        let kind = value.kind
        let existing = block.fields(kind)
        switch value {
        case let .target(_, deadline):
            let deadlineField = block.fields(.deadline).first
            let targetField = existing.first
            // The deadline stays where it was written: on the target line, or as its own field.
            let onTargetLine = deadline != nil || (deadlineField == nil && targetField.flatMap(deadlineTokens) != nil)
            var written = goal
            if !onTargetLine { written.deadline = nil }
            var replacements = [write(GoalFilePrinter.lines(for: .target, of: written, style: style(for: targetField)), kind: .target, over: targetField)]
            if deadline != nil, let deadlineField { replacements.append(LineReplacement(lines: deadlineField.lines, text: [])) }
            return replacements
        case let .deadline(period):
            if let deadlineField = existing.first {
                return [write([deadlineLine(period.description, style: style(for: deadlineField))], kind: .deadline, over: deadlineField)]
            }
            if let targetField = block.fields(.target).first {
                return [settingDeadline(period, on: targetField)]
            }
            return [write([deadlineLine(period.description, style: style(for: nil))], kind: .deadline, over: nil)]
        case let .milestone(milestone):
            let same = existing.first { field in
                if case let .milestone(old)? = goalValue(of: field) { return old.period == milestone.period }
                return false
            }
            var written = goal
            written.milestones = [milestone]
            return [write(GoalFilePrinter.lines(for: .milestone, of: written, style: style(for: same)), kind: kind, over: same)]
        case let .waiver(waiver):
            let same = existing.first { field in
                if case let .waiver(old)? = goalValue(of: field) { return old.rule == waiver.rule }
                return false
            }
            var written = goal
            written.waivers = [waiver]
            return [write(GoalFilePrinter.lines(for: .waiver, of: written, style: style(for: same)), kind: kind, over: same)]
        case let .note(note):
            var written = goal
            written.notes = [note]
            return [write(GoalFilePrinter.lines(for: .note, of: written, style: style(for: nil)), kind: kind, over: nil)]
        case .title, .source, .programme, .theme, .owner, .scope, .metric, .baseline, .pace, .reporting:
            let field = existing.first
            return [write(GoalFilePrinter.lines(for: kind, of: goal, style: style(for: field)), kind: kind, over: field)]
        }
    }

    private func metricReplacements(_ value: MetricFieldValue, metric: Metric) -> [LineReplacement] {
        let existing = block.fields(value.kind)
        switch value {
        case let .value(labels, period, provisional, number):
            let series = SeriesKey(metric: metric.id, labels: labels)
            let same = existing.first { field in
                if case let .value(oldLabels, oldPeriod, _, _)? = metricValue(of: field) {
                    return SeriesKey(metric: metric.id, labels: oldLabels) == series && oldPeriod == period
                }
                return false
            }
            let figure = InlineValue(series: series, period: period, value: number, provisional: provisional)
            let lines = GoalFilePrinter.lines(for: .value, of: metric, inlineValues: [figure], style: style(for: same))
            return [write(lines, kind: .value, over: same)]
        default:
            let field = existing.first
            return [write(GoalFilePrinter.lines(for: value.kind, of: metric, inlineValues: [], style: style(for: field)), kind: value.kind, over: field)]
        }
    }

    /// A field's new lines over the old ones (keeping the keyword as the author spelled it and a
    /// comment after it), or inserted where the canonical order puts the field.
    private func write(_ lines: [String], kind: FieldKind, over field: GoalFileField?) -> LineReplacement {
        guard let field else { return LineReplacement(lines: insertionLine(for: kind)..<insertionLine(for: kind), text: lines) }
        var lines = lines
        let canonical = style(for: field).indentation + GoalFileVocabulary.spelling(kind).canonical(in: style(for: field).keywords)
        if let first = lines.first, first.hasPrefix(canonical) {
            lines[0] = field.indentation + field.keyword.value + first.dropFirst(canonical.count)
        }
        if let comment = trailingComment(of: field), !lines.isEmpty { lines[lines.count - 1] += comment }
        return LineReplacement(lines: field.lines, text: lines)
    }

    /// After the last field that comes before this one in the canonical order, else after the header.
    private func insertionLine(for kind: FieldKind) -> Int {
        let order = GoalFileVocabulary.fields(of: block.kind)
        let rank = order.firstIndex(of: kind) ?? order.count
        let before = block.fields.last { field in
            field.kind.flatMap { order.firstIndex(of: $0) }.map { $0 <= rank } ?? false
        }
        return before?.lines.upperBound ?? block.headerLine + 1
    }

    /// `# comment` after a field's last value, with the spaces before it.
    private func trailingComment(of field: GoalFileField) -> String? {
        let lastLine = field.lines.upperBound - 1
        guard document.lines.indices.contains(lastLine) else { return nil }
        let tokens = ([field.keyword] + field.values).filter { $0.line == lastLine }
        let bytes = Array(document.lines[lastLine].text.utf8)
        let end = min(tokens.last?.utf8Range.upperBound ?? 0, bytes.count)
        let rest = String(decoding: bytes[end...], as: UTF8.self)
        return rest.drop { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }.hasPrefix("#") ? rest : nil
    }

    private func deadlineLine(_ period: String, style: GoalFileStyle) -> String {
        style.indentation + GoalFileVocabulary.spelling(FieldKind.deadline).canonical(in: style.keywords) + " " + period
    }

    /// The deadline word and period on a target line (`uiterlijk 2024`), if it has them.
    private func deadlineTokens(_ field: GoalFileField) -> (word: GoalFileToken, period: GoalFileToken, before: GoalFileToken)? {
        let tokens = [field.keyword] + field.values
        guard let index = tokens.indices.dropFirst(2).first(where: { index in
            tokens[index].kind == .word && GoalFileVocabulary.deadlineWords.contains(tokens[index].value)
        }), index + 1 < tokens.count else { return nil }
        return (tokens[index], tokens[index + 1], tokens[index - 1])
    }

    /// The target line with its deadline's period replaced, or `by PERIOD` added after its value.
    private func settingDeadline(_ period: Period, on field: GoalFileField) -> LineReplacement {
        if let (_, old, _) = deadlineTokens(field) {
            return LineReplacement(lines: old.line..<old.line + 1, text: [replacing(old.utf8Range, in: old.line, with: period.description)])
        }
        let last = field.values.last ?? field.keyword
        let word = GoalFileVocabulary.deadlineAfterTarget.canonical(in: field.keywordLanguage ?? blockLanguage)
        let end = last.utf8Range.upperBound
        return LineReplacement(lines: last.line..<last.line + 1, text: [replacing(end..<end, in: last.line, with: " " + word + " " + period.description)])
    }

    private func replacing(_ range: Range<Int>, in line: Int, with text: String) -> String {
        var bytes = Array(document.lines[line].text.utf8)
        bytes.replaceSubrange(range.clamped(to: 0..<bytes.count), with: Array(text.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What an existing field says, read again on its own.
    private func goalValue(of field: GoalFileField) -> GoalFieldValue? {
        try? GoalFileParser.goalField(fieldText(field), notation: document.notation).get()
    }

    private func metricValue(of field: GoalFileField) -> MetricFieldValue? {
        try? GoalFileParser.metricField(fieldText(field), notation: document.notation).get()
    }

    /// The field's lines joined into one (continuation lines hold only quoted text).
    private func fieldText(_ field: GoalFileField) -> String {
        field.lines.map { document.lines[$0].text }.joined(separator: " ")
    }

    // MARK: - Clearing

    func clearing(_ word: String, selector: String?) throws(GoalFileEditFailure) -> String {
        guard let kind = GoalFileVocabulary.fieldLookup[word],
            GoalFileVocabulary.fields(of: block.kind).contains(kind)
        else {
            let known = GoalFileVocabulary.fieldKeywords(of: block.kind, in: nil)
            throw GoalFileEditFailure(EditingMessages.unknownField(word, block: block.kind, suggestion: Suggestion.closest(to: word, among: known)))
        }
        let existing = block.fields(kind)
        var replacements: [LineReplacement] = []
        if kind == .deadline, existing.isEmpty, let targetField = block.fields(.target).first, let (_, period, before) = deadlineTokens(targetField),
            before.line == period.line {
            replacements = [LineReplacement(lines: period.line..<period.line + 1,
                                            text: [replacing(before.utf8Range.upperBound..<period.utf8Range.upperBound, in: period.line, with: "")])]
        } else if kind == .target, let targetField = existing.first, let (_, period, _) = deadlineTokens(targetField) {
            // The deadline written on the target line stays, as a field of its own.
            replacements = [LineReplacement(lines: targetField.lines, text: [deadlineLine(period.value, style: style(for: targetField))])]
        } else {
            let chosen = try selected(existing, kind: kind, selector: selector)
            replacements = chosen.map { LineReplacement(lines: $0.lines, text: []) }
        }
        guard !replacements.isEmpty else {
            throw GoalFileEditFailure(EditingMessages.noSuchField(word, block: block.kind, id: block.name.value))
        }
        return LineReplacement.apply(replacements, to: document)
    }

    /// The entries of a repeatable field the selector names; all of them without one.
    private func selected(_ fields: [GoalFileField], kind: FieldKind, selector: String?) throws(GoalFileEditFailure) -> [GoalFileField] {
        guard let selector, !selector.isEmpty else { return fields }
        let chosen: [GoalFileField]
        switch kind {
        case .milestone:
            guard case let .deadline(period)? = try? GoalFileParser.goalField("deadline " + selector, notation: nil).get() else {
                throw GoalFileEditFailure(EditingMessages.invalidSelector(selector, field: kind))
            }
            chosen = fields.filter { field in
                if case let .milestone(old)? = goalValue(of: field) { return old.period == period }
                return false
            }
        case .waiver:
            chosen = fields.filter { field in
                if case let .waiver(old)? = goalValue(of: field) { return old.rule == selector }
                return false
            }
        case .note:
            guard let number = Int(selector), fields.indices.contains(number - 1) else {
                throw GoalFileEditFailure(EditingMessages.invalidSelector(selector, field: kind))
            }
            chosen = [fields[number - 1]]
        case .value:
            guard case let .value(labels, period, _, _)? = try? GoalFileParser.metricField("value " + selector + " = 0", notation: nil).get() else {
                throw GoalFileEditFailure(EditingMessages.invalidSelector(selector, field: kind))
            }
            chosen = fields.filter { field in
                if case let .value(oldLabels, oldPeriod, _, _)? = metricValue(of: field) {
                    return Set(oldLabels) == Set(labels) && oldPeriod == period
                }
                return false
            }
        default:
            throw GoalFileEditFailure(EditingMessages.selectorNotTaken(kind))
        }
        guard !chosen.isEmpty else { throw GoalFileEditFailure(EditingMessages.noSuchEntry(selector, field: kind, id: block.name.value)) }
        return chosen
    }
}
