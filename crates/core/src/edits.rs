//! The set-up as events.
//!
//! Every change made on the set-up screen (or by a command that changes a
//! session, such as `mix --write`) is one [`Edit`] of one field or one row,
//! written to the journal like a post-it. The session a screen shows is
//! `session.ron` (the readable, hand-editable base) with every set-up edit
//! of the journals applied on top ([`merge`]).
//!
//! The rules, the same on every laptop whatever the order events arrive in:
//! - edits apply in (Lamport counter, device, sequence) order, so the
//!   merged session is a function of the *set* of events (commutative,
//!   associative, idempotent: a set union, then a sort);
//! - a field of the session, a field of a row, a round of a hand-written
//!   rotation is last-writer-wins on its own: two laptops editing
//!   different fields both keep their edit;
//! - rows have an identity ([`RowId`]): the key they have in
//!   `session.ron` (a topic's, a table's, a group's key; a participant's
//!   name; a statement's words; a phase's title), or an id made when a
//!   screen added them. Added rows go after the row they were added after;
//!   the order of a list is last-writer-wins, rows it does not name (added
//!   at the same moment elsewhere) staying after the row they followed;
//! - a removed row stays removed until a later edit adds it back (undo);
//!   edits of a removed row are kept in the journal, applied to nothing.
//!
//! Each edit carries what its author saw (`was`). An edit that replaces a
//! value its author had not seen (two laptops typed the same field at the
//! same moment, or a screen open since before the other's save), a row
//! removed while another laptop changed it, an edit of a row removed
//! elsewhere, and a hand edit of `session.ron` on a field the set-up
//! events changed are all reported ([`SetAside`]): nothing is lost
//! without the screens and `tablee status`/`check` saying so.
//!
//! `session.ron` is never rewritten from the events: a hand edit of it
//! changes the base, so every field and row no set-up event touched takes
//! the file's value at once. On a field that set-up edits changed, the
//! hand edit is the last word as long as no set-up edit saw it (none has
//! it as its `was`), and the edit it replaced is reported ([`Why::File`]);
//! a set-up edit made after it (having seen it) wins as any later edit.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::lang::Lang;
use super::model::{
    Absence, BoardKind, FixedSeat, Group, Phase, PhaseKind, Profile, Rotation, Seating, Session,
    Table, Topic,
};
use super::questionnaire::{Answers, Question, Questionnaire};

/// The lists of a session whose rows the set-up edits one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum List {
    Topics,
    Tables,
    Groups,
    Participants,
    Agenda,
    Statements,
    /// The questionnaires' questions, one row each (a row names its
    /// questionnaire; the questionnaires are the rows' titles in order).
    Questions,
}

impl List {
    pub const ALL: [List; 7] = [
        List::Topics,
        List::Tables,
        List::Groups,
        List::Participants,
        List::Agenda,
        List::Statements,
        List::Questions,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// A row's identity: its key in `session.ron` (numbered `#2`, `#3`… from
/// the second row with the same key), or the id a screen gave the row it
/// added.
pub type RowId = String;

/// The ids of each list's rows, in the session's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ids {
    lists: [Vec<RowId>; 7],
}

impl Ids {
    /// The ids of a session's rows as the file has them.
    pub fn of_base(session: &Session) -> Ids {
        let mut ids = Ids::default();
        for list in List::ALL {
            let mut seen: HashMap<String, usize> = HashMap::new();
            ids.lists[list.index()] = rows(session, list)
                .iter()
                .map(|r| {
                    let key = r.label();
                    let n = seen.entry(key.clone()).or_default();
                    *n += 1;
                    if *n == 1 { key } else { format!("{key}#{n}") }
                })
                .collect();
        }
        ids
    }

    pub fn get(&self, list: List) -> &[RowId] {
        &self.lists[list.index()]
    }

    pub fn get_mut(&mut self, list: List) -> &mut Vec<RowId> {
        &mut self.lists[list.index()]
    }

    /// The id of a row a screen adds.
    pub fn fresh(id: Uuid) -> RowId {
        format!("+{}", id.simple())
    }

