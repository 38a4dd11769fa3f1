//! The council's register on disk: `people.ron` beside the sessions (in
//! the data folder), hand-editable RON with a format version, replaced
//! whole and atomically. Journals never hold a name, only a person's id.
//!
//! People welcomed at the door without an invitation are written by each
//! laptop in a file of its own, `people-walk-ins/<device>.ron` (one writer
//! per file, as the journals: two doors behind a sync tool never make a
//! conflict copy of the register). The register as read is `people.ron`
//! with every laptop's walk-ins not in it yet; the organiser's next change
//! writes them into `people.ron`. Forgetting someone takes them out of
//! every file.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use tablee_core::register::{FORMAT_VERSION, Register};

use super::atomic;
use super::session_file::{LoadError, ron_options};

pub const FILE: &str = "people.ron";

/// The folder of the laptops' walk-ins, beside the register.
pub const WALK_INS: &str = "people-walk-ins";

/// The file of the walk-ins welcomed by `device`.
pub fn walk_ins_path(data_dir: &Path, device: uuid::Uuid) -> PathBuf {
    data_dir.join(WALK_INS).join(format!("{device}.ron"))
}

/// Every laptop's walk-ins file (and any copy a sync tool made of one),
/// in name order.
pub fn walk_ins_files(data_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir.join(WALK_INS))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
        .collect();
    files.sort();
    files
}

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

/// The register of `data_dir` with every laptop's walk-ins not in it yet
/// (a forgotten person's left out); an empty one when it has none yet.
pub fn load(data_dir: &Path) -> Result<Register, LoadError> {
    let mut register = read(path(data_dir))?;
    for file in walk_ins_files(data_dir) {
        for p in read(file)?.people {
            if register.get(p.id).is_none() && !register.forgotten.contains(&p.id) {
                register.people.push(p);
            }
        }
    }
    Ok(register)
}

/// One register file; an empty register when there is none.
fn read(path: PathBuf) -> Result<Register, LoadError> {
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
/// lines in the user's language) above it; the laptops' walk-ins files
/// that still hold someone forgotten are written again without them.
pub fn save(data_dir: &Path, register: &Register, header: &str) -> std::io::Result<()> {
    atomic::create_dir_all(data_dir)?;
    atomic::replace(&path(data_dir), &to_bytes(register, header))?;
    for file in walk_ins_files(data_dir) {
        // One that cannot be read is left alone (and said by the next
        // load); nothing is ever written over a file not understood.
        let Ok(mut walk_ins) = read(file.clone()) else {
            continue;
        };
        let before = walk_ins.people.len();
        walk_ins
            .people
            .retain(|p| !register.forgotten.contains(&p.id));
        if walk_ins.people.len() != before {
            atomic::replace(&file, &to_bytes(&walk_ins, header))?;
        }
    }
    Ok(())
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

/// A walk-in welcomed at `device`'s door: added (unless already in the
/// register, by id or by name) to that laptop's own walk-ins file, read
/// again and replaced whole. Nothing is written when the register cannot
/// be read (its problem comes back as the error).
pub fn add_person(
    data_dir: &Path,
    device: uuid::Uuid,
    person: tablee_core::register::Person,
    header: &str,
) -> std::io::Result<()> {
    let unreadable = |e: LoadError| match e {
        LoadError::Io { source, .. } => source,
        other => std::io::Error::new(std::io::ErrorKind::InvalidData, other.to_string()),
    };
    let mut register = load(data_dir).map_err(unreadable)?;
    if register.get(person.id).is_some() || register.add(person.clone()).is_err() {
        return Ok(());
    }
    let file = walk_ins_path(data_dir, device);
    let mut own = read(file.clone()).map_err(unreadable)?;
    own.people.push(person);
    atomic::create_dir_all(&data_dir.join(WALK_INS))?;
    atomic::replace(&file, &to_bytes(&own, header))
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

    /// Two doors welcome people at once: each writes its own file, so a
    /// sync tool has nothing to make a conflict copy of; the register read
    /// holds both, the organiser's next change takes them into
    /// `people.ron`, and forgetting someone leaves their name in no file.
    #[test]
    fn walk_ins_of_two_doors_are_two_files_merged_and_forgotten_from_both() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let mut r = Register::new();
        r.add(Person::named(Uuid::from_u128(10), "Nadia Benali"))
            .unwrap();
        save(d, &r, "").unwrap();
        add_person(d, a, Person::named(Uuid::from_u128(11), "Zoé Roy"), "").unwrap();
        add_person(d, b, Person::named(Uuid::from_u128(12), "Karim Haddad"), "").unwrap();
        // The same name at the other door, once the first has arrived: no
        // one added twice.
        add_person(d, b, Person::named(Uuid::from_u128(13), "zoé roy"), "").unwrap();
        let main = std::fs::read_to_string(path(d)).unwrap();
        assert!(!main.contains("Zoé") && !main.contains("Karim"), "{main}");
        assert_eq!(walk_ins_files(d).len(), 2);
        let names =
            |r: &Register| -> Vec<String> { r.people.iter().map(|p| p.name.clone()).collect() };
        let got = load(d).unwrap();
        assert_eq!(names(&got), ["Nadia Benali", "Zoé Roy", "Karim Haddad"]);

        // The organiser forgets Zoé: gone from every file; Karim, in
        // people.ron now, stays once.
        let mut r = got;
        r.forget(Uuid::from_u128(11)).unwrap();
        save(d, &r, "").unwrap();
        for f in std::iter::once(path(d)).chain(walk_ins_files(d)) {
            let text = std::fs::read_to_string(&f).unwrap();
            assert!(!text.contains("Zoé"), "{}: {text}", f.display());
        }
        assert_eq!(names(&load(d).unwrap()), ["Nadia Benali", "Karim Haddad"]);
        // A walk-ins file that cannot be read is said, never written over.
        std::fs::write(walk_ins_path(d, a), "(people: [").unwrap();
        assert!(matches!(load(d), Err(LoadError::Syntax { .. })));
        assert!(add_person(d, a, Person::named(Uuid::from_u128(14), "Léa"), "").is_err());
        assert_eq!(
            std::fs::read_to_string(walk_ins_path(d, a)).unwrap(),
            "(people: ["
        );
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
