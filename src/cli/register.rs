//! `tablee people [list | add NAME | import FILE.csv | export | forget NAME]`:
//! the council's register, `people.ron` in the data folder. A session
//! names who is invited from it by id (`invited: [...]`); check-ins at the
//! door (`tablee here`) are journal events by id, never by name.

use std::path::PathBuf;

use super::{Failure, Out};
use crate::core::register::{Found, Person, Refused, Register};
use crate::i18n::Lang;
use crate::i18n::register::{Said, columns, file_header};
use crate::store::register;

/// `tablee people …`
#[derive(Debug, Clone, clap::Args)]
pub struct PeopleArgs {
    #[command(subcommand)]
    pub action: Option<Action>,
    /// Data folder that holds the sessions (bare session names are looked for there) [default: TABLEE_DIR, else sessions/ in the current folder if there is one, else sessions/ in the user's data folder]
    #[arg(long, global = true, env = "TABLEE_DIR", default_value_os_t = super::default_data_dir(), hide_default_value = true, hide_env = true)]
    pub dir: PathBuf,
}

/// What to do with the register.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum Action {
    /// List the register, one person a line (the default)
    List,
    /// Add a person to the register
    Add(AddPerson),
    /// Change what the register says of a person (the fields given; --rename for the name)
    Edit(EditPerson),
    /// Add the people of a spreadsheet (CSV, columns in French or English: nom/name, rôle, structure, quartier, langues, besoins, contact); names already there are left as they are
    Import {
        /// The spreadsheet, saved as CSV (UTF-8, `;` or `,`)
        file: PathBuf,
    },
    /// Write the register as a spreadsheet (CSV), to stdout or -o FILE
    Export {
        /// Write here (replaced atomically); `-` for stdout
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Invite people of the register to a session (by name, --all, or --role), and set the room's capacity
    Invite(Invite),
    /// Remove a person from the register for good (journals hold only an id, which then names no one)
    Forget {
        /// The person's name, as in the register
        #[arg(required = true, num_args = 1..)]
        name: Vec<String>,
    },
}

/// `tablee people invite SESSION [NAME…] [--all] [--role R] [--capacity N]`
#[derive(Debug, Clone, clap::Args)]
pub struct Invite {
    /// A session folder, its session.ron, or a folder name inside --dir
    pub session: PathBuf,
    /// People of the register to invite
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Everyone in the register
    #[arg(long)]
    pub all: bool,
    /// Everyone of this role (repeat for several)
    #[arg(long, value_name = "ROLE")]
    pub role: Vec<String>,
    /// The most people the room takes (« jauge »)
    #[arg(long, value_name = "N")]
    pub capacity: Option<u32>,
}

/// `tablee people edit NAME [--rename N] [--role …]`
#[derive(Debug, Clone, clap::Args)]
pub struct EditPerson {
    /// The person's name, as in the register
    #[arg(required = true, num_args = 1..)]
    pub name: Vec<String>,
    /// Their name, corrected
    #[arg(long, value_name = "NAME")]
    pub rename: Option<String>,
    #[command(flatten)]
    pub fields: Fields,
}

/// What the register says of someone besides their name.
#[derive(Debug, Clone, clap::Args)]
pub struct Fields {
    /// Role (« habitante », « élu », « association »…)
    #[arg(long)]
    pub role: Option<String>,
    /// Organisation
    #[arg(long)]
    pub organisation: Option<String>,
    /// Neighbourhood or commune
    #[arg(long)]
    pub place: Option<String>,
    /// Languages spoken, separated by spaces or commas
    #[arg(long)]
    pub languages: Option<String>,
    /// Accessibility needs
    #[arg(long)]
    pub needs: Option<String>,
    /// How to reach them
    #[arg(long)]
    pub contact: Option<String>,
}

impl Fields {
    /// Sets on `p` the fields given (an empty value clears one).
    fn apply(&self, p: &mut Person) {
        let set = |to: &mut String, v: &Option<String>| {
            if v.is_some() {
                *to = clean(v.as_deref());
            }
        };
        set(&mut p.role, &self.role);
        set(&mut p.organisation, &self.organisation);
        set(&mut p.place, &self.place);
        set(&mut p.needs, &self.needs);
        set(&mut p.contact, &self.contact);
        if let Some(l) = &self.languages {
            p.languages = languages(&clean(Some(l)));
        }
    }
}

