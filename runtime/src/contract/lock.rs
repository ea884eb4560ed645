//! The lock: what a client can depend on in one or more catalogs, as sorted, pretty JSON
//! that changes by a few lines when one code changes.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value, json};

use super::member_type::MemberType;
use crate::catalog::Catalog;
use crate::entry::Entry;

/// The version of the lock format, in its `errcat_lock` member.
pub const LOCK_VERSION: u64 = 1;

/// A record of error contracts: per catalog, its envelope (shape, content type, id and
/// status fields), every code with what a client can depend on (status, fix sides, retry
/// guidance, exposed members and their JSON types, texts, deprecation), and the codes
/// retired from it, kept forever so that none comes back with a new meaning.
///
/// [`Lock::of`] records catalogs as they are; [`Lock::parse`] and [`Lock::to_json`] read
/// and write the file; [`compare`](super::compare) lists the changes between two locks.
///
/// ```
/// use errcat::ApiError;
/// use errcat::contract::{ChangeKind, Lock, compare};
///
/// mod v1 {
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
/// mod v2 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///     }
/// }
///
/// let old = Lock::of(&[v1::ShopError::catalog()]);
/// assert_eq!(old.catalogs().collect::<Vec<_>>(), ["shop"]);
/// let codes: Vec<&str> = old.codes("shop").unwrap().collect();
/// assert_eq!(codes, ["SHOP_OUT_OF_STOCK", "SHOP_SOLD_OUT"]);
///
/// // Accepting v2 retires the code it dropped; the file keeps it.
/// let next = old.accept(&Lock::of(&[v2::ShopError::catalog()]));
/// assert_eq!(next.codes("shop").unwrap().collect::<Vec<_>>(), ["SHOP_OUT_OF_STOCK"]);
/// assert_eq!(next.retired("shop").unwrap().collect::<Vec<_>>(), ["SHOP_SOLD_OUT"]);
/// let text = next.to_json();
/// assert_eq!(Lock::parse(&text).unwrap(), next);
///
/// // So bringing the code back is caught.
/// let changes = compare(&next, &old);
/// assert_eq!(changes[0].kind(), ChangeKind::RetiredCodeReused);
/// assert!(changes[0].is_breaking());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    pub(super) catalogs: BTreeMap<String, LockedCatalog>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LockedCatalog {
    pub enum_name: String,
    pub description: Option<String>,
    pub shape: String,
    pub content_type: String,
    pub id_field: String,
    pub status_field: Option<String>,
    /// The gRPC domain; `None` in a lock written before errcat recorded it.
    pub domain: Option<String>,
    pub forwards: Vec<String>,
    pub codes: BTreeMap<String, LockedCode>,
    pub retired: BTreeMap<String, Retired>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LockedCode {
    pub variant: String,
    pub status: u16,
    pub status_documented: bool,
    /// The gRPC code (`NOT_FOUND`); `None` in a lock written before errcat recorded it.
    pub grpc: Option<String>,
    pub fix: Vec<String>,
    pub category: Option<String>,
    pub message: String,
    pub hint: Option<String>,
    pub description: Option<String>,
    pub retry: Retry,
    pub exposed: BTreeMap<String, MemberType>,
    /// The violations member and the form of its entries (`zod`, `problem`, `field`).
    pub violations: Option<(String, String)>,
    pub doc_url: Option<String>,
    pub deprecated: Option<String>,
}

/// Retry guidance: a fixed delay in seconds, a field giving the delay, or neither.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Retry {
    pub after_secs: Option<u64>,
    /// The member (or field) and whether its unit is milliseconds.
    pub field: Option<(String, bool)>,
}

impl Retry {
    pub fn is_some(&self) -> bool {
        self.after_secs.is_some() || self.field.is_some()
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(secs) = self.after_secs {
            parts.push(format!("Retry-After: {secs} s"));
        }
        if let Some((field, millis)) = &self.field {
            parts.push(format!("the delay in {field} ({})", unit(*millis)));
        }
        match parts.is_empty() {
            true => f.write_str("none"),
            false => f.write_str(&parts.join(", ")),
        }
    }
}

