extension SQL {
    /// Builds a ``SQL`` statement: literal segments become SQL text, interpolated values
    /// become `$n` placeholders with bound values.
    public struct Interpolation: StringInterpolationProtocol, Sendable {
        /// Literal segments are compile-time constants only.
        public typealias StringLiteralType = StaticString

        var text: String
        var bindings: PostgresBindings

        /// Called by the compiler with the literal's size, to reserve storage once.
        public init(literalCapacity: Int, interpolationCount: Int) {
            text = ""
            text.reserveCapacity(literalCapacity + interpolationCount * 3)
            bindings = PostgresBindings(capacity: interpolationCount)
        }

        /// Appends a literal segment as SQL text.
        public mutating func appendLiteral(_ literal: StaticString) {
            if literal.hasPointerRepresentation {
                let buffer = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
                text.append(String(decoding: buffer, as: UTF8.self))
            } else {
                text.unicodeScalars.append(literal.unicodeScalar)
            }
        }

        /// Appends a `$n` placeholder and binds `value` to it.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            bindings.append(value)
            appendPlaceholder()
        }

        /// Appends a `$n` placeholder and binds `value` to it; `nil` is SQL `NULL`.
        ///
        /// A separate overload so that interpolating an optional is not mistaken by the
        /// compiler for printing one (which it warns about).
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            bindings.append(value)
            appendPlaceholder()
        }

        private mutating func appendPlaceholder() {
            text.append("$")
            text.append(String(bindings.count))
        }
    }
}
