import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import KoersCore
import KoersImport

/// A large data file read on another thread while the goal files are still being read: a
/// data declaration comes early in its goal file, and reading the figures needs nothing from
/// the rest of it, so the other core no longer waits for the goal file (for the national
/// monitor, a quarter of a second of parsing). Its figures are used only when the model, once
/// built, declares the same file in the same words at the same place; otherwise they are
/// dropped and the file is read as always.
final class EarlyImport: @unchecked Sendable {
    /// Below this size a file is read when its turn comes: the hand-off would cost more than
    /// the overlap saves (the Almelo sample's files are a few kilobytes).
    static let minimumBytes = 1 << 20

    let declaration: DataDeclaration
    let path: String
    private let finished = DispatchSemaphore(value: 0)
    // Written only by the worker before it signals, and read only after the wait.
    private var outcome: Result<StagedFile, ImportFailure>?

    /// Starts reading `path` when it is a plain file of at least `minimumBytes`; nil otherwise.
    /// The size is looked at before anything is made: the sample's small files cost a `stat`.
    static func start(_ declaration: DataDeclaration, path: String) -> EarlyImport? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) >= minimumBytes else {
            return nil
        }
        return EarlyImport(declaration, path: path)
    }

    private init(_ declaration: DataDeclaration, path: String) {
        self.declaration = declaration
        self.path = path
        DispatchQueue.global().async { [self] in
            do throws(ImportFailure) {
                outcome = .success(try Importer.stage(at: path, declaration: declaration))
            } catch {
                outcome = .failure(error)
            }
            finished.signal()
        }
    }

    /// Whether this reads the file `declaration` names at `path`, with the same options and
    /// the same places for its messages.
    func serves(_ declaration: DataDeclaration, at path: String) -> Bool {
        path == self.path && declaration == self.declaration && declaration.location == self.declaration.location
            && declaration.options.map(\.location) == self.declaration.options.map(\.location)
    }

    /// Waits for the figures and hands them over (they are not kept here, so the store can take
    /// them without a copy).
    func take() throws(ImportFailure) -> StagedFile {
        finished.wait()
        finished.signal()
        guard let result = outcome else { return try Importer.stage(at: path, declaration: declaration) }
        outcome = nil
        return try result.get()
    }
}