/// A code retired from a catalog: removed after the lock recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Retired {
    pub variant: String,
    pub status: u16,
    /// Its deprecation note, if it was deprecated when it went.
    pub deprecated: Option<String>,
}

fn unit(millis: bool) -> &'static str {
    if millis { "ms" } else { "s" }
}

impl Lock {
    /// The lock of `catalogs` as they are now, with every catalog they forward to.
    pub fn of(catalogs: &[&'static Catalog]) -> Lock {
        let mut lock = Lock::default();
        let mut pending: Vec<&'static Catalog> = catalogs.to_vec();
        while let Some(catalog) = pending.pop() {
            if lock.catalogs.contains_key(catalog.name()) {
                continue;
            }
            pending.extend(catalog.forwarded());
            lock.catalogs
                .insert(catalog.name().to_owned(), LockedCatalog::of(catalog));
        }
        lock
    }

    /// The names of the catalogs recorded, sorted.
    pub fn catalogs(&self) -> impl Iterator<Item = &str> {
        self.catalogs.keys().map(String::as_str)
    }

    /// The live codes of a catalog, sorted; `None` for a catalog not recorded.
    pub fn codes(&self, catalog: &str) -> Option<impl Iterator<Item = &str>> {
        let catalog = self.catalogs.get(catalog)?;
        Some(catalog.codes.keys().map(String::as_str))
    }

    /// The retired codes of a catalog, sorted; `None` for a catalog not recorded.
    pub fn retired(&self, catalog: &str) -> Option<impl Iterator<Item = &str>> {
        let catalog = self.catalogs.get(catalog)?;
        Some(catalog.retired.keys().map(String::as_str))
    }

    /// The lock to record once the changes from `self` to `now` are accepted: `now`, with
    /// every code `self` knew and `now` lacks added to its catalog's retired codes (a
    /// catalog that is gone stays, its codes all retired). A retired code that is live
    /// again leaves the retired list: accepting its reuse was a decision.
    pub fn accept(&self, now: &Lock) -> Lock {
        let mut next = now.clone();
        for (name, old) in &self.catalogs {
            let catalog = next
                .catalogs
                .entry(name.clone())
                .or_insert_with(|| LockedCatalog {
                    codes: BTreeMap::new(),
                    retired: BTreeMap::new(),
                    ..old.clone()
                });
            let mut retired = old.retired.clone();
            for (code, locked) in &old.codes {
                if !catalog.codes.contains_key(code) {
                    retired.insert(code.clone(), Retired::from(locked));
                }
            }
            retired.retain(|code, _| !catalog.codes.contains_key(code));
            retired.extend(std::mem::take(&mut catalog.retired));
            catalog.retired = retired;
        }
        next
    }

    /// The lock file's text: sorted, pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let catalogs: Map<String, Value> = self
            .catalogs
            .iter()
            .map(|(name, catalog)| (name.clone(), catalog.to_value()))
            .collect();
        let value = sorted(json!({ "errcat_lock": LOCK_VERSION, "catalogs": catalogs }));
        let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a lock file's text.
    pub fn parse(text: &str) -> Result<Lock, LockError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| LockError::new("", format!("not JSON: {e}")))?;
        let at = Reader::root(&value)?;
        let version = at.get("errcat_lock")?.value.as_u64();
        if version != Some(LOCK_VERSION) {
            return Err(at.error(format!(
                "`errcat_lock` is {}, this errcat reads version {LOCK_VERSION}",
                at.get("errcat_lock")?.value
            )));
        }
        let mut catalogs = BTreeMap::new();
        for (name, catalog) in at.get("catalogs")?.object()? {
            catalogs.insert(name.clone(), LockedCatalog::read(&catalog)?);
        }
        Ok(Lock { catalogs })
    }
}

