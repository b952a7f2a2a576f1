import Foundation
import KoersCore
// Testable: the driver also sets how large a file must be before it is read in two halves,
// and how many bytes of a file are read at a time.
@testable import KoersImport

/// libFuzzer entry: any bytes as a CSV export, with the first byte choosing how it is declared
/// (a fixed metric, or long form with a metric column; a notation or none), and the number
/// reader on the same bytes. Import must succeed or fail with messages; nothing may trap; and
/// reading the table in two halves (as a large file is, on two cores), or from a file through a
/// window of a few bytes (the first byte chooses it), must give exactly what reading it whole in
/// memory gives (one of these ways per input), and so must the whole import.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let choice = bytes.first ?? 0
    let body = Array(bytes.dropFirst())
    for notation in [NumberNotation.dutch, .english, nil] {
        _ = NumberReader.read(UnsafeBufferPointer(rebasing: bytes.dropFirst()), notation: notation)
    }
    var options: [DataDeclaration.Option] = []
    switch choice % 4 {
    case 0: options = [.init(key: "metric", value: "m")]
    case 1: options = [.init(key: "metric", value: "m"), .init(key: "decimal", value: "comma")]
    case 2: options = [.init(key: "layout", value: "long"), .init(key: "column", value: "metric \"indicator\""),
                       .init(key: "column", value: "period \"periode\""), .init(key: "column", value: "value \"waarde\"")]
    default: options = []
    }
    // 1 to 64 bytes for a small input; wider for a large one, so that it takes at most a few
    // thousand reads.
    let window = (Int(choice / 4) % 64 + 1) * max(1, body.count / 1024)
    guard writeScratchFile(body), let file = ByteSource.open(atPath: scratchFile, chunkBytes: window)
    else { fatalError("cannot write \(scratchFile)") }
    let declaration = DataDeclaration(path: "fuzz.csv", options: options)
    let imported = ImportOutcome { (store) throws(ImportFailure) in try Importer.importData(body, declaration: declaration, into: &store) }
    let importedFromFile = ImportOutcome { (store) throws(ImportFailure) in try Importer.importSource(file, declaration: declaration, into: &store) }
    if importedFromFile != imported { fatalError("imported through a window of \(window):\n\(importedFromFile)\nfrom memory:\n\(imported)") }
    if let options = try? ImportOptions(declaration) {
        let text = ByteSource(ByteBuffer(copying: body))
        let whole = TableOutcome(text, options: options, split: false)
        // One of the three other ways per input (chosen by its length), so that the driver runs
        // fast enough for its ten million executions; every way is tried on a third of them.
        let (source, split) = [(text, true), (file, false), (file, true)][body.count % 3]
        let other = TableOutcome(source, options: options, split: split)
        if other != whole { fatalError("read \(split ? "in halves" : "whole") through a window of \(source === file ? window : 0):\n\(other)\nread whole:\n\(whole)") }
    }
    return 0
}

/// One file per fuzzing process, written again for each input: in memory (/dev/shm) where there
/// is one, since a file on disk costs the driver half its speed.
private let scratchFile = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory())
    + "koers-csvfuzz-\(getpid()).csv"

private func writeScratchFile(_ bytes: [UInt8]) -> Bool {
    let descriptor = open(scratchFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
}

/// What an import gave: the report and the figures, or the failure (which must have a message).
private enum ImportOutcome: Equatable {
    case imported(ImportReport, [SeriesKey: SeriesFigures])
    case failed(ImportFailure)

    init(_ body: (inout ObservationStore) throws(ImportFailure) -> ImportReport) {
        var store = ObservationStore()
        do throws(ImportFailure) {
            let report = try body(&store)
            self = .imported(report, store.series)
        } catch {
            if error.errors.isEmpty { fatalError("a failed import without a message") }
            self = .failed(error)
        }
    }
}

/// What the table interpreter gave, comparable.
private enum TableOutcome: Equatable {
    case staged(figures: [SeriesKey: SeriesFigures], rows: Int, count: Int, missing: Int, mapping: TableMapping, warnings: [Diagnostic])
    case failed(ImportFailure)

    init(_ text: ByteSource, options: ImportOptions, split: Bool) {
        var format = TableFormat()
        format.separator = UInt8(ascii: ";")
        var interpreter = TableInterpreter(
            cursor: CSVReader(text, range: 0..<text.count, separator: UInt8(ascii: ";")), file: "fuzz.csv", options: options, format: format)
        interpreter.minimumSplitBytes = split ? 0 : Int.max
        do throws(ImportFailure) {
            let staged = try interpreter.run()
            self = .staged(figures: staged.figures, rows: staged.rowsRead, count: staged.figureCount, missing: staged.missingCount,
                           mapping: staged.mapping, warnings: staged.warnings)
        } catch {
            self = .failed(error)
        }
    }
}
