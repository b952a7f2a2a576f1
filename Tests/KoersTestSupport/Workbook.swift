/// A minimal .xlsx workbook built in memory (a zip of stored, uncompressed parts), so a test can
/// hand koers exactly the sheet XML an attack needs: a shared-string index out of range, a
/// cell written twice, a control character in a string.
public enum Workbook {
    /// A workbook with one sheet named `sheet`, whose `<sheetData>` is `rows` (then `afterRows`,
    /// such as `<mergeCells>`), these shared strings, and `styles` as its styles part.
    public static func xlsx(sheet: String = "Blad1", sharedStrings: [String], rows: String, afterRows: String = "", styles: String? = nil) -> [UInt8] {
        let strings = sharedStrings.map { "<si><t>\(escaped($0))</t></si>" }.joined()
        let stylePart = styles.map { [("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8"?>"# + $0)] } ?? []
        return StoredZip.archive((stylePart + [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=""# + escaped(sheet) + #"" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<?xml version="1.0" encoding="UTF-8"?><sst count="\#(sharedStrings.count)">"# + strings + "</sst>"),
            ("xl/worksheets/sheet1.xml", #"<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>"# + rows + "</sheetData>" + afterRows + "</worksheet>"),
        ]).map { ($0.0, Array($0.1.utf8)) })
    }

    /// A cell holding shared string `index` (as written, so `-1` and `abc` can be tried).
    public static func sharedCell(_ reference: String, _ index: String) -> String { #"<c r="\#(reference)" t="s"><v>\#(index)</v></c>"# }

    /// A cell holding a number, in cell style `style` where one is given.
    public static func numberCell(_ reference: String, _ value: String, style: Int? = nil) -> String {
        #"<c r="\#(reference)"\#(style.map { " s=\"\($0)\"" } ?? "")><v>\#(value)</v></c>"#
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A zip archive whose entries are stored, not compressed.
public enum StoredZip {
    public static func archive(_ entries: [(name: String, contents: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Array(entry.name.utf8)
            let crc = crc32(entry.contents)
            let size = UInt32(entry.contents.count)
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            out += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0) + name + entry.contents
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
            central += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0)
            central += le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