impl LockedCatalog {
    fn of(catalog: &'static Catalog) -> LockedCatalog {
        let format = catalog.format();
        let mut forwards: Vec<String> = catalog.forwarded().map(|c| c.name().to_owned()).collect();
        forwards.sort();
        forwards.dedup();
        LockedCatalog {
            enum_name: catalog.enum_name().to_owned(),
            description: catalog.description().map(str::to_owned),
            shape: format.name().to_owned(),
            content_type: format.content_type().to_owned(),
            id_field: catalog.id_field().to_owned(),
            status_field: catalog.status_field().map(str::to_owned),
            domain: Some(catalog.domain().to_owned()),
            forwards,
            codes: catalog
                .entries()
                .iter()
                .map(|e| (e.code().to_owned(), LockedCode::of(catalog, e)))
                .collect(),
            retired: BTreeMap::new(),
        }
    }

    fn to_value(&self) -> Value {
        let mut out = Map::new();
        out.insert("enum".into(), json!(self.enum_name));
        set_opt(&mut out, "description", self.description.as_deref());
        out.insert("shape".into(), json!(self.shape));
        out.insert("content_type".into(), json!(self.content_type));
        out.insert("id_field".into(), json!(self.id_field));
        set_opt(&mut out, "status_field", self.status_field.as_deref());
        set_opt(&mut out, "grpc_domain", self.domain.as_deref());
        if !self.forwards.is_empty() {
            out.insert("forwards".into(), json!(self.forwards));
        }
        let codes: Map<String, Value> = self
            .codes
            .iter()
            .map(|(code, locked)| (code.clone(), locked.to_value()))
            .collect();
        out.insert("codes".into(), Value::Object(codes));
        if !self.retired.is_empty() {
            let retired: Map<String, Value> = self
                .retired
                .iter()
                .map(|(code, r)| (code.clone(), r.to_value()))
                .collect();
            out.insert("retired".into(), Value::Object(retired));
        }
        Value::Object(out)
    }

    fn read(at: &Reader<'_>) -> Result<LockedCatalog, LockError> {
        let mut codes = BTreeMap::new();
        for (code, locked) in at.get("codes")?.object()? {
            codes.insert(code.clone(), LockedCode::read(&locked)?);
        }
        let mut retired = BTreeMap::new();
        if let Some(list) = at.opt("retired") {
            for (code, r) in list.object()? {
                retired.insert(code.clone(), Retired::read(&r)?);
            }
        }
        let forwards = match at.opt("forwards") {
            Some(list) => list.strings()?,
            None => Vec::new(),
        };
        Ok(LockedCatalog {
            enum_name: at.string("enum")?,
            description: at.opt_string("description")?,
            shape: at.string("shape")?,
            content_type: at.string("content_type")?,
            id_field: at.string("id_field")?,
            status_field: at.opt_string("status_field")?,
            domain: at.opt_string("grpc_domain")?,
            forwards,
            codes,
            retired,
        })
    }
}

impl LockedCode {
    fn of(catalog: &Catalog, entry: &Entry) -> LockedCode {
        LockedCode {
            variant: entry.variant().to_owned(),
            status: entry.status().as_u16(),
            status_documented: entry.status_documented(),
            grpc: Some(entry.grpc_code().name().to_ascii_uppercase()),
            fix: entry.fix().names().map(str::to_owned).collect(),
            category: entry.category().map(str::to_owned),
            message: entry.message().to_owned(),
            hint: entry.hint().map(str::to_owned),
            description: entry.description().map(str::to_owned),
            retry: Retry {
                after_secs: entry.retry_after_secs(),
                field: entry
                    .retry_after_field()
                    .map(|(name, millis)| (name.to_owned(), millis)),
            },
            exposed: entry
                .exposed_fields()
                .map(|(name, ty)| (name.to_owned(), MemberType::of(ty)))
                .collect(),
            violations: catalog
                .violations_member(entry)
                .map(|(member, form)| (member.to_owned(), form.name().to_owned())),
            doc_url: entry.doc_url().map(str::to_owned),
            deprecated: entry.deprecated().map(str::to_owned),
        }
    }

