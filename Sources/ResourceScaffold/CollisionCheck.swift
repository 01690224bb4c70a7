/// Everything a new resource would clash with in the project, found before anything is written.
public struct CollisionCheck: Sendable {
    /// The project.
    public let project: ProjectTree

    /// A check of `project`.
    public init(project: ProjectTree) {
        self.project = project
    }

    /// One sentence per clash of `resource`'s generated code with the project: a type already declared, a
    /// table or index already created, a path already routed, a dependency already there, a file or folder
    /// already present. Empty when there is none.
    public func problems(for resource: ResourceName, typeNames: [String], files: [String]) -> [String] {
        typeProblems(typeNames) + tableProblems(resource) + pathProblems(resource) + dependencyProblems(resource)
            + fileProblems(resource, files: files)
    }

    /// Types declared in the app or its tests, and public types of this package's modules the app imports
    /// (a type of the same name in the app would hide them).
    private func typeProblems(_ typeNames: [String]) -> [String] {
        let appFiles = project.swiftFiles(under: ProjectLayout.appSources)
        var sources = appFiles.map { ($0, false) } + project.swiftFiles(under: ProjectLayout.appTests).map { ($0, false) }
        let imported = Set(appFiles.flatMap { SourceScan.imports(in: $0.text) }).subtracting(["App"]).sorted()
        for module in imported {
            sources += project.swiftFiles(under: "Sources/\(module)").map { ($0, true) }
        }
        var problems: [String] = []
        for name in typeNames {
            if let (file, _) = sources.first(where: { SourceScan.declaredTypes(in: $0.text, publicOnly: $1).contains(name) }) {
                problems.append("the type `\(name)` is already declared in \(file.path)")
            }
        }
        return problems
    }

    /// The table, and its index, in any migration's SQL; the migration's property in the app.
    private func tableProblems(_ resource: ResourceName) -> [String] {
        let appFiles = project.swiftFiles(under: ProjectLayout.appSources)
        var problems: [String] = []
        let index = MigrationTemplate.indexName(resource)
        for file in appFiles where file.text.contains("Migration(") {
            let relations = SourceScan.sqlRelations(in: file.text)
            for name in [resource.tableName, index] where relations.contains(name) {
                problems.append("the table or index '\(name)' is already created by a migration in \(file.path)")
            }
        }
        let property = MigrationTemplate.propertyName(resource)
        if let file = appFiles.first(where: { SourceScan.properties(in: $0.text).contains(property) }) {
            problems.append("the migration property `\(property)` is already declared in \(file.path)")
        }
        return problems
    }

    /// The member paths (`/bookmarks`, `/bookmarks/…`) and the admin listing in any route of the app.
    private func pathProblems(_ resource: ResourceName) -> [String] {
        var problems: [String] = []
        let ours = [resource.path, "/admin" + resource.path]
        for file in project.swiftFiles(under: ProjectLayout.appSources) {
            for path in SourceScan.routePaths(in: file.text) {
                if let taken = ours.first(where: { path == $0 || path.hasPrefix($0 + "/") }) {
                    problems.append("the path \(taken) is already routed by \(file.path) (\(path))")
                }
            }
        }
        return problems
    }

    /// The store's property in the dependencies.
    private func dependencyProblems(_ resource: ResourceName) -> [String] {
        guard let text = project.text(of: ProjectLayout.dependencies),
              SourceScan.properties(in: text).contains(resource.pluralIdentifier)
        else { return [] }
        return ["the dependency `\(resource.pluralIdentifier)` is already declared in \(ProjectLayout.dependencies)"]
    }

    /// The resource's folder and every file the plan would create.
    private func fileProblems(_ resource: ResourceName, files: [String]) -> [String] {
        let folder = ResourceFiles.folder(resource)
        var problems: [String] = []
        if project.exists(folder) { problems.append("the folder \(folder) already exists") }
        for file in files where project.exists(file) {
            problems.append("the file \(file) already exists")
        }
        return problems
    }
}
