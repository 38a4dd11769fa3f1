//! Renderings for people and scripts, one file per format.
//!
//! Each format renders the same view-models built here, so that text,
//! Markdown and CSV always say the same thing.

pub mod csv;
pub mod markdown;
pub mod text;

use crate::core::model::Session;
use crate::core::plan::{Movers, Schedule};
use crate::core::validate::Problem;
use crate::i18n::Lang;

/// Output formats of `tablee plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlanFormat {
    Text,
    Md,
    Csv,
}

/// One table, as a column of the rotation grid.
#[derive(Debug, Clone)]
pub struct Column {
    pub key: String,
    pub host: String,
    pub topic: String,
}

/// One round, as a row of the grid: cells are the movers at each table.
#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub minutes: Option<u32>,
    pub cells: Vec<Vec<String>>,
}

/// Where one group or person goes, round by round.
#[derive(Debug, Clone)]
pub struct Itinerary {
    pub who: String,
    /// Per round: table key, topic key, host (None when absent).
    pub stops: Vec<Option<(String, String, String)>>,
}

/// Everything a rotation rendering shows.
#[derive(Debug, Clone)]
pub struct PlanView {
    pub lang: Lang,
    pub title: String,
    pub subtitle: String,
    pub summary: String,
    pub topics: Vec<(String, String)>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub itineraries: Vec<Itinerary>,
    pub notes: Vec<String>,
}

impl PlanView {
    pub fn new(
        session: &Session,
        schedule: &Schedule,
        warnings: &[Problem],
        lang: Lang,
    ) -> PlanView {
        let s = lang.s();
        let columns = session
            .tables
            .iter()
            .map(|t| Column {
                key: t.key.clone(),
                host: t.host.clone(),
                topic: t.topic.clone(),
            })
            .collect();
        let rows = schedule
            .rounds
            .iter()
            .enumerate()
            .map(|(r, cells)| Row {
                label: format!("{} {}", s.round, r + 1),
                minutes: session.round_minutes(r + 1),
                cells: cells.clone(),
            })
            .collect();
        let movers_label = match schedule.movers {
            Movers::Groups => s.group,
            Movers::People => "",
        };
        let mut movers: Vec<String> = match schedule.movers {
            Movers::Groups => session.groups.iter().map(|g| g.key.clone()).collect(),
            Movers::People => session.participants.clone(),
        };
        for m in schedule.movers_in_order() {
            if !movers.contains(&m) {
                movers.push(m);
            }
        }
        let itineraries = if schedule.rounds.is_empty() {
            Vec::new()
        } else {
            movers
                .iter()
                .map(|who| Itinerary {
                    who: match session.groups.iter().find(|g| &g.key == who) {
                        Some(g) if !g.name.is_empty() => format!("{} ({})", g.name, g.key),
                        _ if movers_label.is_empty() => who.clone(),
                        _ => format!("{movers_label} {who}"),
                    },
                    stops: schedule
                        .itinerary(who)
                        .into_iter()
                        .map(|t| {
                            t.map(|t| {
                                let table = &session.tables[t];
                                (table.key.clone(), table.topic.clone(), table.host.clone())
                            })
                        })
                        .collect(),
                })
                .collect()
        };
        let mut subtitle = Vec::new();
        if let Some(d) = session.date {
            subtitle.push(d.to_string());
        }
        if !session.place.is_empty() {
            subtitle.push(session.place.clone());
        }
        if !session.organiser.is_empty() {
            subtitle.push(session.organiser.clone());
        }
        let who_count = match schedule.movers {
            Movers::Groups => format!("{} {}", session.groups.len(), s.groups.to_lowercase()),
            Movers::People => format!(
                "{} {}",
                session.participants.len(),
                s.participants.to_lowercase()
            ),
        };
        let summary = format!(
            "{}: {} {}, {} {}, {}",
            s.rotation,
            schedule.rounds.len(),
            s.rounds,
            session.tables.len(),
            s.tables.to_lowercase(),
            who_count
        );
        PlanView {
            lang,
            title: session.title.clone(),
            subtitle: subtitle.join(" · "),
            summary,
            topics: session
                .topics
                .iter()
                .map(|t| (t.key.clone(), t.title.clone()))
                .collect(),
            columns,
            rows,
            itineraries,
            notes: warnings.iter().map(|w| w.message(lang)).collect(),
        }
    }

    /// "Round 1 → A (CLN, Alice Marvallin)" pieces of an itinerary.
    pub fn stop_labels(&self, it: &Itinerary) -> Vec<String> {
        let s = self.lang.s();
        it.stops
            .iter()
            .enumerate()
            .map(|(r, stop)| match stop {
                Some((table, topic, host)) if host.is_empty() => {
                    format!("{} {} → {table} ({topic})", s.round.to_lowercase(), r + 1)
                }
                Some((table, topic, host)) => {
                    format!(
                        "{} {} → {table} ({topic}, {host})",
                        s.round.to_lowercase(),
                        r + 1
                    )
                }
                None => format!("{} {} → —", s.round.to_lowercase(), r + 1),
            })
            .collect()
    }

    /// "Round 1 (20 min)".
    pub fn row_label(&self, row: &Row) -> String {
        match row.minutes {
            Some(m) => format!("{} ({m} {})", row.label, self.lang.s().minutes_short),
            None => row.label.clone(),
        }
    }
}