    /// The ids of `after`'s rows, made by a command from `before` (whose
    /// rows have these ids) without following its rows one by one (`mix`
    /// reading a file of people): a row keeps the id of a row of `before`
    /// with the same key (or name), the others get a fresh one.
    pub fn matched(&self, before: &Session, after: &Session, id: impl Fn() -> Uuid) -> Ids {
        let mut out = Ids::default();
        for list in List::ALL {
            let mut free: Vec<(String, &RowId)> = rows(before, list)
                .iter()
                .map(Row::label)
                .zip(self.get(list))
                .collect();
            *out.get_mut(list) = rows(after, list)
                .iter()
                .map(|r| {
                    let label = r.label();
                    match free.iter().position(|(l, _)| *l == label) {
                        Some(i) => free.remove(i).1.clone(),
                        None => Ids::fresh(id()),
                    }
                })
                .collect();
        }
        out
    }
}

/// One of the session's own fields, with its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Title(String),
    Date(Option<jiff::civil::Date>),
    Start(Option<jiff::civil::Time>),
    Place(String),
    Organiser(String),
    Lang(Lang),
    /// The whole rotation (given back to tablee, or written by hand).
    Rotation(Rotation),
    /// How `mix` seats people, one field each (a hand edit of one flag
    /// and `mix` reading a file of people keep both).
    Apart(Vec<(String, String)>),
    Together(Vec<(String, String)>),
    Fixed(Vec<FixedSeat>),
    Absent(Vec<Absence>),
    Profiles(BTreeMap<String, Profile>),
    BalanceRoles(bool),
    CommonLanguage(bool),
    OrganisationsApart(bool),
    CardsShowTablemates(bool),
    /// The council's commitment to answer within a delay.
    AnswerWithin(Option<super::delay::Delay>),
    /// Who is invited, by register id.
    Invited(Vec<Uuid>),
    /// The most people the room takes.
    Capacity(Option<u32>),
}

impl Field {
    /// Its place among the fields (the slot it is last-writer-wins in).
    fn slot(&self) -> u8 {
        match self {
            Field::Title(_) => 0,
            Field::Date(_) => 1,
            Field::Start(_) => 2,
            Field::Place(_) => 3,
            Field::Organiser(_) => 4,
            Field::Lang(_) => 5,
            Field::Rotation(_) => 6,
            Field::Apart(_) => 7,
            Field::Together(_) => 8,
            Field::Fixed(_) => 9,
            Field::Absent(_) => 10,
            Field::Profiles(_) => 11,
            Field::BalanceRoles(_) => 12,
            Field::CommonLanguage(_) => 13,
            Field::OrganisationsApart(_) => 14,
            Field::CardsShowTablemates(_) => 15,
            Field::AnswerWithin(_) => 16,
            Field::Invited(_) => 17,
            Field::Capacity(_) => 18,
        }
    }

    /// Every field of `s`, in slot order.
    fn all_of(s: &Session) -> [Field; 19] {
        let m = &s.mixing;
        [
            Field::Title(s.title.clone()),
            Field::Date(s.date),
            Field::Start(s.start),
            Field::Place(s.place.clone()),
            Field::Organiser(s.organiser.clone()),
            Field::Lang(s.lang),
            Field::Rotation(s.rotation.clone()),
            Field::Apart(m.apart.clone()),
            Field::Together(m.together.clone()),
            Field::Fixed(m.fixed.clone()),
            Field::Absent(m.absent.clone()),
            Field::Profiles(m.profiles.clone()),
            Field::BalanceRoles(m.balance_roles),
            Field::CommonLanguage(m.common_language),
            Field::OrganisationsApart(m.organisations_apart),
            Field::CardsShowTablemates(m.cards_show_tablemates),
            Field::AnswerWithin(s.answer_within),
            Field::Invited(s.invited.clone()),
            Field::Capacity(s.capacity),
        ]
    }

    fn set(self, s: &mut Session) {
        let m = &mut s.mixing;
        match self {
            Field::Title(v) => s.title = v,
            Field::Date(v) => s.date = v,
            Field::Start(v) => s.start = v,
            Field::Place(v) => s.place = v,
            Field::Organiser(v) => s.organiser = v,
            Field::Lang(v) => s.lang = v,
            Field::Rotation(v) => s.rotation = v,
            Field::Apart(v) => m.apart = v,
            Field::Together(v) => m.together = v,
            Field::Fixed(v) => m.fixed = v,
            Field::Absent(v) => m.absent = v,
            Field::Profiles(v) => m.profiles = v,
            Field::BalanceRoles(v) => m.balance_roles = v,
            Field::CommonLanguage(v) => m.common_language = v,
            Field::OrganisationsApart(v) => m.organisations_apart = v,
            Field::CardsShowTablemates(v) => m.cards_show_tablemates = v,
            Field::AnswerWithin(v) => s.answer_within = v,
            Field::Invited(v) => s.invited = v,
            Field::Capacity(v) => s.capacity = v,
        }
    }
}

