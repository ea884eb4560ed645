//! The contract lock: the exact report line of every kind of change, what passes and
//! what fails, blessing, retirement, and errcat's own lock of its prebuilt catalogs.

// The versions of an enum are compared, never constructed.
#![allow(dead_code)]

use std::path::PathBuf;

use errcat::contract::{Change, ChangeKind, Check, Lock, compare};
use errcat::{ApiError, Catalog};

/// The report lines from `old` to `new`, each with whether it breaks clients.
fn changes(old: &'static Catalog, new: &'static Catalog) -> Vec<(String, bool)> {
    let changes = compare(&Lock::of(&[old]), &Lock::of(&[new]));
    changes
        .iter()
        .map(|c| (c.to_string(), c.is_breaking()))
        .collect()
}

fn breaking(line: &str) -> (String, bool) {
    (line.to_owned(), true)
}

fn additive(line: &str) -> (String, bool) {
    (line.to_owned(), false)
}

// ---------------------------------------------------------------------------------------
// Breaking changes, one line each, the code first

#[test]
fn a_code_removed() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
            #[api(message = "m", status = 402)]
            CardDeclined,
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [breaking("SHOP_CARD_DECLINED (shop): removed")]
    );
}

#[test]
fn a_code_renamed_is_a_rename_when_the_variant_is_the_same() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409, code = "SHOP_SOLD_OUT")]
            OutOfStock,
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [breaking(
            "SHOP_OUT_OF_STOCK (shop): renamed to SHOP_SOLD_OUT (variant OutOfStock)"
        )]
    );
}

#[test]
fn a_grpc_code_or_domain_changed() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_", domain = "shop.example.com")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_", domain = "shop.example.org")]
        pub enum Shop {
            #[api(message = "m", status = 409, grpc = "failed_precondition")]
            OutOfStock,
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [
            breaking("shop: gRPC domain changed from shop.example.com to shop.example.org"),
            breaking(
                "SHOP_OUT_OF_STOCK (shop): gRPC code changed from ABORTED to FAILED_PRECONDITION"
            ),
        ]
    );
    // A lock written before errcat recorded gRPC compares without it.
    let mut old: serde_json::Value =
        serde_json::from_str(&Lock::of(&[v1::Shop::catalog()]).to_json()).unwrap();
    let catalog = old["catalogs"]["shop"].as_object_mut().unwrap();
    catalog.remove("grpc_domain");
    catalog["codes"]["SHOP_OUT_OF_STOCK"]
        .as_object_mut()
        .unwrap()
        .remove("grpc");
    let old = Lock::parse(&old.to_string()).unwrap();
    assert_eq!(compare(&old, &Lock::of(&[v2::Shop::catalog()])), []);
}

#[test]
fn a_status_changed() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 400)]
            OutOfStock,
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [breaking(
            "SHOP_OUT_OF_STOCK (shop): status changed from 409 to 400"
        )]
    );
}

#[test]
fn fix_sides_changed() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409, fix = "state")]
            OutOfStock,
            #[api(message = "m", status = 500)]
            Broken,
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409, fix(caller, state))]
            OutOfStock,
            #[api(message = "m", status = 500, fix = "platform")]
            Broken,
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [
            breaking("SHOP_BROKEN (shop): fix sides changed from none to platform"),
            breaking("SHOP_OUT_OF_STOCK (shop): fix sides changed from state to caller, state"),
        ]
    );
}

#[test]
fn retry_guidance_removed() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 503, retry_after = 5)]
            Busy,
            #[api(message = "m", status = 429)]
            Limited {
                #[api(retry_after = "ms", expose = "retryAfterMs")]
                wait: u64,
            },
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 503)]
            Busy,
            #[api(message = "m", status = 429)]
            Limited {
                #[api(expose = "retryAfterMs")]
                wait: u64,
            },
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [
            breaking("SHOP_BUSY (shop): retry guidance removed (was Retry-After: 5 s)"),
            breaking(
                "SHOP_LIMITED (shop): retry guidance removed (was the delay in retryAfterMs (ms))"
            ),
        ]
    );
}

