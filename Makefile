# Warrant — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

SYSTEM_PACKAGES := libsodium-dev libpq-dev postgresql python3-venv
TEST_PACKAGES := chromium valgrind
SWIFT_BUILD_FLAGS ?=
TOOLS = $(shell Tests/Scripts/tools-venv.sh)

ifeq ($(shell uname -s),Darwin)
# Homebrew's libpq and postgresql@N are keg-only: scripts/platform.sh finds them for swift build
# (PKG_CONFIG_PATH), the test databases (PG_BIN, read by Tests/Scripts/temp_postgres.py) and psql (PATH).
export PKG_CONFIG_PATH := $(shell bash -c '. scripts/platform.sh && printf %s "$$PKG_CONFIG_PATH"')
export PG_BIN := $(shell bash -c '. scripts/platform.sh && printf %s "$$postgres_bin"')
export PATH := $(shell bash -c '. scripts/platform.sh && printf %s "$$PATH"')
endif

.PHONY: help deps build release run dev hello test test-swift test-clients test-dev test-platform test-compile-fail test-cli test-audit audit test-openapi test-docs test-doc-coverage test-docc docs test-interop test-oidc test-secrets test-iam test-storm test-operability test-idempotency test-browser test-template test-tutorial test-docs-commands test-lambda lambda-order lambda-bench bench bench-peer bench-cpu bench-scaling bench-page-size bench-server microbench fuzz soak test-fuzz-api openapi resource clean

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

deps: ## Install the system packages the project needs (apt on Debian, Homebrew on macOS), only those missing.
	@Tests/Scripts/install-system-packages.sh $(SYSTEM_PACKAGES)

build: deps ## Debug build of everything.
	swift build $(SWIFT_BUILD_FLAGS)

release: deps ## Release build of the `api` executable (scripts/release-build.sh, as the Dockerfile builds it).
	@Tests/Scripts/install-system-packages.sh dpkg-dev gcc
	scripts/release-build.sh $(SWIFT_BUILD_FLAGS)

run: deps ## Serve the API on :8080 with /docs, development keys and tokens.
	swift build --product api $(SWIFT_BUILD_FLAGS)
	scripts/dev-run.sh

dev: deps ## Like run, and on every save under Sources/ or Config/: rebuild, restart, print the spec's changes.
	swift build --product api $(SWIFT_BUILD_FLAGS)
	DEV_WATCH=1 SWIFT_BUILD_FLAGS='$(SWIFT_BUILD_FLAGS)' API="$$(swift build --show-bin-path $(SWIFT_BUILD_FLAGS))/api" scripts/dev-run.sh

hello: deps ## Serve docs/01's first API (Examples/hello): two routes, a token printed, no database.
	swift build --product hello $(SWIFT_BUILD_FLAGS)
	"$$(swift build --show-bin-path $(SWIFT_BUILD_FLAGS))/hello"

openapi: build ## Regenerate the committed spec snapshot docs/openapi.json.
	APP_ENV=test .build/debug/api openapi > docs/openapi.json
	@echo "docs/openapi.json updated"

resource: deps ## Add a protected CRUD resource: NAME=bookmark [FIELDS="title:String url:String"] [PLURAL=…].
	@test -n "$(NAME)" || { echo 'usage: make resource NAME=bookmark [FIELDS="title:String url:String"] [PLURAL=bookmarks]'; exit 2; }
	swift build --product api $(SWIFT_BUILD_FLAGS)
	.build/debug/api new resource $(NAME) $(if $(PLURAL),--plural $(PLURAL)) $(foreach field,$(FIELDS),--field $(field))

test: deps ## The whole suite: Swift tests, spec checks, the docs pages in a real browser.
	@Tests/Scripts/install-system-packages.sh $(TEST_PACKAGES)
	$(MAKE) test-swift test-clients test-compile-fail test-cli test-audit test-openapi test-docs test-doc-coverage test-docc test-interop test-oidc test-secrets test-iam test-storm test-operability test-idempotency test-browser test-fuzz-api test-template test-lambda test-docs-commands test-tutorial test-dev test-platform