/// One field of a row, with its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    /// A topic's, a table's or a group's key.
    Key(String),
    /// A topic's or a phase's title.
    Title(String),
    Question(String),
    Board(BoardKind),
    /// The topic of a table.
    Topic(String),
    Host(String),
    Seats(Option<u32>),
    WholeRoom(bool),
    /// A group's name.
    Name(String),
    Size(Option<u32>),
    Kind(PhaseKind),
    Minutes(u32),
    /// A participant's name, a statement's words, a question's words.
    Text(String),
    /// The questionnaire a question belongs to.
    Form(String),
    /// The most minutes a phase may last.
    UpTo(Option<u32>),
    /// What a question takes.
    Answers(Answers),
    /// A phase's instruction to the room.
    Description(String),
    /// Who leads a phase.
    Lead(String),
    /// What a phase needs.
    Materials(Vec<String>),
}

impl Cell {
    fn slot(&self) -> u8 {
        match self {
            Cell::Key(_) => 0,
            Cell::Title(_) => 1,
            Cell::Question(_) => 2,
            Cell::Board(_) => 3,
            Cell::Topic(_) => 4,
            Cell::Host(_) => 5,
            Cell::Seats(_) => 6,
            Cell::WholeRoom(_) => 7,
            Cell::Name(_) => 8,
            Cell::Size(_) => 9,
            Cell::Kind(_) => 10,
            Cell::Minutes(_) => 11,
            Cell::Text(_) => 12,
            Cell::Form(_) => 13,
            Cell::Answers(_) => 14,
            Cell::UpTo(_) => 15,
            Cell::Description(_) => 16,
            Cell::Lead(_) => 17,
            Cell::Materials(_) => 18,
        }
    }
}

/// A whole row of one of the lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Row {
    Topic(Topic),
    Table(Table),
    Group(Group),
    Person(String),
    Phase(Phase),
    Statement(String),
    Question(QuestionRow),
}

/// A question as a row of the set-up: the questionnaire it belongs to,
/// and itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionRow {
    pub form: String,
    pub question: Question,
}

impl Row {
    /// What names the row for people (and its id in the file).
    pub fn label(&self) -> String {
        match self {
            Row::Topic(t) => t.key.clone(),
            Row::Table(t) => t.key.clone(),
            Row::Group(g) => g.key.clone(),
            Row::Phase(p) => p.title.clone(),
            Row::Person(s) | Row::Statement(s) => s.clone(),
            Row::Question(q) => q.question.text.clone(),
        }
    }

    fn list(&self) -> List {
        match self {
            Row::Topic(_) => List::Topics,
            Row::Table(_) => List::Tables,
            Row::Group(_) => List::Groups,
            Row::Person(_) => List::Participants,
            Row::Phase(_) => List::Agenda,
            Row::Statement(_) => List::Statements,
            Row::Question(_) => List::Questions,
        }
    }

    /// Its fields, for the diff.
    fn cells(&self) -> Vec<Cell> {
        match self {
            Row::Topic(t) => vec![
                Cell::Key(t.key.clone()),
                Cell::Title(t.title.clone()),
                Cell::Question(t.question.clone()),
                Cell::Board(t.board.clone()),
            ],
            Row::Table(t) => vec![
                Cell::Key(t.key.clone()),
                Cell::Topic(t.topic.clone()),
                Cell::Host(t.host.clone()),
                Cell::Seats(t.seats),
                Cell::WholeRoom(t.whole_room),
            ],
            Row::Group(g) => vec![
                Cell::Key(g.key.clone()),
                Cell::Name(g.name.clone()),
                Cell::Size(g.size),
            ],
            Row::Phase(p) => vec![
                Cell::Kind(p.kind),
                Cell::Title(p.title.clone()),
                Cell::Minutes(p.minutes),
                Cell::UpTo(p.up_to),
                Cell::Lead(p.lead.clone()),
                Cell::Description(p.description.clone()),
                Cell::Materials(p.materials.clone()),
            ],
            Row::Person(s) | Row::Statement(s) => vec![Cell::Text(s.clone())],
            Row::Question(q) => vec![
                Cell::Form(q.form.clone()),
                Cell::Text(q.question.text.clone()),
                Cell::Answers(q.question.answers.clone()),
            ],
        }
    }

    /// The value of the row's field `slot`, when it has one.
    fn cell(&self, slot: u8) -> Option<Cell> {
        self.cells().into_iter().find(|c| c.slot() == slot)
    }

