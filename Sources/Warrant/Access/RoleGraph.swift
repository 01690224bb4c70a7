/// The application's roles and which include which: one checked graph that the gate admits callers by,
/// and that the OpenAPI document and the security report describe.
///
/// Built once from role *types* — those the routes require, those the application declares, and every
/// role they include — and refused, naming the declarations, when two types share a name (or names that
/// differ only in case), when a name is not a valid scope token, when a role includes itself through
/// others, or when a role's `Includes` is not a ``Roles`` list.
public struct RoleGraph: Sendable {
    /// One role as the graph knows it.
    public struct Node: Sendable, Equatable {
        /// The role's name in tokens.
        public let name: String
        /// The role's summary, for the OAuth2 scope description.
        public let summary: String
        /// The Swift type that declares it, for messages and reports.
        public let typeName: String
        /// The names of the roles it includes directly, in declaration order.
        public let includes: [String]
        /// The names of every role whose holders are admitted where this one is required: itself and every
        /// role that includes it, directly or transitively; sorted.
        public let admittedBy: [String]
    }

    /// What the gate checks for one required role, computed once.
    ///
    /// A class, so reading it on every request retains one reference rather than each of the problem's fields.
    final class Admission: Sendable {
        /// Token role names that satisfy the requirement: a few, so compared in turn rather than hashed.
        let names: [String]
        /// The 403 answer for a token that holds none of them.
        let forbidden: Problem

        init(names: [String], forbidden: Problem) {
            self.names = names
            self.forbidden = forbidden
        }

        /// Whether a token granting `roles` is admitted.
        func admits(_ roles: [String]) -> Bool {
            roles.contains { names.contains($0) }
        }
    }

    /// Every role, sorted by name.
    public let nodes: [Node]
    /// Required role type → who is admitted.
    private let admissions: [ObjectIdentifier: Admission]

    /// An empty graph: every role requirement answers 403.
    init() {
        nodes = []
        admissions = [:]
    }

    /// The graph of `roles` and every role they include, or the list of what is wrong with them.
    init(roles: [any Role.Type]) throws(APIDeclarationError) {
        var found = RoleCollection()
        for role in roles { found.visit(role) }
        var problems = found.problems
        problems += RoleNameRules.problems(found.declarations.map { ($0.name, $0.typeName) })
        let cycles = found.cycles()
        problems += cycles
        guard problems.isEmpty else { throw APIDeclarationError(problems: problems) }

        var admittedBy: [String: Set<String>] = [:]
        for declaration in found.declarations {
            admittedBy[declaration.name, default: []].insert(declaration.name)
            for included in found.closure(of: declaration.name) {
                admittedBy[included, default: []].insert(declaration.name)
            }
        }
        nodes = found.declarations.map { declaration in
            Node(
                name: declaration.name,
                summary: declaration.summary,
                typeName: declaration.typeName,
                includes: declaration.includes,
                admittedBy: (admittedBy[declaration.name] ?? []).sorted()
            )
        }.sorted { $0.name < $1.name }
        var admissions: [ObjectIdentifier: Admission] = [:]
        for declaration in found.declarations {
            admissions[declaration.id] = Admission(
                names: (admittedBy[declaration.name] ?? []).sorted(),
                forbidden: AccessProblems.forbidden(role: declaration.name)
            )
        }
        self.admissions = admissions
    }

    /// Who may act as `role`; `nil` for a role the graph does not know (the gate then refuses).
    func admitted(to role: any Role.Type) -> Admission? {
        admissions[ObjectIdentifier(role)]
    }

    /// The node of the role named `name`.
    public func node(named name: String) -> Node? {
        nodes.first { $0.name == name }
    }

    /// Every role name, sorted.
    public var names: [String] { nodes.map(\.name) }
}

/// The role types reachable from a starting list, read once each.
private struct RoleCollection {
    struct Declaration {
        let id: ObjectIdentifier
        let name: String
        let summary: String
        let typeName: String
        let includes: [String]
    }

    private(set) var declarations: [Declaration] = []
    private(set) var problems: [String] = []
    private var visited: Set<ObjectIdentifier> = []
    /// Role name → the names it includes directly.
    private var edges: [String: [String]] = [:]

    mutating func visit(_ role: any Role.Type) {
        let id = ObjectIdentifier(role)
        guard visited.insert(id).inserted else { return }
        // Read once: a computed `name` that changed between reads could not change what was checked.
        let facts = RoleFacts(role)
        guard let included = facts.included else {
            problems.append("the role \(facts.typeName) ('\(facts.name)') includes \(facts.includesTypeName), which is not a Roles<…> list; write `typealias Includes = Roles<…>`")
            declarations.append(Declaration(id: id, name: facts.name, summary: facts.summary, typeName: facts.typeName, includes: []))
            return
        }
        let includedNames = included.map { RoleFacts($0).name }
        declarations.append(Declaration(id: id, name: facts.name, summary: facts.summary, typeName: facts.typeName, includes: includedNames))
        edges[facts.name, default: []] += includedNames
        for member in included { visit(member) }
    }

    /// Every role `name` includes, transitively (not itself unless through a cycle).
    func closure(of name: String) -> Set<String> {
        var result: Set<String> = []
        var pending = edges[name] ?? []
        while let next = pending.popLast() {
            guard result.insert(next).inserted else { continue }
            pending += edges[next] ?? []
        }
        return result
    }

    /// One sentence per role that includes itself, naming the path.
    func cycles() -> [String] {
        var reported: Set<String> = []
        var sentences: [String] = []
        for declaration in declarations where !reported.contains(declaration.name) && closure(of: declaration.name).contains(declaration.name) {
            let path = self.path(from: declaration.name, to: declaration.name) ?? [declaration.name, declaration.name]
            reported.formUnion(path)
            let types = path.map { name in declarations.first { $0.name == name }.map { "\($0.typeName) ('\(name)')" } ?? name }
            sentences.append("the roles form a cycle: \(types.joined(separator: " includes ")); a role cannot include itself")
        }
        return sentences
    }

    /// The shortest inclusion path from `start` back to `goal`.
    private func path(from start: String, to goal: String) -> [String]? {
        var queue: [[String]] = (edges[start] ?? []).map { [start, $0] }
        var seen: Set<String> = []
        while !queue.isEmpty {
            let path = queue.removeFirst()
            guard let last = path.last else { continue }
            if last == goal { return path }
            guard seen.insert(last).inserted else { continue }
            queue += (edges[last] ?? []).map { path + [$0] }
        }
        return nil
    }
}

/// What the graph reads of one role type, read once through a generic opening of the existential.
private struct RoleFacts {
    let name: String
    let summary: String
    let typeName: String
    let included: [any Role.Type]?
    let includesTypeName: String

    init(_ role: any Role.Type) {
        self = Self.read(role)
    }

    private init(name: String, summary: String, typeName: String, included: [any Role.Type]?, includesTypeName: String) {
        self.name = name
        self.summary = summary
        self.typeName = typeName
        self.included = included
        self.includesTypeName = includesTypeName
    }

    private static func read<R: Role>(_ role: R.Type) -> RoleFacts {
        RoleFacts(
            name: R.name,
            summary: R.summary,
            typeName: String(reflecting: R.self),
            included: (R.Includes.self as? any RoleListing.Type)?.members,
            includesTypeName: String(reflecting: R.Includes.self)
        )
    }
}
