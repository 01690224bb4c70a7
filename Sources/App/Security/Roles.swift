import Warrant

/// A signed-up user: manages their own todos.
enum Member: Role {
    static let name = "member"
    static let summary = "Manage your own todos."
}

/// Staff: everything a member may do, plus administration.
enum Admin: Role {
    static let name = "admin"
    static let summary = "Everything a member may do, plus administration."
    typealias Includes = Roles<Member>
}
