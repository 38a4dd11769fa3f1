//! Semantic checks of a session, with messages a facilitator understands.
//!
//! Each [`Problem`] carries a [`DocPath`] to the offending value (e.g.
//! `tables[2].topic`); `store::locate` turns it into `line:column` in the file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::Serialize;

use super::model::{
    BoardKind, Column, Dots, FORMAT_VERSION, MAX_PHASE_MINUTES, Rotation, Seating, Session,
};
use super::plan::{self, Movers, PlanNote};

/// One step into a session document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Seg {
    Field(&'static str),
    Index(usize),
    Key(String),
}

/// Where in the document a problem is: `tables[2].topic`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DocPath(pub Vec<Seg>);

impl DocPath {
    pub fn root() -> DocPath {
        DocPath(Vec::new())
    }
    pub fn field(mut self, name: &'static str) -> DocPath {
        self.0.push(Seg::Field(name));
        self
    }
    pub fn index(mut self, i: usize) -> DocPath {
        self.0.push(Seg::Index(i));
        self
    }
    pub fn key(mut self, k: impl Into<String>) -> DocPath {
        self.0.push(Seg::Key(k.into()));
        self
    }
}

impl fmt::Display for DocPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Field(name) if i == 0 => write!(f, "{name}")?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
                Seg::Key(k) => write!(f, "[{k:?}]")?,
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Severity {
    Warning,
    Error,
}

/// What kind of thing a key belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Thing {
    Topic,
    Table,
    Group,
    Participant,
}

/// A semantic problem in a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ProblemKind {
    FutureVersion {
        found: u32,
    },
    OldVersion {
        found: u32,
    },
    EmptyTitle,
    NoTopics,
    NoTables,
    EmptyAgenda,
    EmptyKey {
        what: Thing,
    },
    BadKey {
        what: Thing,
        key: String,
    },
    DuplicateKey {
        what: Thing,
        key: String,
    },
    UnknownTopic {
        table: String,
        topic: String,
    },
    TopicWithoutTable {
        topic: String,
    },
    ZeroMinutes {
        phase: String,
    },
    /// `votes: (dots: PerQuadrant(0))`: nobody could vote.
    NoDots,
    /// A topic title, question or host still as `tablee new` wrote it.
    Placeholder {
        text: String,
    },
    AbsurdMinutes {
        phase: String,
        minutes: u32,
    },
    NobodyMoves {
        rounds: usize,
    },
    RoundsMismatch {
        agenda: usize,
        rotation: usize,
    },
    RoundWithoutTable {
        round: usize,
    },
    UnknownTableInRound {
        round: usize,
        table: String,
    },
    UnknownMover {
        round: usize,
        table: String,
        who: String,
        what: Thing,
    },
    MissingFromRound {
        round: usize,
        who: String,
        what: Thing,
    },
    AtTwoTables {
        round: usize,
        who: String,
        first: String,
        second: String,
    },
    OverSeats {
        round: usize,
        table: String,
        people: u32,
        seats: u32,
    },
    MorePeopleThanSeats {
        people: u32,
        seats: u32,
    },
    EmptyTable {
        round: usize,
        table: String,
    },
    TopicsRevisited {
        rounds: usize,
        topics: usize,
    },
    SeatingNotPlanned {
        participants: usize,
    },
    TopicTwiceForGroup {
        who: String,
        topic: String,
    },
    /// A name in `mixing` that is not in `participants`.
    UnknownParticipant {
        who: String,
    },
    /// A round number in `mixing` outside 1..=rounds.
    NoSuchRound {
        round: u32,
        rounds: usize,
    },
    /// A table key in `mixing.fixed` that no table has.
    UnknownFixedTable {
        table: String,
    },
    /// The same pair asked to be kept apart and together.
    ApartAndTogether {
        a: String,
        b: String,
    },
    /// A pair of one person with themselves.
    PairWithSelf {
        who: String,
    },
    /// Fixed at two tables, or fixed while absent, in one round.
    FixedConflict {
        who: String,
        round: u32,
    },
    /// A written individual plan breaks a `mixing` constraint.
    PlanBreaksMixing {
        round: usize,
        what: String,
    },
    /// Seated in a round the mixing section says they miss.
    SeatedWhileAbsent {
        who: String,
        round: usize,
    },
    /// A statement of the débat mouvant with no words.
    EmptyStatement,
    /// The same statement twice (accents and punctuation aside).
    DuplicateStatement {
        text: String,
    },
    /// Longer than a projector can show.
    LongStatement {
        chars: usize,
    },
    /// A `Debate` phase, and no statement to put to the room.
    DebateWithoutStatements,
    /// A questionnaire with no title, or the title of another one.
    QuestionnaireTitle {
        title: String,
    },
    /// A questionnaire with no question.
    NoQuestions {
        title: String,
    },
    /// A question with no words, or the words of another question of the
    /// same questionnaire.
    QuestionText {
        title: String,
        text: String,
    },
    /// A scale or a choice with fewer than 2 or more than 9 steps or
    /// choices, one without words, or two with the same words.
    QuestionChoices {
        text: String,
        choices: usize,
    },
    /// A range whose end is not after its start, or past the longest
    /// phase.
    BadRange {
        phase: String,
        minutes: u32,
        up_to: u32,
    },
    /// A `Columns` board with fewer than 2 or more than 6 columns.
    ColumnCount {
        topic: String,
        columns: usize,
    },
    /// A column with no name.
    EmptyColumnName {
        topic: String,
    },
    /// Two columns of one board with the same name.
    DuplicateColumnName {
        topic: String,
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub path: DocPath,
    pub kind: ProblemKind,
}

