//! The names of `#[api(...)]` keys, and which of them each position takes.

/// A key of `#[api(...)]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbol(pub &'static str);

impl Symbol {
    pub fn name(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

pub const CATALOG: Symbol = Symbol("catalog");
pub const CATEGORY: Symbol = Symbol("category");
pub const CODE: Symbol = Symbol("code");
pub const CODE_ENUM: Symbol = Symbol("code_enum");
pub const CRATE: Symbol = Symbol("crate");
pub const DEPRECATED: Symbol = Symbol("deprecated");
pub const DISPLAY: Symbol = Symbol("display");
pub const DOC_URL: Symbol = Symbol("doc_url");
pub const DOMAIN: Symbol = Symbol("domain");
pub const EXPOSE: Symbol = Symbol("expose");
pub const FIX: Symbol = Symbol("fix");
pub const FORMAT: Symbol = Symbol("format");
pub const GRPC: Symbol = Symbol("grpc");
pub const HINT: Symbol = Symbol("hint");
pub const ID_FIELD: Symbol = Symbol("id_field");
pub const MESSAGE: Symbol = Symbol("message");
pub const PREFIX: Symbol = Symbol("prefix");
pub const RENAME_ALL: Symbol = Symbol("rename_all");
pub const RETRY_AFTER: Symbol = Symbol("retry_after");
pub const SOURCE: Symbol = Symbol("source");
pub const STATUS: Symbol = Symbol("status");
pub const STATUS_FIELD: Symbol = Symbol("status_field");
pub const STATUS_INFERRED: Symbol = Symbol("status_inferred");
pub const TRANSPARENT: Symbol = Symbol("transparent");
pub const VIOLATIONS: Symbol = Symbol("violations");

/// Keys that describe one code: on a variant, or on a struct (which is one code).
pub const CODE_KEYS: &[Symbol] = &[
    CODE,
    STATUS,
    STATUS_INFERRED,
    MESSAGE,
    HINT,
    FIX,
    CATEGORY,
    RETRY_AFTER,
    DOC_URL,
    DEPRECATED,
    GRPC,
];

/// Keys of the type as a whole.
pub const TYPE_KEYS: &[Symbol] = &[
    FORMAT,
    RENAME_ALL,
    PREFIX,
    CATALOG,
    ID_FIELD,
    STATUS_FIELD,
    DOC_URL,
    CRATE,
    CODE_ENUM,
    DISPLAY,
    DOMAIN,
];

/// Keys a variant takes beyond [`CODE_KEYS`].
pub const VARIANT_ONLY_KEYS: &[Symbol] = &[TRANSPARENT];

/// Of [`CODE_KEYS`], those an enum may set as defaults for its variants.
pub const DEFAULT_KEYS: &[Symbol] = &[STATUS, STATUS_INFERRED, FIX, CATEGORY, GRPC];

/// Keys of a field.
pub const FIELD_KEYS: &[Symbol] = &[EXPOSE, SOURCE, RETRY_AFTER, VIOLATIONS];
