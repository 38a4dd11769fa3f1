//! `tablee judge SESSION --tally FILE.csv [--format text|md|csv]`: the
//! proposals (or post-its, or anything) ranked by majority judgment from a
//! paper tally: one line per candidate, its text or id, then its number
//! of votes for each grade, best first; the header names the grades (in
//! French or English, or a scale of the organiser's own).

use std::path::PathBuf;

use super::{Failure, Out, open_workspace};
use crate::core::judgment::{Profile, rank};
use crate::i18n::Lang;
use crate::i18n::judge::Said;
use crate::report::judge::Candidate;

/// Most votes a tally line can hold (a room, or a town's ballot boxes).
pub const MAX_VOTES: u64 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum JudgeFormat {
    Text,
    Md,
    Csv,
    /// Print-ready, A4: the merit profiles drawn, then the table
    Html,
}

/// `tablee judge SESSION --tally FILE`
#[derive(Debug, Clone, clap::Args)]
pub struct JudgeArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// The paper tally (CSV, comma, semicolon or tab): a header line (candidate, then the grades, best first), then one line per candidate: its text, or the id of a proposal or post-it, then its number of votes for each grade
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "ballots",
        conflicts_with = "ballots"
    )]
    pub tally: Option<PathBuf>,
    /// The ballots, one per line (CSV): a header line (anything, then the candidates: texts or ids), then per ballot its label and the grade it gives each candidate (the grade's name, or its number from 1 for the best; empty: blank)
    #[arg(long, value_name = "FILE")]
    pub ballots: Option<PathBuf>,
    /// The scale of the ballots, best first, separated by commas [default: the seven grades of majority judgment, in French or English]
    #[arg(long, value_name = "GRADES", requires = "ballots")]
    pub grades: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = JudgeFormat::Text)]
    pub format: JudgeFormat,
    /// Write here (replaced atomically) instead of standard output
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Add the first N of the ranking (and any tied with the Nth) to the follow-up register as proposals; those already in it are left as they are
    #[arg(long, value_name = "N")]
    pub propose: Option<usize>,
    /// Keep this tally in the session, so that its synthesis prints the ranking (a tally recorded again replaces it)
    #[arg(long)]
    pub record: bool,
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
    NotAGrade {
        line: usize,
        candidate: String,
        cell: String,
        scale: String,
    },
    NoBallots,
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
            TallyError::NotAGrade {
                line,
                candidate,
                cell,
                scale,
            } => Said::NotAGrade {
                line: *line,
                candidate,
                cell,
                scale,
            },
            TallyError::NoBallots => Said::NoBallots,
        }
    }
}

/// One candidate of the ranking, and what its cell named.
struct Line<'a> {
    candidate: Candidate<'a>,
    named: Named,
}

/// `device`: the global `--device`, if given (for --propose).
pub fn run(
    out: &Out,
    a: &JudgeArgs,
    report_lang: Option<Lang>,
    device: Option<&str>,
) -> super::Done {
    let lang = out.lang;
    let (file, ballots) = match (&a.tally, &a.ballots) {
        (Some(f), _) => (f, false),
        (None, Some(f)) => (f, true),
        // clap asks for one of them.
        (None, None) => return Err(Failure::line("tablee judge: --tally FILE | --ballots FILE")),
    };
    let fail = |what: String| {
        let fix = if ballots { Said::FixBallots } else { Said::Fix };
        Failure::line(format!(
            "tablee judge: {}: {what}\n  {}",
            file.display(),
            fix.text(lang)
        ))
    };
    let ws = open_workspace(out, &a.at.session, &a.at.data.dir)?;
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::line(format!(
            "tablee judge: {}: {}",
            file.display(),
            crate::i18n::store::io_message(&e, lang)
        ))
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let tally = if ballots {
        let scale: Vec<String> = match &a.grades {
            Some(g) => g
                .split(',')
                .map(|g| g.trim().to_string())
                .filter(|g| !g.is_empty())
                .collect(),
            None => crate::i18n::judge::words(report_lang.unwrap_or(ws.file.session.lang))
                .grades
                .iter()
                .map(|g| g.to_string())
                .collect(),
        };
        parse_ballots(&text, &scale)
    } else {
        parse(&text)
    }
    .map_err(|e| fail(e.said().text(lang)))?;
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
                candidate: Candidate {
                    ranked: r,
                    text,
                    id,
                    counts,
                },
                named,
            }
        })
        .collect();
    let candidates: Vec<&Candidate> = lines.iter().map(|l| &l.candidate).collect();
    let view =
        crate::report::judge::view(&ws.file.session.title, &tally.grades, &candidates, report);
    let printed = match a.format {
        JudgeFormat::Text => crate::report::judge::text::render(&view),
        JudgeFormat::Md => crate::report::judge::markdown::render(&view),
        JudgeFormat::Csv => crate::report::judge::csv::render(&view),
        JudgeFormat::Html => crate::report::judge::html::render(&view),
    };
    super::emit(out, a.output.as_deref(), printed.as_bytes())?;
    if a.record {
        let recorded = crate::core::judgment::Recorded {
            grades: tally.grades.clone(),
            candidates: lines
                .iter()
                .map(|l| crate::core::judgment::Judged {
                    text: l.candidate.text.clone(),
                    id: l.candidate.id.clone(),
                    counts: l.candidate.counts.to_vec(),
                })
                .collect(),
        };
        let fail = |what: String| {
            Failure::line(format!(
                "tablee judge --record: {what}\n  {}",
                crate::i18n::cli::Said::NothingElseChanged.text(lang)
            ))
        };
        super::write_one(
            out,
            &ws,
            device,
            crate::core::event::Body::Judged(recorded),
            &fail,
        )?;
        out.eprint(&format!("{}\n", Said::Recorded.text(lang)));
    }
    match a.propose {
        Some(n) => propose(out, a, &ws, &lines, (n, view.voters, &tally), device),
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
    let last = lines
        .get(n.max(1) - 1)
        .map_or(0, |l| l.candidate.ranked.rank);
    for l in lines.iter().filter(|l| l.candidate.ranked.rank <= last) {
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
        let c = &l.candidate;
        let Ok(text) = clean_text(&c.text) else {
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
                rank: c.ranked.rank,
                grade: c.ranked.majority.map_or("—", |g| tally.grades[g].as_str()),
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

/// The non-blank lines of a CSV file as a spreadsheet writes it (comma,
/// semicolon or tab, cells trimmed), each with its line number.
pub(super) fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, TallyError> {
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
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| TallyError::Unreadable {
            line: e.position().map_or(0, |p| line_at(p.byte())),
        })?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| line_at(p.byte()));
        out.push((line, record.iter().map(str::to_string).collect()));
    }
    Ok(out)
}