impl Problem {
    fn error(path: DocPath, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Error,
            path,
            kind,
        }
    }
    fn warning(path: DocPath, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Warning,
            path,
            kind,
        }
    }
}

/// Whether a key is usable: 1–16 characters, no whitespace, no quotes.
fn key_ok(key: &str) -> bool {
    let n = key.chars().count();
    (1..=16).contains(&n)
        && !key
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c.is_control())
}

/// All the problems of a session, errors first then warnings, each in
/// document order.
/// Questionnaires: titled and told apart, each with questions told apart,
/// each scale or choice with 2 to 9 named steps (a digit each on the
/// transcription screen).
fn check_questionnaires(session: &Session, out: &mut Vec<Problem>) {
    use crate::questionnaire::{MAX_CHOICES, same};
    for (i, q) in session.questionnaires.iter().enumerate() {
        let path = DocPath::root().field("questionnaires").index(i);
        if q.title.trim().is_empty()
            || session.questionnaires[..i]
                .iter()
                .any(|o| same(&o.title, &q.title))
        {
            out.push(Problem::error(
                path.clone().field("title"),
                ProblemKind::QuestionnaireTitle {
                    title: q.title.clone(),
                },
            ));
        }
        if q.questions.is_empty() {
            out.push(Problem::warning(
                path.clone().field("questions"),
                ProblemKind::NoQuestions {
                    title: q.title.clone(),
                },
            ));
        }
        for (j, question) in q.questions.iter().enumerate() {
            let path = path.clone().field("questions").index(j);
            if question.text.trim().is_empty()
                || q.questions[..j]
                    .iter()
                    .any(|o| same(&o.text, &question.text))
            {
                out.push(Problem::error(
                    path.clone().field("text"),
                    ProblemKind::QuestionText {
                        title: q.title.clone(),
                        text: question.text.clone(),
                    },
                ));
            }
            let choices = question.answers.choices();
            let named = choices
                .iter()
                .enumerate()
                .all(|(k, c)| !c.trim().is_empty() && !choices[..k].iter().any(|o| same(o, c)));
            if !question.answers.is_text()
                && (!(2..=MAX_CHOICES).contains(&choices.len()) || !named)
            {
                out.push(Problem::error(
                    path.field("answers"),
                    ProblemKind::QuestionChoices {
                        text: question.text.clone(),
                        choices: choices.len(),
                    },
                ));
            }
        }
    }
}

/// Longest statement of a débat mouvant, in characters.
pub const MAX_STATEMENT_CHARS: usize = 300;

