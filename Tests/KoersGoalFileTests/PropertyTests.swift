import KoersCore
import KoersTestSupport
import PropertyBased
import Testing
@testable import KoersGoalFile

/// A generated model, the inline values for its metrics, and the style to print it in.
struct ModelSample: Sendable, CustomStringConvertible {
    var model: GoalModel
    var values: [InlineValue]
    var keywords: Language
    var notation: NumberNotation

    var description: String { GoalFilePrinter.print(model, inlineValues: values, keywords: keywords, notation: notation) }
}

/// Builds random but valid models: every id valid and unique, every target fitting its metric's
/// unit, every deadline after its baseline. Texts hold quotes, backslashes, `#`, line breaks,
/// tabs, non-ASCII and long runs, to reach every escape and continuation line.
struct ModelMaker {
    var random: SeededRandom

    private static var textCharacters: [String] {
        ["a", "b", "z", "Q", "0", "7", " ", " ", " ", "\"", "\\", "#", "{", "}", "=", ",", "%", "é", "ë", "’", "😀",
         "\n", "\t", "\r", "\u{A0}", ">=", "goal ", "titel ", "'goed'"]
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func pick<T>(_ options: [T]) -> T { options[Int.random(in: 0..<options.count, using: &random)] }

    mutating func text(maxLength: Int = 24) -> String {
        let long = chance(10)
        let length = long ? Int.random(in: 60...200, using: &random) : Int.random(in: 0...maxLength, using: &random)
        var out = ""
        for _ in 0..<length {
            // Long texts are mostly words and spaces, so that they wrap.
            out += long && chance(70) ? pick(["word", "woord", " "]) : pick(Self.textCharacters)
        }
        return out
    }

    mutating func identifier() -> String {
        var out = pick(["a", "m", "x", "Z", "é", "doel", "goal"])
        for _ in 0..<Int.random(in: 0...8, using: &random) { out += pick(["a", "b", "9", "0", "_", "-", "ë", "k"]) }
        return out
    }

    mutating func uniqueIdentifiers(_ count: Int) -> [String] {
        var seen = Set<String>()
        return (0..<count).map { index in
            var id = identifier()
            if seen.contains(id) { id += "-\(index)" }
            seen.insert(id)
            return id
        }
    }

    mutating func number() -> Double {
        let whole = Double(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &random))
        let divisor = pick([1.0, 10, 100, 1000, 10_000, 1_000_000])
        return chance(30) ? Double(Int.random(in: 0...100, using: &random)) : whole / divisor
    }

    mutating func period() -> Period {
        let year = Int.random(in: 1990...2040, using: &random)
        let granularity = pick(Granularity.allCases)
        return Period(year: year, granularity: granularity, index: Int.random(in: 1...granularity.periodsPerYear, using: &random))!
    }

    mutating func labels() -> [Label] {
        let names = uniqueIdentifiers(Int.random(in: 0...2, using: &random))
        return names.map { Label(name: $0, value: chance(50) ? identifier() : text()) }
    }

    /// A series of one of `metrics`, or of an undeclared metric: its id starts with `ext`, which no
    /// generated id does, so that a formula never names its own metric by chance (a loop).
    mutating func series(metrics: [String]) -> SeriesKey {
        SeriesKey(metric: metrics.isEmpty || chance(20) ? "ext" + identifier() : pick(metrics), labels: labels())
    }

    private enum TargetKind { case absolute, relative, points, change, yesNo, qualitative, benchmark }

    /// `benchmarks`: the declared metrics a benchmark target may name (an undeclared one is an error).
    mutating func target(unit: MetricUnit?, additive: Bool = true, benchmarks: [String] = []) -> Target {
        var target = levelTarget(unit: unit, benchmarks: benchmarks)
        target.sustained = chance(20)
        // A total takes `>=` and a number (any metric here: the assembler, not the parser, checks additivity).
        if additive, !target.sustained, target.comparator == .atLeast, case .absolute = target.value { target.cumulative = chance(30) }
        return target
    }

