//! Copies of a whole file that sync tools leave beside it when two laptops
//! changed it at once: Syncthing's `session.sync-conflict-…`, Nextcloud's and
//! Dropbox's `session (… conflicted copy …)`, ownCloud's `session_conflict-…`,
//! OneDrive's `session-COMPUTERNAME`. They are found, compared field by
//! field with the file they copy, and reported; never deleted.

use std::path::{Path, PathBuf};

use super::said::{CopyDiff, Said};
use super::session_file::Diagnostic;
use tablee_core::validate::Severity;

/// Whether `name` is a sync tool's copy of the file named `of`.
fn is_copy_of(name: &str, of: &str) -> bool {
    let (stem, ext) = of.rsplit_once('.').unwrap_or((of, ""));
    let Some(middle) = name
        .strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(&format!(".{ext}")))
    else {
        return false;
    };
    if middle.is_empty() {
        return false;
    }
    let lower = middle.to_lowercase();
    if lower.contains("conflict") {
        return true;
    }
    // OneDrive: "-DESKTOP-AB12CD" (the computer's name, in capitals).
    middle.len() > 2
        && middle.starts_with('-')
        && middle[1..]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
}

/// The sync tools' copies of `file` in its folder, sorted.
fn copies_of(file: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let name = name.to_string_lossy();
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| is_copy_of(&e.file_name().to_string_lossy(), &name))
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The top-level fields in which two RON texts differ (None when one of
/// them cannot be read as RON).
fn differing_fields(a: &str, b: &str) -> Option<Vec<String>> {
    let map = |t: &str| -> Option<Vec<(String, ron::Value)>> {
        match ron::from_str::<ron::Value>(t).ok()? {
            ron::Value::Map(m) => Some(
                m.into_iter()
                    .map(|(k, v)| {
                        let key = match k {
                            ron::Value::String(s) => s,
                            other => format!("{other:?}"),
                        };
                        (key, v)
                    })
                    .collect(),
            ),
            _ => None,
        }
    };
    let (a, b) = (map(a)?, map(b)?);
    let mut out: Vec<String> = Vec::new();
    for (k, v) in &a {
        if b.iter().find(|(kb, _)| kb == k).map(|(_, vb)| vb) != Some(v) {
            out.push(k.clone());
        }
    }
    for (k, _) in &b {
        if !a.iter().any(|(ka, _)| ka == k) {
            out.push(k.clone());
        }
    }
    Some(out)
}

/// A warning for each sync-tool copy of `file`, with what differs and how
/// to settle it in plain words.
pub fn report(file: &Path) -> Vec<Diagnostic> {
    let original = std::fs::read_to_string(file).unwrap_or_default();
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    copies_of(file)
        .into_iter()
        .map(|copy| {
            let text = std::fs::read_to_string(&copy).unwrap_or_default();
            let copy_name = copy
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let fields = differing_fields(&original, &text);
            let diff = match fields {
                Some(f) if f.is_empty() => CopyDiff::Same,
                Some(f) => CopyDiff::Fields(f),
                None => CopyDiff::Unreadable,
            };
            Diagnostic {
                path: copy,
                pos: None,
                severity: Severity::Warning,
                said: Said::SessionCopy {
                    name: name.clone(),
                    copy_name,
                    diff,
                },
            }
        })
        .collect()
}

/// The copies of a session's whole files: `session.ron` beside the session
/// file, and the legacy `clock.ron` in its data folder.
pub fn around(session_file: &Path, data_dir: &Path) -> Vec<Diagnostic> {
    let mut out = report(session_file);
    let clock = super::clock_file::path(data_dir);
    if clock.is_file() || !copies_of(&clock).is_empty() {
        out.extend(report(&clock));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_tools_copies_are_recognised() {
        for n in [
            "session.sync-conflict-20241011-093000-ABCDEF1.ron",
            "session (conflicted copy 2024-10-11 093000).ron",
            "session (Alice's conflicted copy 2024-10-11).ron",
            "session_conflict-20241011-093000.ron",
            "session-DESKTOP-AB12CD.ron",
        ] {
            assert!(is_copy_of(n, "session.ron"), "{n}");
        }
        for n in [
            "session.ron",
            "session.old.ron",
            "sessions.ron",
            "clock.ron",
            "session-old.ron",
        ] {
            assert!(!is_copy_of(n, "session.ron"), "{n}");
        }
    }

    #[test]
    fn fields_that_differ_are_named() {
        let a = "(title: \"Conseil\", date: \"2024-10-11\", tables: [])";
        let b = "(title: \"Conseil local\", date: \"2024-10-11\", tables: [], place: \"Roubaix\")";
        assert_eq!(
            differing_fields(a, b),
            Some(vec!["title".to_string(), "place".to_string()])
        );
        assert_eq!(differing_fields(a, "(oops"), None);
    }
}
