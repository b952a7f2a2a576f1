import Foundation
import KoersCore
// zlib: inflate and crc32 for the workbook's zip parts (Sources/CZlib).
import CZlib

/// Why an .xlsx file cannot be read.
public enum XLSXFailure: Error, Sendable, Hashable {
    case notAZipArchive
    case missingPart(String)
    case malformedXML(String)
    case noSuchSheet(String, available: [String])
    case noSheets
    case tooLarge
    /// A cell of type `s` whose index (as written) names no shared string; the cell as `Blad1!B7`.
    case sharedStringOutOfRange(cell: String, index: String, count: Int)
    /// Two cells of a sheet with the same reference; the later one would silently win.
    case duplicateCell(String)
    /// A row number that comes again, or before an earlier row's.
    case duplicateRow(sheet: String, row: Int)
}

/// One worksheet's cells, as text (for headers, labels and periods) and, for numeric cells, as
/// the number Excel stored.
struct XLSXSheet {
    var name: String
    /// Rows in order, each with its 1-based row number and its cells by 0-based column.
    var rows: [(number: Int, cells: [Int: XLSXCell])]
    var width: Int
    /// The sheet's merged ranges (`A1:F1`), as 0-based columns and 1-based rows; only the first cell holds the value.
    var merged: [(columns: ClosedRange<Int>, rows: ClosedRange<Int>)] = []

    func cursor() -> XLSXCursor { XLSXCursor(self) }
}

struct XLSXCell: Equatable {
    var text: String
    var number: Double?
    /// The cell's number format shows it as a percentage (`0%`, `0.0%`): 0.7 is shown as 70%.
    var percent = false
}

/// Reads .xlsx workbooks: the named or first sheet; shared and inline strings, numbers,
/// booleans, formula results, and dates stored as numbers (read as `YYYY-MM`, their month).
enum XLSXReader {
    /// Parts larger than this (uncompressed) are refused, so a zip bomb cannot exhaust memory.
    static let maximumPartSize = 512 << 20

    static func read(_ bytes: [UInt8], sheet wanted: String?) throws(XLSXFailure) -> XLSXSheet {
        let workbook = try XLSXWorkbook(bytes)
        let chosen: (name: String, relationship: String)
        if let wanted {
            guard let match = workbook.sheets.first(where: { $0.name == wanted })
                ?? workbook.sheets.first(where: { $0.name.lowercased() == wanted.lowercased() })
            else { throw .noSuchSheet(wanted, available: workbook.sheets.map(\.name)) }
            chosen = match
        } else {
            chosen = workbook.sheets[0]
        }
        return try workbook.sheet(chosen)
    }

    /// Every sheet of the workbook, in its order.
    static func readAll(_ bytes: [UInt8]) throws(XLSXFailure) -> [XLSXSheet] {
        let workbook = try XLSXWorkbook(bytes)
        var sheets: [XLSXSheet] = []
        for sheet in workbook.sheets { sheets.append(try workbook.sheet(sheet)) }
        return sheets
    }

    /// A workbook opened: its sheets' names, shared strings and styles, each sheet read on demand.
    private struct XLSXWorkbook {
        let archive: ZipDirectory
        let sheets: [(name: String, relationship: String)]
        let relationships: [String: String]
        let sharedStrings: [String]
        let styles: StylesHandler?

        init(_ bytes: [UInt8]) throws(XLSXFailure) {
            guard let archive = ZipDirectory(bytes) else { throw .notAZipArchive }
            self.archive = archive
            sheets = try XLSXReader.parse(try XLSXReader.part("xl/workbook.xml", in: archive), name: "xl/workbook.xml", WorkbookHandler()).sheets
            guard !sheets.isEmpty else { throw .noSheets }
            relationships = try XLSXReader.parse(try XLSXReader.part("xl/_rels/workbook.xml.rels", in: archive), name: "xl/_rels/workbook.xml.rels", RelationshipsHandler()).targets
            sharedStrings = archive.entries["xl/sharedStrings.xml"] == nil ? []
                : try XLSXReader.parse(try XLSXReader.part("xl/sharedStrings.xml", in: archive), name: "xl/sharedStrings.xml", SharedStringsHandler()).strings
            styles = archive.entries["xl/styles.xml"] == nil ? nil
                : try XLSXReader.parse(try XLSXReader.part("xl/styles.xml", in: archive), name: "xl/styles.xml", StylesHandler())
        }

        func sheet(_ chosen: (name: String, relationship: String)) throws(XLSXFailure) -> XLSXSheet {
            guard let target = relationships[chosen.relationship] else { throw .missingPart("sheet \(chosen.name)") }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            let handler = SheetHandler(sheet: chosen.name, sharedStrings: sharedStrings, dateStyles: styles?.dateStyleIndices ?? [],
                                       percentStyles: styles?.percentStyleIndices ?? [])
            let read = XMLEventReader.read(try XLSXReader.part(path, in: archive), into: handler)
            if let problem = handler.problem { throw problem }
            guard read else { throw .malformedXML(path) }
            return XLSXSheet(name: chosen.name, rows: handler.rows, width: handler.width, merged: handler.merged)
        }
    }

