//! The changes between two locks, each with its kind and whether it breaks clients.

use std::collections::BTreeMap;
use std::fmt;

use super::lock::{Lock, LockedCatalog, LockedCode};
use super::member_type::MemberType;

/// What changed in an error contract. [`is_breaking`](Self::is_breaking) says whether a
/// client written against the old contract may fail.
///
/// ```
/// use errcat::contract::ChangeKind;
///
/// assert!(ChangeKind::StatusChanged.is_breaking());
/// assert!(ChangeKind::ExposedRemoved.is_breaking());
/// assert!(!ChangeKind::CodeAdded.is_breaking());
/// assert!(!ChangeKind::MessageChanged.is_breaking());
/// assert!(!ChangeKind::CodeRetired.is_breaking()); // removed after a deprecation
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeKind {
    // Breaking.
    /// A code is gone that was not deprecated: clients that match on it lose the case.
    CodeRemoved,
    /// A variant now has another code: clients matching the old code never see it again.
    CodeRenamed,
    /// A code's HTTP status changed: clients branch and retry on status.
    StatusChanged,
    /// The sides that must fix a code changed: clients route it to a person or a retry.
    FixChanged,
    /// A code lost its retry guidance: clients that waited and retried now give up.
    RetryRemoved,
    /// The envelope shape changed: every client's parser.
    ShapeChanged,
    /// The content type changed: clients that check it.
    ContentTypeChanged,
    /// The member holding the request id changed.
    IdFieldChanged,
    /// The member echoing the status changed, appeared or went.
    StatusFieldChanged,
    /// A catalog no longer forwards another's codes: it stops answering with them.
    ForwardRemoved,
    /// An exposed member is gone.
    ExposedRemoved,
    /// An exposed member has a new name.
    ExposedRenamed,
    /// An exposed member's JSON type changed so that old clients may not read it.
    ExposedTypeChanged,
    /// A code retired earlier is in use again, maybe with a new meaning.
    RetiredCodeReused,
    /// A code no longer carries its violations.
    ViolationsRemoved,
    /// A code's violations moved to another member, or are written in another form:
    /// clients read them where and as they were.
    ViolationsChanged,
    /// A code's gRPC status code changed: gRPC clients branch and retry on it.
    GrpcCodeChanged,
    /// A catalog's gRPC domain changed: clients identify an `ErrorInfo` by reason and
    /// domain.
    DomainChanged,

    // Not breaking.
    /// A new catalog.
    CatalogAdded,
    /// A new code.
    CodeAdded,
    /// A deprecated code is gone: retired, as its deprecation announced.
    CodeRetired,
    /// A code is deprecated, or its note changed.
    CodeDeprecated,
    /// A code is no longer deprecated.
    CodeUndeprecated,
    /// A catalog now forwards another's codes.
    ForwardAdded,
    /// A new exposed member.
    ExposedAdded,
    /// A code now carries violations.
    ViolationsAdded,
    /// An exposed member's JSON type narrowed: old clients read every new value.
    ExposedTypeNarrowed,
    /// A code gained retry guidance.
    RetryAdded,
    /// A code's retry guidance changed.
    RetryChanged,
    /// A code's message text changed.
    MessageChanged,
    /// A code's hint changed.
    HintChanged,
    /// A code's description changed.
    DescriptionChanged,
    /// A code moved to another category of the docs.
    CategoryChanged,
    /// A code's documentation link changed.
    DocUrlChanged,
    /// A code's status went from inferred to documented, or back.
    StatusInferenceChanged,
    /// A code's Rust variant has a new name; the code is the same.
    VariantRenamed,
    /// A catalog's Rust enum has a new name.
    EnumRenamed,
    /// A catalog's description changed.
    CatalogDescriptionChanged,
}

