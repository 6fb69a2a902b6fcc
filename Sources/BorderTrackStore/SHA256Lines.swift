import Crypto

/// SHA-256 over lines, each followed by a newline: the digest `RowDigest` gives for the same lines, fed to
/// the hasher in pieces of about a megabyte instead of two updates per line.
package struct SHA256Lines {
    private var hasher = SHA256()
    private var buffer: [UInt8] = []

    package init() { buffer.reserveCapacity(1 << 20 + 4096) }

    package mutating func add(_ line: [UInt8]) {
        buffer.append(contentsOf: line)
        buffer.append(10)
        if buffer.count >= 1 << 20 {
            hasher.update(data: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// The digest as lowercase hex (`RowDigest.hex()`).
    package func hex() -> String {
        var h = hasher
        h.update(data: buffer)
        return h.finalize().map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined()
    }
}
