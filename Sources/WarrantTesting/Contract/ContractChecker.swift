import Foundation
import HTTPTypes
import OpenAPIKit
import Warrant
import WarrantJSON

/// Checks responses against the API's own OpenAPI document: the status must be documented for the
/// operation, and a JSON body must match the documented schema. The test client runs it on every
/// response, so a handler that drifts from its documentation fails the test that exercised it.
public struct ContractChecker: Sendable {
    private struct Operation: Sendable {
        let method: HTTPRequest.Method
        let segments: [Substring]
        let template: String
        let responses: OpenAPI.Response.Map
    }

    private let operations: [Operation]
    private let components: OpenAPI.Components

    /// A checker for the operations of `specification`.
    public init(specification: ServedSpecification) {
        components = specification.document.components
        var operations: [Operation] = []
        for (path, item) in specification.document.paths {
            guard case .b(let pathItem) = item else { continue }
            for endpoint in pathItem.endpoints {
                guard let method = HTTPRequest.Method(endpoint.method.rawValue.uppercased()) else { continue }
                operations.append(Operation(
                    method: method,
                    segments: path.rawValue.split(separator: "/"),
                    template: path.rawValue,
                    responses: endpoint.operation.responses
                ))
            }
        }
        self.operations = operations
    }

    /// What is wrong with `response` to `method path`; empty when it matches the document, or when the
    /// path is not an operation (the docs pages, an unknown route).
    public func drift(method: HTTPRequest.Method, path: String, response: TestResponse) -> [String] {
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        guard let operation = match(method, bare) else { return [] }
        let name = "\(method) \(operation.template)"
        let code = response.status.code
        guard let documented = operation.responses[OpenAPI.Response.StatusCode(integerLiteral: code)]
            ?? operation.responses[.default]
        else {
            let known = operation.responses.keys.map(\.rawValue).sorted().joined(separator: ", ")
            return ["\(name) answered \(code), which its documentation does not list (documented: \(known))"]
        }
        guard case .b(let documentedResponse) = documented else { return [] }
        guard response.body.readableBytes > 0 else {
            return documentedResponse.content.isEmpty ? [] : ["\(name) answered \(code) with an empty body; the documentation describes one"]
        }
        let mediaType = response.headers[.contentType]?.split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        guard let content = documentedResponse.content.first(where: { $0.key.rawValue == mediaType })?.value else {
            let known = documentedResponse.content.keys.map(\.rawValue).joined(separator: ", ")
            return ["\(name) answered \(code) as '\(mediaType)'; the documentation says \(known.isEmpty ? "no body" : known)"]
        }
        guard case .b(let media) = content, let schema = media.schema else { return [] }
        if let items = media.vendorExtensions["x-item-schema"]?.value as? JSONSchema {
            return StreamItems.values(of: response.body, mediaType: mediaType).flatMap { item -> [String] in
                guard let value = item else { return ["\(name) answered \(code) with a stream item that is not valid JSON"] }
                return SchemaValidator(components: components).violations(of: value, against: items).map {
                    "\(name) answered \(code) with a stream item that breaks its documented item schema: \($0)"
                }
            }
        }
        // A download's bytes (any non-JSON media type) have no schema to check beyond being bytes.
        guard mediaType == "application/json" || mediaType.hasSuffix("+json") else { return [] }
        guard let json = try? JSONParser.parse(response.body) else {
            return ["\(name) answered \(code) with a body that is not valid JSON"]
        }
        return SchemaValidator(components: components).violations(of: json, against: schema).map {
            "\(name) answered \(code) with a body that breaks its documented schema: \($0)"
        }
    }

    /// The operation for a concrete path; a literal segment beats a `{parameter}`, as in the router.
    private func match(_ method: HTTPRequest.Method, _ path: String) -> Operation? {
        let segments = path.split(separator: "/")
        let candidates = operations.filter { operation in
            operation.method == method && operation.segments.count == segments.count
                && zip(operation.segments, segments).allSatisfy { template, actual in
                    Self.isParameter(template) || template == actual
                }
        }
        return candidates.max { $0.segments.filter { !Self.isParameter($0) }.count < $1.segments.filter { !Self.isParameter($0) }.count }
    }

    private static func isParameter(_ segment: Substring) -> Bool {
        segment.hasPrefix("{") && segment.hasSuffix("}")
    }
}
