import BorderTrackCore
import BorderTrackFormats

extension SyntheticData {
    /// The dataset as `bordertrack import` reads it: its three tables written as CSV and decoded back (for
    /// tests that want generated data exactly as the importer sees it).
    public func importBatch() -> ImportBatch {
        var projectRows: [[String]] = [], claimRows: [[String]] = []
        self.projectRows { projectRows.append($0) }
        self.claimRows { claimRows.append($0) }
        var batch = ImportBatch()
        for rows in [sourceRows, projectRows, claimRows] {
            batch.append(DatasetCSV.decode(Array(DatasetCSV.write(rows).utf8), file: "synthetic.csv").batch)
        }
        return batch
    }
}
