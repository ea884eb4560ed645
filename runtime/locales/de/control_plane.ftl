# German (de) translations of the control plane's error codes: errcat's worked example
# of translations of a prebuilt catalog (src/catalogs/control_plane.rs).
#
# One message per code, in the order of the variants of `ControlPlaneError`: the message id
# is the code, the value the German message, and the `.hint` attribute the German
# remediation (sent as the envelope's `hint`).
# Placeholders are the variant's fields (`{ $method }`, `{ $path }`, `{ $field }`, ...);
# literal braces of the English text are written `{"{"}` and `{"}"}`.
# Code identifiers, header names, HTTP methods, URLs and product names stay untranslated.

## Authentication & authorization

CP_UNAUTHENTICATED = Authentifizierung erforderlich
    .hint = Senden Sie Authorization: Bearer <skl_…> (oder sllm_… für das LLM-Gateway). Sitzungen und Bootstrap-Tokens funktionieren beide, wo aufgeführt.

CP_INVALID_KEY = fehlerhafter API-Schlüssel
    .hint = Der Bearer entspricht nicht der erwarteten Form (skl_<hex> oder sllm_<hex>). Prüfen Sie auf Leerzeichen und Abschneiden.

CP_LLM_KEY_INVALID = LLM-Schlüssel widerrufen oder unbekannt
    .hint = Der sllm_-Schlüssel wurde widerrufen oder existiert nicht. Erstellen Sie einen neuen über POST /v1/llm-keys.

CP_INVALID_CREDENTIALS = ungültige E-Mail-Adresse oder ungültiges Passwort
    .hint = E-Mail/Passwort bei /login stimmen nicht überein. Überprüfen Sie die Zugangsdaten.

CP_WEAK_PASSWORD = das Passwort muss mindestens 8 Zeichen lang sein
    .hint = Das Passwort bei der Registrierung erfüllt nicht die Mindestlänge von 8 Zeichen.

CP_USER_NOT_IN_ORG = kein Mitglied dieser Org
    .hint = Der Bearer ist gültig, aber der Aufrufer ist kein Mitglied der angeforderten Org. Übergeben Sie entweder den richtigen Slug oder lassen Sie sich vom Owner der Org einladen.

## Not found / wrong state

CP_ROUTE_NOT_FOUND = keine Route für { $method } { $path }
    .hint = Keine Route für diese METHODE und diesen PFAD. Meist ein Tippfehler in der URL. Die Meldung gibt Methode und Pfad zurück, damit Sie den Tippfehler erkennen. Den kanonischen Endpunktkatalog finden Sie in der API-Referenz.

CP_METHOD_NOT_ALLOWED = Methode auf diesem Pfad nicht erlaubt
    .hint = Der Pfad existiert, die HTTP-Methode aber nicht, z. B. DELETE /v1/healthz, obwohl healthz nur GET akzeptiert. Prüfen Sie die erlaubten Methoden der Route in der API-Referenz.

CP_PROJECT_NOT_FOUND = kein aktives Projekt mit dieser wok_id in dieser Org
    .hint = prüfen Sie die wok_id und ob sie zu Ihrer Org gehört

CP_ORG_NOT_FOUND = keine Org mit diesem Slug
    .hint = Keine Org mit diesem Slug. Slugs unterscheiden zwischen Groß- und Kleinschreibung.

CP_NOT_ACTIVE = der Wok ist zerstört
    .hint = Der Wok ist zerstört (endgültig). Stellen Sie über POST /v1/woks einen neuen bereit.

CP_STATUS_STALE = Wok-Status noch nicht aktualisiert
    .hint = Die Statuszeile des Woks wurde vom Reconciler noch nicht aktualisiert. Versuchen Sie es in 5 s erneut.

CP_FUNCTION_NOT_FOUND = keine Funktion mit diesem Namen auf diesem Wok
    .hint = Keine Funktion mit diesem Namen auf dem Wok. Auflisten über GET /v1/woks/{"{"}id{"}"}/functions.

CP_TRIGGER_NOT_FOUND = kein installierter Trigger mit diesem Namen
    .hint = Kein installierter Trigger mit diesem Namen. Auflisten über GET /v1/woks/{"{"}id{"}"}/triggers.

## Validation

CP_BAD_JSON = ungültiger JSON-Body: Feld { $field } fehlt oder ist fehlerhaft
    .hint = Der Request-Body ist kein gültiges JSON, oder Pflichtfelder fehlen. Die Meldung nennt das Feld.

