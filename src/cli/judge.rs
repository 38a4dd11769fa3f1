//! `tablee judge SESSION --tally FILE.csv [--format text|md|csv]`: the
//! proposals (or post-its, or anything) ranked by majority judgment from a
//! paper tally: one line per candidate, its text or id, then its number
//! of votes for each grade, best first; the header names the grades (in
//! French or English, or a scale of the organiser's own).

use std::path::PathBuf;

use super::{Failure, Out, open_workspace};
use crate::core::judgment::{Profile, Ranked, rank};
use crate::i18n::Lang;
use crate::i18n::judge::{Said, words};
use crate::i18n::prelude::*;

/// Most votes a tally line can hold (a room, or a town's ballot boxes).
pub const MAX_VOTES: u64 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum JudgeFormat {
    Text,
    Md,
    Csv,
}

/// `tablee judge SESSION --tally FILE`
#[derive(Debug, Clone, clap::Args)]
pub struct JudgeArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// The paper tally (CSV, comma, semicolon or tab): a header line (candidate, then the grades, best first), then one line per candidate: its text, or the id of a proposal or post-it, then its number of votes for each grade
    #[arg(long, value_name = "FILE")]
    pub tally: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = JudgeFormat::Text)]
    pub format: JudgeFormat,
    /// Add the first N of the ranking (and any tied with the Nth) to the follow-up register as proposals; those already in it are left as they are
    #[arg(long, value_name = "N")]
    pub propose: Option<usize>,
    /// The theme of the proposals added (with --propose)
    #[arg(long, value_name = "TEXT", requires = "propose")]
    pub theme: Option<String>,
}

/// What a tally's cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Proposal(uuid::Uuid),
    PostIt(uuid::Uuid),
    Text,
}

/// A tally as read: the grades' names, best first, and each candidate's
/// cell and counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub grades: Vec<String>,
    pub candidates: Vec<(String, Vec<u64>)>,
}

/// What is wrong with a tally, and where (lines from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TallyError {
    Empty,
    NoGrades,
    HeaderIsData(String),
    GradeTwice(String),
    Unreadable {
        line: usize,
    },
    Cells {
        line: usize,
        found: usize,
        wanted: usize,
    },
    NotACount {
        line: usize,
        grade: String,
        cell: String,
    },
    NoCandidate {
        line: usize,
    },
    Twice {
        line: usize,
        first: usize,
        candidate: String,
    },
    TooMany {
        line: usize,
    },
    NoCandidates,
}

impl TallyError {
    fn said(&self) -> Said<'_> {
        match self {
            TallyError::Empty => Said::Empty,
            TallyError::NoGrades => Said::NoGrades,
            TallyError::HeaderIsData(cell) => Said::HeaderIsData { cell },
            TallyError::GradeTwice(grade) => Said::GradeTwice { grade },
            TallyError::Unreadable { line } => Said::Unreadable { line: *line },
            TallyError::Cells {
                line,
                found,
                wanted,
            } => Said::Cells {
                line: *line,
                found: *found,
                wanted: *wanted,
            },
            TallyError::NotACount { line, grade, cell } => Said::NotACount {
                line: *line,
                grade,
                cell,
            },
            TallyError::NoCandidate { line } => Said::NoCandidate { line: *line },
            TallyError::Twice {
                line,
                first,
                candidate,
            } => Said::Twice {
                line: *line,
                first: *first,
                candidate,
            },
            TallyError::TooMany { line } => Said::TooMany {
                line: *line,
                max: MAX_VOTES,
            },
            TallyError::NoCandidates => Said::NoCandidates,
        }
    }
}

/// One candidate of the ranking, as printed.
struct Line<'a> {
    ranked: &'a Ranked,
    named: Named,
    text: String,
    /// The proposal's or post-it's short id, when the cell named one.
    id: Option<String>,
    counts: &'a [u64],
}

