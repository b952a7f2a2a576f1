import Foundation
import KoersCore

/// Files of the repository the tests read: the docs they hold to the code, the sample goal
/// files, and the shipped word lists, found from this file's place in the tree.
public enum RepositoryFiles {
    /// The repository's root (this file is `Tests/KoersTestSupport/RepositoryFiles.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The word list koers ships for `language`, as text (empty when it cannot be read).
    public static func shippedWordListText(_ language: Language) -> String {
        (try? String(contentsOf: url("Sources/KoersWorkspace/Resources/wordlists/\(language.rawValue).txt"), encoding: .utf8)) ?? ""
    }

    /// The shipped word lists of both languages, parsed.
    public static let shippedWordLists: [WordLists] = Language.allCases.map {
        WordLists.parse(text: shippedWordListText($0), language: $0).lists
    }
}
