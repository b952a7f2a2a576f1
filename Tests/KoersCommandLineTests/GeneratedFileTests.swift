import Foundation
import KoersCore
import KoersShell
import Testing
@testable import koers

/// A program on PATH, or nil.
private func tool(_ name: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// Runs `executable` with `arguments` and `input`; its exit status, standard output and error.
private func run(_ executable: String, _ arguments: [String], input: String = "", directory: String? = nil) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
}

/// The text of a roff page between `.SH HEADING` and the next `.SH`.
private func section(_ heading: String, of page: String) -> String {
    let parts = page.components(separatedBy: "\n.SH ")
    return parts.first { $0.hasPrefix(heading + "\n") } ?? ""
}

/// Roff source as words: the escapes of `ManualPage.escaped` taken back, font changes dropped.
private func plain(_ roff: String) -> String {
    roff.replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\fB", with: "")
        .replacingOccurrences(of: "\\fI", with: "").replacingOccurrences(of: "\\fR", with: "")
}

@Suite("koers(1): the man page written from the option list and the command table")
struct ManualPageTests {
    @Test("Every section, in man's order, in both languages", arguments: Language.allCases)
    func sections(_ language: Language) {
        let page = ManualPage.roff(in: language)
        let headings = page.split(separator: "\n").filter { $0.hasPrefix(".SH ") }.map { String($0.dropFirst(4)) }
        let expected = [
            ManualMessages.nameHeading, ManualMessages.synopsisHeading, ManualMessages.descriptionHeading, ManualMessages.optionsHeading,
            ManualMessages.commandsHeading, ManualMessages.exitStatusHeading, ManualMessages.environmentHeading, ManualMessages.filesHeading,
            ManualMessages.examplesHeading, ManualMessages.seeAlsoHeading,
        ].map { $0.text(in: language) }
        #expect(headings == expected)
        #expect(page.hasPrefix(".\\\""))
        #expect(page.contains(".TH KOERS 1 \"\" \"koers \(BuildInfo.version)\""))
    }

    @Test("OPTIONS lists every option of the command line with its help", arguments: Language.allCases)
    func options(_ language: Language) {
        let options = plain(section(ManualMessages.optionsHeading.text(in: language), of: ManualPage.roff(in: language)))
        for option in LaunchOption.allCases {
            let label = option.names.joined(separator: ", ") + (option.valueName.map { " " + $0.text(in: language) } ?? "")
            #expect(options.contains(".TP\n" + label + "\n" + option.help.text(in: language)), "\(option.spelling)")
        }
    }

