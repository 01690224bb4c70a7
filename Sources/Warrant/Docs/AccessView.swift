import NIOCore
import WarrantJSON

/// What one caller may call — every operation, allowed or not, and why — for the docs' access page
/// (`GET /docs/access.json`).
///
/// Nothing here re-implements a rule: the caller is authenticated by the gate itself (so a refused credential
/// answers 401 as on any route), the admitted roles are the checked role graph's, and the credential kinds
/// that may call an operation are the ones its `security` lists.
struct AccessView {
    /// One operation, for one caller.
    struct Entry {
        let method: String
        let path: String
        let operationID: String
        let access: String
        let allowed: Bool
        /// The status a call would be refused with (401 or 403), when not allowed.
        let refusal: Int?
        let reason: String
    }

    let caller: Identity?
    let entries: [Entry]

    /// The view of `caller` (nil: anonymous) over `report`'s operations, with `security`'s schemes.
    init(caller: Identity?, report: SecurityReport, security: SecurityDocumentation) {
        self.caller = caller
        entries = report.rows.map { row in
            let (allowed, refusal, reason) = Self.decide(row, caller: caller, security: security)
            return Entry(
                method: row.method, path: row.path, operationID: row.operationID, access: row.access,
                allowed: allowed, refusal: refusal, reason: reason
            )
        }
    }

    private static func decide(_ row: SecurityReport.Row, caller: Identity?, security: SecurityDocumentation) -> (Bool, Int?, String) {
        switch row.requirement {
        case .none:
            return (true, nil, "public: anyone may call it")
        case .authenticated:
            guard caller != nil else { return (false, 401, "any signed-in caller may call it: sign in first") }
            return (true, nil, "any signed-in caller may call it")
        case .role(let role):
            let admitted = row.admittedRoles
            guard let caller else {
                return (false, 401, "requires role \(role) (admitted: \(admitted.joined(separator: ", "))): sign in first")
            }
            if let held = caller.roles.first(where: admitted.contains) {
                return (true, nil, held == role ? "requires role \(role): you hold it" : "requires role \(role): your role \(held) includes it")
            }
            let accepted = security.admittingSchemes(for: row.requirement).map(\.name)
            if let claimed = caller.ungrantedRoles.first(where: admitted.contains) {
                return (false, 403, "requires role \(role): your credential claims \(claimed), but \(caller.scheme) may not grant it (accepted here: \(accepted.joined(separator: ", ")))")
            }
            let yours = caller.roles.isEmpty ? "none" : caller.roles.joined(separator: ", ")
            return (false, 403, "requires role \(role) (admitted: \(admitted.joined(separator: ", "))); your roles: \(yours)")
        }
    }

    /// The view as JSON.
    var json: ByteBuffer {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("caller")
        if let caller {
            writer.beginObject()
            writer.key("subject"); writer.string(caller.subject)
            writer.key("scheme"); writer.string(caller.scheme)
            writer.key("roles"); writer.beginArray(); for role in caller.roles { writer.string(role) }; writer.endArray()
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("operations")
        writer.beginArray()
        for entry in entries {
            writer.beginObject()
            writer.key("method"); writer.string(entry.method)
            writer.key("path"); writer.string(entry.path)
            writer.key("operationId"); writer.string(entry.operationID)
            writer.key("access"); writer.string(entry.access)
            writer.key("allowed"); writer.bool(entry.allowed)
            writer.key("refusal")
            if let refusal = entry.refusal { writer.int(refusal) } else { writer.null() }
            writer.key("reason"); writer.string(entry.reason)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.buffer
    }
}
