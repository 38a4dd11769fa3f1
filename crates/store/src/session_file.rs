//! Reading and writing `session.ron`.

use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use serde::Deserialize;

use super::atomic;
use super::locate::{Pos, locate};
use tablee_core::model::{FORMAT_VERSION, Session};
use tablee_core::validate::{self, Problem, Severity};

use super::said::Said;

/// The file name of a session inside its folder.
pub const SESSION_FILE: &str = "session.ron";

/// RON options shared by reading and writing: `Some(…)` may be left out.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Why a session file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{pos}: {kind:?}")]
    Syntax {
        path: PathBuf,
        pos: Pos,
        kind: super::syntax::Syntax,
    },
    /// Written by a newer tablee: refused before its fields are read.
    #[error("{path}:{pos}: format_version {found} is newer than this tablee")]
    FutureVersion { path: PathBuf, pos: Pos, found: u32 },
}

/// A problem found in a file, with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub pos: Option<Pos>,
    pub severity: Severity,
    /// What is wrong, as a kind (worded by `i18n::store`).
    pub said: Said,
}

impl Diagnostic {
    /// `LoadError` as a diagnostic.
    pub fn from_load_error(err: &LoadError) -> Diagnostic {
        let (path, pos, said) = match err {
            LoadError::Io { path, source } => (path, None, Said::Io(source.into())),
            LoadError::Syntax { path, pos, kind } => (path, Some(*pos), Said::Syntax(kind.clone())),
            LoadError::FutureVersion { path, pos, found } => {
                (path, Some(*pos), Said::FutureVersion { found: *found })
            }
        };
        Diagnostic {
            path: path.clone(),
            pos,
            severity: Severity::Error,
            said,
        }
    }
}

/// A parsed session with the text it came from.
#[derive(Debug, Clone)]
pub struct SessionFile {
    pub path: PathBuf,
    pub source: String,
    pub session: Session,
}

/// Only the version, read before anything else so that a newer file is
/// refused with a clear message rather than a confusing field error.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    #[serde(default)]
    format_version: Option<u32>,
}

/// Resolves what a user typed as SESSION: a folder (its `session.ron`),
/// a `.ron` file, a folder name inside `sessions_dir`, or the name `tablee
/// new` gave a folder without its date when only one folder has it.
pub fn resolve(arg: &Path, sessions_dir: &Path) -> PathBuf {
    let candidates = [arg.to_path_buf(), sessions_dir.join(arg)];
    for c in &candidates {
        if c.is_dir() {
            return c.join(SESSION_FILE);
        }
        if c.is_file() {
            return c.clone();
        }
    }
    // `tablee new` names a folder `<date>-<slug>`: the slug alone finds it
    // when exactly one folder here or in the data folder ends with it
    // (never a guess between two dates: a command may write to it).
    if arg.components().count() == 1
        && let Some(name) = arg.to_str()
    {
        let suffix = format!("-{name}");
        let mut found: Vec<PathBuf> = [Path::new("."), sessions_dir]
            .iter()
            .filter_map(|dir| std::fs::read_dir(dir).ok())
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| {
                path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n.ends_with(&suffix)
                        && n.get(..4)
                            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
                }) && path.join(SESSION_FILE).is_file()
            })
            .filter_map(|path| path.canonicalize().ok())
            .collect();
        found.sort();
        found.dedup();
        if let [only] = &found[..] {
            return only.join(SESSION_FILE);
        }
    }
    if arg.extension().is_some_and(|e| e == "ron") {
        arg.to_path_buf()
    } else if arg.components().count() == 1 {
        // A bare name found nowhere: the message names the data folder,
        // where such a name is looked for.
        sessions_dir.join(arg).join(SESSION_FILE)
    } else {
        arg.join(SESSION_FILE)
    }
}

impl SessionFile {
    /// Reads and parses a session file. Semantic checks are separate
    /// ([`SessionFile::problems`]): a file with problems still loads.
    pub fn read(path: &Path) -> Result<SessionFile, LoadError> {
        let source = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(path, source)
    }

    /// Parses session text that came from `path`.
    pub fn parse(path: &Path, source: String) -> Result<SessionFile, LoadError> {
        let syntax = |e: ron::error::SpannedError| {
            let (kind, pos) = super::syntax::Syntax::of(&e, &source);
            LoadError::Syntax {
                path: path.to_path_buf(),
                pos,
                kind,
            }
        };
        if let Ok(VersionProbe {
            format_version: Some(v),
        }) = ron_options().from_str::<VersionProbe>(&source)
            && v > FORMAT_VERSION
        {
            // Refuse before reading further: fields of a newer format cannot
            // be trusted.
            return Err(LoadError::FutureVersion {
                path: path.to_path_buf(),
                pos: locate(&source, &validate::DocPath::root().field("format_version")),
                found: v,
            });
        }
        let session: Session = ron_options().from_str(&source).map_err(syntax)?;
        Ok(SessionFile {
            path: path.to_path_buf(),
            source,
            session,
        })
    }

    /// Semantic problems, each with its position in the file.
    pub fn problems(&self) -> Vec<(Problem, Pos)> {
        self.locate(validate::validate(&self.session))
    }

    /// Problems found by another check (the placeholders a template left),
    /// each with its position in the file.
    pub fn locate(&self, problems: Vec<Problem>) -> Vec<(Problem, Pos)> {
        problems
            .into_iter()
            .map(|p| {
                let pos = locate(&self.source, &p.path);
                (p, pos)
            })
            .collect()
    }

    /// Problems as diagnostics.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.as_diagnostics(self.problems())
    }

    /// Located problems as diagnostics of this file.
    pub fn as_diagnostics(&self, problems: Vec<(Problem, Pos)>) -> Vec<Diagnostic> {
        problems
            .into_iter()
            .map(|(p, pos)| Diagnostic {
                path: self.path.clone(),
                pos: Some(pos),
                severity: p.severity,
                said: Said::Problem(p),
            })
            .collect()
    }

    /// The folder that holds the session (journals and exports go there).
    pub fn dir(&self) -> PathBuf {
        match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }
}

/// The comments tablee writes into a `session.ron`, in the session's
/// language (the application's words provide them).
#[derive(Debug, Clone, Copy)]
pub struct FileWords {
    /// The guide on top of the file: what it is, how to edit it.
    pub header: &'static str,
}

/// The RON text tablee writes for a session, with a short guide on top.
pub fn to_ron(session: &Session, words: &FileWords) -> String {
    let pretty = ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .struct_names(false)
        .separate_tuple_members(false)
        .indentor("    ".to_string());
    let body = ron_options()
        .to_string_pretty(session, pretty)
        .expect("a session always serialises");
    format!("{}{body}\n", words.header)
}

/// Writes a new session file, refusing to overwrite an existing one.
pub fn create(path: &Path, session: &Session, words: &FileWords) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        atomic::create_dir_all(dir)?;
    }
    atomic::create_new(path, to_ron(session, words).as_bytes())
}