#[test]
fn the_shape_content_type_id_field_and_status_field_changed() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(
            catalog = "shop",
            prefix = "SHOP_",
            format = "problem",
            id_field = "trace_id",
            status_field = "status"
        )]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [
            breaking("shop: shape changed from nested to problem"),
            breaking(
                "shop: content type changed from application/json to application/problem+json"
            ),
            breaking("shop: id field changed from request_id to trace_id"),
            breaking("shop: status field changed from none to status"),
        ]
    );
}

#[test]
fn exposed_members_removed_renamed_or_widened() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock {
                #[api(expose)]
                sku: String,
                #[api(expose)]
                left: u32,
            },
            #[api(message = "m", status = 400)]
            BadItem {
                #[api(expose)]
                item: String,
            },
            #[api(message = "m", status = 404)]
            NoShelf {
                #[api(expose)]
                shelf: u32,
                #[api(expose)]
                aisle: u32,
            },
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock {
                #[api(expose)]
                sku: String,
                #[api(expose)]
                left: Option<i64>,
            },
            #[api(message = "m", status = 400)]
            BadItem {
                #[api(expose = "itemId")]
                item: String,
            },
            #[api(message = "m", status = 404)]
            NoShelf {
                #[api(expose)]
                shelf: String,
            },
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [
            breaking("SHOP_BAD_ITEM (shop): exposed member item renamed to itemId"),
            breaking("SHOP_NO_SHELF (shop): exposed member aisle removed"),
            breaking(
                "SHOP_NO_SHELF (shop): exposed member shelf changed type from unsigned integer to string"
            ),
            breaking(
                "SHOP_OUT_OF_STOCK (shop): exposed member left changed type from unsigned integer to optional integer"
            ),
        ]
    );
}

#[test]
fn violations_added_moved_or_removed() {
    mod v1 {
        use errcat::{ApiError, Violations};

        #[derive(Debug, ApiError)]
        #[api(catalog = "forms", format = "code")]
        pub enum Forms {
            #[api(message = "m", status = 400)]
            Gains {
                #[api(expose)]
                note: String,
            },
            #[api(message = "m", status = 400)]
            Loses {
                #[api(violations)]
                issues: Violations,
            },
            #[api(message = "m", status = 400)]
            Moves {
                #[api(violations)]
                issues: Violations,
            },
            #[api(message = "m", status = 400)]
            Types {
                #[api(expose)]
                issues: Vec<serde_json::Value>,
            },
            #[api(message = "m", status = 400)]
            Retypes {
                #[api(expose)]
                issues: Vec<String>,
            },
        }
    }
    mod v2 {
        use errcat::{ApiError, Violations};

        #[derive(Debug, ApiError)]
        #[api(catalog = "forms", format = "code")]
        pub enum Forms {
            #[api(message = "m", status = 400)]
            Gains {
                #[api(expose)]
                note: String,
                #[api(violations)]
                issues: Violations,
            },
            #[api(message = "m", status = 400)]
            Loses,
            #[api(message = "m", status = 400)]
            Moves {
                #[api(violations = "details")]
                issues: Violations,
            },
            #[api(message = "m", status = 400)]
            Types {
                #[api(violations)]
                issues: Violations,
            },
            #[api(message = "m", status = 400)]
            Retypes {
                #[api(violations)]
                issues: Violations,
            },
        }
    }
    assert_eq!(
        changes(v1::Forms::catalog(), v2::Forms::catalog()),
        [
            additive("GAINS (forms): violations added under issues (zod)"),
            breaking("LOSES (forms): violations removed (were under issues (zod))"),
            breaking("MOVES (forms): violations changed from issues (zod) to details (zod)"),
            // An array of strings cannot hold Zod issues; an array of anything can.
            breaking("RETYPES (forms): exposed member issues removed"),
            additive("RETYPES (forms): violations added under issues (zod)"),
            additive("TYPES (forms): exposed member issues is now violations (zod)"),
        ]
    );
}

/// A catalog that `shop` forwards to.
#[derive(Debug, ApiError)]
#[api(catalog = "payments", prefix = "PAY_")]
pub enum Payments {
    #[api(message = "m", status = 402)]
    Declined,
}

