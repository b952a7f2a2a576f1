import Foundation
import KoersCore
import KoersShell

extension GeneratedFile {
    func text(in language: Language) -> String {
        switch self {
        case .man: ManualPage.roff(in: language)
        case .bashCompletion: CompletionScript.bash()
        case .zshCompletion: CompletionScript.zsh(in: language)
        }
    }
}

/// koers(1) in roff, written from the option list (`LaunchOption`), the command table, the
/// exit codes and `EnvironmentVariable`, so that the page lists exactly what the program has.
/// scripts/install and scripts/package-deb write it with `koers --generate man`.
enum ManualPage {
    static func roff(in language: Language) -> String {
        let text = { (localized: LocalizedText) in localized.text(in: language) }
        var page = [
            #".\" Written by `koers --generate man`\#(language == .nl ? " --lang nl" : "") from the program's own option list and command table."#,
            ".TH KOERS 1 \"\" \"koers \(BuildInfo.version)\" \"\(text(ManualMessages.manualTitle))\"",
            ".SH \(text(ManualMessages.nameHeading))",
            // The abstract of `--help` without its name and full stop: what `whatis koers` shows.
            "koers \\- " + escaped(String((text(LaunchMessages.abstract).components(separatedBy: " — ").last ?? "").dropLast())),
            ".SH \(text(ManualMessages.synopsisHeading))",
        ]
        for (index, synopsis) in ManualMessages.synopses.enumerated() {
            if index > 0 { page.append(".br") }
            page.append(".B koers")
            page.append(escaped(text(synopsis)))
        }

        page.append(".SH \(text(ManualMessages.descriptionHeading))")
        page += paragraphs(ManualMessages.description.map(text))

        page.append(".SH \(text(ManualMessages.optionsHeading))")
        for option in LaunchOption.allCases {
            let value = option.valueName.map { " \\fI" + escaped(text($0)) + "\\fR" } ?? ""
            page += [".TP", option.names.map { "\\fB" + escaped($0) + "\\fR" }.joined(separator: ", ") + value, escaped(text(option.help))]
        }
        page += paragraphs([text(LaunchMessages.syntax)])

        page.append(".SH \(text(ManualMessages.commandsHeading))")
        page += paragraphs([text(ManualMessages.commandsIntroduction)])
        for spec in CommandTable.all {
            page += [".TP", commandLabel(spec, in: language), escaped(text(spec.summary)) + "."]
            if let details = spec.details { page += [".br", escaped(text(details))] }
            if !spec.options.isEmpty {
                page.append(".RS")
                for option in spec.options {
                    page += [".TP", "\\fB" + escaped(option.label(in: language)) + "\\fR", escaped(text(option.help))]
                }
                page.append(".RE")
            }
        }

        page.append(".SH \(text(ManualMessages.exitStatusHeading))")
        for (code, meaning) in ManualMessages.exitStatuses {
            page += [".TP", ".B \(code)", escaped(text(meaning))]
        }

        page.append(".SH \(text(ManualMessages.environmentHeading))")
        for variable in EnvironmentVariable.allCases {
            page += [".TP", ".B " + escaped(variable.rawValue), escaped(text(variable.help))]
        }

        page.append(".SH \(text(ManualMessages.filesHeading))")
        for (path, meaning) in ManualMessages.files {
            page += [".TP", ".I " + escaped(text(path)), escaped(text(meaning))]
        }

        page.append(".SH \(text(ManualMessages.examplesHeading))")
        for (index, example) in ManualMessages.examples.enumerated() {
            page += [index == 0 ? ".LP" : ".PP", escaped(text(example.what)), ".sp", ".RS 4", ".nf", "\\fB$ " + escaped(example.command) + "\\fR", ".fi", ".RE"]
        }

        page.append(".SH \(text(ManualMessages.seeAlsoHeading))")
        page += paragraphs([text(ManualMessages.seeAlso)])
        return page.joined(separator: "\n") + "\n"
    }

    /// `status` in bold with its arguments and options in italics: the usage line of `help`.
    static func commandLabel(_ spec: CommandSpec, in language: Language) -> String {
        let usage = spec.usage(in: language).split(separator: " ", maxSplits: 1).map(String.init)
        var label = "\\fB" + escaped(usage[0]) + "\\fR"
        if usage.count > 1 { label += " \\fI" + escaped(usage[1]) + "\\fR" }
        let otherNames = spec.allNames.filter { $0 != spec.displayName(in: language) }
        if !otherNames.isEmpty { label += " (" + otherNames.map { "\\fB" + escaped($0) + "\\fR" }.joined(separator: ", ") + ")" }
        return label
    }

    private static func paragraphs(_ texts: [String]) -> [String] {
        texts.flatMap { [".PP", escaped($0)] }
    }

    /// Text set as it is: roff's escape character written as `\e`, a hyphen as `\-` (so an
    /// option copied from the page is typed with the ASCII hyphen), and a line that would start
    /// with a control character (`.`, `'`) kept as text.
    static func escaped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let escaped = line.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }.joined(separator: "\n.br\n")
    }
}