# Suites whose assertions are about connections and timing (a socket closed, a keep-alive written, a burst
# throttled): they run in a process of their own, after the rest, so that the other suites' servers and
# load, sharing that process's two event loops and threads, cannot delay them past their bounds.
SOCKET_SUITES := ConnectionTests|RequestTimeoutTests|LiveStreamingTests|GracefulShutdownStreamTests|RuntimeEndToEndTests|SignInLimitTests

test-swift: ## The Swift suites only (swift test, in parallel; the connection-level suites in a process of their own).
	swift build --build-tests $(SWIFT_BUILD_FLAGS)
	swift test --skip-build --parallel --skip "$(SOCKET_SUITES)"
	swift test --skip-build --parallel --filter "$(SOCKET_SUITES)"

test-clients: ## Generated Python (openapi-python-client) and Swift (swift-openapi-generator) clients take the template's spec and the docs' examples without a warning, and read their answers back unchanged.
	Tests/Scripts/install-system-packages.sh postgresql
	venv=$$(Tests/Scripts/tools-venv.sh clients) && "$$venv/bin/python" Tests/Scripts/client-check.py "$$venv"

test-openapi: ## Validate the committed spec with an independent OpenAPI 3.1 validator; its YAML twin must read the same.
	APP_ENV=test .build/debug/api openapi --format yaml > .build/openapi.yaml
	$(TOOLS)/bin/python Tests/Scripts/validate-openapi.py docs/openapi.json .build/openapi.yaml

test-docs: ## Check that every Swift snippet in README.md and docs/ is compiled code.
	python3 Tests/Scripts/check-doc-snippets.py

test-doc-coverage: ## Every public symbol of the Warrant* modules has a doc comment.
	swift package dump-symbol-graph --minimum-access-level public >/dev/null
	python3 Tests/Scripts/check-documentation-coverage.py "$$(swift build --show-bin-path)/../symbolgraph"

DOCC_TARGETS = Warrant WarrantCrypto WarrantJSON WarrantOIDC WarrantTelemetry WarrantAWS WarrantAudit WarrantPostgres WarrantPostgresTesting WarrantLambda WarrantLambdaEmulator WarrantTesting

test-docc docs: ## The DocC API reference of the Warrant* modules, with warnings as errors.
	swift package --disable-sandbox generate-documentation $(addprefix --target ,$(DOCC_TARGETS)) \
		--enable-experimental-combined-documentation --warnings-as-errors
	@echo "API reference: $$(swift build --show-bin-path)/../../plugins/Swift-DocC/outputs/Warrant.doccarchive"

test-browser: ## Load /docs and /redoc in headless Chromium; authorize by password, API key and an OIDC provider's code flow; "Try it out", a file upload through its form included.
	Tests/Scripts/browser-check.sh

test-compile-fail: ## Snippets that must NOT compile (forged proofs, wrong access types), and their twins that must.
	Tests/CompileFail/run.sh

test-cli: ## The developer commands: keys generate, token mint, openapi --security-report; docs/01's `make hello`.
	Tests/Scripts/cli-check.sh .build/debug/api
	python3 Tests/Scripts/hello-check.py .build/debug/hello

test-audit: ## `api openapi diff` end to end (exit codes, formats, acknowledgements, git: and URL sources); the report's formats and --role.
	Tests/Scripts/audit-check.sh .build/debug/api

audit: build ## This branch's spec against origin/main, as a pull-request job runs it (exit 3 security, 2 breaking).
	git fetch --quiet origin main
	APP_ENV=test .build/debug/api openapi diff --against-snapshot
	APP_ENV=test .build/debug/api openapi diff git:origin/main:docs/openapi.json docs/openapi.json --acknowledged audit/acknowledged.json

test-interop: ## Tokens interoperate with an independent PASETO implementation (pyseto).
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py $(TOOLS)/bin/python Tests/Scripts/paseto-interop.py .build/debug/api

