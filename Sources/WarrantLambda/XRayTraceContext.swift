/// The X-Ray trace header of an invocation (`Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1`)
/// as a W3C `traceparent` (`00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01`), so the request's server
/// span continues the trace Lambda started: an X-Ray trace id is a W3C one written with dashes.
enum XRayTraceContext {
    /// The `traceparent` for `header`, or `nil` when it lacks a well-formed root or parent.
    static func traceparent(from header: String) -> String? {
        var root: Substring?
        var parent: Substring?
        var sampled = false
        for field in header.split(separator: ";") {
            let pair = field.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            switch pair[0].trimmingCharacters(in: .whitespaces) {
            case "Root": root = pair[1]
            case "Parent": parent = pair[1]
            case "Sampled": sampled = pair[1] == "1"
            default: break
            }
        }
        let rootParts = root.map { $0.split(separator: "-", omittingEmptySubsequences: false) } ?? []
        guard rootParts.count == 3, rootParts[0] == "1", rootParts[1].count == 8, rootParts[2].count == 24, let parent, parent.count == 16 else {
            return nil
        }
        let traceID = (rootParts[1] + rootParts[2]).lowercased()
        let spanID = parent.lowercased()
        guard (traceID + spanID).allSatisfy(\.isHexDigit), traceID.contains(where: { $0 != "0" }), spanID.contains(where: { $0 != "0" }) else {
            return nil
        }
        return "00-\(traceID)-\(spanID)-\(sampled ? "01" : "00")"
    }
}