CP_INVALID_NAME = Bezeichner muss { $pattern } entsprechen
    .hint = Der Bezeichner entspricht nicht dem erwarteten regulären Ausdruck (z. B. Wok-IDs ^[a-z][a-z0-9]{"{"}0,30{"}"}$, Namen von Umgebungsvariablen ^[A-Z][A-Z0-9_]{"{"}0,63{"}"}$). Die Meldung nennt den tatsächlichen regulären Ausdruck.

CP_INVALID_BODY = Request-Body ist semantisch ungültig: { $violations }
    .hint = Gültiges JSON, aber semantisch falsch (z. B. bulk-env mit sowohl vars als auch dotenv, oder ein Cron-Ausdruck, der sich nicht parsen lässt).

CP_BULK_TOO_LARGE = Batch überschreitet die Obergrenze pro Aufruf
    .hint = Der Batch überschreitet die Obergrenze pro Aufruf (200 vars bei bulk env). Teilen Sie ihn auf mehrere Requests auf.

CP_SQL_TOO_LARGE = exec_sql-Body überschreitet 1 MiB
    .hint = Der exec_sql-Body überschreitet 1 MiB. Teilen Sie ihn in kleinere Migrationen auf.

CP_LLM_BODY_TOO_LARGE = chat-completions-Body überschreitet 1 MiB
    .hint = Der LLM-chat-completions-Body überschreitet 1 MiB. Kürzen Sie den Verlauf oder verwenden Sie einen kürzeren System-Prompt.

## Capacity & rate limits

CP_WOK_QUOTA_EXCEEDED = Wok-Limit Ihres Plans erreicht
    .hint = Sie haben das Wok-Limit Ihres Plans erreicht. Führen Sie ein Upgrade über POST /v1/orgs/{"{"}slug{"}"}/billing/checkout/subscription durch oder löschen Sie einen ungenutzten Wok.

CP_LLM_INSUFFICIENT_BALANCE = LLM-Guthaben aufgebraucht
    .hint = Beide Prepaid-Zähler (Tokens und Requests) stehen auf null. Laden Sie über POST /v1/llm-keys/{"{"}prefix{"}"}/topup auf oder konfigurieren Sie BYOK über PUT /v1/orgs/{"{"}slug{"}"}/llm-byok, um den Upstream direkt zu bezahlen.

## Upstream / platform

CP_DB_QUERY_FAILED = interner Datenbankfehler
    .hint = Die eigene Postgres-Datenbank der cp hat einen Fehler zurückgegeben. Prüfen Sie GET /v1/diag für das Subsystem cp_db; eröffnen Sie ein Ticket mit der correlation_id.

CP_DUMP_DB_NOT_READY = Wok-Datenbank wird noch bereitgestellt
    .hint = Der DB-Container des Woks ist noch nicht fertig bereitgestellt. Versuchen Sie es in 5–10 s erneut.

CP_EXEC_SQL_FAILED = SQL konnte in der Datenbank des Woks nicht ausgeführt werden
    .hint = Der docker-exec-Aufruf in den DB-Container des Woks ist fehlgeschlagen (oft, weil er gerade neu startet). Versuchen Sie es erneut; falls der Fehler bestehen bleibt, rufen Sie /diag/wok/{"{"}id{"}"} auf.

CP_LLM_UPSTREAM_FAILED = LLM-Upstream fehlgeschlagen
    .hint = Der konfigurierte LLM-Upstream (standardmäßig DeepSeek oder Ihre BYOK-URL) hat einen Nicht-2xx-Status zurückgegeben oder eine Zeitüberschreitung erreicht. Prüfen Sie den Status des Upstreams; der Response-Header X-LLM-Source zeigt Ihnen, welche Seite geantwortet hat.

CP_EMAIL_UPSTREAM_FAILED = E-Mail-Anbieter antwortete mit { $upstream_status }
    .hint = Der Aufruf der Resend-API ist fehlgeschlagen. Die Meldung gibt den Status von Resend zurück. Häufige Ursache: Die Absenderdomain wurde noch nicht verifiziert.

CP_DOMAIN_UPSTREAM_FAILED = Aufruf der Cloudflare-API fehlgeschlagen: { $response }
    .hint = Der Aufruf der Cloudflare-Registrar- oder DNS-API ist fehlgeschlagen. Die Meldung gibt die Antwort von CF zurück.

CP_FUNCTIONS_NOT_ENABLED = Funktionen sind auf diesem Wok nicht aktiviert
    .hint = Dieser Wok wurde bereitgestellt, bevor es Funktionen gab, und hat keinen functions_port zugewiesen. Der Reconciler behebt dies beim nächsten Durchlauf, oder rufen Sie POST /v1/woks/{"{"}id{"}"}/restart auf, um es zu erzwingen.