/// Reads a tally; what is wrong, where, otherwise.
pub fn parse(text: &str) -> Result<Tally, TallyError> {
    let mut grades: Option<Vec<String>> = None;
    let mut candidates: Vec<(String, Vec<u64>)> = Vec::new();
    let mut lines_of: Vec<usize> = Vec::new();
    for (line, record) in records(text)? {
        let Some(grades) = &grades else {
            let names: Vec<String> = record[1..].to_vec();
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
        let candidate = record[0].clone();
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

/// Reads ballots, one a line: the header names the candidates, each line
/// gives a grade of `scale` (best first) to each; a grade is its name
/// (case and accents aside, in French or English for the default scale)
/// or its number from 1 for the best; an empty cell is a blank. The
/// result is the tally they make.
pub fn parse_ballots(text: &str, scale: &[String]) -> Result<Tally, TallyError> {
    use crate::core::text::fold;
    if scale.len() < 2 {
        return Err(TallyError::NoGrades);
    }
    // The default scale is read in both languages.
    let defaults = [
        crate::i18n::judge::words(crate::i18n::Lang::Fr).grades,
        crate::i18n::judge::words(crate::i18n::Lang::En).grades,
    ];
    let default = defaults.iter().any(|d| d.iter().eq(scale.iter()));
    let grade_of = |cell: &str| -> Option<usize> {
        if let Ok(n) = cell.parse::<usize>() {
            return (1..=scale.len()).contains(&n).then(|| n - 1);
        }
        let folded = fold(cell);
        scale.iter().position(|g| fold(g) == folded).or_else(|| {
            default
                .then(|| {
                    defaults
                        .iter()
                        .find_map(|d| d.iter().position(|g| fold(g) == folded))
                })
                .flatten()
        })
    };
    let mut rows = records(text)?.into_iter();
    let (_, header) = rows.next().ok_or(TallyError::Empty)?;
    let names: Vec<String> = header[1..].to_vec();
    if names.is_empty() {
        return Err(TallyError::NoCandidates);
    }
    for (i, n) in names.iter().enumerate() {
        if n.is_empty() {
            return Err(TallyError::NoCandidate { line: 1 });
        }
        if names[..i].contains(n) {
            return Err(TallyError::Twice {
                line: 1,
                first: 1,
                candidate: n.clone(),
            });
        }
    }
    let mut counts = vec![vec![0u64; scale.len()]; names.len()];
    let mut ballots = 0u64;
    for (line, record) in rows {
        if record.len() != names.len() + 1 {
            return Err(TallyError::Cells {
                line,
                found: record.len(),
                wanted: names.len() + 1,
            });
        }
        for (c, cell) in record[1..].iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let g = grade_of(cell).ok_or_else(|| TallyError::NotAGrade {
                line,
                candidate: names[c].clone(),
                cell: cell.clone(),
                scale: scale.join(", "),
            })?;
            counts[c][g] += 1;
        }
        ballots += 1;
        if ballots > MAX_VOTES {
            return Err(TallyError::TooMany { line });
        }
    }
    if ballots == 0 {
        return Err(TallyError::NoBallots);
    }
    Ok(Tally {
        grades: scale.to_vec(),
        candidates: names.into_iter().zip(counts).collect(),
    })
}
