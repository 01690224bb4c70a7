"""Validates an OpenAPI document with openapi-spec-validator, an implementation independent of ours."""
import json
import sys

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