    private static func part(_ path: String, in archive: ZipDirectory) throws(XLSXFailure) -> [UInt8] {
        guard let entry = archive.entries[path] else { throw .missingPart(path) }
        guard entry.uncompressedSize <= maximumPartSize else { throw .tooLarge }
        guard let contents = archive.contents(of: entry, limit: maximumPartSize) else { throw .malformedXML(path) }
        return contents
    }

    private static func parse<Handler: XMLEventHandler>(_ bytes: [UInt8], name: String, _ handler: Handler) throws(XLSXFailure) -> Handler {
        guard XMLEventReader.read(bytes, into: handler) else { throw .malformedXML(name) }
        return handler
    }

    /// 1 (0-based column) → "B".
    static func columnName(_ column: Int) -> String {
        SheetTable.columnName(column)
    }

    /// "B12" → 1 (0-based column); nil when the reference is malformed.
    static func column(ofReference reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard let ascii = scalar.isASCII ? UInt8(scalar.value) : nil else { return nil }
            if ascii >= 0x41, ascii <= 0x5A {
                column = column * 26 + Int(ascii - 0x40)
                letters += 1
                guard letters <= 3 else { return nil }
            } else if ascii >= 0x30, ascii <= 0x39 {
                break
            } else {
                return nil
            }
        }
        return letters == 0 ? nil : column - 1
    }

    /// Excel's serial day (1 = 1900-01-01, with its fictitious 1900-02-29) as `YYYY-MM`.
    static func month(ofSerial serial: Double) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        // Days since 1970-01-01; serial 25569 is 1970-01-01 (valid from 1900-03-01 on).
        let days = Int(serial.rounded(.down)) - 25569
        // Howard Hinnant's civil-from-days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
    }
}

private final class WorkbookHandler: XMLEventHandler {
    private(set) var failed = false
    var sheets: [(name: String, relationship: String)] = []

    func startElement(_ element: String, attributes: [String: String]) {
        guard element == "sheet" || element.hasSuffix(":sheet") else { return }
        let relationship = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value
        guard let name = attributes["name"], let relationship else {
            failed = true
            return
        }
        sheets.append((name, relationship))
    }
}

private final class RelationshipsHandler: XMLEventHandler {
    let failed = false
    var targets: [String: String] = [:]

