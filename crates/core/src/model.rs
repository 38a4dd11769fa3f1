//! The session: what a workshop is, as written in `session.ron`.
//!
//! Format v1. Optional fields have defaults so a hand-written file can stay
//! short; unknown fields are refused so that a typo (`tabels:`) is reported
//! instead of silently ignored.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::lang::Lang;

/// The session format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Upper bound on one phase, in minutes: anything longer is a typo.
pub const MAX_PHASE_MINUTES: u32 = 240;

/// A workshop session: identity, topics, tables, who moves, agenda, rotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Always [`FORMAT_VERSION`] when written by this build.
    pub format_version: u32,
    pub id: Uuid,
    pub title: String,
    /// The day of the workshop, `"2024-10-11"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<jiff::civil::Date>,
    /// Planned start time, `"09:30"`; lets the agenda show clock times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<jiff::civil::Time>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organiser: String,
    /// Language of the workshop (labels on screen and in syntheses).
    #[serde(default)]
    pub lang: Lang,
    pub topics: Vec<Topic>,
    pub tables: Vec<Table>,
    /// Groups that move as blocks (group rotation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Individual participants, by name (classic World Café mixing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// Constraints on individual seating, read by `tablee mix`.
    #[serde(default, skip_serializing_if = "Mixing::is_empty")]
    pub mixing: Mixing,
    /// Dot voting: how many dots a group has, and whether they stay hidden
    /// until the vote is closed.
    #[serde(default, skip_serializing_if = "VoteRules::is_default")]
    pub votes: VoteRules,
    pub agenda: Vec<Phase>,
    #[serde(default)]
    pub rotation: Rotation,
    /// The débat mouvant's statements, put to the room one at a time
    /// during a `Debate` phase: people stand along a line from agree to
    /// disagree.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<String>,
    /// Paper questionnaires handed out in the room, typed in afterwards
    /// (see [`super::questionnaire`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questionnaires: Vec<super::questionnaire::Questionnaire>,
    /// The council's commitment to answer every proposal within a delay
    /// (`"8w"`, `"60d"`, `"2m"`): `proposals` and the follow-up show what
    /// is late first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_within: Option<super::delay::Delay>,
    /// During time alone with post-its, writers are numbered (« personne
    /// 3 ») rather than named, and nobody's name is kept.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous_writing: bool,
    /// Who is invited, by their id in the council's register
    /// (`people.ron` beside the sessions): never a name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invited: Vec<Uuid>,
    /// The most people the room takes (« une jauge de 30 personnes »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
}

/// Dot voting rules:
///
/// ```ron
/// votes: (dots: PerQuadrant(3), hidden: true),   // or dots: Total(8)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteRules {
    #[serde(default)]
    pub dots: Dots,
    /// Totals stay hidden (each group sees only its own dots) until the
    /// facilitator closes the vote on the key-factor screen.
    #[serde(default)]
    pub hidden: bool,
}

impl Default for VoteRules {
    fn default() -> VoteRules {
        VoteRules {
            dots: Dots::PerQuadrant(3),
            hidden: false,
        }
    }
}

impl VoteRules {
    pub fn is_default(&self) -> bool {
        *self == VoteRules::default()
    }
}

/// How many dots each group may place on one topic's post-its.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dots {
    /// So many in each quadrant.
    PerQuadrant(u32),
    /// So many in all, spread as the group likes.
    Total(u32),
}

impl Default for Dots {
    fn default() -> Dots {
        Dots::PerQuadrant(3)
    }
}

