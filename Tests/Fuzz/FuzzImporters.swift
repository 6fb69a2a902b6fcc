// libFuzzer entry point for the JSON dataset importer, the CSV importer and the EDTF date parser.
// Built by .ci/fuzz with `swiftc -sanitize=fuzzer` into one module together with the sources of
// BorderTrackCore and BorderTrackFormats. Any crash, trap or hang is a finding; a clean import or a
// clear error is the expected outcome for every input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporters(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The JSON dataset: decoding either yields a batch or problems naming the JSON path.
    let batch = DatasetJSON.decode(bytes, file: "fuzz.json")
    _ = batch.problems(against: .init())
    // The CSV tables: the input as a file, and after each table's header (the byte-level reader and the
    // row checks, including a claims file big enough to be read in parallel slices when the input is).
    _ = DatasetCSV.decode(bytes, file: "fuzz.csv")
    _ = DatasetCSV.decode(Array("project,status,scope,as_of,published,source,url,quote\r\n".utf8) + bytes, file: "claims.csv")
    // The EDTF subset: every line of the input as a date.
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n", maxSplits: 16) {
        if let d = try? PartialDate(parsing: String(line)) {
            // A parsed date must describe a non-empty interval that contains its own start.
            precondition(d.start <= d.end, "interval of \(line) is empty")
            _ = d.description
        }
    }
    _ = TerminalText.sanitize(text)
    return 0
}
