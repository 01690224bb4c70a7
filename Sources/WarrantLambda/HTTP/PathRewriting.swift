/// Removes deployment prefixes (an API Gateway stage, a custom-domain base path) from request paths
/// so routes are written once, as the application sees them behind any gateway.
enum PathRewriting {
    /// Normalises a configured base path to `/segment[/segment...]`, or `nil` when it is empty or `/`.
    static func normalizedBasePath(_ basePath: String?) -> String? {
        guard var path = basePath?.trimmingSlashes(), !path.isEmpty else { return nil }
        path = "/" + path
        return path
    }

    /// Removes `prefix` when `path` is exactly it or continues with `/` after it; otherwise returns
    /// `path` unchanged (so `/v1` never strips `/v10/...`). An emptied path becomes `/`.
    static func strip(prefix: String, from path: String) -> String {
        guard path.hasPrefix(prefix) else { return path }
        let rest = path.dropFirst(prefix.count)
        if rest.isEmpty { return "/" }
        return rest.hasPrefix("/") ? String(rest) : path
    }

    /// Removes an API Gateway stage prefix (`/{stage}`) from `path`; the `$default` stage never
    /// appears in paths, so it is left alone.
    static func strip(stage: String?, from path: String) -> String {
        guard let stage, !stage.isEmpty, stage != "$default" else { return path }
        return Self.strip(prefix: "/" + stage, from: path)
    }
}

extension String {
    /// The string without leading and trailing `/`.
    fileprivate func trimmingSlashes() -> String {
        var view = Substring(self)
        while view.hasPrefix("/") { view = view.dropFirst() }
        while view.hasSuffix("/") { view = view.dropLast() }
        return String(view)
    }
}
