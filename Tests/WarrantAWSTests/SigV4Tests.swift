import Foundation
import Testing
import WarrantAWS
import WarrantJSON

/// SigV4 against botocore (`Tests/Scripts/make-aws-fixtures.py`): for fixed credentials and a fixed time,
/// the same headers, byte for byte.
@Suite("SigV4 signing")
struct SigV4Tests {
    static let fixtures: JSONObject? = {
        guard let url = Bundle.module.url(forResource: "sigv4", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url), case .object(let object)? = try? JSONParser.parse(Array(data))
        else { return nil }
        return object
    }()

    func text(_ value: JSONValue?) -> String? { if case .string(let text)? = value { text } else { nil } }

    @Test("a Secrets Manager request is signed as botocore signs it, with and without a session token")
    func secretsManager() throws {
        let fixtures = try #require(Self.fixtures)
        guard case .number(let seconds)? = fixtures["now"], case .array(let cases)? = fixtures["secretsManager"] else {
            Issue.record("malformed fixtures")
            return
        }
        let now = Date(timeIntervalSince1970: try #require(seconds.double))
        #expect(cases.count == 2)
        for entry in cases {
            guard case .object(let fixture) = entry, case .object(let expected)? = fixture["headers"] else { continue }
            let credentials = AWSCredentials(
                accessKeyID: try #require(text(fixtures["accessKeyID"])),
                secretAccessKey: try #require(text(fixtures["secretAccessKey"])),
                sessionToken: text(fixture["token"])
            )
            let signer = SigV4(credentials: credentials, region: "eu-west-1", service: "secretsmanager")
            let url = try #require(URL(string: "https://secretsmanager.eu-west-1.amazonaws.com/"))
            let headers = signer.signedHeaders(
                method: "POST", url: url,
                headers: ["Host": "secretsmanager.eu-west-1.amazonaws.com", "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "secretsmanager.GetSecretValue"],
                body: Array(try #require(text(fixture["body"])).utf8), date: now
            )
            for member in expected.members {
                #expect(headers[member.key] == text(member.value), "\(member.key)")
            }
        }
    }

    @Test("a secret's value: the named member of a JSON object, or the whole string")
    func secretValue() throws {
        #expect(try SecretsManager.value(of: #"{"key":"k4.secret.x"}"#, key: "key") == "k4.secret.x")
        #expect(try SecretsManager.value(of: "k4.secret.x", key: "key") == "k4.secret.x")
        #expect(throws: AWSRequestError.self) { try SecretsManager.value(of: #"{"url":"postgresql://"}"#, key: "key") }
    }

    @Test("credentials and region come from the environment the SDKs read; the secret key is never printed")
    func environment() throws {
        let client = try SecretsManager.fromEnvironment(
            forSecret: "arn:aws:secretsmanager:ap-south-1:1:secret:x",
            environment: ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s3cr3t", "AWS_SESSION_TOKEN": "tok"]
        )
        #expect(client.region == "ap-south-1", "the ARN's region when AWS_REGION is not set")
        #expect(client.endpoint.absoluteString == "https://secretsmanager.ap-south-1.amazonaws.com/")
        #expect(!String(describing: client.credentials).contains("s3cr3t"))
        #expect(throws: AWSRequestError.self) { try SecretsManager.fromEnvironment(forSecret: "arn:x", environment: [:]) }
    }
}