/// Constraints on individual seating (classic World Café), by name:
///
/// ```ron
/// mixing: (
///     apart: [("Ana Lopes", "Bob Martin")],
///     together: [("Zoé Clément", "Amadou Sow")],   // e.g. a person and their interpreter
///     fixed: [(who: "Léa Girard", round: 1, table: "A")],
///     absent: [(who: "Thi Tran", rounds: [1])],    // arrives for round 2
///     profiles: {
///         "Ana Lopes": (role: "habitante", languages: ["fr", "es"]),
///         "Bob Martin": (role: "élu", organisation: "Mairie"),
///     },
///     balance_roles: true,          // the default: every table gets its share of each role
///     common_language: false,       // true: every table shares a language, every round
///     organisations_apart: false,   // true: people of one organisation never share a table
///     cards_show_tablemates: false, // true: each printed card names who else sits there
/// ),
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mixing {
    /// Pairs who must never share a table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apart: Vec<(String, String)>,
    /// Pairs who must always share a table.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub together: Vec<(String, String)>,
    /// Seats decided in advance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixed: Vec<FixedSeat>,
    /// Rounds someone misses (late arrival, early departure).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<Absence>,
    /// What is known of each person, by name: role, languages, organisation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profiles: BTreeMap<String, Profile>,
    /// Spread each role evenly over the tables of every round (when people
    /// have roles); on unless turned off.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub balance_roles: bool,
    /// Every table shares a language in every round (people with no
    /// languages listed are taken to follow any).
    #[serde(default, skip_serializing_if = "is_no")]
    pub common_language: bool,
    /// People of one organisation never share a table.
    #[serde(default, skip_serializing_if = "is_no")]
    pub organisations_apart: bool,
    /// Printed cards also name who else sits at your table (off by
    /// default: a card left on a table tells nothing about others).
    #[serde(default, skip_serializing_if = "is_no")]
    pub cards_show_tablemates: bool,
}

impl Default for Mixing {
    fn default() -> Mixing {
        Mixing {
            apart: Vec::new(),
            together: Vec::new(),
            fixed: Vec::new(),
            absent: Vec::new(),
            profiles: BTreeMap::new(),
            balance_roles: true,
            common_language: false,
            organisations_apart: false,
            cards_show_tablemates: false,
        }
    }
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
}

fn is_no(b: &bool) -> bool {
    !*b
}

/// What the planner may know about a person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// e.g. "habitant", "agent", "élu", "association".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Languages spoken, e.g. ["fr", "ar"].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

impl Mixing {
    pub fn is_empty(&self) -> bool {
        *self == Mixing::default()
    }

    /// The role of `who`, if their profile gives one.
    pub fn role_of(&self, who: &str) -> Option<&str> {
        self.profiles.get(who)?.role.as_deref()
    }

    /// Whether `who` misses round `round` (1-based).
    pub fn is_absent(&self, who: &str, round: usize) -> bool {
        self.absent
            .iter()
            .any(|a| a.who == who && a.rounds.iter().any(|&r| r as usize == round))
    }
}

/// Someone seated at a given table in a given round (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixedSeat {
    pub who: String,
    pub round: u32,
    pub table: String,
}

/// Rounds (1-based) someone is not there for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    pub who: String,
    pub rounds: Vec<u32>,
}

/// A question discussed at one or more tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Short key, e.g. `"CLN"`.
    pub key: String,
    /// e.g. "Conseil local du numérique".
    pub title: String,
    /// The guiding question put to the table.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    /// What its tables fill: `Swot` (the default), `Question` or
    /// `Columns([...])`.
    #[serde(default, skip_serializing_if = "BoardKind::is_swot")]
    pub board: BoardKind,
}

/// A station with a host who stays put.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Short key, e.g. `"A"`.
    pub key: String,
    /// Key of the topic discussed here.
    pub topic: String,
    /// The facilitator who stays at this table.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub host: String,
    /// How many people fit, host excluded; unchecked when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
    /// The whole room's table (the time alone, a plenary board): every
    /// group sits there, no round rotates through it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole_room: bool,
}

/// A group of participants moving together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Short key, e.g. `"1"`.
    pub key: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Number of people, when known (checked against table seats).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
}

