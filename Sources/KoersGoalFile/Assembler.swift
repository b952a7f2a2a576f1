import KoersCore

/// Everything loaded from a set of goal files: one model, the inline values of the files that
/// loaded, and every diagnostic.
public struct GoalFileAssembly: Sendable {
    public var model: GoalModel
    /// The figures written in the loaded goal files; the caller registers them as data sources.
    public var inlineValues: [InlineValue]
    /// The errors of parsing, file by file, then those of assembly, sorted by place.
    public var diagnostics: [Diagnostic]
    /// The files that were not loaded because they have errors, in the order given.
    public var rejectedPaths: [String]
}

/// Puts parsed goal files together and checks what no single file can: ids unique across all
/// files, and targets that fit the unit of a metric declared elsewhere. A file with any error is
/// left out whole, so a model never holds half a file.
///
/// A goal measured by an undeclared metric is not an error here: the vague-goal check reports it.
public enum GoalFileAssembler {
    /// Assembles the documents of files that parsed without errors.
    public static func assemble(_ documents: [GoalFileDocument]) -> GoalFileAssembly {
        assemble(documents.map(LoadedGoalFile.init))
    }

    /// Assembles loaded files. A file's document is built only when one of its errors needs the
    /// place of a field (a target that does not fit its metric, a formula that leads back to itself).
    public static func assemble(_ files: [LoadedGoalFile]) -> GoalFileAssembly {
        var rejected = Set<Int>()
        var diagnostics: [Diagnostic] = []
        var documents: [Int: GoalFileDocument] = [:]

        func document(_ index: Int) -> GoalFileDocument {
            if let built = documents[index] { return built }
            let built = files[index].document
            documents[index] = built
            return built
        }

        func report(_ fileIndex: Int, _ location: SourceLocation?, length: Int, _ message: LocalizedText, hint: LocalizedText?) {
            let lines = document(fileIndex).lines
            let line = location.flatMap { lines.indices.contains($0.line - 1) ? lines[$0.line - 1].text : nil }
            diagnostics.append(Diagnostic(.error, at: location, message, sourceLine: line.map(LineParser.displayed),
                                          length: length, hint: hint))
            rejected.insert(fileIndex)
        }
        func warn(_ fileIndex: Int, _ location: SourceLocation?, length: Int, _ message: LocalizedText, hint: LocalizedText?) {
            let lines = document(fileIndex).lines
            let line = location.flatMap { lines.indices.contains($0.line - 1) ? lines[$0.line - 1].text : nil }
            diagnostics.append(Diagnostic(.warning, at: location, message, sourceLine: line.map(LineParser.displayed), length: length, hint: hint))
        }

        // Unique ids: the first declaration wins; a later one is the error, and names the first.
        var metricPlaces: [String: SourceLocation?] = [:]
        var goalPlaces: [String: SourceLocation?] = [:]
        var units: [String: MetricUnit] = [:]
        var additive: [String: Bool] = [:]
        for (index, file) in files.enumerated() {
            for metric in file.content.metrics {
                if let first = metricPlaces[metric.id] {
                    report(index, metric.location, length: metric.id.unicodeScalars.count,
                           GoalFileMessages.duplicateID(.metric, metric.id, firstAt: first ?? unknownPlace),
                           hint: GoalFileMessages.duplicateIDHint)
                } else {
                    metricPlaces[metric.id] = .some(metric.location)
                    if let unit = metric.unit { units[metric.id] = unit }
                    additive[metric.id] = metric.isAdditive
                }
            }
            for goal in file.content.goals {
                if let first = goalPlaces[goal.id] {
                    report(index, goal.location, length: goal.id.unicodeScalars.count,
                           GoalFileMessages.duplicateID(.goal, goal.id, firstAt: first ?? unknownPlace),
                           hint: GoalFileMessages.duplicateIDHint)
                } else {
                    goalPlaces[goal.id] = .some(goal.location)
                }
            }
        }

        // Documents and programmes: ids unique like goals', and document titles too, since a
        // goal's source may name a document by its title.
        func titleSpan(of policy: PolicyDocument, fileIndex: Int) -> (SourceLocation?, Int) {
            let parsed = document(fileIndex)
            guard let field = parsed.block(.document, named: policy.id)?.fields.first(where: { $0.kind == .title }) else {
                return (policy.location, policy.id.unicodeScalars.count)
            }
            return valueSpan(field, in: parsed)
        }
        var documentPlaces: [String: SourceLocation?] = [:]
        var documentTitles: [String: (id: String, place: SourceLocation?)] = [:]
        var programmePlaces: [String: SourceLocation?] = [:]
        for (index, file) in files.enumerated() {
            for policy in file.content.documents {
                if let first = documentPlaces[policy.id] {
                    report(index, policy.location, length: policy.id.unicodeScalars.count,
                           GoalFileMessages.duplicateID(.document, policy.id, firstAt: first ?? unknownPlace),
                           hint: GoalFileMessages.duplicateIDHint)
                    continue
                }
                documentPlaces[policy.id] = .some(policy.location)
                guard let title = policy.title else { continue }
                let key = title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if let first = documentTitles[key] {
                    let (location, length) = titleSpan(of: policy, fileIndex: index)
                    report(index, location, length: length,
                           GoalFileMessages.duplicateDocumentTitle(title, firstID: first.id, firstAt: first.place ?? unknownPlace),
                           hint: GoalFileMessages.duplicateDocumentTitleHint)
                } else {
                    documentTitles[key] = (policy.id, policy.location)
                }
            }
            for programme in file.content.programmes {
                if let first = programmePlaces[programme.id] {
                    report(index, programme.location, length: programme.id.unicodeScalars.count,
                           GoalFileMessages.duplicateID(.programme, programme.id, firstAt: first ?? unknownPlace),
                           hint: GoalFileMessages.duplicateIDHint)
                } else {
                    programmePlaces[programme.id] = .some(programme.location)
                }
            }
        }
        // A goal's programme must be declared: a misspelt id would drop the goal from its programme.
        let programmeIDs = programmePlaces.keys.sorted()
        for (index, file) in files.enumerated() {
            let goals = file.content.goals
            // By position, reading one field: copying every goal of a large file costs more.
            for position in goals.indices {
                guard let programme = goals[position].programme, programmePlaces[programme] == nil else { continue }
                let goal = goals[position]
                let field = document(index).block(.goal, named: goal.id)?.fields.first { $0.kind == .programme }
                let (location, length) = field.map { valueSpan($0, in: document(index)) } ?? (goal.location, goal.id.unicodeScalars.count)
                report(index, location, length: length, GoalFileMessages.unknownProgramme(programme),
                       hint: GoalFileMessages.unknownProgrammeHint(programme, suggestion: Suggestion.closest(to: programme, among: programmeIDs)))
            }
        }

        // Targets against the unit of their metric (docs/evaluation.md, "What a goal says"): a target
        // that cannot fit is an error; one that is probably a slip (`TargetAdvice`) a warning.
        for (index, file) in files.enumerated() {
            for (goalIndex, goal) in file.content.goals.enumerated() {
                let metricID = goal.metric?.metric
                let targets = (goal.target.map { [$0] } ?? []) + goal.milestones.map(\.target)
                for (targetIndex, target) in targets.enumerated() {
                    let unit = metricID.flatMap { units[$0] }
                    let advice = metricID.flatMap { metricID in
                        unit.flatMap { TargetAdvice.advice(for: target, goalID: goal.id, metricID: metricID, unit: $0) }
                    }
                    let message: (text: LocalizedText, hint: LocalizedText?)?
                    if let benchmark = target.value.benchmark, metricPlaces[benchmark.series.metric] == nil {
                        message = (GoalFileMessages.unknownBenchmarkMetric(benchmark.series.metric),
                                   GoalFileMessages.unknownBenchmarkMetricHint(benchmark.series.metric))
                    } else if targetIndex > 0, target.value.benchmark == nil, let benchmark = goal.target?.value.benchmark {
                        message = (GoalFileMessages.plainMilestoneOnBenchmarkGoal(benchmark.series.description),
                                   GoalFileMessages.plainMilestoneOnBenchmarkGoalHint(benchmark.series.description))
                    } else if let metricID, target.cumulative, additive[metricID] == false {
                        message = (GoalFileMessages.cumulativeOnNonAdditiveMetric(metric: metricID), nil)
                    } else if let metricID {
                        message = unit.flatMap { mismatch(target, metric: metricID, unit: $0) }
                    } else {
                        message = nil
                    }
                    guard message != nil || advice != nil else { continue }
                    let goalBlocks = document(index).blocks.filter { $0.kind == .goal }
                    guard goalBlocks.indices.contains(goalIndex) else { continue }
                    let targetFields = goalBlocks[goalIndex].fields.filter { $0.kind == .target || $0.kind == .milestone }
                    // The target field comes first in `targets` when there is one; milestones follow in order.
                    let orderedFields = targetFields.filter { $0.kind == .target } + targetFields.filter { $0.kind == .milestone }
                    guard orderedFields.indices.contains(targetIndex) else { continue }
                    let (location, length) = valueSpan(orderedFields[targetIndex], in: document(index))
                    if let message { report(index, location, length: length, message.text, hint: message.hint) }
                    if let advice { warn(index, location, length: length, advice.message, hint: advice.hint) }
                }
            }
        }

        // Derived metrics whose formula leads back to themselves could never be computed.
        let formulaInputs = firstFormulas(files)
        for (index, file) in files.enumerated() {
            for (metricIndex, metric) in file.content.metrics.enumerated() where metric.formula != nil {
                guard metricPlaces[metric.id] == .some(metric.location),
                      let cycle = cycle(from: metric.id, through: formulaInputs) else { continue }
                let metricBlocks = document(index).blocks.filter { $0.kind == .metric }
                guard metricBlocks.indices.contains(metricIndex) else { continue }
                let place = metricBlocks[metricIndex].fields.first { $0.kind == .formula }.map { valueSpan($0, in: document(index)) }
                report(index, place?.0 ?? metric.location, length: place?.1 ?? metric.id.unicodeScalars.count,
                       GoalFileMessages.formulaCycle(cycle), hint: GoalFileMessages.formulaCycleHint)
            }
        }

        var model = GoalModel()
        var inlineValues: [InlineValue] = []
        for (index, file) in files.enumerated() where !rejected.contains(index) {
            join(file.content.metrics, to: &model.metrics)
            join(file.content.goals, to: &model.goals)
            join(file.content.documents, to: &model.documents)
            join(file.content.programmes, to: &model.programmes)
            join(file.content.dataDeclarations, to: &model.dataDeclarations)
            join(file.content.inlineValues, to: &inlineValues)
        }
        return GoalFileAssembly(
            model: model, inlineValues: inlineValues,
            diagnostics: diagnostics.sorted { ($0.location ?? unknownPlace) < ($1.location ?? unknownPlace) },
            rejectedPaths: files.indices.filter(rejected.contains).map { files[$0].path })
    }

