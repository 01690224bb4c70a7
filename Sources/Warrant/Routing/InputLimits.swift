public import WarrantJSON

/// Limits on request input, each answered with a 4xx problem when exceeded.
public struct InputLimits: Sendable {
    /// The largest request body read, in bytes (413 beyond it).
    public var maxBodyBytes: Int
    /// JSON nesting depth, string length, member and element counts (422 beyond them).
    public var json: JSONLimits

    /// Limits with safe defaults: 1 MiB bodies, JSON depth 32.
    public init(maxBodyBytes: Int = 1 << 20, json: JSONLimits = .default) {
        self.maxBodyBytes = maxBodyBytes
        self.json = json
    }
}
