import Dispatch
import Foundation

/// Work over many independent items spread over the processor's cores, results in item order.
public enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, in slices over the cores (one slice below `serialBelow` items).
    public static func map<T>(_ count: Int, serialBelow: Int = 64, _ body: @Sendable (Int) -> T) -> [T] {
        guard count >= serialBelow else { return (0..<count).map(body) }
        let slices = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        var out = [T?](repeating: nil, count: count)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                for i in (s * count / slices)..<((s + 1) * count / slices) { results[i] = body(i) }
            }
        }
        return out.map { $0! }
    }
}