    /// Sets one field; false when the row has no such field.
    fn set(&mut self, cell: Cell) -> bool {
        match (self, cell) {
            (Row::Topic(t), Cell::Key(v)) => t.key = v,
            (Row::Topic(t), Cell::Title(v)) => t.title = v,
            (Row::Topic(t), Cell::Question(v)) => t.question = v,
            (Row::Topic(t), Cell::Board(v)) => t.board = v,
            (Row::Table(t), Cell::Key(v)) => t.key = v,
            (Row::Table(t), Cell::Topic(v)) => t.topic = v,
            (Row::Table(t), Cell::Host(v)) => t.host = v,
            (Row::Table(t), Cell::Seats(v)) => t.seats = v,
            (Row::Table(t), Cell::WholeRoom(v)) => t.whole_room = v,
            (Row::Group(g), Cell::Key(v)) => g.key = v,
            (Row::Group(g), Cell::Name(v)) => g.name = v,
            (Row::Group(g), Cell::Size(v)) => g.size = v,
            (Row::Phase(p), Cell::Kind(v)) => p.kind = v,
            (Row::Phase(p), Cell::Title(v)) => p.title = v,
            (Row::Phase(p), Cell::Minutes(v)) => p.minutes = v,
            (Row::Phase(p), Cell::UpTo(v)) => p.up_to = v,
            (Row::Phase(p), Cell::Description(v)) => p.description = v,
            (Row::Phase(p), Cell::Lead(v)) => p.lead = v,
            (Row::Phase(p), Cell::Materials(v)) => p.materials = v,
            (Row::Person(s) | Row::Statement(s), Cell::Text(v)) => *s = v,
            (Row::Question(q), Cell::Form(v)) => q.form = v,
            (Row::Question(q), Cell::Text(v)) => q.question.text = v,
            (Row::Question(q), Cell::Answers(v)) => q.question.answers = v,
            _ => return false,
        }
        true
    }
}

/// The rows of one list of `s`.
fn rows(s: &Session, list: List) -> Vec<Row> {
    match list {
        List::Topics => s.topics.iter().cloned().map(Row::Topic).collect(),
        List::Tables => s.tables.iter().cloned().map(Row::Table).collect(),
        List::Groups => s.groups.iter().cloned().map(Row::Group).collect(),
        List::Participants => s.participants.iter().cloned().map(Row::Person).collect(),
        List::Agenda => s.agenda.iter().cloned().map(Row::Phase).collect(),
        List::Statements => s.statements.iter().cloned().map(Row::Statement).collect(),
        List::Questions => question_rows(&s.questionnaires)
            .into_iter()
            .map(Row::Question)
            .collect(),
    }
}

/// Puts rows back into one list of `s` (rows of another list are skipped).
fn set_rows(s: &mut Session, list: List, rows: Vec<Row>) {
    macro_rules! take {
        ($variant:ident) => {
            rows.into_iter()
                .filter_map(|r| match r {
                    Row::$variant(x) => Some(x),
                    _ => None,
                })
                .collect()
        };
    }
    match list {
        List::Topics => s.topics = take!(Topic),
        List::Tables => s.tables = take!(Table),
        List::Groups => s.groups = take!(Group),
        List::Participants => s.participants = take!(Person),
        List::Agenda => s.agenda = take!(Phase),
        List::Statements => s.statements = take!(Statement),
        List::Questions => s.questionnaires = questionnaires_of(take!(Question)),
    }
}

/// The questionnaires' questions, one row each.
pub fn question_rows(questionnaires: &[Questionnaire]) -> Vec<QuestionRow> {
    questionnaires
        .iter()
        .flat_map(|q| {
            q.questions.iter().map(|question| QuestionRow {
                form: q.title.clone(),
                question: question.clone(),
            })
        })
        .collect()
}

/// The order [`questionnaires_of`] puts these rows in (by position):
/// grouped by questionnaire, in the order titles first appear.
pub fn grouped_order(rows: &[QuestionRow]) -> Vec<usize> {
    let first = |form: &str| rows.iter().position(|r| r.form == form).unwrap_or(0);
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| first(&rows[i].form));
    order
}

/// The questionnaires of these rows: one per title, in the order titles
/// first appear, each with its rows' questions in order.
pub fn questionnaires_of(rows: Vec<QuestionRow>) -> Vec<Questionnaire> {
    let mut out: Vec<Questionnaire> = Vec::new();
    for row in rows {
        match out.iter_mut().find(|q| q.title == row.form) {
            Some(q) => q.questions.push(row.question),
            None => out.push(Questionnaire {
                title: row.form,
                questions: vec![row.question],
            }),
        }
    }
    out
}

