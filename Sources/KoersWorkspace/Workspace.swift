import Foundation
import KoersCore
import KoersGoalFile
import KoersImport

/// The goal files a session has loaded, the data files they declare, and the model built
/// from both; the edits made to them (WorkspaceEditing.swift) and the model's evaluations.
/// A goal file with errors, or a data file that cannot be read, adds nothing. A front end (the
/// shell) drives it and words its errors (`WorkspaceError`).
public struct Workspace {
    /// The paths the user named (files or directories), in order: `load` adds to them.
    public private(set) var roots: [String] = []
    /// The goal files that loaded, in load order, with their text as read (or as edited). A file
    /// keeps its document only once an edit needed it (`editableDocuments()`).
    public private(set) var loadedFiles: [LoadedGoalFile] = []
    public private(set) var model = GoalModel() {
        didSet { revision += 1 }
    }
    /// Goes up with every change to the model, so caches of derived results know when to go.
    public private(set) var revision = 0
    /// What each declared data file gave, in declaration order.
    public private(set) var imports: [ImportReport] = []
    /// Word lists staff keep beside their goal files (`wordlists/nl.txt`, `wordlists/en.txt` in a
    /// loaded directory): they extend the lists koers ships with.
    public private(set) var wordLists: [WordLists] = []
    /// Data files imported in this session with `import`, not (yet) declared in a goal file.
    public private(set) var sessionDeclarations: [DataDeclaration] = []
    /// Unsaved edits, undo and redo, and the read-only setting (EditingState.swift).
    public var editing = EditingState()
    /// Evaluations are computed once per model revision and as-of period, not per query.
    private var evaluationCache: (revision: Int, sets: [AsOf: EvaluationSet]) = (-1, [:])

    public init() {}

    /// The goal files that loaded.
    public var files: [String] { loadedFiles.map(\.path) }

    /// Every file the goals were read from: the goal files and their data files. A report or
    /// chart written over one of them would destroy what it reports on.
    public var sourceFiles: [String] {
        files + (model.dataDeclarations + sessionDeclarations).map { Self.resolve($0.path, relativeTo: $0.location?.file) }
    }

    /// The documents of the loaded files, for an edit: built from their text the first time and
    /// kept from then on.
    public mutating func editableDocuments() -> [GoalFileDocument] {
        let documents = loadedFiles.map(\.document)
        loadedFiles = documents.map(LoadedGoalFile.init)
        return documents
    }

    /// The last directory or file name of the first root: what the user would call the goals.
    public var summaryName: String {
        guard let first = roots.first else { return "" }
        return URL(fileURLWithPath: first).standardizedFileURL.lastPathComponent
    }

    /// Every goal evaluated as of `asOf`, cached until the model changes.
    /// The goals evaluated as of `asOf` when an earlier command already evaluated them, without
    /// evaluating them now (`check` reads only what stops evaluation, mostly from the fields).
    public func evaluationsIfMade(asOf: AsOf) -> EvaluationSet? {
        evaluationCache.revision == revision ? evaluationCache.sets[asOf] : nil
    }

    public mutating func evaluations(asOf: AsOf) -> EvaluationSet {
        if evaluationCache.revision != revision { evaluationCache = (revision, [:]) }
        if let cached = evaluationCache.sets[asOf] { return cached }
        let set = EvaluationSet(model: model, asOf: asOf)
        evaluationCache.sets[asOf] = set
        return set
    }

    /// What a load found: every diagnostic (errors and warnings) and whether anything failed.
    public struct LoadOutcome {
        public var diagnostics: [Diagnostic] = []
        /// Goal files left out because they have errors.
        public var rejectedFiles: [String] = []
        /// Data files that could not be imported.
        public var failedImports: [ImportFailure] = []

        public var failed: Bool { !rejectedFiles.isEmpty || !failedImports.isEmpty }
    }

