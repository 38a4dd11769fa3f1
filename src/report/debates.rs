//! The débats mouvants of a synthesis, worded once: every statement, how
//! the room stood before and after the arguments in each session, how it
//! moved, and the notable arguments. Markdown, text, HTML and the workbook
//! render this view; none of them reads the core's results or words them.

use super::SynthView;
use crate::core::debate::{Counts, POSITIONS, When, percents};
use crate::i18n::debate as words;
use crate::i18n::prelude::*;

/// Every débat mouvant of the synthesis.
pub struct DebatesView<'a> {
    /// "Débat mouvant".
    pub title: &'static str,
    /// Each position's sign and name, in order (d'accord … pas d'accord).
    pub positions: [(&'static str, &'static str); POSITIONS],
    /// The workbook's headings: statement, moment, total.
    pub statement_heading: &'static str,
    pub moment_heading: &'static str,
    pub total_heading: &'static str,
    /// What a statement's chart shows (printed documents), and its chart
    /// over a year.
    pub chart_desc: &'static str,
    pub trend_desc: &'static str,
    pub statements: Vec<StatementView<'a>>,
}

/// One statement, in every session that put it.
pub struct StatementView<'a> {
    /// As typed.
    pub text: &'a str,
    /// Quoted in the document's language (« … », “…”).
    pub quoted: String,
    /// "Compared across sessions", when several put it.
    pub compared: Option<&'static str>,
    pub sessions: Vec<SessionStand>,
    /// Each session's last count ("[2]", counts), when two or more
    /// sessions counted it: the trend over the year.
    pub trend: Vec<(String, Counts)>,
    /// How the room moved from the first of those to the last.
    pub shift: Option<String>,
}

/// How one session stood on a statement.
pub struct SessionStand {
    /// "[2] Conseil du 12 mars (2025-03-12)", when the synthesis has
    /// several sessions.
    pub label: Option<String>,
    /// The session's title (the workbook's column).
    pub title: String,
    /// Before, then after the arguments, as counted.
    pub counts: Vec<Stand>,
    /// "Not counted", when neither was.
    pub not_counted: Option<&'static str>,
    /// How the room moved, when both were counted.
    pub moved: Option<String>,
    /// The notable arguments: (side, text), for then against.
    pub arguments: Vec<(&'static str, String)>,
}

/// One count of the room.
pub struct Stand {
    /// "Avant les arguments".
    pub when: &'static str,
    /// "12 personnes".
    pub people: String,
    pub counts: Counts,
    pub total: u32,
    /// Each position's share, whole percents adding up to 100.
    pub percents: [u32; POSITIONS],
    /// Each position's bar length in percent of the largest.
    pub bars: [u32; POSITIONS],
    /// The text bars, one line a position (Markdown and text).
    pub bar_lines: Vec<String>,
}

/// The débats of `v`, worded in its language.
pub fn view<'a>(v: &SynthView<'a>) -> DebatesView<'a> {
    let lang = v.lang;
    let d = lang.debate();
    let several = v.syn.sessions.len() > 1;
    let statements = v
        .syn
        .debates
        .iter()
        .map(|c| {
            let trend: Vec<(String, Counts)> = c
                .by_session
                .iter()
                .filter_map(|(si, r)| {
                    let last = r.after.as_ref().or(r.before.as_ref())?;
                    Some((format!("[{}]", si + 1), *last))
                })
                .collect();
            let shift = match trend.as_slice() {
                [(from, a), .., (to, b)] => {
                    let (pa, pb) = (percents(a), percents(b));
                    let delta: [i64; POSITIONS] =
                        std::array::from_fn(|i| i64::from(pb[i]) - i64::from(pa[i]));
                    Some(words::shift(from, to, &delta, lang))
                }
                _ => None,
            };
            (c, trend, shift)
        })
        .map(|(c, trend, shift)| StatementView {
            text: &c.statement,
            quoted: lang.quote(&c.statement),
            compared: (c.by_session.len() > 1).then_some(d.compared),
            trend: if shift.is_some() { trend } else { Vec::new() },
            shift,
            sessions: c
                .by_session
                .iter()
                .map(|(si, r)| SessionStand {
                    label: several.then(|| v.session_label(*si)),
                    title: v.syn.sessions[*si].title.clone(),
                    counts: [(When::Before, &r.before), (When::After, &r.after)]
                        .into_iter()
                        .filter_map(|(when, counts)| {
                            let counts = counts.as_ref()?;
                            let total: u32 = counts.iter().sum();
                            let max = counts.iter().copied().max().unwrap_or(0).max(1);
                            Some(Stand {
                                when: words::when(when, lang),
                                people: words::people(total, lang),
                                counts: *counts,
                                total,
                                percents: percents(counts),
                                bars: std::array::from_fn(|i| counts[i] * 100 / max),
                                bar_lines: words::bar_lines(counts, lang, 30),
                            })
                        })
                        .collect(),
                    not_counted: (r.before.is_none() && r.after.is_none()).then_some(d.not_counted),
                    moved: r.moved().map(|m| words::moved(&m, lang)),
                    arguments: r
                        .arguments
                        .iter()
                        .map(|(side, text)| (words::side(*side, lang), text.clone()))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    DebatesView {
        title: d.title,
        positions: std::array::from_fn(|i| (d.signs[i], d.positions[i])),
        statement_heading: d.statement,
        moment_heading: d.moment,
        total_heading: d.total,
        chart_desc: d.chart_desc,
        trend_desc: d.trend_desc,
        statements,
    }
}
