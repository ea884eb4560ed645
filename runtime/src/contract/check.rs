//! The check against a lock file: compare, report, and write the lock when allowed.

use std::fmt;
use std::path::{Path, PathBuf};

use super::compare::{Change, compare};
use super::lock::{Lock, LockError};
use crate::catalog::Catalog;

/// Asserts that `catalogs` (with every catalog they forward to) break no client of the
/// contract recorded in the lock file at `lock`; see the [module docs](super).
///
/// Prints the changes that break nothing and, outside CI, records them in the lock.
/// Writes a missing lock, except under CI. With `ERRCAT_BLESS=1`, accepts every change and
/// rewrites the lock.
///
/// # Panics
///
/// With a report naming every breaking change, one line each; when the lock is missing
/// under CI, does not read, or cannot be written.
#[track_caller]
#[allow(clippy::panic)] // an assertion, for tests
pub fn assert_compatible(lock: impl AsRef<Path>, catalogs: &[&'static Catalog]) {
    match Check::new(lock.as_ref()).run(catalogs) {
        Ok(outcome) => print!("{outcome}"),
        Err(err) => panic!("{err}"),
    }
}

/// [`assert_compatible`] as a value: the lock's path, whether to accept every change
/// (`bless`), and whether this is CI (never write the lock), read from the environment by
/// [`Check::new`] and settable here.
///
/// ```
/// use errcat::ApiError;
/// use errcat::contract::Check;
///
/// mod v1 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///     }
/// }
/// mod v2 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 410)]
///         OutOfStock,
///     }
/// }
///
/// let name = format!("errcat-doc-check-{}.lock.json", std::process::id());
/// let path = std::env::temp_dir().join(name);
/// let check = Check::new(&path).bless(false).ci(false); // whatever the environment says
///
/// // The first run writes the lock.
/// assert!(check.run(&[v1::ShopError::catalog()]).unwrap().created());
///
/// // A breaking change fails, and leaves the lock alone.
/// let err = check.run(&[v2::ShopError::catalog()]).unwrap_err();
/// let lines: Vec<String> = err.changes().iter().map(ToString::to_string).collect();
/// assert_eq!(lines, ["SHOP_OUT_OF_STOCK (shop): status changed from 409 to 410"]);
///
/// // Blessed, it is accepted and recorded.
/// let outcome = check.clone().bless(true).run(&[v2::ShopError::catalog()]).unwrap();
/// assert!(outcome.written());
/// assert!(check.run(&[v2::ShopError::catalog()]).unwrap().changes().is_empty());
///
/// // Under CI, a missing lock is an error rather than written.
/// std::fs::remove_file(&path).unwrap();
/// assert!(check.ci(true).run(&[v2::ShopError::catalog()]).is_err());
/// assert!(!path.exists());
/// ```
#[derive(Debug, Clone)]
pub struct Check {
    path: PathBuf,
    bless: bool,
    ci: bool,
}

impl Check {
    /// The check against the lock at `path`: blessing when `ERRCAT_BLESS` is set, under CI
    /// when `CI` is (each to anything but empty, `0` or `false`).
    pub fn new(path: impl Into<PathBuf>) -> Check {
        Check {
            path: path.into(),
            bless: flag("ERRCAT_BLESS"),
            ci: flag("CI"),
        }
    }

    /// Accept every change and rewrite the lock (`ERRCAT_BLESS=1`).
    #[must_use]
    pub fn bless(mut self, bless: bool) -> Check {
        self.bless = bless;
        self
    }

    /// Under CI: never write the lock, and fail when it is missing.
    #[must_use]
    pub fn ci(mut self, ci: bool) -> Check {
        self.ci = ci;
        self
    }

    /// Compares `catalogs` with the lock and writes the lock where allowed: when it is
    /// missing or has changes that break nothing (not under CI), or when blessing.
    pub fn run(&self, catalogs: &[&'static Catalog]) -> Result<Outcome, CheckError> {
        let now = Lock::of(catalogs);
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                if self.ci && !self.bless {
                    return Err(self.error(Failure::Missing));
                }
                self.write(&now)?;
                return Ok(Outcome {
                    path: self.path.clone(),
                    changes: Vec::new(),
                    written: true,
                    created: true,
                });
            }
            Err(err) => return Err(self.error(Failure::Read(err))),
        };
        let locked = Lock::parse(&text).map_err(|err| self.error(Failure::Malformed(err)))?;
        let changes = compare(&locked, &now);
        if !self.bless && changes.iter().any(Change::is_breaking) {
            return Err(self.error(Failure::Breaking(changes)));
        }
        let next = locked.accept(&now);
        let write = next.to_json() != text && (self.bless || !self.ci);
        if write {
            self.write(&next)?;
        }
        Ok(Outcome {
            path: self.path.clone(),
            changes,
            written: write,
            created: false,
        })
    }

    fn write(&self, lock: &Lock) -> Result<(), CheckError> {
        std::fs::write(&self.path, lock.to_json()).map_err(|err| self.error(Failure::Write(err)))
    }

    fn error(&self, failure: Failure) -> CheckError {
        CheckError {
            path: self.path.clone(),
            failure,
        }
    }
}

/// Whether the environment variable is set to something other than empty, `0` or `false`.
fn flag(name: &str) -> bool {
    is_set(std::env::var_os(name).as_deref())
}

