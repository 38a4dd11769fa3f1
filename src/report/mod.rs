//! Renderings for people and scripts, one file per format.
//!
//! Each format renders the same view-models built here, so that text,
//! Markdown and CSV always say the same thing.

pub mod attendance;
pub mod csv;
pub mod debates;
pub mod followup;
pub mod forms;
pub mod html;
pub mod judge;
pub mod markdown;
pub mod markup;
pub mod md_escape;
pub mod prose;
pub mod rows;
pub mod runsheet;
pub mod site;
pub mod svg;
pub mod text;
pub mod topics;
pub mod xlsx;

use crate::core::model::Session;
use crate::core::plan::{Movers, Schedule};
use crate::core::synth::{AgendaRow, SessionHeader, Synthesis};
use crate::core::validate::Problem;
use crate::i18n::Lang;
use crate::i18n::prelude::*;

/// One table, as a column of the rotation grid.
#[derive(Debug, Clone)]
pub struct GridColumn {
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

/// The order of the cards to cut out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CardSort {
    /// By family name (the last word of the name), accents aside.
    #[default]
    Family,
    /// By given name (the first word).
    Given,
    /// By the table of the first round, then family name.
    Table,
}

/// Everything a rotation rendering shows.
#[derive(Debug, Clone)]
pub struct PlanView {
    pub lang: Lang,
    pub title: String,
    pub subtitle: String,
    pub summary: String,
    pub topics: Vec<(String, String)>,
    pub columns: Vec<GridColumn>,
    pub rows: Vec<Row>,
    pub itineraries: Vec<Itinerary>,
    pub notes: Vec<String>,
    /// People (not groups) move: cards per person, lists per table.
    pub individual: bool,
    /// How well the individual seating mixes people, in plain words.
    pub mixing: Option<String>,
    /// Cards name who else sits at the table (when the session asks).
    pub tablemates: bool,
}

impl PlanView {
    /// "Title · date · place": the workshop a card belongs to.
    pub fn card_event(&self) -> String {
        if self.subtitle.is_empty() {
            self.title.clone()
        } else {
            format!("{} · {}", self.title, self.subtitle)
        }
    }

    pub fn new(
        session: &Session,
        schedule: &Schedule,
        warnings: &[Problem],
        lang: Lang,
    ) -> PlanView {
        Self::sorted(session, schedule, warnings, lang, CardSort::default())
    }