    func startElement(_ element: String, attributes: [String: String]) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

private final class SharedStringsHandler: XMLEventHandler {
    let failed = false
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func startElement(_ element: String, attributes: [String: String]) {
        switch element {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func characters(_ string: String) {
        if inText { current += string }
    }

    func endElement(_ element: String) {
        switch element {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// Which cell styles show a number as a date: built-in date formats and custom formats with
/// day, month or year codes; and which as a percentage (built-in 9 and 10, custom with `%`).
private final class StylesHandler: XMLEventHandler {
    let failed = false
    var dateStyleIndices = Set<Int>()
    var percentStyleIndices = Set<Int>()
    private var customDateFormats = Set<Int>()
    private var customPercentFormats = Set<Int>()
    private var inCellFormats = false
    private var styleIndex = 0
    private static let builtInDateFormats = Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

    func startElement(_ element: String, attributes: [String: String]) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                let unquoted = code.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                    .filter { $0.offset % 2 == 0 }.map(\.element).joined().lowercased()
                if unquoted.contains("y") || unquoted.contains("d") || (unquoted.contains("m") && !unquoted.contains("0")) {
                    customDateFormats.insert(id)
                } else if unquoted.contains("%") {
                    customPercentFormats.insert(id)
                }
            }
        case "cellXfs":
            inCellFormats = true
            styleIndex = 0
        case "xf" where inCellFormats:
            let format = attributes["numFmtId"].flatMap(Int.init) ?? 0
            if Self.builtInDateFormats.contains(format) || customDateFormats.contains(format) { dateStyleIndices.insert(styleIndex) }
            if format == 9 || format == 10 || customPercentFormats.contains(format) { percentStyleIndices.insert(styleIndex) }
            styleIndex += 1
        default:
            break
        }
    }

    func endElement(_ element: String) {
        if element == "cellXfs" { inCellFormats = false }
    }
}

private final class SheetHandler: XMLEventHandler {
    /// What makes the sheet unreadable although its XML is fine; reading stops at the first.
    private(set) var problem: XLSXFailure?
    var failed: Bool { problem != nil }
    var rows: [(number: Int, cells: [Int: XLSXCell])] = []
    var width = 0
    var merged: [(columns: ClosedRange<Int>, rows: ClosedRange<Int>)] = []
    private let sheet: String
    private let sharedStrings: [String]
    private let dateStyles: Set<Int>
    private let percentStyles: Set<Int>
    private var rowNumber = 0
    private var cells: [Int: XLSXCell] = [:]
    private var cellColumn = 0
    private var cellType = "n"
    private var cellStyle = 0
    private var text = ""
    private var collecting = false
    private var inInlineString = false

    init(sheet: String, sharedStrings: [String], dateStyles: Set<Int>, percentStyles: Set<Int>) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.percentStyles = percentStyles
    }

    func startElement(_ element: String, attributes: [String: String]) {
        switch element {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            // Rows come in order; a number again (or back) would put two cells in one place.
            guard number > rowNumber else {
                problem = .duplicateRow(sheet: sheet, row: number)
                return
            }
            rowNumber = number
            cells = [:]
        case "c":
            let next = (cells.keys.max() ?? -1) + 1
            cellColumn = attributes["r"].flatMap(XLSXReader.column(ofReference:)) ?? next
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            text = ""
        case "v":
            collecting = true
            text = ""
        case "is":
            inInlineString = true
            text = ""
        case "t" where inInlineString:
            collecting = true
        case "mergeCell":
            // `A1:F1`; a damaged reference is no merge rather than a failure: the cells stay as written.
            let corners = (attributes["ref"] ?? "").split(separator: ":").map(String.init)
            guard corners.count == 2, let first = XLSXReader.column(ofReference: corners[0]), let last = XLSXReader.column(ofReference: corners[1]),
                  let top = Int(corners[0].drop { $0.isLetter }), let bottom = Int(corners[1].drop { $0.isLetter }),
                  first <= last, top <= bottom, top >= 1 else { return }
            merged.append((first...last, top...bottom))
        default:
            break
        }
    }

    func characters(_ string: String) {
        if collecting { text += string }
    }

    func endElement(_ element: String) {
        switch element {
        case "v", "t":
            collecting = false
        case "is":
            inInlineString = false
        case "c":
            guard cells[cellColumn] == nil else {
                problem = .duplicateCell(cellName)
                return
            }
            if let cell = makeCell() {
                cells[cellColumn] = cell
                width = max(width, cellColumn + 1)
            }
        case "row":
            if !cells.isEmpty { rows.append((rowNumber, cells)) }
        default:
            break
        }
    }

    /// The current cell as a spreadsheet names it: `Blad1!B7`.
    private var cellName: String { "\(sheet)!\(XLSXReader.columnName(cellColumn))\(rowNumber)" }

    private func makeCell() -> XLSXCell? {
        switch cellType {
        case "s":
            guard !text.isEmpty else { return nil }
            guard let index = Int(text), sharedStrings.indices.contains(index) else {
                problem = .sharedStringOutOfRange(cell: cellName, index: text, count: sharedStrings.count)
                return nil
            }
            return XLSXCell(text: sharedStrings[index], number: nil)
        case "inlineStr", "str":
            return XLSXCell(text: text, number: nil)
        case "b":
            return XLSXCell(text: text == "1" ? "1" : "0", number: text == "1" ? 1 : 0)
        case "e":
            return XLSXCell(text: text, number: nil)
        default:
            guard !text.isEmpty, let number = Double(text), number.isFinite else { return text.isEmpty ? nil : XLSXCell(text: text, number: nil) }
            if dateStyles.contains(cellStyle), let month = XLSXReader.month(ofSerial: number) {
                return XLSXCell(text: month, number: nil)
            }
            let shown = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            return XLSXCell(text: shown, number: number, percent: percentStyles.contains(cellStyle))
        }
    }
}

/// Presents a sheet as records. Rows with two or more cells are padded to the sheet's width;
/// a row with a single cell keeps one field, so titles and footers look as they do in a CSV.
final class XLSXCursor: RecordCursor {
    /// A workbook's rows are cells, not lines: there is no line break to miss.
    let endsWithoutLineBreak = false

    private let sheet: XLSXSheet
    private var rowIndex = -1
    private var bytes: [[UInt8]] = []
    private var numbers: [Double?] = []
    private var storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1)

    init(_ sheet: XLSXSheet) { self.sheet = sheet }

    deinit { storage.deallocate() }