    private mutating func levelTarget(unit: MetricUnit?, benchmarks: [String]) -> Target {
        var kinds: [TargetKind] = switch unit {
        case .yesNo?: [.yesNo, .qualitative]
        case .some: [.absolute, .relative, .points, .change, .qualitative]
        case nil: [.absolute, .relative, .points, .change, .yesNo, .qualitative]
        }
        if unit != .yesNo, !benchmarks.isEmpty { kinds.append(.benchmark) }
        switch pick(kinds) {
        case .absolute:
            // A negative percentage is always relative (`-5%`): an absolute one is written without `%`.
            let value = number()
            return Target(comparator: pick([.atLeast, .atMost, nil]), value: .absolute(value, percent: value >= 0 && chance(50)))
        case .relative: return Target(comparator: pick([.atLeast, .atMost, nil]), value: .relativePercent(number()))
        case .points: return Target(comparator: pick([.atLeast, .atMost, nil]), value: .percentagePoints(number()))
        case .change: return Target(comparator: pick([.atLeast, .atMost, nil]), value: .change(number()))
        case .yesNo: return Target(comparator: pick([.equals, nil]), value: .yesNo(chance(50)))
        case .qualitative: return Target(comparator: pick([.atLeast, .atMost, .equals, nil]), value: .qualitative(text()))
        case .benchmark:
            let offset = optional { maker in maker.pick([Benchmark.Offset.amount(maker.number()), .percent(maker.number())]) }
            let series = SeriesKey(metric: pick(benchmarks), labels: labels())
            return Target(comparator: pick([.atLeast, .atMost, nil]), value: .benchmark(Benchmark(series: series, offset: offset)))
        }
    }

    mutating func optional<T>(_ percent: Int = 50, _ make: (inout Self) -> T) -> T? {
        chance(percent) ? make(&self) : nil
    }

    mutating func metric(id: String, metrics: [String], own: String) -> Metric {
        let unit = optional { $0.pick(MetricUnit.allCases) }
        // A free unit stands instead of a known one.
        let unitName = unit == nil ? optional(30) { $0.text() } : nil
        let frequency = optional { $0.pick(Granularity.allCases) }
        return Metric(
            id: id, title: optional { $0.text() }, unit: unit,
            source: optional { $0.text() }, frequency: frequency,
            combine: optional(30) { $0.pick(CombineRule.allCases) }, definition: optional(20) { $0.text() }, totalOf: optional(20) { $0.identifier() },
            formula: optional(20) { maker in
                let a = maker.series(metrics: metrics), b = maker.series(metrics: metrics)
                return maker.pick([Formula.ratio(a, b), .percentage(a, b), .sum(a), .sum(maker.series(metrics: [own]))])
            }, unitName: unitName, periodsBetweenFigures: frequency == .year && chance(30) ? 2 : 1)
    }

    mutating func date() -> DocumentDate {
        if chance(40) {
            return DocumentDate(year: Int.random(in: 1990...2040, using: &random), month: Int.random(in: 1...12, using: &random),
                                day: Int.random(in: 1...28, using: &random))!
        }
        return DocumentDate(period())
    }

    /// Titles end in their index, so that no two documents share one (an assembly error).
    mutating func document(id: String, index: Int) -> PolicyDocument {
        PolicyDocument(
            id: id, title: optional(80) { $0.text() + " d\(index)" }, kind: optional { $0.pick(DocumentKind.allCases) },
            date: optional { $0.date() },
            adoption: optional(70) { maker in
                maker.pick([Adoption.adoptedByCouncil(maker.optional(70) { $0.date() }), .noted(maker.optional(70) { $0.date() }),
                            .notPresented])
            },
            horizon: optional { $0.period() }, owner: optional { $0.text() },
            evaluations: (0..<Int.random(in: 0...2, using: &random)).map { _ in DocumentEvaluation(date: date(), title: text()) },
            notes: (0..<Int.random(in: 0...1, using: &random)).map { _ in text() })
    }

    mutating func programme(id: String) -> Programme {
        Programme(id: id, title: optional(80) { $0.text() }, owner: optional { $0.text() }, theme: optional { $0.text() })
    }

    mutating func goal(id: String, metrics: [Metric], documents: [PolicyDocument] = [], programmes: [String] = []) -> Goal {
        let series = optional(70) { $0.series(metrics: metrics.map(\.id)) }
        let unit = series.flatMap { key in metrics.first { $0.id == key.metric }?.unit }
        // The assembler refuses a total of a declared metric whose figures do not add up.
        let additive = series.flatMap { key in metrics.first { $0.id == key.metric }?.isAdditive } ?? true
        var baseline = optional { maker in
            Baseline(period: maker.optional(80) { $0.period() }, value: maker.optional { $0.number() })
        }
        if let current = baseline, current.period == nil, current.value == nil { baseline = nil }
        var deadline = optional(60) { $0.period() }
        if let start = baseline?.period, let end = deadline, end.end <= start.end {
            deadline = .year(Int(start.year) + Int.random(in: 1...5, using: &random))
        }
        var title = text()
        if title.isEmpty { title = "titel" }
        let goalTarget = optional(70) { $0.target(unit: unit, additive: additive, benchmarks: metrics.map(\.id)) }
        // A source names a declared document by id or title, or is free text.
        let documentNames = documents.flatMap { [$0.id] + ($0.title.map { [$0] } ?? []) }
        return Goal(
            id: id, title: title,
            source: optional { maker in
                let named = documentNames.isEmpty || maker.chance(40) ? maker.text() : maker.pick(documentNames)
                return DocumentReference(document: named, section: maker.optional { $0.text() })
            },
            programme: programmes.isEmpty ? nil : optional { $0.pick(programmes) }, theme: optional(30) { $0.text() },
            owner: optional { $0.text() }, metric: series, scope: optional(20) { $0.text() }, baseline: baseline,
            target: goalTarget, deadline: deadline,
            milestones: (0..<Int.random(in: 0...2, using: &random)).map { _ in
                var milestone = target(unit: unit, additive: additive, benchmarks: metrics.map(\.id))
                // A goal judged against a benchmark takes milestones against it only.
                if let benchmark = goalTarget?.value.benchmark, milestone.value.benchmark == nil {
                    milestone = Target(comparator: goalTarget?.comparator, value: .benchmark(benchmark))
                }
                return Milestone(period: period(), target: milestone)
            },
            notes: (0..<Int.random(in: 0...2, using: &random)).map { _ in text() },
            waivers: (0..<Int.random(in: 0...2, using: &random)).map { _ in Waiver(rule: pick(CheckRule.allCases).code, reason: text()) })
    }

