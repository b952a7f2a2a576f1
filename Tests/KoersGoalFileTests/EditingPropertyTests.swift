import Foundation
import KoersCore
import KoersTestSupport
import PropertyBased
import Testing
@testable import KoersGoalFile

/// The Almelo goal files, parsed.
private let almelo: [GoalFileDocument] = {
    let directory = RepositoryFiles.url("goals/almelo")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".koers") }.sorted()
    return names.compactMap { name in
        let path = directory.appendingPathComponent(name).path
        return (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { GoalFileParser.parse(text: $0, path: path).document }
    }
}()

/// A goal field as staff would type it, chosen by two numbers.
private func typedField(_ choice: Int, _ number: Int, metrics: [String]) -> String {
    let year = 2022 + number % 8
    switch choice % 9 {
    case 0: return "titel \"Titel \(number)\""
    case 1: return "owner \"Team \(number)\""
    case 2: return "afbakening \"Inwoners \(number)\""
    case 3: return "indicator \(metrics[number % metrics.count])"
    case 4: return "baseline \(year - 3)"
    case 5: return "target >= \(number % 100),5"
    case 6: return "streefwaarde maximaal \(number % 50) uiterlijk \(year)"
    case 7: return "deadline \(year)"
    default: return "target = ja by \(year)"
    }
}

@Suite("Editing properties on the Almelo files")
struct EditingPropertyTests {
    /// An accepted edit means what the parser says the typed field means, and changes no line
    /// outside the edited block; a refused one changes nothing.
    @Test func anEditChangesItsBlockOnlyAndMeansWhatWasTyped() async {
        let goals = almelo.flatMap(\.content.goals).map(\.id)
        let metrics = almelo.flatMap(\.content.metrics).map(\.id)
        await propertyCheck(count: 300, input: Gen.int(in: 0...10_000), Gen.int(in: 0...10_000), Gen.int(in: 0...10_000)) { goalChoice, fieldChoice, number in
            let id = goals[goalChoice % goals.count]
            let typed = typedField(fieldChoice, number, metrics: metrics)
            guard let document = almelo.first(where: { $0.block(.goal, named: id) != nil }),
                let block = document.block(.goal, named: id),
                var expected = document.content.goals.first(where: { $0.id == id })
            else {
                Issue.record("goal \(id) not found")
                return
            }
            switch GoalFileEditor.apply(.setField(.goal, id: id, field: typed), to: almelo) {
            case .failure:
                // Refused (a deadline before the baseline, a yes/no target on a counted metric): nothing to check.
                break
            case let .success(outcome):
                #expect(outcome.changedPaths == [document.path])
                guard let edited = outcome.documents.first(where: { $0.path == document.path }),
                    case let .success(value) = GoalFileParser.goalField(typed, notation: document.notation)
                else {
                    Issue.record("edited document or typed value missing")
                    return
                }
                value.apply(to: &expected)
                #expect(edited.content.goals.first { $0.id == id } == expected, "\(typed)")
                let head = block.headerLine
                let tail = document.lines.count - block.lines.upperBound
                #expect(Array(edited.lines.prefix(head)) == Array(document.lines.prefix(head)))
                #expect(Array(edited.lines.suffix(tail)) == Array(document.lines.suffix(tail)))
            }
        }
    }
}
