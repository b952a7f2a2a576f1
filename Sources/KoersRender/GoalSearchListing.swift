import KoersCore

/// `find WORD`: one row per goal that contains the word, with where it was found.
public enum GoalSearchListing {
    static func fieldName(_ field: GoalSearchField) -> LocalizedText {
        switch field {
        case .id: LocalizedText(en: "id", nl: "id")
        case .title: LocalizedText(en: "title", nl: "titel")
        case .notes: LocalizedText(en: "notes", nl: "notities")
        case .source: LocalizedText(en: "source", nl: "bron")
        }
    }

    public static func table(_ matches: [GoalSearchMatch], language: Language) -> DataTable {
        let columns = [
            DataTable.Column("id", LocalizedText(en: "goal", nl: "doel")),
            DataTable.Column("foundIn", LocalizedText(en: "found in", nl: "gevonden in")),
            DataTable.Column("text", LocalizedText(en: "text", nl: "tekst")),
        ]
        let rows: [[DataTable.Cell]] = matches.map { match in
            let fields = LocalizedText(
                en: match.fields.map { fieldName($0).en }.joined(separator: ", "),
                nl: match.fields.map { fieldName($0).nl }.joined(separator: ", "))
            return [.text(match.goal.id), .term(key: match.fields.map(\.rawValue).joined(separator: " "), text: fields), .text(match.line)]
        }
        return DataTable(columns: columns, rows: rows)
    }
}
