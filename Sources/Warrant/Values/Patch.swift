/// A member of a partial update (PATCH) that tells "not sent" apart from "sent as `null`".
///
/// An optional member (`var note: String?`) reads a missing key and `null` alike as `nil`, which is right
/// for creating a resource and wrong for changing one: "leave the note as it is" and "remove the note" are
/// different requests. Declare the member as `var note: Patch<String> = .absent` in a `@Schema` struct:
///
/// - the key missing gives ``absent``, `null` gives ``null``, any other value is decoded and validated as
///   `Wrapped` (its constraints apply) and gives ``value(_:)``;
/// - the schema documents the member as not required and as `Wrapped` or `null`;
/// - encoding omits an ``absent`` member and writes `null` for ``null``.
///
/// A handler applies the change with ``apply(to:)``.
public enum Patch<Wrapped> {
    /// The key was not sent: leave the stored value as it is.
    case absent
    /// The key was sent as `null`: clear the stored value.
    case null
    /// The key was sent with a value: store it.
    case value(Wrapped)

    /// The sent value: `nil` for ``absent`` and ``null`` alike.
    public var newValue: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }

    /// Whether the key was sent at all (`null` included).
    public var isPresent: Bool {
        if case .absent = self { return false }
        return true
    }

    /// Applies the change to an optional stored value: ``absent`` leaves it, ``null`` sets it to `nil`,
    /// ``value(_:)`` replaces it.
    public func apply(to target: inout Wrapped?) {
        switch self {
        case .absent: return
        case .null: target = nil
        case .value(let wrapped): target = wrapped
        }
    }

    /// The changed value: `current` for ``absent``, `nil` for ``null``, the new value for ``value(_:)``.
    public func applied(to current: Wrapped?) -> Wrapped? {
        var result = current
        apply(to: &result)
        return result
    }

    /// The same change with the value transformed, such as a domain type converted to its stored form.
    public func map<Mapped>(_ transform: (Wrapped) throws -> Mapped) rethrows -> Patch<Mapped> {
        switch self {
        case .absent: .absent
        case .null: .null
        case .value(let wrapped): .value(try transform(wrapped))
        }
    }
}

extension Patch: Sendable where Wrapped: Sendable {}
extension Patch: Equatable where Wrapped: Equatable {}
extension Patch: Hashable where Wrapped: Hashable {}
