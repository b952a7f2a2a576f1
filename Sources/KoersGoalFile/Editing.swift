import KoersCore

/// One change to a set of goal files, as the shell's editing commands ask for it. Field values
/// are written in the goal-file language itself (`target >= 90% by 2026`), so what staff type
/// at the prompt is what they read in the file.
public enum GoalFileEdit: Sendable, Hashable {
    /// Sets a field of a goal or metric: replaces it, or adds it where the canonical field order
    /// puts it. A repeatable field replaces the entry for the same period (milestone, value) or
    /// rule (waiver), and is otherwise added after the others.
    case setField(BlockKind, id: String, field: String)
    /// Removes a field. `selector` picks one entry of a repeatable field: the period of a
    /// milestone, the rule of a waiver, `[{LABELS}] PERIOD` of a value, the number of a note.
    case clearField(BlockKind, id: String, field: String, selector: String?)
    /// Adds a goal with its title at the end of a file.
    case addGoal(id: String, title: String, file: String)
    /// Adds a metric, with a title when one is given, at the end of a file.
    case addMetric(id: String, title: String?, file: String)
    /// Adds a policy document or a programme, with a title when one is given, at the end of a file.
    case addDocument(id: String, title: String?, file: String)
    case addProgramme(id: String, title: String?, file: String)
    /// Adds a data block at the end of a file: `path` as the block names it (relative to that
    /// file), each option's value written in the goal-file language (`decimal comma`,
    /// `sheet "Blad 1"`), as a typed field value is.
    case addData(path: String, options: [DataDeclaration.Option], file: String)
    /// Renames a goal, metric, document or programme; renaming a metric also renames every
    /// reference to it (goal `metric` fields, formulas, data-file `metric` options), renaming a
    /// programme every goal's `programme` field, renaming a document every goal `source` that
    /// names it by id.
    case rename(BlockKind, from: String, to: String)
    /// Removes a goal or metric block.
    case remove(BlockKind, id: String)
}

/// Why an edit was refused: a message, and the diagnostics of the file as it would have become.
public struct GoalFileEditFailure: Error, Sendable {
    public var message: LocalizedText
    public var diagnostics: [Diagnostic]

    public init(_ message: LocalizedText, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.diagnostics = diagnostics
    }
}

/// The goal files after an edit that parsed and assembled without errors.
public struct GoalFileEditOutcome: Sendable {
    /// Every document, in the order given, the edited ones replaced (a new file last).
    public var documents: [GoalFileDocument]
    /// The paths of the documents whose text changed.
    public var changedPaths: [String]
}

/// Applies edits to goal documents line by line: only the lines of the edited field change,
/// and a written line follows the style of its block (keyword language, indentation, notation).
/// The edited text is parsed and assembled with the other files exactly as on load; an edit
/// that would give a file with errors is refused and changes nothing.
public enum GoalFileEditor {
    /// `newFileKeywords` is the keyword language of a file that has none yet (a new file): the user's.
    public static func apply(
        _ edit: GoalFileEdit, to documents: [GoalFileDocument], newFileKeywords: Language = .en
    ) -> Result<GoalFileEditOutcome, GoalFileEditFailure> {
        let texts: [String: String]
        do throws(GoalFileEditFailure) {
            texts = try editedTexts(edit, documents, newFileKeywords: newFileKeywords)
        } catch {
            return .failure(error)
        }
        return validated(texts, documents)
    }