/// Warnings for text a template wrote and nobody replaced: topic titles,
/// questions and hosts that `is_placeholder` recognises (the application
/// knows the templates' words in every language).
pub fn placeholders(session: &Session, is_placeholder: impl Fn(&str) -> bool) -> Vec<Problem> {
    let root = DocPath::root;
    let mut out = Vec::new();
    let mut placeholder = |path: DocPath, text: &str| {
        if is_placeholder(text) {
            out.push(Problem::warning(
                path,
                ProblemKind::Placeholder {
                    text: text.to_string(),
                },
            ));
        }
    };
    for (i, t) in session.topics.iter().enumerate() {
        placeholder(root().field("topics").index(i).field("title"), &t.title);
        placeholder(
            root().field("topics").index(i).field("question"),
            &t.question,
        );
    }
    for (i, t) in session.tables.iter().enumerate() {
        placeholder(root().field("tables").index(i).field("host"), &t.host);
    }
    out
}

pub fn validate(session: &Session) -> Vec<Problem> {
    let mut out = Vec::new();
    let root = DocPath::root;
    if session.format_version > FORMAT_VERSION {
        out.push(Problem::error(
            root().field("format_version"),
            ProblemKind::FutureVersion {
                found: session.format_version,
            },
        ));
        return out;
    }
    if session.format_version == 0 {
        out.push(Problem::error(
            root().field("format_version"),
            ProblemKind::OldVersion {
                found: session.format_version,
            },
        ));
    }
    if session.title.trim().is_empty() {
        out.push(Problem::error(
            root().field("title"),
            ProblemKind::EmptyTitle,
        ));
    }
    if session.topics.is_empty() {
        out.push(Problem::error(
            root().field("topics"),
            ProblemKind::NoTopics,
        ));
    }
    if session.tables.is_empty() {
        out.push(Problem::error(
            root().field("tables"),
            ProblemKind::NoTables,
        ));
    }
    if session.agenda.is_empty() {
        out.push(Problem::error(
            root().field("agenda"),
            ProblemKind::EmptyAgenda,
        ));
    }
    check_keys(
        &mut out,
        "topics",
        Thing::Topic,
        session.topics.iter().map(|t| t.key.as_str()),
    );
    check_keys(
        &mut out,
        "tables",
        Thing::Table,
        session.tables.iter().map(|t| t.key.as_str()),
    );
    check_keys(
        &mut out,
        "groups",
        Thing::Group,
        session.groups.iter().map(|g| g.key.as_str()),
    );
    // Participants are names, not keys: only emptiness and duplicates matter.
    let mut seen = HashSet::new();
    for (i, name) in session.participants.iter().enumerate() {
        let path = root().field("participants").index(i);
        if name.trim().is_empty() {
            out.push(Problem::error(
                path,
                ProblemKind::EmptyKey {
                    what: Thing::Participant,
                },
            ));
        } else if !seen.insert(name.as_str()) {
            out.push(Problem::error(
                path,
                ProblemKind::DuplicateKey {
                    what: Thing::Participant,
                    key: name.clone(),
                },
            ));
        }
    }

    for (i, table) in session.tables.iter().enumerate() {
        if session.topic(&table.topic).is_none() {
            out.push(Problem::error(
                root().field("tables").index(i).field("topic"),
                ProblemKind::UnknownTopic {
                    table: table.key.clone(),
                    topic: table.topic.clone(),
                },
            ));
        }
    }
    for (i, topic) in session.topics.iter().enumerate() {
        if !session.tables.is_empty() && !session.tables.iter().any(|t| t.topic == topic.key) {
            out.push(Problem::error(
                root().field("topics").index(i).field("key"),
                ProblemKind::TopicWithoutTable {
                    topic: topic.key.clone(),
                },
            ));
        }
    }
    for (i, topic) in session.topics.iter().enumerate() {
        let BoardKind::Columns(names) = &topic.board else {
            continue;
        };
        let path = root().field("topics").index(i).field("board");
        if !(2..=Column::MAX).contains(&names.len()) {
            out.push(Problem::error(
                path.clone(),
                ProblemKind::ColumnCount {
                    topic: topic.key.clone(),
                    columns: names.len(),
                },
            ));
        }
        let mut seen: Vec<String> = Vec::new();
        for (j, name) in names.iter().enumerate() {
            let folded = crate::text::fold(name.trim());
            if folded.is_empty() {
                out.push(Problem::error(
                    path.clone().index(j),
                    ProblemKind::EmptyColumnName {
                        topic: topic.key.clone(),
                    },
                ));
            } else if seen.contains(&folded) {
                out.push(Problem::error(
                    path.clone().index(j),
                    ProblemKind::DuplicateColumnName {
                        topic: topic.key.clone(),
                        name: name.clone(),
                    },
                ));
            }
            seen.push(folded);
        }
    }
    for (i, phase) in session.agenda.iter().enumerate() {
        let path = root().field("agenda").index(i).field("minutes");
        if phase.minutes == 0 {
            out.push(Problem::error(
                path,
                ProblemKind::ZeroMinutes {
                    phase: phase.title.clone(),
                },
            ));
        } else if phase.minutes > MAX_PHASE_MINUTES {
            out.push(Problem::error(
                path,
                ProblemKind::AbsurdMinutes {
                    phase: phase.title.clone(),
                    minutes: phase.minutes,
                },
            ));
        }
        if let Some(up_to) = phase.up_to
            && (up_to <= phase.minutes || up_to > MAX_PHASE_MINUTES)
        {
            out.push(Problem::error(
                root().field("agenda").index(i).field("up_to"),
                ProblemKind::BadRange {
                    phase: phase.title.clone(),
                    minutes: phase.minutes,
                    up_to,
                },
            ));
        }
    }

    let rounds = session.round_phases();
    if rounds > 0 && session.groups.is_empty() && session.participants.is_empty() {
        // A draft (the classic template before its people are listed):
        // nothing breaks, so a warning that says how to add them.
        out.push(Problem::warning(
            root().field("groups"),
            ProblemKind::NobodyMoves { rounds },
        ));
    }
    let mut said: Vec<&str> = Vec::new();
    for (i, text) in session.statements.iter().enumerate() {
        let path = root().field("statements").index(i);
        let chars = text.trim().chars().count();
        if chars == 0 {
            out.push(Problem::error(path, ProblemKind::EmptyStatement));
        } else if said.iter().any(|s| crate::debate::same(s, text)) {
            out.push(Problem::error(
                path,
                ProblemKind::DuplicateStatement { text: text.clone() },
            ));
        } else if chars > MAX_STATEMENT_CHARS {
            out.push(Problem::error(path, ProblemKind::LongStatement { chars }));
        }
        said.push(text);
    }
    check_questionnaires(session, &mut out);
    if session.statements.is_empty()
        && let Some(i) = session
            .agenda
            .iter()
            .position(|p| p.kind == crate::model::PhaseKind::Debate)
    {
        out.push(Problem::warning(
            root().field("agenda").index(i).field("kind"),
            ProblemKind::DebateWithoutStatements,
        ));
    }
    check_capacity(session, &mut out);
    check_mixing(session, &mut out);
    if let Dots::PerQuadrant(0) | Dots::Total(0) = session.votes.dots {
        out.push(Problem::error(
            root().field("votes").field("dots"),
            ProblemKind::NoDots,
        ));
    }

    match &session.rotation {
        Rotation::Auto => {}
        Rotation::Groups(seatings) => check_seatings(session, seatings, Movers::Groups, &mut out),
        Rotation::People(seatings) => check_seatings(session, seatings, Movers::People, &mut out),
    }

    // Only plan when the structure is sound: the planner's notes would
    // otherwise repeat the errors above.
    if !out.iter().any(|p| p.severity == Severity::Error) {
        plan_checks(session, &mut out);
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.severity));
    out
}

