/// `<Type>Patch.swift`: a partial change, every field optional (absent or `null` keeps the value).
enum PatchTemplate {
    static func typeName(_ resource: ResourceName) -> String { "\(resource.typeName)Patch" }

    static func file(_ resource: ResourceName, fields: [Field]) -> PlannedFile {
        let properties = fields.map {
            SwiftSnippets.property($0, doc: "A new \($0.phrase): \($0.type.valueDescription).", optional: true)
        }
        let keys = SwiftSnippets.codingKeys(fields.map { ($0.swiftName, $0.columnName) }).map { "\n\n" + $0 } ?? ""
        return PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Warrant

            /// A partial change to \#(SwiftSnippets.withArticle(resource.singularPhrase)): absent or `null` members stay as they are.
            @Schema
            struct \#(typeName(resource)): Sendable {
            \#(properties.joined(separator: "\n"))\#(keys)
            }

            """#)
    }
}