impl ChangeKind {
    /// Whether clients written against the old contract may fail.
    pub fn is_breaking(self) -> bool {
        use ChangeKind as K;
        matches!(
            self,
            K::CodeRemoved
                | K::CodeRenamed
                | K::StatusChanged
                | K::FixChanged
                | K::RetryRemoved
                | K::ShapeChanged
                | K::ContentTypeChanged
                | K::IdFieldChanged
                | K::StatusFieldChanged
                | K::ForwardRemoved
                | K::ExposedRemoved
                | K::ExposedRenamed
                | K::ExposedTypeChanged
                | K::RetiredCodeReused
                | K::ViolationsRemoved
                | K::ViolationsChanged
                | K::GrpcCodeChanged
                | K::DomainChanged
        )
    }
}

/// One change between two locks: its kind, the catalog and code it is about, and what
/// it is, as one line of a report (`CP_NOT_ACTIVE (control_plane): status changed from
/// 409 to 400`; the code first, or the catalog for a change of the catalog itself).
///
/// ```
/// use errcat::ApiError;
/// use errcat::contract::{ChangeKind, Lock, compare};
///
/// mod v1 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", format = "nested")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///     }
/// }
/// mod v2 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", format = "flat")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///     }
/// }
///
/// let old = Lock::of(&[v1::ShopError::catalog()]);
/// let changes = compare(&old, &Lock::of(&[v2::ShopError::catalog()]));
/// let change = &changes[0];
/// assert_eq!(change.kind(), ChangeKind::ShapeChanged);
/// assert!(change.is_breaking());
/// assert_eq!((change.catalog(), change.code()), ("shop", None));
/// assert_eq!(change.to_string(), "shop: shape changed from nested to flat");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    kind: ChangeKind,
    catalog: String,
    code: Option<String>,
    what: String,
}

impl Change {
    /// What kind of change.
    pub fn kind(&self) -> ChangeKind {
        self.kind
    }

    /// Whether clients written against the old contract may fail.
    pub fn is_breaking(&self) -> bool {
        self.kind.is_breaking()
    }

    /// The catalog changed.
    pub fn catalog(&self) -> &str {
        &self.catalog
    }

    /// The code changed (the old code of a rename); `None` for a change of the catalog
    /// itself.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.code {
            Some(code) => write!(f, "{code} ({}): {}", self.catalog, self.what),
            None => write!(f, "{}: {}", self.catalog, self.what),
        }
    }
}

/// Every change from `old` to `new`, by catalog and code in name order, the catalog's own
/// changes first. Deterministic: the same locks give the same list.
///
/// Removing a code breaks its clients, unless it was deprecated first:
///
/// ```
/// use errcat::ApiError;
/// use errcat::contract::{Lock, compare};
///
/// mod v1 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///         /// Sold out.
///         #[api(status = 410)]
///         SoldOut,
///     }
/// }
/// mod v2 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///         /// Sold out.
///         #[api(status = 410, deprecated = "use SHOP_OUT_OF_STOCK")]
///         SoldOut,
///     }
/// }
/// mod v3 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///     }
/// }
///
/// let [v1, v2, v3] = [
///     Lock::of(&[v1::ShopError::catalog()]),
///     Lock::of(&[v2::ShopError::catalog()]),
///     Lock::of(&[v3::ShopError::catalog()]),
/// ];
/// let report = |old, new| -> Vec<(String, bool)> {
///     compare(old, new).iter().map(|c| (c.to_string(), c.is_breaking())).collect()
/// };
/// assert_eq!(report(&v1, &v3), [("SHOP_SOLD_OUT (shop): removed".to_owned(), true)]);
/// assert_eq!(
///     report(&v1, &v2),
///     [("SHOP_SOLD_OUT (shop): deprecated: use SHOP_OUT_OF_STOCK".to_owned(), false)]
/// );
/// assert_eq!(
///     report(&v2, &v3),
///     [("SHOP_SOLD_OUT (shop): retired (deprecated: use SHOP_OUT_OF_STOCK)".to_owned(), false)]
/// );
/// ```
pub fn compare(old: &Lock, new: &Lock) -> Vec<Change> {
    let mut out = Changes(Vec::new());
    let names: std::collections::BTreeSet<&String> =
        old.catalogs.keys().chain(new.catalogs.keys()).collect();
    for name in names {
        match (old.catalogs.get(name), new.catalogs.get(name)) {
            (Some(old), Some(new)) => out.catalog(name, old, new),
            (Some(old), None) => {
                for (code, locked) in &old.codes {
                    out.gone(name, code, locked);
                }
            }
            (None, Some(new)) => {
                let what = format!("added, with {} codes", new.codes.len());
                out.push(ChangeKind::CatalogAdded, name, None, what);
            }
            (None, None) => {}
        }
    }
    out.0
}