    /// [`PlanView::new`] with the cards of people in this order (groups
    /// keep theirs).
    pub fn sorted(
        session: &Session,
        schedule: &Schedule,
        warnings: &[Problem],
        lang: Lang,
        sort: CardSort,
    ) -> PlanView {
        let s = lang.s();
        let columns = session
            .tables
            .iter()
            .map(|t| GridColumn {
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
        let mut itineraries = if schedule.rounds.is_empty() {
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
        if schedule.movers == Movers::People {
            let key = |s: &str| crate::core::text::sort_key(s);
            let family = |who: &str| key(who.split_whitespace().last().unwrap_or(who));
            let given = |who: &str| key(who.split_whitespace().next().unwrap_or(who));
            let first_table = |it: &Itinerary| {
                it.stops
                    .iter()
                    .flatten()
                    .next()
                    .map(|(k, _, _)| k.clone())
                    .unwrap_or_default()
            };
            itineraries.sort_by_cached_key(|it| match sort {
                CardSort::Family => (String::new(), family(&it.who), key(&it.who)),
                CardSort::Given => (String::new(), given(&it.who), key(&it.who)),
                CardSort::Table => (first_table(it), family(&it.who), key(&it.who)),
            });
        }
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
            "{}{}{} {}, {} {}, {}",
            s.rotation,
            lang.colon(),
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
            individual: schedule.movers == Movers::People,
            mixing: crate::core::mix::seating::assess_schedule(session, schedule)
                .map(|q| crate::i18n::mix::MixText::Plain(&q).text(lang)),
            tablemates: session.mixing.cards_show_tablemates && schedule.movers == Movers::People,
        }
    }

    /// A topic's title from its key (the key itself when unknown).
    pub fn topic_title<'a>(&'a self, key: &'a str) -> &'a str {
        self.topics
            .iter()
            .find(|(k, _)| k == key)
            .map_or(key, |(_, t)| t.as_str())
    }

    /// A person's card, one (round, place) per round: ("Round 2",
    /// "table C · Clara Dufresnoy · Stratégie numérique responsable"), or
    /// ("Round 1", "not there").
    pub fn card_stops(&self, it: &Itinerary) -> Vec<(String, String)> {
        let s = self.lang.s();
        it.stops
            .iter()
            .enumerate()
            .map(|(r, stop)| {
                let place = match stop {
                    Some((table, topic, host)) => {
                        let mut parts = vec![format!("{} {table}", s.table.to_lowercase())];
                        if !host.is_empty() {
                            parts.push(host.clone());
                        }
                        parts.push(self.topic_title(topic).to_string());
                        if self.tablemates {
                            let column = self.columns.iter().position(|c| &c.key == table);
                            let others: Vec<&str> = column
                                .and_then(|t| self.rows.get(r)?.cells.get(t))
                                .into_iter()
                                .flatten()
                                .filter(|w| **w != it.who)
                                .map(String::as_str)
                                .collect();
                            if !others.is_empty() {
                                parts.push(
                                    crate::i18n::mix::MixText::With(&others.join(", "))
                                        .text(self.lang),
                                );
                            }
                        }
                        parts.join(" · ")
                    }
                    None => s.absent.to_string(),
                };
                (format!("{} {}", s.round, r + 1), place)
            })
            .collect()
    }

    /// The card's lines as text: "Round 2 → table C · Clara Dufresnoy · …".
    pub fn card_lines(&self, it: &Itinerary) -> Vec<String> {
        self.card_stops(it)
            .into_iter()
            .map(|(round, place)| format!("{round} → {place}"))
            .collect()
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

/// A synthesis with the language it is rendered in.
#[derive(Debug, Clone, Copy)]
pub struct SynthView<'a> {
    pub syn: &'a Synthesis<'a>,
    pub lang: crate::i18n::Lang,
}

impl SynthView<'_> {
    /// The document's title: "Synthèse — Conseil local…", or the number of
    /// sessions when there are several.
    pub fn title(&self) -> String {
        let w = &self.lang.s().synth;
        match self.syn.sessions.as_slice() {
            [one] => format!("{} — {}", w.synthesis, one.title),
            many => format!(
                "{} — {} {}",
                w.synthesis,
                many.len(),
                w.sessions.to_lowercase()
            ),
        }
    }

    /// Date · place · organiser of one session.
    pub fn subtitle(h: &SessionHeader) -> String {
        let mut parts = Vec::new();
        if let Some(d) = h.date {
            parts.push(d.to_string());
        }
        for p in [&h.place, &h.organiser] {
            if !p.is_empty() {
                parts.push(p.clone());
            }
        }
        parts.join(" · ")
    }

    /// "Post-its 60 · votes 42 · participants 32 · actions 8".
    pub fn counts(&self, c: &crate::core::synth::Counts) -> String {
        let s = self.lang.s();
        let mut parts = vec![
            format!("{} {}", s.post_its, c.post_its),
            format!("{} {}", s.synth.votes, c.votes),
        ];
        if c.participants > 0 {
            parts.push(format!(
                "{} {}",
                s.participants.to_lowercase(),
                c.participants
            ));
        }
        parts.push(format!("{} {}", s.synth.actions.to_lowercase(), c.actions));
        if c.contributors > 0 {
            parts.push(format!("{} {}", s.synth.contributors, c.contributors));
        }
        parts.join(" · ")
    }

    /// "1 vote", "3 votes" (and "0 vote" in French).
    pub fn votes(&self, n: i64) -> String {
        let w = &self.lang.s().synth;
        let one = self.lang.singular(n);
        format!("{n} {}", if one { w.vote } else { w.votes })
    }

    /// Whether the débat mouvant comes before the topics in the (first)
    /// session's agenda: the synthesis follows the morning's order.
    pub fn debate_first(&self) -> bool {
        use crate::core::model::PhaseKind as K;
        let Some(h) = self.syn.sessions.first() else {
            return false;
        };
        let debate = h.agenda.iter().position(|r| r.kind == K::Debate);
        let work = h.agenda.iter().position(|r| {
            matches!(
                r.kind,
                K::Round | K::Individual | K::KeyFactors | K::Plenary
            )
        });
        matches!((debate, work), (Some(d), Some(w)) if d < w)
    }

    /// What the document misses, when printed with `--partial`.
    pub fn incomplete(&self) -> Option<String> {
        (!self.syn.missing.is_empty()).then(|| {
            crate::i18n::cli::Said::PrintedPartial {
                paths: &self.syn.missing.join(", "),
            }
            .text(self.lang)
        })
    }

    /// Session label for merged syntheses: "[1] Title (2024-10-11)".
    pub fn session_label(&self, i: usize) -> String {
        let h = &self.syn.sessions[i];
        match h.date {
            Some(d) => format!("[{}] {} ({d})", i + 1, h.title),
            None => format!("[{}] {}", i + 1, h.title),
        }
    }

    /// Planned and actual minutes of an agenda row: ("20 min", "23 min").
    pub fn agenda_times(&self, row: &AgendaRow) -> (String, String) {
        let min = self.lang.s().minutes_short;
        let actual = match row.actual_seconds {
            Some(secs) => format!("{} {min}", (secs + 30) / 60),
            None => "—".into(),
        };
        (format!("{} {min}", row.planned_minutes), actual)
    }
}
