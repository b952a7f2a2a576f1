import Foundation
import KoersCore

/// How a table is laid out.
public enum TableLayout: String, Sendable, Hashable {
    /// One observation a row: period, value, and metric and labels.
    case long
    /// One series a row, one column a period (like a report table).
    case wide
}

/// The import options of a data declaration, interpreted. Every option has an English and a
/// Dutch key; see docs/importing.md.
public struct ImportOptions: Sendable, Hashable {
    public enum ColumnRole: Sendable, Hashable {
        case period, value, metric
        case label(String)
    }

    public var layout: TableLayout?
    public var metric: String?
    /// Declared columns: role and header text, in declaration order.
    public var columns: [ColumnDeclaration] = []
    public var totalRow: String?
    public var separator: UInt8?
    public var encoding: TextEncoding?
    public var notation: NumberNotation?
    /// Texts that mean "missing" on top of the built-in ones.
    public var missing: [String] = []
    public var sheet: String?
    public var priority: Int = 0
    public var skipRows: Int = 0
    /// The period a date in the period column stands for: the one of the declared metric's
    /// frequency that contains it (set from the metrics when they are known), else its month.
    public var dateGranularity: Granularity = .month
    /// The metrics of unit yes-no (set from the metrics when they are known): their figures may
    /// be `ja`/`nee`, `yes`/`no` as well as 1/0.
    public var yesNoMetrics: [String] = []

    public struct ColumnDeclaration: Sendable, Hashable {
        public var role: ColumnRole
        public var header: String

        public init(role: ColumnRole, header: String) {
            self.role = role
            self.header = header
        }
    }

    public init() {}

    /// Every option key koers knows, English then Dutch spelling: for completion and messages.
    public static let keys: [(en: String, nl: String)] = [
        ("layout", "indeling"), ("metric", "indicator"), ("column", "kolom"), ("total-row", "totaalrij"),
        ("separator", "scheidingsteken"), ("encoding", "tekenset"), ("decimal", "decimaalteken"),
        ("missing", "ontbrekend"), ("sheet", "blad"), ("priority", "voorrang"), ("skip-rows", "rijen-overslaan"),
    ]

    /// Options typed after `import FILE` on the command line (`metric m decimal comma column
    /// value "Aantal"`), split into declaration options: `column` takes two words (three for
    /// `label`), every other key one. Values with spaces or quotes are quoted again, so that
    /// the options print back as written. Throws for a key without its value.
    public static func options(fromCommandLine text: String) throws(ImportFailure) -> [DataDeclaration.Option] {
        let tokens = words(text)
        var options: [DataDeclaration.Option] = []
        var index = 0
        while index < tokens.count {
            let key = tokens[index]
            var arity = 1
            if ["column", "kolom"].contains(key.lowercased()) {
                arity = index + 1 < tokens.count && tokens[index + 1].lowercased() == "label" ? 3 : 2
            }
            guard index + arity < tokens.count else {
                throw ImportFailure(file: "", errors: [Diagnostic(.error, at: nil, Messages.optionWithoutValue(key))])
            }
            let value = tokens[(index + 1)...(index + arity)].enumerated().map { offset, word in
                // The role (and a label's name) of a `column` option are words; the rest is text.
                offset < arity - 1 ? word : GoalFileQuoting.quotedIfNeeded(word)
            }
            options.append(DataDeclaration.Option(key: key, value: value.joined(separator: " ")))
            index += arity + 1
        }
        return options
    }

    /// The values an option takes, for completion (empty for free text and numbers).
    public static func suggestedValues(for key: String) -> [String] {
        switch key.lowercased() {
        case "layout": ["long", "wide"]
        case "indeling", "vorm": ["lang", "breed"]
        case "column": ["period", "value", "metric", "label"]
        case "kolom": ["periode", "waarde", "indicator", "label"]
        case "separator", "scheidingsteken": [";", ",", "tab"]
        case "encoding", "tekenset": TextEncoding.allCases.map(\.rawValue)
        case "decimal": ["comma", "point"]
        case "decimaalteken": ["komma", "punt"]
        default: []
        }
    }

    /// Reads the options of a declaration. An option's value is read as written after its
    /// key: words and double-quoted strings (`column label regio "Regio's"`); a quoted value
    /// and a bare one mean the same. Every bad option is reported, with its location.
    public init(_ declaration: DataDeclaration) throws(ImportFailure) {
        var errors: [Diagnostic] = []
        for option in declaration.options {
            do throws(OptionError) {
                try apply(option)
            } catch {
                errors.append(Diagnostic(.error, at: option.location, error.message(option)))
            }
        }
        if !errors.isEmpty { throw ImportFailure(file: declaration.path, errors: errors) }
    }