    var line: Int { sheet.rows.indices.contains(rowIndex) ? sheet.rows[rowIndex].number : 0 }
    var fieldCount: Int { bytes.count }
    private var offsets: [Range<Int>] = []

    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[offsets[index]])
    }

    func storedNumber(_ index: Int) -> Double? { numbers[index] }

    func rewind() { rowIndex = -1 }

    func next() throws(TableReadError) -> Bool {
        rowIndex += 1
        guard rowIndex < sheet.rows.count else { return false }
        let cells = sheet.rows[rowIndex].cells
        let count = cells.count >= 2 ? sheet.width : (cells.keys.max() ?? 0) + 1
        bytes = (0..<count).map { Array((cells[$0]?.text ?? "").utf8) }
        numbers = (0..<count).map { cells[$0]?.number }
        let total = bytes.reduce(0) { $0 + $1.count }
        storage.deallocate()
        storage = .allocate(capacity: max(1, total))
        offsets = []
        var position = 0
        for field in bytes {
            _ = UnsafeMutableBufferPointer(rebasing: storage[position..<position + field.count]).initialize(from: field)
            offsets.append(position..<position + field.count)
            position += field.count
        }
        return true
    }
}

/// A workbook's zip directory, read by koers itself with every offset checked: ZIPFoundation
/// 0.9.20 trusted them. Its in-memory archive trapped when a damaged directory pointed past the
/// end, and its inflate loop never ended on a cut-off deflate stream (reading on at the end of
/// the file forever); both were found by Fuzz/XLSXFuzzer. Workbooks need no ZIP64, so its
/// markers are refused; parts are stored or deflated.
struct ZipDirectory {
    struct Entry {
        var method: Int
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var dataStart: Int
    }

    let bytes: [UInt8]
    /// The first entry of each name.
    private(set) var entries: [String: Entry] = [:]

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        let count = bytes.count
        guard count >= 22 else { return nil }
        // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
        let earliest = max(0, count - 22 - 0xFFFF)
        guard let end = stride(from: count - 22, through: earliest, by: -1).first(where: { Self.read32(bytes, $0) == 0x0605_4B50 })
        else { return nil }
        let entryCount = Self.read16(bytes, end + 10)
        let directorySize = Self.read32(bytes, end + 12)
        let directoryStart = Self.read32(bytes, end + 16)
        guard entryCount != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF,
              directoryStart + directorySize <= end else { return nil }
        var position = directoryStart
        for _ in 0..<entryCount {
            guard position + 46 <= end, Self.read32(bytes, position) == 0x0201_4B50 else { return nil }
            let nameLength = Self.read16(bytes, position + 28)
            let localHeader = Self.read32(bytes, position + 42)
            var entry = Entry(
                method: Self.read16(bytes, position + 10), crc: UInt32(Self.read32(bytes, position + 16)),
                compressedSize: Self.read32(bytes, position + 20), uncompressedSize: Self.read32(bytes, position + 24), dataStart: 0)
            guard entry.compressedSize != 0xFFFF_FFFF, entry.uncompressedSize != 0xFFFF_FFFF, localHeader != 0xFFFF_FFFF,
                  position + 46 + nameLength <= end, localHeader + 30 <= count, Self.read32(bytes, localHeader) == 0x0403_4B50
            else { return nil }
            entry.dataStart = localHeader + 30 + Self.read16(bytes, localHeader + 26) + Self.read16(bytes, localHeader + 28)
            guard entry.dataStart + entry.compressedSize <= count else { return nil }
            let name = String(decoding: bytes[position + 46..<position + 46 + nameLength], as: UTF8.self)
            if entries[name] == nil { entries[name] = entry }
            position += 46 + nameLength + Self.read16(bytes, position + 30) + Self.read16(bytes, position + 32)
        }
        guard position <= end else { return nil }
    }

    /// An entry's contents, checked against its CRC-32; nil when it is damaged, uses another
    /// compression, or would be longer than `limit`.
    func contents(of entry: Entry, limit: Int) -> [UInt8]? {
        let stored = bytes[entry.dataStart..<entry.dataStart + entry.compressedSize]
        let contents: [UInt8]?
        switch entry.method {
        case 0: contents = stored.count <= limit ? Array(stored) : nil
        case 8: contents = Self.inflate(stored, limit: limit)
        default: contents = nil
        }
        guard let contents, contents.count == entry.uncompressedSize, Self.crc32(contents) == entry.crc else { return nil }
        return contents
    }

    /// Raw deflate with every input byte given at once: no progress means a damaged stream.
    private static func inflate(_ input: ArraySlice<UInt8>, limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var source = Array(input)
        return source.withUnsafeMutableBufferPointer { source -> [UInt8]? in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let inputBefore = stream.avail_in
                let status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = buffer.count - Int(stream.avail_out)
                output.append(contentsOf: buffer[..<produced])
                guard output.count <= limit else { return nil }
                if status == Z_STREAM_END { return output }
                guard status == Z_OK, produced > 0 || stream.avail_in < inputBefore else { return nil }
            }
        }
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    /// Little-endian fields; the callers have checked that the bytes are there.
    private static func read16(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> Int {
        read16(bytes, at) | read16(bytes, at + 2) << 16
    }
}
