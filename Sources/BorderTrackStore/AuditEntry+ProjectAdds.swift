import BorderTrackCore
import Dispatch
import Foundation

extension AuditEntry {
    /// The `project.add` entries of projects imported together, ready to chain: each project's canonical row (the
    /// entry's `after`) and the entry's canonical bytes for seq `firstSeq + i`, built on all cores. Only hashing
    /// the chain, which must go in order, is left to the caller.
    package static func projectAdds(_ projects: ArraySlice<Project>, firstSeq: Int, at: String,
                                    editor: String) -> [(after: String, canonical: [UInt8])] {
        let from = projects.startIndex, n = projects.count
        var prepared = [(after: String, canonical: [UInt8])](repeating: ("", []), count: n)
        prepared.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            let slices = n >= 512 ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                for i in (s * n / slices)..<((s + 1) * n / slices) {
                    let p = projects[from + i]
                    let after = CanonicalRow.project(p)
                    out[i] = (after, canonicalBytes(seq: firstSeq + i, at: at, editor: editor, action: "project.add", entity: "project",
                                                    entityID: p.id, project: p.id, before: nil, after: after))
                }
            }
        }
        return prepared
    }
}
