import Crypto
import WarrantJSON

/// The recipe for a change's fingerprint, in one place: the key a reviewer writes into the
/// acknowledgement file, so it must not move when anything but the change itself moves.
enum Fingerprint {
    /// Hex digits kept: 64 bits, short enough to paste, far from colliding within one audit.
    static let length = 16

    /// `sha256(code + "\n" + "METHOD /path" + "\n" + pointer)`, its first ``length`` hex digits.
    ///
    /// The operation is its method and path, not its operationId: renaming an operationId keeps every
    /// other change's fingerprint. A document-level change has an empty operation line.
    static func of(code: ChangeCode, operation: OperationReference?, pointer: JSONPointer) -> String {
        let text = [code.rawValue, operation?.label ?? "", pointer.description].joined(separator: "\n")
        let digits = Array("0123456789abcdef")
        let hex = SHA256.hash(data: Array(text.utf8)).flatMap { byte in [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]] }
        return String(hex.prefix(length))
    }
}
