import KoersCore

/// A goal file that loaded without errors, as a workspace keeps it: what it declares, and either
/// its document (once an edit needed it) or only its text, from which the document is built on
/// demand. A file nobody edits needs no lines, tokens or blocks kept in memory.
public struct LoadedGoalFile: Sendable {
    public let path: String
    /// The metrics, goals, data declarations and inline values the file declares.
    public let content: GoalFileContent
    private let kept: Kept

    private enum Kept: Sendable {
        case text(String)
        case document(GoalFileDocument)
    }

    /// A file whose document is at hand (parsed, or edited).
    public init(_ document: GoalFileDocument) {
        path = document.path
        content = document.content
        kept = .document(document)
    }

    /// A file read by `GoalFileParser.load`: `text` parsed without errors into `content`.
    init(path: String, text: String, content: GoalFileContent) {
        self.path = path
        self.content = content
        kept = .text(text)
    }

    /// The file's text: as read, or as edited.
    public var text: String {
        switch kept {
        case let .text(text): text
        case let .document(document): document.text
        }
    }

    /// Whether the document is kept, or would be built from the text when asked for.
    public var hasDocument: Bool {
        if case .document = kept { return true }
        return false
    }

    /// The document, with every line, token and block; parsed from the text when only that is
    /// kept (each time: keep the result, with `LoadedGoalFile(document)`, to build it once).
    public var document: GoalFileDocument {
        switch kept {
        case let .text(text): GoalFileParser.document(text: text, path: path)
        case let .document(document): document
        }
    }
}