    fn to_value(&self) -> Value {
        let mut out = Map::new();
        out.insert("variant".into(), json!(self.variant));
        out.insert("status".into(), json!(self.status));
        out.insert("status_documented".into(), json!(self.status_documented));
        set_opt(&mut out, "grpc", self.grpc.as_deref());
        out.insert("fix".into(), json!(self.fix));
        set_opt(&mut out, "category", self.category.as_deref());
        out.insert("message".into(), json!(self.message));
        set_opt(&mut out, "hint", self.hint.as_deref());
        set_opt(&mut out, "description", self.description.as_deref());
        if let Some(secs) = self.retry.after_secs {
            out.insert("retry_after".into(), json!(secs));
        }
        if let Some((name, millis)) = &self.retry.field {
            out.insert(
                "retry_after_field".into(),
                json!({ "name": name, "unit": unit(*millis) }),
            );
        }
        if !self.exposed.is_empty() {
            let exposed: Map<String, Value> = self
                .exposed
                .iter()
                .map(|(name, ty)| (name.clone(), json!(ty.to_string())))
                .collect();
            out.insert("exposed".into(), Value::Object(exposed));
        }
        if let Some((member, form)) = &self.violations {
            out.insert(
                "violations".into(),
                json!({ "member": member, "form": form }),
            );
        }
        set_opt(&mut out, "doc_url", self.doc_url.as_deref());
        set_opt(&mut out, "deprecated", self.deprecated.as_deref());
        Value::Object(out)
    }

    fn read(at: &Reader<'_>) -> Result<LockedCode, LockError> {
        let field = match at.opt("retry_after_field") {
            Some(field) => {
                let millis = match field.string("unit")?.as_str() {
                    "ms" => true,
                    "s" => false,
                    other => {
                        return Err(
                            field.error(format!("`unit` is {other:?}, not \"ms\" or \"s\""))
                        );
                    }
                };
                Some((field.string("name")?, millis))
            }
            None => None,
        };
        let mut exposed = BTreeMap::new();
        if let Some(members) = at.opt("exposed") {
            for (name, ty) in members.object()? {
                let text = ty.as_str()?;
                let parsed = MemberType::parse(text)
                    .ok_or_else(|| ty.error(format!("{text:?} is not a member type")))?;
                exposed.insert(name.clone(), parsed);
            }
        }
        let violations = match at.opt("violations") {
            Some(v) => Some((v.string("member")?, v.string("form")?)),
            None => None,
        };
        Ok(LockedCode {
            variant: at.string("variant")?,
            status: at.status("status")?,
            status_documented: at.get("status_documented")?.boolean()?,
            grpc: at.opt_string("grpc")?,
            fix: at.get("fix")?.strings()?,
            category: at.opt_string("category")?,
            message: at.string("message")?,
            hint: at.opt_string("hint")?,
            description: at.opt_string("description")?,
            retry: Retry {
                after_secs: at.opt("retry_after").map(|r| r.u64()).transpose()?,
                field,
            },
            exposed,
            violations,
            doc_url: at.opt_string("doc_url")?,
            deprecated: at.opt_string("deprecated")?,
        })
    }
}

impl From<&LockedCode> for Retired {
    fn from(code: &LockedCode) -> Retired {
        Retired {
            variant: code.variant.clone(),
            status: code.status,
            deprecated: code.deprecated.clone(),
        }
    }
}

impl Retired {
    fn to_value(&self) -> Value {
        let mut out = Map::new();
        out.insert("variant".into(), json!(self.variant));
        out.insert("status".into(), json!(self.status));
        set_opt(&mut out, "deprecated", self.deprecated.as_deref());
        Value::Object(out)
    }

