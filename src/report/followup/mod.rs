//! « Retour sur les propositions »: the council's answers to a year of
//! proposals, by theme and status. One view model, built here; one file
//! per format renders it (Markdown, HTML to print, text, CSV, xlsx).

pub mod csv;
pub mod decidim;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;
pub mod xlsx;

use crate::i18n::prelude::*;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::core::model::Session;
use crate::core::proposal::{self, Filter, Proposal, Source, Status};
use crate::i18n::{Lang, followup as words};

/// What the report shows.
#[derive(Debug, Clone)]
pub struct View {
    pub lang: Lang,
    pub title: String,
    /// One line per session: "Title — 2025-11-15 · Strasbourg".
    pub sessions: Vec<String>,
    /// "4 proposals moved since 2026-01-01", when asked.
    pub moved: Option<String>,
    /// Journals missing from it (printed with `--partial`).
    pub incomplete: Option<String>,
    /// What to deal with first ([`late`]): late, then due soon.
    pub late: Vec<Late>,
    /// The proposals kept, as values (open data), with their short ids
    /// and the sessions they are from.
    pub data: Data,
    pub glance: Glance,
    pub themes: Vec<ThemeView>,
    /// Every sign with its word, for the legend.
    pub legend: Vec<(&'static str, &'static str)>,
    /// Who came to the sessions, counted (set by the caller, who reads
    /// the register).
    pub attendance: Option<crate::report::attendance::View>,
}

/// The summary table: theme × status, with counts.
#[derive(Debug, Clone)]
pub struct Glance {
    pub columns: Vec<Option<Status>>,
    /// (theme, count per column, total).
    pub rows: Vec<(String, Vec<usize>, usize)>,
    pub totals: Vec<usize>,
    pub total: usize,
}

#[derive(Debug, Clone)]
pub struct ThemeView {
    pub name: String,
    pub count: usize,
    pub groups: Vec<StatusView>,
}

#[derive(Debug, Clone)]
pub struct StatusView {
    pub status: Option<Status>,
    pub sign: &'static str,
    pub heading: &'static str,
    pub items: Vec<Item>,
}

/// One proposal, every field ready to print.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub session: String,
    pub theme: String,
    pub status: Option<Status>,
    /// "✓ Acceptée".
    pub status_word: String,
    pub text: String,
    pub description: String,
    /// (label, value) in print order: response, owner, condition, due,
    /// progress; empty ones left out.
    pub fields: Vec<(&'static str, String)>,
    pub response: String,
    pub owner: String,
    pub condition: String,
    pub due: String,
    /// "✔ Réalisée (2026-04-02)": the latest progress note.
    pub progress: String,
    /// "Conseil… · Inclusion · table B · tour 2 · principal levier".
    pub origin: String,
    pub post_its: Vec<String>,
    /// One line per answer, oldest first.
    pub history: Vec<String>,
    pub created: String,
    pub last_change: String,
    /// Made or answered since the date asked.
    pub moved: bool,
}

/// The proposals of a report as values, for open data.
#[derive(Debug, Clone, Default)]
pub struct Data {
    pub sessions: Vec<DataSession>,
    pub proposals: Vec<Proposal>,
    pub short: std::collections::HashMap<uuid::Uuid, String>,
}

#[derive(Debug, Clone)]
pub struct DataSession {
    pub id: uuid::Uuid,
    pub title: String,
    pub date: Option<Date>,
    pub place: String,
    pub organiser: String,
    pub answer_within: Option<String>,
}

/// A proposal late or due soon, ready to print.
#[derive(Debug, Clone)]
pub struct Late {
    pub id: String,
    pub text: String,
    /// « ⚠ sans réponse : … 10 jours de retard ».
    pub said: String,
    pub late: bool,
    pub lateness: crate::core::deadline::Lateness,
}

