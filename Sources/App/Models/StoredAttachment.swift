import Foundation

/// An attachment with its bytes, as a store returns it for download.
struct StoredAttachment: Sendable, Decodable {
    /// What the file is.
    var attachment: TodoAttachment
    /// Its bytes.
    var content: Data

    init(attachment: TodoAttachment, content: Data) {
        self.attachment = attachment
        self.content = content
    }

    init(from decoder: any Decoder) throws {
        attachment = try TodoAttachment(from: decoder)
        content = try decoder.container(keyedBy: ContentKey.self).decode(Data.self, forKey: .content)
    }

    private enum ContentKey: String, CodingKey {
        case content
    }
}
