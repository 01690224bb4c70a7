/// Which way values flow through a schema, which decides what breaks a client: a client *sends* an input,
/// so an input that accepts less breaks it; a client *reads* an output, so an output that may hold more
/// (a new type, `null`, a new enum value) breaks it.
enum SchemaDirection: Sendable {
    /// A parameter or a request body.
    case input
    /// A success response body.
    case output

    /// The code for a schema that now admits less than before (a tighter bound, a new pattern).
    var tighter: ChangeCode { self == .input ? .narrowedConstraint : .narrowedOutput }

    /// The code for a schema that now admits more than before (a looser bound, a pattern removed).
    var looser: ChangeCode { self == .input ? .widenedInput : .widenedOutput }

    /// The code for a change whose direction cannot be told (a pattern rewritten): breaking for an input,
    /// whose clients may send what the new pattern refuses.
    var rewritten: ChangeCode { self == .input ? .narrowedConstraint : .widenedOutput }
}
