//! The contract lock: a test that fails when a change would break the API's clients.
//!
//! An error code is an API: clients match on it, retry on its status, show its hint. A
//! lock file records what they can depend on, per catalog and code, and one ordinary
//! test compares the catalogs against it:
//!
//! ```no_run
//! # use errcat::ApiError;
//! # #[derive(Debug, ApiError)]
//! # enum CpError { #[api(status = 404, message = "not found")] NotFound }
//! #[test]
//! fn the_error_contract_holds() {
//!     errcat::contract::assert_compatible("errors.lock.json", &[CpError::catalog()]);
//! }
//! ```
//!
//! # Workflow
//!
//! 1. Add the test. Its first run writes the lock (a relative path is taken from the
//!    current directory: under `cargo test`, the package's root). Commit the lock.
//! 2. Change the errors. The test passes on a change that breaks no client and prints
//!    what changed (see it with `cargo test -- --nocapture`), rewriting the lock so that
//!    the diff shows it. A breaking change fails the test with one line per change,
//!    the code first:
//!    ```text
//!    CP_NOT_ACTIVE (control_plane): status changed from 409 to 400
//!    CP_QUOTA (control_plane): retry guidance removed (was Retry-After: 30 s)
//!    ```
//! 3. If it is intended, accept it: `ERRCAT_BLESS=1 cargo test`, review the lock's diff,
//!    commit it, and release the change as breaking.
//!
//! Under CI (the `CI` variable set, as CI systems do) the lock is never written: a missing
//! lock fails the test, and changes that break nothing pass without updating it.
//!
//! # What breaks a client
//!
//! | change | why |
//! |---|---|
//! | a code removed | clients matching on it lose the case. Deprecate it first (`#[api(deprecated = "use CP_X instead")]`): its removal is then a retirement, not a break |
//! | a code renamed (same variant, new code) | clients never see the old code again |
//! | a status changed | clients branch and retry on the status |
//! | fix sides changed | clients route an error to a person, a config change or a retry by them |
//! | retry guidance removed | clients that waited and retried now give up |
//! | shape, content type, id field or status field changed | every client's parser |
//! | a forwarded catalog dropped | its codes stop coming |
//! | an exposed member removed, renamed, or its type widened (`integer` to `string`, required to optional) | clients read it |
//! | a retired code reused | old clients would read the new meaning as the old one |
//!
//! Adding a code, a catalog or an exposed member, narrowing a member's type, changing
//! a message, hint, description, category or link, adding or changing retry guidance,
//! and deprecating or retiring a code break nothing: clients must already handle codes
//! they do not know (errcat's decoders do). The lock keeps every retired code (removed,
//! renamed away, or retired after deprecation), forever, so that a later reuse fails.
//!
//! # Semver
//!
//! The lock's verdict maps onto the version of what publishes the contract (the API, or
//! the crate whose errors it is): a breaking change needs a new major version (a new
//! API version); an additive change, a minor version; a text change, a patch.
//!
//! # For tools
//!
//! [`Lock::of`] records catalogs, [`Lock::parse`] and [`Lock::to_json`] read and write
//! lock files, [`compare`] lists the [`Change`]s between two locks with their
//! [`ChangeKind`] and whether each breaks clients, and [`Check`] is
//! [`assert_compatible`] with the environment made explicit and a `Result`.
//!
//! ```
//! use errcat::ApiError;
//! use errcat::contract::{ChangeKind, Lock, compare};
//!
//! mod v1 {
//!     #[derive(Debug, errcat::ApiError)]
//!     #[api(catalog = "shop", prefix = "SHOP_")]
//!     pub enum ShopError {
//!         /// Out of stock.
//!         #[api(status = 409, fix = "state")]
//!         OutOfStock,
//!     }
//! }
//! mod v2 {
//!     #[derive(Debug, errcat::ApiError)]
//!     #[api(catalog = "shop", prefix = "SHOP_")]
//!     pub enum ShopError {
//!         /// Out of stock.
//!         #[api(status = 410, fix = "state")]
//!         OutOfStock,
//!         /// The card was declined.
//!         #[api(status = 402, fix = "caller")]
//!         CardDeclined,
//!     }
//! }
//!
//! let changes = compare(&Lock::of(&[v1::ShopError::catalog()]), &Lock::of(&[v2::ShopError::catalog()]));
//! let lines: Vec<String> = changes.iter().map(|c| c.to_string()).collect();
//! assert_eq!(lines, [
//!     "SHOP_CARD_DECLINED (shop): added",
//!     "SHOP_OUT_OF_STOCK (shop): status changed from 409 to 410",
//! ]);
//! assert_eq!(changes[1].kind(), ChangeKind::StatusChanged);
//! assert!(changes[1].is_breaking() && !changes[0].is_breaking());
//! ```

mod check;
mod compare;
mod lock;
mod member_type;

pub use self::check::{Check, CheckError, Outcome, assert_compatible};
pub use self::compare::{Change, ChangeKind, compare};
pub use self::lock::{LOCK_VERSION, Lock, LockError};
