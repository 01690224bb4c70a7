import Foundation
@testable import ResourceScaffold

/// A minimal copy of the template's layout in a temporary folder: the anchor files, a todos resource,
/// a framework module with public and internal types, and a test support file.
struct FakeProject {
    let root: URL
    var tree: ProjectTree { ProjectTree(root: root) }

    static let api = """
        import Warrant

        public enum AppAPI {
            public static func make(dependencies: AppDependencies) -> API {
                API { routes in
                    routes.include(TodoRoutes(store: dependencies.todos))
                    // New route groups go here (`api new resource` adds them above this line).
                }
            }
        }

        """

    static let migrations = #"""
        import WarrantPostgres

        enum AppMigrations {
            static let all: [Migration] = [
                todos,
                users,
                // New migrations go here, in version order (`api new resource` adds them above this line).
            ]

            static let todos = Migration(version: 1, name: "create todos", sql: """
                CREATE TABLE IF NOT EXISTS todos (id BIGSERIAL PRIMARY KEY, owner TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS todos_owner_id_idx ON todos (owner, id);
                """)

            static let users = Migration(version: 2, name: "create users", sql: """
                CREATE TABLE users (id UUID PRIMARY KEY);
                CREATE UNIQUE INDEX users_email_key ON users (lower(email));
                """)
        }

        """#

    static let dependencies = """
        import Warrant

        public struct AppDependencies: Sendable {
            var todos: any TodoStore
            // New stores go here (`api new resource` adds them above this line).
            public var now: @Sendable () -> Date

            public static func live(database: any PostgresQueryable) -> AppDependencies {
                AppDependencies(
                    todos: PostgresTodoStore(database: database),
                    // New PostgreSQL stores go here (`api new resource` adds them above this line).
                    now: Date.init
                )
            }

            public static var offline: AppDependencies {
                AppDependencies(
                    todos: InMemoryTodoStore(),
                    // New in-memory stores go here (`api new resource` adds them above this line).
                    now: Date.init
                )
            }
        }

        """

    static let todoRoutes = """
        import Warrant

        /// Todos.
        @Routes(tag: "todos")
        struct TodoRoutes {
            let store: any TodoStore

            @GET("/todos/{id}", errors: TodoError.self)
            func read(_ request: Request<Authorized<Member>>, @Path(1...) id: Int64) async throws -> Todo { throw TodoError.notFound }

            @GET("/admin/users")
            func users(_ request: Request<Authorized<Admin>>) async throws -> [User] { [] }
        }

        """

    static let files: [String: String] = [
        "Sources/App/AppAPI.swift": api,
        "Sources/App/Migrations/AppMigrations.swift": migrations,
        "Sources/App/AppDependencies.swift": dependencies,
        "Sources/App/Routes/TodoRoutes.swift": todoRoutes,
        "Sources/App/Models/Todo.swift": "import Foundation\nimport Warrant\n\n@Schema\nstruct Todo: Sendable {\n    var id: Int64\n}\n",
        "Sources/Warrant/Request.swift": """
            /// A request.
            public struct Request<Access>: Sendable {}
            /// Documents a type.
            @attached(extension) public macro Schema() = #externalMacro(module: "WarrantMacros", type: "SchemaMacro")
            struct InternalHelper {}
            // public struct Commented {}

            """,
        "Sources/Unimported/Thing.swift": "public struct Gadget {}\n",
        "Tests/AppTests/Support/TestApp.swift": "@testable import App\n\nfinal class TestApp: Sendable {}\n",
    ]

    /// A fresh copy with `changes` applied on top (`nil` deletes a file).
    init(_ changes: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scaffold-\(UUID().uuidString)", isDirectory: true)
        var contents = Self.files
        for (path, text) in changes { contents[path] = text }
        for (path, text) in contents {
            try write(text, to: path)
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func text(_ path: String) -> String? { tree.text(of: path) }

    /// Every file with its contents, and every folder: to compare before and after.
    func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: root.path) ?? [] {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            result[path] = isFolder.boolValue ? "<folder>" : text(path) ?? "<binary>"
        }
        return result
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Plans `request` on this project.
    func plan(_ name: String, plural: String? = nil, fields: [String] = []) throws(ScaffoldRefusal) -> ResourcePlan {
        try ResourcePlanner(project: tree).plan(ResourceRequest(name: name, plural: plural, fields: fields))
    }

    /// Plans and applies; returns the plan.
    @discardableResult
    func run(_ name: String, plural: String? = nil, fields: [String] = []) throws -> ResourcePlan {
        let plan = try plan(name, plural: plural, fields: fields)
        _ = try PlanApplier(project: tree).apply(plan)
        return plan
    }

    /// The problems of planning `name`, or an empty list when it plans.
    func problems(_ name: String, plural: String? = nil, fields: [String] = []) -> [String] {
        do {
            _ = try plan(name, plural: plural, fields: fields)
            return []
        } catch {
            return error.problems
        }
    }
}