#[test]
fn a_forwarded_catalog_dropped() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
            #[api(transparent)]
            Payments(super::Payments),
        }
    }
    mod v2 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    // The lock of `shop` holds the catalogs it forwards to, and says which.
    let lock = Lock::of(&[v1::Shop::catalog()]);
    assert_eq!(lock.catalogs().collect::<Vec<_>>(), ["payments", "shop"]);
    let text: serde_json::Value = serde_json::from_str(&lock.to_json()).unwrap();
    assert_eq!(
        text["catalogs"]["shop"]["forwards"],
        serde_json::json!(["payments"])
    );
    assert!(text["catalogs"]["payments"].get("forwards").is_none());
    assert_eq!(
        changes(v1::Shop::catalog(), v2::Shop::catalog()),
        [
            breaking("PAY_DECLINED (payments): removed"),
            breaking("shop: no longer forwards payments"),
        ]
    );
    // The other way round, forwarding a catalog is additive.
    let back = changes(v2::Shop::catalog(), v1::Shop::catalog());
    assert!(
        back.contains(&additive("shop: now forwards payments")),
        "{back:?}"
    );
    assert!(back.iter().all(|(_, breaking)| !breaking), "{back:?}");
    // Accepted, the dropped catalog stays in the lock with every code retired.
    let next = lock.accept(&Lock::of(&[v2::Shop::catalog()]));
    assert_eq!(next.catalogs().collect::<Vec<_>>(), ["payments", "shop"]);
    assert_eq!(next.codes("payments").unwrap().count(), 0);
    assert_eq!(
        next.retired("payments").unwrap().collect::<Vec<_>>(),
        ["PAY_DECLINED"]
    );
    assert_eq!(
        next.codes("shop").unwrap().collect::<Vec<_>>(),
        ["SHOP_OUT_OF_STOCK"]
    );
}

// ---------------------------------------------------------------------------------------
// Deprecation, retirement and reuse

mod deprecating {
    use errcat::ApiError;

    #[derive(Debug, ApiError)]
    #[api(catalog = "shop", prefix = "SHOP_")]
    pub enum Shop {
        #[api(message = "m", status = 409, deprecated = "use SHOP_SOLD_OUT instead")]
        OutOfStock,
        #[api(message = "m", status = 409)]
        SoldOut,
    }
}

mod retired {
    use errcat::ApiError;

    #[derive(Debug, ApiError)]
    #[api(catalog = "shop", prefix = "SHOP_")]
    pub enum Shop {
        #[api(message = "m", status = 409)]
        SoldOut,
    }
}

/// `SHOP_OUT_OF_STOCK` again, now for something else.
mod reused {
    use errcat::ApiError;

    #[derive(Debug, ApiError)]
    #[api(catalog = "shop", prefix = "SHOP_")]
    pub enum Shop {
        #[api(message = "m", status = 409)]
        SoldOut,
        /// The shop is closed.
        #[api(status = 403, code = "SHOP_OUT_OF_STOCK")]
        Closed,
    }
}

#[test]
fn deprecating_then_removing_a_code_retires_it() {
    mod before {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 409)]
            OutOfStock,
        }
    }
    assert_eq!(
        changes(before::Shop::catalog(), deprecating::Shop::catalog()),
        [
            additive("SHOP_OUT_OF_STOCK (shop): deprecated: use SHOP_SOLD_OUT instead"),
            additive("SHOP_SOLD_OUT (shop): added"),
        ]
    );
    assert_eq!(
        changes(deprecating::Shop::catalog(), retired::Shop::catalog()),
        [additive(
            "SHOP_OUT_OF_STOCK (shop): retired (deprecated: use SHOP_SOLD_OUT instead)"
        )]
    );
    let entry = deprecating::Shop::catalog()
        .get("SHOP_OUT_OF_STOCK")
        .unwrap();
    assert_eq!(entry.deprecated(), Some("use SHOP_SOLD_OUT instead"));
}