/// One change of the set-up, as written in a journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Edit {
    /// One of the session's own fields; `was` what its author saw.
    Set { to: Field, was: Field },
    /// One field of one row.
    Cell {
        list: List,
        row: RowId,
        to: Cell,
        was: Cell,
    },
    /// A new row (or one brought back), after `after` (first: none).
    Add {
        list: List,
        row: RowId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<RowId>,
        value: Row,
    },
    /// A row taken out, as its author saw it.
    Remove { list: List, row: RowId, was: Row },
    /// The order of a list's rows.
    Order { list: List, rows: Vec<RowId> },
    /// One round (0-based) of a hand-written rotation.
    Round {
        round: u32,
        to: Seating,
        was: Seating,
    },
}

/// A set-up edit of the journals, with what orders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupOp {
    pub edit: Edit,
    pub device: Uuid,
    /// (Lamport counter, device, sequence number).
    pub order: (u64, Uuid, u64),
    /// The event's id (two programs writing as one device may number two
    /// events alike: the id still tells them apart).
    pub id: Uuid,
    pub at: jiff::Timestamp,
}

/// What a reported difference is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spot {
    /// One of the session's own fields.
    Field,
    /// A field of the row of `list` named `row` (its label).
    Cell { list: List, row: String },
    /// The round (0-based) of the rotation.
    Round(u32),
}

/// A value as the reports name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Field(Field),
    Cell(Cell),
    Round(Seating),
}

/// Why a set-up change is not what the session shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// `lost`, typed on `device`, was replaced by `kept`, typed on
    /// `kept_device` without seeing it.
    Replaced {
        spot: Spot,
        lost: Value,
        kept: Value,
    },
    /// The row was removed on `kept_device` while `device` changed it.
    RemovedWhileChanged { list: List, row: String },
    /// `device` changed a row that `kept_device` had removed.
    ChangedWhileRemoved { list: List, row: String },
    /// `session.ron` was changed by hand to `file` after a set-up edit
    /// set `lost` (on `device`) without any set-up edit seeing it: the
    /// file's value is the last word, and the session keeps it.
    File {
        spot: Spot,
        file: Value,
        lost: Value,
    },
}

/// A set-up change set aside by the merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub why: Why,
    /// Whose change was set aside (none: the file).
    pub device: Option<Uuid>,
    pub kept_device: Option<Uuid>,
    pub at: jiff::Timestamp,
}

/// The session with every set-up edit applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub session: Session,
    pub ids: Ids,
    /// What was set aside, in the order the edits apply.
    pub set_aside: Vec<SetAside>,
    /// Edits of rows no event created and the file does not have (an
    /// edit arrived before the row's own, or the row was renamed by hand).
    pub orphans: usize,
    /// Set-up edits applied.
    pub edits: usize,
}

/// Which value an edit is last-writer-wins on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Slot {
    Field(u8),
    Cell(List, RowId, u8),
    Round(u32),
}

/// What the edits of one slot saw.
struct Seen {
    /// Where the slot is (its row's label as it is now).
    spot: Spot,
    /// What the first edit saw: the file's value then.
    first: Value,
    /// Every value an edit of the slot saw.
    values: Vec<Value>,
}

/// The last value written in a slot, and by whom.
struct Last {
    value: Value,
    device: Uuid,
}

/// `base` with the set-up edits of `ops` (any order, duplicates allowed).
pub fn merge(base: &Session, ops: &[SetupOp]) -> Merged {
    let mut sorted: Vec<&SetupOp> = ops.iter().collect();
    sorted.sort_by_key(|o| (o.order, o.id));
    sorted.dedup_by_key(|o| (o.order, o.id));
    let mut m = Merger::new(base, &Ids::of_base(base));
    for op in &sorted {
        m.apply(op);
    }
    m.file_differences(base);
    let edits = sorted.len();
    m.finish(edits)
}

/// `edits` of one author laid, in order, over `session` (whose rows have
/// `ids`): what a screen typed and has not saved yet, over what others
/// saved meanwhile.
pub fn apply(session: &Session, ids: &Ids, edits: &[Edit]) -> (Session, Ids) {
    let mut m = Merger::new(session, ids);
    for (i, edit) in edits.iter().enumerate() {
        m.apply(&SetupOp {
            edit: edit.clone(),
            device: Uuid::nil(),
            order: (i as u64, Uuid::nil(), i as u64),
            id: Uuid::nil(),
            at: jiff::Timestamp::UNIX_EPOCH,
        });
    }
    let merged = m.finish(edits.len());
    (merged.session, merged.ids)
}

