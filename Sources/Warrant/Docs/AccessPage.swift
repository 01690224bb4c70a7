/// `/docs/access`: paste a token or an API key, or sign in, and see which operations that caller may call and
/// why — as the server decides it (`/docs/access.json`, answered by the gate and the role graph). The script
/// is a file of its own, so the page runs under the docs' strict Content-Security-Policy.
enum AccessPage {
    /// The page; `apiKeyHeader` and `loginURL` say which ways of presenting a credential it offers.
    static func html(title: String, apiKeyHeader: String?, loginURL: String?) -> String {
        let apiKeyOption = apiKeyHeader.map { "<option value=\"apiKey\">API key (\(DocsPages.escape($0)))</option>" } ?? ""
        let signIn = loginURL == nil ? "" : """
            <fieldset id="sign-in"><legend>Or sign in</legend>
            <label>Username <input id="username" autocomplete="username"></label>
            <label>Password <input id="password" type="password" autocomplete="current-password"></label>
            <button id="sign-in-button" type="button">Sign in</button></fieldset>
            """
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(DocsPages.escape(title)) — what may I call?</title>
            <style>
            body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; }
            textarea { width: 100%; font: 13px monospace; } fieldset { margin: 1rem 0; border: 1px solid #ccc; }
            table { border-collapse: collapse; width: 100%; margin-top: 1rem; } td, th { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            tr.allowed td.verdict { color: #0a6b2d; } tr.refused td.verdict { color: #a3120d; } code { font-size: 13px; } #status { min-height: 1.5em; }
            </style>
            </head>
            <body data-api-key-header="\(DocsPages.escape(apiKeyHeader ?? ""))" data-login-url="\(DocsPages.escape(loginURL ?? ""))">
            <h1>What may this caller call?</h1>
            <p>The server answers for every operation, using the same role graph and credential checks it enforces.
            Nothing you paste leaves this page except to this API. <a href="/docs">Back to the docs</a></p>
            <fieldset><legend>Present a credential</legend>
            <select id="kind"><option value="bearer">Bearer token</option>\(apiKeyOption)</select>
            <textarea id="credential" rows="3" placeholder="v4.public.… or an API key; empty for an anonymous caller"></textarea>
            <button id="show" type="button">Show what it may call</button></fieldset>
            \(signIn)
            <p id="status" role="status"></p>
            <p id="caller"></p>
            <table><thead><tr><th>Operation</th><th>Requires</th><th>May call?</th><th>Why</th></tr></thead><tbody id="operations"></tbody></table>
            <script src="/docs/access.js"></script>
            </body>
            </html>

            """
    }

    /// The page's script: fetches `/docs/access.json` with the credential and renders it with `textContent`
    /// only, so nothing the server or the user wrote is ever parsed as HTML.
    static let script = """
        "use strict";
        (function () {
          const body = document.body;
          const $ = (id) => document.getElementById(id);
          function cell(row, text, className) {
            const td = document.createElement("td");
            td.textContent = text;
            if (className) td.className = className;
            row.appendChild(td);
            return td;
          }
          function headers() {
            const value = $("credential").value.trim();
            if (!value) return {};
            if ($("kind").value === "apiKey") return { [body.dataset.apiKeyHeader]: value };
            return { Authorization: "Bearer " + value };
          }
          async function show() {
            $("status").textContent = "Asking the server…";
            let answer;
            try {
              answer = await fetch("/docs/access.json", { headers: headers(), cache: "no-store" });
            } catch (error) {
              $("status").textContent = "The server did not answer: " + error;
              return;
            }
            const document_ = await answer.json();
            const rows = $("operations");
            rows.replaceChildren();
            if (!answer.ok) {
              $("caller").textContent = "";
              $("status").textContent = "Refused (" + answer.status + "): " + (document_.title || "") + " " + (document_.detail || "");
              body.dataset.state = "refused";
              return;
            }
            const caller = document_.caller;
            $("caller").textContent = caller
              ? "Signed in as " + caller.subject + " with " + caller.scheme + "; roles: " + (caller.roles.join(", ") || "none")
              : "Anonymous caller (no credential)";
            for (const operation of document_.operations) {
              const row = document.createElement("tr");
              row.className = operation.allowed ? "allowed" : "refused";
              row.dataset.method = operation.method;
              row.dataset.path = operation.path;
              row.dataset.allowed = String(operation.allowed);
              row.dataset.refusal = operation.refusal === null ? "" : String(operation.refusal);
              cell(row, operation.method + " " + operation.path + " (" + operation.operationId + ")");
              cell(row, operation.access);
              cell(row, operation.allowed ? "yes" : "no (" + operation.refusal + ")", "verdict");
              cell(row, operation.reason);
              rows.appendChild(row);
            }
            $("status").textContent = "";
            body.dataset.state = caller ? "caller:" + caller.subject : "anonymous";
          }
          async function signIn() {
            const form = new URLSearchParams({ grant_type: "password", username: $("username").value, password: $("password").value });
            const answer = await fetch(body.dataset.loginUrl, { method: "POST", body: form, cache: "no-store" });
            const document_ = await answer.json();
            if (!answer.ok) {
              $("status").textContent = "Sign-in refused (" + answer.status + "): " + (document_.error_description || document_.title || "");
              return;
            }
            $("kind").value = "bearer";
            $("credential").value = document_.access_token;
            $("password").value = "";
            await show();
          }
          $("show").addEventListener("click", show);
          if ($("sign-in-button")) $("sign-in-button").addEventListener("click", signIn);
          show();
        })();

        """
}