#[test]
fn a_retired_code_can_never_come_back() {
    let deprecating = Lock::of(&[deprecating::Shop::catalog()]);
    let retired = deprecating.accept(&Lock::of(&[retired::Shop::catalog()]));
    assert_eq!(
        retired.retired("shop").unwrap().collect::<Vec<_>>(),
        ["SHOP_OUT_OF_STOCK"]
    );
    let lines: Vec<String> = compare(&retired, &Lock::of(&[reused::Shop::catalog()]))
        .iter()
        .map(Change::to_string)
        .collect();
    assert_eq!(
        lines,
        [
            "SHOP_OUT_OF_STOCK (shop): reuses a retired code (was variant OutOfStock, status 409: use SHOP_SOLD_OUT instead)"
        ]
    );
    // A removal accepted without deprecation retires the code too.
    let removed =
        Lock::of(&[reused::Shop::catalog()]).accept(&Lock::of(&[retired::Shop::catalog()]));
    let reused = compare(&removed, &Lock::of(&[reused::Shop::catalog()]));
    assert_eq!(reused[0].kind(), ChangeKind::RetiredCodeReused);
    assert_eq!(
        reused[0].to_string(),
        "SHOP_OUT_OF_STOCK (shop): reuses a retired code (was variant Closed, status 403: removed)"
    );
    // Retired codes survive every later lock, in the file too.
    let later = retired.accept(&Lock::of(&[retired::Shop::catalog()]));
    let read = Lock::parse(&later.to_json()).unwrap();
    assert_eq!(read, later);
    assert_eq!(read.retired("shop").unwrap().count(), 1);
}

#[test]
fn deprecation_shows_in_docs_json_and_openapi() {
    let entry = deprecating::Shop::catalog()
        .get("SHOP_OUT_OF_STOCK")
        .unwrap();
    let json = errcat::docs::entry_json(deprecating::Shop::catalog(), entry);
    assert_eq!(json["deprecated"], "use SHOP_SOLD_OUT instead");
    let md = errcat::docs::markdown(deprecating::Shop::catalog());
    assert!(
        md.contains("| `SHOP_OUT_OF_STOCK` *(deprecated)* | 409 | `ABORTED` |  | Deprecated: use SHOP_SOLD_OUT instead<br>"),
        "{md}"
    );
    let responses = errcat::openapi::Responses::of(deprecating::Shop::catalog()).to_value();
    let conflict = &responses["409"];
    assert_eq!(
        conflict["description"],
        "Conflict: `SHOP_OUT_OF_STOCK` (deprecated: use SHOP_SOLD_OUT instead), `SHOP_SOLD_OUT`."
    );
    assert_eq!(
        conflict["x-errcat"][0]["deprecated"],
        "use SHOP_SOLD_OUT instead"
    );
    assert!(conflict["x-errcat"][1].get("deprecated").is_none());
}

// ---------------------------------------------------------------------------------------
// Additive changes

