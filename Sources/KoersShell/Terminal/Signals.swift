import Glibc
import KoersWorkspace
import Synchronization

/// Set by the SIGINT handler, read and cleared by `InterruptSignal.takePending()`.
/// A lock-free atomic is safe to touch from a signal handler.
private let interruptPending = Atomic<Bool>(false)

/// Ctrl-C handling. The handler only records the interrupt and is installed without
/// `SA_RESTART`, so a blocking read (libedit's `el_gets`, a pipe read) returns with `EINTR`
/// instead of resuming: the reader then discards the line, and a long-running command can poll
/// `takePending()` to stop early. Without a handler Ctrl-C would kill the shell.
public enum InterruptSignal {
    /// Installs the SIGINT handler and unblocks SIGINT (a launcher may have blocked it, and
    /// the block would survive exec). Returns false when the system refused.
    @discardableResult
    public static func install() -> Bool {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interruptPending.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        guard sigaction(SIGINT, &action, nil) == 0 else { return false }
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        return pthread_sigmask(SIG_UNBLOCK, &interrupt, nil) == 0
    }

    /// Whether Ctrl-C was pressed since the last call; clears the record.
    public static func takePending() -> Bool {
        interruptPending.exchange(false, ordering: .relaxed)
    }
}

/// Set by the SIGWINCH handler, read and cleared by `ResizeSignal.takePending()`.
private let resizePending = Atomic<Bool>(false)

/// Terminal resizes. The handler only records the resize; it is installed with `SA_RESTART`
/// so that other system calls carry on undisturbed, while the line editor's wait for a key
/// (`pselect`, never restarted) returns and lets the editor re-measure the line.
enum ResizeSignal {
    @discardableResult
    static func install() -> Bool {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            resizePending.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        return sigaction(SIGWINCH, &action, nil) == 0
    }

    static func takePending() -> Bool {
        resizePending.exchange(false, ordering: .relaxed)
    }
}

/// A hang-up (SIGHUP: the terminal closed, the SSH connection dropped): the unsaved edits the
/// workspace prepared are written to recovery files (`HangupRecovery`), then koers exits.
public enum HangupSignal {
    /// Installs the SIGHUP handler.
    @discardableResult
    public static func install() -> Bool {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            HangupRecovery.writePreparedFiles()
            _exit(128 + SIGHUP)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        return sigaction(SIGHUP, &action, nil) == 0
    }
}