/// `tablee people add NAME [--role …]`
#[derive(Debug, Clone, clap::Args)]
pub struct AddPerson {
    /// The person's name
    #[arg(required = true, num_args = 1..)]
    pub name: Vec<String>,
    #[command(flatten)]
    pub fields: Fields,
}

fn load(out: &Out, dir: &std::path::Path) -> Result<Register, Failure> {
    register::load(dir).map_err(|e| {
        let d = crate::store::session_file::Diagnostic::from_load_error(&e);
        use crate::i18n::prelude::*;
        Failure::line(d.line(out.lang))
    })
}

fn save(out: &Out, dir: &std::path::Path, r: &Register) -> Result<(), Failure> {
    register::save(dir, r, file_header(out.lang)).map_err(|e| {
        Failure::line(
            crate::i18n::cli::Said::NotWritten {
                path: &register::path(dir).display().to_string(),
                reason: &crate::i18n::store::io_message(&e, out.lang),
            }
            .text(out.lang),
        )
    })
}

/// The register's id of the person `typed` names; when none or several,
/// why, in `problems`.
pub(crate) fn resolve(
    r: &Register,
    typed: &str,
    problems: &mut Vec<String>,
    lang: Lang,
) -> Option<uuid::Uuid> {
    match r.find(typed) {
        Found::One(p) => Some(p.id),
        Found::Several(them) => {
            let them: Vec<&str> = them.iter().map(|p| p.name.as_str()).collect();
            problems.push(
                Said::WhichOne {
                    name: typed,
                    them: &them.join(", "),
                }
                .text(lang),
            );
            None
        }
        Found::None => {
            problems.push(Said::NotInRegister { name: typed }.text(lang));
            None
        }
    }
}

