import Foundation
#if canImport(Glibc)
import Glibc
import BorderTrackTestSupport
#endif

/// Runs a program with `posix_spawn` and `waitpid`, its output going to files rather than pipes.
///
/// Foundation's `Process.waitUntilExit` can miss the exit of a short-lived child when many tests spawn
/// at once (the tmux client then lingers as a zombie and the test waits forever); a plain `waitpid` cannot.
/// Files instead of pipes also mean a daemon the child starts (the tmux server) cannot hold the reader open.
/// Children start with no blocked signals and default handlers, whatever the test thread had.
enum Spawn {
    struct Output {
        let status: Int32
        let stdout: Data
        let stderr: Data
    }

    /// Runs `path args` with `environment` (nil: inherited) and waits for it; stdin is `/dev/null`.
    static func run(_ path: String, _ args: [String], environment: [String: String]? = nil,
                    captureOutput: Bool = true) throws -> Output {
        let dir = Scratch.root
        let tag = UUID().uuidString
        let outPath = captureOutput ? dir.appendingPathComponent("bt-spawn-\(tag).out").path : "/dev/null"
        let errPath = captureOutput ? dir.appendingPathComponent("bt-spawn-\(tag).err").path : "/dev/null"
        defer {
            if captureOutput { unlink(outPath); unlink(errPath) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = environment ?? ProcessInfo.processInfo.environment
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        // Test threads run with most signals blocked; a child must not inherit that (a tmux server and the
        // UI in it would then ignore SIGHUP and SIGTERM and outlive the test).
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = captureOutput ? (FileManager.default.contents(atPath: outPath) ?? Data()) : Data()
        let err = captureOutput ? (FileManager.default.contents(atPath: errPath) ?? Data()) : Data()
        return Output(status: code, stdout: out, stderr: err)
    }
}
