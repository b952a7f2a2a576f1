import KoersCore
import KoersGoalFile

/// libFuzzer entry: any bytes as a goal file. The parser must answer with a document or with
/// errors that have places; a document must print and parse again without errors; loading the
/// text (no document kept) must give the same diagnostics and content as parsing it.
@_cdecl("LLVMFuzzerTestOneInput")
public func goalFileFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = GoalFileParser.parse(text: text, path: "fuzz.koers")
    for diagnostic in result.diagnostics where diagnostic.severity == .error && diagnostic.location == nil {
        fatalError("an error without a place: \(diagnostic.message.en)")
    }
    let loaded = GoalFileParser.load(text: text, path: "fuzz.koers")
    if loaded.diagnostics != result.diagnostics || loaded.file?.content != result.document?.content {
        fatalError("loading and parsing disagree:\n\(loaded.diagnostics.map(\.message.en))\n\(result.diagnostics.map(\.message.en))")
    }
    if !result.hasErrors, let document = result.document {
        let printed = GoalFilePrinter.print(document)
        let again = GoalFileParser.parse(text: printed, path: "printed.koers")
        if again.hasErrors {
            fatalError("printed document does not parse:\n\(printed)\n\(again.diagnostics.map(\.message.en))")
        }
    }
    return 0
}