struct Changes(Vec<Change>);

/// `old` → `new`, quoted.
fn from_to(what: &str, old: impl fmt::Display, new: impl fmt::Display) -> String {
    format!("{what} changed from {old} to {new}")
}

fn or_none(value: Option<&String>) -> String {
    value.map_or_else(|| "none".to_owned(), |v| v.clone())
}

impl Changes {
    fn push(&mut self, kind: ChangeKind, catalog: &str, code: Option<&str>, what: String) {
        self.0.push(Change {
            kind,
            catalog: catalog.to_owned(),
            code: code.map(str::to_owned),
            what,
        });
    }

    fn catalog(&mut self, name: &str, old: &LockedCatalog, new: &LockedCatalog) {
        use ChangeKind as K;
        let mut envelope = |kind, what: &str, a: &String, b: &String| {
            if a != b {
                self.push(kind, name, None, from_to(what, a, b));
            }
        };
        envelope(K::ShapeChanged, "shape", &old.shape, &new.shape);
        envelope(
            K::ContentTypeChanged,
            "content type",
            &old.content_type,
            &new.content_type,
        );
        envelope(K::IdFieldChanged, "id field", &old.id_field, &new.id_field);
        let (a, b) = (
            or_none(old.status_field.as_ref()),
            or_none(new.status_field.as_ref()),
        );
        envelope(K::StatusFieldChanged, "status field", &a, &b);
        envelope(K::EnumRenamed, "enum", &old.enum_name, &new.enum_name);
        // A lock written before gRPC recorded no domain: nothing to compare.
        if let (Some(a), Some(b)) = (&old.domain, &new.domain) {
            envelope(K::DomainChanged, "gRPC domain", a, b);
        }
        if old.description != new.description {
            self.push(
                K::CatalogDescriptionChanged,
                name,
                None,
                "description changed".into(),
            );
        }
        for gone in old.forwards.iter().filter(|f| !new.forwards.contains(f)) {
            self.push(
                K::ForwardRemoved,
                name,
                None,
                format!("no longer forwards {gone}"),
            );
        }
        for added in new.forwards.iter().filter(|f| !old.forwards.contains(f)) {
            self.push(K::ForwardAdded, name, None, format!("now forwards {added}"));
        }
        self.codes(name, old, new);
    }

    /// The codes of a catalog in both locks: gone, renamed, added, reused, changed.
    fn codes(&mut self, name: &str, old: &LockedCatalog, new: &LockedCatalog) {
        let mut added: Vec<&String> = new
            .codes
            .keys()
            .filter(|c| !old.codes.contains_key(*c))
            .collect();
        let mut lines: BTreeMap<&str, Vec<Change>> = BTreeMap::new();
        for (code, locked) in &old.codes {
            let mut here = Changes(Vec::new());
            match new.codes.get(code) {
                Some(now) => here.code(name, code, locked, now),
                None => match renamed_to(&added, locked, new) {
                    Some(i) => {
                        let to = added.remove(i);
                        let what = format!("renamed to {to} (variant {})", locked.variant);
                        here.push(ChangeKind::CodeRenamed, name, Some(code), what);
                    }
                    None => here.gone(name, code, locked),
                },
            }
            lines.insert(code, here.0);
        }
        for code in added {
            let mut here = Changes(Vec::new());
            match old.retired.get(code) {
                Some(retired) => {
                    let note = retired.deprecated.as_deref().unwrap_or("removed");
                    let what = format!(
                        "reuses a retired code (was variant {}, status {}: {note})",
                        retired.variant, retired.status
                    );
                    here.push(ChangeKind::RetiredCodeReused, name, Some(code), what);
                }
                None => here.push(ChangeKind::CodeAdded, name, Some(code), "added".into()),
            }
            lines.entry(code).or_default().extend(here.0);
        }
        self.0.extend(lines.into_values().flatten());
    }

