import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KoersCore

/// Imports a data file into the metric store: all or nothing, with provenance per figure.
public enum Importer {
    /// Reads the file at `path` (where the shell found it) as the declaration says and merges
    /// its figures into `store`. Messages and the source record name the file as declared
    /// (`declaration.path`). `today` enables the future-period warning; `importedAt` (ISO 8601)
    /// is recorded on the source, nil for reproducible output.
    public static func importFile(
        at path: String,
        declaration: DataDeclaration,
        into store: inout ObservationStore,
        metrics: [Metric] = [],
        today: Period? = nil,
        importedAt: String? = nil
    ) throws(ImportFailure) -> ImportReport {
        finish(try stage(at: path, declaration: declaration, metrics: metrics), into: &store, metrics: metrics, today: today, importedAt: importedAt)
    }

    /// The same, for bytes already in memory (named by `declaration.path`).
    public static func importData(
        _ bytes: [UInt8],
        declaration: DataDeclaration,
        into store: inout ObservationStore,
        metrics: [Metric] = [],
        today: Period? = nil,
        importedAt: String? = nil
    ) throws(ImportFailure) -> ImportReport {
        try importSource(ByteSource(ByteBuffer(copying: bytes)), declaration: declaration, into: &store, metrics: metrics, today: today, importedAt: importedAt)
    }

    /// The first half of `importFile`: reads and checks the file's figures without a store, so
    /// that it can run on another thread while the goal files are still being read. `metrics`
    /// give the declared metric's frequency, which a date in the period column stands for.
    public static func stage(at path: String, declaration: DataDeclaration, metrics: [Metric] = []) throws(ImportFailure) -> StagedFile {
        switch ByteSource.opening(atPath: path) {
        case let .success(source):
            return try stage(source, declaration: declaration, metrics: metrics)
        case let .failure(problem):
            throw ImportFailure(file: declaration.path, errors: [
                Diagnostic(.error, at: declaration.location, Messages.cannotRead(path, problem))
            ])
        }
    }

    /// `stage` and `finish` of bytes from any source.
    static func importSource(
        _ source: ByteSource,
        declaration: DataDeclaration,
        into store: inout ObservationStore,
        metrics: [Metric] = [],
        today: Period? = nil,
        importedAt: String? = nil
    ) throws(ImportFailure) -> ImportReport {
        finish(try stage(source, declaration: declaration, metrics: metrics), into: &store, metrics: metrics, today: today, importedAt: importedAt)
    }

    /// A file is read a chunk at a time (see `CSVReader`, `TextDecoding`); whatever the readers
    /// hold goes with the interpreter, before the figures are merged. A file that changed while
    /// it was read is refused, whatever its reading gave: its figures or its hash could mix two
    /// versions.
    private static func stage(_ source: ByteSource, declaration: DataDeclaration, metrics: [Metric]) throws(ImportFailure) -> StagedFile {
        var options = try ImportOptions(declaration)
        options.dateGranularity = dateGranularity(of: options, metrics: metrics)
        options.yesNoMetrics = metrics.filter { $0.unit == .yesNo }.map(\.id)
        let name = declaration.path
        let isXLSX = name.lowercased().hasSuffix(".xlsx") || source.prefix(of: 0..<source.count, maximum: 4) == [0x50, 0x4B, 0x03, 0x04]
        // The content hash takes the other core while this one checks and reads the text.
        let digest = BackgroundDigest(of: source)
        let staged: StagedImport
        do throws(ImportFailure) {
            var interpreter = try openTable(source, name: name, isXLSX: isXLSX, options: options)
            staged = try interpreter.run()
        } catch {
            throw source.isUnchanged() ? error : changedWhileRead(name)
        }
        let contentHash = digest.value()
        guard source.isUnchanged() else { throw changedWhileRead(name) }
        return StagedFile(staged: staged, source: DataSource(
            path: name, kind: isXLSX ? .xlsx : .csv, contentHash: contentHash, priority: options.priority))
    }

    /// The period a date stands for in a file read with `options`: the declared metric's
    /// frequency, else (no metric declared, or none with a frequency) the month.
    public static func dateGranularity(of options: ImportOptions, metrics: [Metric]) -> Granularity {
        options.metric.flatMap { id in metrics.first { $0.id == id }?.frequency } ?? .month
    }

    /// The second half: warnings that need the metrics and today, and the merge into `store`.
    public static func finish(
        _ file: consuming StagedFile,
        into store: inout ObservationStore,
        metrics: [Metric] = [],
        today: Period? = nil,
        importedAt: String? = nil
    ) -> ImportReport {
        var source = file.source
        source.importedAt = importedAt
        let name = source.path
        var warnings = Warnings.Collected()
        warnings.add(contentsOf: file.staged.warnings)
        let seriesKeys = file.staged.figures.keys.sorted()
        Warnings.forFigures(file.staged.figures, keys: seriesKeys, file: name, metrics: metrics, today: today, into: &warnings)
        let touched = Set(seriesKeys.map(\.metric))
        // The staged figures are taken out and handed over, so each series is moved into the
        // store, not copied.
        let merged = store.merge(file.staged.takeFigures(), from: source, sortedKeys: seriesKeys)
        for metric in metrics where touched.contains(metric.id) {
            for mismatch in store.totalMismatches(of: metric) { warnings.add(Warnings.totalMismatch(mismatch, store: store)) }
        }
        let staged = file.staged
        return ImportReport(
            file: name, source: store.sources[Int(merged.source)], sourceIndex: merged.source,
            rowsRead: staged.rowsRead, figures: staged.figureCount, missingFigures: staged.missingCount,
            series: seriesKeys, mapping: staged.mapping,
            warnings: warnings.all, conflicts: merged.conflicts)
    }