fn languages(s: &str) -> Vec<String> {
    s.split([' ', ',', ';', '/', '+'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn clean(s: Option<&str>) -> String {
    s.map(|s| crate::core::text::sanitize(s).trim().to_string())
        .unwrap_or_default()
}

pub fn run(out: &Out, a: &PeopleArgs) -> super::Done {
    let lang = out.lang;
    let dir = &a.dir;
    match a.action.clone().unwrap_or(Action::List) {
        Action::List => {
            let r = load(out, dir)?;
            if r.people.is_empty() {
                out.print(&format!("{}\n", Said::Empty.text(lang)));
                return Ok(());
            }
            let mut text = String::new();
            for p in &r.people {
                let mut parts = vec![p.name.clone()];
                for f in [&p.role, &p.organisation, &p.place, &p.needs] {
                    if !f.is_empty() {
                        parts.push(f.clone());
                    }
                }
                if !p.languages.is_empty() {
                    parts.push(p.languages.join(" "));
                }
                text.push_str(&crate::core::text::sanitize(&parts.join(" · ")));
                text.push('\n');
            }
            text.push_str(&format!(
                "{}\n",
                Said::Count { n: r.people.len() }.text(lang)
            ));
            out.print(&text);
            Ok(())
        }
        Action::Add(p) => {
            let mut r = load(out, dir)?;
            let name = p.name.join(" ");
            let mut person = Person::named(uuid::Uuid::new_v4(), &name);
            p.fields.apply(&mut person);
            match r.add(person) {
                Ok(id) => {
                    save(out, dir, &r)?;
                    let name = r.get(id).map(|p| p.name.clone()).unwrap_or_default();
                    out.print(&format!("{}\n", Said::Added { name: &name }.text(lang)));
                    Ok(())
                }
                Err(Refused::Twice { name }) => {
                    Err(Failure::line(Said::Twice { name: &name }.text(lang)))
                }
                Err(Refused::EmptyName) => Err(Failure::line(Said::EmptyName.text(lang))),
            }
        }
        Action::Import { file } => import(out, dir, &file),
        Action::Edit(e) => {
            let mut r = load(out, dir)?;
            let typed = e.name.join(" ");
            let mut problems = Vec::new();
            let Some(id) = resolve(&r, &typed, &mut problems, lang) else {
                return Err(Failure::Said(problems));
            };
            if let Some(new) = e.rename.as_deref() {
                let new = clean(Some(new));
                if new.is_empty() {
                    return Err(Failure::line(Said::EmptyName.text(lang)));
                }
                if let Found::One(other) = r.find(&new)
                    && other.id != id
                    && crate::core::text::fold(&other.name) == crate::core::text::fold(&new)
                {
                    return Err(Failure::line(
                        Said::NameTaken { name: &other.name }.text(lang),
                    ));
                }
            }
            let person = r.people.iter_mut().find(|p| p.id == id).expect("resolved");
            if let Some(new) = e.rename.as_deref() {
                person.name = clean(Some(new));
            }
            e.fields.apply(person);
            let name = person.name.clone();
            save(out, dir, &r)?;
            out.print(&format!("{}\n", Said::Edited { name: &name }.text(lang)));
            Ok(())
        }
        Action::Invite(i) => invite(out, dir, &i),
        Action::Export { output } => {
            let r = load(out, dir)?;
            let bytes = export(&r, lang);
            let target = output.filter(|p| p != std::path::Path::new("-"));
            super::emit(out, target.as_deref(), bytes.as_bytes())
        }
        Action::Forget { name } => {
            let mut r = load(out, dir)?;
            let typed = name.join(" ");
            let mut problems = Vec::new();
            let Some(id) = resolve(&r, &typed, &mut problems, lang) else {
                return Err(Failure::Said(problems));
            };
            let gone = r.forget(id).expect("found just before");
            save(out, dir, &r)?;
            out.print(&format!(
                "{}\n",
                Said::Forgot { name: &gone.name }.text(lang)
            ));
            // Seated by name with `mix`: said, for the organiser to act on.
            let seated = sessions_seating(dir, &gone.name);
            if !seated.is_empty() {
                out.eprint(&format!(
                    "{}\n",
                    Said::StillSeated {
                        name: &gone.name,
                        sessions: &seated.join(", ")
                    }
                    .text(lang)
                ));
            }
            // Documents exported before (printed cards…): said, never
            // deleted.
            let exported = exports_naming(dir, &gone.name);
            if !exported.is_empty() {
                out.eprint(&format!(
                    "{}\n",
                    Said::StillInExports {
                        name: &gone.name,
                        files: &exported.join(", ")
                    }
                    .text(lang)
                ));
            }
            Ok(())
        }
    }
}

/// The files of the sessions' `exports/` folders under `dir` that hold
/// `name`.
fn exports_naming(dir: &std::path::Path, name: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .flatten()
        .filter_map(|e| std::fs::read_dir(e.path().join("exports")).ok())
        .flat_map(|files| files.flatten().map(|f| f.path()))
        .filter(|p| {
            std::fs::read(p).is_ok_and(|bytes| {
                bytes
                    .windows(name.len().max(1))
                    .any(|w| w == name.as_bytes())
            })
        })
        .map(|p| p.display().to_string())
        .collect();
    out.sort();
    out
}

/// The register as CSV, its header in `lang`; every cell guarded against
/// spreadsheet formulas.
pub fn export(r: &Register, lang: Lang) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record(columns(lang));
    for p in &r.people {
        let cells = [
            &p.name,
            &p.role,
            &p.organisation,
            &p.place,
            &p.languages.join(" "),
            &p.needs,
            &p.contact,
        ];
        let _ = w.write_record(cells.iter().map(|c| crate::report::csv::guard(c)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Which register field a spreadsheet's column is, by its header in
/// French or English.
fn field_of(header: &str) -> Option<usize> {
    let h = crate::core::text::fold(header.trim());
    let h = h.trim_start_matches('\u{feff}');
    let names: [&[&str]; 7] = [
        &["name", "nom", "prenom nom", "nom prenom", "participant"],
        &["role", "profil", "statut"],
        &["organisation", "organization", "structure", "org"],
        &["place", "quartier", "commune", "lieu", "neighbourhood"],
        &["languages", "language", "langues", "langue"],
        &["needs", "besoins", "accessibilite", "accessibility"],
        &["contact", "email", "courriel", "telephone", "phone"],
    ];
    names.iter().position(|n| n.contains(&h))
}

fn import(out: &Out, dir: &std::path::Path, file: &std::path::Path) -> super::Done {
    let lang = out.lang;
    let fail = |lines: Vec<String>| {
        let mut lines = lines;
        lines.push(Said::NothingImported.text(lang));
        Err(Failure::Said(lines))
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            let reason = crate::i18n::store::io_message(&e, lang);
            return fail(vec![format!(
                "{}: {}",
                file.display(),
                Said::Unreadable { reason: &reason }.text(lang)
            )]);
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return fail(vec![format!(
            "{}: {}",
            file.display(),
            Said::Unreadable { reason: "UTF-8" }.text(lang)
        )]);
    };
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut rd = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<Option<usize>> = match rd.headers() {
        Ok(h) => h.iter().map(field_of).collect(),
        Err(e) => {
            return fail(vec![
                Said::Unreadable {
                    reason: &e.to_string(),
                }
                .text(lang),
            ]);
        }
    };
    if !headers.contains(&Some(0)) {
        return fail(vec![format!(
            "{}: {}",
            file.display(),
            Said::NoNameColumn.text(lang)
        )]);
    }
    let mut r = load(out, dir)?;
    let mut problems = Vec::new();
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut new_people = Vec::new();
    let mut kept = 0;
    for (i, rec) in rd.records().enumerate() {
        let line = i + 2;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!(
                    "{}: {}",
                    file.display(),
                    Said::Unreadable {
                        reason: &e.to_string()
                    }
                    .text(lang)
                ));
                continue;
            }
        };
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut f: [String; 7] = Default::default();
        for (cell, field) in rec.iter().zip(&headers) {
            if let Some(k) = field {
                f[*k] = crate::core::text::sanitize(cell).trim().to_string();
            }
        }
        if f[0].is_empty() {
            problems.push(format!(
                "{}: {}",
                file.display(),
                Said::EmptyNameAt { line }.text(lang)
            ));
            continue;
        }
        let key = crate::core::text::fold(&f[0])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            problems.push(format!(
                "{}: {}",
                file.display(),
                Said::TwiceAt {
                    line,
                    name: &f[0],
                    first: *first
                }
                .text(lang)
            ));
            continue;
        }
        seen.push((key, line));
        if matches!(r.find(&f[0]), Found::One(p) if crate::core::text::fold(&p.name) == crate::core::text::fold(&f[0]))
        {
            kept += 1;
            continue;
        }
        new_people.push(Person {
            // From the file's name and the person's: importing the same
            // file twice adds no one twice.
            id: uuid::Uuid::new_v5(
                &uuid::Uuid::NAMESPACE_OID,
                format!("tablee-person:{}", f[0]).as_bytes(),
            ),
            name: f[0].clone(),
            role: f[1].clone(),
            organisation: f[2].clone(),
            place: f[3].clone(),
            languages: languages(&f[4]),
            needs: f[5].clone(),
            contact: f[6].clone(),
        });
    }
    if !problems.is_empty() {
        return fail(problems);
    }
    let added = new_people.len();
    for p in new_people {
        if r.add(p).is_err() {
            kept += 1;
        }
    }
    save(out, dir, &r)?;
    out.print(&format!("{}\n", Said::Imported { added, kept }.text(lang)));
    Ok(())
}

/// Writes who is invited (and the capacity) as set-up events: the session
/// as every laptop reads it names them by id.
fn invite(out: &Out, dir: &std::path::Path, i: &Invite) -> super::Done {
    let lang = out.lang;
    let ws = super::open_workspace(out, &i.session, dir)?;
    let reg_dir = register::dir_of_session(&ws.file.path);
    let r = load(out, &reg_dir)?;
    let mut after = ws.file.session.clone();
    let mut problems = Vec::new();
    let mut add = |id: uuid::Uuid| {
        if !after.invited.contains(&id) {
            after.invited.push(id);
        }
    };
    if i.all {
        r.people.iter().for_each(|p| add(p.id));
    }
    for role in &i.role {
        let role = crate::core::text::fold(role.trim());
        r.people
            .iter()
            .filter(|p| crate::core::text::fold(p.role.trim()) == role)
            .for_each(|p| add(p.id));
    }
    for typed in &i.names {
        if let Some(id) = resolve(&r, typed, &mut problems, lang) {
            add(id);
        }
    }
    if let Some(c) = i.capacity {
        after.capacity = Some(c);
    }
    if !problems.is_empty() {
        problems.push(Said::NothingWritten.text(lang));
        return Err(Failure::Said(problems));
    }
    let fail = |m: String| Failure::line(format!("tablee people invite: {m}"));
    super::write_setup(out, &ws, None, &after, &fail)?;
    out.print(&format!(
        "{}\n",
        Said::Invited {
            n: after.invited.len(),
            capacity: after.capacity
        }
        .text(lang)
    ));
    Ok(())
}

/// The sessions of `dir` that seat `name` one by one (their participants,
/// as every laptop reads them).
fn sessions_seating(dir: &std::path::Path, name: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .flatten()
        .map(|e| e.path().join(crate::store::session_file::SESSION_FILE))
        .filter(|p| p.is_file())
        .filter_map(|p| crate::store::workspace::Workspace::read(&p).ok())
        .filter(|(ws, _)| ws.file.session.participants.iter().any(|p| p == name))
        .map(|(ws, _)| ws.file.session.title.clone())
        .collect();
    out.sort();
    out
}