    mutating func inlineValues(for metric: String) -> [InlineValue] {
        var slots = Set<String>()
        var out: [InlineValue] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let key = SeriesKey(metric: metric, labels: chance(50) ? labels() : [])
            let period = period()
            guard slots.insert("\(key)|\(period)").inserted else { continue }
            out.append(InlineValue(series: key, period: period, value: number(), provisional: chance(20)))
        }
        return out
    }

    mutating func sample() -> ModelSample {
        let metricIDs = uniqueIdentifiers(Int.random(in: 0...4, using: &random))
        // A formula reads only metrics declared before its own, so no loop of formulas (an
        // assembly error) is generated; `sum` may still name its own metric's parts.
        let metrics = metricIDs.indices.map { metric(id: metricIDs[$0], metrics: Array(metricIDs[..<$0]), own: metricIDs[$0]) }
        let documentIDs = uniqueIdentifiers(Int.random(in: 0...3, using: &random))
        let documents = documentIDs.indices.map { document(id: documentIDs[$0], index: $0) }
        let programmes = uniqueIdentifiers(Int.random(in: 0...2, using: &random)).map { programme(id: $0) }
        let goals = uniqueIdentifiers(Int.random(in: 0...5, using: &random)).map {
            goal(id: $0, metrics: metrics, documents: documents, programmes: programmes.map(\.id))
        }
        let declarations = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            DataDeclaration(path: text(), options: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                DataDeclaration.Option(key: identifier(), value: chance(50) ? pick(["breed", ";", "data/x.csv", "lang"]) : text())
            })
        }
        let values = metricIDs.flatMap { inlineValues(for: $0) }
        let model = GoalModel(metrics: metrics, goals: goals, documents: documents, programmes: programmes, dataDeclarations: declarations)
        return ModelSample(model: model, values: values,
                           keywords: pick(Language.allCases), notation: pick(NumberNotation.allCases))
    }
}

let modelSamples = Generator<ModelSample, Shrink.None<ModelSample>> { random in
    var maker = ModelMaker(random: SeededRandom(seed: random.next()))
    return maker.sample()
}

/// Pieces of goal files, put together at random: far more likely than random bytes to reach
/// deep into the parser.
let fragments: [String] = [
    "goal", "doel", "metric", "indicator", "data", "gegevens", "notation", "getalnotatie", "nl", "en",
    "title", "titel", "target", "streefwaarde", "baseline", "by", "uiterlijk", "milestone", "value", "waarde", "unit",
    "formula", "ratio(", "sum(", "waiver", "owner", " ", " ", "    ", "\t", "\n", "\n", "\n    ", "\r\n", "\"", "\"tekst\"",
    "\\", "\\\"", "#", ">=", "<=", "=", ">", "{", "}", "(", ")", ",", "90%", "+10%", "-5%", "3", "pp", "1.234", "7,2",
    "1.234,5", "49525", "ja", "nee", "2020", "2021-Q3", "2022*", "2021-Q9", "m", "x", "é", "\u{A0}", "\u{FEFF}", "\0",
    "document", "programma", "programme", "soort", "begroting", "ter kennisname", "vastgesteld door de raad", "not presented",
    "looptijd tot", "evaluatie", "2020-11-12", "2021-02-30", "thema",
]

let fragmentSoup = Gen<String?>.element(of: fragments).map { $0 ?? "" }.array(of: 0...80).map { $0.joined() }
let garbage = Gen<UInt8>.value(in: 0...255).array(of: 0...400).map { String(decoding: $0, as: UTF8.self) }

