import WarrantJSON

/// Who may call an operation, before and after: the level (public, authenticated, role), the roles the
/// server admits, and the credential kinds (security requirement alternatives) accepted.
enum AccessDiff {
    /// Records the access changes of one operation.
    /// - Parameters:
    ///   - old: The operation in the older document.
    ///   - new: The operation in the newer document.
    ///   - roleRenames: The roles renamed between the documents.
    ///   - schemeRenames: The security schemes renamed between the documents (old → new name).
    ///   - log: Where the changes go.
    static func compare(_ old: SpecOperation, _ new: SpecOperation, roleRenames: RoleRenames, schemeRenames: [String: String], into log: inout ChangeLog) {
        let before = old.security
        let after = new.security
        let security = new.pointer.appending("security")
        let transition = "\(before.summary) → \(after.summary)"
        switch (before.level, after.level) {
        case (.anyone, .anyone), (.authenticated, .authenticated):
            break
        case (_, .anyone):
            log.record(.becamePublic, at: security, "now public: anyone may call it (\(transition))", before: before.summary, after: after.summary)
        case (.anyone, _):
            log.record(.authenticationRequired, at: security, "now requires a credential (\(transition))", before: before.summary, after: after.summary)
        case (.role, .authenticated):
            log.record(.roleRemoved, at: security, "no role required any more: any authenticated caller may call it (\(transition))", before: before.summary, after: after.summary)
        case (.authenticated, .role):
            log.record(.roleRequired, at: security, "now requires a role (\(transition))", before: before.summary, after: after.summary)
        case (.role, .role):
            compareRoles(before, after, renames: roleRenames, at: new.pointer.appending(OperationSecurity.admittedRolesExtension), into: &log)
        }
        if before.level != .anyone, after.level != .anyone {
            compareCredentialKinds(before, after, schemeRenames: schemeRenames, at: security, into: &log)
        }
    }

    /// Weaker (a superset admitted), stronger (a subset), replaced (neither), or renamed (the same once the
    /// renamed roles are mapped).
    private static func compareRoles(_ before: OperationSecurity, _ after: OperationSecurity, renames: RoleRenames, at pointer: JSONPointer, into log: inout ChangeLog) {
        let oldAdmitted = before.admittedRoles
        let mapped = renames.apply(oldAdmitted)
        let newAdmitted = after.admittedRoles
        let transition = "admits \(RoleNames.list(oldAdmitted)) → \(RoleNames.list(newAdmitted))"
        let values = (before: RoleNames.list(oldAdmitted), after: RoleNames.list(newAdmitted))
        let renamed = renames.describe(touching: oldAdmitted)
        let renameNote = renamed.isEmpty ? "" : "; renamed \(renamed)"
        if mapped == newAdmitted {
            guard oldAdmitted != newAdmitted else { return }
            log.record(.roleRenamed, at: pointer, "role renamed \(renamed): tokens and keys granting the old name no longer get in (\(transition))", before: values.before, after: values.after)
        } else if newAdmitted.isStrictSuperset(of: mapped) {
            let gained = RoleNames.list(newAdmitted.subtracting(mapped))
            log.record(.roleWeakened, at: pointer, "admits more callers: \(gained) now admitted (\(transition)\(renameNote))", before: values.before, after: values.after)
        } else if newAdmitted.isStrictSubset(of: mapped) {
            let lost = RoleNames.list(mapped.subtracting(newAdmitted))
            log.record(.roleStrengthened, at: pointer, "admits fewer callers: \(lost) no longer admitted (\(transition)\(renameNote))", before: values.before, after: values.after)
        } else {
            let gained = RoleNames.list(newAdmitted.subtracting(mapped))
            let lost = RoleNames.list(mapped.subtracting(newAdmitted))
            log.record(.roleReplaced, at: pointer, "role requirement replaced: \(gained) now admitted, \(lost) no longer (\(transition)\(renameNote))", before: values.before, after: values.after)
        }
    }

    /// An alternative is a new credential kind when no old alternative asked for a subset of its schemes
    /// (a caller who could not get in before now can); an old one is gone when no new alternative asks
    /// for a subset of its schemes.
    private static func compareCredentialKinds(_ before: OperationSecurity, _ after: OperationSecurity, schemeRenames: [String: String], at pointer: JSONPointer, into log: inout ChangeLog) {
        let oldSets = before.schemeSets(renaming: schemeRenames)
        let newSets = after.schemeSets()
        var reported: Set<Set<String>> = []
        for alternative in newSets where !oldSets.contains(where: { $0.isSubset(of: alternative) }) && reported.insert(alternative).inserted {
            let name = alternative.sorted().joined(separator: "+")
            log.record(.credentialKindAdded, at: pointer.appending(name), "now accepts credentials of `\(name)` (was \(kinds(oldSets)))", before: kinds(oldSets), after: kinds(newSets))
        }
        reported = []
        for alternative in oldSets where !newSets.contains(where: { $0.isSubset(of: alternative) }) && reported.insert(alternative).inserted {
            let name = alternative.sorted().joined(separator: "+")
            log.record(.credentialKindRemoved, at: pointer.appending(name), "no longer accepts credentials of `\(name)` (now \(kinds(newSets)))", before: kinds(oldSets), after: kinds(newSets))
        }
    }

    /// "bearerAuth, apiKey" (an alternative that needs two schemes at once as "a+b").
    private static func kinds(_ sets: [Set<String>]) -> String {
        let names = sets.map { $0.sorted().joined(separator: "+") }
        return names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