test-oidc: ## OIDC tokens from a local provider (PyJWT) and API keys, end to end against the served API: every refusal, rotation, provider outage.
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py $(TOOLS)/bin/python Tests/Scripts/oidc-check.py .build/debug/api

test-secrets: ## The signing key read from Secrets Manager at start-up, over SigV4 requests a botocore-backed stand-in checks.
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py sh -c '.build/debug/api migrate >/dev/null && \
		$(TOOLS)/bin/python Tests/Scripts/secrets-check.py .build/debug/api'

test-iam: ## IAM database authentication: the token botocore would make, sent only over verified TLS, to a loopback RDS Proxy stand-in.
	$(TOOLS)/bin/python Tests/Scripts/iam-db-check.py .build/debug/api

test-storm: ## 40 instances against max_connections=10: 201 or a quick 503 + Retry-After, nothing acknowledged lost, all recover.
	$(TOOLS)/bin/python Tests/Scripts/storm-check.py .build/debug/api

test-operability: ## Access log, Prometheus metrics and OTLP spans of the served API; the sign-in limit shared by two processes.
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py $(TOOLS)/bin/python Tests/Scripts/operability-check.py .build/debug/api

test-idempotency: ## An idempotent POST whose server is killed (SIGKILL) between its write and its answer: nothing kept, the retry on a new process creates once.
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py $(TOOLS)/bin/python Tests/Scripts/idempotency-check.py .build/debug/api

test-tutorial: ## docs/06 applied as written and the scaffold run on a copy of the template: built (in .build, sharing the packages), tested, served, called.
	Tests/Scripts/install-system-packages.sh postgresql
	python3 Tests/Scripts/tutorial-check.py .build/debug/api

test-docs-commands: ## The shell commands of docs pages 05, 07, 09, 15 and 16, run as written against a copy served like `make run`.
	Tests/Scripts/install-system-packages.sh postgresql
	python3 Tests/Scripts/docs-commands-check.py

test-dev: ## `make dev` on a copy of the template: a handler edit, a new route, a new @Schema, a compile error and a refused start-up, each save timed to serving.
	Tests/Scripts/install-system-packages.sh postgresql
	python3 Tests/Scripts/dev-check.py

test-platform: ## The macOS (Homebrew) branches of deps and the local database, with a fake brew and uname; Debian's unchanged; lean-libpq's refusals.
	Tests/Scripts/platform-check.sh
	Tests/Scripts/lean-libpq-check.sh

test-template: ## Lint the SAM template (cfn-lint runs the SAM transform offline) and scan it (checkov; suppressions carry their reason in the template).
	$(TOOLS)/bin/cfn-lint -t template.yaml && echo "template.yaml: cfn-lint clean"
	"$$(Tests/Scripts/tools-venv.sh scan)/bin/checkov" -f template.yaml --framework cloudformation --skip-download --quiet --compact
	@echo "template.yaml: checkov clean (skips: $$(grep -c '          - id: CKV' template.yaml), each with its comment)"

# The hot-code layout is an ELF (Linux) link's: Lambda runs Linux; macOS builds skip it. Profiling needs the
# database; the layout check that compares the profile with the committed order file does not.
ifeq ($(shell uname -s),Linux)
LAMBDA_PROFILE = && $(TOOLS)/bin/python scripts/lambda-order.py .build/release/api .build/debug/lambda-emulator .build/hot-functions.order \
	&& $(TOOLS)/bin/python Tests/Scripts/lambda-order-check.py .build/release/api .build/debug/lambda-emulator
LAMBDA_LAYOUT_CHECK = $(TOOLS)/bin/python Tests/Scripts/hot-code-check.py .build/release/api Sources/api/hot-functions.order .build/hot-functions.order
endif

