import Crypto

/// SHA-256 over canonical row lines, each followed by a newline: the digest an audit entry records for the
/// rows it created. Lines are gathered and fed to the hasher in pieces of about a megabyte, not two updates a line.
public struct RowDigest {
    private var hasher = SHA256()
    private var buffer: [UInt8] = []
    public private(set) var count = 0

    public init() {}

    public mutating func add(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        ended()
    }

    public mutating func add(_ line: [UInt8]) {
        buffer.append(contentsOf: line)
        ended()
    }

    private mutating func ended() {
        buffer.append(10)
        count += 1
        if buffer.count >= 1 << 20 {
            hasher.update(data: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// The digest as lowercase hex.
    public func hex() -> String {
        var h = hasher
        h.update(data: buffer)
        return h.finalize().map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined()
    }
}
