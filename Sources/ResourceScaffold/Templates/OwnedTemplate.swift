/// `Owned<Type>.swift`: the resource with its owner, for the admin listing.
enum OwnedTemplate {
    static func typeName(_ resource: ResourceName) -> String { "Owned\(resource.typeName)" }

    static func file(_ resource: ResourceName) -> PlannedFile {
        let property = resource.singularIdentifier
        let keys = SwiftSnippets.codingKeys([("owner", "owner"), (property, resource.singularWords.joined(separator: "_"))])
            .map { "\n\n" + $0 } ?? ""
        return PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Warrant

            /// \#(SwiftSnippets.withArticle(resource.singularPhrase).capitalizedFirst) with its owner, as administrators see it.
            @Schema
            struct \#(typeName(resource)): Sendable, Equatable {
                /// The owner's user id.
                var owner: String
                /// The \#(resource.singularPhrase).
                var \#(property): \#(resource.typeName)\#(keys)
            }

            """#)
    }
}