fn check_keys<'a>(
    out: &mut Vec<Problem>,
    field: &'static str,
    what: Thing,
    keys: impl Iterator<Item = &'a str>,
) {
    let mut seen = HashSet::new();
    for (i, key) in keys.enumerate() {
        let path = DocPath::root().field(field).index(i).field("key");
        if key.is_empty() {
            out.push(Problem::error(path, ProblemKind::EmptyKey { what }));
        } else if !key_ok(key) {
            out.push(Problem::error(
                path,
                ProblemKind::BadKey {
                    what,
                    key: key.to_string(),
                },
            ));
        } else if !seen.insert(key) {
            out.push(Problem::error(
                path,
                ProblemKind::DuplicateKey {
                    what,
                    key: key.to_string(),
                },
            ));
        }
    }
}

/// Names, rounds and tables in `mixing` must exist, and its constraints
/// must not contradict each other.
fn check_mixing(session: &Session, out: &mut Vec<Problem>) {
    let m = &session.mixing;
    let base = || DocPath::root().field("mixing");
    let known = |who: &str| session.participants.iter().any(|p| p == who);
    let rounds = session.round_phases();
    let mut name = |path: DocPath, who: &str| {
        if !known(who) {
            out.push(Problem::error(
                path,
                ProblemKind::UnknownParticipant {
                    who: who.to_string(),
                },
            ));
        }
    };
    for (field, list) in [("apart", &m.apart), ("together", &m.together)] {
        for (i, (a, b)) in list.iter().enumerate() {
            name(base().field(field).index(i).index(0), a);
            name(base().field(field).index(i).index(1), b);
        }
    }
    for (i, f) in m.fixed.iter().enumerate() {
        name(base().field("fixed").index(i).field("who"), &f.who);
    }
    for (i, a) in m.absent.iter().enumerate() {
        name(base().field("absent").index(i).field("who"), &a.who);
    }
    for who in m.profiles.keys() {
        name(base().field("profiles").key(who.clone()), who);
    }
    let same = |x: &(String, String), y: &(String, String)| {
        (x.0 == y.0 && x.1 == y.1) || (x.0 == y.1 && x.1 == y.0)
    };
    for (field, list) in [("apart", &m.apart), ("together", &m.together)] {
        for (i, (a, b)) in list.iter().enumerate() {
            if a == b {
                out.push(Problem::error(
                    base().field(field).index(i),
                    ProblemKind::PairWithSelf { who: a.clone() },
                ));
            }
        }
    }
    for (i, pair) in m.together.iter().enumerate() {
        if m.apart.iter().any(|x| same(x, pair)) {
            out.push(Problem::error(
                base().field("together").index(i),
                ProblemKind::ApartAndTogether {
                    a: pair.0.clone(),
                    b: pair.1.clone(),
                },
            ));
        }
    }
    let mut round_ok = |path: DocPath, round: u32| {
        let ok = round >= 1 && (round as usize) <= rounds;
        if !ok {
            out.push(Problem::error(
                path,
                ProblemKind::NoSuchRound { round, rounds },
            ));
        }
        ok
    };
    let mut fixed_ok = Vec::new();
    for (i, f) in m.fixed.iter().enumerate() {
        fixed_ok.push(round_ok(
            base().field("fixed").index(i).field("round"),
            f.round,
        ));
    }
    for (i, a) in m.absent.iter().enumerate() {
        for (j, &r) in a.rounds.iter().enumerate() {
            round_ok(base().field("absent").index(i).field("rounds").index(j), r);
        }
    }
    for (i, f) in m.fixed.iter().enumerate() {
        let path = || base().field("fixed").index(i);
        if session.table(&f.table).is_none() {
            out.push(Problem::error(
                path().field("table"),
                ProblemKind::UnknownFixedTable {
                    table: f.table.clone(),
                },
            ));
        }
        let clash = m.fixed[..i]
            .iter()
            .any(|g| g.who == f.who && g.round == f.round && g.table != f.table);
        if fixed_ok[i] && (clash || m.is_absent(&f.who, f.round as usize)) {
            out.push(Problem::error(
                path(),
                ProblemKind::FixedConflict {
                    who: f.who.clone(),
                    round: f.round,
                },
            ));
        }
    }
}

