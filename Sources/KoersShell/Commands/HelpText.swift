import KoersCore
import KoersGoalFile
import KoersRender

/// `help` and `help COMMAND`, written from the command table.
enum HelpText {
    static let command = CommandSpec(
        name: "help", dutchName: "hulp", aliases: ["?"],
        arguments: [ArgumentSpec("COMMAND", completion: .command, optional: true)],
        summary: LocalizedText(en: "List the commands, or explain one", nl: "Toon de opdrachten, of leg er één uit"),
        examples: ["help", "help show"]
    ) { session, invocation throws(CommandFailure) in
        if let topic = invocation.arguments.first {
            guard let spec = session.command(named: topic) else {
                let suggestion = Suggestion.closest(to: topic.lowercased(), among: session.commands.flatMap(\.allNames))
                throw CommandFailure(ShellMessages.unknownHelpTopic(topic, suggestion: suggestion))
            }
            session.print(HelpText.detail(of: spec, in: session.language, width: session.style.isTerminal ? session.style.width : nil))
        } else {
            session.print(HelpText.overview(of: session.commands, in: session.language, width: session.style.isTerminal ? session.style.width : nil))
        }
    }

    /// `width`: the terminal's, within which descriptions wrap at words; nil for a pipe.
    static func overview(of commands: [CommandSpec], in language: Language, width: Int? = nil) -> String {
        let names = commands.map { $0.displayName(in: language) }
        let nameWidth = names.map(\.count).max() ?? 0
        var lines = [ShellMessages.helpHeader.text(in: language)]
        for (spec, name) in zip(commands, names) {
            let padding = String(repeating: " ", count: nameWidth - name.count)
            lines += ExpandedLayout.hanging("  \(name)\(padding)  ", spec.summary.text(in: language), width: width)
        }
        return lines.joined(separator: "\n")
    }

    static func detail(of spec: CommandSpec, in language: Language, width: Int? = nil) -> String {
        var lines = ExpandedLayout.hanging("", spec.summary.text(in: language), width: width) + [""]
        lines += ExpandedLayout.hanging("\(ShellMessages.usageLabel.text(in: language)): ", spec.usage(in: language), width: width)
        let otherNames = spec.allNames.filter { $0 != spec.displayName(in: language) }
        if !otherNames.isEmpty {
            lines.append("\(ShellMessages.aliasesLabel.text(in: language)): \(otherNames.joined(separator: ", "))")
        }
        if let details = spec.details {
            lines.append("")
            lines += details.text(in: language).split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                line.isEmpty ? [""] : ExpandedLayout.hanging("", String(line), width: width)
            }
        }
        if !spec.options.isEmpty {
            lines += ["", "\(ShellMessages.optionsLabel.text(in: language)):"]
            let names = spec.options.map { $0.label(in: language) }
            let nameWidth = names.map(\.count).max() ?? 0
            for (option, name) in zip(spec.options, names) {
                let padding = String(repeating: " ", count: nameWidth - name.count)
                lines += ExpandedLayout.hanging("  \(name)\(padding)  ", option.help.text(in: language), width: width)
            }
        }
        lines += ["", "\(ShellMessages.examplesLabel.text(in: language)):"]
        var shown: [String] = []
        for example in spec.examples.map({ Self.example($0, of: spec, in: language) }) where !shown.contains(example) {
            shown.append(example)
        }
        lines += shown.flatMap { ExpandedLayout.hanging("  ", $0, width: width) }
        return lines.joined(separator: "\n")
    }

    /// An example as a user of the language types it: in Dutch, the command, its options, the
    /// goal-file keywords and the option values in Dutch; quoted text is left as written.
    static func example(_ text: String, of spec: CommandSpec, in language: Language) -> String {
        guard language == .nl else { return text }
        var insideQuotes = false
        let words = text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
            let word = String(word)
            defer { if word.filter({ $0 == "\"" }).count % 2 == 1 { insideQuotes.toggle() } }
            if insideQuotes || word.contains("\"") { return word }
            if index == 0 { return spec.allNames.contains(word) ? spec.displayName(in: .nl) : word }
            if word.hasPrefix("--") {
                return spec.options.first { "--\($0.name)" == word }?.dutchName.map { "--\($0)" } ?? word
            }
            return dutchWord(word)
        }
        return words.joined(separator: " ")
    }

    /// A value or goal-file keyword in Dutch (`programme`, `target`, `by`, `grade`), else the word itself.
    private static func dutchWord(_ word: String) -> String {
        if let value = ShellMessages.placeholder(word), word == value.en, word.first?.isLowercase == true { return value.nl }
        let spellings = FieldKind.allCases.map(GoalFileVocabulary.spelling) + MetricUnit.allCases.map(GoalFileVocabulary.spelling)
            + [GoalFileVocabulary.deadlineAfterTarget]
        return spellings.first { $0.english.contains(word) && !$0.dutch.contains(word) }?.canonical(in: .nl) ?? word
    }
}
