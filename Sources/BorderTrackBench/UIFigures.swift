import BorderTrackApp
import BorderTrackFormats

/// What `bench-ui` measured, passed to `bench` as one JSON line.
package struct UIFigures {
    /// `Stopwatch.now()` when the first frame was rendered (the same monotonic clock in every process).
    package var firstFrameAt: UInt64
    /// Whether the UI read pages from the store (a large tracker) or analysed everything in memory.
    package var paged: Bool
    /// Keystroke samples in ms: page_down, search, open_detail, open_queue.
    package var samples: [(String, [Double])]
    package var claimAddMS: Double
    package var refreshMS: Double
    /// In the queue view: another editor's acknowledgement of the selected discrepancy, until the frame shows it.
    package var flagRefreshMS: Double
    package var peakRSSMB: Double

    package var json: String {
        func nums(_ a: [Double]) -> JSONValue { .array(a.map { .number(String(format: "%.4f", $0)) }) }
        return JSONWriter.compact(.object([
            ("first_frame_at", .number(String(firstFrameAt))), ("paged", .bool(paged)),
            ("samples", .object(samples.map { ($0.0, nums($0.1)) })),
            ("claim_add_ms", .number(String(claimAddMS))), ("refresh_ms", .number(String(refreshMS))),
            ("flag_refresh_ms", .number(String(flagRefreshMS))),
            ("peak_rss_mb", .number(String(peakRSSMB))),
        ]))
    }

    package init(firstFrameAt: UInt64, paged: Bool, samples: [(String, [Double])], claimAddMS: Double, refreshMS: Double, flagRefreshMS: Double,
         peakRSSMB: Double) {
        self.firstFrameAt = firstFrameAt; self.paged = paged; self.samples = samples
        self.claimAddMS = claimAddMS; self.refreshMS = refreshMS; self.flagRefreshMS = flagRefreshMS; self.peakRSSMB = peakRSSMB
    }

    /// Reads the line back; nil when it is not what `json` writes.
    package init?(json text: String) {
        guard let v = try? JSONParser.parse(Array(text.utf8)), case .object(let pairs) = v else { return nil }
        let o = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
        func num(_ k: String) -> String? { if case .number(let n)? = o[k] { return n }; return nil }
        guard let at = num("first_frame_at").flatMap(UInt64.init), let add = num("claim_add_ms").flatMap(Double.init),
              let refresh = num("refresh_ms").flatMap(Double.init), let flag = num("flag_refresh_ms").flatMap(Double.init),
              let rss = num("peak_rss_mb").flatMap(Double.init),
              case .bool(let paged)? = o["paged"], case .object(let s)? = o["samples"] else { return nil }
        var samples: [(String, [Double])] = []
        for (k, v) in s {
            guard case .array(let items) = v else { return nil }
            samples.append((k, items.compactMap { if case .number(let n) = $0 { return Double(n) }; return nil }))
        }
        self.init(firstFrameAt: at, paged: paged, samples: samples, claimAddMS: add, refreshMS: refresh, flagRefreshMS: flag, peakRSSMB: rss)
    }
}
