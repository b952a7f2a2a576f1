import Foundation
import KoersShell

// Reads the command line (CommandLineParser.swift) and hands over to the shell (Launch.run).
let arguments = Array(CommandLine.arguments.dropFirst())
let environment = Launch.environment()
switch CommandLineParser.parse(arguments) {
case .run(let options):
    if let file = options.generate {
        let language = options.language ?? Launch.language(from: environment)
        FileDescriptorOutput.standardOutput().write(file.text(in: language))
        exit(KoersShell.ExitCode.success)
    }
    exit(Launch.run(options, environment: environment))
case .version:
    let language = CommandLineParser.statedLanguage(in: arguments) ?? Launch.language(from: environment)
    FileDescriptorOutput.standardOutput().write(LaunchMessages.version(BuildInfo.version, commit: BuildInfo.commit).text(in: language) + "\n")
    exit(KoersShell.ExitCode.success)
case .help:
    let language = CommandLineParser.statedLanguage(in: arguments) ?? Launch.language(from: environment)
    FileDescriptorOutput.standardOutput().write(CommandLineHelp.text(in: language))
    exit(KoersShell.ExitCode.success)
case .wrongUsage(let message):
    let language = CommandLineParser.statedLanguage(in: arguments) ?? Launch.language(from: environment)
    FileDescriptorOutput.standardError().write(CommandLineHelp.wrongUsage(message, in: language))
    exit(KoersShell.ExitCode.usage)
}
