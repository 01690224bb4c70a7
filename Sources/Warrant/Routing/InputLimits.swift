public import WarrantJSON

/// Limits on request input, each answered with a 4xx problem (or a closed connection, for a client too
/// slow to send anything) when exceeded. All are configurable; the defaults are safe for an API.
public struct InputLimits: Sendable {
    /// The largest request body read, in bytes (413 beyond it).
    public var maxBodyBytes: Int
    /// JSON nesting depth, string length, member and element counts (422 beyond them).
    public var json: JSONLimits
    /// The longest request target (path and query), in bytes (414 beyond it).
    public var maxURIBytes: Int
    /// The most query items (400 beyond it).
    public var maxQueryItems: Int
    /// The most header fields (431 beyond it).
    public var maxHeaderCount: Int
    /// The largest header block, in bytes (431 beyond it).
    public var maxHeaderBytes: Int
    /// How long reading a request body may take: a chunk arriving later is answered 408. A client that
    /// stops sending is cut off by ``idleTimeout`` instead.
    public var requestTimeout: Duration
    /// How long a connection may sit idle before it is closed (slow clients cannot hold connections).
    public var idleTimeout: Duration
    /// How long a request's head may take to complete once a read has left it incomplete: a client trickling
    /// headers is cut off.
    public var headerTimeout: Duration
    /// The most connections open at once; beyond, new ones wait in the kernel's backlog (and a line is logged).
    public var maxConnections: Int
    /// Limits on uploads (`multipart/form-data` and raw binary bodies), in place of ``maxBodyBytes``.
    public var uploads: UploadLimits

    /// Limits with safe defaults: 1 MiB bodies, JSON depth 32, 8 KiB URIs, 100 query items, 100 headers
    /// in 32 KiB, 30 s to read a body, 60 s idle, 10 s for a request's head, 4096 connections, and ``UploadLimits``' defaults for uploads.
    public init(
        maxBodyBytes: Int = 1 << 20,
        json: JSONLimits = .default,
        maxURIBytes: Int = 8 << 10,
        maxQueryItems: Int = 100,
        maxHeaderCount: Int = 100,
        maxHeaderBytes: Int = 32 << 10,
        requestTimeout: Duration = .seconds(30),
        idleTimeout: Duration = .seconds(60),
        headerTimeout: Duration = .seconds(10),
        maxConnections: Int = 4096,
        uploads: UploadLimits = UploadLimits()
    ) {
        self.uploads = uploads
        self.headerTimeout = headerTimeout
        self.maxConnections = maxConnections
        self.maxBodyBytes = maxBodyBytes
        self.json = json
        self.maxURIBytes = maxURIBytes
        self.maxQueryItems = maxQueryItems
        self.maxHeaderCount = maxHeaderCount
        self.maxHeaderBytes = maxHeaderBytes
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
    }
}