test-lambda: release ## The release binary in Lambda mode under the local Runtime API emulator, every event shape; on Linux, its hot code packed.
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py sh -c '.build/release/api migrate >/dev/null && \
		$(TOOLS)/bin/python Tests/Scripts/lambda-check.py .build/release/api .build/debug/lambda-emulator $(LAMBDA_PROFILE)'
	$(LAMBDA_LAYOUT_CHECK)

lambda-order: release ## Regenerate Sources/api/hot-functions.order: the functions Lambda mode runs, placed together by the release link (Linux, valgrind).
	@[ "$$(uname -s)" = Linux ] || { echo "make lambda-order profiles the Linux binary Lambda runs: run it on Linux"; exit 1; }
	@Tests/Scripts/install-system-packages.sh valgrind
	@swift build --product lambda-emulator $(SWIFT_BUILD_FLAGS) >/dev/null
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py sh -c '.build/release/api migrate >/dev/null && \
		$(TOOLS)/bin/python scripts/lambda-order.py .build/release/api .build/debug/lambda-emulator Sources/api/hot-functions.order'
	@# The order file is not an input SwiftPM tracks: remove the binary so the link runs again with it.
	rm -f .build/release/api && $(MAKE) release

lambda-bench: release ## Cold start, warm latency and peak memory of Lambda mode, with the local emulator.
	@swift build --product lambda-emulator $(SWIFT_BUILD_FLAGS) >/dev/null
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py sh -c 'APP_ENV=test .build/release/api migrate >/dev/null && \
		$(TOOLS)/bin/python Tests/Scripts/lambda-bench.py .build/release/api .build/debug/lambda-emulator'

BENCH ?= ../shared/bench

bench: release ## FastAPI vs Warrant on the todos contract (needs the shared bench harness at $(BENCH)).
	@test -x $(BENCH)/compare || { echo "no benchmark harness at $(BENCH): set BENCH=/path/to/bench"; exit 1; }
	@rm -rf .build/bench && mkdir -p .build/bench
	$(BENCH)/pg-ceiling > .build/bench/ceiling.jsonl
	@scripts/bench-memory.py .build/bench/memory.txt > /dev/null & watcher=$$!; \
	$(BENCH)/compare --a fastapi --b-name warrant --rounds $${ROUNDS:-3} --out $(CURDIR)/.build/bench \
		--b 'exec $(CURDIR)/scripts/bench-server.sh' $(BENCH_ARGS); \
	status=$$?; kill $$watcher; wait $$watcher; [ $$status -ne 0 ] || scripts/bench-targets.py .build/bench; exit $$status

bench-peer: release ## The hand-written Rust peer (hyper + tokio-postgres) vs Warrant served with `api serve`'s defaults; ratios, p99, memory, verdict.
	@test -x $(BENCH)/compare || { echo "no benchmark harness at $(BENCH): set BENCH=/path/to/bench"; exit 1; }
	@peer=$$(scripts/build-rust-peer.sh $(BENCH)) && rm -rf .build/bench-peer && mkdir -p .build/bench-peer && \
	$(BENCH)/pg-ceiling > .build/bench-peer/ceiling.jsonl && \
	{ scripts/bench-memory.py .build/bench-peer/memory.txt > /dev/null & watcher=$$!; \
	$(BENCH)/compare --a-name rust-peer --a "exec $$peer" --b-name warrant --rounds $${ROUNDS:-3} --out $(CURDIR)/.build/bench-peer \
		--b 'SERVE_DEFAULTS=1 exec $(CURDIR)/scripts/bench-server.sh' $(BENCH_ARGS); \
	status=$$?; kill $$watcher; wait $$watcher; [ $$status -ne 0 ] || scripts/bench-targets.py .build/bench-peer --peer; exit $$status; }

bench-cpu: release ## Server CPU time per request, this build against BASELINE=/path/to/api (SCENARIO=list, ROUNDS=9, interleaved).
	@test -x $(BENCH)/crud-bench || { echo "no benchmark harness at $(BENCH): set BENCH=/path/to/bench"; exit 1; }
	@test -n "$(BASELINE)" || { echo "set BASELINE=/path/to/another/api binary to compare this build with"; exit 1; }
	scripts/bench-cpu.py --bench $(BENCH) --scenario $${SCENARIO:-list} --rounds $${ROUNDS:-9} baseline=$(BASELINE) build=.build/release/api