/// One step of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub kind: PhaseKind,
    pub title: String,
    /// Planned duration in minutes (1 to [`MAX_PHASE_MINUTES`]).
    pub minutes: u32,
    /// The most it may last (« 5 à 10 min »: `minutes: 5, up_to: 10`):
    /// the clock counts to `minutes`, then shows the margin left before
    /// overtime.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<u32>,
    /// What to say to the room: the instruction, the question worked on
    /// (the run-sheet prints it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Who leads it (a facilitator, a speaker).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead: String,
    /// What it needs: « post-it », « feutres », « vidéoprojecteur ».
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<String>,
}

impl Phase {
    /// A phase with nothing but its kind, title and minutes.
    pub fn new(kind: PhaseKind, title: impl Into<String>, minutes: u32) -> Phase {
        Phase {
            kind,
            title: title.into(),
            minutes,
            up_to: None,
            description: String::new(),
            lead: String::new(),
            materials: Vec::new(),
        }
    }
}

/// What happens during a phase. The n-th `Round` is rotation round n.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhaseKind {
    Setup,
    Briefing,
    Round,
    KeyFactors,
    Plenary,
    Break,
    Free,
    /// A débat mouvant: the session's statements, one at a time.
    Debate,
    /// Time alone with post-its: each person writes, then the room shares
    /// and groups them.
    Individual,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 9] = [
        PhaseKind::Setup,
        PhaseKind::Briefing,
        PhaseKind::Round,
        PhaseKind::KeyFactors,
        PhaseKind::Plenary,
        PhaseKind::Break,
        PhaseKind::Free,
        PhaseKind::Debate,
        PhaseKind::Individual,
    ];

    /// Its position in [`PhaseKind::ALL`] (the order of the words tables).
    pub fn index(self) -> usize {
        PhaseKind::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }
}

/// Who sits at which table in one round: table key → groups or people.
pub type Seating = BTreeMap<String, Vec<String>>;

/// How people move between tables.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Rotation {
    /// tablee plans group rotation itself (one round per `Round` phase).
    #[default]
    Auto,
    /// A hand-written group rotation, one map per round: `{"A": ["1"], …}`.
    Groups(Vec<Seating>),
    /// Individual placement, one map per round: `{"A": ["Ana", "Bob"], …}`.
    People(Vec<Seating>),
}

/// One column of a topic's board: on a SWOT board the quadrants (S, W, O,
/// T), on a `Columns` board its named columns in order, on a `Question`
/// board the one list of ideas (the first column).
///
/// In a journal the first four positions are written `S`, `W`, `O`, `T`
/// (so SWOT journals read as they always have) and the last two `C5`, `C6`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Column(u8);

impl Column {
    /// Strengths — atouts (internal, favourable).
    pub const S: Column = Column(0);
    /// Weaknesses — faiblesses (internal, unfavourable).
    pub const W: Column = Column(1);
    /// Opportunities — opportunités (external, favourable).
    pub const O: Column = Column(2);
    /// Threats — risques (external, unfavourable).
    pub const T: Column = Column(3);
    /// The most columns a board has.
    pub const MAX: usize = 6;
    /// The four SWOT quadrants.
    pub const ALL: [Column; 4] = [Column::S, Column::W, Column::O, Column::T];

