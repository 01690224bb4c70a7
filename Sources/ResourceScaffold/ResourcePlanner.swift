/// Computes the whole plan for a resource and checks it against the project, reading but never writing.
public struct ResourcePlanner: Sendable {
    /// The project to add the resource to.
    public let project: ProjectTree

    /// A planner for `project`.
    public init(project: ProjectTree) {
        self.project = project
    }

    /// The plan for `request`, or a refusal listing every problem: the name, the fields, the anchors, and
    /// every clash with what the project already has.
    public func plan(_ request: ResourceRequest) throws(ScaffoldRefusal) -> ResourcePlan {
        var problems: [String] = []
        var resource: ResourceName?
        do { resource = try ResourceName.parse(request.name, plural: request.plural) } catch { problems += error.problems }
        var fields: [Field]?
        do { fields = try FieldList.parse(request.fields) } catch { problems += error.problems }
        // Anchors do not depend on the name: check them even when it is wrong, so one run reports all.
        problems += anchorProblems()
        guard let resource, let fields, problems.isEmpty else { throw ScaffoldRefusal(problems) }

        let version = MigrationVersion.next(in: project)
        let files = Self.files(resource, fields: fields, migrationVersion: version)
        problems += CollisionCheck(project: project).problems(for: resource, typeNames: Self.typeNames(resource), files: files.map(\.path))
        var edits: [PlannedEdit] = []
        for (path, insertions) in Self.insertions(resource) {
            guard let original = project.text(of: path) else { continue }
            switch AnchorEdit.apply(insertions, to: original, file: path) {
            case .success(let updated):
                edits.append(PlannedEdit(path: path, original: original, updated: updated, insertedLines: insertions.map(\.line)))
            case .failure(let refusal):
                problems += refusal.problems
            }
        }
        guard problems.isEmpty else { throw ScaffoldRefusal(problems) }
        return ResourcePlan(resource: resource, fields: fields, migrationVersion: version, files: files, edits: edits)
    }

    /// Every type the resource declares: in the app, and its test suite.
    public static func typeNames(_ resource: ResourceName) -> [String] {
        [
            resource.typeName, NewModelTemplate.typeName(resource), PatchTemplate.typeName(resource),
            ErrorTemplate.typeName(resource), OwnedTemplate.typeName(resource), StoreTemplate.typeName(resource),
            PostgresStoreTemplate.typeName(resource), InMemoryStoreTemplate.typeName(resource),
            RoutesTemplate.typeName(resource), TestsTemplate.typeName(resource),
        ]
    }

    /// The files to create, in the order they are printed.
    public static func files(_ resource: ResourceName, fields: [Field], migrationVersion: Int) -> [PlannedFile] {
        [
            ModelTemplate.file(resource, fields: fields),
            NewModelTemplate.file(resource, fields: fields),
            PatchTemplate.file(resource, fields: fields),
            ErrorTemplate.file(resource),
            OwnedTemplate.file(resource),
            StoreTemplate.file(resource),
            PostgresStoreTemplate.file(resource, fields: fields),
            InMemoryStoreTemplate.file(resource, fields: fields),
            RoutesTemplate.file(resource),
            MigrationTemplate.file(resource, fields: fields, version: migrationVersion),
            TestsTemplate.file(resource, fields: fields),
        ]
    }

    /// The lines to insert, grouped by file in a fixed order.
    public static func insertions(_ resource: ResourceName) -> [(path: String, insertions: [AnchorInsertion])] {
        let plural = resource.pluralIdentifier
        let all = [
            AnchorInsertion(anchor: .routeGroups, line: "routes.include(\(RoutesTemplate.typeName(resource))(store: dependencies.\(plural)))"),
            AnchorInsertion(anchor: .migrations, line: "\(MigrationTemplate.propertyName(resource)),"),
            AnchorInsertion(anchor: .stores, line: "var \(plural): any \(StoreTemplate.typeName(resource))"),
            AnchorInsertion(anchor: .postgresStores, line: "\(plural): \(PostgresStoreTemplate.typeName(resource))(database: database),"),
            AnchorInsertion(anchor: .inMemoryStores, line: "\(plural): \(InMemoryStoreTemplate.typeName(resource))(),"),
        ]
        var paths: [String] = []
        for insertion in all where !paths.contains(insertion.anchor.file) { paths.append(insertion.anchor.file) }
        return paths.map { path in (path, all.filter { $0.anchor.file == path }) }
    }

    /// The anchor files that are missing, and the anchors missing from those that are not.
    private func anchorProblems() -> [String] {
        let anchors: [Anchor] = [.routeGroups, .migrations, .stores, .postgresStores, .inMemoryStores]
        var problems: [String] = []
        for anchor in anchors {
            guard let text = project.text(of: anchor.file) else {
                let problem = "\(anchor.file) is missing: the scaffold edits it"
                if !problems.contains(problem) { problems.append(problem) }
                continue
            }
            // A placeholder line: only whether the anchor is found (once) matters here.
            if case .failure(let refusal) = AnchorEdit.apply([AnchorInsertion(anchor: anchor, line: "")], to: text, file: anchor.file) {
                problems += refusal.problems
            }
        }
        return problems
    }
}