    private static func changedWhileRead(_ name: String) -> ImportFailure {
        ImportFailure(file: name, errors: [Diagnostic(.error, at: nil, Messages.changedWhileRead(name))])
    }

    private static func openTable(
        _ source: ByteSource, name: String, isXLSX: Bool, options: ImportOptions
    ) throws(ImportFailure) -> TableInterpreter {
        if isXLSX {
            // An xlsx is a zip archive, read whole.
            let whole = source.whole(0..<source.count)
            let bytes = withExtendedLifetime(whole) { Array(whole.bytes) }
            let sheet: XLSXSheet
            do throws(XLSXFailure) {
                sheet = try XLSXReader.read(bytes, sheet: options.sheet)
            } catch {
                throw ImportFailure(file: name, errors: [Diagnostic(.error, at: nil, Messages.xlsxFailure(error, file: name))])
            }
            var format = TableFormat()
            format.sheet = sheet.name
            return TableInterpreter(cursor: sheet.cursor(), file: name, options: options, format: format)
        }
        if source.count == 0 {
            throw ImportFailure(file: name, errors: [Diagnostic(.error, at: nil, Messages.emptyFile(name))])
        }
        let decoded: TextDecoding.Decoded
        do throws(TextDecoding.Failure) {
            decoded = try TextDecoding.decode(source, declared: options.encoding)
        } catch {
            throw ImportFailure(file: name, errors: [Diagnostic(.error, at: nil, Messages.decodingFailure(error, file: name))])
        }
        var text = decoded.source
        var range = decoded.range
        var format = TableFormat()
        format.encoding = decoded.encoding
        format.encodingDetected = decoded.detected
        var sample = text.prefix(of: range, maximum: 1 << 16)
        if DoubledQuotes.looksDoubled(sample) {
            // Files from the tool that doubles quotes are small: repaired as a whole text.
            let separator = options.separator ?? UInt8(ascii: ";")
            let whole = text.whole(range)
            guard let repaired = withExtendedLifetime(whole, { DoubledQuotes.repair(Array(whole.bytes), separator: separator) }) else {
                throw ImportFailure(file: name, errors: [Diagnostic(.error, at: SourceLocation(file: name, line: 1, column: 1), Messages.doubledQuotesUnrepairable)])
            }
            text = ByteSource(ByteBuffer(copying: repaired))
            range = 0..<text.count
            sample = text.prefix(of: range, maximum: 1 << 16)
            format.repairedDoubledQuotes = true
        }
        let separator = options.separator ?? DialectDetection.separator(in: sample) ?? UInt8(ascii: ";")
        format.separator = separator
        format.separatorDeclared = options.separator != nil
        let reader = CSVReader(text, range: range, separator: separator)
        return TableInterpreter(cursor: reader, file: name, options: options, format: format)
    }
}

/// A data file read and checked, its figures not yet in a store (`Importer.stage`).
public struct StagedFile: Sendable {
    var staged: StagedImport
    /// The file as a source, without the time of the import (set when it is merged).
    var source: DataSource
}

/// What the reader found out about the file before interpreting it.
struct TableFormat {
    var separator: UInt8?
    var separatorDeclared = false
    var encoding: TextEncoding?
    var encodingDetected = false
    var repairedDoubledQuotes = false
    var sheet: String?
}

/// File 05 of the reference formats: a StatLine download re-saved by a tool that wrapped every
/// quoted field in a second pair of quotes (`""Nederland"";8258,9`). Undoubling is unambiguous
/// when the result is a regular table; otherwise the file is refused.
enum DoubledQuotes {
    /// The first line (its first 64 KiB) holds `"";""`, which a well-formed file only has
    /// inside a quoted field.
    static func looksDoubled(_ bytes: [UInt8]) -> Bool {
        let firstLine = bytes.prefix(1 << 16).prefix { $0 != 0x0A }
        let pattern: [UInt8] = Array("\"\";\"\"".utf8)
        guard firstLine.count >= pattern.count else { return false }
        let line = Array(firstLine)
        for start in 0...(line.count - pattern.count) where line[start..<start + pattern.count].elementsEqual(pattern) {
            return true
        }
        return false
    }

    static func repair(_ bytes: [UInt8], separator: UInt8) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let quote = UInt8(ascii: "\"")
        while i < bytes.count {
            if bytes[i] == quote, i + 1 < bytes.count, bytes[i + 1] == quote {
                out.append(quote)
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        // Accept the repair only if every record now has the header's number of fields and
        // no field contains a quote.
        let reader = CSVReader(bytes: out, separator: separator)
        var width: Int?
        do {
            while try reader.next() {
                if reader.fieldCount == 1, reader.field(0).isEmpty { continue }
                if width == nil { width = reader.fieldCount }
                guard reader.fieldCount == width, width ?? 0 > 1 else { return nil }
                for index in 0..<reader.fieldCount where reader.field(index).contains(quote) { return nil }
            }
        } catch {
            return nil
        }
        return width == nil ? nil : out
    }
}
