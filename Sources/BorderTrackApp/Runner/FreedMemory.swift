import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Gives the heap freed after a large transient read back to the system.
///
/// glibc keeps freed heap for reuse, so the transient rows of reading 100,000 search texts, or of the
/// background check of the derived summaries, stayed in a UI's resident size for good (350 MB on the team
/// server at 100,000 projects). `malloc_trim` is looked up rather than imported: Swift's Glibc module leaves
/// out `<malloc.h>`, and another C library may not have it (then nothing happens).
enum FreedMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }
}
