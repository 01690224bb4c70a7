"""Generated Python and Swift clients accept Warrant's specs and read Warrant's answers.

For the template's spec (docs/openapi.json) and for the docs' examples served together (unions, the value
types, custom validation, uploads, streams — exported by the DocsExamplesTests suite `ClientExamples`, with real answers):
  1. openapi-python-client generates a client without a single warning (with Tests/Clients/python's
     configuration, which reads NDJSON as text);
  2. the client imports;
  3. each exported answer is read by the generated model of the component that documents it and written
     back unchanged — date-times compared as instants (a union's answer through the operation's own response parser, which must pick the
     case's class from the tag).

Then the same for swift-openapi-generator: Tests/Clients/swift, copied under .build with both specs, builds
without a warning (the generator's diagnostics and the compiler's on the generated code), and its
`client-round-trip` reads each answer with the generated type (a union's into the tag's case) and writes it back.

usage: VENV/bin/python client-check.py VENV   (the generated clients import httpx and attrs from it)
"""
import datetime
import importlib
import inspect
import io
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served_api import fail, ok  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(ROOT, ".build", "client-check")
PYTHON_CONFIG = os.path.join(ROOT, "Tests", "Clients", "python", "openapi-python-client.yaml")


def generate(venv, spec, name):
    """Generates the client of `spec` under WORK/name; any warning fails the check."""
    output = os.path.join(WORK, name)
    shutil.rmtree(output, ignore_errors=True)
    env = dict(os.environ, PATH=os.path.join(venv, "bin") + os.pathsep + os.environ["PATH"])
    result = subprocess.run([os.path.join(venv, "bin", "openapi-python-client"), "generate", "--path", spec, "--output-path", output,
                             "--config", PYTHON_CONFIG],
                            capture_output=True, text=True, env=env, timeout=300)
    printed = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "warning" in printed.lower() or "error" in printed.lower():
        fail(f"openapi-python-client on {os.path.relpath(spec, ROOT)} exited {result.returncode}", *printed.splitlines()[-30:])
    package = next(entry for entry in os.listdir(output) if entry.endswith("_client"))
    sys.path.insert(0, output)
    importlib.import_module(package)
    ok(f"openapi-python-client generates {package} from {os.path.relpath(spec, ROOT)} without a warning, and it imports")
    return package


def normalized(value):
    """`value` with date-times as instants: Python writes `+00:00` where Warrant writes `Z`, the same time."""
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def round_trip(package, samples):
    models = importlib.import_module(f"{package}.models")
    for sample in samples:
        component, body = sample["component"], sample["body"]
        model = getattr(models, component, None)
        if model is None:
            # A union has no class of its own: each case's component is one, picked by its tag.
            model = getattr(models, component + body["type"][:1].upper() + body["type"][1:], None)
        if model is None:
            fail(f"the client has no model for {component}", sorted(dir(models))[:40])
        read = model.from_dict(body)
        if normalized(read.to_dict()) != normalized(body):
            fail(f"{model.__name__} does not write back what it read", body, read.to_dict())
        ok(f"{model.__name__} reads and writes back {json.dumps(body)[:90]}")


def union_parser(package, samples):
    """The echo operation's parser must return the case's class for each tag."""
    operation = importlib.import_module(f"{package}.api.payments.payment_method_echo")
    httpx = importlib.import_module("httpx")
    for sample in (s for s in samples if s["component"] == "PaymentMethod"):
        parsed = operation._parse_response(client=None, response=httpx.Response(200, json=sample["body"]))
        expected = "PaymentMethod" + sample["body"]["type"].capitalize()
        if type(parsed).__name__ != expected or parsed.to_dict() != sample["body"]:
            fail(f"the echo operation parsed {sample['body']} as {type(parsed).__name__}")
    ok("the union's operation parses each tag into its case's class (PaymentMethodCard, …Transfer, …Cash)")


def upload_form(package):
    """The form's model must type the photo as a file and write the parts a multipart body needs."""
    models = importlib.import_module(f"{package}.models")
    types = importlib.import_module(f"{package}.types")
    photo = types.File(payload=io.BytesIO(b"png"), file_name="s.png", mime_type="image/png")
    upload = models.PhotoUpload(caption="Sunset", photo=photo, tags=["sea", "evening"], shared=True)
    parts = upload.to_multipart()
    names = [name for name, _ in parts]
    if names.count("tags") != 2 or ("photo", ("s.png", photo.payload, "image/png")) not in [(n, p[:3]) for n, p in parts]:
        fail("the client's PhotoUpload does not write a file part and a repeated field", parts)
    ok("the client's PhotoUpload takes a File and writes the photo as a file part, tags as a repeated field")