    /// The column at `index` (0-based), if a board can have it.
    pub fn at(index: usize) -> Option<Column> {
        (index < Column::MAX).then_some(Column(index as u8))
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The next column in reading order (S W / O T on a SWOT board), or
    /// back with a negative step, on a board of `n` columns.
    pub fn cycle(self, step: i32, n: usize) -> Column {
        let n = n.max(1) as i32;
        Column::at((self.index() as i32 + step).rem_euclid(n) as usize).unwrap_or(Column::S)
    }

    /// Internal factors (S, W) are under the organisers' control.
    pub fn is_internal(self) -> bool {
        matches!(self, Column::S | Column::W)
    }

    pub fn is_favourable(self) -> bool {
        matches!(self, Column::S | Column::O)
    }

    /// Parses a SWOT quadrant from an English (s w o t) or French (a f o r)
    /// letter, or a whole word in either language, case- and accent-insensitive.
    pub fn parse(s: &str) -> Option<Column> {
        let folded = crate::text::fold(s.trim());
        match folded.as_str() {
            "s" | "a" | "strength" | "strengths" | "atout" | "atouts" => Some(Column::S),
            "w" | "f" | "weakness" | "weaknesses" | "faiblesse" | "faiblesses" => Some(Column::W),
            "o" | "opportunity" | "opportunities" | "opportunite" | "opportunites" => {
                Some(Column::O)
            }
            "t" | "r" | "threat" | "threats" | "risque" | "risques" | "risk" | "risks" => {
                Some(Column::T)
            }
            _ => None,
        }
    }
}

/// How a column is written in a journal line.
#[derive(Serialize, Deserialize)]
#[serde(rename = "Quadrant")]
enum ColumnWire {
    S,
    W,
    O,
    T,
    C5,
    C6,
}

impl Serialize for Column {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let wire = match self.0 {
            0 => ColumnWire::S,
            1 => ColumnWire::W,
            2 => ColumnWire::O,
            3 => ColumnWire::T,
            4 => ColumnWire::C5,
            _ => ColumnWire::C6,
        };
        wire.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Column {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Column, D::Error> {
        Ok(Column(match ColumnWire::deserialize(d)? {
            ColumnWire::S => 0,
            ColumnWire::W => 1,
            ColumnWire::O => 2,
            ColumnWire::T => 3,
            ColumnWire::C5 => 4,
            ColumnWire::C6 => 5,
        }))
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            0 => "S",
            1 => "W",
            2 => "O",
            3 => "T",
            4 => "C5",
            _ => "C6",
        })
    }
}

/// What a topic's table fills: a SWOT grid, one list of ideas under the
/// topic's question, or 2–6 named columns.
///
/// ```ron
/// board: Question,
/// board: Columns(["Ce qui marche", "Ce qui manque", "Nos propositions"]),
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoardKind {
    /// Atouts, faiblesses, opportunités, risques (the default).
    #[default]
    Swot,
    /// One list of ideas under the topic's question.
    Question,
    /// Named columns, from 2 to 6 (start/stop/continue, pros/cons…).
    Columns(Vec<String>),
}

impl BoardKind {
    pub fn is_swot(&self) -> bool {
        matches!(self, BoardKind::Swot)
    }

    /// The columns this board has, in order.
    pub fn columns(&self) -> Vec<Column> {
        let n = match self {
            BoardKind::Swot => 4,
            BoardKind::Question => 1,
            BoardKind::Columns(names) => names.len().clamp(1, Column::MAX),
        };
        (0..n).filter_map(Column::at).collect()
    }

    /// A column's code in files and listings, the same in every language:
    /// S W O T on a SWOT board, I on an open question's, A B C… on named
    /// columns.
    pub fn code(&self, c: Column) -> String {
        match self {
            BoardKind::Swot => c.to_string(),
            BoardKind::Question => "I".into(),
            BoardKind::Columns(_) => char::from(b'A' + c.index().min(25) as u8).to_string(),
        }
    }

    /// The column a user named: its letter (A, B…; a SWOT board also takes
    /// S W O T / A F O R), its number from 1, or its name (case and
    /// accents aside, a unique start is enough).
    pub fn parse_column(&self, s: &str) -> Option<Column> {
        let s = s.trim();
        if self.is_swot()
            && let Some(q) = Column::parse(s)
        {
            return Some(q);
        }
        let cols = self.columns();
        if let Ok(n) = s.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| cols.get(i).copied());
        }
        let folded = crate::text::fold(s);
        if folded.is_empty() {
            return None;
        }
        if !self.is_swot() && folded.chars().count() == 1 {
            let c = folded.chars().next()?;
            let i = (c as u32).checked_sub('a' as u32)? as usize;
            return cols.get(i).copied();
        }
        if let BoardKind::Columns(names) = self {
            let folded_names: Vec<String> = names.iter().map(|n| crate::text::fold(n)).collect();
            if let Some(i) = folded_names.iter().position(|n| *n == folded) {
                return Column::at(i);
            }
            let mut starts = folded_names
                .iter()
                .enumerate()
                .filter(|(_, n)| n.starts_with(&folded));
            if let (Some((i, _)), None) = (starts.next(), starts.next()) {
                return Column::at(i);
            }
        }
        None
    }
}

