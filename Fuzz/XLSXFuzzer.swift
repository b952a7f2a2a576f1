import CZlib
import KoersCore
import KoersImport

/// libFuzzer entry with two modes, chosen by the first byte:
/// - even (a zip begins with `P`): all of it is any bytes as an .xlsx workbook (a zip of XML parts);
/// - odd: the rest is the workbook's XML parts themselves, separated by NUL bytes (workbook,
///   its relationships, sheet1, shared strings, styles), packed here into a well-formed zip, so
///   that mutations reach koers's XML reader and the part handlers instead of failing the CRC.
/// Import must succeed or fail with messages, and so must reading the workbook for `draft
/// --table`; nothing may trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func xlsxFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let mode = input.first else { return 0 }
    let bytes = mode % 2 == 0 ? Array(input) : storedZip(parts: Array(input.dropFirst()))
    var store = ObservationStore()
    do throws(ImportFailure) {
        _ = try Importer.importData(bytes, declaration: DataDeclaration(path: "fuzz.xlsx", options: [.init(key: "metric", value: "m")]), into: &store)
    } catch {
        if error.errors.isEmpty { fatalError("a failed import without a message") }
    }
    if let sheets = try? WorkbookSheets.read(bytes), case let .success(table) = SheetTable.pick(sheets, named: nil, file: "fuzz.xlsx"),
       let today = Period.year(2026) {
        _ = TableDraft.read(table, file: "fuzz.xlsx", wordLists: [], today: today)
    }
    return 0
}

private let partNames = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]

/// A zip (method 0, stored) holding the NUL-separated parts under the workbook's part names.
private func storedZip(parts: [UInt8]) -> [UInt8] {
    let contents = parts.split(separator: 0, maxSplits: partNames.count - 1, omittingEmptySubsequences: false)
    var archive: [UInt8] = []
    var directory: [UInt8] = []
    for (name, content) in zip(partNames, contents) {
        let nameBytes = Array(name.utf8)
        let body = Array(content)
        let crc = body.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        let offset = archive.count
        archive += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            + le32(crc) + le32(UInt32(body.count)) + le32(UInt32(body.count)) + le16(nameBytes.count) + le16(0) + nameBytes + body
        directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            + le32(crc) + le32(UInt32(body.count)) + le32(UInt32(body.count)) + le16(nameBytes.count) + le16(0) + le16(0)
            + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + nameBytes
    }
    let directoryStart = archive.count
    archive += directory
    archive += le32(0x0605_4B50) + le16(0) + le16(0) + le16(min(contents.count, partNames.count)) + le16(min(contents.count, partNames.count))
        + le32(UInt32(directory.count)) + le32(UInt32(directoryStart)) + le16(0)
    return archive
}

private func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
