//! Envelope cost against `serde_json` on an equivalent `#[derive(Serialize)]` struct.
//!
//! DESIGN.md's targets, as ratios within one run: ≤ 0.15× for a unit variant (static
//! message and hint), ≤ 0.4× for a templated message.

use criterion::{Criterion, criterion_group, criterion_main};
use errcat::{ApiError, Envelope};
use serde::Serialize;
use std::hint::black_box;

#[derive(Debug, ApiError)]
#[api(format = "nested", prefix = "CP_", id_field = "correlation_id")]
enum CpError {
    #[api(
        status = 404,
        fix(caller, state),
        message = "no active project with that wok_id in this org",
        hint = "verify the wok_id and that it belongs to your org"
    )]
    ProjectNotFound,

    #[api(status = 404, fix = "caller", message = "no route at {method} {path}")]
    RouteNotFound { method: String, path: String },
}

#[derive(Serialize)]
struct Body<'a> {
    error: Inner<'a>,
}

#[derive(Serialize)]
struct Inner<'a> {
    code: &'a str,
    message: std::borrow::Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<&'a str>,
    correlation_id: &'a str,
}

const ID: &str = "1aee612b1250f276";

fn unit(c: &mut Criterion) {
    let mut group = c.benchmark_group("envelope/unit");
    let err = CpError::ProjectNotFound;
    let mut buf = Vec::with_capacity(512);
    group.bench_function("errcat write_json", |b| {
        b.iter(|| {
            buf.clear();
            Envelope::new(black_box(&err))
                .with_id(black_box(ID))
                .write_json(&mut buf);
            black_box(&buf);
        })
    });
    group.bench_function("serde_json derive", |b| {
        b.iter(|| {
            buf.clear();
            let body = Body {
                error: Inner {
                    code: black_box("CP_PROJECT_NOT_FOUND"),
                    message: black_box("no active project with that wok_id in this org").into(),
                    hint: Some(black_box(
                        "verify the wok_id and that it belongs to your org",
                    )),
                    correlation_id: black_box(ID),
                },
            };
            serde_json::to_writer(&mut buf, &body).ok();
            black_box(&buf);
        })
    });
    group.finish();
}

fn templated(c: &mut Criterion) {
    let mut group = c.benchmark_group("envelope/templated");
    let err = CpError::RouteNotFound {
        method: "DELETE".into(),
        path: "/v1/woks/abc123/functions/hello".into(),
    };
    let mut buf = Vec::with_capacity(512);
    group.bench_function("errcat write_json", |b| {
        b.iter(|| {
            buf.clear();
            Envelope::new(black_box(&err))
                .with_id(black_box(ID))
                .write_json(&mut buf);
            black_box(&buf);
        })
    });
    group.bench_function("serde_json derive", |b| {
        let CpError::RouteNotFound { method, path } = &err else {
            return;
        };
        b.iter(|| {
            buf.clear();
            let body = Body {
                error: Inner {
                    code: black_box("CP_ROUTE_NOT_FOUND"),
                    message: format!("no route at {} {}", black_box(method), black_box(path))
                        .into(),
                    hint: None,
                    correlation_id: black_box(ID),
                },
            };
            serde_json::to_writer(&mut buf, &body).ok();
            black_box(&buf);
        })
    });
    group.finish();
}

criterion_group!(benches, unit, templated);
criterion_main!(benches);
