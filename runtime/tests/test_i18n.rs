//! Translations (feature `fluent`): negotiated, filled from fields, checked, served.

use axum::Router;
use axum::routing::get;
use errcat::ApiError;
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::i18n::{Translations, check};
use errcat::integrations::axum::ErrorLayer;
use tower::ServiceExt;

/// A shop's errors: templates over fields, an exposed field, a hint.
#[allow(dead_code)] // `secret` is never read
#[derive(Debug, ApiError)]
#[api(format = "nested", display)]
enum ShopError {
    /// No such order.
    #[api(
        status = 404,
        message = "no order {order_id}",
        hint = "list orders at {path:?}"
    )]
    OrderNotFound {
        order_id: u64,
        path: String,
        #[api(expose)]
        shop: String,
        secret: String,
    },
    #[api(status = 503, message = "try later", hint = "wait a minute")]
    Busy,
    #[api(status = 409, message = "conflict")]
    Conflict,
}

const DE: &str = "\
# German
ORDER_NOT_FOUND = keine Bestellung { $order_id } in { $shop }
    .hint = Bestellungen unter { $path }
BUSY = später versuchen
    .hint = eine Minute warten
CONFLICT = Konflikt
";

const FR: &str = "\
ORDER_NOT_FOUND = pas de commande { $order_id }
    .hint = commandes à { $path }
BUSY = réessayez plus tard
    .hint = attendez une minute
";

fn translations() -> Translations {
    let mut translations = Translations::new();
    translations.add_source("de", "locales/de/shop.ftl", DE);
    translations.add_source("fr", "locales/fr/shop.ftl", FR);
    translations
}

fn order() -> ShopError {
    ShopError::OrderNotFound {
        order_id: 42,
        path: "/orders".into(),
        shop: "Köln".into(),
        secret: "s3cret".into(),
    }
}

#[test]
fn placeholders_are_filled_from_fields_as_the_declaration_formats_them() {
    let translations = translations();
    let texts = translations.texts("de", &order()).unwrap();
    assert_eq!(texts.locale, "de");
    assert_eq!(texts.message, "keine Bestellung 42 in Köln");
    // `{path:?}` in the declaration: Debug, quotes and all.
    assert_eq!(
        texts.hint.as_deref(),
        Some("Bestellungen unter \"/orders\"")
    );
    // No message for the code in a locale: the declaration's text is the answer.
    assert_eq!(translations.texts("fr", &ShopError::Conflict), None);
    assert_eq!(translations.texts("en", &order()), None);
    assert_eq!(translations.texts("ja", &order()), None);
}

#[test]
fn messages_beyond_text_and_placeholders_are_resolved_by_fluent() {
    // A selector and a function: Fluent resolves these; text and placeholders are filled
    // without it. Both give what Fluent gives.
    let mut translations = Translations::new();
    translations.add_source(
        "de",
        "shop.ftl",
        "ORDER_NOT_FOUND = { $order_id ->\n    [42] die Bestellung 42\n   *[other] eine Bestellung\n} in { $shop }\n    .hint = unter { $path }\nBUSY = später\n    .hint = { \"{\" }warten{ \"}\" }\n",
    );
    let err = order();
    let texts = translations.texts("de", &err).unwrap();
    assert_eq!(texts.message, "die Bestellung 42 in Köln");
    assert_eq!(texts.hint.as_deref(), Some("unter \"/orders\""));
    let busy = translations.texts("de", &ShopError::Busy).unwrap();
    assert_eq!(busy.message, "später");
    assert_eq!(busy.hint.as_deref(), Some("{warten}"));
}

#[test]
fn a_placeholder_without_a_field_falls_back_to_the_declaration() {
    // Both ways of filling: compiled (text and placeholders) and Fluent (a selector).
    for source in [
        "ORDER_NOT_FOUND = Bestellung { $order_id } von { $customer }\n",
        "ORDER_NOT_FOUND = { $customer ->\n   *[other] Bestellung\n}\n",
        "ORDER_NOT_FOUND = Bestellung\n    .hint = frag { $customer }\n",
    ] {
        let mut translations = Translations::new();
        translations.add_source("de", "shop.ftl", source);
        assert_eq!(translations.texts("de", &order()), None, "{source}");
    }
    // A message with only a hint: no text to answer with.
    let mut translations = Translations::new();
    translations.add_source("de", "shop.ftl", "BUSY =\n    .hint = warten\n");
    assert_eq!(translations.texts("de", &ShopError::Busy), None);
    // The hint the translation lacks is the declaration's.
    let mut translations = Translations::new();
    translations.add_source("de", "shop.ftl", "BUSY = später\n");
    let texts = translations.texts("de", &ShopError::Busy).unwrap();
    assert_eq!(texts.hint.as_deref(), Some("wait a minute"));
}

