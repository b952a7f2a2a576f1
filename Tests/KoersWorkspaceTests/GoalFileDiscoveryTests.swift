import Foundation
import KoersCore
import KoersWorkspace
import Testing

/// Which goal files a path names: `Workspace.goalFiles(under:)`, the directory walk of every
/// `koers DIR` start.
@Suite("Finding the goal files under a path")
struct GoalFileDiscoveryTests {
    private func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("koers-discovery-\(UUID().uuidString)").path
        for directory in ["sub/deeper", "empty", "folder.koers"] {
            try FileManager.default.createDirectory(atPath: root + "/" + directory, withIntermediateDirectories: true)
        }
        for file in ["b.koers", "a.koers", "notes.txt", "sub/c.koers", "sub/deeper/d.koers", "sub/deeper/e.csv", ".hidden.koers"] {
            try Data("goal x\n".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/sub")
        return root
    }

    @Test("The goal files directly in a directory, as `koers` with no path loads them: not below it, not a folder named .koers")
    func directlyInDirectory() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(Workspace.goalFiles(directlyIn: root) == [".hidden.koers", "a.koers", "b.koers"].map { root + "/" + $0 })
        #expect(Workspace.goalFiles(directlyIn: root + "/empty").isEmpty)
        #expect(Workspace.goalFiles(directlyIn: root + "/missing").isEmpty)
    }

    @Test("A directory gives its .koers files at every depth, sorted, without following links to directories")
    func directoryWalk() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let expected = [".hidden.koers", "a.koers", "b.koers", "sub/c.koers", "sub/deeper/d.koers"].map { root + "/" + $0 }
        #expect(try Workspace.goalFiles(under: root) == expected)
        #expect(try Workspace.goalFiles(under: root + "/") == expected)
    }

    @Test("A file is itself; a missing path and a directory without goal files are refused, named")
    func filesAndRefusals() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Workspace.goalFiles(under: root + "/notes.txt") == [root + "/notes.txt"])
        #expect(try Workspace.goalFiles(under: root + "/linked") == [root + "/linked/c.koers", root + "/linked/deeper/d.koers"])
        #expect(throws: WorkspaceError.noSuchPath(root + "/missing")) { try Workspace.goalFiles(under: root + "/missing") }
        do {
            _ = try Workspace.goalFiles(under: root + "/empty")
            Issue.record("an empty directory gave goal files")
        } catch {
            #expect(error == .noGoalFiles(root + "/empty"))
        }
    }

    @Test("A goal file whose name, or whose folder's name, holds a control character is refused, named; so is such a path given")
    func controlCharacterInName() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let recolored = root + "/sub/x\u{1B}[35my.koers"
        try Data("goal x\n".utf8).write(to: URL(fileURLWithPath: recolored))
        #expect(throws: WorkspaceError.controlCharacterInName(recolored)) { try Workspace.goalFiles(under: root) }
        #expect(throws: WorkspaceError.controlCharacterInName(recolored)) { try Workspace.goalFiles(under: recolored) }
        #expect(throws: WorkspaceError.controlCharacterInName(root + "/c1\u{9B}.koers")) { try Workspace.goalFiles(under: root + "/c1\u{9B}.koers") }
        #expect(throws: WorkspaceError.controlCharacterInName(root + "/line\nbreak")) { try Workspace.goalFiles(under: root + "/line\nbreak") }
        #expect(try Workspace.goalFiles(under: root + "/a.koers") == [root + "/a.koers"])
    }

    @Test("import refuses a data path with a control character before reading it")
    func importRefusesControlCharacterInName() throws {
        var workspace = Workspace()
        let declaration = DataDeclaration(path: "d\u{1B}[35m.csv")
        #expect(throws: WorkspaceError.controlCharacterInName("d\u{1B}[35m.csv")) { try workspace.importFile(declaration, today: nil) }
    }
}
