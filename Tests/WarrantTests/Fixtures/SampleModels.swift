import Foundation
import Warrant

/// A postal address.
@Schema
struct Address: Sendable, Equatable {
    /// Street and number.
    @Length(1...100) var street: String
    /// A five-digit postal code.
    @Pattern("^[0-9]{5}$") var zip: String
}

/// How urgent something is.
@Schema
enum Priority: String, Sendable {
    /// Whenever convenient.
    case low
    /// As soon as possible.
    case high
}

/// A numeric level.
@Schema
enum Level: Int, Sendable {
    case one = 1
    case two = 2
}

/// Every shape a schema supports.
@Schema
struct Everything: Sendable {
    /// A display name.
    @Length(1...20) @Example("Ada")
    var name: String
    /// An optional nickname.
    var nickname: String?
    /// Whether the record is active.
    var active: Bool = true
    /// A count from 0 to 10.
    @Range(0...10) var count: Int
    /// A 32-bit number.
    var small: Int32
    /// A 64-bit number.
    var big: Int64
    /// A ratio between 0 and 1.
    @Range(0.0...1.0) var ratio: Double
    /// A weight.
    var weight: Float
    /// When it happened.
    var at: Date
    /// A unique identifier.
    var uuid: UUID
    /// One to three tags.
    @Items(1...3) var tags: [String]
    /// Scores by player.
    var scores: [String: Int]
    /// Where it lives.
    var address: Address
    /// Where it lived.
    var history: [Address]
    /// How urgent it is.
    var priority: Priority
    /// An optional level.
    var level: Level?
    /// Server side constant, never decoded.
    let kind = "everything"
}

/// One page of results.
@Schema
struct Page<Item: Sendable>: Sendable {
    /// The items on this page.
    var items: [Item]
    /// How many items exist in all.
    var total: Int
}

/// A tree node.
@Schema
struct Node: Sendable {
    /// The node's name.
    var name: String
    /// Its children.
    var children: [Node]
}

/// A sample with an example of the whole object.
@Schema
struct Sample: Sendable {
    /// A word.
    var word: String

    static var schemaExample: Sample? { Sample(word: "hello") }
}

/// A record whose JSON keys are snake case.
@Schema
struct Renamed: Sendable {
    /// The record's display name.
    var displayName: String
    /// An untouched key.
    var count: Int

    enum CodingKeys: String, CodingKey {
        case displayName = "display_name"
        case count
    }
}

/// What `null` means for each kind of member.
@Schema
struct Nullability: Sendable, Equatable {
    /// Optional: absent or `null` is `nil`.
    var note: String?
    /// An optional enum.
    var priority: Priority?
    /// An optional nested object.
    var address: Address?
    /// A default: absent gives `false`; `null` is refused like any non-optional value.
    var flag: Bool = false
}