#[test]
fn negotiation_follows_q_values_regions_and_falls_back_to_the_default() {
    let translations = translations();
    for (header, locale) in [
        ("de", "de"),
        ("de-CH", "de"),
        ("fr-CA, de;q=0.9", "fr"),
        ("de;q=0.5, fr;q=0.8", "fr"),
        ("ja, fr;q=0.1", "fr"),
        ("ja", "en"),
        ("*", "en"),
        ("de;q=0, *;q=0.5", "en"),
        ("", "en"),
        ("en-GB, de", "en"),
    ] {
        assert_eq!(translations.negotiate(header), locale, "{header:?}");
    }
    let hostile = [
        "x".repeat(64 * 1024),
        vec!["ja-JP;q=0.9"; 10_000].join(", "),
        "\u{0}\u{7f}ü;;;q=q=,".repeat(1000),
    ];
    for header in &hostile {
        assert_eq!(translations.negotiate(header), "en");
    }
    assert_eq!(
        Translations::new()
            .with_default_locale("de")
            .negotiate("fr"),
        "de"
    );
}

#[test]
fn the_check_names_file_line_locale_and_code_for_every_problem() {
    assert_eq!(
        check(&translations(), &[ShopError::catalog()])
            .unwrap_err()
            .to_string(),
        "fr: fr: CONFLICT: no message for this code"
    );
    let mut broken = Translations::new();
    broken.add_source(
        "de",
        "locales/de/shop.ftl",
        "\
ORDER_NOT_FOUND = keine Bestellung { $order } { $secret }
    .hint = Bestellungen
    .title = Titel
BUSY = später
UNKNOWN_CODE = was
CONFLICT = Konflikt {
",
    );
    broken.add_source("not a locale!", "locales/not a locale!/x.ftl", "A = b\n");
    let problems = check(&broken, &[ShopError::catalog()]).unwrap_err();
    assert_eq!(
        problems.to_string(),
        "\
locales/de/shop.ftl:6: de: Fluent syntax error: Expected an inline expression
locales/not a locale!/x.ftl: not a locale!: the folder \"not a locale!\" names no locale (a language tag such as `de` or `pt-BR`)
locales/de/shop.ftl:1: de: ORDER_NOT_FOUND: unknown attribute .title: a message has its value and a .hint
locales/de/shop.ftl:1: de: ORDER_NOT_FOUND: the message names { $order }, which `OrderNotFound` has no field for
locales/de/shop.ftl:1: de: ORDER_NOT_FOUND: the message names { $secret }, a field with no text: name it in the declaration's message or hint, or expose it
locales/de/shop.ftl:1: de: ORDER_NOT_FOUND: the message drops { $order_id }, which the declaration's message names
locales/de/shop.ftl:1: de: ORDER_NOT_FOUND: the hint drops { $path }, which the declaration's hint names
locales/de/shop.ftl:4: de: BUSY: no .hint, and the declaration has a hint
locales/de/shop.ftl:5: de: UNKNOWN_CODE: a message for no code of the catalogs
de: de: CONFLICT: no message for this code"
    );
}

#[test]
fn the_prebuilt_german_control_plane_is_complete() {
    let translations = Translations::prebuilt();
    assert_eq!(translations.locales().collect::<Vec<_>>(), ["de"]);
    if let Err(problems) = check(&translations, &[ControlPlaneError::catalog()]) {
        panic!("{problems}");
    }
}

#[test]
fn a_directory_of_locales_loads_in_order() {
    let dir = std::env::temp_dir().join(format!("errcat-i18n-{}", std::process::id()));
    for (locale, text) in [("de", DE), ("fr", FR)] {
        std::fs::create_dir_all(dir.join(locale)).unwrap();
        std::fs::write(dir.join(locale).join("shop.ftl"), text).unwrap();
    }
    std::fs::write(dir.join("README.txt"), "not a locale").unwrap();
    let translations = Translations::from_dir(&dir).unwrap();
    assert_eq!(translations.locales().collect::<Vec<_>>(), ["de", "fr"]);
    let problems = check(&translations, &[ShopError::catalog()]).unwrap_err();
    let line = problems.to_string();
    assert_eq!(line, "fr: fr: CONFLICT: no message for this code");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(Translations::from_dir(&dir).is_err());
}

async fn body_of(app: Router, accept: Option<&str>, path: &str) -> (String, String) {
    let mut request = http::Request::get(path);
    if let Some(accept) = accept {
        request = request.header("accept-language", accept);
    }
    let response = app
        .oneshot(request.body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    let language = response
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    (language, String::from_utf8(body.to_vec()).unwrap())
}

#[tokio::test]
async fn axum_answers_in_the_negotiated_locale_with_content_language() {
    async fn order_route() -> Result<(), ShopError> {
        Err(order())
    }
    async fn conflict() -> Result<(), ShopError> {
        Err(ShopError::Conflict)
    }
    async fn busy() -> Result<(), ShopError> {
        Err(ShopError::Busy)
    }
    let app = Router::new()
        .route("/order", get(order_route))
        .route("/conflict", get(conflict))
        .route("/busy", get(busy))
        .layer(ErrorLayer::<ControlPlaneError>::new().with_translations(translations()));

    // A static message and hint are translated too.
    let (language, body) = body_of(app.clone(), Some("de"), "/busy").await;
    assert_eq!(language, "de");
    let prefix = r#"{"error":{"code":"BUSY","message":"später versuchen","hint":"eine Minute warten","request_id":""#;
    assert!(body.starts_with(prefix), "{body}");

    let (language, body) = body_of(app.clone(), Some("de-DE,de;q=0.9"), "/order").await;
    assert_eq!(language, "de");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["error"]["code"], "ORDER_NOT_FOUND");
    assert_eq!(body["error"]["message"], "keine Bestellung 42 in Köln");
    assert_eq!(body["error"]["hint"], "Bestellungen unter \"/orders\"");
    assert_eq!(body["error"]["shop"], "Köln");

    // No translation for the code in that locale: the declaration's text, in English.
    let (language, body) = body_of(app.clone(), Some("fr"), "/conflict").await;
    assert_eq!(language, "en");
    assert!(body.contains(r#""message":"conflict""#), "{body}");

    // No Accept-Language, or nothing translated: the default locale.
    let (language, body) = body_of(app.clone(), None, "/order").await;
    assert_eq!(language, "en");
    assert!(body.contains(r#""message":"no order 42""#), "{body}");

    // Framework errors are translated too: the route-not-found code of the mapping.
    let (language, body) = body_of(
        Router::new()
            .route("/order", get(order_route))
            .fallback(errcat::integrations::axum::route_not_found)
            .layer(
                ErrorLayer::<ControlPlaneError>::new().with_translations(Translations::prebuilt()),
            ),
        Some("de"),
        "/nope",
    )
    .await;
    assert_eq!(language, "de", "{body}");
    assert!(body.contains(r#""code":"CP_ROUTE_NOT_FOUND""#), "{body}");
    assert!(body.contains("GET /nope"), "{body}");
    assert!(!body.contains("no route at"), "{body}");
}

#[actix_web::test]
async fn actix_answers_in_the_negotiated_locale() {
    use actix_web::{App, test, web};
    use errcat::integrations::actix::Errors;

    async fn order_route() -> Result<&'static str, ShopError> {
        Err(order())
    }
    let app = test::init_service(
        App::new()
            .wrap(Errors::<ControlPlaneError>::new().with_translations(translations()))
            .route("/order", web::get().to(order_route)),
    )
    .await;
    let request = test::TestRequest::get()
        .uri("/order")
        .insert_header(("accept-language", "fr-FR"))
        .to_request();
    let response = test::call_service(&app, request).await;
    assert_eq!(response.headers().get("content-language").unwrap(), "fr");
    let body = test::read_body(response).await;
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["error"]["message"], "pas de commande 42");
}

/// A form's errors: violations, whose messages translate by their codes.
#[derive(Debug, ApiError)]
#[api(format = "code")]
enum FormError {
    #[api(status = 400, message = "invalid form")]
    Invalid {
        #[api(violations)]
        issues: errcat::Violations,
    },
}

#[tokio::test]
async fn violation_messages_translate_by_their_codes() {
    use errcat::violation::codes;
    use errcat::{FieldPath, Violation};

    async fn invalid() -> Result<(), FormError> {
        let issues = [
            Violation::new(
                FieldPath::root().key("name"),
                codes::TOO_SMALL,
                "at least 3 characters",
            )
            .with_param("minimum", 3),
            Violation::new(FieldPath::root().key("email"), "email", "not an email"),
        ]
        .into_iter()
        .collect();
        Err(FormError::Invalid { issues })
    }
    let mut translations = Translations::new();
    translations.add_source(
        "de",
        "locales/de/form.ftl",
        "INVALID = ungültiges Formular\nviolation-too_small = mindestens { $minimum } Zeichen\n",
    );
    // `violation-*` messages are not codes of the catalog, and not reported as such.
    check(&translations, &[FormError::catalog()]).unwrap();
    let app = Router::new()
        .route("/form", get(invalid))
        .layer(ErrorLayer::<ControlPlaneError>::new().with_translations(translations));
    let (language, body) = body_of(app, Some("de"), "/form").await;
    assert_eq!(language, "de");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["message"], "ungültiges Formular");
    // Translated where the locale has the code, the declaration's text where not.
    assert_eq!(body["issues"][0]["path"], serde_json::json!(["email"]));
    assert_eq!(body["issues"][0]["message"], "not an email");
    assert_eq!(body["issues"][1]["message"], "mindestens 3 Zeichen");
    assert_eq!(body["issues"][1]["minimum"], 3);
}

/// One enum per built-in shape: fixed and templated messages and hints, exposed fields,
/// violations.
macro_rules! shape_error {
    ($name:ident, $format:literal) => {
        #[derive(Debug, ApiError)]
        #[api(format = $format)]
        enum $name {
            #[api(status = 404, message = "no such order", hint = "list the orders")]
            Fixed,
            #[api(status = 409, message = "order {id} is {state}", hint = "wait for it")]
            Templated {
                id: u64,
                #[api(expose)]
                state: String,
            },
            #[api(status = 429, message = "slow down", hint = "retry in {seconds} s")]
            TemplatedHint { seconds: u64 },
            #[api(status = 400, message = "invalid order")]
            Invalid {
                #[api(violations)]
                issues: errcat::Violations,
            },
        }

        impl $name {
            fn every() -> Vec<$name> {
                use errcat::{FieldPath, Violation};
                let issues = [Violation::new(
                    FieldPath::root().key("qty"),
                    errcat::violation::codes::TOO_SMALL,
                    "at least 1",
                )
                .with_param("minimum", 1)]
                .into_iter()
                .collect();
                vec![
                    $name::Fixed,
                    $name::Templated {
                        id: 7,
                        state: "shipped \"today\"".into(),
                    },
                    $name::TemplatedHint { seconds: 30 },
                    $name::Invalid { issues },
                ]
            }
        }
    };
}

shape_error!(CodeShapeError, "code");
shape_error!(ProblemShapeError, "problem");
shape_error!(NestedShapeError, "nested");
shape_error!(FlatShapeError, "flat");

/// Each code's translation, in each of the ways a body is written: fixed text, text with
/// placeholders, a hint the translation lacks, a quote to escape, violations translated.
const SHAPES_DE: &str = "\
FIXED = keine solche \"Bestellung\"
    .hint = Bestellungen auflisten
TEMPLATED = Bestellung { $id } ist { $state }
    .hint = darauf warten
TEMPLATED_HINT = langsamer
    .hint = in { $seconds } s erneut versuchen
INVALID = ungültige Bestellung
violation-too_small = mindestens { $minimum }
";

/// The bodies of `errors` in German, with and without an id, written from the rendered
/// catalog (`with_catalog`) and written as they go (`with_text`): the same bytes.
fn rendered_and_written_agree<E: ApiError>(errors: &[E]) -> Vec<String> {
    let mut plain = Translations::new();
    plain.add_source("de", "shapes.ftl", SHAPES_DE);
    check(&plain, &[E::catalog()]).unwrap();
    let rendered = {
        let mut t = Translations::new();
        t.add_source("de", "shapes.ftl", SHAPES_DE);
        t.with_catalog(E::catalog())
    };
    let mut bodies = Vec::new();
    for err in errors {
        let texts = rendered.texts("de", err).unwrap();
        let reference = plain.texts("de", err).unwrap();
        assert_eq!(texts, reference);
        for id in [None, Some("req-1")] {
            fn with_id<'a>(e: errcat::Envelope<'a>, id: Option<&'a str>) -> errcat::Envelope<'a> {
                match id {
                    Some(id) => e.with_id(id),
                    None => e,
                }
            }
            let fast = with_id(errcat::Envelope::new(err).with_texts(&texts), id).to_json_vec();
            let mut slow = with_id(errcat::Envelope::new(err), id)
                .with_text(&reference.message, reference.hint.as_deref());
            if let Some(violations) = &reference.violations {
                slow = slow.with_violations(violations);
            }
            let slow = slow.to_json_vec();
            let fast = String::from_utf8(fast).unwrap();
            assert_eq!(fast, String::from_utf8(slow).unwrap(), "{}", err.code());
            serde_json::from_str::<serde_json::Value>(&fast).unwrap();
            bodies.push(fast);
        }
    }
    bodies
}

#[test]
fn rendered_translations_write_the_bytes_written_translations_do_in_every_shape() {
    rendered_and_written_agree(&CodeShapeError::every());
    rendered_and_written_agree(&ProblemShapeError::every());
    rendered_and_written_agree(&FlatShapeError::every());
    let nested = rendered_and_written_agree(&NestedShapeError::every());
    assert_eq!(
        nested,
        [
            r#"{"error":{"code":"FIXED","message":"keine solche \"Bestellung\"","hint":"Bestellungen auflisten"}}"#,
            r#"{"error":{"code":"FIXED","message":"keine solche \"Bestellung\"","hint":"Bestellungen auflisten","request_id":"req-1"}}"#,
            r#"{"error":{"code":"TEMPLATED","message":"Bestellung 7 ist shipped \"today\"","hint":"darauf warten","state":"shipped \"today\""}}"#,
            r#"{"error":{"code":"TEMPLATED","message":"Bestellung 7 ist shipped \"today\"","hint":"darauf warten","request_id":"req-1","state":"shipped \"today\""}}"#,
            r#"{"error":{"code":"TEMPLATED_HINT","message":"langsamer","hint":"in 30 s erneut versuchen"}}"#,
            r#"{"error":{"code":"TEMPLATED_HINT","message":"langsamer","hint":"in 30 s erneut versuchen","request_id":"req-1"}}"#,
            r#"{"error":{"code":"INVALID","message":"ungültige Bestellung","violations":[{"field":"qty","code":"too_small","message":"mindestens 1","params":{"minimum":1}}]}}"#,
            r#"{"error":{"code":"INVALID","message":"ungültige Bestellung","violations":[{"field":"qty","code":"too_small","message":"mindestens 1","params":{"minimum":1}}],"request_id":"req-1"}}"#,
        ]
    );
}

#[test]
fn a_translation_without_its_hint_keeps_the_declarations_in_the_rendered_body() {
    let source = "FIXED = keine Bestellung\nTEMPLATED = Bestellung { $id }\n";
    let translations = {
        let mut t = Translations::new();
        t.add_source("de", "shapes.ftl", source);
        t.with_catalog(NestedShapeError::catalog())
    };
    for (err, body) in [
        (
            NestedShapeError::Fixed,
            r#"{"error":{"code":"FIXED","message":"keine Bestellung","hint":"list the orders"}}"#,
        ),
        (
            NestedShapeError::Templated {
                id: 7,
                state: "new".into(),
            },
            r#"{"error":{"code":"TEMPLATED","message":"Bestellung 7","hint":"wait for it","state":"new"}}"#,
        ),
    ] {
        let texts = translations.texts("de", &err).unwrap();
        let written = errcat::Envelope::new(&err).with_texts(&texts).to_json_vec();
        assert_eq!(String::from_utf8(written).unwrap(), body);
    }
}
