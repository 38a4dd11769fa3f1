//! The facilitators' run-sheet (`tablee agenda SESSION`), worded once:
//! each phase with its start and end time (from the session's start), its
//! kind and title, who leads it, what to say and do, its materials, and
//! for rounds who sits where. Text, Markdown and a print-ready HTML page
//! render this view, one file each.

pub mod html;
pub mod markdown;
pub mod text;

use crate::core::model::{PhaseKind, Session};
use crate::i18n::prelude::*;
use crate::i18n::{Lang, PhaseKindName};

pub struct RunSheet {
    pub lang: Lang,
    /// « Déroulé — Bilan collectif du CENR ».
    pub title: String,
    /// Date · place · organiser.
    pub subtitle: String,
    /// When times count from the start (no start time).
    pub note: Option<&'static str>,
    /// The column heads and labels, in the sheet's language.
    pub heads: &'static crate::i18n::runsheet::RunSheetWords,
    pub rows: Vec<RunRow>,
    /// « En tout : 2 h 05 (09:30–11:35) ».
    pub total: String,
}

pub struct RunRow {
    /// « 09:30–09:55 », or « 0:00–0:25 » from the start.
    pub time: String,
    /// « 25 min ».
    pub minutes: String,
    /// « Débat mouvant ».
    pub kind: &'static str,
    pub title: String,
    pub lead: String,
    pub say: String,
    pub materials: String,
    /// For a round: « A : 1 · B : 2 » per table.
    pub seating: Vec<String>,
}

/// The run-sheet of `session`, in `lang`.
pub fn view(session: &Session, lang: Lang) -> RunSheet {
    let w = words(lang);
    let schedule = crate::core::plan::schedule(session).ok();
    let clock = |minutes: i64| -> String {
        match session.start {
            Some(t) => {
                let at = t.wrapping_add(jiff::Span::new().minutes(minutes));
                at.strftime("%H:%M").to_string()
            }
            None => format!("{}:{:02}", minutes / 60, minutes % 60),
        }
    };
    let mut at = 0i64;
    let mut round = 0usize;
    let mut rows = Vec::new();
    for p in &session.agenda {
        let end = at + i64::from(p.minutes);
        let mut seating = Vec::new();
        if p.kind == PhaseKind::Round {
            if let Some(rounds) = schedule.as_ref().map(|s| &s.rounds)
                && let Some(tables) = rounds.get(round)
            {
                // Groups by their names where they have one.
                let name = |k: &String| {
                    session
                        .groups
                        .iter()
                        .find(|g| g.key == *k && !g.name.is_empty())
                        .map_or_else(|| k.clone(), |g| g.name.clone())
                };
                for (t, who) in session.tables.iter().zip(tables) {
                    if t.whole_room || who.is_empty() {
                        continue;
                    }
                    let who: Vec<String> = who.iter().map(name).collect();
                    seating.push(format!("{}{}{}", t.key, lang.colon(), who.join(", ")));
                }
            }
            round += 1;
        }
        rows.push(RunRow {
            time: format!("{}–{}", clock(at), clock(end)),
            minutes: match p.up_to {
                Some(u) => format!("{}–{u} {}", p.minutes, w.minutes),
                None => format!("{} {}", p.minutes, w.minutes),
            },
            // The kind only when the title does not say it already.
            kind: if crate::core::text::fold(&p.title)
                == crate::core::text::fold(p.kind.label(lang))
            {
                ""
            } else {
                p.kind.label(lang)
            },
            title: p.title.clone(),
            lead: p.lead.clone(),
            say: p.description.clone(),
            materials: p.materials.join(" · "),
            seating,
        });
        at = end;
    }
    let total = format!(
        "{}{}{} h {:02} ({}–{})",
        w.total,
        lang.colon(),
        at / 60,
        at % 60,
        clock(0),
        clock(at)
    );
    let mut sub = Vec::new();
    if let Some(d) = session.date {
        sub.push(d.to_string());
    }
    for s in [&session.place, &session.organiser] {
        if !s.is_empty() {
            sub.push(s.clone());
        }
    }
    RunSheet {
        lang,
        title: format!("{} — {}", w.title, session.title),
        subtitle: sub.join(" · "),
        note: session.start.is_none().then_some(w.from_start),
        heads: w,
        rows,
        total,
    }
}

fn words(lang: Lang) -> &'static crate::i18n::runsheet::RunSheetWords {
    match lang {
        Lang::En => &crate::i18n::runsheet::EN,
        Lang::Fr => &crate::i18n::runsheet::FR,
    }
}