    fn read(at: &Reader<'_>) -> Result<Retired, LockError> {
        Ok(Retired {
            variant: at.string("variant")?,
            status: at.status("status")?,
            deprecated: at.opt_string("deprecated")?,
        })
    }
}

fn set_opt(out: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        out.insert(key.to_owned(), json!(value));
    }
}

/// `value` with every object's members in key order, whatever order serde_json's map
/// keeps (with its `preserve_order` feature, insertion order).
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut members: Vec<(String, Value)> = map.into_iter().collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(members.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// A lock file that does not read: where (a dotted path of members) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockError {
    at: String,
    message: String,
}

impl LockError {
    fn new(at: &str, message: String) -> LockError {
        LockError {
            at: at.to_owned(),
            message,
        }
    }
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at.is_empty() {
            true => write!(f, "{}", self.message),
            false => write!(f, "at {}: {}", self.at, self.message),
        }
    }
}

impl std::error::Error for LockError {}

/// A value of the lock being read, with where it is, for the errors.
struct Reader<'v> {
    value: &'v Value,
    at: String,
}

impl<'v> Reader<'v> {
    fn root(value: &'v Value) -> Result<Reader<'v>, LockError> {
        let root = Reader {
            value,
            at: String::new(),
        };
        root.object()?;
        Ok(root)
    }

    fn error(&self, message: String) -> LockError {
        LockError::new(&self.at, message)
    }

    fn child(&self, key: &str, value: &'v Value) -> Reader<'v> {
        let at = match self.at.is_empty() {
            true => key.to_owned(),
            false => format!("{}.{key}", self.at),
        };
        Reader { value, at }
    }

    fn opt(&self, key: &str) -> Option<Reader<'v>> {
        let value = self.value.get(key).filter(|v| !v.is_null())?;
        Some(self.child(key, value))
    }

    fn get(&self, key: &str) -> Result<Reader<'v>, LockError> {
        self.opt(key)
            .ok_or_else(|| self.error(format!("`{key}` is missing")))
    }

    fn object(&self) -> Result<Vec<(&'v String, Reader<'v>)>, LockError> {
        let map = self
            .value
            .as_object()
            .ok_or_else(|| self.error("expected an object".into()))?;
        Ok(map.iter().map(|(k, v)| (k, self.child(k, v))).collect())
    }

    fn as_str(&self) -> Result<&'v str, LockError> {
        self.value
            .as_str()
            .ok_or_else(|| self.error("expected a string".into()))
    }

    fn boolean(&self) -> Result<bool, LockError> {
        self.value
            .as_bool()
            .ok_or_else(|| self.error("expected true or false".into()))
    }

    fn u64(&self) -> Result<u64, LockError> {
        self.value
            .as_u64()
            .ok_or_else(|| self.error("expected an integer of zero or more".into()))
    }

    fn strings(&self) -> Result<Vec<String>, LockError> {
        let items = self
            .value
            .as_array()
            .ok_or_else(|| self.error("expected an array of strings".into()))?;
        items
            .iter()
            .enumerate()
            .map(|(i, v)| self.child(&i.to_string(), v).as_str().map(str::to_owned))
            .collect()
    }

    fn string(&self, key: &str) -> Result<String, LockError> {
        self.get(key)?.as_str().map(str::to_owned)
    }

    fn opt_string(&self, key: &str) -> Result<Option<String>, LockError> {
        self.opt(key)
            .map(|v| v.as_str().map(str::to_owned))
            .transpose()
    }

    fn status(&self, key: &str) -> Result<u16, LockError> {
        let at = self.get(key)?;
        at.u64()
            .ok()
            .and_then(|n| u16::try_from(n).ok())
            .filter(|n| (100..=599).contains(n))
            .ok_or_else(|| at.error("expected an HTTP status".into()))
    }
}