bench-scaling: release ## Warrant and the Rust peer at 16/64/256 connections and page sizes 1/20/100; a table and docs/images/scaling.png.
	@test -x $(BENCH)/compare || { echo "no benchmark harness at $(BENCH): set BENCH=/path/to/bench"; exit 1; }
	@peer=$$(scripts/build-rust-peer.sh $(BENCH)) && rm -rf .build/bench-scaling && \
	scripts/bench-scaling.py --bench $(BENCH) --a "exec '$$peer'" --a-name rust-peer --out .build/bench-scaling --rounds $${ROUNDS:-3} \
		--warrant 'SERVE_DEFAULTS=1 exec $(CURDIR)/scripts/bench-server.sh' $(BENCH_ARGS) && \
	$$(Tests/Scripts/tools-venv.sh plot)/bin/python scripts/plot-scaling.py .build/bench-scaling/results.jsonl docs/images/scaling.png

bench-page-size: release ## How list throughput grows with the page size, FastAPI and Warrant (shared harness).
	@test -x $(BENCH)/compare || { echo "no benchmark harness at $(BENCH): set BENCH=/path/to/bench"; exit 1; }
	@rm -rf .build/bench-page-size
	scripts/bench-scaling.py --bench $(BENCH) --a 'exec $(abspath $(BENCH))/fastapi_ref/run' --a-name fastapi \
		--warrant 'exec $(CURDIR)/scripts/bench-server.sh' --connections '' --rounds $${ROUNDS:-1} \
		--out .build/bench-page-size $(BENCH_ARGS)

bench-server: release ## Serve the release build the way `make bench` does, on $$PORT with $$DATABASE_URL.
	scripts/bench-server.sh

microbench: deps ## The framework layer against a bare Hummingbird handler doing the same work (Benchmarks/).
	cd Benchmarks && swift package --disable-sandbox benchmark && swift run -c release OverheadLoop

FUZZ_SECONDS ?= 600
FUZZ_BUILD_FLAGS = --sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp

fuzz: deps ## libFuzzer on the JSON body path and the token parser, $(FUZZ_SECONDS) s each (Fuzz/).
	cd Fuzz && swift build $(FUZZ_BUILD_FLAGS) --product FuzzJSONBody && swift build $(FUZZ_BUILD_FLAGS) --product FuzzAccessToken
	mkdir -p Fuzz/.build/corpus/json Fuzz/.build/corpus/token
	cd Fuzz && LSAN_OPTIONS=suppressions=lsan.supp .build/debug/FuzzJSONBody .build/corpus/json Corpus/json -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -print_final_stats=1
	cd Fuzz && LSAN_OPTIONS=suppressions=lsan.supp .build/debug/FuzzAccessToken .build/corpus/token Corpus/token -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -print_final_stats=1

soak: release ## 60 s of wrk at 256 connections on the todos routes: no errors, flat memory.
	@Tests/Scripts/install-system-packages.sh wrk
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py sh -c 'APP_ENV=test .build/release/api migrate >/dev/null && \
		$(TOOLS)/bin/python Tests/Scripts/soak.py .build/release/api'

test-fuzz-api: ## Spec-driven fuzzing (schemathesis) of every operation as admin, member and anonymous; no secrets in the logs.
	$(TOOLS)/bin/python Tests/Scripts/with-temp-postgres.py sh -c '.build/debug/api migrate >/dev/null && \
		"$$(Tests/Scripts/tools-venv.sh fuzz)/bin/python" Tests/Scripts/api-fuzz.py .build/debug/api "$$(Tests/Scripts/tools-venv.sh fuzz)/bin/schemathesis"'

clean: ## Remove build products.
	swift package clean
