"""Every public symbol of the framework modules has a doc comment.

Reads the symbol graphs `swift package dump-symbol-graph` writes and lists each public or open symbol of a
Warrant* module that has no documentation comment of its own. Exit status 1 when there is one.

usage: check-documentation-coverage.py SYMBOL_GRAPH_DIR
"""
import glob
import json
import os
import sys

# Every framework module: Warrant and Warrant*, found by name so a new module is checked without listing it.
def is_framework(module):
    return module == "Warrant" or (module.startswith("Warrant") and not module.startswith("WarrantPackage"))


directory = sys.argv[1]
missing = []
checked = 0
for path in sorted(glob.glob(os.path.join(directory, "*.symbols.json"))):
    name = os.path.basename(path).split(".")[0]
    module = name.split("@")[0]
    if not is_framework(module):
        continue
    with open(path, encoding="utf-8") as handle:
        graph = json.load(handle)
    for symbol in graph.get("symbols", []):
        if symbol.get("accessLevel") not in ("public", "open"):
            continue
        # Symbols the compiler synthesises, or inherits from another module, are documented where they come from.
        if "sourceOrigin" in symbol or not symbol.get("location"):
            continue
        location = symbol["location"]["uri"]
        if "/Sources/" not in location or "/.build/" in location:
            continue
        checked += 1
        if not (symbol.get("docComment") or {}).get("lines"):
            title = ".".join(symbol["pathComponents"])
            line = symbol["location"]["position"]["line"] + 1
            missing.append(f"{location.split('/Sources/', 1)[1]}:{line}: {module}.{title} ({symbol['kind']['displayName']}) has no doc comment")

for entry in sorted(set(missing)):
    print(entry)
print(f"documentation coverage: {checked} public symbols checked, {len(set(missing))} undocumented")
sys.exit(1 if missing else 0)
