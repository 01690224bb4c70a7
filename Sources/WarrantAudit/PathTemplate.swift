/// A path template's shape, so `/todos/{id}` and `/todos/{todoId}` — the same URLs — match.
enum PathTemplate {
    /// The template with each parameter's name dropped: `/todos/{}`.
    static func shape(of path: String) -> String {
        var shape = ""
        var inParameter = false
        for character in path {
            if character == "{" {
                inParameter = true
                shape.append("{}")
            } else if character == "}" {
                inParameter = false
            } else if !inParameter {
                shape.append(character)
            }
        }
        return shape
    }

    /// The parameter names in order: `["id"]` for `/todos/{id}`.
    static func parameterNames(in path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" {
                current = ""
            } else if character == "}" {
                if let name = current { names.append(name) }
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }
}
