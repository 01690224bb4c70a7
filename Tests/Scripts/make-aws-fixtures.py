"""Writes Tests/WarrantAWSTests/Fixtures/sigv4.json: what botocore (the AWS SDK for Python, an independent
implementation) signs for fixed credentials and a fixed time, for the Swift SigV4 signer to match byte for byte.

- a Secrets Manager GetSecretValue request (the Authorization header and its companions), with and without a
  session token;
- RDS IAM authentication tokens (`generate_db_auth_token`: a presigned `rds-db:connect` URL without its scheme).

The credentials are AWS's documentation example keys, not real ones.

usage: make-aws-fixtures.py   (needs botocore: pip install botocore)
"""
import datetime
import json
import os
from unittest import mock

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import botocore.session

NOW = datetime.datetime(2026, 12, 6, 7, 30, 15)
KEY_ID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ=="


def frozen():
    return mock.patch("botocore.auth.datetime.datetime", wraps=datetime.datetime, **{"utcnow.return_value": NOW, "now.return_value": NOW})


def secrets_manager(token):
    credentials = botocore.credentials.Credentials(KEY_ID, SECRET, token)
    body = json.dumps({"SecretId": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:warrant/signing-key-AbCdEf"}, separators=(",", ":"))
    request = botocore.awsrequest.AWSRequest(method="POST", url="https://secretsmanager.eu-west-1.amazonaws.com/", data=body.encode(),
                                             headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "secretsmanager.GetSecretValue",
                                                      "Host": "secretsmanager.eu-west-1.amazonaws.com"})
    with frozen():
        botocore.auth.SigV4Auth(credentials, "secretsmanager", "eu-west-1").add_auth(request)
    return {"token": token, "body": body, "headers": {name: value for name, value in request.headers.items()
                                                      if name.lower() in ("authorization", "x-amz-date", "x-amz-security-token")}}


def rds(token, host, port, user, region):
    session = botocore.session.get_session()
    session.set_credentials(KEY_ID, SECRET, token)
    client = session.create_client("rds", region_name=region)
    with frozen():
        value = client.generate_db_auth_token(DBHostname=host, Port=port, DBUsername=user, Region=region)
    return {"token": token, "host": host, "port": port, "user": user, "region": region, "authToken": value}


def main():
    fixtures = {
        "now": NOW.replace(tzinfo=datetime.timezone.utc).timestamp(),
        "accessKeyID": KEY_ID,
        "secretAccessKey": SECRET,
        "secretsManager": [secrets_manager(None), secrets_manager(TOKEN)],
        "rds": [rds(None, "db.cluster-abc.eu-west-1.rds.amazonaws.com", 5432, "app", "eu-west-1"),
                rds(TOKEN, "warrant-proxy.proxy-abc.eu-west-1.rds.amazonaws.com", 5432, "app_user", "eu-west-1"),
                rds(TOKEN, "db.example.internal", 6543, "user@with+signs", "us-east-1")],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "WarrantAWSTests", "Fixtures", "sigv4.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(fixtures, handle, indent=2)
        handle.write("\n")
    print(f"wrote {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