/// What must hold for any text at all: no crash; a document only without errors, printing back
/// the exact text; otherwise errors, each with a place inside the file and a caret on its line.
func checkParsesOrExplains(_ text: String) {
    let result = GoalFileParser.parse(text: text, path: "fuzz.koers")
    if let document = result.document {
        #expect(result.diagnostics.isEmpty)
        #expect(Array(GoalFilePrinter.print(document).utf8) == Array(text.utf8))
    } else {
        #expect(result.hasErrors)
    }
    expectLoadMatchesParse(text, path: "fuzz.koers")
    let lineCount = max(1, text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count)
    for diagnostic in result.diagnostics {
        guard let location = diagnostic.location, let line = diagnostic.sourceLine else {
            Issue.record("a diagnostic without a place: \(diagnostic.message.en)")
            continue
        }
        #expect(location.file == "fuzz.koers")
        #expect((1...lineCount).contains(location.line))
        #expect(location.column >= 1)
        #expect(location.column + diagnostic.length - 1 <= line.unicodeScalars.count + 1, "\(diagnostic.formatted(in: .en))")
        #expect(!diagnostic.message.en.isEmpty && !diagnostic.message.nl.isEmpty)
    }
}

@Suite struct PropertyTests {
    @Test func generatedModelsPrintAndParseBackToTheSameModel() async {
        await propertyCheck(count: 300, input: modelSamples) { sample in
            let text = GoalFilePrinter.print(sample.model, inlineValues: sample.values, keywords: sample.keywords, notation: sample.notation)
            let result = GoalFileParser.parse(text: text, path: "generated.koers")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.formatted(in: .en) })")
            guard let document = result.document else { return }
            let assembly = GoalFileAssembler.assemble([document])
            // Random targets may be likely slips (`>= 40%` on a count): warned about, still loaded.
            let errors = assembly.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map { $0.formatted(in: .en) })")
            #expect(assembly.diagnostics.allSatisfy { $0.hint != nil }, "\(assembly.diagnostics.map { $0.formatted(in: .en) })")
            #expect(assembly.model == sample.model)
            #expect(assembly.inlineValues == sample.values)
            #expect(GoalFilePrinter.print(document) == text)
        }
    }

    @Test func printingIsStableOnceParsed() async {
        await propertyCheck(count: 100, input: modelSamples) { sample in
            let text = GoalFilePrinter.print(sample.model, inlineValues: sample.values, keywords: sample.keywords, notation: sample.notation)
            guard let content = GoalFileParser.parse(text: text, path: "g.koers").document?.content else {
                Issue.record("the printed model did not parse")
                return
            }
            let model = GoalModel(metrics: content.metrics, goals: content.goals, documents: content.documents,
                                  programmes: content.programmes, dataDeclarations: content.dataDeclarations)
            #expect(GoalFilePrinter.print(model, inlineValues: content.inlineValues, keywords: sample.keywords, notation: sample.notation) == text)
        }
    }

    @Test func numbersPrintAndReadBackExactlyInEveryStyle() async {
        let numbers = Gen<Int64>.int64(in: -1_000_000_000_000_000...1_000_000_000_000_000)
        await propertyCheck(count: 500, input: numbers, Gen.int(in: 0...9)) { whole, scale in
            var divisor = 1.0
            for _ in 0..<scale { divisor *= 10 }
            let value = Double(whole) / divisor
            for style in [GoalFileStyle(notation: .dutch), GoalFileStyle(notation: .english),
                          GoalFileStyle(keywords: .nl, notation: nil), GoalFileStyle(keywords: .en, notation: nil)] {
                let written = GoalFilePrinter.number(value, style: style)
                #expect((try? NumberReader.read(written, notation: style.notation).get()) == value, "\(written)")
            }
        }
    }

    @Test func anyPieceOfGoalFileEitherParsesOrExplains() async {
        await propertyCheck(count: 1000, input: fragmentSoup) { text in
            checkParsesOrExplains(text)
        }
    }

    @Test func anyBytesEitherParseOrExplain() async {
        await propertyCheck(count: 500, input: garbage) { text in
            checkParsesOrExplains(text)
        }
    }

    @Test func damagedGoalFilesEitherParseOrExplain() async {
        let damage = Gen<Int>.int(in: 0...10_000).array(of: 1...6)
        await propertyCheck(count: 300, input: modelSamples, damage) { sample, cuts in
            var scalars = Array(sample.description.unicodeScalars)
            for (index, cut) in cuts.enumerated() where !scalars.isEmpty {
                let position = cut % scalars.count
                switch index % 3 {
                case 0: scalars.remove(at: position)
                case 1: scalars.insert(contentsOf: fragments[cut % fragments.count].unicodeScalars, at: position)
                default: scalars.insert("\n", at: position)
                }
            }
            checkParsesOrExplains(String(String.UnicodeScalarView(scalars)))
        }
    }
}
