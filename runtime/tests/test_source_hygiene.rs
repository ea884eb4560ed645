//! A canary: a 5xx body holds no byte of its source error, in any shape.

use errcat::{ApiError, Envelope};

const CANARY: &str = "CANARY-7f3a postgres://admin:hunter2@db.internal/prod";

macro_rules! shape {
    ($name:ident, $format:literal) => {
        #[derive(Debug, ApiError)]
        #[api(format = $format, status_field = "statusCode")]
        enum $name {
            #[api(
                status = 500,
                fix = "platform",
                message = "internal error",
                hint = "file a ticket"
            )]
            DbQueryFailed(#[api(source)] std::io::Error),

            #[api(status = 502, message = "upstream failed")]
            Upstream {
                #[api(source)]
                cause: Box<dyn std::error::Error + Send + Sync>,
                #[api(expose)]
                upstream: &'static str,
            },

            /// Wraps another API's error.
            #[api(transparent)]
            Inner(Inner),
        }
    };
}

shape!(NestedErr, "nested");
shape!(FlatErr, "flat");
shape!(CodeErr, "code");
shape!(ProblemErr, "problem");

#[derive(Debug, thiserror::Error, ApiError)]
#[error("inner failed")]
enum Inner {
    #[api(status = 503, message = "dependency unavailable")]
    Dependency(#[from] std::io::Error),
}

fn canary() -> std::io::Error {
    std::io::Error::other(CANARY)
}

fn assert_clean<E: ApiError + std::fmt::Debug>(err: E) {
    assert!(err.status().is_server_error());
    // The canary is there to be found: in Debug and through source_error.
    assert!(format!("{err:?}").contains("CANARY-7f3a"));
    let source = err.source_error().expect("a source");
    assert!(source.to_string().contains("CANARY-7f3a"));
    // ...and nowhere in what goes on the wire.
    let env = Envelope::new(&err).with_id("req-1").with_instance("/v1/x");
    let mut bodies = vec![
        env.to_json_vec(),
        serde_json::to_vec(&env).expect("serialize"),
    ];
    let response = env.into_http_response();
    for (_, value) in response.headers() {
        bodies.push(value.as_bytes().to_vec());
    }
    bodies.push(response.into_body());
    bodies.push(err.message().as_bytes().to_vec());
    for body in bodies {
        let text = String::from_utf8_lossy(&body);
        for needle in ["CANARY", "hunter2", "postgres", "db.internal"] {
            assert!(!text.contains(needle), "{needle} leaked into {text}");
        }
    }
}

fn all_variants<E: ApiError + std::fmt::Debug>(
    db: fn(std::io::Error) -> E,
    upstream: fn(Box<dyn std::error::Error + Send + Sync>) -> E,
    inner: fn(Inner) -> E,
) {
    assert_clean(db(canary()));
    assert_clean(upstream(Box::new(canary())));
    assert_clean(inner(Inner::Dependency(canary())));
}

#[test]
fn no_shape_leaks_the_source() {
    all_variants(
        NestedErr::DbQueryFailed,
        |c| NestedErr::Upstream {
            cause: c,
            upstream: "llm",
        },
        NestedErr::Inner,
    );
    all_variants(
        FlatErr::DbQueryFailed,
        |c| FlatErr::Upstream {
            cause: c,
            upstream: "llm",
        },
        FlatErr::Inner,
    );
    all_variants(
        CodeErr::DbQueryFailed,
        |c| CodeErr::Upstream {
            cause: c,
            upstream: "llm",
        },
        CodeErr::Inner,
    );
    all_variants(
        ProblemErr::DbQueryFailed,
        |c| ProblemErr::Upstream {
            cause: c,
            upstream: "llm",
        },
        ProblemErr::Inner,
    );
}

#[test]
fn bodies_are_exact() {
    let err = NestedErr::DbQueryFailed(canary());
    assert_eq!(
        Envelope::new(&err).to_json_vec(),
        br#"{"error":{"code":"DB_QUERY_FAILED","message":"internal error","hint":"file a ticket","statusCode":500}}"#
    );
    let err = FlatErr::Inner(Inner::Dependency(canary()));
    assert_eq!(
        Envelope::new(&err).to_json_vec(),
        br#"{"error":"dependency unavailable","code":"DEPENDENCY","statusCode":503}"#
    );
}
