import Foundation
import KoersCore

/// The bash and zsh completion of koers's command line, written from `LaunchOption`: its
/// options, their values, and goal files and folders as paths. Inside the shell libedit
/// completes commands and goal ids itself.
enum CompletionScript {
    static func bash() -> String {
        var lines = [
            "# bash completion for koers, written by `koers --generate complete-bash` from its option list.",
            "_koers() {",
            "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\"",
            "    (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
            "    # bash splits --lang=nl at the =: complete the value after it.",
            "    if [[ $cur == = ]]; then",
            "        cur=\"\"",
            "    elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then",
            "        prev=\"${COMP_WORDS[COMP_CWORD-2]}\"",
            "    fi",
            "    case \"$prev\" in",
        ]
        for option in LaunchOption.allCases {
            let names = option.names.joined(separator: "|")
            switch option.values {
            case let .choices(words):
                lines.append("        \(names)) mapfile -t COMPREPLY < <(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\"); return ;;")
            case .file:
                lines.append("        \(names)) mapfile -t COMPREPLY < <(compgen -f -- \"$cur\"); return ;;")
            case .free:
                lines.append("        \(names)) COMPREPLY=(); return ;;")
            case .none:
                break
            }
        }
        let spellings = LaunchOption.allCases.flatMap(\.names) + [CommandLineParser.endOfOptions]
        lines += [
            "    esac",
            "    if [[ $cur == -* ]]; then",
            "        mapfile -t COMPREPLY < <(compgen -W \"\(spellings.joined(separator: " "))\" -- \"$cur\")",
            "        return",
            "    fi",
            "    # Goal files and the folders that may hold them.",
            "    mapfile -t COMPREPLY < <(compgen -o plusdirs -f -X '!*.koers' -- \"$cur\")",
            "}",
            "complete -o filenames -F _koers koers",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func zsh(in language: Language) -> String {
        var lines = [
            "#compdef koers",
            "# zsh completion for koers, written by `koers --generate complete-zsh` from its option list.",
            "_arguments -s -S \\",
        ]
        for option in LaunchOption.allCases {
            // A repeated -c adds commands; every other option counts once.
            let repeatable = option == .commands ? "*" : ""
            // `--lang=` takes its value after `=` or as the next word, as koers does.
            let spelled = option.names.map { $0.hasPrefix("--") && option.values != .none ? $0 + "=" : $0 }
            let help = "[" + zshEscaped(firstSentence(option.help.text(in: language))) + "]"
            let value: String
            switch option.values {
            case let .choices(words): value = ":\(zshEscaped(option.valueName?.text(in: language) ?? "")):(\(words.joined(separator: " ")))"
            case .file: value = ":\(zshEscaped(option.valueName?.text(in: language) ?? "")):_files"
            case .free: value = ":\(zshEscaped(option.valueName?.text(in: language) ?? "")): "
            case .none: value = ""
            }
            if spelled.count == 1 {
                lines.append("  '\(repeatable)\(spelled[0])\(help)\(value)' \\")
            } else {
                // Either name, once: `(-h --help)'{-h,--help}'[…]`.
                lines.append("  '(\(option.names.joined(separator: " ")))'{\(spelled.joined(separator: ","))}'\(help)\(value)' \\")
            }
        }
        let pathName = LocalizedText(en: "goal file or folder", nl: "doelbestand of map").text(in: language)
        lines.append("  '*:\(pathName):_files -g \"*.koers(-.)\"'")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The help up to its first full stop, short enough for a completion menu.
    private static func firstSentence(_ text: String) -> String {
        guard let end = text.range(of: ". ") ?? text.range(of: " (") else { return text.hasSuffix(".") ? String(text.dropLast()) : text }
        return String(text[..<end.lowerBound])
    }

    /// Text inside a single-quoted `_arguments` spec: its quote closed and reopened, and the
    /// brackets and colons that the spec would read escaped.
    private static func zshEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "'": escaped += "'\\''"
            case "[", "]", ":", "\\": escaped += "\\" + String(character)
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
