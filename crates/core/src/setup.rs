//! A session set up from a few choices instead of hand-written RON: topics,
//! tables and their hosts, groups, rounds and their length, date, start and
//! place, laid over a template. Pure: the command line parses, this builds,
//! validation then judges the result as it judges any file.

use jiff::civil::{Date, Time};

use super::model::{Phase, PhaseKind, Session, Table, Topic};
use super::templates::numbered_groups;

/// What the organiser chose; `None` or empty keeps the template's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spec {
    /// `(key, title)`, in order.
    pub topics: Vec<(String, String)>,
    /// `(topic key, question)`.
    pub questions: Vec<(String, String)>,
    /// `(key, topic key, host)`; host may be empty.
    pub tables: Vec<(String, String, String)>,
    pub groups: Option<usize>,
    pub rounds: Option<usize>,
    pub round_minutes: Option<u32>,
    /// The most minutes a round may last (« 15 à 20 min »).
    pub round_up_to: Option<u32>,
    /// Who leads every phase that names no one.
    pub lead: Option<String>,
    /// The instruction to the room of every round that has none.
    pub round_instruction: Option<String>,
    pub date: Option<Date>,
    pub start: Option<Time>,
    pub place: Option<String>,
    /// The débat mouvant's statements, in the order they are put.
    pub statements: Vec<String>,
}

/// Why a choice cannot be laid over the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupProblem {
    /// The same key given twice (`what` is "topic" or "table").
    DuplicateKey { what: Keyed, key: String },
    /// `--question` for a topic that is not given.
    QuestionWithoutTopic { topic: String },
    /// `--table` on a topic that is not given.
    TableWithoutTopic { table: String, topic: String },
    /// No groups, no rounds, or rounds of no minutes.
    Zero { what: Counted },
}

/// A count the organiser gave (`--groups`, `--rounds`, `--round-minutes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Groups,
    Rounds,
    RoundMinutes,
}

/// The words the set-up writes into a session's agenda, in the session's
/// language (the application's words provide them).
#[derive(Debug, Clone, Copy)]
pub struct AgendaWords<'a> {
    /// "Round", "Tour": a round phase is titled "Round 1", "Round 2"…
    pub round: &'a str,
    /// The title of the débat mouvant's phase.
    pub debate: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyed {
    Topic,
    Table,
}

/// Table keys for topics given without tables: A, B, … Z, then A2, B2….
fn table_key(i: usize) -> String {
    let letter = char::from(b'A' + (i % 26) as u8);
    match i / 26 {
        0 => letter.to_string(),
        n => format!("{letter}{}", n + 1),
    }
}

/// Lays `spec` over `session` (a template already built in the language
/// of `words`).
pub fn apply(
    session: &mut Session,
    spec: &Spec,
    words: AgendaWords,
) -> Result<(), Vec<SetupProblem>> {
    let mut problems = Vec::new();
    for (what, zero) in [
        (Counted::Groups, spec.groups == Some(0)),
        (Counted::Rounds, spec.rounds == Some(0)),
        (Counted::RoundMinutes, spec.round_minutes == Some(0)),
    ] {
        if zero {
            problems.push(SetupProblem::Zero { what });
        }
    }
    let dup = |keys: Vec<&String>, what, problems: &mut Vec<SetupProblem>| {
        for (i, k) in keys.iter().enumerate() {
            if keys[..i].contains(k) && !keys[i + 1..].contains(k) {
                problems.push(SetupProblem::DuplicateKey {
                    what,
                    key: (*k).clone(),
                });
            }
        }
    };
    dup(
        spec.topics.iter().map(|t| &t.0).collect(),
        Keyed::Topic,
        &mut problems,
    );
    dup(
        spec.tables.iter().map(|t| &t.0).collect(),
        Keyed::Table,
        &mut problems,
    );

    if !spec.topics.is_empty() {
        session.topics = spec
            .topics
            .iter()
            .map(|(key, title)| Topic {
                key: key.clone(),
                title: title.clone(),
                question: String::new(),
                board: Default::default(),
            })
            .collect();
    }
    for (topic, question) in &spec.questions {
        match session.topics.iter_mut().find(|t| &t.key == topic) {
            Some(t) => t.question = question.clone(),
            None => problems.push(SetupProblem::QuestionWithoutTopic {
                topic: topic.clone(),
            }),
        }
    }
    if !spec.tables.is_empty() {
        for (table, topic, _) in &spec.tables {
            if !session.topics.iter().any(|t| &t.key == topic) {
                problems.push(SetupProblem::TableWithoutTopic {
                    table: table.clone(),
                    topic: topic.clone(),
                });
            }
        }
        session.tables = spec
            .tables
            .iter()
            .map(|(key, topic, host)| Table {
                key: key.clone(),
                topic: topic.clone(),
                host: host.clone(),
                seats: None,
                whole_room: false,
            })
            .collect();
    } else if !spec.topics.is_empty() {
        // Topics without tables: one table each, hosts to be named.
        session.tables = session
            .topics
            .iter()
            .enumerate()
            .map(|(i, t)| Table {
                key: table_key(i),
                topic: t.key.clone(),
                host: String::new(),
                seats: None,
                whole_room: false,
            })
            .collect();
    }
    if let Some(n) = spec.groups {
        session.groups = numbered_groups(n);
        session.participants.clear();
    }
    let minutes = spec.round_minutes;
    if let Some(n) = spec.rounds {
        let first = session
            .agenda
            .iter()
            .position(|p| p.kind == PhaseKind::Round)
            .unwrap_or(session.agenda.len());
        let length = minutes
            .or_else(|| session.agenda.get(first).map(|p| p.minutes))
            .unwrap_or(20);
        session.agenda.retain(|p| p.kind != PhaseKind::Round);
        let first = first.min(session.agenda.len());
        let word = words.round;
        for i in (1..=n).rev() {
            session.agenda.insert(
                first,
                Phase::new(PhaseKind::Round, format!("{word} {i}"), length),
            );
        }
    } else if let Some(m) = minutes {
        for p in session
            .agenda
            .iter_mut()
            .filter(|p| p.kind == PhaseKind::Round)
        {
            p.minutes = m;
        }
    }
    for p in session.agenda.iter_mut() {
        if p.kind == PhaseKind::Round {
            if spec.round_up_to.is_some() {
                p.up_to = spec.round_up_to;
            }
            if let Some(said) = &spec.round_instruction
                && p.description.trim().is_empty()
            {
                p.description = said.clone();
            }
        }
        if let Some(lead) = &spec.lead
            && p.lead.trim().is_empty()
        {
            p.lead = lead.clone();
        }
    }
    if spec.date.is_some() {
        session.date = spec.date;
    }
    if spec.start.is_some() {
        session.start = spec.start;
    }
    if let Some(place) = &spec.place {
        session.place = place.clone();
    }
    if !spec.statements.is_empty() {
        session.statements = spec.statements.clone();
        // A débat mouvant opens the morning, after the welcome, unless the
        // agenda has one already.
        if !session.agenda.iter().any(|p| p.kind == PhaseKind::Debate) {
            let at = session
                .agenda
                .iter()
                .position(|p| !matches!(p.kind, PhaseKind::Setup | PhaseKind::Briefing))
                .unwrap_or(session.agenda.len());
            session
                .agenda
                .insert(at, Phase::new(PhaseKind::Debate, words.debate, 20));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
