#if canImport(Glibc)
import Glibc
#endif

/// Names the kind of a file system entry from its `st_mode`, for messages about paths that are not regular files.
package enum FileKind {
    /// "a folder", "a character device", … for anything but a regular file; nil for a regular file.
    package static func nonRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }
}
