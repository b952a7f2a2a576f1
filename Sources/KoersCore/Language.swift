/// The two languages of koers's interface. Every message a user sees exists in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en
    case nl

    /// The language a locale string such as `nl_NL.UTF-8` names, or nil when it names neither.
    public init?(localeIdentifier: String) {
        let lowered = localeIdentifier.lowercased()
        if lowered.hasPrefix("nl") { self = .nl } else if lowered.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// A text in both interface languages. Messages are built as `LocalizedText` and
/// rendered in the user's language only at the edge, so every layer stays language-neutral.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    public let en: String
    public let nl: String

    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    /// A text that reads the same in both languages (an id, a quoted value).
    public init(verbatim: String) {
        self.en = verbatim
        self.nl = verbatim
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .nl: nl
        }
    }

    public var description: String { en }

    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(en: lhs.en + rhs.en, nl: lhs.nl + rhs.nl)
    }
}

extension LocalizedText {
    /// A count with its noun in the right number in both languages: "1 row", "2 rows", "1 rij", "2 rijen".
    public static func counted(_ count: Int, en: (one: String, many: String), nl: (one: String, many: String)) -> LocalizedText {
        LocalizedText(en: "\(count) \(count == 1 ? en.one : en.many)", nl: "\(count) \(count == 1 ? nl.one : nl.many)")
    }
}
