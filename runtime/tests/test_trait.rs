//! The generated `ApiError` impl, catalog table and code types.

use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

use errcat::{ApiError, ErrorCode, Fix};

/// Errors of the workflow API.
///
/// Second paragraph: not part of the description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ApiError)]
#[api(
    format = "code",
    rename_all = "snake_case",
    status = 400,
    fix = "caller",
    category = "Validation"
)]
pub enum Workflow {
    /// Cron didn't parse.
    InvalidCron,

    /// Workflow updated between read and write.
    #[api(
        status = 412,
        hint = "refetch, retry with the new version",
        category = "Concurrency"
    )]
    VersionMismatch,

    /// Run dispatch threw before the durable runtime.
    #[api(
        status = 500,
        fix = "platform / BYOK",
        message = "dispatch failed",
        retry_after = 10,
        status_inferred
    )]
    DispatchFailed,

    #[api(code = "QUOTA_EXCEEDED", status = http::StatusCode::TOO_MANY_REQUESTS, message = "quota exceeded",
          doc_url = "https://docs.example/{code}")]
    QuotaExceeded,
}

#[derive(Debug, ApiError)]
#[api(format = "nested", code_enum = "Kind", catalog = "cp")]
pub enum WithData {
    #[api(
        status = 404,
        message = "no route at {method} {path}",
        hint = "check {path:?}"
    )]
    RouteNotFound { method: String, path: String },
    /// Unit variant among data variants.
    #[api(status = 409)]
    NotActive,
    #[api(status = 400, message = "{0} is not {1:>5}|")]
    Pair(u8, String),
}

#[test]
fn metadata_methods() {
    let e = Workflow::VersionMismatch;
    assert_eq!(e.code(), "version_mismatch");
    assert_eq!(e.status().as_u16(), 412);
    assert_eq!(e.fix(), Fix::CALLER);
    assert_eq!(e.category(), Some("Concurrency"));
    assert_eq!(
        e.hint().as_deref(),
        Some("refetch, retry with the new version")
    );
    assert_eq!(e.retry_after(), None);
    assert_eq!(Workflow::InvalidCron.category(), Some("Validation"));
    assert_eq!(Workflow::InvalidCron.status().as_u16(), 400);
    assert_eq!(Workflow::DispatchFailed.fix(), Fix::PLATFORM | Fix::BYOK);
    assert_eq!(
        Workflow::DispatchFailed.retry_after(),
        Some(Duration::from_secs(10))
    );
    assert_eq!(Workflow::QuotaExceeded.code(), "QUOTA_EXCEEDED");
    assert_eq!(Workflow::QuotaExceeded.status().as_u16(), 429);
}

#[test]
fn static_messages_are_borrowed_templates_owned() {
    assert!(matches!(
        Workflow::InvalidCron.message(),
        Cow::Borrowed("Cron didn't parse.")
    ));
    assert!(matches!(
        Workflow::DispatchFailed.message(),
        Cow::Borrowed("dispatch failed")
    ));
    assert!(matches!(
        Workflow::VersionMismatch.hint(),
        Some(Cow::Borrowed(_))
    ));
    let e = WithData::RouteNotFound {
        method: "GET".into(),
        path: "/v1/x".into(),
    };
    assert_eq!(e.message(), "no route at GET /v1/x");
    assert!(matches!(e.message(), Cow::Owned(_)));
    assert_eq!(e.hint().as_deref(), Some("check \"/v1/x\""));
    assert_eq!(WithData::Pair(7, "ab".into()).message(), "7 is not    ab|");
    let mut out = String::new();
    e.write_message(&mut out).unwrap();
    assert_eq!(out, "no route at GET /v1/x");
}

