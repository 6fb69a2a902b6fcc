/// The records of an RFC 4180 text found in one byte-level pass: each field as a byte range of the text,
/// each record with the physical line it starts on. Building `String`s is left to the caller, so a
/// million-row file can be scanned once and its rows converted in parallel slices.
///
/// What it accepts is what CSV.swift's `CSVReader` (used before) read from well-formed files, field for
/// field: records end with CRLF, LF or a lone CR; a field starting with `"` is quoted, may hold commas,
/// CR and LF, and `""` stands for one quote; a quote inside an unquoted field is kept as it is; a comma
/// at the very end gives a last empty field; a blank line is a record with one empty field. Line numbers
/// count CR, LF and CRLF once each, inside quoted fields too, like the old reader's line counting.
///
/// Unlike CSV.swift, bad quoting is an error instead of a silent guess: text after a closing quote other
/// than a comma or a line end (CSV.swift dropped a character there), and a quoted field never closed
/// (CSV.swift swallowed the rest of the file). Scanning stops at the first such error; the records
/// before it are kept.
public struct CSVRecords: Sendable {
    /// One field: `text[start..<end]`; `escaped` when it holds doubled quotes to collapse.
    public struct Field: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var escaped: Bool
    }

    /// A quoting error: where, in which field (0-based position in its record), and what.
    public struct SyntaxError: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A quoted field closed, then this byte came instead of a comma or a line end.
            case textAfterClosingQuote(UInt8)
            /// A quoted field begun on `line` and never closed before the end of the file.
            case unterminatedQuote
        }
        public var kind: Kind
        /// The physical line of the error (for an unclosed quote: the line the field starts on).
        public var line: Int
        /// The field's position in its record (0-based).
        public var fieldIndex: Int
        /// The line the record starts on.
        public var recordLine: Int
        /// The byte offset of the error in the text (for an unclosed quote: of its opening quote).
        public var offset: Int
    }

    /// Every field of every record, in order.
    public private(set) var fields: [Field] = []
    /// Where each record's fields start in `fields`; one more entry at the end (`fields.count`).
    public private(set) var recordStarts: [Int] = [0]
    /// The physical line each record starts on (1-based).
    public private(set) var lines: [Int] = []
    /// The first quoting error, if any; the records before it are in `fields`.
    public private(set) var error: SyntaxError?

    /// Number of records.
    public var count: Int { lines.count }

    /// The field ranges of record `r`.
    public func fields(ofRecord r: Int) -> ArraySlice<Field> { fields[recordStarts[r]..<recordStarts[r + 1]] }

    /// Scans `text` (without a byte order mark) into records.
    public init(scanning text: UnsafeBufferPointer<UInt8>, expectedRecords: Int = 0) {
        if expectedRecords > 0 {
            fields.reserveCapacity(expectedRecords * 8)
            recordStarts.reserveCapacity(expectedRecords + 1)
            lines.reserveCapacity(expectedRecords)
        }
        let n = text.count
        let quote: UInt8 = 34, comma: UInt8 = 44, cr: UInt8 = 13, lf: UInt8 = 10
        var i = 0
        var line = 1
        // Consumes the line end at `i` (CR, LF or CRLF) and counts it.
        func endLine(_ i: inout Int, _ line: inout Int) {
            if text[i] == cr && i + 1 < n && text[i + 1] == lf { i += 2 } else { i += 1 }
            line += 1
        }
        records: while i < n {
            let recordLine = line
            lines.append(recordLine)
            var fieldIndex = 0
            fieldLoop: while true {
                if i >= n {
                    // A comma at the very end of the text: one last empty field.
                    fields.append(Field(start: n, end: n, escaped: false))
                    break fieldLoop
                }
                if text[i] == quote {
                    let startLine = line
                    i += 1
                    let start = i
                    var escaped = false
                    var end = -1
                    while i < n {
                        let c = text[i]
                        if c == quote {
                            if i + 1 < n && text[i + 1] == quote { escaped = true; i += 2; continue }
                            end = i
                            i += 1
                            break
                        }
                        if c == cr {
                            line += 1
                            i += (i + 1 < n && text[i + 1] == lf) ? 2 : 1
                            continue
                        }
                        if c == lf { line += 1 }
                        i += 1
                    }
                    if end < 0 {
                        error = SyntaxError(kind: .unterminatedQuote, line: startLine, fieldIndex: fieldIndex, recordLine: recordLine, offset: start - 1)
                        lines.removeLast()
                        fields.removeSubrange(recordStarts[recordStarts.count - 1]...)
                        return
                    }
                    fields.append(Field(start: start, end: end, escaped: escaped))
                    if i >= n { break fieldLoop }
                    let c = text[i]
                    if c == comma { i += 1; fieldIndex += 1; continue fieldLoop }
                    if c == cr || c == lf { endLine(&i, &line); break fieldLoop }
                    error = SyntaxError(kind: .textAfterClosingQuote(c), line: line, fieldIndex: fieldIndex, recordLine: recordLine, offset: i)
                    lines.removeLast()
                    fields.removeSubrange(recordStarts[recordStarts.count - 1]...)
                    return
                } else {
                    let start = i
                    while i < n {
                        let c = text[i]
                        if c == comma || c == cr || c == lf { break }
                        i += 1
                    }
                    fields.append(Field(start: start, end: i, escaped: false))
                    if i >= n { break fieldLoop }
                    if text[i] == comma { i += 1; fieldIndex += 1; continue fieldLoop }
                    endLine(&i, &line)
                    break fieldLoop
                }
            }
            recordStarts.append(fields.count)
        }
    }

    /// A field's text: the bytes of its range, with `""` collapsed to `"` when it was escaped.
    public static func string(_ field: Field, in text: UnsafeBufferPointer<UInt8>) -> String {
        let bytes = UnsafeBufferPointer(rebasing: text[field.start..<field.end])
        guard field.escaped else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            out.append(bytes[i])
            i += (bytes[i] == 34 && i + 1 < bytes.count && bytes[i + 1] == 34) ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every record as strings (tests, small files).
    public static func rows(of bytes: [UInt8]) -> (rows: [[String]], lines: [Int], error: SyntaxError?) {
        bytes.withUnsafeBufferPointer { text in
            let r = CSVRecords(scanning: text)
            let rows = (0..<r.count).map { n in r.fields(ofRecord: n).map { string($0, in: text) } }
            return (rows, r.lines, r.error)
        }
    }
}
