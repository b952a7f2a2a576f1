import Testing

/// `draft --table -` through the binary: standard input holds the table when the commands come
/// from `-c`, and holds the commands when they are piped in.
@Suite("draft --table - through the binary")
struct DraftTableEndToEndTests {
    static let table = "Indicator\tRealisatie 2022\tStreefwaarde 2026\nAantal opgeleverde woningen\t312\tMinimaal 450\n"

    @Test("-c 'draft --table -' reads the table from standard input")
    func tableOnStandardInput() throws {
        let run = try runKoers(["-c", "draft --table - --format csv", samplesDirectory + "/almelo"], input: Self.table)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("1,2,nieuw-doel-1,Aantal opgeleverde woningen,>=,450,,2026,2022,312,false,true,"))
    }

    @Test("piped commands: standard input is the script, so `-` is refused, exit 2")
    func commandsOnStandardInput() throws {
        let run = try runKoers([samplesDirectory + "/almelo"], input: "draft --table -\n")
        #expect(run.status == 2)
        #expect(run.errors.contains("give the table as a file, or pipe it"))
    }
}
