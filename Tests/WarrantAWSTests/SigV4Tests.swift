import Foundation
import Synchronization
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

/// RDS IAM authentication tokens against botocore's `generate_db_auth_token`.
@Suite("RDS IAM authentication tokens")
struct RDSAuthTokenTests {
    @Test("a token is botocore's, byte for byte, with and without a session token")
    func botocore() throws {
        let fixtures = try #require(SigV4Tests.fixtures)
        guard case .number(let seconds)? = fixtures["now"], case .array(let cases)? = fixtures["rds"] else {
            Issue.record("malformed fixtures")
            return
        }
        let now = Date(timeIntervalSince1970: try #require(seconds.double))
        #expect(cases.count >= 2)
        for entry in cases {
            guard case .object(let fixture) = entry, case .number(let port)? = fixture["port"] else { continue }
            let credentials = AWSCredentials(
                accessKeyID: try #require(SigV4Tests().text(fixtures["accessKeyID"])),
                secretAccessKey: try #require(SigV4Tests().text(fixtures["secretAccessKey"])),
                sessionToken: SigV4Tests().text(fixture["token"])
            )
            let host = try #require(SigV4Tests().text(fixture["host"]))
            let user = try #require(SigV4Tests().text(fixture["user"]))
            let region = try #require(SigV4Tests().text(fixture["region"]))
            let portNumber = try #require(port.int)
            let made = RDSAuthToken(host: host, port: portNumber, user: user, region: region, credentials: credentials, date: now)
            let token = try #require(made)
            #expect(token.value == SigV4Tests().text(fixture["authToken"]))
            #expect(token.expiresAt == now.addingTimeInterval(900))
            #expect(!token.description.contains("Signature") && !token.description.contains(credentials.secretAccessKey))
        }
    }
}

/// The token cache a connection pool asks for passwords.
@Suite("RDS token reuse")
struct RDSAuthTokensTests {
    final class Clock: Sendable {
        let seconds = Mutex<TimeInterval>(1_800_000_000)
        var now: Date { Date(timeIntervalSince1970: seconds.withLock { $0 }) }
        func advance(_ by: TimeInterval) { seconds.withLock { $0 += by } }
    }

    @Test("a token is reused while it has over 5 minutes left, then replaced; credentials are read per signature")
    func reuse() throws {
        let clock = Clock()
        let reads = Mutex(0)
        let tokens = RDSAuthTokens(host: "proxy.example", port: 5432, user: "app", region: "eu-west-1", credentials: {
            reads.withLock { $0 += 1 }
            return AWSCredentials(accessKeyID: "AKID", secretAccessKey: "secret")
        }, now: { clock.now })
        let first = try tokens.token()
        clock.advance(599)
        #expect(try tokens.token().value == first.value, "reused at 9 min 59 s")
        clock.advance(2)
        let second = try tokens.token()
        #expect(second.value != first.value && second.expiresAt == clock.now.addingTimeInterval(900), "replaced past 10 min")
        #expect(reads.withLock { $0 } == 2)
    }

    @Test("credentials that cannot be read fail the connection attempt, not the process")
    func noCredentials() {
        let tokens = RDSAuthTokens(host: "proxy.example", port: 5432, user: "app", region: "eu-west-1", credentials: {
            throw AWSRequestError("no AWS credentials in the environment")
        })
        #expect(throws: AWSRequestError.self) { try tokens.token() }
    }
}
