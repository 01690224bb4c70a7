"""Lambda events of each shape, built from the AWS documentation samples in Tests/WarrantLambdaTests/Fixtures."""
import base64
import copy
import json
import os

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "WarrantLambdaTests", "Fixtures")
SHAPES = ["http-api-v2", "function-url", "rest-api-v1", "alb-single-value", "alb-multi-value"]


def _fixture(name):
    with open(os.path.join(FIXTURES, f"{name}.json"), encoding="utf-8") as handle:
        return json.load(handle)


def event(shape, method, path, headers=None, body=None, base64_body=False):
    """An event of `shape` for `method path` (path may carry a query), with headers and a body."""
    headers = dict(headers or {})
    raw_path, _, query = path.partition("?")
    text = None
    if body is not None:
        text = base64.b64encode(body.encode()).decode() if base64_body else body
    sample = copy.deepcopy(_fixture(shape))
    if shape in ("http-api-v2", "function-url"):
        sample.update(rawPath=raw_path, rawQueryString=query, cookies=[], headers={k.lower(): v for k, v in headers.items()},
                      queryStringParameters=None, pathParameters=None, body=text, isBase64Encoded=base64_body)
        sample["routeKey"] = "$default"
        sample["requestContext"]["http"].update(method=method, path=raw_path)
        sample["requestContext"]["stage"] = "$default"
        return sample
    params = {}
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        params.setdefault(key, []).append(value)
    if shape == "rest-api-v1":
        sample.update(resource="/{proxy+}", path=raw_path, httpMethod=method, headers=headers or None,
                      multiValueHeaders={k: [v] for k, v in headers.items()} or None,
                      queryStringParameters={k: v[-1] for k, v in params.items()} or None,
                      multiValueQueryStringParameters=params or None,
                      pathParameters={"proxy": raw_path.lstrip("/")}, body=text, isBase64Encoded=base64_body)
        sample["requestContext"].update(httpMethod=method, path="/" + sample["requestContext"].get("stage", "prod") + raw_path,
                                        resourcePath="/{proxy+}")
        return sample
    sample.update(httpMethod=method, path=raw_path, body=text or "", isBase64Encoded=base64_body)
    if shape == "alb-single-value":
        sample.update(headers={k.lower(): v for k, v in headers.items()}, queryStringParameters={k: v[-1] for k, v in params.items()})
    else:
        sample.update(multiValueHeaders={k.lower(): [v] for k, v in headers.items()}, multiValueQueryStringParameters=params)
    return sample


def response_parts(shape, payload):
    """(status, headers, body bytes) of a function's reply to an event of `shape`."""
    status = payload["statusCode"]
    headers = {k.lower(): v for k, v in (payload.get("headers") or {}).items()}
    for key, values in (payload.get("multiValueHeaders") or {}).items():
        headers[key.lower()] = values[-1]
    body = payload.get("body") or ""
    data = base64.b64decode(body) if payload.get("isBase64Encoded") else body.encode()
    return status, headers, data