/// The whole room must fit: people in groups (or participants) ≤ all seats.
fn check_capacity(session: &Session, out: &mut Vec<Problem>) {
    let Some(seats) = total_seats(session) else {
        return;
    };
    let people: u32 = if session.groups.is_empty() {
        session.participants.len() as u32
    } else if session.groups.iter().all(|g| g.size.is_some()) {
        session.groups.iter().filter_map(|g| g.size).sum()
    } else {
        return;
    };
    if people > seats {
        out.push(Problem::error(
            DocPath::root().field("tables"),
            ProblemKind::MorePeopleThanSeats { people, seats },
        ));
    }
}

/// Group key → number of people, for the groups whose size is known.
fn group_sizes(session: &Session) -> HashMap<&str, u32> {
    session
        .groups
        .iter()
        .filter_map(|g| Some((g.key.as_str(), g.size?)))
        .collect()
}

/// How many people sit at a table: one per participant, or the groups'
/// sizes added up (unknown when a group has no size).
fn people_at(who: &[String], movers: Movers, sizes: &HashMap<&str, u32>) -> Option<u32> {
    match movers {
        Movers::People => Some(who.len() as u32),
        Movers::Groups => who.iter().map(|g| sizes.get(g.as_str()).copied()).sum(),
    }
}

/// Sum of seats, when every table says how many it has.
fn total_seats(session: &Session) -> Option<u32> {
    if session.tables.is_empty() {
        return None;
    }
    session.tables.iter().map(|t| t.seats).sum()
}