#[test]
fn additive_changes_are_listed_and_break_nothing() {
    mod v1 {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            /// Out of stock.
            #[api(status = 409, hint = "wait", category = "Stock")]
            OutOfStock {
                #[api(expose)]
                left: i64,
            },
            #[api(message = "m", status = 503, status_inferred)]
            Busy,
            #[api(message = "m", status = 429, retry_after = 5)]
            Limited,
            #[api(message = "m", status = 503)]
            Slow,
        }
    }
    mod v2 {
        use errcat::ApiError;

        /// The shop's errors.
        #[derive(Debug, ApiError)]
        #[api(
            catalog = "shop",
            prefix = "SHOP_",
            doc_url = "https://shop.example/errors#{code}"
        )]
        pub enum ShopError {
            /// None left.
            #[api(status = 409, hint = "wait a day", category = "Inventory")]
            OutOfStock {
                #[api(expose)]
                left: u32,
                #[api(expose)]
                sku: String,
            },
            #[api(message = "m", status = 503)]
            Busy,
            #[api(message = "m", status = 429, retry_after = 30)]
            Limited,
            #[api(message = "m", status = 503, retry_after = 10, code = "SHOP_SLOW")]
            Sluggish,
            #[api(message = "m", status = 402)]
            CardDeclined,
        }
    }
    assert_eq!(
        changes(v1::Shop::catalog(), v2::ShopError::catalog()),
        [
            additive("shop: enum changed from Shop to ShopError"),
            additive("shop: description changed"),
            additive(
                r#"SHOP_BUSY (shop): doc url changed to "https://shop.example/errors#SHOP_BUSY""#
            ),
            additive("SHOP_BUSY (shop): status now documented"),
            additive("SHOP_CARD_DECLINED (shop): added"),
            additive(
                "SHOP_LIMITED (shop): retry guidance changed from Retry-After: 5 s to Retry-After: 30 s"
            ),
            additive(
                r#"SHOP_LIMITED (shop): doc url changed to "https://shop.example/errors#SHOP_LIMITED""#
            ),
            additive("SHOP_OUT_OF_STOCK (shop): exposed member sku added"),
            additive(
                "SHOP_OUT_OF_STOCK (shop): exposed member left changed type from integer to unsigned integer"
            ),
            additive(r#"SHOP_OUT_OF_STOCK (shop): message changed to "None left.""#),
            additive(r#"SHOP_OUT_OF_STOCK (shop): hint changed to "wait a day""#),
            additive(r#"SHOP_OUT_OF_STOCK (shop): description changed to "None left.""#),
            additive(r#"SHOP_OUT_OF_STOCK (shop): category changed to "Inventory""#),
            additive(
                r#"SHOP_OUT_OF_STOCK (shop): doc url changed to "https://shop.example/errors#SHOP_OUT_OF_STOCK""#
            ),
            additive("SHOP_SLOW (shop): retry guidance added: Retry-After: 10 s"),
            additive(
                r#"SHOP_SLOW (shop): doc url changed to "https://shop.example/errors#SHOP_SLOW""#
            ),
            additive("SHOP_SLOW (shop): variant changed from Slow to Sluggish"),
        ]
    );
}

#[test]
fn a_new_catalog_is_additive() {
    let changes = compare(
        &Lock::of(&[retired::Shop::catalog()]),
        &Lock::of(&[retired::Shop::catalog(), Payments::catalog()]),
    );
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].to_string(), "payments: added, with 1 codes");
    assert_eq!(changes[0].kind(), ChangeKind::CatalogAdded);
    assert_eq!(
        (changes[0].catalog(), changes[0].code()),
        ("payments", None)
    );
}

// ---------------------------------------------------------------------------------------
// The check against a lock file

/// A fresh path in the system's temporary directory.
fn temp_lock(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("errcat-contract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.lock.json"));
    let _ = std::fs::remove_file(&path);
    path
}

#[test]
fn a_missing_lock_is_written_except_under_ci() {
    let path = temp_lock("missing");
    let err = Check::new(&path)
        .bless(false)
        .ci(true)
        .run(&[deprecating::Shop::catalog()])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "errcat contract: no lock at {}, and under CI (the CI variable is set) it is not \
             written: run the test locally, review the lock it writes, and commit it",
            path.display()
        )
    );
    assert!(!path.exists());

    let outcome = Check::new(&path)
        .bless(false)
        .ci(false)
        .run(&[deprecating::Shop::catalog()])
        .unwrap();
    assert!(outcome.created() && outcome.written());
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text, Lock::of(&[deprecating::Shop::catalog()]).to_json());
    // Nothing changed: nothing written, nothing printed.
    let again = Check::new(&path)
        .bless(false)
        .ci(true)
        .run(&[deprecating::Shop::catalog()])
        .unwrap();
    assert!(!again.written() && !again.created() && again.changes().is_empty());
    assert_eq!(again.to_string(), "");
}

