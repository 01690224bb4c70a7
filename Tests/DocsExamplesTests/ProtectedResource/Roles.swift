import Warrant

// The template's roles, as Sources/App/Security/Roles.swift declares them (repeated here because this
// example is compiled in its own test module).

/// A signed-up user.
enum Member: Role {
    static let name = "member"
}

/// Staff, who are members too.
enum Admin: Role {
    static let name = "admin"
    typealias Includes = Roles<Member>
}
