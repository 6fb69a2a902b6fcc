#if Postgres

/// Splits a SQL script into single statements: the extended query protocol runs one at a time.
///
/// Semicolons inside quotes (`'…'`, `"…"`), dollar quotes (`$$…$$`, `$tag$…$tag$`) and comments
/// do not end a statement; statements holding only comments are dropped.
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        let c = Array(script)
        var out: [String] = []
        var current = ""
        var meaningful = false
        var i = 0
        func isIdentStart(_ ch: Character) -> Bool { ch == "_" || (ch.isASCII && ch.isLetter) }
        func isIdent(_ ch: Character) -> Bool { isIdentStart(ch) || (ch.isASCII && ch.isNumber) }
        /// The dollar-quote tag (`$tag$`) starting at `j`, if one does.
        func dollarTag(at j: Int) -> String? {
            guard c[j] == "$", j == 0 || !isIdent(c[j - 1]) else { return nil }
            var k = j + 1
            while k < c.count, c[k] != "$" {
                if !(k == j + 1 ? isIdentStart(c[k]) : isIdent(c[k])) { return nil }
                k += 1
            }
            return k < c.count ? String(c[j...k]) : nil
        }
        func flush() {
            var s = Substring(current)
            while let f = s.first, f.isWhitespace { s.removeFirst() }
            while let l = s.last, l.isWhitespace { s.removeLast() }
            if meaningful && !s.isEmpty { out.append(String(s)) }
            current = ""; meaningful = false
        }
        while i < c.count {
            let ch = c[i]
            let next: Character? = i + 1 < c.count ? c[i + 1] : nil
            if ch == "-" && next == "-" {
                while i < c.count && !c[i].isNewline { current.append(c[i]); i += 1 }
                continue
            }
            if ch == "/" && next == "*" {
                var depth = 0
                repeat {
                    if c[i] == "/" && i + 1 < c.count && c[i + 1] == "*" { depth += 1; current += "/*"; i += 2; continue }
                    if c[i] == "*" && i + 1 < c.count && c[i + 1] == "/" { depth -= 1; current += "*/"; i += 2; continue }
                    current.append(c[i]); i += 1
                } while i < c.count && depth > 0
                continue
            }
            if ch == "'" || ch == "\"" {
                meaningful = true
                current.append(ch); i += 1
                while i < c.count {
                    current.append(c[i])
                    if c[i] == ch {
                        if i + 1 < c.count && c[i + 1] == ch { current.append(ch); i += 2; continue }  // doubled quote
                        i += 1
                        break
                    }
                    i += 1
                }
                continue
            }
            if ch == "$", let tag = dollarTag(at: i) {
                meaningful = true
                current += tag; i += tag.count
                while i < c.count {
                    if c[i] == "$", i + tag.count <= c.count, String(c[i..<(i + tag.count)]) == tag {
                        current += tag; i += tag.count
                        break
                    }
                    current.append(c[i]); i += 1
                }
                continue
            }
            if ch == ";" { flush(); i += 1; continue }
            if !ch.isWhitespace { meaningful = true }
            current.append(ch); i += 1
        }
        flush()
        return out
    }
}

#endif
