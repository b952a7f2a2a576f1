import KoersCore

extension CheckRenderer {
    /// `draft --table FILE`: the role of each column, then each row as `draft "SENTENCE"` shows
    /// a sentence (its goal-file snippet and what it lacks), with the cells that hold no figure.
    /// Rows get the ids `ID-1`, `ID-2`, … in table order.
    ///
    /// The JSON form is an array with one object a row: the object of `draft --format json`
    /// (docs/check.md), where `sentence` is the indicator cell, plus `row` (from 1), `line`, `id`,
    /// `notes` (`line`, `column`, `cell`, `header`, `message`) and `columns` (`header`, `role`,
    /// `period` or null); from a workbook also `sheet`, and `reference` (`E4`) in each note. Spans
    /// of the target, baseline and numbers are places in the row's line (a sheet row's cells
    /// joined by tabs), the deadline's in the header line.
    public static func renderTableDraft(_ reading: TableReading, goalID: String, format: OutputFormat, language: Language,
                                        symbols: CheckSymbols = .unicode, width: Int? = nil) -> String {
        let ids = reading.rows.indices.map { "\(goalID)-\($0 + 1)" }
        switch format {
        case .json:
            let columns = JSON.array(reading.columns.map { column in
                .object([("header", .string(column.header.text)), ("role", .string(column.role.rawValue)),
                         ("period", .optional(column.period) { .string($0.description) })])
            })
            return JSON.array(zip(ids, reading.rows).enumerated().map { offset, pair in
                let (id, row) = pair
                let snippet = row.proposal.goalFileSnippet(id: id, language: row.proposal.language)
                guard case let .object(fields) = draftJSON(row.proposal, snippet: snippet, language: language) else { return .null }
                let notes = JSON.array(row.notes.map { note in
                    .object([("line", .number(Double(note.cell.line))), ("column", .number(Double(note.cell.column)))]
                        + (note.cell.reference.map { [("reference", JSON.string($0))] } ?? [])
                        + [("cell", .string(note.cell.text)), ("header", .string(note.header)),
                           ("message", .string(note.message.text(in: language)))])
                })
                let sheet: [(String, JSON)] = reading.table.sheet.map { [("sheet", .string($0))] } ?? []
                return .object([("row", .number(Double(offset + 1))), ("line", .number(Double(row.line)))] + sheet + [("id", .string(id))]
                    + fields + [("notes", notes), ("columns", columns)])
            }).serialized() + "\n"
        case .csv:
            var rows = [["row", "line", "id", "indicator", "comparator", "target", "unit", "deadline", "baseline_period", "baseline_value",
                         "vague", "complete", "notes"]]
            for (offset, (id, row)) in zip(ids, reading.rows).enumerated() {
                let proposal = row.proposal
                rows.append([
                    String(offset + 1), String(row.line), id, proposal.sentence, proposal.target?.comparator?.rawValue ?? "",
                    proposal.target.map { SpreadsheetCSV.number($0.value) } ?? "", proposal.target?.unit?.rawValue ?? "",
                    proposal.deadline?.period.description ?? "", proposal.baseline?.period?.description ?? "",
                    proposal.baseline?.value.map(SpreadsheetCSV.number) ?? "", proposal.vague ? "true" : "false",
                    proposal.complete ? "true" : "false", row.notes.map { note($0).text(in: language) }.joined(separator: "; "),
                ])
            }
            return SpreadsheetCSV.document(rows)
        case .table, .markdown:
            let markdown = format == .markdown
            // In Markdown each row is a top-level section, its draft's own heading one level down.
            var lines: [String] = []
            if let sheet = reading.table.sheet {
                lines += [TableDraftMessages.sheetHeader(sheet, row: reading.table.header.number).text(in: language), ""]
            }
            lines += [(markdown ? "# " : "") + TableDraftMessages.columnsHeading.text(in: language) + (markdown ? "" : ":"), ""]
            let headerWidth = markdown ? 0 : reading.columns.map(\.header.text.count).max() ?? 0
            for column in reading.columns {
                let role = TableDraftMessages.role(column.role).text(in: language) + (column.period.map { " \($0)" } ?? "")
                let header = column.header.text.isEmpty ? "“”" : column.header.text
                lines.append(markdown ? "- \(ReportText.markdown(header, keepingCodeSpans: false)): \(role)" : "  " + pad(header, headerWidth) + "  " + role)
            }
            for (offset, (id, row)) in zip(ids, reading.rows).enumerated() {
                let heading = TableDraftMessages.rowHeading(offset + 1, line: row.line, inSheet: reading.table.sheet != nil).text(in: language)
                lines += ["", markdown ? "# " + heading : heading, ""]
                for cellNote in row.notes {
                    lines += hanging(markdown ? "- " : "  ", note(cellNote).text(in: language), width: markdown ? nil : width)
                }
                if !row.notes.isEmpty { lines.append("") }
                let draft = renderDraft(row.proposal, goalID: id, format: format, language: language, symbols: symbols, width: width)
                lines.append(String(draft.dropLast()))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    private static func note(_ note: TableCellNote) -> LocalizedText {
        if let reference = note.cell.reference {
            return TableDraftMessages.sheetCellNote(reference, header: note.header, message: note.message)
        }
        return TableDraftMessages.cellNote(line: note.cell.line, column: note.cell.column, header: note.header, message: note.message)
    }
}

/// The words of `draft --table`, in English and Dutch.
enum TableDraftMessages {
    static let columnsHeading = LocalizedText(en: "Columns, as their headers say", nl: "Kolommen, zoals de koppen zeggen")

    static func rowHeading(_ row: Int, line: Int, inSheet: Bool) -> LocalizedText {
        inSheet ? LocalizedText(en: "Row \(row) (sheet row \(line))", nl: "Rij \(row) (rij \(line) van het blad)")
            : LocalizedText(en: "Row \(row) (line \(line))", nl: "Rij \(row) (regel \(line))")
    }

    static func sheetHeader(_ sheet: String, row: Int) -> LocalizedText {
        LocalizedText(en: "Sheet “\(sheet)”, the header in row \(row)", nl: "Blad ‘\(sheet)’, de kopregel in rij \(row)")
    }

    static func sheetCellNote(_ reference: String, header: String, message: LocalizedText) -> LocalizedText {
        LocalizedText(en: "cell \(reference) (\(header)): \(message.en)", nl: "cel \(reference) (\(header)): \(message.nl)")
    }

    static func cellNote(line: Int, column: Int, header: String, message: LocalizedText) -> LocalizedText {
        LocalizedText(en: "line \(line), column \(column) (\(header)): \(message.en)", nl: "regel \(line), kolom \(column) (\(header)): \(message.nl)")
    }

    static func role(_ role: TableColumnRole) -> LocalizedText {
        switch role {
        case .indicator: LocalizedText(en: "indicator: the goal's title", nl: "indicator: de titel van het doel")
        case .unit: LocalizedText(en: "unit", nl: "eenheid")
        case .source: LocalizedText(en: "source", nl: "bron")
        case .baseline: LocalizedText(en: "baseline", nl: "nulmeting")
        case .realised: LocalizedText(en: "realised", nl: "realisatie")
        case .planned: LocalizedText(en: "planned (the target only without a target column)", nl: "begroot (de streefwaarde alleen zonder kolom met streefwaarde)")
        case .target: LocalizedText(en: "target", nl: "streefwaarde")
        case .polarity: LocalizedText(en: "good is: floor or ceiling", nl: "gewenste richting: ondergrens of bovengrens")
        case .status: LocalizedText(en: "status (ignored)", nl: "status (genegeerd)")
        case .deadline: LocalizedText(en: "deadline (where the target column names no year)", nl: "einddatum (waar de kolom van de streefwaarde geen jaar noemt)")
        case .benchmark: LocalizedText(en: "benchmark (not the target)", nl: "benchmark (niet de streefwaarde)")
        case .label: LocalizedText(en: "label (ignored)", nl: "label (genegeerd)")
        case .other: LocalizedText(en: "not read", nl: "niet gelezen")
        }
    }
}
