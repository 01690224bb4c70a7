// expect: a @Schema property's type must be a schema value: mark that type @Schema
// errors: 1
import Warrant

/// A struct without @Schema.
struct Address { var street: String }

/// A body whose member is not a schema value.
@Schema
struct Customer {
    /// Where they live.
    var address: Address
}
