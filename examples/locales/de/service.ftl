# German translations of the example service's own codes (the control plane's come with
# errcat: `Translations::prebuilt()`). One message per code, `.hint` the remediation,
# placeholders the variant's fields.

SVC_WIDGET_NOT_FOUND = kein Widget namens { $name }
    .hint = die Widgets auflisten mit GET /widgets/gear
SVC_RATE_LIMITED = langsamer, bitte
SVC_STORAGE_FAILED = Speicher ausgefallen
SVC_BODY_TOO_LARGE = der Request-Body ist größer als { $limit } Bytes