fn check_seatings(session: &Session, seatings: &[Seating], movers: Movers, out: &mut Vec<Problem>) {
    let base = || DocPath::root().field("rotation");
    let agenda_rounds = session.round_phases();
    if agenda_rounds != seatings.len() {
        out.push(Problem::error(
            base(),
            ProblemKind::RoundsMismatch {
                agenda: agenda_rounds,
                rotation: seatings.len(),
            },
        ));
    }
    let what = match movers {
        Movers::Groups => Thing::Group,
        Movers::People => Thing::Participant,
    };
    let known: Vec<&str> = match movers {
        Movers::Groups => session.groups.iter().map(|g| g.key.as_str()).collect(),
        Movers::People => session.participants.iter().map(String::as_str).collect(),
    };
    let sizes = group_sizes(session);
    for (r, seating) in seatings.iter().enumerate() {
        let round = r + 1;
        let path = || base().index(r);
        if seating.values().all(Vec::is_empty) {
            out.push(Problem::error(
                path(),
                ProblemKind::RoundWithoutTable { round },
            ));
            continue;
        }
        let mut placed: BTreeMap<&str, &str> = BTreeMap::new();
        for (table, who_list) in seating {
            let tpath = || path().key(table.clone());
            let Some(t) = session.table(table) else {
                out.push(Problem::error(
                    tpath(),
                    ProblemKind::UnknownTableInRound {
                        round,
                        table: table.clone(),
                    },
                ));
                continue;
            };
            for (i, who) in who_list.iter().enumerate() {
                if !known.contains(&who.as_str()) {
                    out.push(Problem::error(
                        tpath().index(i),
                        ProblemKind::UnknownMover {
                            round,
                            table: table.clone(),
                            who: who.clone(),
                            what,
                        },
                    ));
                } else if let Some(first) = placed.insert(who, table) {
                    out.push(Problem::error(
                        tpath().index(i),
                        ProblemKind::AtTwoTables {
                            round,
                            who: who.clone(),
                            first: first.to_string(),
                            second: table.clone(),
                        },
                    ));
                }
            }
            if let Some(seats) = t.seats {
                let people = people_at(who_list, movers, &sizes);
                if let Some(people) = people.filter(|&p| p > seats) {
                    out.push(Problem::error(
                        tpath(),
                        ProblemKind::OverSeats {
                            round,
                            table: table.clone(),
                            people,
                            seats,
                        },
                    ));
                }
            }
        }
        for who in &known {
            let absent = movers == Movers::People && session.mixing.is_absent(who, round);
            if absent && placed.contains_key(who) {
                out.push(Problem::error(
                    path(),
                    ProblemKind::SeatedWhileAbsent {
                        who: who.to_string(),
                        round,
                    },
                ));
            } else if !absent && !placed.contains_key(who) {
                out.push(Problem::error(
                    path(),
                    ProblemKind::MissingFromRound {
                        round,
                        who: who.to_string(),
                        what,
                    },
                ));
            }
        }
    }
}