/// The proposals of `inputs` that `filter` keeps and that are late or due
/// within the notice on `today`, the latest first: unanswered past the
/// session's commitment (`answer_within`, counted from the session's day
/// for what the room proposed, from the day it was written otherwise), or
/// accepted and not done past their due date.
pub fn late(
    inputs: &[Input],
    filter: &Filter,
    lang: Lang,
    tz: &TimeZone,
    today: Date,
) -> Vec<Late> {
    use crate::core::deadline::of_session;
    let all: Vec<&Proposal> = inputs.iter().flat_map(|i| i.proposals.iter()).collect();
    let short = proposal::short_ids(all.iter().map(|p| &p.id));
    let mut out: Vec<(crate::core::deadline::Lateness, Late)> = all
        .into_iter()
        .filter(|p| filter.keeps(p, tz))
        .filter_map(|p| {
            let session = inputs.get(p.session)?.session;
            let l = of_session(p, session, tz, today)?;
            Some((
                l,
                Late {
                    id: short.get(&p.id).cloned().unwrap_or_default(),
                    text: p.text.clone(),
                    said: words::lateness(l, lang),
                    late: l.is_late(),
                    lateness: l,
                },
            ))
        })
        .collect();
    out.sort_by_key(|(l, x)| (l.urgency(), x.id.clone()));
    out.into_iter().map(|(_, x)| x).collect()
}

/// One session's proposals, as read from its board.
pub struct Input<'a> {
    pub session: &'a Session,
    pub proposals: Vec<Proposal>,
}

