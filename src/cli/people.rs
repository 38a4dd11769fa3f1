//! `tablee mix SESSION --participants people.csv`: the people to seat, from
//! a spreadsheet.
//!
//! A header row, then one person a line. Columns, in any order, English or
//! French: `name`/`nom` (required), `role`/`rôle`, `languages`/`langues`
//! (separated by spaces, commas, `/` or `+`), `organisation`/`structure`,
//! `arrives`/`arrivée` (the first round they attend), `leaves`/`départ`
//! (the last round they attend), `table` (a seat kept all morning, e.g. for
//! someone who cannot move). UTF-8 (a BOM is fine), `;` or `,`. Every line
//! is checked before anything is written.

use crate::i18n::prelude::*;
use std::collections::BTreeMap;

use crate::core::model::{Absence, FixedSeat, Profile, Session};
use crate::core::text::fold;
use crate::i18n::Lang;

/// One person as the file describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub line: usize,
    pub name: String,
    pub profile: Profile,
    pub arrives: Option<u32>,
    pub leaves: Option<u32>,
    pub table: Option<String>,
}

const COLUMNS: [(&str, &[&str]); 7] = [
    (
        "name",
        &["name", "nom", "prenom nom", "nom prenom", "participant"],
    ),
    ("role", &["role", "profil", "statut"]),
    ("languages", &["languages", "language", "langues", "langue"]),
    (
        "organisation",
        &["organisation", "organization", "structure", "org"],
    ),
    (
        "arrives",
        &[
            "arrives",
            "arrival",
            "arrivee",
            "from round",
            "a partir du tour",
        ],
    ),
    (
        "leaves",
        &[
            "leaves",
            "departure",
            "depart",
            "until round",
            "jusqu'au tour",
        ],
    ),
    ("table", &["table", "fixed table", "table fixe"]),
];

pub use crate::core::people::Problem;

/// Reads `csv` and checks every line: the people, or one line per problem
/// (`file:line: problem`, or `file: why` when it cannot be read).
pub fn read(
    csv: &std::path::Path,
    session: &Session,
    rounds: usize,
    lang: Lang,
) -> Result<Vec<Person>, Vec<String>> {
    let bytes = std::fs::read(csv).map_err(|e| {
        vec![format!(
            "{}: {}",
            csv.display(),
            crate::i18n::store::io_message(&e, lang)
        )]
    })?;
    parse(&bytes, session, rounds).map_err(|problems| {
        problems
            .iter()
            .map(|(line, p)| format!("{}:{line}: {}", csv.display(), p.message(lang)))
            .collect()
    })
}

/// Reads and checks every line; all of them or none.
pub fn parse(
    bytes: &[u8],
    session: &Session,
    rounds: usize,
) -> Result<Vec<Person>, Vec<(usize, Problem)>> {
    let text = match super::sheet::text(bytes) {
        Ok(t) => t,
        Err(line) => return Err(vec![(line, Problem::NotUtf8)]),
    };
    let mut reader = super::sheet::reader(text);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| fold(c.trim())).collect(),
        Err(e) => return Err(vec![(1, Problem::Csv(e.to_string()))]),
    };
    let mut index = [None; 7];
    for (i, (_, names)) in COLUMNS.iter().enumerate() {
        index[i] = header.iter().position(|h| names.contains(&h.as_str()));
    }
    if index[0].is_none() {
        return Err(vec![(1, Problem::NoNameColumn)]);
    }
    let mut problems = Vec::new();
    let mut people: Vec<Person> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                problems.push((line, Problem::Csv(e.to_string())));
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |i: usize| index[i].and_then(|c| record.get(c)).unwrap_or("").trim();
        let name = get(0).split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            problems.push((line, Problem::EmptyName));
            continue;
        }
        if let Some(&first) = seen.get(&name) {
            problems.push((line, Problem::Twice { name, first }));
            continue;
        }
        seen.insert(name.clone(), line);
        let mut round = |column: &'static str, value: &str| -> Option<u32> {
            if value.is_empty() {
                return None;
            }
            match value.parse::<u32>() {
                Ok(n) if n >= 1 && n as usize <= rounds => Some(n),
                _ => {
                    problems.push((
                        line,
                        Problem::NotARound {
                            column,
                            value: value.to_string(),
                            rounds,
                        },
                    ));
                    None
                }
            }
        };
        let arrives = round("arrives", get(4));
        let leaves = round("leaves", get(5));
        if let (Some(a), Some(l)) = (arrives, leaves)
            && l < a
        {
            problems.push((
                line,
                Problem::LeavesBeforeArriving {
                    arrives: a,
                    leaves: l,
                },
            ));
        }
        let table = match get(6) {
            "" => None,
            t => match session
                .tables
                .iter()
                .find(|x| x.key.eq_ignore_ascii_case(t))
            {
                Some(x) => Some(x.key.clone()),
                None => {
                    let known: Vec<&str> = session.tables.iter().map(|x| x.key.as_str()).collect();
                    problems.push((
                        line,
                        Problem::UnknownTable {
                            table: t.to_string(),
                            known: known.join(", "),
                        },
                    ));
                    None
                }
            },
        };
        let optional = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let mut languages: Vec<String> = get(2)
            .split([',', ' ', '/', '+', '|'])
            .map(|l| l.trim().to_lowercase())
            .filter(|l| !l.is_empty())
            .collect();
        languages.dedup();
        people.push(Person {
            line,
            name,
            profile: Profile {
                role: optional(get(1)),
                languages,
                organisation: optional(get(3)),
            },
            arrives,
            leaves,
            table,
        });
    }
    if people.is_empty() && problems.is_empty() {
        problems.push((1, Problem::NobodyListed));
    }
    if problems.is_empty() {
        Ok(people)
    } else {
        Err(problems)
    }
}

/// Writes the people into the session: the names replace `participants`,
/// their profiles replace `mixing.profiles`; arrivals, departures and
/// fixed tables replace what `mixing` said of these people (what it says
/// of others stays, and is checked before anything is written).
pub fn apply(session: &mut Session, people: &[Person], rounds: usize) {
    session.participants = people.iter().map(|p| p.name.clone()).collect();
    let m = &mut session.mixing;
    m.profiles = people
        .iter()
        .filter(|p| p.profile != Profile::default())
        .map(|p| (p.name.clone(), p.profile.clone()))
        .collect();
    let listed = |who: &str| people.iter().any(|p| p.name == who);
    m.absent.retain(|a| !listed(&a.who));
    m.fixed.retain(|f| !listed(&f.who));
    for p in people {
        let first = p.arrives.unwrap_or(1);
        let last = p.leaves.unwrap_or(rounds as u32);
        let away: Vec<u32> = (1..=rounds as u32)
            .filter(|&r| r < first || r > last)
            .collect();
        if !away.is_empty() {
            m.absent.push(Absence {
                who: p.name.clone(),
                rounds: away,
            });
        }
        if let Some(table) = &p.table {
            for r in (1..=rounds as u32).filter(|&r| r >= first && r <= last) {
                m.fixed.push(FixedSeat {
                    who: p.name.clone(),
                    round: r,
                    table: table.clone(),
                });
            }
        }
    }
}