struct Merger {
    session: Session,
    lists: [Vec<(RowId, Row)>; 7],
    /// Rows removed, with who removed them.
    removed: HashMap<(List, RowId), (Row, Uuid)>,
    last: HashMap<Slot, Last>,
    /// Who last changed each row.
    editor: HashMap<(List, RowId), Uuid>,
    /// What the edits of a slot saw, for a hand edit of the file since.
    seen: HashMap<Slot, Seen>,
    set_aside: Vec<SetAside>,
    orphans: usize,
}

impl Merger {
    fn new(session: &Session, ids: &Ids) -> Merger {
        let mut lists: [Vec<(RowId, Row)>; 7] = Default::default();
        for list in List::ALL {
            lists[list.index()] = ids
                .get(list)
                .iter()
                .cloned()
                .zip(rows(session, list))
                .collect();
        }
        Merger {
            session: session.clone(),
            lists,
            removed: HashMap::new(),
            last: HashMap::new(),
            editor: HashMap::new(),
            seen: HashMap::new(),
            set_aside: Vec::new(),
            orphans: 0,
        }
    }

    fn finish(mut self, edits: usize) -> Merged {
        let mut session = self.session;
        let mut ids = Ids::default();
        for list in List::ALL {
            let entries = std::mem::take(&mut self.lists[list.index()]);
            let (row_ids, values): (Vec<RowId>, Vec<Row>) = entries.into_iter().unzip();
            *ids.get_mut(list) = row_ids;
            set_rows(&mut session, list, values);
        }
        Merged {
            session,
            ids,
            set_aside: self.set_aside,
            orphans: self.orphans,
            edits,
        }
    }

    fn position(&self, list: List, row: &str) -> Option<usize> {
        self.lists[list.index()]
            .iter()
            .position(|(id, _)| id == row)
    }

    /// Notes a value written in `slot`; reports the one it replaces when
    /// its author had not seen it.
    fn write(&mut self, slot: Slot, spot: Spot, to: Value, was: Value, op: &SetupOp) {
        let seen = self.seen.entry(slot.clone()).or_insert_with(|| Seen {
            spot: spot.clone(),
            first: was.clone(),
            values: Vec::new(),
        });
        seen.values.push(was.clone());
        seen.spot = spot.clone();
        if let Some(last) = self.last.get(&slot)
            && last.device != op.device
            && last.value != was
            && last.value != to
        {
            self.set_aside.push(SetAside {
                why: Why::Replaced {
                    spot,
                    lost: last.value.clone(),
                    kept: to.clone(),
                },
                device: Some(last.device),
                kept_device: Some(op.device),
                at: op.at,
            });
        }
        self.last.insert(
            slot,
            Last {
                value: to,
                device: op.device,
            },
        );
    }

