//! `tablee import SESSION FILE.csv`: post-its transcribed from paper.
//!
//! Columns (header row, any order, English or French names): table, round,
//! group, quadrant (or column), text, votes. UTF-8 (a BOM is fine), `;` or
//! `,`. The column is named as `add --in` names it (a quadrant's letter, a
//! column's number, letter or name); `--in` gives it for rows that leave it
//! empty, and an open question's one list needs none.
//! Every row is checked before anything is written: one bad row and nothing
//! is imported. Ids are derived from the session, the row's content and its
//! line, so importing the same file twice adds nothing the second time.

use crate::i18n::cli::Said;
use crate::i18n::prelude::*;
use std::path::Path;

use uuid::Uuid;

use super::{Out, open_workspace, open_writer};
use crate::core::event::Body;
use crate::core::model::{Column, Session};
use crate::core::ops;
use crate::i18n::Lang;
use crate::store::device::{Device, NAMESPACE};

/// One checked row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub table: String,
    pub round: Option<u32>,
    pub group: Option<String>,
    pub quadrant: Column,
    pub text: String,
    pub votes: u32,
}

const COLUMNS: [(&str, &[&str]); 6] = [
    ("table", &["table"]),
    ("round", &["round", "tour"]),
    ("group", &["group", "groupe"]),
    (
        "quadrant",
        &["quadrant", "cadran", "case", "column", "colonne", "in"],
    ),
    ("text", &["text", "texte", "post-it", "note"]),
    ("votes", &["votes", "vote", "voix", "dots", "gommettes"]),
];

/// `tablee import SESSION FILE`
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// CSV file, UTF-8, with a header row; `;` or `,` separated
    pub file: std::path::PathBuf,
    /// The column of rows that give none (a quadrant's letter; a column's
    /// number, letter or name)
    #[arg(long = "in", value_name = "COLUMN")]
    pub column: Option<String>,
}

pub fn run(
    out: &Out,
    session: &Path,
    dir: &Path,
    csv_path: &Path,
    column: Option<&str>,
    device: Option<&str>,
) -> super::Done {
    let lang = out.lang;
    let ws = open_workspace(out, session, dir)?;
    let fail = |msg: String| super::Failure::line(msg);
    let bytes = match std::fs::read(csv_path) {
        Ok(b) => b,
        Err(e) => {
            return Err(fail(format!(
                "{}: {}\n",
                csv_path.display(),
                crate::i18n::store::io_message(&e, lang)
            )));
        }
    };
    let rows = match parse_in(&bytes, &ws.file.session, column, lang) {
        Ok(rows) => rows,
        Err(problems) => {
            let mut msg = String::new();
            for (line, problem) in &problems {
                msg.push_str(&format!("{}:{line}: {problem}\n", csv_path.display()));
            }
            msg.push_str(
                &Said::ImportRefused {
                    problems: problems.len(),
                }
                .text(lang),
            );
            msg.push('\n');
            return Err(fail(msg));
        }
    };
    let device = match Device::resolve(device) {
        Ok(d) => d,
        Err(e) => {
            return Err(fail(format!(
                "{}\n",
                crate::i18n::store::io_message(&e, lang)
            )));
        }
    };
    let (mut writer, _lock) = open_writer(out, &ws, &device)?;
    let now = jiff::Timestamp::now();
    let (mut added, mut present) = (0usize, 0usize);
    let sid = ws.file.session.id;
    for row in rows {
        let id = Uuid::new_v5(
            &NAMESPACE,
            format!(
                "import:{sid}:{}:{}:{}:{}:{}:{}",
                row.line,
                row.table,
                row.round.unwrap_or(0),
                row.group.as_deref().unwrap_or(""),
                row.quadrant,
                row.text
            )
            .as_bytes(),
        );
        if ws.board.notes.contains_key(&id) {
            present += 1;
            continue;
        }
        let add = Body::Add {
            author: None,
            private: None,
            table: row.table,
            quadrant: row.quadrant,
            round: row.round,
            group: row.group,
            text: row.text,
        };
        let mut result = writer.append_with_id(id, add, now).map(|_| ());
        if result.is_ok() && row.votes > 0 {
            let vote = Body::Vote {
                note: id,
                delta: row.votes as i32,
                group: None,
            };
            let vote_id = Uuid::new_v5(&NAMESPACE, format!("import-votes:{id}").as_bytes());
            result = writer.append_with_id(vote_id, vote, now).map(|_| ());
        }
        if let Err(e) = result {
            let tail = Said::ImportStopped { added }.text(lang);
            return Err(fail(super::not_saved(&e, lang, &tail) + "\n"));
        }
        added += 1;
    }
    out.print(&format!(
        "{}\n",
        Said::Imported { added, present }.text(lang)
    ));
    Ok(())
}

