/// `New<Type>.swift`: what a member sends to create the resource.
enum NewModelTemplate {
    static func typeName(_ resource: ResourceName) -> String { "New\(resource.typeName)" }

    static func file(_ resource: ResourceName, fields: [Field]) -> PlannedFile {
        let properties = fields.map {
            SwiftSnippets.property($0, doc: "The \(resource.singularPhrase)'s \($0.phrase): \($0.type.valueDescription).")
        }
        let keys = SwiftSnippets.codingKeys(fields.map { ($0.swiftName, $0.columnName) }).map { "\n\n" + $0 } ?? ""
        return PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Warrant

            /// What a member sends to create \#(SwiftSnippets.withArticle(resource.singularPhrase)).
            @Schema
            struct \#(typeName(resource)): Sendable {
            \#(properties.joined(separator: "\n"))\#(keys)
            }

            """#)
    }
}