    fn apply(&mut self, op: &SetupOp) {
        match &op.edit {
            Edit::Set { to, was } => {
                let slot = Slot::Field(to.slot());
                self.write(
                    slot,
                    Spot::Field,
                    Value::Field(to.clone()),
                    Value::Field(was.clone()),
                    op,
                );
                to.clone().set(&mut self.session);
            }
            Edit::Cell { list, row, to, was } => {
                let Some(i) = self.position(*list, row) else {
                    self.gone(*list, row, op);
                    return;
                };
                let label = self.lists[list.index()][i].1.label();
                let slot = Slot::Cell(*list, row.clone(), to.slot());
                self.write(
                    slot,
                    Spot::Cell {
                        list: *list,
                        row: label,
                    },
                    Value::Cell(to.clone()),
                    Value::Cell(was.clone()),
                    op,
                );
                if self.lists[list.index()][i].1.set(to.clone()) {
                    self.editor.insert((*list, row.clone()), op.device);
                }
            }
            Edit::Add {
                list,
                row,
                after,
                value,
            } => {
                if value.list() != *list {
                    self.orphans += 1;
                    return;
                }
                self.removed.remove(&(*list, row.clone()));
                let entries = &mut self.lists[list.index()];
                if let Some(i) = entries.iter().position(|(id, _)| id == row) {
                    entries.remove(i);
                }
                let at = match after {
                    None => 0,
                    Some(a) => entries
                        .iter()
                        .position(|(id, _)| id == a)
                        .map_or(entries.len(), |i| i + 1),
                };
                entries.insert(at, (row.clone(), value.clone()));
                self.editor.insert((*list, row.clone()), op.device);
            }
            Edit::Remove { list, row, was } => {
                let Some(i) = self.position(*list, row) else {
                    // Removed twice (two screens at once) is removed.
                    if !self.removed.contains_key(&(*list, row.clone())) {
                        self.orphans += 1;
                    }
                    return;
                };
                let (_, value) = self.lists[list.index()].remove(i);
                if value != *was
                    && let Some(&by) = self.editor.get(&(*list, row.clone()))
                    && by != op.device
                {
                    self.set_aside.push(SetAside {
                        why: Why::RemovedWhileChanged {
                            list: *list,
                            row: value.label(),
                        },
                        device: Some(by),
                        kept_device: Some(op.device),
                        at: op.at,
                    });
                }
                self.removed
                    .insert((*list, row.clone()), (value, op.device));
            }
            Edit::Order { list, rows } => {
                let old = std::mem::take(&mut self.lists[list.index()]);
                let mut by_id: HashMap<&str, usize> = HashMap::new();
                for (i, (id, _)) in old.iter().enumerate() {
                    by_id.insert(id.as_str(), i);
                }
                let mut order: Vec<usize> = Vec::with_capacity(old.len());
                for id in rows {
                    if let Some(&i) = by_id.get(id.as_str())
                        && !order.contains(&i)
                    {
                        order.push(i);
                    }
                }
                // Rows the order does not name stay after the row they
                // followed.
                for i in 0..old.len() {
                    if order.contains(&i) {
                        continue;
                    }
                    let at = if i == 0 {
                        0
                    } else {
                        order.iter().position(|&j| j == i - 1).map_or(0, |p| p + 1)
                    };
                    order.insert(at, i);
                }
                let mut old: Vec<Option<(RowId, Row)>> = old.into_iter().map(Some).collect();
                self.lists[list.index()] =
                    order.into_iter().filter_map(|i| old[i].take()).collect();
            }
            Edit::Round { round, to, was } => {
                let slot = Slot::Round(*round);
                let rounds = match &mut self.session.rotation {
                    Rotation::Groups(r) | Rotation::People(r) => r,
                    Rotation::Auto => {
                        self.orphans += 1;
                        return;
                    }
                };
                let Some(seating) = rounds.get_mut(*round as usize) else {
                    self.orphans += 1;
                    return;
                };
                *seating = to.clone();
                self.write(
                    slot,
                    Spot::Round(*round),
                    Value::Round(to.clone()),
                    Value::Round(was.clone()),
                    op,
                );
            }
        }
    }

    /// An edit of a row that is not there: removed elsewhere (said), or
    /// not known at all.
    fn gone(&mut self, list: List, row: &str, op: &SetupOp) {
        match self.removed.get(&(list, row.to_string())) {
            Some((value, by)) if *by != op.device => self.set_aside.push(SetAside {
                why: Why::ChangedWhileRemoved {
                    list,
                    row: value.label(),
                },
                device: Some(op.device),
                kept_device: Some(*by),
                at: op.at,
            }),
            Some(_) => {}
            None => self.orphans += 1,
        }
    }

    /// `session.ron` changed by hand on a slot after set-up edits began
    /// on it: when no edit saw the file's new value, the hand edit is the
    /// last word and the session takes it (said: it replaced an edit);
    /// an edit that saw it stays the last word.
    fn file_differences(&mut self, base: &Session) {
        let base_ids = Ids::of_base(base);
        let mut found = Vec::new();
        for (slot, seen) in &self.seen {
            let file = match slot {
                Slot::Field(n) => Some(Value::Field(Field::all_of(base)[usize::from(*n)].clone())),
                Slot::Cell(list, row, n) => base_ids
                    .get(*list)
                    .iter()
                    .position(|id| id == row)
                    .and_then(|i| rows(base, *list).get(i).and_then(|r| r.cell(*n)))
                    .map(Value::Cell),
                Slot::Round(r) => match &base.rotation {
                    Rotation::Groups(rs) | Rotation::People(rs) => {
                        rs.get(*r as usize).cloned().map(Value::Round)
                    }
                    Rotation::Auto => None,
                },
            };
            let (Some(file), Some(last)) = (file, self.last.get(slot)) else {
                continue;
            };
            if file == seen.first || file == last.value || seen.values.contains(&file) {
                continue;
            }
            found.push((
                slot.clone(),
                seen.spot.clone(),
                file,
                last.value.clone(),
                last.device,
            ));
        }
        // The same on every laptop: in a fixed order, not the map's.
        found.sort_by_key(|a| slot_order(&a.0));
        for (slot, spot, file, lost, device) in found {
            self.put(&slot, file.clone());
            self.set_aside.push(SetAside {
                why: Why::File { spot, file, lost },
                device: Some(device),
                kept_device: None,
                at: jiff::Timestamp::UNIX_EPOCH,
            });
        }
    }

