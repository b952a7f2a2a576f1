import KoersCore
// Testable: the driver also sets how large a file must be before it is read in two halves.
@testable import KoersImport

/// libFuzzer entry: any bytes as a CSV export, with the first byte choosing how it is declared
/// (a fixed metric, or long form with a metric column; a notation or none), and the number
/// reader on the same bytes. Import must succeed or fail with messages; nothing may trap; and
/// reading the table in two halves (as a large file is, on two cores) must give exactly what
/// reading it whole gives.
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
    var store = ObservationStore()
    do throws(ImportFailure) {
        _ = try Importer.importData(body, declaration: DataDeclaration(path: "fuzz.csv", options: options), into: &store)
    } catch {
        if error.errors.isEmpty { fatalError("a failed import without a message") }
    }
    if let options = try? ImportOptions(DataDeclaration(path: "fuzz.csv", options: options)) {
        let text = ByteBuffer(copying: body)
        let whole = TableOutcome(text, options: options, split: false)
        let halves = TableOutcome(text, options: options, split: true)
        if halves != whole { fatalError("read in halves:\n\(halves)\nread whole:\n\(whole)") }
    }
    return 0
}

/// What the table interpreter gave, comparable.
private enum TableOutcome: Equatable {
    case staged(figures: [SeriesKey: [Observation]], rows: Int, count: Int, missing: Int, mapping: TableMapping, warnings: [Diagnostic])
    case failed(ImportFailure)

    init(_ text: ByteBuffer, options: ImportOptions, split: Bool) {
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