/// Warnings from the planned (or written) schedule: empty tables, revisits,
/// and seat overflows that only show once groups are placed.
fn plan_checks(session: &Session, out: &mut Vec<Problem>) {
    let schedule = match plan::schedule(session) {
        Ok(s) => s,
        // Structural problems are reported above; nothing to plan.
        Err(_) => return,
    };
    let rot = || DocPath::root().field("rotation");
    for note in &schedule.notes {
        out.push(match note {
            PlanNote::EmptyTable { round, table } => Problem::warning(
                rot(),
                ProblemKind::EmptyTable {
                    round: *round,
                    table: table.clone(),
                },
            ),
            PlanNote::TopicsRevisited { rounds, topics } => Problem::warning(
                rot(),
                ProblemKind::TopicsRevisited {
                    rounds: *rounds,
                    topics: *topics,
                },
            ),
            PlanNote::SeatingNotPlanned { participants } => Problem::warning(
                DocPath::root().field("participants"),
                ProblemKind::SeatingNotPlanned {
                    participants: *participants,
                },
            ),
        });
    }
    if matches!(session.rotation, Rotation::Auto) && schedule.movers == Movers::Groups {
        let sizes = group_sizes(session);
        for (r, round) in schedule.rounds.iter().enumerate() {
            for (t, who) in round.iter().enumerate() {
                let table = &session.tables[t];
                let people = people_at(who, Movers::Groups, &sizes);
                if let (Some(seats), Some(people)) = (table.seats, people)
                    && people > seats
                {
                    out.push(Problem::error(
                        DocPath::root().field("tables").index(t).field("seats"),
                        ProblemKind::OverSeats {
                            round: r + 1,
                            table: table.key.clone(),
                            people,
                            seats,
                        },
                    ));
                }
            }
        }
    }
    // Topic revisits in a written rotation (by hand or by 'tablee mix').
    if matches!(session.rotation, Rotation::Groups(_) | Rotation::People(_))
        && session.round_phases() <= session.topics.len()
    {
        for who in schedule.movers_in_order() {
            let mut topics_seen = HashSet::new();
            for t in schedule.itinerary(&who).into_iter().flatten() {
                let topic = &session.tables[t].topic;
                if !topics_seen.insert(topic.clone()) {
                    out.push(Problem::warning(
                        DocPath::root().field("rotation"),
                        ProblemKind::TopicTwiceForGroup {
                            who: who.clone(),
                            topic: topic.clone(),
                        },
                    ));
                }
            }
        }
    }
    if schedule.movers == Movers::People {
        mixing_checks(session, &schedule, out);
    }
}

/// A written individual plan that no longer honours `mixing` (edited by
/// hand, or constraints added after 'tablee mix'): warnings, with the fix.
fn mixing_checks(session: &Session, schedule: &plan::Schedule, out: &mut Vec<Problem>) {
    let m = &session.mixing;
    let table_in = |who: &str, r: usize| schedule.itinerary(who).get(r).copied().flatten();
    for r in 0..schedule.rounds.len() {
        let round = r + 1;
        for (a, b) in &m.apart {
            if table_in(a, r).is_some() && table_in(a, r) == table_in(b, r) {
                out.push(Problem::warning(
                    DocPath::root().field("rotation").index(r),
                    ProblemKind::PlanBreaksMixing {
                        round,
                        what: format!("apart: {a:?}, {b:?}"),
                    },
                ));
            }
        }
        for (a, b) in &m.together {
            if let (Some(x), Some(y)) = (table_in(a, r), table_in(b, r))
                && x != y
            {
                out.push(Problem::warning(
                    DocPath::root().field("rotation").index(r),
                    ProblemKind::PlanBreaksMixing {
                        round,
                        what: format!("together: {a:?}, {b:?}"),
                    },
                ));
            }
        }
    }
    for f in &m.fixed {
        // Rounds out of range are reported by check_mixing.
        let Some(r) = (f.round as usize)
            .checked_sub(1)
            .filter(|&r| r < schedule.rounds.len())
        else {
            continue;
        };
        let at = table_in(&f.who, r).map(|t| session.tables[t].key.as_str());
        if at.is_some_and(|k| k != f.table) {
            out.push(Problem::warning(
                DocPath::root().field("rotation").index(r),
                ProblemKind::PlanBreaksMixing {
                    round: f.round as usize,
                    what: format!("fixed: {:?} at {:?}", f.who, f.table),
                },
            ));
        }
    }
}
