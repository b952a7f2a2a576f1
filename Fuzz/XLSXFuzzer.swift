import KoersCore
import KoersImport

/// libFuzzer entry: any bytes as an .xlsx workbook (a zip of XML parts). Import must succeed
/// or fail with messages; nothing may trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func xlsxFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var store = ObservationStore()
    do throws(ImportFailure) {
        _ = try Importer.importData(bytes, declaration: DataDeclaration(path: "fuzz.xlsx", options: [.init(key: "metric", value: "m")]), into: &store)
    } catch {
        if error.errors.isEmpty { fatalError("a failed import without a message") }
    }
    return 0
}