    /// Assembles parse results: files with parse errors are left out and their diagnostics kept,
    /// before the diagnostics of assembly.
    public static func assemble(_ results: [GoalFileParseResult]) -> GoalFileAssembly {
        var assembly = assemble(results.compactMap(\.document))
        let parseDiagnostics = results.flatMap(\.diagnostics)
        assembly.diagnostics = parseDiagnostics + assembly.diagnostics
        let rejectedByAssembly = Set(assembly.rejectedPaths)
        assembly.rejectedPaths = results.filter { $0.document == nil || rejectedByAssembly.contains($0.path) }.map(\.path)
        return assembly
    }

    /// Appends a file's entities; the first file's array is shared, not copied, so that the
    /// model and the loaded file hold one copy of a large file's goals between them.
    private static func join<Element>(_ elements: [Element], to array: inout [Element]) {
        if array.isEmpty {
            array = elements
        } else {
            array.append(contentsOf: elements)
        }
    }

    private static let unknownPlace = SourceLocation(file: "", line: 0, column: 0)

    /// The derived metrics each formula reads, for the first declaration of each id. Only a
    /// series without labels is ever computed (`SeriesResolver`): labelled inputs, and the
    /// labelled parts that `sum` adds up, are stored figures and cannot close a loop.
    private static func firstFormulas(_ files: [LoadedGoalFile]) -> [String: [String]] {
        var inputs: [String: [String]] = [:]
        var seen = Set<String>()
        for file in files {
            for metric in file.content.metrics where seen.insert(metric.id).inserted {
                switch metric.formula {
                case let .ratio(a, b)?, let .percentage(a, b)?:
                    inputs[metric.id] = [a, b].filter(\.labels.isEmpty).map(\.metric)
                case let .sum(base)?:
                    // A total of its own labelled parts is stored figures; another metric's parts
                    // make it depend on that metric, so `a = sum(b)`, `b = sum(a)` is a loop.
                    if base.metric != metric.id { inputs[metric.id] = [base.metric] }
                case nil:
                    continue
                }
            }
        }
        return inputs
    }

