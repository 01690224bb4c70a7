import HTTPTypes
import Hummingbird
import NIOCore

/// Which methods each served path answers: the `Allow` header of a 405 (RFC 9110 §15.5.6).
///
/// It routes with a router of its own, built from the same paths, so a path matches here exactly when it
/// matches the API's router; only requests that found no route pay for the lookup.
struct AllowedMethods: Sendable {
    private let responder: RouterResponder<WarrantContext>

    /// The methods of `served`, with `HEAD` wherever `GET` is served (the router answers it).
    init(_ served: [(path: String, method: HTTPRequest.Method)]) {
        var methods: [String: [HTTPRequest.Method]] = [:]
        var order: [String] = []
        for entry in served {
            if methods[entry.path] == nil { order.append(entry.path) }
            methods[entry.path, default: []].append(entry.method)
            if entry.method == .get { methods[entry.path, default: []].append(.head) }
        }
        let router = Router(context: WarrantContext.self)
        for path in order {
            var seen: Set<String> = []
            let allow = (methods[path] ?? []).map(\.rawValue).filter { seen.insert($0).inserted }.joined(separator: ", ")
            router.get(RouterPath(path)) { _, _ in Response(status: .ok, headers: [.allow: allow]) }
        }
        responder = router.buildResponder()
    }

    /// The `Allow` value for the request's path, or `nil` when no route has that path.
    func allow(for request: HummingbirdCore.Request, context: WarrantContext) async -> String? {
        var head = request.head
        head.method = .get
        let probe = HummingbirdCore.Request(head: head, body: .init(buffer: ByteBuffer()))
        guard let response = try? await responder.respond(to: probe, context: context), response.status == .ok else { return nil }
        return response.headers[.allow]
    }
}