impl Session {
    /// A minimal valid-shaped session, used by templates and tests.
    pub fn new(id: Uuid, title: impl Into<String>) -> Session {
        Session {
            format_version: FORMAT_VERSION,
            id,
            title: title.into(),
            date: None,
            start: None,
            place: String::new(),
            organiser: String::new(),
            lang: Lang::default(),
            topics: Vec::new(),
            tables: Vec::new(),
            groups: Vec::new(),
            participants: Vec::new(),
            mixing: Mixing::default(),
            votes: VoteRules::default(),
            agenda: Vec::new(),
            rotation: Rotation::Auto,
            statements: Vec::new(),
            questionnaires: Vec::new(),
            answer_within: None,
            anonymous_writing: false,
            invited: Vec::new(),
            capacity: None,
        }
    }

    pub fn topic(&self, key: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.key == key)
    }

    /// What `topic`'s tables fill (SWOT when the topic is unknown).
    pub fn board_of(&self, topic: &str) -> &BoardKind {
        static SWOT: BoardKind = BoardKind::Swot;
        self.topic(topic).map_or(&SWOT, |t| &t.board)
    }

    /// What table `table` fills.
    pub fn board_at(&self, table: &str) -> &BoardKind {
        match self.table(table) {
            Some(t) => self.board_of(&t.topic),
            None => self.board_of(""),
        }
    }

    /// Every table's key, in order.
    pub fn table_keys(&self) -> Vec<String> {
        self.tables.iter().map(|t| t.key.clone()).collect()
    }

    /// The table with this key; case aside when no key matches exactly
    /// (`--table a` is table A), as long as that names one table only.
    pub fn table(&self, key: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.key == key).or_else(|| {
            let mut same = self
                .tables
                .iter()
                .filter(|t| t.key.eq_ignore_ascii_case(key));
            match (same.next(), same.next()) {
                (Some(t), None) => Some(t),
                _ => None,
            }
        })
    }

    pub fn table_index(&self, key: &str) -> Option<usize> {
        self.tables.iter().position(|t| t.key == key)
    }

    /// Number of `Round` phases in the agenda.
    pub fn round_phases(&self) -> usize {
        self.agenda
            .iter()
            .filter(|p| p.kind == PhaseKind::Round)
            .count()
    }

    /// The round (1-based) that phase `phase` is, if it is a round.
    pub fn round_of_phase(&self, phase: usize) -> Option<usize> {
        let p = self.agenda.get(phase)?;
        (p.kind == PhaseKind::Round).then(|| self.rounds_up_to(phase))
    }

    /// The round the room looks at in phase `phase`: that round, or the
    /// next to come (a welcome before round 1, a break between two).
    pub fn focus_round(&self, phase: usize) -> Option<usize> {
        if let Some(r) = self.round_of_phase(phase) {
            return Some(r);
        }
        let next = self.rounds_up_to(phase) + 1;
        (next <= self.round_phases()).then_some(next)
    }

    /// Round phases up to and with `phase`.
    fn rounds_up_to(&self, phase: usize) -> usize {
        self.agenda
            .iter()
            .take(phase.saturating_add(1))
            .filter(|p| p.kind == PhaseKind::Round)
            .count()
    }

    /// Minutes of the `n`-th round (1-based), from the agenda.
    pub fn round_minutes(&self, n: usize) -> Option<u32> {
        self.agenda
            .iter()
            .filter(|p| p.kind == PhaseKind::Round)
            .nth(n.checked_sub(1)?)
            .map(|p| p.minutes)
    }

    /// Total planned minutes of the agenda.
    pub fn planned_minutes(&self) -> u32 {
        self.agenda.iter().map(|p| p.minutes).sum()
    }
}