/// Whether a flag's value turns it on: present, and not empty, `0` or `false`.
fn is_set(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// What a passing check found and did.
///
/// ```
/// use errcat::ApiError;
/// use errcat::contract::Check;
///
/// mod v1 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///     }
/// }
/// mod v2 {
///     #[derive(Debug, errcat::ApiError)]
///     #[api(catalog = "shop", prefix = "SHOP_")]
///     pub enum ShopError {
///         /// Out of stock.
///         #[api(status = 409)]
///         OutOfStock,
///         /// The card was declined.
///         #[api(status = 402)]
///         CardDeclined,
///     }
/// }
///
/// let name = format!("errcat-doc-outcome-{}.lock.json", std::process::id());
/// let path = std::env::temp_dir().join(name);
/// let check = Check::new(&path).bless(false).ci(false);
/// check.run(&[v1::ShopError::catalog()]).unwrap();
///
/// // A new code breaks nothing: the check passes and records it.
/// let outcome = check.run(&[v2::ShopError::catalog()]).unwrap();
/// assert_eq!(outcome.changes().len(), 1);
/// assert!(outcome.written() && !outcome.created());
/// assert_eq!(
///     outcome.to_string(),
///     format!(
///         "errcat contract: 1 change against {}:\n  SHOP_CARD_DECLINED (shop): added\n\
///          The lock now records them: review its diff and commit it.\n",
///         path.display()
///     )
/// );
/// std::fs::remove_file(&path).unwrap();
/// ```
#[derive(Debug)]
pub struct Outcome {
    path: PathBuf,
    changes: Vec<Change>,
    written: bool,
    created: bool,
}

impl Outcome {
    /// Every change from the lock, none of them breaking unless blessed.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// Whether the lock file was written.
    pub fn written(&self) -> bool {
        self.written
    }

    /// Whether the lock file was missing and has been written.
    pub fn created(&self) -> bool {
        self.created
    }
}

/// What [`assert_compatible`] prints: the changes, and what happened to the lock.
impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        if self.created {
            return writeln!(
                f,
                "errcat contract: wrote a new lock, {path}: review and commit it"
            );
        }
        if self.changes.is_empty() {
            return Ok(());
        }
        writeln!(
            f,
            "errcat contract: {} against {path}:",
            count(&self.changes, "change")
        )?;
        lines(f, &self.changes)?;
        match self.written {
            true => writeln!(
                f,
                "The lock now records them: review its diff and commit it."
            ),
            false => writeln!(
                f,
                "The lock does not record them yet: run the test outside CI, and commit the lock."
            ),
        }
    }
}

/// Why a check failed.
#[derive(Debug)]
pub struct CheckError {
    path: PathBuf,
    failure: Failure,
}

#[derive(Debug)]
enum Failure {
    Breaking(Vec<Change>),
    Missing,
    Read(std::io::Error),
    Write(std::io::Error),
    Malformed(LockError),
}

impl CheckError {
    /// Every change from the lock when some break clients, else none.
    pub fn changes(&self) -> &[Change] {
        match &self.failure {
            Failure::Breaking(changes) => changes,
            _ => &[],
        }
    }
}

/// The report: for breaking changes, one line each, then the other changes.
impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.failure {
            Failure::Breaking(changes) => {
                let (breaking, other): (Vec<Change>, Vec<Change>) =
                    changes.iter().cloned().partition(Change::is_breaking);
                writeln!(
                    f,
                    "errcat contract: {} against {path}:",
                    count(&breaking, "breaking change")
                )?;
                lines(f, &breaking)?;
                if !other.is_empty() {
                    writeln!(f, "Also changed, breaking nothing:")?;
                    lines(f, &other)?;
                }
                write!(
                    f,
                    "Clients of the API depend on what these lines name. If the change is intended, \
                     accept it with ERRCAT_BLESS=1, commit the lock, and release it as breaking."
                )
            }
            Failure::Missing => write!(
                f,
                "errcat contract: no lock at {path}, and under CI (the CI variable is set) it is \
                 not written: run the test locally, review the lock it writes, and commit it"
            ),
            Failure::Read(err) => write!(f, "errcat contract: cannot read {path}: {err}"),
            Failure::Write(err) => write!(f, "errcat contract: cannot write {path}: {err}"),
            Failure::Malformed(err) => write!(
                f,
                "errcat contract: {path} is not a lock errcat can read ({err}); restore it from \
                 version control rather than deleting it: it holds the retired codes"
            ),
        }
    }
}

impl std::error::Error for CheckError {}

fn count(changes: &[Change], what: &str) -> String {
    match changes.len() {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    }
}

fn lines(f: &mut fmt::Formatter<'_>, changes: &[Change]) -> fmt::Result {
    for change in changes {
        writeln!(f, "  {change}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::is_set;

    #[test]
    fn flags_are_off_when_absent_empty_zero_or_false() {
        let set = |v: Option<&str>| is_set(v.map(std::ffi::OsStr::new));
        for off in [None, Some(""), Some("0"), Some("false"), Some("FALSE")] {
            assert!(!set(off), "{off:?}");
        }
        for on in ["1", "true", "yes", "00"] {
            assert!(set(Some(on)), "{on}");
        }
    }
}
