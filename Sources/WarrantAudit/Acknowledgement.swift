/// A reviewed change: its fingerprint, and who agreed to it and why.
public struct Acknowledgement: Sendable, Hashable {
    /// The fingerprint of the change it acknowledges.
    public let fingerprint: String
    /// The change's sentence when it was acknowledged, for people reading the file.
    public let change: String?
    /// Why the change is intended.
    public let reason: String
    /// Who reviewed it.
    public let reviewedBy: String

    /// An acknowledgement.
    /// - Parameters:
    ///   - fingerprint: The fingerprint of the change it acknowledges.
    ///   - change: The change's sentence, for people reading the file.
    ///   - reason: Why the change is intended.
    ///   - reviewedBy: Who reviewed it.
    public init(fingerprint: String, change: String? = nil, reason: String, reviewedBy: String) {
        self.fingerprint = fingerprint
        self.change = change
        self.reason = reason
        self.reviewedBy = reviewedBy
    }
}