    @Test("COMMANDS lists every command of the table, its other names and its options", arguments: Language.allCases)
    func commands(_ language: Language) {
        let commands = plain(section(ManualMessages.commandsHeading.text(in: language), of: ManualPage.roff(in: language)))
        for spec in CommandTable.all {
            #expect(commands.contains(".TP\n" + spec.usage(in: language)), "\(spec.name)")
            #expect(commands.contains(spec.summary.text(in: language) + "."), "\(spec.name)")
            for name in spec.allNames { #expect(commands.contains(name), "\(spec.name): \(name)") }
            for option in spec.options { #expect(commands.contains(".TP\n" + option.label(in: language) + "\n"), "\(spec.name) --\(option.name)") }
        }
    }

    @Test("EXIT STATUS and ENVIRONMENT list every exit code and every variable koers reads", arguments: Language.allCases)
    func exitStatusAndEnvironment(_ language: Language) {
        let page = ManualPage.roff(in: language)
        let exitStatus = section(ManualMessages.exitStatusHeading.text(in: language), of: page)
        for code in [ExitCode.success, ExitCode.commandFailed, ExitCode.usage, ExitCode.loadFailed] {
            #expect(exitStatus.contains(".TP\n.B \(code)\n"))
        }
        let environment = plain(section(ManualMessages.environmentHeading.text(in: language), of: page))
        for variable in EnvironmentVariable.allCases {
            #expect(environment.contains(".B \(variable.rawValue)\n" + variable.help.text(in: language)), "\(variable.rawValue)")
        }
    }

    /// Every `environment["NAME"]` and `getenv("NAME")` in the sources, so that a variable read
    /// somewhere is read at start-up and documented.
    @Test("Every environment variable the sources read is in EnvironmentVariable")
    func environmentVariablesRead() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let reading = try Regex(#"(?:environment\[|getenv\()"([A-Z_]+)""#)
        var names: Set<String> = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: reading) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        #expect(names.contains("KOERS_HISTORY"), "the scan finds the variables")
        #expect(names.subtracting(EnvironmentVariable.allCases.map(\.rawValue)).isEmpty)
    }

    @Test("Text is set as it is: no line starts a request, a backslash stays a backslash")
    func escaping() {
        #expect(ManualPage.escaped(".koers files") == "\\&.koers files")
        #expect(ManualPage.escaped("'quoted'") == "\\&'quoted'")
        #expect(ManualPage.escaped("a\\b --lang") == "a\\eb \\-\\-lang")
        #expect(ManualPage.escaped("one\n.two") == "one\n.br\n\\&.two")
    }

    @Test(
        "groff renders both pages without a warning",
        .enabled(if: tool("groff") != nil, "groff is not installed: the rendering is not checked"),
        arguments: Language.allCases)
    func rendersWithGroff(_ language: Language) throws {
        let groff = try #require(tool("groff"))
        let rendered = try run(groff, ["-k", "-man", "-Tutf8", "-ww"], input: ManualPage.roff(in: language))
        #expect(rendered.status == 0)
        #expect(rendered.errors.isEmpty, "\(rendered.errors)")
        // grotty sets bold by overstriking: a character, a backspace, the character again.
        let text = rendered.output.replacing(/.\u{8}/, with: "")
        #expect(text.contains("KOERS(1)"))
        #expect(text.contains(ManualMessages.exitStatusHeading.text(in: language)))
    }
}

@Suite("The bash and zsh completion of koers's command line")
struct CompletionScriptTests {
    /// What the bash completion offers for the words of a command line, the last one being completed.
    private func bashCompletes(_ words: [String], in directory: String? = nil) throws -> [String] {
        let bash = try #require(tool("bash"))
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("koers-completion-\(UUID().uuidString).bash")
        try Data(CompletionScript.bash().utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let program = "source '\(script.path)'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _koers; printf '%s\\n' \"${COMPREPLY[@]}\""
        let result = try run(bash, ["--norc", "-c", program], directory: directory)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return result.output.split(separator: "\n").map(String.init).sorted()
    }

    @Test("bash registers the completion for koers", .enabled(if: tool("bash") != nil, "bash is not installed"))
    func registered() throws {
        let bash = try #require(tool("bash"))
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("koers-completion-\(UUID().uuidString).bash")
        try Data(CompletionScript.bash().utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let result = try run(bash, ["--norc", "-c", "source '\(script.path)'; complete -p koers"])
        #expect(result.output == "complete -o filenames -F _koers koers\n")
    }

    @Test("bash completes the options and their values", .enabled(if: tool("bash") != nil, "bash is not installed"))
    func optionsAndValues() throws {
        #expect(try bashCompletes(["koers", "--la"]) == ["--lang"])
        #expect(try bashCompletes(["koers", "--lang", ""]) == ["en", "nl"])
        #expect(try bashCompletes(["koers", "--lang", "=", "n"]) == ["nl"])
        #expect(try bashCompletes(["koers", "--lang", "="]) == ["en", "nl"])
        #expect(try bashCompletes(["koers", "--format", "j"]) == ["json"])
        #expect(try bashCompletes(["koers", "--fail-on", "o"]) == ["off-track", "overdue"])
        #expect(try bashCompletes(["koers", "--generate", "c"]) == ["complete-bash", "complete-zsh"])
        #expect(try bashCompletes(["koers", "-c", ""]) == [])
        let everyName = try bashCompletes(["koers", "-"])
        #expect(everyName == (LaunchOption.allCases.flatMap(\.names) + ["--"]).sorted())
    }

    @Test("bash completes goal files and folders as paths, not other files", .enabled(if: tool("bash") != nil, "bash is not installed"))
    func paths() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("doelen"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["begroting.koers", "cijfers.csv"] { try Data().write(to: directory.appendingPathComponent(name)) }
        #expect(try bashCompletes(["koers", ""], in: directory.path) == ["begroting.koers", "doelen"])
        #expect(try bashCompletes(["koers", "-f", "c"], in: directory.path) == ["cijfers.csv"])
    }

    /// What zsh lists or inserts on TAB after `line`, typed into an interactive zsh on a
    /// pseudo-terminal (zsh's zpty) with the generated `_koers` on its fpath, in `directory`.
    private func zshCompletes(_ line: String, in directory: String) throws -> String {
        let zsh = try #require(tool("zsh"))
        let functions = directory + "/.functions"
        try FileManager.default.createDirectory(atPath: functions, withIntermediateDirectories: true)
        try Data(CompletionScript.zsh(in: .en).utf8).write(to: URL(fileURLWithPath: functions + "/_koers"))
        let driver = """
            zmodload zsh/zpty
            zpty z zsh -f -i
            zpty -w z "fpath=(\(functions) $fpath); autoload -Uz compinit; compinit -u; PS1='> '; print READY"
            zpty -r z out '*READY*'
            sleep 0.5; zpty -r -t z out
            zpty -w -n z \(line.debugDescription)$'\\t'
            sleep 1.5
            out=""; while zpty -r -t z chunk; do out+=$chunk; done
            print -r -- "$out"
            zpty -d z
            """
        // The terminal's escape sequences (colors, cursor moves) and carriage returns left out.
        return try run(zsh, ["-f", "-c", driver], directory: directory).output
            .replacing(/\u{1B}\[[0-9;?]*[A-Za-z]/, with: "").replacing("\r", with: "")
    }

    @Test("zsh completes the options, their values, and goal files and folders", .enabled(if: tool("zsh") != nil, "zsh is not installed"))
    func zshCompletion() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-zsh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("doelen"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["begroting.koers", "cijfers.csv"] { try Data().write(to: directory.appendingPathComponent(name)) }
        let option = try zshCompletes("koers --la", in: directory.path)
        #expect(option.contains("koers --lang="), "\(option.debugDescription)")
        #expect(try zshCompletes("koers --lang ", in: directory.path).contains("en  nl"))
        #expect(try zshCompletes("koers --fail-on o", in: directory.path).contains("off-track  overdue"))
        let paths = try zshCompletes("koers ", in: directory.path)
        #expect(paths.contains("begroting.koers") && paths.contains("doelen/") && !paths.contains("cijfers.csv"), "\(paths)")
    }

    @Test("The zsh completion names every option, with the values of each")
    func zsh() {
        let script = CompletionScript.zsh(in: .en)
        #expect(script.hasPrefix("#compdef koers\n"))
        for option in LaunchOption.allCases {
            for name in option.names { #expect(script.contains(name), "\(name)") }
            if case let .choices(words) = option.values { #expect(script.contains("(" + words.joined(separator: " ") + ")")) }
        }
        #expect(script.contains("'(-h --help)'{-h,--help}'[Show this help and exit]'"))
        #expect(script.contains("'--lang=[Interface language\\: nl or en]:LANG:(en nl)'"))
    }
}
