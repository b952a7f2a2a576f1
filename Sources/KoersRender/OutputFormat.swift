/// The formats of the query commands (`--format`).
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case table
    case json
    case csv
    case markdown
}
