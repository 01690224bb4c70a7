#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore

extension JSONWriter {
    /// Writes `date` as an RFC 3339 UTC string, e.g. `"2026-11-24T21:42:07Z"`,
    /// or with `fractionalSeconds` `"2026-11-24T21:42:07.123456Z"`. See
    /// `RFC3339.format(_:fractionalSeconds:)` for rounding and clamping.
    public mutating func date(_ date: Date, fractionalSeconds: Bool = false) {
        writeUnit(maximumLength: RFC3339.fractionalLength + 2) { target in
            target.storeBytes(of: ASCII.quote, as: UInt8.self)
            let length = RFC3339.write(date, fractionalSeconds: fractionalSeconds, into: target + 1)
            target.storeBytes(of: ASCII.quote, toByteOffset: length + 1, as: UInt8.self)
            return length + 2
        }
        finishValue()
    }
}