#[test]
fn catalog_table() {
    let catalog = Workflow::catalog();
    assert_eq!(catalog.name(), "workflow");
    assert_eq!(catalog.enum_name(), "Workflow");
    assert_eq!(catalog.description(), Some("Errors of the workflow API."));
    assert_eq!(catalog.format().name(), "code");
    assert_eq!(catalog.len(), 4);
    let codes: Vec<_> = catalog.entries().iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "invalid_cron",
            "version_mismatch",
            "dispatch_failed",
            "QUOTA_EXCEEDED"
        ]
    );
    let dispatch = catalog.get("dispatch_failed").unwrap();
    assert_eq!(dispatch.variant(), "DispatchFailed");
    assert!(!dispatch.status_documented());
    assert_eq!(
        dispatch.description(),
        Some("Run dispatch threw before the durable runtime.")
    );
    assert_eq!(dispatch.message(), "dispatch failed");
    assert_eq!(dispatch.retry_after_secs(), Some(10));
    assert!(catalog.get("invalid_cron").unwrap().status_documented());
    assert_eq!(
        catalog.get("QUOTA_EXCEEDED").unwrap().doc_url(),
        Some("https://docs.example/QUOTA_EXCEEDED")
    );
    assert!(
        std::ptr::eq(Workflow::InvalidCron.entry(), &catalog.entries()[0])
            || Workflow::InvalidCron.entry().code() == "invalid_cron"
    );

    let cp = WithData::catalog();
    assert_eq!(cp.name(), "cp");
    let route = cp.get("ROUTE_NOT_FOUND").unwrap();
    assert_eq!(route.message(), "no route at {method} {path}");
    assert!(!route.message_is_static());
    assert_eq!(route.hint(), Some("check {path:?}"));
}

