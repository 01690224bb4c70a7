import Yams

/// The OpenAPI document as YAML that reads back as the same document as its JSON twin.
///
/// Yams writes string mapping keys as plain scalars, so `"200":` came out as `200:`, which a YAML reader
/// takes for an integer; the OpenAPI specification requires response codes to be quoted. Every key of an
/// OpenAPI document is a string, so any key whose plain form would resolve to something else (a number,
/// a boolean, null, a timestamp) is written double-quoted.
enum YAMLRendering {
    /// `document` as YAML with sorted keys and every key a string.
    static func yaml(_ document: some Encodable) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        let plain = try encoder.encode(document)
        guard let node = try Yams.compose(yaml: plain) else { return plain }
        return try Yams.serialize(node: quotingKeys(node), sortKeys: true)
    }

    /// `node` with every mapping key that would not read back as a string double-quoted.
    static func quotingKeys(_ node: Node) -> Node {
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (key, value) in mapping {
                pairs.append((stringKey(key), quotingKeys(value)))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(quotingKeys), sequence.tag, sequence.style))
        case .scalar, .alias:
            return node
        }
    }

    private static func stringKey(_ key: Node) -> Node {
        guard case .scalar(let scalar) = key else { return key }
        guard scalar.style == .plain || scalar.style == .any, Resolver.default.resolveTag(of: .scalar(Node.Scalar(scalar.string))) != .str else { return key }
        return .scalar(Node.Scalar(scalar.string, Tag(.str), .doubleQuoted))
    }
}
