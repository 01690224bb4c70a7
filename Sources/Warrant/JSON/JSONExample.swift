import Foundation
import NIOCore
import OpenAPIKit
import WarrantJSON

/// Turns Swift example values into the `AnyCodable` form OpenAPIKit stores.
enum JSONExample {
    /// The example as the JSON the server would send; `nil` if it cannot be represented.
    static func anyCodable<T: JSONEncodableValue>(_ value: T) -> AnyCodable? {
        var writer = JSONWriter()
        value.encode(to: &writer)
        let bytes = Data(writer.buffer.readableBytesView)
        return try? JSONDecoder().decode(AnyCodable.self, from: bytes)
    }
}
