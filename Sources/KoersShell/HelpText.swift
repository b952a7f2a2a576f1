import KoersCore

/// `help` and `help COMMAND`, written from the command table.
enum HelpText {
    static func overview(of commands: [CommandSpec], in language: Language) -> String {
        let width = commands.map { $0.name.count }.max() ?? 0
        var lines = [ShellMessages.helpHeader.text(in: language)]
        for spec in commands {
            let padding = String(repeating: " ", count: width - spec.name.count)
            lines.append("  \(spec.name)\(padding)  \(spec.summary.text(in: language))")
        }
        return lines.joined(separator: "\n")
    }

    static func detail(of spec: CommandSpec, in language: Language) -> String {
        var lines = [spec.summary.text(in: language), ""]
        lines.append("\(ShellMessages.usageLabel.text(in: language)): \(spec.usage)")
        if !spec.aliases.isEmpty {
            lines.append("\(ShellMessages.aliasesLabel.text(in: language)): \(spec.aliases.joined(separator: ", "))")
        }
        if let details = spec.details { lines += ["", details.text(in: language)] }
        if !spec.options.isEmpty {
            lines += ["", "\(ShellMessages.optionsLabel.text(in: language)):"]
            for option in spec.options {
                let name = "--\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
                lines.append("  \(name)  \(option.help.text(in: language))")
            }
        }
        lines += ["", "\(ShellMessages.examplesLabel.text(in: language)):"]
        lines += spec.examples.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }
}
