/// `<Type>Error.swift`: the documented problems of the resource's routes.
enum ErrorTemplate {
    static func typeName(_ resource: ResourceName) -> String { "\(resource.typeName)Error" }

    static func file(_ resource: ResourceName) -> PlannedFile {
        PlannedFile(path: ResourceFiles.source(typeName(resource), of: resource), contents: #"""
            import Warrant

            /// Why \#(SwiftSnippets.withArticle(resource.singularPhrase)) operation failed.
            @Problems
            enum \#(typeName(resource)): Error {
                /// \#(resource.singularPhrase.capitalizedFirst) not found.
                ///
                /// No \#(resource.singularPhrase) has this id, or it belongs to someone else.
                @Status(404) case notFound
            }

            """#)
    }
}
