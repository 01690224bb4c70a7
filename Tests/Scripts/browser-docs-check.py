"""Checks /docs and /redoc in a real headless Chromium, with self-hosted assets.

It starts `api serve`, opens /docs through the DevTools protocol, waits for Swagger UI to list the
operations, authorizes with a bearer token when one is given, runs "Try it out" → "Execute" on one
operation (filling its parameters and choosing files for its form's file inputs when asked) and reads the
server's answer from the page; then checks that ReDoc renders. Optionally saves
a screenshot of /docs.

usage: browser-docs-check.py API_BINARY ASSETS_DIR --operation METHOD PATH --expect-status N
                             [--token TOKEN | --login USERNAME PASSWORD | --api-key KEY | --oidc-code]
                             [--expect-text TEXT] [--screenshot FILE] [--env KEY=VALUE ...]

With --login it signs in through the Authorize dialog's OAuth2 password flow instead of pasting a token; with
--api-key it pastes an API key into the apiKey scheme; with --oidc-code it signs in through the openIdConnect
scheme's authorization-code flow (PKCE): a popup to the provider, back to /docs/oauth2-redirect.html, the
code exchanged at the provider's token endpoint from the page (so CORS and the page's CSP are exercised).
"""
import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import websocket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {url}")


class Page:
    """A minimal DevTools-protocol client for one page."""

    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise SystemExit(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise SystemExit(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, element):
        """Clicks like a user: scrolls the element into view and sends real mouse events at its centre."""
        box = self.evaluate(f"""(() => {{ const e = {element}; e.scrollIntoView({{block: 'center'}});
            const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def wait_for(self, expression, what, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.25)
        raise SystemExit(f"timed out waiting for {what}")


# Calls every operation from the page, as the viewed caller, with harmless inputs: an id no row has, an empty
# JSON body. What matters is only whether the answer is a 401/403 refusal, as the view said, or not.
REAL_CALLS = """async (credential, kind, rows, spec) => {
  const results = [];
  for (const row of rows) {
    const parameters = (spec.paths[row.path][row.method.toLowerCase()].parameters || []).filter(p => p.in === "path");
    let url = row.path;
    for (const parameter of parameters) {
      const format = parameter.schema && parameter.schema.format;
      url = url.replace("{" + parameter.name + "}", format === "uuid" ? "00000000-0000-4000-8000-000000000000" : "999999");
    }
    const headers = {};
    if (credential) headers[kind === "apiKey" ? document.body.dataset.apiKeyHeader : "Authorization"] = kind === "apiKey" ? credential : "Bearer " + credential;
    const options = { method: row.method, headers, cache: "no-store" };
    if (!["GET", "HEAD", "DELETE"].includes(row.method)) { options.body = "{}"; headers["Content-Type"] = "application/json"; }
    const answer = await fetch(url, options);
    results.push({ method: row.method, path: row.path, allowed: row.allowed, refusal: row.refusal, status: answer.status });
  }
  return results;
}"""


def check_access_page(page, base, spec, tokens, login):
    """/docs/access shows, for anonymous, member and admin callers, exactly what the server answers them."""
    rows_js = "[...document.querySelectorAll('#operations tr')].map(r => ({method: r.dataset.method, path: r.dataset.path, allowed: r.dataset.allowed === 'true', refusal: r.dataset.refusal ? Number(r.dataset.refusal) : null}))"
    callers = [("anonymous", None)] + list(tokens.items())
    seen = {}
    for name, token in callers:
        page.call("Page.navigate", url=f"{base}/docs/access")
        page.wait_for("document.body?.dataset.state === 'anonymous'", "/docs/access to show the anonymous view")
        if token:
            page.evaluate(f"document.getElementById('credential').value = {json.dumps(token)}")
            page.click("document.getElementById('show')")
            page.wait_for("(document.body?.dataset.state || '').startsWith('caller:')", f"the {name} view")
        rows = page.evaluate(rows_js)
        results = page.evaluate(f"({REAL_CALLS})({json.dumps(token)}, 'bearer', {json.dumps(rows)}, {json.dumps(spec)})")
        for result in results:
            refused = result["status"] in (401, 403)
            if result["allowed"] == refused or (not result["allowed"] and result["status"] != result["refusal"]):
                raise SystemExit(f"/docs/access for {name}: {result['method']} {result['path']} shown as "
                                 f"{'allowed' if result['allowed'] else 'refused with ' + str(result['refusal'])}, the server answered {result['status']}")
        allowed = sum(result["allowed"] for result in results)
        seen[name] = allowed
        print(f"/docs/access for {name}: {allowed} of {len(results)} operations allowed — each matches a real call from the page")
    if not seen["anonymous"] < seen["member"] < seen["admin"]:
        raise SystemExit(f"the views do not widen from anonymous to member to admin: {seen}")
    if login:
        page.call("Page.navigate", url=f"{base}/docs/access")
        page.wait_for("document.body?.dataset.state === 'anonymous'", "/docs/access")
        page.evaluate(f"document.getElementById('username').value = {json.dumps(login[0])}; document.getElementById('password').value = {json.dumps(login[1])}")
        page.click("document.getElementById('sign-in-button')")
        state = page.wait_for("(document.body?.dataset.state || '').startsWith('caller:') && document.body.dataset.state", "signing in on /docs/access")
        print(f"/docs/access sign-in by password → {state}")
    page.call("Page.navigate", url=f"{base}/docs/access")
    page.wait_for("document.body?.dataset.state === 'anonymous'", "/docs/access")
    page.evaluate("document.getElementById('credential').value = 'v4.public.forged'")
    page.click("document.getElementById('show')")
    page.wait_for("document.body?.dataset.state === 'refused'", "a forged token to be refused on /docs/access")
    print("/docs/access refuses a forged token (401), as every route would")


def wait_devtools_port(port_file, seconds=30):
    """Chromium creates DevToolsActivePort before it writes it: wait for the port line, not the file."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with open(port_file) as handle:
                lines = handle.read().split()
            if len(lines) >= 2 and lines[0].isdigit():  # the port, then the browser target: written whole
                return lines[0]
        except FileNotFoundError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"Chromium wrote no DevTools port within {seconds} s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("api")
    parser.add_argument("assets")
    parser.add_argument("--operation", nargs=2, required=True, metavar=("METHOD", "PATH"))
    parser.add_argument("--expect-status", required=True)
    parser.add_argument("--token")
    parser.add_argument("--login", nargs=2, metavar=("USERNAME", "PASSWORD"))
    parser.add_argument("--api-key")
    parser.add_argument("--oidc-code", action="store_true")
    parser.add_argument("--expect-text")
    parser.add_argument("--screenshot")
    parser.add_argument("--access-check", nargs=2, metavar=("MEMBER_TOKEN", "ADMIN_TOKEN"),
                        help="also check /docs/access for anonymous, member and admin callers against real calls")
    parser.add_argument("--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="fill a parameter of the operation in Try it out")
    parser.add_argument("--file", nargs=2, action="append", default=[], metavar=("FIELD", "PATH"),
                        help="choose a file for a multipart field in Try it out's form (its file input)")
    parser.add_argument("--env", action="append", default=[])
    args = parser.parse_args()

    port = free_port()
    env = dict(os.environ, PORT=str(port), HOST="127.0.0.1", DOCS_ASSETS_DIRECTORY=args.assets)
    env.update(item.split("=", 1) for item in args.env)
    server = subprocess.Popen([args.api, "serve"], env=env)
    profile = tempfile.mkdtemp(prefix="warrant-chromium-")
    browser = None
    try:
        base = f"http://127.0.0.1:{port}"
        spec = json.loads(wait_http(f"{base}/openapi.json"))
        # The self-hosted assets (checked against the pinned hashes at start-up) are served; nothing else is.
        with urllib.request.urlopen(f"{base}/docs/assets/swagger-ui.css", timeout=5) as response:
            if not response.headers["Content-Type"].startswith("text/css"):
                raise SystemExit(f"swagger-ui.css served as {response.headers['Content-Type']}")
        try:
            urllib.request.urlopen(f"{base}/docs/assets/..%2F..%2Fetc%2Fpasswd", timeout=5)
            raise SystemExit("a path outside the assets was served")
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise SystemExit(f"a traversal attempt answered {error.code}, not 404")
        browser = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1280,1800", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        port_file = os.path.join(profile, "DevToolsActivePort")
        devtools_port = wait_devtools_port(port_file)
        targets = json.loads(wait_http(f"http://127.0.0.1:{devtools_port}/json/list"))
        page = Page(next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page"))
        page.call("Page.enable")
        page.call("Runtime.enable")

        page.call("Page.navigate", url=f"{base}/docs")
        operations = sum(len([m for m in item if m in ("get", "post", "put", "patch", "delete")]) for item in spec["paths"].values())
        listed = page.wait_for(f"document.querySelectorAll('.opblock').length >= {operations} && document.querySelectorAll('.opblock').length", "Swagger UI to list the operations")
        print(f"/docs lists {listed} operations (spec has {operations})")

        if args.login:
            username, password = args.login
            page.evaluate("document.querySelector('.btn.authorize').click()")
            page.wait_for("document.querySelector('.modal-ux #oauth_username') !== null", "the password flow in the Authorize dialog")
            page.evaluate(f"""(() => {{
                const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
                for (const [id, value] of [['oauth_username', {json.dumps(username)}], ['oauth_password', {json.dumps(password)}]]) {{
                  const input = document.getElementById(id);
                  setter.call(input, value);
                  input.dispatchEvent(new Event('input', {{ bubbles: true }}));
                }}
            }})()""")
            page.click("[...document.querySelectorAll('.modal-ux .auth-container')].find(c => c.querySelector('#oauth_username')).querySelector('.btn.modal-btn.auth.authorize')")
            page.wait_for("[...document.querySelectorAll('.modal-ux .auth-container')].some(c => c.querySelector('#oauth_username') === null && c.textContent.includes('Logout'))",
                          "the password flow to sign in")
            print(f"signed in through the Authorize dialog as {username}")
            page.evaluate("document.querySelector('.modal-ux .btn-done, .modal-ux .close-modal').click()")

        if args.api_key:
            page.evaluate("document.querySelector('.btn.authorize').click()")
            container = "[...document.querySelectorAll('.modal-ux .auth-container')].find(c => c.textContent.includes('X-API-Key'))"
            page.wait_for(f"{container}?.querySelector('input') != null", "the apiKey scheme in the Authorize dialog")
            page.evaluate(f"""(() => {{
                const input = {container}.querySelector('input');
                const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
                setter.call(input, {json.dumps(args.api_key)});
                input.dispatchEvent(new Event('input', {{ bubbles: true }}));
                input.closest('form').querySelector('button[type=submit]').click();
            }})()""")
            page.wait_for(f"{container}.textContent.includes('Logout')", "the API key to be set")
            print("authorized with an API key in the apiKey scheme")
            page.evaluate("document.querySelector('.modal-ux .btn-done, .modal-ux .close-modal').click()")

        if args.oidc_code:
            # Swagger UI fetches the discovery document after the spec; the dialog shows its flows once it has it.
            page.wait_for("window.ui.specSelectors.securityDefinitions()?.getIn(['openIdConnect', 'openIdConnectData']) != null",
                          "Swagger UI to read the provider's discovery document")
            page.evaluate("document.querySelector('.btn.authorize').click()")
            container = ("[...document.querySelectorAll('.modal-ux .auth-container')].find(c => c.textContent.includes('openIdConnect')"
                         " && c.textContent.includes('authorization_code'))")
            try:
                page.wait_for(f"{container}?.querySelector('.btn.modal-btn.auth.authorize') != null", "the openIdConnect authorization-code flow", timeout=15)
            except SystemExit:
                print(page.evaluate("[...document.querySelectorAll('.modal-ux .auth-container')].map(c => c.textContent.slice(0, 300)).join('\\n---\\n')"))
                raise
            client = page.evaluate(f"{container}.querySelector('input[type=text]')?.value")
            print(f"the openIdConnect flow offers authorization_code, client id prefilled: {client!r}")
            page.click(f"{container}.querySelector('.btn.modal-btn.auth.authorize')")
            try:
                page.wait_for(f"{container}.textContent.includes('Logout')", "the provider to sign in through the popup and the code exchange", timeout=20)
            except SystemExit:
                errors = page.evaluate(f"{container}.querySelector('.errors')?.textContent")
                print(f"the dialog says: {errors!r}")
                raise
            print("signed in through the openIdConnect authorization-code flow")
            page.evaluate("document.querySelector('.modal-ux .btn-done, .modal-ux .close-modal').click()")

        if args.token:
            page.evaluate("document.querySelector('.btn.authorize').click()")
            page.wait_for("document.querySelector('.modal-ux input[type=text], .modal-ux input[type=password]') !== null", "the Authorize dialog")
            page.evaluate(f"""(() => {{
                const input = [...document.querySelectorAll('.modal-ux .auth-container')]
                  .find(c => c.textContent.includes('bearer') || c.textContent.includes('Bearer'))
                  .querySelector('input');
                const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
                setter.call(input, {json.dumps(args.token)});
                input.dispatchEvent(new Event('input', {{ bubbles: true }}));
                input.closest('form').querySelector('button[type=submit]').click();
            }})()""")
            page.wait_for("document.querySelector('.modal-ux .btn-done') !== null", "authorization")
            page.evaluate("document.querySelector('.modal-ux .btn-done').click()")

        method, path = args.operation
        block = f"[...document.querySelectorAll('.opblock-{method.lower()}')].find(b => b.querySelector('.opblock-summary-path')?.getAttribute('data-path') === {json.dumps(path)})"
        page.wait_for(f"{block} !== undefined", f"the {method} {path} operation")
        page.click(f"{block}.querySelector('.opblock-summary-control')")
        try:
            page.wait_for(f"{block}.querySelector('.try-out__btn') !== null", "the Try it out button", timeout=10)
        except SystemExit:
            print(page.evaluate(f"{block}.outerHTML")[:3000])
            raise
        page.click(f"{block}.querySelector('.try-out__btn')")
        page.wait_for(f"{block}.querySelector('.execute') !== null", "the Execute button")
        for name, value in args.param:
            page.evaluate(f"""(() => {{
                const input = {block}.querySelector('tr[data-param-name={json.dumps(name)}] input');
                const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
                setter.call(input, {json.dumps(value)});
                input.dispatchEvent(new Event('input', {{ bubbles: true }}));
            }})()""")
            # Swagger UI's parameter inputs are debounced: the value reaches its state a moment later.
            time.sleep(1)
        for field, file_path in args.file:
            # Swagger UI draws a file input for a `format: binary` property of a multipart body: choose the
            # file the way a user's file dialog does.
            row = f"[...{block}.querySelectorAll('.parameters tr, table tr')].find(r => r.querySelector('.parameter__name')?.textContent.trim().startsWith({json.dumps(field)}) && r.querySelector('input[type=file]'))"
            page.wait_for(f"{row} !== undefined", f"a file input for {field} in the request body's form")
            element = page.call("Runtime.evaluate", expression=f"{row}.querySelector('input[type=file]')")
            page.call("DOM.setFileInputFiles", files=[os.path.abspath(file_path)], objectId=element["result"]["objectId"])
            print(f"chose {file_path} in the file input for {field}")
        page.click(f"{block}.querySelector('.execute')")
        try:
            status = page.wait_for(
                f"{block}.querySelector('.live-responses-table tr.response .response-col_status')?.textContent.trim()",
                "the server's answer in the page",
            )
        except SystemExit:
            print(page.evaluate(f"{block}.innerText")[:1500])
            raise
        print(f"Try it out {method} {path} → {status}")
        if status != args.expect_status:
            raise SystemExit(f"expected status {args.expect_status}, the page shows {status}")
        body = page.evaluate(f"{block}.querySelector('.live-responses-table tr.response .response-col_description pre')?.textContent")
        print(f"response body shown: {(body or '')[:120]}")
        if args.expect_text and args.expect_text not in (body or ""):
            raise SystemExit(f"expected the answer to show {args.expect_text!r}")

        if args.screenshot:
            page.evaluate("window.scrollTo(0, 0)")
            shot = page.call("Page.captureScreenshot", format="png")
            with open(args.screenshot, "wb") as out:
                out.write(base64.b64decode(shot["data"]))
            print(f"screenshot: {args.screenshot}")

        if args.access_check:
            check_access_page(page, base, spec, dict(zip(("member", "admin"), args.access_check)), args.login)

        page.call("Page.navigate", url=f"{base}/redoc")
        title = spec["info"]["title"]
        page.wait_for(f"document.querySelector('.api-info h1')?.textContent.includes({json.dumps(title)})", "ReDoc to render the API title")
        sections = page.wait_for("document.querySelectorAll('[data-section-id^=\"operation/\"], [id^=\"operation/\"]').length", "ReDoc to list operations")
        print(f"/redoc renders {sections} operation sections")
    finally:
        if browser:
            browser.terminate()
            browser.wait(timeout=10)
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