    /// Reads the goal files the paths name (a file already loaded is read again), puts them
    /// together with those already loaded, and imports every declared data file.
    /// `today` lets the importer warn about figures for future periods.
    /// Refused when it would read a goal file with unsaved edits again (they would be lost).
    public mutating func load(_ paths: [String], today: Period?) throws(WorkspaceError) -> LoadOutcome {
        try refuseLoadingOverEdits(paths)
        _ = Self.allocatorReturnsFreedMemory
        var found: [String] = []
        for path in paths { found += try Self.goalFiles(under: path) }
        var outcome = LoadOutcome()
        var parsed: [String: LoadedGoalFile] = [:]
        var early: [EarlyImport] = []
        for path in found {
            let result = Self.read(path) { declaration in
                if let started = EarlyImport.start(declaration, path: Self.resolve(declaration.path, relativeTo: declaration.location?.file)) {
                    early.append(started)
                }
            }
            outcome.diagnostics += result.diagnostics
            if let file = result.file {
                parsed[path] = file
            } else {
                outcome.rejectedFiles.append(path)
            }
        }
        // Files read again replace their earlier text; new files come after the loaded ones.
        var candidates = loadedFiles.map { parsed.removeValue(forKey: $0.path) ?? $0 }
        candidates += found.compactMap { parsed.removeValue(forKey: $0) }
        for path in paths where !roots.contains(path) { roots.append(path) }
        outcome.diagnostics += loadWordLists()
        rebuild(from: candidates, today: today, early: early, into: &outcome)
        Self.returnFreedMemory()
        return outcome
    }

    /// Keeps `malloc` returning freed memory as it goes: by default glibc raises its `mmap`
    /// threshold each time a large block is freed (up to 32 MB, and its trim threshold to twice
    /// that), and then keeps that much of the load's freed buffers at the top of its heap
    /// (docs/performance.md, "Memory, second round"). Set once per process.
    private static let allocatorReturnsFreedMemory: Void = {
        #if canImport(Glibc)
        // `mallopt` is in `malloc.h`, outside the Glibc module. M_TRIM_THRESHOLD is -1; its
        // default value, set explicitly, turns the raising off.
        typealias SetOption = @convention(c) (Int32, Int32) -> Int32
        if let mallopt = dlsym(nil, "mallopt") { _ = unsafeBitCast(mallopt, to: SetOption.self)(-1, 128 * 1024) }
        #endif
    }()

