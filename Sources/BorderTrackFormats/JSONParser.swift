import BorderTrackCore

/// A strict RFC 8259 JSON parser over UTF-8 bytes that reports line and column on error,
/// bounds nesting depth, keeps object key order, and refuses a key repeated in one object (RFC 8259 leaves
/// its meaning to the parser: first-wins and last-wins parsers would read the same file differently).
public struct JSONParser {
    /// Why a text is not JSON.
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let reason: String
        public var description: String { "line \(line), column \(column): \(reason)" }
    }

    /// The deepest nesting accepted; deeper input is rejected, never a stack overflow.
    public static let maxDepth = 128

    private let bytes: [UInt8]
    private var i = 0
    /// Where the value being parsed sits: keys and array positions from the root, for messages.
    private var steps: [Step] = []

    /// One step of a JSON path.
    private enum Step {
        case key(String)
        case index(Int)
    }

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one JSON document (a leading UTF-8 BOM is skipped).
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var p = JSONParser(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3 }
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        guard p.i == bytes.count else { throw p.fail("unexpected text after the JSON value") }
        return v
    }

    private func fail(_ reason: String) -> SyntaxError {
        var line = 1, col = 1
        var k = 0
        while k < i && k < bytes.count {
            if bytes[k] == 10 { line += 1; col = 1 } else if bytes[k] & 0xC0 != 0x80 { col += 1 }
            k += 1
        }
        return SyntaxError(line: line, column: col, reason: reason)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
    }

    private mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth < Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth) levels") }
        guard i < bytes.count else { throw fail("unexpected end of input: the file is truncated") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw fail("unexpected character; expected a JSON value")
        }
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        for b in word.utf8 {
            guard i < bytes.count, bytes[i] == b else { throw fail("invalid literal; expected \(word)") }
            i += 1
        }
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.i
            while p.i < p.bytes.count, p.bytes[p.i] >= 48, p.bytes[p.i] <= 57 { p.i += 1 }
            return p.i - s
        }
        guard i < bytes.count else { throw fail("truncated number") }
        if bytes[i] == UInt8(ascii: "0") { i += 1 } else if digits(&self) == 0 { throw fail("invalid number") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits(&self) == 0 { throw fail("invalid number: digits expected after '.'") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits(&self) == 0 { throw fail("invalid number: digits expected in exponent") }
        }
        guard i - start <= 64 else { throw fail("number longer than 64 characters") }
        return .number(String(decoding: bytes[start..<i], as: UTF8.self))
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: throw fail("invalid \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    private mutating func string() throws(SyntaxError) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw fail("unterminated string: the file is truncated") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b < 0x20 { throw fail("control character inside a string; write it as an escape such as \\n") }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { throw fail("unterminated escape") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("unpaired surrogate in \\u escape")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("unpaired surrogate in \\u escape")
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default: throw fail("invalid escape \\\(Character(Unicode.Scalar(e)))")
                }
            } else {
                out.append(b)
                i += 1
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw fail("invalid UTF-8 inside a string") }
        return s
    }

    private mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        steps.append(.index(0))
        defer { steps.removeLast() }
        while true {
            skipSpace()
            steps[steps.count - 1] = .index(items.count)
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated array: the file is truncated") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw fail("expected ',' or ']' in array")
        }
    }

    private mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
        i += 1
        var pairs: [(String, JSONValue)] = []
        var keys = Set<String>()  // built once an object has many keys; a few are compared directly
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
        while true {
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated object: the file is truncated") }
            guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key in object") }
            let key = try string()
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated object: the file is truncated") }
            guard bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(key)\"") }
            let repeated: Bool
            if pairs.count < 16 {
                repeated = pairs.contains(where: { $0.0 == key })
            } else {
                if keys.isEmpty { keys = Set(pairs.map(\.0)) }
                repeated = !keys.insert(key).inserted
            }
            if repeated {
                throw fail("duplicate key \"\(ImportIssue.clip(key))\" in the object at \(pathText()); each key may appear only once")
            }
            i += 1
            skipSpace()
            steps.append(.key(key))
            let v = try value(depth: depth + 1)
            steps.removeLast()
            pairs.append((key, v))
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated object: the file is truncated") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            throw fail("expected ',' or '}' in object")
        }
    }

    /// The path of the value being parsed, as `$.projects[0].claims[2]`.
    private func pathText() -> String {
        var out = "$"
        for step in steps {
            switch step {
            case .index(let n): out += "[\(n)]"
            case .key(let k):
                let plain = !k.isEmpty && k.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
                out += plain ? "." + k : "[\"" + ImportIssue.clip(k) + "\"]"
            }
        }
        return out
    }
}