    /// A code that is gone: retired if it was deprecated, removed otherwise.
    fn gone(&mut self, catalog: &str, code: &str, locked: &LockedCode) {
        match &locked.deprecated {
            Some(note) => {
                let what = format!("retired (deprecated: {note})");
                self.push(ChangeKind::CodeRetired, catalog, Some(code), what);
            }
            None => self.push(
                ChangeKind::CodeRemoved,
                catalog,
                Some(code),
                "removed".into(),
            ),
        }
    }

    /// A code in both locks.
    fn code(&mut self, catalog: &str, code: &str, old: &LockedCode, new: &LockedCode) {
        use ChangeKind as K;
        let mut push = |kind, what: String| self.push(kind, catalog, Some(code), what);
        if old.status != new.status {
            push(K::StatusChanged, from_to("status", old.status, new.status));
        }
        // A gRPC code that follows the status (not declared) changes with it: the status
        // change says it.
        let follows = |status: u16, grpc: &str| {
            errcat_core::GrpcCode::from_http(status)
                .name()
                .eq_ignore_ascii_case(grpc)
        };
        if let (Some(a), Some(b)) = (&old.grpc, &new.grpc)
            && a != b
            && !(old.status != new.status && follows(old.status, a) && follows(new.status, b))
        {
            push(K::GrpcCodeChanged, from_to("gRPC code", a, b));
        }
        if old.fix != new.fix {
            let sides = |fix: &[String]| match fix.is_empty() {
                true => "none".to_owned(),
                false => fix.join(", "),
            };
            push(
                K::FixChanged,
                from_to("fix sides", sides(&old.fix), sides(&new.fix)),
            );
        }
        match (old.retry.is_some(), new.retry.is_some()) {
            (true, false) => push(
                K::RetryRemoved,
                format!("retry guidance removed (was {})", old.retry),
            ),
            (false, true) => push(
                K::RetryAdded,
                format!("retry guidance added: {}", new.retry),
            ),
            _ if old.retry != new.retry => push(
                K::RetryChanged,
                from_to("retry guidance", &old.retry, &new.retry),
            ),
            _ => {}
        }
        self.exposed(catalog, code, old, new);
        self.violations(catalog, code, old, new);
        let mut push = |kind, what: String| self.push(kind, catalog, Some(code), what);
        let mut text = |kind, what: &str, a: Option<&String>, b: Option<&String>| {
            if a != b {
                push(kind, format!("{what} changed to {}", quoted(b)));
            }
        };
        text(
            K::MessageChanged,
            "message",
            Some(&old.message),
            Some(&new.message),
        );
        text(K::HintChanged, "hint", old.hint.as_ref(), new.hint.as_ref());
        text(
            K::DescriptionChanged,
            "description",
            old.description.as_ref(),
            new.description.as_ref(),
        );
        text(
            K::CategoryChanged,
            "category",
            old.category.as_ref(),
            new.category.as_ref(),
        );
        text(
            K::DocUrlChanged,
            "doc url",
            old.doc_url.as_ref(),
            new.doc_url.as_ref(),
        );
        let mut push = |kind, what: String| self.push(kind, catalog, Some(code), what);
        match (&old.deprecated, &new.deprecated) {
            (a, Some(note)) if a.as_ref() != Some(note) => {
                push(K::CodeDeprecated, format!("deprecated: {note}"));
            }
            (Some(_), None) => push(K::CodeUndeprecated, "no longer deprecated".into()),
            _ => {}
        }
        if old.status_documented != new.status_documented {
            let what = match new.status_documented {
                true => "status now documented",
                false => "status now inferred",
            };
            push(K::StatusInferenceChanged, what.into());
        }
        if old.variant != new.variant {
            push(
                K::VariantRenamed,
                from_to("variant", &old.variant, &new.variant),
            );
        }
    }

