//! A translated envelope against the untranslated one (issue: translations cost at most
//! 2× the untranslated envelope), within one run: the prebuilt control plane's
//! `CP_ROUTE_NOT_FOUND` (templated message, static hint) and `CP_PROJECT_NOT_FOUND`
//! (static message and hint), in English (the declaration) and in German (errcat's
//! Fluent bundle, built once, and the catalog's fixed translations rendered once):
//! negotiation of `Accept-Language` (a header among the thread's last few, as a server
//! mostly sees; the parts show a new one too), the message and hint filled from the error's
//! fields, and the envelope written with them.

use criterion::{Criterion, criterion_group, criterion_main};
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::i18n::Translations;
use errcat::{ApiError, Envelope};
use std::hint::black_box;

const ID: &str = "1aee612b1250f276";

fn translated_body(translations: &Translations, accept: &str, err: &ControlPlaneError) -> Vec<u8> {
    let locale = translations.negotiate(accept);
    let texts = translations.texts(locale, err);
    let envelope = Envelope::new(err).with_id(ID);
    match &texts {
        Some(texts) => envelope.with_texts(texts).to_json_vec(),
        None => envelope.to_json_vec(),
    }
}

fn translated(c: &mut Criterion) {
    let translations = Translations::prebuilt().with_catalog(ControlPlaneError::catalog());
    let cases = [
        (
            "templated",
            ControlPlaneError::RouteNotFound {
                method: "DELETE".into(),
                path: "/v1/healthz".into(),
            },
        ),
        ("static", ControlPlaneError::ProjectNotFound),
    ];
    for (name, err) in &cases {
        let mut group = c.benchmark_group(format!("translated/{name}"));
        group.bench_function("errcat untranslated", |b| {
            b.iter(|| Envelope::new(black_box(err)).with_id(ID).to_json_vec());
        });
        group.bench_function("errcat de", |b| {
            b.iter(|| translated_body(&translations, black_box("de-CH, en;q=0.5"), black_box(err)));
        });
        group.bench_function("parts: negotiate", |b| {
            b.iter(|| translations.negotiate(black_box("de-CH, en;q=0.5")).len());
        });
        // Headers the thread does not remember (more than it keeps, in turn): negotiated
        // from scratch.
        group.bench_function("parts: negotiate, a new header", |b| {
            let headers: Vec<String> = (0..9).map(|i| format!("de-CH, en;q=0.{}", i + 1)).collect();
            let mut turn = 0;
            b.iter(|| {
                turn = (turn + 1) % headers.len();
                let header = headers.get(turn).map_or("", String::as_str);
                translations.negotiate(black_box(header)).len()
            });
        });
        group.bench_function("parts: texts", |b| {
            b.iter(|| translations.texts(black_box("de"), black_box(err)));
        });
        if let Some(texts) = translations.texts("de", err) {
            group.bench_function("parts: envelope with texts", |b| {
                b.iter(|| {
                    Envelope::new(black_box(err))
                        .with_id(ID)
                        .with_texts(black_box(&texts))
                        .to_json_vec()
                });
            });
        }
        group.finish();
    }
}

criterion_group!(benches, translated);
criterion_main!(benches);