    private enum OptionError: Error {
        case unknownKey
        case badValue(expected: LocalizedText)

        func message(_ option: DataDeclaration.Option) -> LocalizedText {
            switch self {
            case .unknownKey: Messages.unknownOption(option.key)
            case let .badValue(expected): Messages.badOptionValue(key: option.key, value: option.value, expected: expected)
            }
        }
    }

    private mutating func apply(_ given: DataDeclaration.Option) throws(OptionError) {
        // A parser may hand over `column value` as the key: the value then starts with its second word.
        var option = given
        if let space = given.key.firstIndex(of: " ") {
            option.key = String(given.key[..<space])
            option.value = given.key[given.key.index(after: space)...].trimmingCharacters(in: .whitespaces) + " " + given.value
        }
        let words = Self.words(option.value)
        // A value given without quotes may hold spaces (`total-row Totaal mannen`): take it whole.
        let single = words.count == 1 ? words[0] : (option.value.contains("\"") ? nil : option.value)
        switch option.key.lowercased() {
        case "layout", "indeling", "vorm":
            switch single?.lowercased() {
            case "long"?, "lang"?: layout = .long
            case "wide"?, "breed"?: layout = .wide
            default: throw .badValue(expected: Messages.expectedLayout)
            }
        case "metric", "indicator":
            guard let single, !single.isEmpty else { throw .badValue(expected: Messages.expectedMetricID) }
            metric = single
        case "column", "kolom":
            guard words.count >= 2 else { throw .badValue(expected: Messages.expectedColumn) }
            let role: ColumnRole
            switch words[0].lowercased() {
            case "period", "periode": role = .period
            case "value", "waarde": role = .value
            case "metric", "indicator": role = .metric
            case "label":
                guard words.count == 3, !words[1].isEmpty else { throw .badValue(expected: Messages.expectedColumn) }
                role = .label(words[1])
            default: throw .badValue(expected: Messages.expectedColumn)
            }
            let expectedCount = if case .label = role { 3 } else { 2 }
            guard words.count == expectedCount else { throw .badValue(expected: Messages.expectedColumn) }
            columns.append(ColumnDeclaration(role: role, header: words[words.count - 1]))
        case "total-row", "totaalrij":
            guard let single, !single.isEmpty else { throw .badValue(expected: Messages.expectedText) }
            totalRow = single
        case "separator", "scheidingsteken":
            switch single?.lowercased() {
            case ";"?, "semicolon"?, "puntkomma"?: separator = UInt8(ascii: ";")
            case ","?, "comma"?, "komma"?: separator = UInt8(ascii: ",")
            case "\t"?, "tab"?, "\\t"?: separator = 0x09
            default: throw .badValue(expected: Messages.expectedSeparator)
            }
        case "encoding", "tekenset":
            switch single?.lowercased() {
            case "utf-8"?, "utf8"?: encoding = .utf8
            case "windows-1252"?, "cp1252"?, "latin-1"?, "latin1"?, "iso-8859-1"?: encoding = .windows1252
            default: throw .badValue(expected: Messages.expectedEncoding)
            }
        case "decimal", "decimaalteken":
            switch single?.lowercased() {
            case "comma"?, "komma"?, ","?: notation = .dutch
            case "point"?, "punt"?, "."?: notation = .english
            default: throw .badValue(expected: Messages.expectedDecimal)
            }
        case "missing", "ontbrekend":
            guard let single else { throw .badValue(expected: Messages.expectedText) }
            missing.append(single)
        case "sheet", "blad":
            guard let single, !single.isEmpty else { throw .badValue(expected: Messages.expectedText) }
            sheet = single
        case "priority", "voorrang":
            guard let single, let number = Int(single), abs(number) <= 1_000_000 else { throw .badValue(expected: Messages.expectedInteger) }
            priority = number
        case "skip-rows", "rijen-overslaan":
            guard let single, let number = Int(single), (0...1_000_000).contains(number) else {
                throw .badValue(expected: Messages.expectedInteger)
            }
            skipRows = number
        default:
            throw .unknownKey
        }
    }

    /// Splits an option value into bare words and double-quoted strings (`\"` and `\\` escape).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var quotedWord = false
        var escaping = false
        for character in text {
            if inQuotes {
                if escaping {
                    // The goal-file language's escapes, as `GoalFileQuoting.quoted` writes them.
                    switch character {
                    case "n": current.append("\n")
                    case "r": current.append("\r")
                    case "t": current.append("\t")
                    default: current.append(character)
                    }
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else if character == "\"" {
                    inQuotes = false
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
                quotedWord = true
            } else if character == " " || character == "\t" {
                if !current.isEmpty || quotedWord { words.append(current) }
                current = ""
                quotedWord = false
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty || quotedWord { words.append(current) }
        return words
    }
}
