"""Every Swift snippet in README.md and docs/ must be code that compiles.

A snippet passes when its lines appear, in order and contiguous, in a Swift file under Sources/ or Tests/
or Examples/ (which `make test` compiles). Indentation and blank lines are ignored so a snippet may be an excerpt of an
indented declaration. A tutorial step — a snippet whose first line is `// File: PATH` or
`// In PATH, above the line "…":` — is not looked up: `make test-tutorial` applies it to a copy of the
template and compiles and runs it; such steps are allowed only on the pages that check executes.
Exit status 1 lists the snippets that are not found.
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
documents = [root / "README.md", *sorted((root / "docs").glob("**/*.md"))]
sources = [p for folder in ("Sources", "Tests", "Examples") for p in (root / folder).rglob("*.swift") if ".build" not in p.parts]


def normalized(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


corpus = []
for path in sources:
    corpus.append((path, normalized(path.read_text(encoding="utf-8"))))


def found(snippet):
    for path, lines in corpus:
        n = len(snippet)
        for start in range(len(lines) - n + 1):
            if lines[start] == snippet[0] and lines[start:start + n] == snippet:
                return path
    return None


failures = 0
checked = 0
EXECUTED_PAGES = {"docs/06-adding-a-protected-resource.md"}
STEP = re.compile(r'^// (File: \S+|In \S+, above the line ".+":)$')
for document in documents:
    if not document.exists():
        continue
    for match in re.finditer(r"```swift\n(.*?)```", document.read_text(encoding="utf-8"), re.S):
        snippet = normalized(match.group(1))
        if not snippet:
            continue
        checked += 1
        if STEP.match(snippet[0]):
            if str(document.relative_to(root)) not in EXECUTED_PAGES:
                failures += 1
                print(f"{document.relative_to(root)}: a tutorial step outside the pages make test-tutorial executes: {snippet[0]}")
            continue
        if found(snippet) is None:
            failures += 1
            line = document.read_text(encoding="utf-8")[: match.start()].count("\n") + 1
            print(f"{document.relative_to(root)}:{line}: Swift snippet not found in any compiled file:\n  {snippet[0]}")
print(f"doc snippets: {checked} checked, {failures} not compiled")
sys.exit(1 if failures else 0)