/// `device`: the global `--device`, if given (for --propose).
pub fn run(
    out: &Out,
    a: &JudgeArgs,
    report_lang: Option<Lang>,
    device: Option<&str>,
) -> super::Done {
    let lang = out.lang;
    let fail = |what: String| {
        Failure::line(format!(
            "tablee judge: {}: {what}\n  {}",
            a.tally.display(),
            Said::Fix.text(lang)
        ))
    };
    let ws = open_workspace(out, &a.at.session, &a.at.data.dir)?;
    let bytes = std::fs::read(&a.tally).map_err(|e| {
        Failure::line(format!(
            "tablee judge: {}: {}",
            a.tally.display(),
            crate::i18n::store::io_message(&e, lang)
        ))
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let tally = parse(&text).map_err(|e| fail(e.said().text(lang)))?;
    let report = report_lang.unwrap_or(ws.file.session.lang);

    // A cell that is a proposal's or a post-it's id (or its first
    // characters) stands for its text.
    use crate::core::proposal::{resolve, short_ids};
    let board = &ws.board;
    let proposals: Vec<uuid::Uuid> = board.proposals.keys().copied().collect();
    let notes: Vec<uuid::Uuid> = board.notes.keys().copied().collect();
    let (proposal_ids, note_ids) = (short_ids(&proposals), short_ids(&notes));
    let named = |cell: &str| -> (Named, String, Option<String>) {
        if let Ok(id) = resolve(cell, &proposals) {
            let text = board.proposals[&id].text.clone();
            return (Named::Proposal(id), text, Some(proposal_ids[&id].clone()));
        }
        if let Ok(id) = resolve(cell, &notes) {
            let text = board.notes[&id].text.clone();
            return (Named::PostIt(id), text, Some(note_ids[&id].clone()));
        }
        (Named::Text, cell.to_string(), None)
    };
    let profiles: Vec<Profile> = tally
        .candidates
        .iter()
        .map(|(_, c)| Profile::new(c.clone()))
        .collect();
    let ranking = rank(&profiles);
    let lines: Vec<Line> = ranking
        .iter()
        .map(|r| {
            let (cell, counts) = &tally.candidates[r.candidate];
            let (named, text, id) = named(cell);
            Line {
                ranked: r,
                named,
                text,
                id,
                counts,
            }
        })
        .collect();
    let voters = profiles.iter().map(Profile::total).max().unwrap_or(0);
    let printed = match a.format {
        JudgeFormat::Text => text_of(&ws.file.session.title, &tally, &lines, voters, report),
        JudgeFormat::Md => markdown(&ws.file.session.title, &tally, &lines, voters, report),
        JudgeFormat::Csv => csv(&tally, &lines),
    };
    out.print(&printed);
    match a.propose {
        Some(n) => propose(out, a, &ws, &lines, (n, voters, &tally), device),
        None => Ok(()),
    }
}

/// The first `n` of the ranking (and those tied with the `n`th) become
/// proposals of the register: a post-it's with its origin, a text as
/// written; one already there (a proposal's id, or the same text) is left
/// as it is. Each is said on standard error.
fn propose(
    out: &Out,
    a: &JudgeArgs,
    ws: &crate::store::workspace::Workspace,
    lines: &[Line],
    (n, voters, tally): (usize, u64, &Tally),
    device: Option<&str>,
) -> super::Done {
    use crate::core::event::{Body, clean_text};
    use crate::core::proposal;
    use crate::core::synth::normalise;
    let lang = out.lang;
    let fail = |what: String| {
        Failure::line(format!(
            "tablee judge --propose: {what}\n  {}",
            crate::i18n::cli::Said::NothingElseChanged.text(lang)
        ))
    };
    let session = &ws.file.session;
    let existing = crate::core::followup::of_session(session, &ws.board, 0);
    let theme = a
        .theme
        .as_deref()
        .and_then(|t| proposal::typed_theme(t, session, &existing));
    let mut texts: Vec<String> = existing.iter().map(|p| normalise(&p.text)).collect();
    let (mut added, mut there) = (Vec::new(), 0);
    let last = lines.get(n.max(1) - 1).map_or(0, |l| l.ranked.rank);
    for l in lines.iter().filter(|l| l.ranked.rank <= last) {
        let origin = match l.named {
            Named::Proposal(_) => {
                there += 1;
                continue;
            }
            Named::PostIt(id) => {
                crate::core::followup::origin_of_note(session, &ws.board, id).unwrap_or_default()
            }
            Named::Text => proposal::Origin::default(),
        };
        let Ok(text) = clean_text(&l.text) else {
            continue;
        };
        if texts.contains(&normalise(&text)) {
            there += 1;
            continue;
        }
        texts.push(normalise(&text));
        let body = Body::Propose {
            text,
            description: Said::Description {
                rank: l.ranked.rank,
                grade: majority_name(tally, l.ranked),
                voters,
            }
            .text(session.lang),
            theme: theme.clone(),
            origin,
        };
        let event = super::write_one(out, ws, device, body, &fail)?;
        added.push(event.id);
    }
    let ids = existing.iter().map(|p| &p.id).chain(added.iter());
    let short = proposal::short_ids(ids);
    let names: Vec<&str> = added.iter().map(|id| short[id].as_str()).collect();
    out.eprint(&format!(
        "{}\n",
        Said::Proposed {
            added: &names.join(", "),
            n: added.len(),
            there,
        }
        .text(lang)
    ));
    Ok(())
}

/// Reads a tally; what is wrong, where, otherwise.
pub fn parse(text: &str) -> Result<Tally, TallyError> {
    let text = text.trim_start_matches('\u{feff}');
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .ok_or(TallyError::Empty)?;
    // French spreadsheets write semicolons; a tab when pasted.
    let delimiter = [b'\t', b';', b','][..]
        .iter()
        .copied()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut grades: Option<Vec<String>> = None;
    let mut candidates: Vec<(String, Vec<u64>)> = Vec::new();
    let mut lines_of: Vec<usize> = Vec::new();
    for record in reader.records() {
        // Lines as an editor counts them (the reader skips blank ones).
        let line_at = |byte: u64| {
            let mut byte = (byte as usize).min(text.len());
            while matches!(text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
                byte += 1;
            }
            text.as_bytes()[..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1
        };
        let record = record.map_err(|e| TallyError::Unreadable {
            line: e.position().map_or(0, |p| line_at(p.byte())),
        })?;
        let line = record.position().map_or(0, |p| line_at(p.byte()));
        if record.iter().all(str::is_empty) {
            continue;
        }
        let Some(grades) = &grades else {
            let names: Vec<String> = record.iter().skip(1).map(str::to_string).collect();
            if names.is_empty() || names.iter().any(String::is_empty) {
                return Err(TallyError::NoGrades);
            }
            if let Some(n) = names.iter().find(|n| n.parse::<u64>().is_ok()) {
                return Err(TallyError::HeaderIsData(n.clone()));
            }
            for (i, n) in names.iter().enumerate() {
                if names[..i]
                    .iter()
                    .any(|m| m.to_lowercase() == n.to_lowercase())
                {
                    return Err(TallyError::GradeTwice(n.clone()));
                }
            }
            grades = Some(names);
            continue;
        };
        if record.len() != grades.len() + 1 {
            return Err(TallyError::Cells {
                line,
                found: record.len(),
                wanted: grades.len() + 1,
            });
        }
        let candidate = record.get(0).unwrap_or_default().to_string();
        if candidate.is_empty() {
            return Err(TallyError::NoCandidate { line });
        }
        if let Some(i) = candidates.iter().position(|(c, _)| *c == candidate) {
            return Err(TallyError::Twice {
                line,
                first: lines_of[i],
                candidate,
            });
        }
        let mut counts = Vec::with_capacity(grades.len());
        for (cell, grade) in record.iter().skip(1).zip(grades) {
            let n = if cell.is_empty() {
                0
            } else {
                cell.parse::<u64>().map_err(|_| TallyError::NotACount {
                    line,
                    grade: grade.clone(),
                    cell: cell.to_string(),
                })?
            };
            counts.push(n);
        }
        if counts
            .iter()
            .try_fold(0u64, |a, n| a.checked_add(*n))
            .is_none_or(|t| t > MAX_VOTES)
        {
            return Err(TallyError::TooMany { line });
        }
        candidates.push((candidate, counts));
        lines_of.push(line);
    }
    let grades = grades.ok_or(TallyError::Empty)?;
    if candidates.is_empty() {
        return Err(TallyError::NoCandidates);
    }
    Ok(Tally { grades, candidates })
}

/// "Excellent 5 (20 %) · Très bien 9 (36 %) · …": the merit profile, in
/// shares of every voter (a blank counts in the worst grade's share).
fn profile(tally: &Tally, counts: &[u64], voters: u64, lang: Lang) -> String {
    let total = voters.max(1);
    let sep = if lang == Lang::Fr { "\u{a0}%" } else { "%" };
    tally
        .grades
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(i, (g, n))| {
            let blank = if i + 1 == counts.len() {
                voters.saturating_sub(counts.iter().sum())
            } else {
                0
            };
            let share = ((n + blank) * 100 + total / 2) / total;
            format!("{g} {n} ({share}{sep})")
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn majority_name<'a>(tally: &'a Tally, r: &Ranked) -> &'a str {
    r.majority.map_or("—", |g| tally.grades[g].as_str())
}

/// What is counted, under the title: "12 candidats · 25 votants ·
/// échelle : Excellent, …".
fn summary(tally: &Tally, voters: u64, lang: Lang) -> String {
    let w = words(lang);
    format!(
        "{} {} · {voters} {} · {}{}{}",
        tally.candidates.len(),
        w.candidates,
        w.voters,
        w.scale,
        lang.colon(),
        tally.grades.join(", ")
    )
}

/// The blank grades line of a candidate, when some voters left it blank.
fn blank(tally: &Tally, r: &Ranked, lang: Lang) -> Option<String> {
    (r.blank > 0).then(|| {
        Said::Blank {
            n: r.blank,
            worst: tally.grades.last().map_or("", String::as_str),
        }
        .text(lang)
    })
}

fn text_of(title: &str, tally: &Tally, lines: &[Line], voters: u64, lang: Lang) -> String {
    use crate::report::prose::{underline, wrap};
    let w = words(lang);
    let mut out = String::new();
    underline(&mut out, &format!("{} — {title}", w.title), '=');
    wrap(&mut out, &summary(tally, voters, lang), "", "  ");
    wrap(&mut out, w.how, "", "");
    out.push('\n');
    let grade_w = tally
        .grades
        .iter()
        .map(|g| g.chars().count())
        .max()
        .unwrap_or(1)
        .max(1);
    for l in lines {
        let r = l.ranked;
        let head = format!("{:>3}  {:<grade_w$}  ", r.rank, majority_name(tally, r));
        let indent = " ".repeat(head.chars().count());
        let text = match &l.id {
            Some(id) => format!("{} [{id}]", l.text),
            None => l.text.clone(),
        };
        wrap(&mut out, &text, &head, &indent);
        let mut meta = format!(
            "{}{}{}",
            w.profile,
            lang.colon(),
            profile(tally, l.counts, voters, lang)
        );
        if let Some(b) = blank(tally, r, lang) {
            meta.push_str(&format!(" · {b}"));
        }
        if r.majority.is_some() {
            let pct = |m: u32| (m + 5) / 10;
            let sep = if lang == Lang::Fr { "\u{a0}%" } else { "%" };
            meta.push_str(&format!(
                " · {}{sep} {} · {}{sep} {}",
                pct(r.better),
                w.better,
                pct(r.worse),
                w.worse
            ));
        }
        wrap(&mut out, &meta, &indent, &indent);
    }
    out
}

fn markdown(title: &str, tally: &Tally, lines: &[Line], voters: u64, lang: Lang) -> String {
    use crate::report::markdown::escape;
    let w = words(lang);
    let mut out = format!("# {} — {}\n\n", w.title, escape(title));
    out.push_str(&format!(
        "{}\n\n*{}*\n\n",
        escape(&summary(tally, voters, lang)),
        w.how
    ));
    out.push_str(&format!(
        "| {} | {} | {} |",
        w.rank, w.candidate, w.majority_grade
    ));
    for g in &tally.grades {
        out.push_str(&format!(" {} |", escape(g)));
    }
    out.push_str("\n|---:|---|---|");
    out.push_str(&"---:|".repeat(tally.grades.len()));
    out.push('\n');
    for l in lines {
        let r = l.ranked;
        let mut text = escape(&l.text).replace('\n', " ");
        if let Some(id) = &l.id {
            text.push_str(&format!(" `{id}`"));
        }
        if let Some(b) = blank(tally, r, lang) {
            text.push_str(&format!(" *({})*", escape(&b)));
        }
        out.push_str(&format!(
            "| {} | {text} | **{}** |",
            r.rank,
            escape(majority_name(tally, r))
        ));
        for n in l.counts {
            out.push_str(&format!(" {n} |"));
        }
        out.push('\n');
    }
    out
}

/// One row per candidate for scripts and spreadsheets: rank, candidate,
/// majority grade, the id it named, then its votes per grade (the header
/// names them as the tally did). Every text cell is guarded.
fn csv(tally: &Tally, lines: &[Line]) -> String {
    use crate::report::csv::guard;
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "rank".to_string(),
        "candidate".into(),
        "majority_grade".into(),
        "id".into(),
        "blank".into(),
    ];
    header.extend(tally.grades.iter().map(|g| guard(g)));
    w.write_record(&header).expect("in-memory CSV");
    for l in lines {
        let r = l.ranked;
        let mut row = vec![
            r.rank.to_string(),
            guard(&l.text),
            guard(majority_name(tally, r)),
            l.id.clone().unwrap_or_default(),
            r.blank.to_string(),
        ];
        row.extend(l.counts.iter().map(u64::to_string));
        w.write_record(&row).expect("in-memory CSV");
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}