/// Checks every row; returns all problems with their line numbers.
/// Reads a CSV of post-its, all or nothing: the rows, or every problem
/// with its line number.
pub fn parse(
    bytes: &[u8],
    session: &Session,
    lang: Lang,
) -> Result<Vec<Row>, Vec<(usize, String)>> {
    parse_in(bytes, session, None, lang)
}

/// [`parse`], with the column of rows that give none.
pub fn parse_in(
    bytes: &[u8],
    session: &Session,
    column: Option<&str>,
    lang: Lang,
) -> Result<Vec<Row>, Vec<(usize, String)>> {
    let text = match super::sheet::text(bytes) {
        Ok(t) => t,
        Err(line) => {
            return Err(vec![(line, Said::NotUtf8.text(lang))]);
        }
    };
    let mut reader = super::sheet::reader(text);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|c| crate::core::text::fold(c.trim()))
            .collect(),
        Err(e) => return Err(vec![(1, e.to_string())]),
    };
    let mut index = [None; 6];
    for (i, (_, names)) in COLUMNS.iter().enumerate() {
        index[i] = header.iter().position(|h| names.contains(&h.as_str()));
    }
    let mut problems = Vec::new();
    for (i, (name, _)) in COLUMNS.iter().enumerate() {
        // The column may come from --in, or need none (open questions).
        let required = matches!(*name, "table" | "text");
        if required && index[i].is_none() {
            problems.push((1, Said::NoColumn { name }.text(lang)));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let rounds = session.round_phases() as u32;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                problems.push((line, e.to_string()));
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        let get = |i: usize| index[i].and_then(|c| record.get(c)).unwrap_or("").trim();
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut bad = |msg: String| problems.push((line, msg));
        let round = match get(1) {
            "" => None,
            r => match r.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    bad(Said::BadRound { typed: r, rounds }.text(lang));
                    None
                }
            },
        };
        let typed = Some(get(3)).filter(|c| !c.is_empty()).or(column);
        let quadrant = match ops::column_of(session, get(0), typed) {
            Ok(c) => Some(c),
            Err(e) => {
                bad(e.message(lang));
                None
            }
        };
        let votes = match get(5) {
            "" => 0,
            v => v.parse::<u32>().unwrap_or_else(|_| {
                bad(Said::BadVotes { typed: v }.text(lang));
                0
            }),
        };
        // Table, round, group and text: the one check every way in shares.
        let group = Some(get(2)).filter(|g| !g.is_empty());
        let checked = ops::add(
            session,
            ops::NewNote {
                table: get(0),
                quadrant: quadrant.unwrap_or(Column::S),
                round,
                group,
                text: get(4),
            },
        );
        match checked {
            Ok(Body::Add {
                author: None,
                table,
                round,
                group,
                text,
                ..
            }) => {
                if let Some(quadrant) = quadrant {
                    rows.push(Row {
                        line,
                        table,
                        round,
                        group,
                        quadrant,
                        text,
                        votes,
                    });
                }
            }
            Ok(_) => {}
            Err(errors) => {
                for e in errors {
                    bad(e.message(lang));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}