    /// Gives what the load freed (the reading threads' buffers and staged figures, the
    /// parser's scratch) back to the system, instead of keeping it in `malloc`'s arenas while
    /// the goals are evaluated and printed (docs/performance.md, "Memory, second round").
    static func returnFreedMemory() {
        #if canImport(Glibc)
        // `malloc.h` is not part of the Glibc module: the function is found by name.
        typealias Trim = @convention(c) (Int) -> Int32
        if let trim = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(trim, to: Trim.self)(0) }
        #endif
    }

    /// Replaces the loaded goal documents with edited ones (an edit, undo or redo) and rebuilds
    /// the model from them, data files included.
    mutating func replaceDocuments(_ edited: [GoalFileDocument], today: Period?) -> LoadOutcome {
        var outcome = LoadOutcome()
        rebuild(from: edited.map(LoadedGoalFile.init), today: today, into: &outcome)
        return outcome
    }

    /// Builds the model from goal documents: assembly across files, the figures written in the
    /// goal files, then every declared data file.
    /// Data files already being read (`early`) are taken from there.
    private mutating func rebuild(
        from candidates: [LoadedGoalFile], today: Period?, early: [EarlyImport] = [], into outcome: inout LoadOutcome
    ) {
        let assembly = GoalFileAssembler.assemble(candidates)
        outcome.diagnostics += assembly.diagnostics
        outcome.rejectedFiles += assembly.rejectedPaths
        let rejected = Set(assembly.rejectedPaths)
        loadedFiles = candidates.filter { !rejected.contains($0.path) }

        var next = assembly.model
        var store = ObservationStore()
        let inlineByFile = Dictionary(grouping: assembly.inlineValues) { $0.location?.file ?? "" }
        for file in loadedFiles {
            guard let values = inlineByFile[file.path], !values.isEmpty else { continue }
            var figures: [SeriesKey: SeriesFigures] = [:]
            for value in values {
                let provenance = Provenance(source: 0, row: Int32(clamping: value.location?.line ?? 0), column: Int32(clamping: value.location?.column ?? 0))
                figures[value.series, default: []].append(
                    Observation(period: value.period, value: value.value, provisional: value.provisional, provenance: provenance))
            }
            let hash = SHA256.hexDigest(of: Array(file.text.utf8))
            store.merge(figures, from: DataSource(path: file.path, kind: .goalFile, contentHash: hash))
        }

        imports = []
        let importedAt = SystemClock.iso8601UTC()
        var early = early
        for declaration in next.dataDeclarations + sessionDeclarations {
            let path = Self.resolve(declaration.path, relativeTo: declaration.location?.file)
            do {
                // An early read knew no metrics, so read its dates as months: it serves only when that is what they stand for.
                let datesAreMonths = (try? ImportOptions(declaration)).map { Importer.dateGranularity(of: $0, metrics: next.metrics) == .month } ?? true
                let staged = if datesAreMonths, let index = early.firstIndex(where: { $0.serves(declaration, at: path) }) {
                    try early.remove(at: index).take()
                } else {
                    try Importer.stage(at: path, declaration: declaration, metrics: next.metrics)
                }
                let report = Importer.finish(staged, into: &store, metrics: next.metrics, today: today, importedAt: importedAt)
                imports.append(report)
                outcome.diagnostics += report.warnings
            } catch {
                outcome.failedImports.append(error)
                // An error about the whole file (binary, empty) has no row to name: it names
                // the goal file's declaration instead, so that every error has a place.
                outcome.diagnostics += error.errors.map { diagnostic in
                    var placed = diagnostic
                    if placed.location == nil { placed.location = declaration.location }
                    return placed
                }
            }
        }
        next.store = store
        model = next
    }

    /// Reads the word lists in the `wordlists` folder of every loaded directory.
    private mutating func loadWordLists() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        wordLists = []
        for root in roots {
            for language in Language.allCases {
                let path = (root.hasSuffix("/") ? root : root + "/") + "wordlists/\(language.rawValue).txt"
                let data: [UInt8]
                switch AtomicFile.readRegularFile(path) {
                case let .success(bytes): data = bytes
                case .failure(.missing): continue
                case let .failure(problem):
                    // A pipe in the folder must not hang the load; the lists are then read without it.
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: path, line: 1, column: 1), WorkspaceMessages.notReadable(path, problem)))
                    continue
                }
                let result = WordLists.parse(text: String(decoding: data, as: UTF8.self), language: language, file: path)
                wordLists.append(result.lists)
                diagnostics += result.diagnostics
            }
        }
        return diagnostics
    }

    /// Imports one more data file (the `import` command): all or nothing; on success it is
    /// remembered, so a later `load` reads it again.
    public mutating func importFile(_ declaration: DataDeclaration, today: Period?) throws(WorkspaceError) -> ImportReport {
        try Self.refuseControlCharacters(in: declaration.path)
        var store = model.store
        let report: ImportReport
        do throws(ImportFailure) {
            report = try Importer.importFile(
                at: declaration.path, declaration: declaration, into: &store, metrics: model.metrics, today: today,
                importedAt: SystemClock.iso8601UTC())
        } catch {
            throw .importFailed(declaration.path, diagnostics: error.errors)
        }
        sessionDeclarations.append(declaration)
        imports.append(report)
        model.store = store
        return report
    }

    /// Takes back the session's import at `index` (of `sessionDeclarations`): the figures are
    /// read again without it, the goal files' data blocks and the other imports as before.
    public mutating func forgetImport(at index: Int, today: Period?) -> LoadOutcome {
        sessionDeclarations.remove(at: index)
        var outcome = LoadOutcome()
        rebuild(from: loadedFiles, today: today, into: &outcome)
        return outcome
    }

    /// A data file's path as declared, relative to the goal file that declares it.
    static func resolve(_ path: String, relativeTo goalFile: String?) -> String {
        // On the path's text: `URL` showed up in every start's profile (docs/performance.md).
        guard !path.hasPrefix("/"), let goalFile, let slash = goalFile.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let directory = goalFile.utf8[..<slash]
        return directory.isEmpty ? "/" + path : String(Substring(directory)) + "/" + path
    }

    /// Reads one goal file; bytes that are not UTF-8 are an error at their place, since the
    /// file could not be written back as it was.
    /// `declared` is told of each data declaration as soon as it is read.
    static func read(
        _ path: String, declared: ((DataDeclaration) -> Void)? = nil
    ) -> (file: LoadedGoalFile?, diagnostics: [Diagnostic]) {
        let text: String
        switch readText(path) {
        case let .success(read): text = read
        case let .failure(diagnostic): return (nil, [diagnostic])
        }
        let result = GoalFileParser.load(text: text, path: path, declared: declared)
        return (result.hasErrors ? nil : result.file, result.diagnostics)
    }

    /// A goal file's text. Its bytes go when this returns, before the parse: kept through it,
    /// they were a second copy of the file at the load's peak (docs/performance.md).
    private static func readText(_ path: String) -> Result<String, Diagnostic> {
        let data: [UInt8]
        switch AtomicFile.readRegularFile(path) {
        case let .success(bytes): data = bytes
        case let .failure(problem):
            return .failure(Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), WorkspaceMessages.notReadable(path, problem)))
        }
        // Validating while the string is made is one pass over the bytes; the place of a bad byte
        // is looked for only when there is one.
        guard let text = String(validating: data, as: UTF8.self) else {
            let place = firstInvalidUTF8(data) ?? (line: 1, column: 1)
            return .failure(Diagnostic(.error, at: SourceLocation(file: path, line: place.line, column: place.column), WorkspaceMessages.notUTF8))
        }
        return .success(text)
    }

    /// The line and column (in characters) of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: return nil
            case .error: return (line, column)
            }
        }
    }

    /// Every `.koers` file a path names: the file itself, or the files below a directory in path order.
    public static func goalFiles(under path: String) throws(WorkspaceError) -> [String] {
        try refuseControlCharacters(in: path)
        var status = stat()
        guard stat(path, &status) == 0 else { throw .noSuchPath(path) }
        guard status.st_mode & S_IFMT == S_IFDIR else { return [path] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let found = DirectoryListing.files(under: base, where: { $0.hasSuffix(".koers") }) else {
            throw .notReadable(path)
        }
        guard !found.isEmpty else { throw .noGoalFiles(path) }
        let paths = found.sorted().map { base + "/" + $0 }
        for path in paths { try refuseControlCharacters(in: path) }
        return paths
    }

    /// The `.koers` files directly in `directory` (not in its subfolders), in name order, as
    /// `directory/NAME` (just `NAME` for "."); none when it cannot be read.
    public static func goalFiles(directlyIn directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let prefix = directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return name.hasSuffix(".koers") && FileManager.default.fileExists(atPath: prefix + name, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted().map { prefix + $0 }
    }

    /// Refuses a file name with a control character: the name is shown in messages and
    /// tables, and koers's color codes pass to a colored terminal. A data path written in a
    /// goal file is quoted text, which the parser refuses such characters in already.
    static func refuseControlCharacters(in path: String) throws(WorkspaceError) {
        if path.unicodeScalars.contains(where: { VisibleControls.isHidden($0) || $0 == "\n" }) { throw .controlCharacterInName(path) }
    }
}

/// The files under a directory at any depth, by `opendir`/`readdir`: FileManager's enumerator
/// took a good part of a millisecond of every start (docs/performance.md). Like it, the walk
/// does not follow symbolic links to directories; an unreadable subdirectory is skipped.
enum DirectoryListing {
    /// Paths relative to `directory` of the files (and links) whose names `keep` accepts;
    /// nil when `directory` cannot be read.
    static func files(under directory: String, where keep: (String) -> Bool) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var found: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            if isDirectory(entry.pointee.d_type, path: directory + "/" + name) {
                if let inner = files(under: directory + "/" + name, where: keep) { found += inner.map { name + "/" + $0 } }
            } else if keep(name) {
                found.append(name)
            }
        }
        return found
    }

    /// Some file systems leave the entry's type unknown; `lstat` tells then, without following links.
    private static func isDirectory(_ type: UInt8, path: String) -> Bool {
        switch Int(type) {
        case Int(DT_DIR): return true
        case Int(DT_UNKNOWN):
            var status = stat()
            return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        default: return false
        }
    }
}
