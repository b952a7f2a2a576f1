import CXLSXWriter
import Foundation
import Glibc
import KoersRender

/// Writes a `Workbook` as an .xlsx file through libxlsxwriter: the only file that calls it.
/// libxlsxwriter writes to a path, so it writes the atomic writer's temporary file, which is
/// renamed over `path` only when the workbook is complete. The library is opened on the first
/// workbook rather than linked, which kept it and libcrypto out of every start (shim.h).
public enum WorkbookFile {
    /// Refused, like a report, when `path` is a goal or data file or ends in `.koers`.
    public static func write(_ workbook: Workbook, to path: String, sparing sourceFiles: [String] = []) throws(WorkspaceError) {
        try FileWriting.atomically(to: path, sparing: sourceFiles) { () throws(AtomicFile.Failure) in
            try AtomicFile.write(to: path) { _, temporaryPath in fill(temporaryPath, with: workbook) }
        }
    }

    /// The workbook's bytes, for standard output: written to a private temporary file (libxlsxwriter
    /// writes only to a path), read back and removed.
    public static func bytes(of workbook: Workbook) throws(WorkspaceError) -> [UInt8] {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/koers-workbook-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else { throw .cannotWrite(path, .of(path)) }
        close(descriptor)
        defer { unlink(path) }
        guard fill(path, with: workbook), let bytes = AtomicFile.read(path) else { throw .cannotWrite(path, .of(path)) }
        return bytes
    }

    /// libxlsxwriter's functions, found on the first workbook; nil when the library is missing.
    private static let library: koers_xlsxwriter? = {
        var functions = koers_xlsxwriter()
        return koers_xlsxwriter_open(&functions) == 1 ? functions : nil
    }()

    private static func fill(_ path: String, with workbook: Workbook) -> Bool {
        guard let library, let workbook_new = library.workbook_new, let workbook_add_format = library.workbook_add_format,
              let workbook_add_worksheet = library.workbook_add_worksheet, let workbook_close = library.workbook_close,
              let format_set_bold = library.format_set_bold, let format_set_num_format = library.format_set_num_format,
              let worksheet_write_string = library.worksheet_write_string, let worksheet_write_number = library.worksheet_write_number,
              let worksheet_set_column = library.worksheet_set_column, let worksheet_freeze_panes = library.worksheet_freeze_panes
        else {
            // "Can not access a needed shared library", in the system's words like the other write errors.
            errno = ELIBACC
            return false
        }
        guard let book = workbook_new(path) else { return false }
        let header = workbook_add_format(book)
        format_set_bold(header)
        let percentage = workbook_add_format(book)
        format_set_num_format(percentage, "0%")
        var written = true
        for sheet in workbook.sheets {
            guard let worksheet = workbook_add_worksheet(book, sheet.name) else {
                written = false
                break
            }
            for (column, title) in sheet.headers.enumerated() {
                written = written && worksheet_write_string(worksheet, 0, lxw_col_t(column), title, header) == LXW_NO_ERROR
            }
            for (index, row) in sheet.rows.enumerated() {
                let rowNumber = lxw_row_t(index + 1)
                for (column, cell) in row.enumerated() {
                    let result: lxw_error = switch cell {
                    // Always a string cell: worksheet_write_string never reads `=…` as a formula.
                    case let .text(text): worksheet_write_string(worksheet, rowNumber, lxw_col_t(column), text, nil)
                    case let .number(value): worksheet_write_number(worksheet, rowNumber, lxw_col_t(column), value, nil)
                    case let .percentage(share): worksheet_write_number(worksheet, rowNumber, lxw_col_t(column), share, percentage)
                    case .empty: LXW_NO_ERROR
                    }
                    written = written && result == LXW_NO_ERROR
                }
            }
            for (column, width) in sheet.columnWidths.enumerated() {
                _ = worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil)
            }
            worksheet_freeze_panes(worksheet, 1, 0)
        }
        // Closing writes the file; it must happen even after a failed cell, to free the workbook.
        let closed = workbook_close(book) == LXW_NO_ERROR
        if !(written && closed) { errno = EIO }
        return written && closed
    }
}
