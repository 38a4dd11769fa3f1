//! The council's register on disk: `people.ron` beside the sessions (in
//! the data folder), hand-editable RON with a format version, replaced
//! whole and atomically. Journals never hold a name, only a person's id.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use tablee_core::register::{FORMAT_VERSION, Register};

use super::atomic;
use super::session_file::{LoadError, ron_options};

pub const FILE: &str = "people.ron";

/// The register's path in a data folder.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

/// The data folder a session belongs to (where its register is): the
/// folder holding its session folder, or the folder of a `name.ron`.
pub fn dir_of_session(session_path: &Path) -> PathBuf {
    let parent = match session_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if session_path
        .file_name()
        .is_some_and(|n| n == super::session_file::SESSION_FILE)
    {
        match parent.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    } else {
        parent
    }
}

#[derive(Deserialize)]
struct VersionProbe {
    format_version: Option<u32>,
}

/// The register of `data_dir`; an empty one when it has none yet.
pub fn load(data_dir: &Path) -> Result<Register, LoadError> {
    let path = path(data_dir);
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Register::new()),
        Err(source) => return Err(LoadError::Io { path, source }),
    };
    if let Ok(VersionProbe {
        format_version: Some(v),
    }) = ron_options().from_str::<VersionProbe>(&source)
        && v > FORMAT_VERSION
    {
        return Err(LoadError::FutureVersion {
            path,
            pos: super::locate::locate(
                &source,
                &tablee_core::validate::DocPath::root().field("format_version"),
            ),
            found: v,
        });
    }
    ron_options().from_str(&source).map_err(|e| {
        let (kind, pos) = super::syntax::Syntax::of(&e, &source);
        LoadError::Syntax { path, pos, kind }
    })
}

/// Writes the register whole (atomic replace), with `header` (comment
/// lines in the user's language) above it.
pub fn save(data_dir: &Path, register: &Register, header: &str) -> std::io::Result<()> {
    atomic::create_dir_all(data_dir)?;
    atomic::replace(&path(data_dir), &to_bytes(register, header))
}

/// The register as its file holds it, `header` above it.
pub fn to_bytes(register: &Register, header: &str) -> Vec<u8> {
    let pretty = ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .struct_names(false)
        .separate_tuple_members(false)
        .indentor("    ".to_string());
    let mut register = register.clone();
    register.format_version = FORMAT_VERSION;
    let body = ron_options()
        .to_string_pretty(&register, pretty)
        .expect("a register always serialises");
    format!("{header}{body}\n").into_bytes()
}

/// Reads the register of `data_dir` again, adds `person` (unless there
/// already, by id or by name) and replaces the file whole: what another
/// laptop or the organiser added since is kept. A register that cannot be
/// read is never written over (its problem comes back as the error).
pub fn add_person(
    data_dir: &Path,
    person: tablee_core::register::Person,
    header: &str,
) -> std::io::Result<()> {
    let mut register = load(data_dir).map_err(|e| match e {
        LoadError::Io { source, .. } => source,
        other => std::io::Error::new(std::io::ErrorKind::InvalidData, other.to_string()),
    })?;
    if register.get(person.id).is_some() || register.add(person).is_err() {
        return Ok(());
    }
    save(data_dir, &register, header)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tablee_core::register::Person;
    use uuid::Uuid;

    #[test]
    fn a_register_is_written_whole_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()).unwrap(), Register::new());
        let mut r = Register::new();
        let mut p = Person::named(Uuid::from_u128(7), "Nadia Benali");
        p.role = "habitante".into();
        p.languages = vec!["fr".into(), "ar".into()];
        r.add(p).unwrap();
        save(dir.path(), &r, "// people\n").unwrap();
        let text = std::fs::read_to_string(path(dir.path())).unwrap();
        assert!(text.starts_with("// people\n("), "{text}");
        assert_eq!(load(dir.path()).unwrap(), r);
    }

    #[test]
    fn a_damaged_or_newer_register_is_refused_with_its_place() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(path(dir.path()), "(format_version: 1, people: [(id: \"x\"").unwrap();
        assert!(matches!(load(dir.path()), Err(LoadError::Syntax { .. })));
        std::fs::write(path(dir.path()), "(format_version: 9, people: [])").unwrap();
        assert!(matches!(
            load(dir.path()),
            Err(LoadError::FutureVersion { found: 9, .. })
        ));
    }

    #[test]
    fn a_sessions_register_is_beside_it() {
        assert_eq!(
            dir_of_session(Path::new("sessions/2026-03-14-x/session.ron")),
            Path::new("sessions")
        );
        assert_eq!(
            dir_of_session(Path::new("examples/x.ron")),
            Path::new("examples")
        );
        assert_eq!(dir_of_session(Path::new("x.ron")), Path::new("."));
    }
}
