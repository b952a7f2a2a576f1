import Foundation
import KoersCore
import Testing
@testable import KoersImport

/// The path of a committed fixture (see Fixtures/README.md).
func fixturePath(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
        return "/nonexistent/\(name)"
    }
    return url.path
}

func declaration(_ path: String, _ options: [(String, String)]) -> DataDeclaration {
    DataDeclaration(path: path, options: options.map { DataDeclaration.Option(key: $0.0, value: $0.1) })
}

/// Imports a fixture into a fresh store.
func importFixture(
    _ name: String, _ options: [(String, String)], today: Period? = nil, metrics: [Metric] = []
) throws(ImportFailure) -> (ImportReport, ObservationStore) {
    var store = ObservationStore()
    let report = try Importer.importFile(
        at: fixturePath(name), declaration: declaration(name, options), into: &store, metrics: metrics, today: today)
    return (report, store)
}

/// Imports text (UTF-8) into a store.
func importText(
    _ text: String, name: String = "test.csv", _ options: [(String, String)] = [], into store: inout ObservationStore,
    metrics: [Metric] = [], today: Period? = nil
) throws(ImportFailure) -> ImportReport {
    try Importer.importData(Array(text.utf8), declaration: declaration(name, options), into: &store, metrics: metrics, today: today)
}

func importText(_ text: String, name: String = "test.csv", _ options: [(String, String)] = []) throws(ImportFailure) -> (ImportReport, ObservationStore) {
    var store = ObservationStore()
    let report = try importText(text, name: name, options, into: &store)
    return (report, store)
}

/// The failure of an import expected to fail, or nil if it succeeded.
func failure(_ body: () throws -> Void) -> ImportFailure? {
    do {
        try body()
        return nil
    } catch {
        return error as? ImportFailure
    }
}

func key(_ metric: String, _ labels: [String: String] = [:]) -> SeriesKey {
    SeriesKey(metric: metric, labels: labels.map { Label(name: $0.key, value: $0.value) })
}

func value(_ store: ObservationStore, _ key: SeriesKey, _ period: String) -> Double?? {
    guard let parsed = Period.parse(period)?.period, let observation = store.observations(key).first(where: { $0.period == parsed }) else {
        return nil
    }
    return .some(observation.value)
}

extension ImportFailure {
    var english: String { formatted(in: .en) }
    var dutch: String { formatted(in: .nl) }
}

/// Writes `bytes` to a new file in the temporary directory; the caller removes it.
func temporaryFile(_ bytes: [UInt8], suffix: String = ".csv") throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("koers-\(UUID().uuidString)\(suffix)").path
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
    return path
}

/// Imports `bytes` as a file is imported: written to a file and read `chunkBytes` at a time.
func importThroughFile(
    _ bytes: [UInt8], declaration: DataDeclaration, chunkBytes: Int, into store: inout ObservationStore
) throws -> ImportReport {
    let path = try temporaryFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let source = ByteSource.open(atPath: path, chunkBytes: chunkBytes) else { throw CocoaError(.fileReadUnknown) }
    return try Importer.importSource(source, declaration: declaration, into: &store)
}

/// What importing `bytes` gave: the report and every figure, or the failure.
enum ImportOutcome: Equatable {
    case imported(ImportReport, [SeriesKey: SeriesFigures])
    case failed(ImportFailure)

    init(_ body: (inout ObservationStore) throws -> ImportReport) throws {
        var store = ObservationStore()
        do {
            let report = try body(&store)
            self = .imported(report, store.series)
        } catch let failure as ImportFailure {
            self = .failed(failure)
        }
    }

    /// The same bytes from memory, and from a file read `chunkBytes` at a time.
    static func bothWays(_ bytes: [UInt8], _ declaration: DataDeclaration, chunkBytes: Int) throws -> (memory: ImportOutcome, file: ImportOutcome) {
        (try ImportOutcome { try Importer.importData(bytes, declaration: declaration, into: &$0) },
         try ImportOutcome { try importThroughFile(bytes, declaration: declaration, chunkBytes: chunkBytes, into: &$0) })
    }
}

/// The failure of importing `bytes` from memory, after checking that importing them from a
/// file, read a few bytes at a time (large inputs 64 KiB at a time), fails the same way.
func refusalBothWays(_ bytes: [UInt8], _ declaration: DataDeclaration) -> ImportFailure? {
    var store = ObservationStore()
    let fromMemory = failure { _ = try Importer.importData(bytes, declaration: declaration, into: &store) }
    var fileStore = ObservationStore()
    let chunkBytes = bytes.count > 1 << 20 ? 1 << 16 : 61
    let fromFile = failure { _ = try importThroughFile(bytes, declaration: declaration, chunkBytes: chunkBytes, into: &fileStore) }
    #expect(fromFile == fromMemory, "\(declaration.path), \(bytes.count) bytes")
    return fromMemory
}

/// What the table interpreter gave on a CSV text, comparable: the same text read whole, in two
/// halves or through a window must give the same.
enum TableOutcome: Equatable {
    case staged(figures: [SeriesKey: SeriesFigures], rows: Int, count: Int, missing: Int, mapping: TableMapping, warnings: [Diagnostic])
    case failed(ImportFailure)

    init(_ source: ByteSource, range: Range<Int>? = nil, split: Bool, _ options: [(String, String)] = []) throws {
        let options = try ImportOptions(declaration("t.csv", options))
        var format = TableFormat()
        format.separator = UInt8(ascii: ";")
        let reader = CSVReader(source, range: range ?? 0..<source.count, separator: UInt8(ascii: ";"))
        var interpreter = TableInterpreter(cursor: reader, file: "t.csv", options: options, format: format)
        interpreter.minimumSplitBytes = split ? 0 : Int.max
        do throws(ImportFailure) {
            let staged = try interpreter.run()
            self = .staged(
                figures: staged.figures, rows: staged.rowsRead, count: staged.figureCount, missing: staged.missingCount,
                mapping: staged.mapping, warnings: staged.warnings)
        } catch {
            self = .failed(error)
        }
    }

    init(_ text: ByteBuffer, range: Range<Int>? = nil, split: Bool, _ options: [(String, String)] = []) throws {
        try self.init(ByteSource(text), range: range, split: split, options)
    }
}