    /// Parses the edited texts and assembles them with the unchanged documents (also for texts
    /// edited elsewhere, such as a recovery file taken back into the session).
    public static func validated(_ texts: [String: String], _ documents: [GoalFileDocument]) -> Result<GoalFileEditOutcome, GoalFileEditFailure> {
        var edited: [String: GoalFileDocument] = [:]
        var diagnostics: [Diagnostic] = []
        for (path, text) in texts {
            let result = GoalFileParser.parse(text: text, path: path)
            diagnostics += result.diagnostics.filter { $0.severity == .error }
            if let document = result.document, !result.hasErrors { edited[path] = document }
        }
        guard diagnostics.isEmpty else {
            return .failure(GoalFileEditFailure(EditingMessages.editMakesFileInvalid, diagnostics: diagnostics.sorted(by: byPlace)))
        }
        var result = documents.map { edited.removeValue(forKey: $0.path) ?? $0 }
        result += edited.values.sorted { $0.path < $1.path }
        let assembly = GoalFileAssembler.assemble(result)
        let errors = assembly.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            return .failure(GoalFileEditFailure(EditingMessages.editMakesFileInvalid, diagnostics: errors))
        }
        let changed = result.filter { texts[$0.path] != nil }.map(\.path)
        return .success(GoalFileEditOutcome(documents: result, changedPaths: changed))
    }

    private static func byPlace(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let unknown = SourceLocation(file: "", line: 0, column: 0)
        return (a.location ?? unknown) < (b.location ?? unknown)
    }

    // MARK: - Computing the edited texts

    private static func editedTexts(
        _ edit: GoalFileEdit, _ documents: [GoalFileDocument], newFileKeywords: Language
    ) throws(GoalFileEditFailure) -> [String: String] {
        func writingStyle(of document: GoalFileDocument) -> GoalFileStyle {
            var style = GoalFileStyle(of: document)
            if document.blocks.isEmpty && document.directives.isEmpty { style.keywords = newFileKeywords }
            return style
        }
        switch edit {
        case let .setField(kind, id, field):
            let (document, block) = try locate(kind, id, documents)
            return [document.path: try BlockEditor(document: document, block: block).setting(field)]
        case let .clearField(kind, id, field, selector):
            let (document, block) = try locate(kind, id, documents)
            return [document.path: try BlockEditor(document: document, block: block).clearing(field, selector: selector)]
        case let .addGoal(id, title, file):
            try requireNew(.goal, id, documents)
            let document = try target(file, documents)
            let style = writingStyle(of: document)
            let goal = Goal(id: id, title: title)
            let lines = [GoalFilePrinter.header(.goal, name: id, keywords: style.keywords)] + GoalFilePrinter.fieldLines(of: goal, style: style)
            return [document.path: appending(lines, to: document)]
        case let .addMetric(id, title, file):
            try requireNew(.metric, id, documents)
            let document = try target(file, documents)
            let style = writingStyle(of: document)
            let metric = Metric(id: id, title: title)
            let lines = [GoalFilePrinter.header(.metric, name: id, keywords: style.keywords)]
                + GoalFilePrinter.fieldLines(of: metric, inlineValues: [], style: style)
            return [document.path: appending(lines, to: document)]
        case let .addDocument(id, title, file):
            try requireNew(.document, id, documents)
            let document = try target(file, documents)
            let style = writingStyle(of: document)
            let lines = [GoalFilePrinter.header(.document, name: id, keywords: style.keywords)]
                + GoalFilePrinter.fieldLines(of: PolicyDocument(id: id, title: title), style: style)
            return [document.path: appending(lines, to: document)]
        case let .addProgramme(id, title, file):
            try requireNew(.programme, id, documents)
            let document = try target(file, documents)
            let style = writingStyle(of: document)
            let lines = [GoalFilePrinter.header(.programme, name: id, keywords: style.keywords)]
                + GoalFilePrinter.fieldLines(of: Programme(id: id, title: title), style: style)
            return [document.path: appending(lines, to: document)]
        case let .addData(path, options, file):
            let document = try target(file, documents)
            let lines = GoalFilePrinter.dataBlock(path: path, options: options.map { ($0.key, $0.value) }, style: writingStyle(of: document))
            return [document.path: appending(lines, to: document)]
        case let .rename(kind, from, to):
            _ = try locate(kind, from, documents)
            try requireNew(kind, to, documents)
            return renamed(kind, from: from, to: to, in: documents)
        case let .remove(kind, id):
            let (document, block) = try locate(kind, id, documents)
            return [document.path: removing(block, from: document)]
        }
    }

    private static func locate(_ kind: BlockKind, _ id: String, _ documents: [GoalFileDocument]) throws(GoalFileEditFailure) -> (GoalFileDocument, GoalFileBlock) {
        for document in documents {
            if let block = document.block(kind, named: id) { return (document, block) }
        }
        let ids = documents.flatMap { $0.blocks.filter { $0.kind == kind }.map(\.name.value) }
        throw GoalFileEditFailure(EditingMessages.noSuchBlock(kind, id, suggestion: Suggestion.closest(to: id, among: ids)))
    }

    private static func requireNew(_ kind: BlockKind, _ id: String, _ documents: [GoalFileDocument]) throws(GoalFileEditFailure) {
        for document in documents {
            if let block = document.block(kind, named: id) {
                throw GoalFileEditFailure(EditingMessages.idTaken(kind, id, at: document.location(of: block.name)))
            }
        }
    }

    /// The document an added block goes into: a loaded file, or a new one.
    private static func target(_ file: String, _ documents: [GoalFileDocument]) throws(GoalFileEditFailure) -> GoalFileDocument {
        if let document = documents.first(where: { $0.path == file }) { return document }
        guard let empty = GoalFileParser.parse(text: "", path: file).document else {
            throw GoalFileEditFailure(EditingMessages.noSuchFile(file))
        }
        return empty
    }

    /// The document's text with a block appended after a blank line.
    private static func appending(_ lines: [String], to document: GoalFileDocument) -> String {
        if document.text.isEmpty { return lines.joined(separator: "\n") + "\n" }
        let separated = document.lines.last.map { $0.text.allSatisfy { $0 == " " || $0 == "\t" } } ?? true ? lines : [""] + lines
        let end = document.lines.count
        return LineReplacement.apply([LineReplacement(lines: end..<end, text: separated)], to: document)
    }

    /// The block's lines removed, with the comment lines right above its header (they describe
    /// it) and one blank line beside it, so that no double gap remains.
    private static func removing(_ block: GoalFileBlock, from document: GoalFileDocument) -> String {
        var range = block.lines
        func isBlank(_ index: Int) -> Bool {
            document.lines.indices.contains(index) && document.lines[index].role == .blank
        }
        while range.lowerBound > 0, document.lines[range.lowerBound - 1].role == .comment {
            range = range.lowerBound - 1..<range.upperBound
        }
        if isBlank(range.upperBound) {
            range = range.lowerBound..<range.upperBound + 1
        } else if isBlank(range.lowerBound - 1) {
            range = range.lowerBound - 1..<range.upperBound
        }
        return LineReplacement.apply([LineReplacement(lines: range, text: [])], to: document)
    }

    /// Every place that names the id, each token replaced in its line; nothing else changes.
    private static func renamed(_ kind: BlockKind, from: String, to: String, in documents: [GoalFileDocument]) -> [String: String] {
        var texts: [String: String] = [:]
        for document in documents {
            var tokens: [GoalFileToken] = []
            // Quoted texts that name the id: written back quoted.
            var quotedNames: [GoalFileToken] = []
            for block in document.blocks {
                if block.kind == kind && block.name.value == from { tokens.append(block.name) }
                if kind == .programme {
                    for field in block.fields(.programme) where block.kind == .goal {
                        if let first = field.values.first, first.kind == .word, first.value == from { tokens.append(first) }
                    }
                }
                if kind == .document {
                    for field in block.fields(.source) where block.kind == .goal {
                        if let first = field.values.first, first.kind == .text, first.value == from { quotedNames.append(first) }
                    }
                }
                guard kind == .metric else { continue }
                for field in block.fields {
                    switch (block.kind, field.kind) {
                    case (.goal, .metric?):
                        if let first = field.values.first, first.kind == .word, first.value == from { tokens.append(first) }
                    case (.metric, .formula?):
                        tokens += seriesWords(in: field.values.dropFirst()).filter { $0.value == from }
                    case (.data, nil):
                        let key = GoalFileVocabulary.folded(field.keyword.value)
                        if GoalFileVocabulary.spelling(FieldKind.metric).all.contains(key), field.values.count == 1,
                            let value = field.values.first, value.value == from {
                            tokens.append(value)
                        }
                    default:
                        break
                    }
                }
            }
            guard !tokens.isEmpty || !quotedNames.isEmpty else { continue }
            let lines = Set(tokens.map(\.line) + quotedNames.map(\.line))
            let replacements = lines.map { line in
                // A line names the id either as words (a header, a goal's programme) or as one
                // quoted source, never both, so each replacement sees the line as read.
                let quoted = quotedNames.filter { $0.line == line }
                let text = quoted.isEmpty
                    ? replacingTokens(tokens.filter { $0.line == line }, in: document.lines[line].text, with: to)
                    : replacingTokens(quoted, in: document.lines[line].text, with: GoalFileQuoting.quoted(to))
                return LineReplacement(lines: line..<line + 1, text: [text])
            }
            texts[document.path] = LineReplacement.apply(replacements, to: document)
        }
        return texts
    }

    /// The words of a formula that name a series' metric: not labels between braces.
    private static func seriesWords(in tokens: ArraySlice<GoalFileToken>) -> [GoalFileToken] {
        var depth = 0
        var words: [GoalFileToken] = []
        for token in tokens {
            if token.isSymbol("{") { depth += 1 } else if token.isSymbol("}") { depth -= 1 }
            else if depth == 0, token.kind == .word { words.append(token) }
        }
        return words
    }

    private static func replacingTokens(_ tokens: [GoalFileToken], in line: String, with replacement: String) -> String {
        var bytes = Array(line.utf8)
        for token in tokens.sorted(by: { $0.utf8Range.lowerBound > $1.utf8Range.lowerBound }) {
            let range = token.utf8Range.clamped(to: 0..<bytes.count)
            bytes.replaceSubrange(range, with: Array(replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Lines of a document replaced by new ones: several at once, not overlapping.
struct LineReplacement {
    var lines: Range<Int>
    var text: [String]

    /// The document's text with the replacements made. Every other line keeps its bytes; new
    /// lines take the file's usual line ending, and a file without a final line break keeps lacking one.
    static func apply(_ replacements: [LineReplacement], to document: GoalFileDocument) -> String {
        var lines = Array(document.lines)
        let usual = document.lineEnding
        let originalCount = lines.count
        let finalEnding = lines.last?.ending
        for replacement in replacements.sorted(by: { $0.lines.lowerBound > $1.lines.lowerBound }) {
            let range = replacement.lines.clamped(to: 0..<lines.count)
            let lastEnding = range.isEmpty || range.upperBound == originalCount ? usual : lines[range.upperBound - 1].ending
            let new = replacement.text.enumerated().map { offset, text in
                GoalFileLine(text: text, ending: offset == replacement.text.count - 1 ? lastEnding : usual, role: .field)
            }
            lines.replaceSubrange(range, with: new)
        }
        if let finalEnding, !lines.isEmpty {
            for index in lines.indices.dropLast() where lines[index].ending == .none { lines[index].ending = usual }
            lines[lines.count - 1].ending = finalEnding
        } else if !lines.isEmpty {
            for index in lines.indices { lines[index].ending = usual }
        }
        return GoalFilePrinter.print(lines: lines, byteOrderMark: document.hasByteOrderMark)
    }
}