def streams(package, samples):
    """The NDJSON export's operation must hand its body over as text whose lines the item's model reads."""
    export = importlib.import_module(f"{package}.api.orders.order_stream_export")
    models = importlib.import_module(f"{package}.models")
    httpx = importlib.import_module("httpx")
    lines = [json.dumps(sample["body"]) for sample in samples if sample["component"] == "OrderUpdate"]
    body = export._parse_response(client=None, response=httpx.Response(200, text="\n".join(lines) + "\n"))
    if not isinstance(body, str):
        fail(f"the NDJSON export parsed as {type(body).__name__}, not text", body)
    read = [models.OrderUpdate.from_dict(json.loads(line)).to_dict() for line in body.splitlines() if line]
    if read != [json.loads(line) for line in lines]:
        fail("the NDJSON export's lines do not read as OrderUpdate", body, read)
    for operation in ("order_stream_follow", "order_stream_report"):
        importlib.import_module(f"{package}.api.orders.{operation}")
    ok("the NDJSON export reads as text whose lines are OrderUpdate values; the event stream and the CSV download have operations")


def conditional_headers(package):
    """The template client's operations must take If-Match / If-None-Match and Idempotency-Key (docs/20)."""
    api = f"{package}.api.todos"
    checks = {"todo_read": "if_none_match", "todo_update": "if_match", "todo_delete": "if_match", "todo_create": "idempotency_key"}
    for operation, parameter in checks.items():
        module = importlib.import_module(f"{api}.{operation}")
        if parameter not in inspect.signature(module.sync_detailed).parameters:
            fail(f"the Python client's {operation} takes no {parameter}")
    ok("the Python client's todo_read takes if_none_match, todo_update and todo_delete if_match, todo_create idempotency_key")


def swift_clients(template_spec, examples, samples):
    """swift-openapi-generator: both specs build without a warning; the examples' answers round-trip."""
    package = os.path.join(WORK, "swift")
    os.makedirs(package, exist_ok=True)
    shutil.rmtree(os.path.join(package, "Sources"), ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "Tests", "Clients", "swift", "Sources"), os.path.join(package, "Sources"))
    shutil.copy(os.path.join(ROOT, "Tests", "Clients", "swift", "Package.swift"), package)
    shutil.copy(template_spec, os.path.join(package, "Sources", "TemplateClient", "openapi.json"))
    shutil.copy(os.path.join(examples, "openapi.json"), os.path.join(package, "Sources", "client-round-trip", "openapi.json"))
    result = subprocess.run(["swift", "build", "--package-path", package], capture_output=True, text=True, timeout=1800)
    printed = result.stdout + result.stderr
    warnings = [line for line in printed.splitlines() if "warning:" in line and "/checkouts/" not in line]
    if result.returncode != 0 or warnings:
        fail(f"swift-openapi-generator's clients exited {result.returncode}", *(warnings or printed.splitlines())[-30:])
    ok("swift-openapi-generator generates and compiles clients of docs/openapi.json and the examples without a warning; "
       "the template client's If-None-Match, If-Match, ETag, 304, 412, Idempotency-Key, Idempotent-Replayed, 409, 429 with Retry-After and RateLimit compile (TemplateClient/ConditionalHeaders.swift)")
    binary = os.path.join(package, ".build", "debug", "client-round-trip")
    result = subprocess.run([binary, os.path.join(examples, "samples.jsonl")], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        fail("the Swift round trip failed", *(result.stdout + result.stderr).splitlines()[-20:])
    for sample, line in zip(samples, result.stdout.splitlines(), strict=True):
        component, case, written = line.split("\t", 2)
        if normalized(json.loads(written)) != normalized(sample["body"]):
            fail(f"the Swift client's {component} does not write back what it read", sample["body"], written)
        if component == "PaymentMethod" and case.lower() != sample["body"]["type"]:
            fail(f"the Swift client decoded {sample['body']} as the case {case}")
        ok(f"Swift {component}{'' if case == '-' else ' (case ' + case + ')'} reads and writes back {json.dumps(sample['body'])[:70]}")


def main():
    venv = sys.argv[1]
    os.makedirs(WORK, exist_ok=True)
    template = generate(venv, os.path.join(ROOT, "docs", "openapi.json"), "template")
    conditional_headers(template)
    examples = os.path.join(WORK, "examples-spec")
    shutil.rmtree(examples, ignore_errors=True)
    result = subprocess.run(["swift", "test", "--skip-build", "--filter", "ClientExamples"], cwd=ROOT, capture_output=True, text=True,
                            env=dict(os.environ, WARRANT_CLIENT_EXAMPLES=examples), timeout=600)
    if result.returncode != 0 or not os.path.exists(os.path.join(examples, "samples.jsonl")):
        fail("the ClientExamples suite did not export the examples", *(result.stdout + result.stderr).splitlines()[-20:])
    package = generate(venv, os.path.join(examples, "openapi.json"), "examples")
    with open(os.path.join(examples, "samples.jsonl")) as lines:
        samples = [json.loads(line) for line in lines if line.strip()]
    round_trip(package, samples)
    union_parser(package, samples)
    upload_form(package)
    streams(package, samples)
    swift_clients(os.path.join(ROOT, "docs", "openapi.json"), examples, samples)


if __name__ == "__main__":
    main()
