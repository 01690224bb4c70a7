/// `<Type>.swift`: the resource as the API returns it and the database stores it.
enum ModelTemplate {
    static func file(_ resource: ResourceName, fields: [Field]) -> PlannedFile {
        let properties = fields.map {
            SwiftSnippets.property($0, doc: "The \(resource.singularPhrase)'s \($0.phrase): \($0.type.valueDescription).")
        }
        let keys = SwiftSnippets.codingKeys(SwiftSnippets.rowKeys(fields), always: true) ?? ""
        return PlannedFile(path: ResourceFiles.source(resource.typeName, of: resource), contents: #"""
            import Foundation
            import Warrant
            import WarrantPostgres

            /// \#(SwiftSnippets.withArticle(resource.singularPhrase).capitalizedFirst), owned by the member who created it.
            @Schema @Row
            struct \#(resource.typeName): Sendable, Equatable, Decodable {
                /// Server-assigned identifier.
                var id: Int64
            \#(properties.joined(separator: "\n"))
                /// When the \#(resource.singularPhrase) was created.
                var createdAt: Date

            \#(keys)
            }

            """#)
    }
}