    /// The violations member of a code in both locks.
    fn violations(&mut self, catalog: &str, code: &str, old: &LockedCode, new: &LockedCode) {
        use ChangeKind as K;
        let shown = |(member, form): &(String, String)| format!("{member} ({form})");
        let (kind, what) = match (&old.violations, &new.violations) {
            (None, Some(now)) if became_violations(old, new) => (
                K::ViolationsAdded,
                format!("exposed member {} is now violations ({})", now.0, now.1),
            ),
            (None, Some(now)) => (
                K::ViolationsAdded,
                format!("violations added under {}", shown(now)),
            ),
            (Some(was), None) => (
                K::ViolationsRemoved,
                format!("violations removed (were under {})", shown(was)),
            ),
            (Some(was), Some(now)) if was != now => (
                K::ViolationsChanged,
                from_to("violations", shown(was), shown(now)),
            ),
            _ => return,
        };
        self.push(kind, catalog, Some(code), what);
    }

    /// The exposed members of a code in both locks.
    fn exposed(&mut self, catalog: &str, code: &str, old: &LockedCode, new: &LockedCode) {
        use ChangeKind as K;
        let mut push = |kind, what: String| self.push(kind, catalog, Some(code), what);
        // An array of anything that became the violations under the same name is not gone:
        // its entries are objects now, which old clients read.
        let typed = |m: &String| {
            became_violations(old, new) && new.violations.as_ref().is_some_and(|v| v.0 == *m)
        };
        let gone: Vec<&String> = old
            .exposed
            .keys()
            .filter(|m| !new.exposed.contains_key(*m) && !typed(m))
            .collect();
        let added: Vec<&String> = new
            .exposed
            .keys()
            .filter(|m| !old.exposed.contains_key(*m))
            .collect();
        if let ([from], [to]) = (gone.as_slice(), added.as_slice()) {
            push(
                K::ExposedRenamed,
                format!("exposed member {from} renamed to {to}"),
            );
        } else {
            for member in gone {
                push(
                    K::ExposedRemoved,
                    format!("exposed member {member} removed"),
                );
            }
            for member in added {
                push(K::ExposedAdded, format!("exposed member {member} added"));
            }
        }
        for (member, was) in &old.exposed {
            let Some(now) = new.exposed.get(member) else {
                continue;
            };
            if was == now {
                continue;
            }
            let what = format!("exposed member {member} changed type from {was} to {now}");
            match now.fits_in(was) {
                true => push(K::ExposedTypeNarrowed, what),
                false => push(K::ExposedTypeChanged, what),
            }
        }
    }
}

/// Whether an exposed array of any values (`Vec<serde_json::Value>`) became the code's
/// violations, under the same name: a narrowing, not a removal.
fn became_violations(old: &LockedCode, new: &LockedCode) -> bool {
    let Some((member, _)) = &new.violations else {
        return false;
    };
    old.violations.is_none()
        && !new.exposed.contains_key(member)
        && old
            .exposed
            .get(member)
            .is_some_and(MemberType::is_array_of_any)
}

/// The position in `added` of the code that `locked`'s variant has now, if exactly one.
fn renamed_to(added: &[&String], locked: &LockedCode, new: &LockedCatalog) -> Option<usize> {
    let mut found = added.iter().enumerate().filter(|(_, code)| {
        new.codes
            .get(**code)
            .is_some_and(|c| c.variant == locked.variant)
    });
    let (i, _) = found.next()?;
    found.next().is_none().then_some(i)
}

/// A text as a report shows it: in quotes, or `none`.
fn quoted(text: Option<&String>) -> String {
    text.map_or_else(|| "none".to_owned(), |t| format!("{t:?}"))
}
