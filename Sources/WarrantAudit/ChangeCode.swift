/// A change's stable machine code: its kind, a dot, and what changed (`security.became-public`).
///
/// Codes are part of the audit's contract — acknowledgement fingerprints and CI scripts use them — so a
/// code is never renamed; docs/16-auditing-access.md lists each with an example.
public enum ChangeCode: String, Sendable, CaseIterable {
    // MARK: Security: more callers admitted, or the credentials changed

    /// A protected operation is now public (`security: []`, or no requirement).
    case becamePublic = "security.became-public"
    /// A role was required; now any authenticated caller is admitted.
    case roleRemoved = "security.role-removed"
    /// The admitted roles are a strict superset of the old ones.
    case roleWeakened = "security.role-weakened"
    /// The admitted roles changed to a set that is neither a superset nor a subset of the old one.
    case roleReplaced = "security.role-replaced"
    /// A role's name changed (the old name is gone, the new one admits to the same operations).
    case roleRenamed = "security.role-renamed"
    /// A credential kind (a security requirement alternative) the operation did not accept is now accepted.
    case credentialKindAdded = "security.credential-kind-added"
    /// A new operation anyone may call.
    case newPublicOperation = "security.new-public-operation"
    /// A new operation any authenticated caller may call: no role is required.
    case newUnprotectedOperation = "security.new-unprotected-operation"
    /// A protected operation no longer documents its 401.
    case removed401 = "security.removed-401"
    /// An operation that still requires a role no longer documents its 403.
    case removed403 = "security.removed-403"
    /// A security scheme's type, format, location, URL, flow or scopes changed.
    case schemeChanged = "security.scheme-changed"
    /// A security scheme was added to `components.securitySchemes`.
    case schemeAdded = "security.scheme-added"
    /// A security scheme was removed from `components.securitySchemes`.
    case schemeRemoved = "security.scheme-removed"
    /// A security scheme was renamed, its definition unchanged.
    case schemeRenamed = "security.scheme-renamed"

    // MARK: Breaking: an existing client may stop working

    /// An operation was removed.
    case removedOperation = "breaking.removed-operation"
    /// A public operation now requires a credential.
    case authenticationRequired = "breaking.authentication-required"
    /// An operation open to any authenticated caller now requires a role.
    case roleRequired = "breaking.role-required"
    /// The admitted roles are a strict subset of the old ones.
    case roleStrengthened = "breaking.role-strengthened"
    /// A credential kind the operation accepted is no longer accepted.
    case credentialKindRemoved = "breaking.credential-kind-removed"
    /// A parameter was removed.
    case removedParameter = "breaking.removed-parameter"
    /// A parameter was renamed (same location and schema, another name).
    case renamedParameter = "breaking.renamed-parameter"
    /// An optional parameter is now required.
    case parameterNowRequired = "breaking.parameter-now-required"
    /// A new required parameter, request body or request-body member.
    case newRequiredInput = "breaking.new-required-input"
    /// An optional request-body member (or the body itself) is now required.
    case memberNowRequired = "breaking.member-now-required"
    /// A request-body member was removed: clients that send it are refused or ignored.
    case removedRequestMember = "breaking.removed-request-member"
    /// A request content type is no longer accepted.
    case removedRequestContentType = "breaking.removed-request-content-type"
    /// A success response's member was removed.
    case removedResponseMember = "breaking.removed-response-member"
    /// A success response's required member is now optional: clients that rely on it may find it missing.
    case responseMemberNowOptional = "breaking.response-member-now-optional"
    /// An input accepts fewer types (including `null`).
    case narrowedType = "breaking.narrowed-type"
    /// An input's constraint is tighter: enum value removed, maximum lowered, minimum raised, pattern changed…
    case narrowedConstraint = "breaking.narrowed-constraint"
    /// A success response's value may have a type it could not have before (including `null`).
    case widenedType = "breaking.widened-type"
    /// A success response's enum gained a value (or lost its enum): clients that switch over it may fail.
    case newEnumValue = "breaking.new-enum-value"
    /// A value's `format` changed (`date-time` → `date`).
    case formatChanged = "breaking.format-changed"
    /// A success status code is no longer answered (200 → 201).
    case statusChanged = "breaking.status-changed"
    /// A success response's content type is no longer offered.
    case removedResponseContentType = "breaking.removed-response-content-type"

    // MARK: Other: additive or cosmetic

    /// A new operation that requires a role.
    case newOperation = "other.new-operation"
    /// The operationId changed; method, path and everything else did not.
    case operationIDRenamed = "other.operation-id-renamed"
    /// A path parameter's name changed in the template (`{id}` → `{todoId}`); the URL is the same.
    case pathParameterRenamed = "other.path-parameter-renamed"
    /// A new optional parameter.
    case newOptionalParameter = "other.new-optional-parameter"
    /// A new optional request-body member, or a new request content type.
    case newOptionalInput = "other.new-optional-input"
    /// A new success response member, status or content type.
    case newResponseMember = "other.new-response-member"
    /// An input accepts more than before (a wider type, a looser constraint, required → optional).
    case widenedInput = "other.widened-input"
    /// A success response promises more than before (a narrower type or a tighter constraint).
    case narrowedOutput = "other.narrowed-output"
    /// A success response's value may exceed a bound it kept before (a maximum raised, a pattern removed
    /// or rewritten, members no longer closed).
    case widenedOutput = "other.widened-output"
    /// A non-success response was added or removed (other than a protected operation's 401 or 403).
    case responsesChanged = "other.responses-changed"
    /// A summary or description changed.
    case descriptionChanged = "other.description-changed"
    /// The operation was marked deprecated, or no longer is.
    case deprecationChanged = "other.deprecation-changed"
    /// The operation changed in a way no other code describes (tags, examples, extensions…).
    case operationChanged = "other.operation-changed"

    /// The kind the code's prefix names.
    public var kind: ChangeKind {
        if rawValue.hasPrefix("security.") { return .security }
        if rawValue.hasPrefix("breaking.") { return .breaking }
        return .other
    }
}
