import AsyncHTTPClient
public import Foundation
import NIOCore
import WarrantJSON

/// Reads secrets from AWS Secrets Manager (`GetSecretValue`), signed with SigV4 from the process's
/// credentials — at start-up, so a secret never sits in the function's configuration as plain text.
public struct SecretsManager: Sendable {
    /// The credentials that sign requests.
    public let credentials: AWSCredentials
    /// The region the secrets are in.
    public let region: String
    /// The service's endpoint: `https://secretsmanager.<region>.amazonaws.com`, or an override.
    public let endpoint: URL
    /// The current time, for the signature.
    public let now: @Sendable () -> Date

    /// A client for `region`, at `endpoint` when given (a VPC endpoint, or a local emulator in tests).
    public init(credentials: AWSCredentials, region: String, endpoint: URL? = nil, now: @escaping @Sendable () -> Date = Date.init) throws {
        self.credentials = credentials
        self.region = region
        self.now = now
        guard let endpoint = endpoint ?? URL(string: "https://secretsmanager.\(region).amazonaws.com/") else {
            throw AWSRequestError("no Secrets Manager endpoint for region '\(region)'")
        }
        self.endpoint = endpoint
    }

    /// A client from the environment the AWS SDKs read: the credentials, `AWS_REGION` (or the ARN's region),
    /// and `AWS_ENDPOINT_URL_SECRETS_MANAGER` (or `AWS_ENDPOINT_URL`) when set.
    public static func fromEnvironment(forSecret arn: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SecretsManager {
        guard let credentials = AWSCredentials.fromEnvironment(environment) else {
            throw AWSRequestError("no AWS credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) to read \(arn)")
        }
        let arnRegion = arn.split(separator: ":", omittingEmptySubsequences: false).dropFirst(3).first.map(String.init)
        guard let region = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? arnRegion, !region.isEmpty else {
            throw AWSRequestError("no AWS region (AWS_REGION) to read \(arn)")
        }
        let override = environment["AWS_ENDPOINT_URL_SECRETS_MANAGER"] ?? environment["AWS_ENDPOINT_URL"]
        return try SecretsManager(credentials: credentials, region: region, endpoint: override.flatMap(URL.init(string:)))
    }

    /// The `SecretString` of `secretID` (an ARN or a name).
    public func secretString(_ secretID: String) async throws -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("SecretId")
        writer.string(secretID)
        writer.endObject()
        let body = writer.bytes
        guard let host = endpoint.host else { throw AWSRequestError("\(endpoint) has no host") }
        let hostHeader = endpoint.port.map { "\(host):\($0)" } ?? host
        let headers = SigV4(credentials: credentials, region: region, service: "secretsmanager").signedHeaders(
            method: "POST",
            url: endpoint,
            headers: ["Host": hostHeader, "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "secretsmanager.GetSecretValue"],
            body: body,
            date: now()
        )
        var request = HTTPClientRequest(url: endpoint.absoluteString)
        request.method = .POST
        for (name, value) in headers where name != "Host" { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let data = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .ok else {
            // The error's type names what to fix (AccessDeniedException, ResourceNotFoundException); no secret is in it.
            let type = (try? JSONParser.parse(Array(data.readableBytesView))).flatMap { value -> String? in
                if case .object(let object) = value, case .string(let name)? = object["__type"] { return name }
                return nil
            }
            throw AWSRequestError("Secrets Manager answered \(response.status.code) \(type ?? "") for \(secretID)")
        }
        guard case .object(let object)? = try? JSONParser.parse(Array(data.readableBytesView)), case .string(let secret)? = object["SecretString"] else {
            throw AWSRequestError("Secrets Manager's answer for \(secretID) has no SecretString (a binary secret is not supported)")
        }
        return secret
    }

    /// The value a secret holds: the member `key` of a JSON object (`{"key": "…"}`), or the whole string when
    /// it is not a JSON object.
    public static func value(of secret: String, key: String) throws -> String {
        guard case .object(let object)? = try? JSONParser.parse(Array(secret.utf8)) else { return secret }
        guard case .string(let value)? = object[key] else { throw AWSRequestError("the secret is a JSON object without a string '\(key)'") }
        return value
    }
}

/// An AWS request that could not be made or was refused; the message never holds a secret.
public struct AWSRequestError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