#[test]
fn catalog_positions_emptiness_and_debug() {
    // Every entry is at its own position, and at none in another catalog.
    let catalogs = errcat::catalogs::all();
    for catalog in catalogs {
        assert!(!catalog.is_empty());
        for (i, entry) in catalog.entries().iter().enumerate() {
            assert_eq!(catalog.position(entry), Some(i));
        }
        for other in catalogs.iter().filter(|c| !std::ptr::eq(**c, *catalog)) {
            for entry in other.entries() {
                assert_eq!(
                    catalog.position(entry),
                    None,
                    "{} in {}",
                    entry.code(),
                    catalog.name()
                );
            }
        }
    }
    // A type of transparent variants only has no codes of its own.
    #[derive(Debug, ApiError)]
    enum OnlyForwards {
        #[api(transparent)]
        Workflow(Workflow),
    }
    let forwarded = OnlyForwards::Workflow(Workflow::InvalidCron);
    assert_eq!(forwarded.code(), "invalid_cron");
    assert_eq!(forwarded.kind().as_str(), "invalid_cron");
    assert!(OnlyForwards::catalog().is_empty());
    assert_eq!(OnlyForwards::catalog().len(), 0);
    assert_eq!(OnlyForwards::catalog().all_entries().len(), 4);

    let shown = format!("{:?}", Workflow::catalog());
    assert!(
        shown.starts_with(r#"Catalog { name: "workflow", enum_name: "Workflow", format: "code""#),
        "{shown}"
    );
    assert!(
        shown.contains(r#"Entry { variant: "InvalidCron", code: "invalid_cron", status: 400"#),
        "{shown}"
    );
}

#[test]
fn fieldless_enum_is_its_own_code_type() {
    assert_eq!(
        Workflow::from_str("version_mismatch").unwrap(),
        Workflow::VersionMismatch
    );
    assert_eq!(
        "QUOTA_EXCEEDED".parse::<Workflow>().unwrap(),
        Workflow::QuotaExceeded
    );
    let err = "quota_exceeded".parse::<Workflow>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown code "quota_exceeded" for catalog `workflow`"#
    );
    assert_eq!(Workflow::from_code("nope"), None);
    assert_eq!(Workflow::InvalidCron.as_code(), "invalid_cron");
    assert_eq!(
        serde_json::to_string(&Workflow::DispatchFailed).unwrap(),
        r#""dispatch_failed""#
    );
    assert_eq!(
        serde_json::from_str::<Workflow>(r#""invalid_cron""#).unwrap(),
        Workflow::InvalidCron
    );
    let err = serde_json::from_str::<Workflow>(r#""INVALID_CRON""#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(r#"unknown code "INVALID_CRON" for catalog `workflow`"#),
        "{err}"
    );
    assert!(serde_json::from_str::<Workflow>("12").is_err());
}

#[test]
fn long_unknown_codes_are_truncated_in_errors() {
    let long = "X".repeat(10_000);
    let err = long.parse::<Workflow>().unwrap_err();
    assert!(err.to_string().len() < 120, "{err}");
}

#[test]
fn enum_with_data_gets_a_code_enum() {
    let e = WithData::RouteNotFound {
        method: "GET".into(),
        path: "/".into(),
    };
    assert_eq!(e.kind(), Kind::RouteNotFound);
    assert_eq!(WithData::NotActive.kind(), Kind::NotActive);
    assert_eq!(Kind::Pair.as_str(), "PAIR");
    assert_eq!(Kind::NotActive.to_string(), "NOT_ACTIVE");
    assert_eq!("PAIR".parse::<Kind>().unwrap(), Kind::Pair);
    assert_eq!(
        serde_json::to_string(&Kind::RouteNotFound).unwrap(),
        r#""ROUTE_NOT_FOUND""#
    );
    assert_eq!(
        serde_json::from_str::<Kind>(r#""NOT_ACTIVE""#).unwrap(),
        Kind::NotActive
    );
    assert!(std::ptr::eq(Kind::code_catalog(), WithData::catalog()));
}

#[derive(Debug, ApiError)]
#[api(display, status = 400)]
enum Displayed {
    /// Plain text.
    Plain,
    #[api(message = "bad {0}")]
    Wrapped(#[api(source)] std::num::ParseIntError),
}

#[test]
fn display_opt_in() {
    use std::error::Error as _;
    assert_eq!(Displayed::Plain.to_string(), "Plain text.");
    let parse = "x".parse::<u8>().unwrap_err();
    let e = Displayed::Wrapped(parse.clone());
    assert_eq!(e.to_string(), format!("bad {parse}"));
    assert_eq!(e.source().unwrap().to_string(), parse.to_string());
    assert!(Displayed::Plain.source().is_none());
}

#[derive(Debug, thiserror::Error, ApiError)]
enum WithThiserror {
    #[error("io: {0}")]
    #[api(status = 503, message = "storage unavailable")]
    Io(#[from] std::io::Error),
}

#[test]
fn coexists_with_thiserror() {
    let e = WithThiserror::from(std::io::Error::other("disk"));
    assert_eq!(e.to_string(), "io: disk");
    assert_eq!(e.message(), "storage unavailable");
    assert_eq!(e.source_error().unwrap().to_string(), "disk");
}

#[derive(Debug, ApiError)]
#[api(status = 400)]
enum Generic<'a, T: std::fmt::Display> {
    #[api(message = "bad value {0}")]
    Value(T),
    #[api(message = "bad name {name}")]
    Name { name: &'a str },
    #[api(transparent)]
    Inner(Workflow),
}

#[test]
fn generics_and_lifetimes() {
    assert_eq!(Generic::<'_, u32>::Value(5).message(), "bad value 5");
    let named: Generic<'_, u32> = Generic::Name { name: "x" };
    assert_eq!(named.message(), "bad name x");
    let inner = Generic::<'_, u32>::Inner(Workflow::QuotaExceeded);
    assert_eq!(inner.code(), "QUOTA_EXCEEDED");
    // `Inner` forwards a type that is not a type parameter: its codes nest.
    assert_eq!(inner.kind(), GenericCode::Inner(Workflow::QuotaExceeded));
    assert_eq!(Generic::<'_, u32>::Value(1).kind(), GenericCode::Value);
    assert_eq!(Generic::<'_, u32>::catalog().forwards(), ["Inner"]);
}

#[test]
fn fix_set_operations() {
    let both = Fix::CALLER | Fix::STATE;
    assert_eq!(both.bits(), 0b11);
    assert_eq!(Fix::BYOK.bits(), 8);
    assert_eq!(
        Fix::from_bits(0xff),
        Fix::CALLER | Fix::STATE | Fix::PLATFORM | Fix::BYOK
    );
    // A union with a side already in the set keeps it.
    assert_eq!(both | Fix::STATE, both);
    assert_eq!(both.union(both), both);
    assert!(both.contains(Fix::STATE));
    assert!(both.contains(both));
    assert!(both.contains(Fix::NONE));
    assert!(!both.contains(Fix::PLATFORM));
    assert!(!Fix::CALLER.contains(both));
    assert!(!Fix::NONE.contains(Fix::CALLER));
    assert!(Fix::NONE.is_empty() && !both.is_empty());
    assert_eq!(Fix::from_name("Platform"), Some(Fix::PLATFORM));
    assert_eq!(Fix::from_name("byok"), Some(Fix::BYOK));
    assert_eq!(Fix::from_name("nobody"), None);
    assert_eq!(format!("{both:?}"), r#"{"caller", "state"}"#);
    assert_eq!(format!("{:?}", Fix::NONE), "{}");
    assert_eq!(Fix::PLATFORM.to_string(), "platform");
    assert_eq!((Fix::PLATFORM | Fix::BYOK).to_string(), "platform / BYOK");
}

/// An `ApiError` written by hand, relying on every provided method. Its metadata is
/// that of `WithData::RouteNotFound`, whose message and hint are templates: the
/// envelope streams them through `write_message` and `write_hint`.
struct ByHand {
    hint: Option<&'static str>,
}

impl ApiError for ByHand {
    fn code(&self) -> &'static str {
        "ROUTE_NOT_FOUND"
    }
    fn status(&self) -> http::StatusCode {
        http::StatusCode::NOT_FOUND
    }
    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed("no route at GET /x")
    }
    fn hint(&self) -> Option<Cow<'_, str>> {
        self.hint.map(Cow::Borrowed)
    }
    fn entry(&self) -> &'static errcat::Entry {
        WithData::catalog().get("ROUTE_NOT_FOUND").unwrap()
    }
    fn catalog() -> &'static errcat::Catalog {
        WithData::catalog()
    }
}

#[test]
fn provided_methods_of_a_hand_written_impl() {
    let with_hint = ByHand {
        hint: Some("check \"/x\""),
    };
    let mut out = String::new();
    assert_eq!(with_hint.write_hint(&mut out), Ok(true));
    assert_eq!(out, "check \"/x\"");
    let mut out = String::new();
    assert_eq!(ByHand { hint: None }.write_hint(&mut out), Ok(false));
    assert_eq!(out, "");
    let mut out = String::new();
    with_hint.write_message(&mut out).unwrap();
    assert_eq!(out, "no route at GET /x");
    // Metadata comes from the entry; nothing is exposed; there is no source.
    assert_eq!(with_hint.fix(), Fix::NONE);
    assert_eq!(with_hint.category(), None);
    assert_eq!(with_hint.retry_after(), None);
    let mut visited = Vec::new();
    with_hint.visit_exposed(&mut |name, _| visited.push(name));
    assert!(visited.is_empty());
    assert!(with_hint.source_error().is_none());
    // The envelope streams the templated message and hint through the provided methods.
    let body = |e: &ByHand| String::from_utf8(errcat::Envelope::new(e).to_json_vec()).unwrap();
    assert_eq!(
        body(&with_hint),
        r#"{"error":{"code":"ROUTE_NOT_FOUND","message":"no route at GET /x","hint":"check \"/x\""}}"#
    );
    assert_eq!(
        body(&ByHand { hint: None }),
        r#"{"error":{"code":"ROUTE_NOT_FOUND","message":"no route at GET /x","hint":""}}"#
    );
}

/// A type parameter with no bounds of its own: the derive bounds it by how its fields
/// are used (`Display` for the template, `Serialize` for the exposed member).
#[derive(Debug, ApiError)]
#[api(format = "flat")]
enum Unbounded<T> {
    #[api(status = 400, message = "bad {value}")]
    Bad {
        #[api(expose)]
        value: T,
    },
    #[api(status = 409, message = "pair")]
    Pair {
        #[api(expose)]
        values: [T; 2],
    },
}

#[test]
fn bounds_follow_how_fields_are_used() {
    let err = Unbounded::Bad { value: 5u8 };
    assert_eq!(err.message(), "bad 5");
    assert_eq!(
        String::from_utf8(errcat::Envelope::new(&err).to_json_vec()).unwrap(),
        r#"{"error":"bad 5","code":"BAD","value":5}"#
    );
    let pair = Unbounded::Pair { values: [1u8, 2] };
    assert_eq!(
        String::from_utf8(errcat::Envelope::new(&pair).to_json_vec()).unwrap(),
        r#"{"error":"pair","code":"PAIR","values":[1,2]}"#
    );
}

#[test]
fn derived_write_hint_writes_a_static_hint() {
    let mut out = String::new();
    assert_eq!(Workflow::VersionMismatch.write_hint(&mut out), Ok(true));
    assert_eq!(out, "refetch, retry with the new version");
    let mut out = String::new();
    assert_eq!(Workflow::InvalidCron.write_hint(&mut out), Ok(false));
    assert_eq!(out, "");
}

/// A type parameter that appears only inside brackets.
#[derive(Debug, ApiError)]
#[api(format = "flat")]
enum Grouped<T> {
    #[api(status = 409, message = "pair")]
    Pair {
        #[api(expose)]
        values: [T; 2],
    },
}

#[test]
fn a_parameter_inside_brackets_is_bounded_too() {
    let pair = Grouped::Pair { values: [1u8, 2] };
    assert_eq!(
        String::from_utf8(errcat::Envelope::new(&pair).to_json_vec()).unwrap(),
        r#"{"error":"pair","code":"PAIR","values":[1,2]}"#
    );
}