#[test]
fn breaking_changes_fail_with_a_report_and_leave_the_lock_alone() {
    mod broken {
        use errcat::ApiError;

        #[derive(Debug, ApiError)]
        #[api(catalog = "shop", prefix = "SHOP_")]
        pub enum Shop {
            #[api(message = "m", status = 410)]
            SoldOut,
            #[api(message = "m", status = 402)]
            CardDeclined,
        }
    }
    let path = temp_lock("breaking");
    std::fs::write(&path, Lock::of(&[deprecating::Shop::catalog()]).to_json()).unwrap();
    let before = std::fs::read_to_string(&path).unwrap();
    for ci in [false, true] {
        let err = Check::new(&path)
            .bless(false)
            .ci(ci)
            .run(&[broken::Shop::catalog()])
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "errcat contract: 1 breaking change against {}:\n  \
                 SHOP_SOLD_OUT (shop): status changed from 409 to 410\n\
                 Also changed, breaking nothing:\n  \
                 SHOP_CARD_DECLINED (shop): added\n  \
                 SHOP_OUT_OF_STOCK (shop): retired (deprecated: use SHOP_SOLD_OUT instead)\n\
                 Clients of the API depend on what these lines name. If the change is intended, \
                 accept it with ERRCAT_BLESS=1, commit the lock, and release it as breaking.",
                path.display()
            )
        );
        assert_eq!(err.changes().len(), 3);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    }

    // Blessed: accepted, and the lock records the new contract with the retired code.
    let outcome = Check::new(&path)
        .bless(true)
        .ci(true)
        .run(&[broken::Shop::catalog()])
        .unwrap();
    assert!(outcome.written());
    assert_eq!(outcome.changes().len(), 3);
    let lock = Lock::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        lock.codes("shop").unwrap().collect::<Vec<_>>(),
        ["SHOP_CARD_DECLINED", "SHOP_SOLD_OUT"]
    );
    assert_eq!(
        lock.retired("shop").unwrap().collect::<Vec<_>>(),
        ["SHOP_OUT_OF_STOCK"]
    );
    Check::new(&path)
        .bless(false)
        .ci(true)
        .run(&[broken::Shop::catalog()])
        .unwrap();
}

#[test]
fn additive_changes_pass_and_are_recorded_outside_ci() {
    let path = temp_lock("additive");
    std::fs::write(&path, Lock::of(&[retired::Shop::catalog()]).to_json()).unwrap();
    let before = std::fs::read_to_string(&path).unwrap();

    // Under CI: passes, reports, writes nothing.
    let outcome = Check::new(&path)
        .bless(false)
        .ci(true)
        .run(&[deprecating::Shop::catalog()])
        .unwrap();
    assert!(!outcome.written());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    assert_eq!(
        outcome.to_string(),
        format!(
            "errcat contract: 1 change against {}:\n  \
             SHOP_OUT_OF_STOCK (shop): added\n\
             The lock does not record them yet: run the test outside CI, and commit the lock.\n",
            path.display()
        )
    );

    // Locally: passes and records them.
    let outcome = Check::new(&path)
        .bless(false)
        .ci(false)
        .run(&[deprecating::Shop::catalog()])
        .unwrap();
    assert!(outcome.written());
    assert!(
        outcome
            .to_string()
            .ends_with("The lock now records them: review its diff and commit it.\n")
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        Lock::of(&[deprecating::Shop::catalog()]).to_json()
    );
}

#[test]
fn a_lock_that_does_not_read_fails_and_is_kept() {
    let path = temp_lock("malformed");
    let mut value: serde_json::Value =
        serde_json::from_str(&Lock::of(&[retired::Shop::catalog()]).to_json()).unwrap();
    value["catalogs"]["shop"]["codes"]["SHOP_SOLD_OUT"]["status"] = serde_json::json!("409");
    std::fs::write(&path, value.to_string()).unwrap();
    for bless in [false, true] {
        let err = Check::new(&path)
            .bless(bless)
            .ci(false)
            .run(&[retired::Shop::catalog()])
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "errcat contract: {} is not a lock errcat can read (at catalogs.shop.codes.SHOP_SOLD_OUT.status: \
                 expected an HTTP status); restore it from version control rather than deleting it: it \
                 holds the retired codes",
                path.display()
            )
        );
    }
    for (text, error) in [
        ("[]", "expected an object"),
        (
            "{",
            "not JSON: EOF while parsing an object at line 1 column 1",
        ),
        (
            r#"{"errcat_lock": 2, "catalogs": {}}"#,
            "`errcat_lock` is 2, this errcat reads version 1",
        ),
        (r#"{"catalogs": {}}"#, "`errcat_lock` is missing"),
    ] {
        assert_eq!(Lock::parse(text).unwrap_err().to_string(), error, "{text}");
    }
}