/// Builds the report of `inputs` (sessions in the order given), keeping
/// what `filter` keeps; `since` marks what moved; dates in `tz`.
pub fn build(inputs: &[Input], filter: &Filter, lang: Lang, tz: &TimeZone) -> View {
    let w = lang.followup();
    let several = inputs.len() > 1;
    let all: Vec<&Proposal> = inputs.iter().flat_map(|i| i.proposals.iter()).collect();
    let short = proposal::short_ids(all.iter().map(|p| &p.id));
    let mut theme_order: Vec<String> = Vec::new();
    for i in inputs {
        for t in proposal::themes(i.session, &i.proposals) {
            if !theme_order.contains(&t) {
                theme_order.push(t);
            }
        }
    }
    let kept: Vec<Proposal> = all
        .into_iter()
        .filter(|p| filter.keeps(p, tz))
        .cloned()
        .collect();
    let total = kept.len();
    let day = |t: jiff::Timestamp| t.to_zoned(tz.clone()).date().to_string();
    let moved_count = filter
        .since
        .map(|d| kept.iter().filter(|p| p.moved_since(d, tz)).count());

    let data = Data {
        sessions: inputs
            .iter()
            .map(|i| DataSession {
                id: i.session.id,
                title: i.session.title.clone(),
                date: i.session.date,
                place: i.session.place.clone(),
                organiser: i.session.organiser.clone(),
                answer_within: i.session.answer_within.map(|d| d.to_string()),
            })
            .collect(),
        proposals: kept.clone(),
        short: short.clone(),
    };
    let grouped = proposal::grouped(kept, &theme_order);
    let mut columns: Vec<Option<Status>> = Status::ALL.iter().map(|s| Some(*s)).collect();
    columns.push(None);
    let mut glance_rows = Vec::new();
    let mut totals = vec![0; columns.len()];
    let mut themes = Vec::new();
    for (theme, groups) in grouped {
        let name = theme.unwrap_or_else(|| w.no_theme.to_string());
        let mut counts = vec![0; columns.len()];
        let mut status_views = Vec::new();
        for (status, ps) in groups {
            let col = columns
                .iter()
                .position(|c| *c == status)
                .expect("all listed");
            counts[col] += ps.len();
            totals[col] += ps.len();
            let items = ps
                .iter()
                .map(|p| {
                    let session = inputs
                        .get(p.session)
                        .map(|i| i.session)
                        .expect("a proposal of a session read");
                    item(
                        p,
                        session,
                        &short,
                        several,
                        &name,
                        filter.since,
                        lang,
                        tz,
                        &day,
                    )
                })
                .collect();
            status_views.push(StatusView {
                status,
                sign: status.map_or(proposal::AWAITING_SIGN, Status::sign),
                heading: words::status_heading(status, lang),
                items,
            });
        }
        let count = counts.iter().sum();
        glance_rows.push((name.clone(), counts, count));
        themes.push(ThemeView {
            name,
            count,
            groups: status_views,
        });
    }
    // Columns nobody is in are left out of the summary (seven empty
    // columns would hide the three that speak).
    let used: Vec<usize> = (0..columns.len()).filter(|&c| totals[c] > 0).collect();
    let glance = Glance {
        columns: used.iter().map(|&c| columns[c]).collect(),
        rows: glance_rows
            .into_iter()
            .map(|(n, counts, t)| (n, used.iter().map(|&c| counts[c]).collect(), t))
            .collect(),
        totals: used.iter().map(|&c| totals[c]).collect(),
        total,
    };
    let sessions = inputs
        .iter()
        .map(|i| {
            let s = i.session;
            let mut line = s.title.clone();
            let mut rest = Vec::new();
            if let Some(d) = s.date {
                rest.push(d.to_string());
            }
            if !s.place.is_empty() {
                rest.push(s.place.clone());
            }
            if !rest.is_empty() {
                line.push_str(" — ");
                line.push_str(&rest.join(" · "));
            }
            line
        })
        .collect();
    let title = match inputs {
        [one] => format!("{} — {}", w.title, one.session.title),
        many => format!("{} — {} {}", w.title, many.len(), w.sessions),
    };
    let moved = match (filter.since, moved_count) {
        (Some(d), Some(n)) => Some(
            words::Said::MovedSince {
                n,
                day: &d.to_string(),
            }
            .text(lang),
        ),
        _ => None,
    };
    let mut legend: Vec<(&'static str, &'static str)> = Status::ALL
        .iter()
        .map(|s| (s.sign(), words::status(Some(*s), lang)))
        .collect();
    legend.push((proposal::AWAITING_SIGN, words::status(None, lang)));
    for p in proposal::Progress::ALL {
        legend.push((p.sign(), words::progress(p, lang)));
    }
    View {
        lang,
        title,
        sessions,
        moved,
        incomplete: None,
        late: Vec::new(),
        data,
        glance,
        themes,
        legend,
        attendance: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn item(
    p: &Proposal,
    session: &Session,
    short: &std::collections::HashMap<uuid::Uuid, String>,
    several: bool,
    theme: &str,
    since: Option<Date>,
    lang: Lang,
    tz: &TimeZone,
    day: &dyn Fn(jiff::Timestamp) -> String,
) -> Item {
    let progress = p
        .progress
        .last()
        .map(|n| progress_note(n, lang))
        .unwrap_or_default();
    Item {
        id: short
            .get(&p.id)
            .cloned()
            .unwrap_or_else(|| p.id.simple().to_string()),
        session: session.title.clone(),
        theme: theme.to_string(),
        status: p.status,
        status_word: words::status_signed(p.status, lang),
        text: p.text.clone(),
        description: p.description.clone(),
        fields: fields(p, lang),
        response: p.response.clone(),
        owner: p.owner.clone(),
        condition: p.condition.clone(),
        due: p.due.map(|d| d.to_string()).unwrap_or_default(),
        progress,
        origin: origin(p, session, several, lang),
        post_its: p.post_its.clone(),
        history: history(p, lang, tz),
        created: day(p.created),
        last_change: day(p.last_change()),
        moved: since.is_some_and(|d| p.moved_since(d, tz)),
    }
}

/// "✔ Done (2026-04-02) — Network relaunched".
pub fn progress_note(n: &proposal::ProgressNote, lang: Lang) -> String {
    let mut t = format!(
        "{} {} ({})",
        n.state.sign(),
        words::progress(n.state, lang),
        n.on
    );
    if !n.text.is_empty() {
        t.push_str(" — ");
        t.push_str(&n.text);
    }
    t
}

/// The answer's fields that are set, (label, value) in print order:
/// response, owner, condition, due date, then every progress note.
pub fn fields(p: &Proposal, lang: Lang) -> Vec<(&'static str, String)> {
    let w = lang.followup();
    let due = p.due.map(|d| d.to_string()).unwrap_or_default();
    let mut out = Vec::new();
    for (label, value) in [
        (words::response_label(p.status, lang), &p.response),
        (words::owner_label(p.status, lang), &p.owner),
        (w.condition, &p.condition),
        (words::due_label(p.status, lang), &due),
    ] {
        if !value.trim().is_empty() {
            out.push((label, value.clone()));
        }
    }
    out.extend(
        p.progress
            .iter()
            .map(|n| (w.progress, progress_note(n, lang))),
    );
    out
}

/// Where it came from: "Inclusion numérique · table B · round 1 · group
/// Atelier inclusion · main lever" (the session first when several).
pub fn origin(p: &Proposal, session: &Session, several: bool, lang: Lang) -> String {
    let w = lang.followup();
    let s = lang.s();
    let mut parts = Vec::new();
    if several {
        parts.push(session.title.clone());
    }
    match p.source {
        Source::Plenary => parts.push(w.plenary_action.to_string()),
        Source::Direct => parts.push(w.written_directly.to_string()),
        Source::PostIts => {}
    }
    let o = &p.origin;
    if let Some(t) = o.topic.as_deref() {
        parts.push(
            session
                .topic(t)
                .map_or_else(|| t.to_string(), |t| t.title.clone()),
        );
    }
    if let Some(t) = &o.table {
        parts.push(format!("{} {t}", s.table.to_lowercase()));
    }
    if let Some(r) = o.round {
        parts.push(format!("{} {r}", s.round.to_lowercase()));
    }
    if let Some(g) = &o.group {
        let name = session
            .groups
            .iter()
            .find(|x| &x.key == g && !x.name.is_empty())
            .map_or_else(|| g.clone(), |x| x.name.clone());
        parts.push(format!("{} {name}", s.group.to_lowercase()));
    }
    if let Some(q) = o.key_factor {
        let board = session.board_of(o.topic.as_deref().unwrap_or_default());
        parts.push(
            crate::i18n::board::column_words(board, q, lang)
                .key_factor
                .to_string(),
        );
    }
    parts.join(" · ")
}

/// One line per answer, oldest first: "2025-11-15 : ✓ Acceptée · porteur :
/// DNSI". A single answer, already shown in full, gives its date and
/// status only.
pub fn history(p: &Proposal, lang: Lang, tz: &TimeZone) -> Vec<String> {
    let w = lang.followup();
    let colon = lang.colon();
    let brief = p.history.len() == 1;
    p.history
        .iter()
        .map(|c| {
            let day = c.at.to_zoned(tz.clone()).date();
            let status_now = c.response.status.or(p.status);
            let mut said = change(&c.response, status_now, brief, lang);
            // A corrected title says what it was.
            if let Some(before) = &c.title_before {
                said.push_str(&format!(" ({}{colon}{})", w.before, lang.quote(before)));
            }
            let mut line = format!("{day}{colon}{said}");
            if c.concurrent {
                line.push_str(&format!(" ({})", w.concurrent));
            }
            line
        })
        .collect()
}

/// What one answer set: "✓ Acceptée · porteur : DNSI · réalisable en :
/// 2026", labels worded for `status` (an empty value clears: "—").
/// `brief`: the status (or progress) alone, when there is one.
pub fn change(r: &proposal::Response, status: Option<Status>, brief: bool, lang: Lang) -> String {
    let w = lang.followup();
    let colon = lang.colon();
    let mut parts = Vec::new();
    if let Some(st) = r.status {
        parts.push(words::status_signed(Some(st), lang));
    }
    if !brief || parts.is_empty() {
        for (label, value) in [
            (w.title_field, &r.title),
            (words::response_label(status, lang), &r.text),
            (words::owner_label(status, lang), &r.owner),
            (w.condition, &r.condition),
            (w.theme, &r.theme),
        ] {
            if let Some(v) = value {
                let v = if v.is_empty() { "—" } else { v.as_str() };
                parts.push(format!("{}{colon}{v}", label.to_lowercase()));
            }
        }
        if let Some(d) = r.due {
            parts.push(format!(
                "{}{colon}{d}",
                words::due_label(status, lang).to_lowercase()
            ));
        }
    }
    if let Some(n) = &r.progress {
        parts.push(if brief {
            format!("{} {}", n.state.sign(), words::progress(n.state, lang))
        } else {
            progress_note(n, lang)
        });
    }
    parts.join(" · ")
}
