"""Validates an OpenAPI document with openapi-spec-validator, an implementation independent of ours, and,
given its YAML twin, checks that an independent YAML reader (PyYAML, YAML 1.1 rules) reads the same document.

usage: validate-openapi.py DOCUMENT.json [DOCUMENT.yaml]
"""
import json
import sys

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.versions import consts, get_spec_version

path = sys.argv[1]
with open(path, encoding="utf-8") as handle:
    document = json.load(handle)
version = get_spec_version(document)
if version != consts.OPENAPIV31:
    sys.exit(f"{path}: expected an OpenAPI 3.1 document, found {version}")
validate(document)
print(f"{path}: valid OpenAPI 3.1 ({len(document.get('paths', {}))} paths)")


def first_difference(a, b, where="#"):
    if type(a) is not type(b):
        return f"{where}: {a!r} ({type(a).__name__}) against {b!r} ({type(b).__name__})"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                return f"{where}/{key}: only in {'the YAML' if key in a else 'the JSON'}"
            found = first_difference(a[key], b[key], f"{where}/{key}")
            if found:
                return found
    elif isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items against {len(b)}"
        for index, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{where}/{index}")
            if found:
                return found
    elif a != b:
        return f"{where}: {a!r} against {b!r}"
    return None


if len(sys.argv) > 2:
    with open(sys.argv[2], encoding="utf-8") as handle:
        twin = yaml.safe_load(handle)
    difference = first_difference(twin, document)
    if difference:
        sys.exit(f"{sys.argv[2]}: not the same document as {path}: {difference}")
    print(f"{sys.argv[2]}: the same document as {path} when read by PyYAML (status codes are strings)")
