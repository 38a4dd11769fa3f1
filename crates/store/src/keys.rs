//! The tables' access keys for the page `tablee serve` gives the room's
//! phones: one random key per table, kept in `keys.ron` in the session's
//! data folder so that the sheets printed on the organiser's laptop and
//! the page served by the facilitator's agree (the folder travels by the
//! same sync as the journals).
//!
//! The keys are not the workshop's data (no screen shows them, no synthesis
//! holds them): the file is replaced whole, atomically, when a table gains
//! a key or the facilitator renews them. A renewal keeps the old file's
//! keys in `keys-before-renewal.ron` (nothing is ever deleted).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The file, in the session's data folder.
const KEYS_FILE: &str = "keys.ron";
/// The keys a renewal replaced.
const KEYS_BEFORE: &str = "keys-before-renewal.ron";
/// The file's format.
const KEYS_VERSION: u32 = 1;
/// Characters of a key: 12 of 32 signs, 60 random bits (the page also
/// limits the requests of each device).
const KEY_CHARS: usize = 12;
/// Crockford's base 32, in lower case (no i, l, o, u): a key read off a
/// sheet and typed by hand is not misread.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The keys of a session's tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keys {
    pub version: u32,
    /// Table key → access key.
    pub tables: BTreeMap<String, String>,
}

/// Why the keys could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not RON this version reads (a hand edit gone wrong).
    #[error("{path}: {message}")]
    Syntax { path: PathBuf, message: String },
    /// A newer tablee wrote it.
    #[error("{path}: version {found}")]
    Version { path: PathBuf, found: u32 },
}

impl Keys {
    /// The keys of `tables`, read from `dir` and completed: a table
    /// without a key gets one, and the file is written only then. A key
    /// of a table no longer in the session is kept (the table may come
    /// back; the page refuses it while it is not in the session).
    pub fn for_tables(dir: &Path, tables: &[String]) -> Result<Keys, KeysError> {
        let path = dir.join(KEYS_FILE);
        let mut keys = Keys::read(&path)?.unwrap_or(Keys {
            version: KEYS_VERSION,
            tables: BTreeMap::new(),
        });
        let mut added = false;
        for t in tables {
            if !keys.tables.contains_key(t) {
                keys.tables.insert(t.clone(), new_key());
                added = true;
            }
        }
        if added {
            keys.write(&path)?;
        }
        Ok(keys)
    }

    /// New keys for every table of `tables` (the old ones stop working:
    /// a sheet left on a table, a phone that should no longer write).
    pub fn renew(dir: &Path, tables: &[String]) -> Result<Keys, KeysError> {
        let path = dir.join(KEYS_FILE);
        if let Ok(old) = std::fs::read(&path) {
            let before = dir.join(KEYS_BEFORE);
            super::atomic::replace(&before, &old).map_err(|source| KeysError::Io {
                path: before,
                source,
            })?;
        }
        let keys = Keys {
            version: KEYS_VERSION,
            tables: tables.iter().map(|t| (t.clone(), new_key())).collect(),
        };
        keys.write(&path)?;
        Ok(keys)
    }

    /// The table a key opens, if any. Compares every key in full, in
    /// time that does not depend on where a guess first differs.
    pub fn table_of(&self, key: &str) -> Option<&str> {
        let mut found = None;
        for (table, k) in &self.tables {
            if same(k.as_bytes(), key.as_bytes()) {
                found = Some(table.as_str());
            }
        }
        found
    }

    fn read(path: &Path) -> Result<Option<Keys>, KeysError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(KeysError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let keys: Keys = ron::from_str(&text).map_err(|e| KeysError::Syntax {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        if keys.version > KEYS_VERSION {
            return Err(KeysError::Version {
                path: path.to_path_buf(),
                found: keys.version,
            });
        }
        Ok(Some(keys))
    }

    fn write(&self, path: &Path) -> Result<(), KeysError> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .expect("keys serialise");
        let io = |source| KeysError::Io {
            path: path.to_path_buf(),
            source,
        };
        if let Some(dir) = path.parent() {
            super::atomic::create_dir_all(dir).map_err(io)?;
        }
        super::atomic::replace(path, format!("{text}\n").as_bytes()).map_err(io)
    }
}

/// A new random key (from the system's random source, through uuid v4).
fn new_key() -> String {
    let bytes = uuid::Uuid::new_v4().into_bytes();
    // A v4 uuid's lowest 62 bits are random (its version and variant
    // fields sit above): 12 signs of 5 bits take 60 of them.
    let mut bits = u128::from_be_bytes(bytes);
    let mut out = String::with_capacity(KEY_CHARS);
    for _ in 0..KEY_CHARS {
        out.push(ALPHABET[(bits & 31) as usize] as char);
        bits >>= 5;
    }
    out
}

/// Equal, comparing every byte whatever the first difference.
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_made_once_kept_and_renewed() {
        let dir = tempfile::tempdir().unwrap();
        let tables = vec!["A".to_string(), "B".to_string()];
        let first = Keys::for_tables(dir.path(), &tables).unwrap();
        assert_eq!(first.tables.len(), 2);
        assert!(first.tables.values().all(|k| k.len() == KEY_CHARS));
        assert_ne!(first.tables["A"], first.tables["B"]);
        assert_eq!(Keys::for_tables(dir.path(), &tables).unwrap(), first);
        assert_eq!(first.table_of(&first.tables["B"]), Some("B"));
        assert_eq!(first.table_of("nope"), None);
        assert_eq!(first.table_of(""), None);
        let renewed = Keys::renew(dir.path(), &tables).unwrap();
        assert_ne!(renewed.tables["A"], first.tables["A"]);
        assert_eq!(renewed.table_of(&first.tables["A"]), None);
        let before = std::fs::read_to_string(dir.path().join(KEYS_BEFORE)).unwrap();
        assert!(before.contains(&first.tables["A"]));
    }

    #[test]
    fn a_damaged_file_is_said_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(KEYS_FILE), "(version: 1, tables: {").unwrap();
        let e = Keys::for_tables(dir.path(), &["A".to_string()]).unwrap_err();
        assert!(matches!(e, KeysError::Syntax { .. }), "{e:?}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(KEYS_FILE)).unwrap(),
            "(version: 1, tables: {"
        );
    }
}
