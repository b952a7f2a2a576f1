import KoersCore
import KoersImport

/// libFuzzer entry: any bytes as a CSV export, with the first byte choosing how it is declared
/// (a fixed metric, or long form with a metric column; a notation or none), and the number
/// reader on the same bytes. Import must succeed or fail with messages; nothing may trap.
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
    return 0
}