    /// Puts `value` in `slot` of the session being merged.
    fn put(&mut self, slot: &Slot, value: Value) {
        match (slot, value) {
            (Slot::Field(_), Value::Field(f)) => f.set(&mut self.session),
            (Slot::Cell(list, row, _), Value::Cell(c)) => {
                if let Some(i) = self.position(*list, row) {
                    self.lists[list.index()][i].1.set(c);
                }
            }
            (Slot::Round(r), Value::Round(seating)) => {
                if let Rotation::Groups(rs) | Rotation::People(rs) = &mut self.session.rotation
                    && let Some(x) = rs.get_mut(*r as usize)
                {
                    *x = seating;
                }
            }
            _ => {}
        }
    }
}

fn slot_order(slot: &Slot) -> (u8, Option<List>, String, u32) {
    match slot {
        Slot::Field(n) => (0, None, String::new(), u32::from(*n)),
        Slot::Cell(list, row, n) => (1, Some(*list), row.clone(), u32::from(*n)),
        Slot::Round(r) => (2, None, String::new(), *r),
    }
}

/// The edits that make `after` of `before` (each list's rows named by
/// their ids), in the order they are to be written: the session's own
/// fields, then list by list its removed, added and changed rows and its
/// order, then the rotation's rounds.
pub fn diff(before: (&Session, &Ids), after: (&Session, &Ids)) -> Vec<Edit> {
    let (b, bids) = before;
    let (a, aids) = after;
    let mut out = Vec::new();
    // The rotation goes last: it names tables.
    let mut rotation = Vec::new();
    let (bf, af) = (Field::all_of(b), Field::all_of(a));
    for (was, to) in bf.into_iter().zip(af) {
        if was == to {
            continue;
        }
        let (Field::Rotation(rb), Field::Rotation(ra)) = (&was, &to) else {
            out.push(Edit::Set { to, was });
            continue;
        };
        // Round by round when a hand-written rotation keeps its shape.
        match (rb, ra) {
            (Rotation::Groups(x), Rotation::Groups(y))
            | (Rotation::People(x), Rotation::People(y))
                if x.len() == y.len() =>
            {
                for (i, (sx, sy)) in x.iter().zip(y).enumerate() {
                    if sx != sy {
                        rotation.push(Edit::Round {
                            round: i as u32,
                            to: sy.clone(),
                            was: sx.clone(),
                        });
                    }
                }
            }
            _ => rotation.push(Edit::Set { to, was }),
        }
    }
    for list in List::ALL {
        let (bi, ai) = (bids.get(list), aids.get(list));
        let (br, ar) = (rows(b, list), rows(a, list));
        let old: HashMap<&str, &Row> = bi.iter().map(String::as_str).zip(&br).collect();
        let new: HashMap<&str, &Row> = ai.iter().map(String::as_str).zip(&ar).collect();
        // What the order becomes from the removals and additions alone.
        let mut expected: Vec<&str> = bi
            .iter()
            .map(String::as_str)
            .filter(|id| new.contains_key(id))
            .collect();
        for (id, row) in bi.iter().zip(&br) {
            if !new.contains_key(id.as_str()) {
                out.push(Edit::Remove {
                    list,
                    row: id.clone(),
                    was: row.clone(),
                });
            }
        }
        for (i, (id, row)) in ai.iter().zip(&ar).enumerate() {
            if old.contains_key(id.as_str()) {
                continue;
            }
            let after = i.checked_sub(1).map(|p| ai[p].clone());
            let at = match &after {
                None => 0,
                Some(p) => expected
                    .iter()
                    .position(|x| x == p)
                    .map_or(expected.len(), |x| x + 1),
            };
            expected.insert(at, id.as_str());
            out.push(Edit::Add {
                list,
                row: id.clone(),
                after,
                value: row.clone(),
            });
        }
        for (id, row) in ai.iter().zip(&ar) {
            let Some(was) = old.get(id.as_str()) else {
                continue;
            };
            for (cb, ca) in was.cells().into_iter().zip(row.cells()) {
                if cb != ca {
                    out.push(Edit::Cell {
                        list,
                        row: id.clone(),
                        to: ca,
                        was: cb,
                    });
                }
            }
        }
        if expected.iter().copied().ne(ai.iter().map(String::as_str)) {
            out.push(Edit::Order {
                list,
                rows: ai.to_vec(),
            });
        }
    }
    out.extend(rotation);
    out
}

#[cfg(test)]
mod tests;
