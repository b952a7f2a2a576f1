import KoersCore
import Testing
@testable import KoersGoalFile

/// Parses text that must be free of errors, failing the test with the diagnostics otherwise.
func parseCleanly(_ text: String, path: String = "test.koers", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> GoalFileDocument {
    let result = GoalFileParser.parse(text: text, path: path)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.formatted(in: .en) }.joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    return try #require(result.document, sourceLocation: sourceLocation)
}

/// The diagnostics of a text, each formatted as a user sees it.
func errors(_ text: String, path: String = "test.koers", in language: Language = .en) -> [String] {
    let result = GoalFileParser.parse(text: text, path: path)
    return result.diagnostics.map { $0.formatted(in: language) }
}

/// The one goal of a text that declares exactly one.
func goal(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Goal {
    let goals = try parseCleanly(text, sourceLocation: sourceLocation).content.goals
    #expect(goals.count == 1, sourceLocation: sourceLocation)
    return try #require(goals.first, sourceLocation: sourceLocation)
}

/// The one metric of a text that declares exactly one.
func metric(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Metric {
    let metrics = try parseCleanly(text, sourceLocation: sourceLocation).content.metrics
    #expect(metrics.count == 1, sourceLocation: sourceLocation)
    return try #require(metrics.first, sourceLocation: sourceLocation)
}

/// A goal block with the given field lines under a title.
func goalText(_ fields: String..., notation: String? = nil) -> String {
    var text = notation.map { "notation \($0)\n\n" } ?? ""
    text += "goal g\n    title \"T\"\n"
    for field in fields { text += "    \(field)\n" }
    return text
}
