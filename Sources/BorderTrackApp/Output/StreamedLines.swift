/// Text to standard output as it is produced: the first lines at once, then in 64 KiB writes, each checked
/// (`StreamedOutput`), so a long listing starts at once and a reader that leaves (`head`) stops it at once.
package enum StreamedLines {
    package static func write(_ produce: ((String) throws -> Void) throws -> Void) throws {
        try StreamedOutput.write(to: nil) { given in
            try withoutActuallyEscaping(given) { sink in
                var buffer: [UInt8] = []
                buffer.reserveCapacity(1 << 16)
                var lines = 0
                try produce { text in
                    buffer.append(contentsOf: text.utf8)
                    lines += 1
                    if lines <= 2 || buffer.count >= 1 << 16 {
                        try buffer.withUnsafeBufferPointer { try sink($0) }
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                try buffer.withUnsafeBufferPointer { try sink($0) }
            }
        }
    }
}