    /// The shortest chain of formulas from `start` back to `start` (`a → b → a`), if any.
    static func cycle(from start: String, through inputs: [String: [String]]) -> [String]? {
        var cameFrom: [String: String] = [:]
        var queue = [start]
        var next = 0
        while next < queue.count {
            let current = queue[next]
            next += 1
            for input in inputs[current] ?? [] {
                if input == start {
                    // Back from `current` to `start` (whose own predecessor is never set).
                    var path = [current]
                    while let last = path.last, let previous = cameFrom[last] { path.append(previous) }
                    return path.reversed() + [start]
                }
                guard cameFrom[input] == nil, input != start else { continue }
                cameFrom[input] = current
                queue.append(input)
            }
        }
        return nil
    }

    private static func mismatch(_ target: Target, metric: String, unit: MetricUnit) -> (text: LocalizedText, hint: LocalizedText?)? {
        switch (target.value, unit.isOrdered) {
        case (.yesNo, true):
            return (GoalFileMessages.yesNoTargetOnOrderedMetric(metric: metric, unit: unit), GoalFileMessages.yesNoTargetOnOrderedMetricHint)
        case (.absolute, false), (.relativePercent, false), (.percentagePoints, false), (.benchmark, false):
            return (GoalFileMessages.numericTargetOnYesNoMetric(metric: metric), nil)
        default:
            return nil
        }
    }

    /// From the field's first value token to the last one on the field's first line.
    private static func valueSpan(_ field: GoalFileField, in document: GoalFileDocument) -> (SourceLocation, Int) {
        guard let first = field.values.first else { return (document.location(of: field.keyword), field.keyword.length) }
        let last = field.values.last { $0.line == first.line } ?? first
        return (document.location(of: first), last.column + last.length - first.column)
    }
}