#[test]
fn the_lock_and_the_report_are_deterministic() {
    let all = errcat::catalogs::all();
    let lock = Lock::of(all);
    let mut reversed = all.to_vec();
    reversed.reverse();
    assert_eq!(Lock::of(&reversed).to_json(), lock.to_json());
    assert_eq!(Lock::parse(&lock.to_json()).unwrap(), lock);
    let changes = compare(
        &Lock::of(&[deprecating::Shop::catalog()]),
        &Lock::of(&[reused::Shop::catalog()]),
    );
    for _ in 0..3 {
        assert_eq!(
            compare(
                &Lock::of(&[deprecating::Shop::catalog()]),
                &Lock::of(&[reused::Shop::catalog()])
            ),
            changes
        );
    }
    // Every catalog and code in the lock, sorted, with the 160 prebuilt codes.
    let codes: usize = lock
        .catalogs()
        .map(|c| lock.codes(c).unwrap().count())
        .sum();
    assert_eq!(codes, 160);
}

// ---------------------------------------------------------------------------------------
// errcat's own contract

#[test]
fn the_prebuilt_catalogs_keep_their_contract() {
    errcat::contract::assert_compatible("errors.lock.json", errcat::catalogs::all());
}

#[test]
fn a_lock_that_cannot_be_read_is_an_error_not_a_missing_lock() {
    // A directory where the lock should be: reading fails with something other than
    // "not found", which must be reported, not taken as a first run.
    let path = temp_lock("unreadable");
    std::fs::create_dir_all(&path).unwrap();
    let err = Check::new(&path)
        .bless(false)
        .ci(false)
        .run(&[deprecating::Shop::catalog()])
        .unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!(
            "errcat contract: cannot read {}: ",
            path.display()
        )),
        "{shown}"
    );
    assert!(err.changes().is_empty());
    std::fs::remove_dir(&path).unwrap();
}

#[test]
fn assert_compatible_panics_with_the_report() {
    let path = temp_lock("assert");
    std::fs::write(&path, Lock::of(&[deprecating::Shop::catalog()]).to_json()).unwrap();
    // Nothing changed: passes.
    errcat::contract::assert_compatible(&path, &[deprecating::Shop::catalog()]);
    // A retired code used again for something else fails with the report.
    let reused = std::panic::catch_unwind(|| {
        errcat::contract::assert_compatible(&path, &[reused::Shop::catalog()]);
    });
    let message = reused.unwrap_err();
    let message = message.downcast_ref::<String>().unwrap();
    assert!(
        message.starts_with(&format!(
            "errcat contract: 1 breaking change against {}:",
            path.display()
        )),
        "{message}"
    );
}

#[test]
fn a_change_names_its_code_or_only_its_catalog() {
    let found = compare(
        &Lock::of(&[deprecating::Shop::catalog()]),
        &Lock::of(&[retired::Shop::catalog()]),
    );
    let codes: Vec<(Option<&str>, &str)> = found.iter().map(|c| (c.code(), c.catalog())).collect();
    assert_eq!(codes, [(Some("SHOP_OUT_OF_STOCK"), "shop")]);
    // A change of the catalog as a whole names no code.
    #[derive(Debug, ApiError)]
    #[api(catalog = "shop", prefix = "SHOP_", format = "flat")]
    enum FlatShop {
        #[api(message = "m", status = 409)]
        SoldOut,
    }
    let found = compare(
        &Lock::of(&[retired::Shop::catalog()]),
        &Lock::of(&[FlatShop::catalog()]),
    );
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .any(|c| c.code().is_none() && c.catalog() == "shop"),
        "{found:?}"
    );
}

#[test]
fn a_deprecation_withdrawn_is_reported() {
    #[derive(Debug, ApiError)]
    #[api(catalog = "shop", prefix = "SHOP_")]
    enum Shop {
        #[api(message = "m", status = 409)]
        OutOfStock,
        #[api(message = "m", status = 409)]
        SoldOut,
    }
    assert_eq!(
        changes(deprecating::Shop::catalog(), Shop::catalog()),
        [additive("SHOP_OUT_OF_STOCK (shop): no longer deprecated")]
    );
}
