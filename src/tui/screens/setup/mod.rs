//! The set-up screen (`tablee setup SESSION`): an organiser prepares the
//! session without touching RON. Eight sections — the session itself,
//! topics, tables, groups, participants, agenda, the débat mouvant's
//! statements and the rotation (planned by tablee, or written by hand
//! round by round) — each a table of rows:
//! ↑↓ choose a row, ←→ a field, Enter types it (or, for a kind, a board or
//! a language, moves to the next choice), `a` adds a row, Delete removes
//! one, Alt-↑↓ reorder, Ctrl-Z undoes. The rotation and what `check` would
//! say follow every change; Ctrl-S writes only the sections that changed,
//! so the file keeps its comments and layout everywhere else.
//!
//! Nothing here touches the disk. In the room's runtime, Ctrl-S writes
//! what changed as set-up events ([`crate::core::edits`]), one per field
//! or row, through the store like any other event; what other laptops
//! save arrives the same way and is merged under what is being typed
//! ([`State::follow`]), and a change of this screen's that the merge set
//! aside is said. A session not on disk yet (`tablee setup` alone) is
//! written whole at its first save by the set-up loop ([`Request::Save`],
//! [`State::saved`]), then handed over to the runtime.

pub mod keys;
pub mod view;

use crate::core::edits::{self, Edit, Ids, List};
use crate::core::model::{
    BoardKind, Group, Phase, PhaseKind, Rotation, Seating, Session, Table, Topic,
};
use crate::i18n::Lang;
use crate::i18n::prelude::*;
use crate::i18n::setup_screen::{
    answers_text, board_text, lang_name, materials_text, parse_answers, parse_materials,
};
use crate::tui::context::{Cx, Go, Look, Target};
use crate::tui::editor::Editor;
use crate::tui::msg::{Act, Msg, Nav};
use crate::tui::room::Room;
use crate::tui::screens::Screen;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The sections, in screen order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Session,
    Topics,
    Tables,
    Groups,
    People,
    Agenda,
    /// The débat mouvant's statements, in the order they are put.
    Statements,
    /// The questionnaires' questions, one row each.
    Questions,
    /// Who sits where in each round: one row per round, one field per
    /// table.
    Rotation,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Session,
        Section::Topics,
        Section::Tables,
        Section::Groups,
        Section::People,
        Section::Agenda,
        Section::Statements,
        Section::Questions,
        Section::Rotation,
    ];

    pub fn index(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The session's list of rows this section shows, if it is one.
    fn list(self) -> Option<List> {
        match self {
            Section::Topics => Some(List::Topics),
            Section::Tables => Some(List::Tables),
            Section::Groups => Some(List::Groups),
            Section::People => Some(List::Participants),
            Section::Agenda => Some(List::Agenda),
            Section::Statements => Some(List::Statements),
            Section::Questions => Some(List::Questions),
            Section::Session | Section::Rotation => None,
        }
    }

    /// The column heads (the session's own section has one value per row).
    pub fn heads(self, lang: Lang) -> &'static [&'static str] {
        let w = lang.setup_screen();
        match self {
            Section::Session => &[""],
            Section::Topics => &w.topic_heads,
            Section::Tables => &w.table_heads,
            Section::Groups => &w.group_heads,
            Section::People => &w.person_heads,
            Section::Agenda => &w.agenda_heads,
            Section::Statements => &w.statement_heads,
            Section::Questions => &w.question_heads,
            // The tables' keys, drawn from the session.
            Section::Rotation => &[],
        }
    }
}

/// What `check` says of the session and the rotation it gives, worked out
/// once per change (not at every frame).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub problems: Vec<crate::core::validate::Problem>,
    /// None while an error keeps the session from being planned.
    pub schedule: Option<crate::core::plan::Schedule>,
}

impl Checked {
    pub fn of(session: &Session) -> Checked {
        use crate::core::validate::Severity;
        let problems = crate::i18n::templates::validate(session);
        let errors = problems.iter().any(|p| p.severity == Severity::Error);
        let schedule = if errors {
            None
        } else {
            crate::core::plan::schedule(session).ok()
        };
        Checked { problems, schedule }
    }
}

/// What the screen asks of its loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Write what changed ([`State::edits`]; the whole session when it is
    /// not on disk yet).
    Save,
    Quit,
    Help,
}

/// Where the screen stands (a screen handed over keeps it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub section: Section,
    pub rows: [usize; Section::ALL.len()],
    pub field: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// What is being prepared.
    pub session: Session,
    /// Its rows' ids, list by list (they name rows in the set-up events).
    pub ids: Ids,
    /// As it is on disk (the file with every set-up event read so far).
    pub saved: Session,
    pub saved_ids: Ids,
    /// The merge's set-aside changes already seen (said, or there when
    /// the screen opened).
    set_aside_seen: Vec<edits::SetAside>,
    /// A change of the set-up that the merge set aside: said until the
    /// next save.
    pub said: Option<String>,
    pub section: Section,
    /// The selected row of each section.
    pub rows: [usize; Section::ALL.len()],
    pub field: usize,
    /// The field being typed, with what it held.
    pub editor: Option<Editor>,
    pub undo: Vec<(Session, Ids)>,
    pub redo: Vec<(Session, Ids)>,
    /// A short message until the next key.
    pub notice: Option<String>,
    /// Quit was asked with changes not saved.
    pub quitting: bool,
    /// Not on disk yet (`tablee setup` with no session): the first save
    /// writes every field and names the folder.
    pub on_disk: bool,
    pub lang: Lang,
    /// What `check` says of [`Setup::session`] as it is now.
    pub checked: Checked,
    /// Counts the changes to the session (each one checked once).
    changes: u64,
    /// The council's register: the names of people seated by id.
    pub register: crate::core::register::Register,
}

impl State {
    pub fn new(session: Session, lang: Lang) -> State {
        let ids = Ids::of_base(&session);
        State {
            saved_ids: ids.clone(),
            ids,
            set_aside_seen: Vec::new(),
            said: None,
            saved: session.clone(),
            checked: Checked::of(&session),
            changes: 0,
            session,
            section: Section::Session,
            rows: [0; Section::ALL.len()],
            field: 0,
            editor: None,
            undo: Vec::new(),
            redo: Vec::new(),
            notice: None,
            quitting: false,
            on_disk: true,
            lang,
            register: crate::core::register::Register::new(),
        }
    }

    /// The name a seat shows (a register id's person, or the name typed).
    pub fn seat_name(&self, seat: &str) -> String {
        crate::i18n::register::seat_name(&self.register, seat, self.lang)
    }

    /// A session not on disk yet: every field counts as changed until the
    /// first save.
    pub fn unsaved(session: Session, lang: Lang) -> State {
        State {
            on_disk: false,
            ..State::new(session, lang)
        }
    }

    pub fn bindings(&self) -> &'static crate::tui::keys::Bindings {
        if self.editor.is_some() {
            &keys::FIELD
        } else {
            &keys::TABLE
        }
    }

    /// The session with the set-up of the room: as merged from the file
    /// and the journals, with its rows' ids and what was set aside.
    pub fn merged(merged: &edits::Merged, lang: Lang) -> State {
        State {
            ids: merged.ids.clone(),
            saved_ids: merged.ids.clone(),
            set_aside_seen: merged.set_aside.clone(),
            ..State::new(merged.session.clone(), lang)
        }
    }

    pub fn cursor(&self) -> Cursor {
        Cursor {
            section: self.section,
            rows: self.rows,
            field: self.field,
        }
    }

    pub fn set_cursor(&mut self, c: Cursor) {
        (self.section, self.rows, self.field) = (c.section, c.rows, c.field);
        self.field = self.field.min(self.width(self.section).saturating_sub(1));
        self.clamp();
    }

    /// What changed since the last save, one edit per field or row.
    pub fn edits(&self) -> Vec<Edit> {
        edits::diff((&self.saved, &self.saved_ids), (&self.session, &self.ids))
    }

    /// Whether something is not saved yet.
    pub fn is_changed(&self) -> bool {
        !self.on_disk || self.session != self.saved || self.ids != self.saved_ids
    }

    /// What other laptops (or this one) saved, as merged from the journals:
    /// it becomes what is on disk, and what is typed here and not saved yet
    /// is laid over it again (undo too). A change of this screen's that the
    /// merge set aside is said.
    pub fn follow(&mut self, merged: &edits::Merged, me: Option<uuid::Uuid>) {
        // New ones by what they say, not by how many there are: one can
        // come as another goes (a hand edit of the file settled).
        let new: Vec<&edits::SetAside> = merged
            .set_aside
            .iter()
            .filter(|a| !self.set_aside_seen.contains(a))
            .collect();
        if let Some(last) = new.last() {
            let mut text = crate::i18n::setup_screen::set_aside(last, me, self.lang);
            if new.len() > 1 {
                text.push_str(&format!(" (+{})", new.len() - 1));
            }
            self.said = Some(text);
            self.set_aside_seen = merged.set_aside.clone();
        }
        if merged.session == self.saved && merged.ids == self.saved_ids {
            return;
        }
        let over = |s: &Session, ids: &Ids, old: (&Session, &Ids)| {
            let mine = edits::diff(old, (s, ids));
            edits::apply(&merged.session, &merged.ids, &mine)
        };
        let old = (self.saved.clone(), self.saved_ids.clone());
        let old = (&old.0, &old.1);
        (self.session, self.ids) = over(&self.session, &self.ids, old);
        for (s, ids) in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            (*s, *ids) = over(s, ids, old);
        }
        self.saved = merged.session.clone();
        self.saved_ids = merged.ids.clone();
        self.changes += 1;
        self.checked = Checked::of(&self.session);
        self.clamp();
    }

    /// The set-up loop wrote the session not on disk yet (or could not:
    /// why).
    pub fn saved(&mut self, outcome: Result<(), String>) {
        let w = self.lang.setup_screen();
        match outcome {
            Ok(()) => {
                self.saved = self.session.clone();
                self.saved_ids = self.ids.clone();
                self.on_disk = true;
                self.notice = Some(w.saved.to_string());
            }
            Err(why) => {
                self.notice = Some(format!("{}{}{why}", w.not_saved, self.lang.colon()));
            }
        }
    }

    /// Saved as set-up events (written by the store).
    pub fn saved_as_events(&mut self) {
        self.saved = self.session.clone();
        self.saved_ids = self.ids.clone();
        self.said = None;
        self.notice = Some(self.lang.setup_screen().saved.to_string());
    }

    /// How many rows the section has.
    pub fn len(&self, section: Section) -> usize {
        let s = &self.session;
        match section {
            Section::Session => 7,
            Section::Topics => s.topics.len(),
            Section::Tables => s.tables.len(),
            Section::Groups => s.groups.len(),
            Section::People => s.participants.len(),
            Section::Agenda => s.agenda.len(),
            Section::Statements => s.statements.len(),
            Section::Questions => s.questionnaires.iter().map(|q| q.questions.len()).sum(),
            Section::Rotation => s.round_phases(),
        }
    }

    /// How many fields a row of the section has.
    pub fn width(&self, section: Section) -> usize {
        match section {
            Section::Session | Section::People | Section::Statements => 1,
            Section::Groups | Section::Questions => 3,
            Section::Agenda => 6,
            Section::Topics => 4,
            Section::Tables => 5,
            Section::Rotation => self.session.tables.len().max(1),
        }
    }

    pub fn row(&self) -> usize {
        self.rows[self.section.index()]
    }

    /// The cells of a row, as shown and as typed over.
    pub fn cells(&self, section: Section, row: usize) -> Vec<String> {
        let s = &self.session;
        let lang = self.lang;
        let num = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        match section {
            Section::Session => vec![match row {
                0 => s.title.clone(),
                1 => s.date.map(|d| d.to_string()).unwrap_or_default(),
                2 => s
                    .start
                    .map(|t| t.strftime("%H:%M").to_string())
                    .unwrap_or_default(),
                3 => s.place.clone(),
                4 => s.organiser.clone(),
                5 => lang_name(s.lang).to_string(),
                _ => s.answer_within.map(|d| d.to_string()).unwrap_or_default(),
            }],
            Section::Topics => s.topics.get(row).map_or_else(Vec::new, |t| {
                vec![
                    t.key.clone(),
                    t.title.clone(),
                    t.question.clone(),
                    board_text(&t.board, lang),
                ]
            }),
            Section::Tables => s.tables.get(row).map_or_else(Vec::new, |t| {
                let w = lang.setup_screen();
                vec![
                    t.key.clone(),
                    t.topic.clone(),
                    t.host.clone(),
                    num(t.seats),
                    if t.whole_room { w.yes } else { w.no }.to_string(),
                ]
            }),
            Section::Groups => s.groups.get(row).map_or_else(Vec::new, |g| {
                vec![g.key.clone(), g.name.clone(), num(g.size)]
            }),
            Section::People => s
                .participants
                .get(row)
                .map_or_else(Vec::new, |p| vec![self.seat_name(p)]),
            Section::Agenda => s.agenda.get(row).map_or_else(Vec::new, |p| {
                vec![
                    p.kind.label(lang).to_string(),
                    p.title.clone(),
                    match p.up_to {
                        Some(u) => format!("{}-{u}", p.minutes),
                        None => p.minutes.to_string(),
                    },
                    p.lead.clone(),
                    p.description.clone(),
                    materials_text(&p.materials),
                ]
            }),
            Section::Statements => s
                .statements
                .get(row)
                .map_or_else(Vec::new, |p| vec![p.clone()]),
            Section::Questions => edits::question_rows(&s.questionnaires)
                .get(row)
                .map_or_else(Vec::new, |q| {
                    vec![
                        q.form.clone(),
                        q.question.text.clone(),
                        answers_text(&q.question.answers, lang),
                    ]
                }),
            Section::Rotation => {
                let w = lang.setup_screen();
                let seats = self.seating_of(row);
                s.tables
                    .iter()
                    .enumerate()
                    .map(|(t, table)| {
                        if table.whole_room {
                            w.whole_room.to_string()
                        } else {
                            seats.get(t).map(|who| who.join(", ")).unwrap_or_default()
                        }
                    })
                    .collect()
            }
        }
    }

    /// Who sits at each table in round `row` (0-based), as the rotation
    /// stands: the plan tablee makes, or the one written by hand.
    fn seating_of(&self, row: usize) -> Vec<Vec<String>> {
        let s = &self.session;
        match (&s.rotation, &self.checked.schedule) {
            (Rotation::Groups(rounds) | Rotation::People(rounds), _) => {
                let seating = rounds.get(row);
                s.tables
                    .iter()
                    .map(|t| {
                        seating
                            .and_then(|m| m.get(&t.key))
                            .cloned()
                            .unwrap_or_default()
                    })
                    .collect()
            }
            (Rotation::Auto, Some(sch)) => sch.rounds.get(row).cloned().unwrap_or_default(),
            (Rotation::Auto, None) => Vec::new(),
        }
    }

    /// The rotation as written by hand: the plan on screen, every round.
    fn rotation_by_hand(&self) -> Vec<Seating> {
        let s = &self.session;
        (0..s.round_phases())
            .map(|r| {
                s.tables
                    .iter()
                    .zip(self.seating_of(r))
                    .filter(|(t, who)| !who.is_empty() && !t.whole_room)
                    .map(|(t, who)| (t.key.clone(), who))
                    .collect()
            })
            .collect()
    }

    /// Fields that go to their next choice instead of being typed.
    fn is_choice(section: Section, row: usize, field: usize) -> bool {
        matches!(
            (section, row, field),
            (Section::Session, 5, _) | (Section::Agenda, _, 0) | (Section::Tables, _, 4)
        )
    }

    /// Fields that cannot be typed: the whole room's table in the
    /// rotation (no round rotates through it).
    fn is_fixed(&self, section: Section, field: usize) -> bool {
        section == Section::Rotation && self.session.tables.get(field).is_none_or(|t| t.whole_room)
    }

    pub fn act(&mut self, msg: Msg) -> Option<Request> {
        let before = self.changes;
        let request = self.handle(msg);
        if self.changes != before {
            self.checked = Checked::of(&self.session);
        }
        request
    }

    fn handle(&mut self, msg: Msg) -> Option<Request> {
        self.notice = None;
        match msg {
            // Ctrl-Q and F1 work while typing too: the field is left as it was.
            Msg::Quit => self.editor = None,
            Msg::Help if self.editor.is_some() => return Some(Request::Help),
            _ if self.editor.is_some() => return self.typing(msg),
            _ => {}
        }
        let was_quitting = std::mem::take(&mut self.quitting);
        let n = self.len(self.section);
        let i = self.section.index();
        match msg {
            Msg::Nav(Nav::Up) => self.rows[i] = self.rows[i].saturating_sub(1),
            Msg::Nav(Nav::Down) => self.rows[i] = (self.rows[i] + 1).min(n.saturating_sub(1)),
            Msg::Nav(Nav::PageUp) => self.rows[i] = self.rows[i].saturating_sub(10),
            Msg::Nav(Nav::PageDown) => {
                self.rows[i] = (self.rows[i] + 10).min(n.saturating_sub(1));
            }
            Msg::Nav(Nav::Home) => self.rows[i] = 0,
            Msg::Nav(Nav::End) => self.rows[i] = n.saturating_sub(1),
            Msg::Nav(Nav::Left) => self.field = self.field.saturating_sub(1),
            Msg::Nav(Nav::Right) => {
                self.field = (self.field + 1).min(self.width(self.section) - 1);
            }
            Msg::Cycle(step) => {
                let k = (i as i32 + step).rem_euclid(Section::ALL.len() as i32) as usize;
                self.section = Section::ALL[k];
                self.field = 0;
            }
            Msg::Act(Act::Edit) | Msg::Submit => self.edit(),
            Msg::Act(Act::Add) => self.add(),
            Msg::Act(Act::Delete) => self.remove(),
            Msg::Act(Act::Shift(step)) => self.shift(step),
            Msg::Act(Act::Undo) => self.undo(),
            Msg::Act(Act::Redo) => self.redo(),
            Msg::Act(Act::Save) => {
                if !self.is_changed() {
                    self.notice = Some(self.lang.setup_screen().saved.to_string());
                    return None;
                }
                return Some(Request::Save);
            }
            Msg::Help => return Some(Request::Help),
            Msg::Escape | Msg::Quit => {
                if !self.is_changed() || was_quitting {
                    return Some(Request::Quit);
                }
                self.quitting = true;
                // The keys named are those bound: the one that saves, and
                // the one just pressed (Ctrl-Q, or Esc).
                let key = |m: &Msg, most| {
                    crate::tui::keys::key_of(&keys::TABLE, m, self.lang, most).unwrap_or_default()
                };
                let save = key(&crate::tui::keys::act(Act::Save), 1);
                self.notice = Some(crate::i18n::setup_screen::quit_unsaved(
                    self.lang,
                    &save,
                    &key(&msg, 2),
                ));
            }
            _ => {}
        }
        None
    }

    fn typing(&mut self, msg: Msg) -> Option<Request> {
        let ed = self.editor.as_mut()?;
        if crate::tui::msg::line_input(ed, &msg) {
            return None;
        }
        match msg {
            // Ctrl-S keeps what is typed, then saves.
            Msg::Submit | Msg::Act(Act::Save) => {
                let text = ed.text().to_string();
                match self.set(&text) {
                    Ok(()) => self.editor = None,
                    Err(why) => self.notice = Some(why.to_string()),
                }
                if msg == Msg::Act(Act::Save) && self.editor.is_none() {
                    return self.act(msg);
                }
            }
            Msg::Escape => self.editor = None,
            Msg::Act(Act::Clear) => {
                ed.clear();
            }
            Msg::Act(Act::Undo) => {
                ed.undo();
            }
            _ => {}
        }
        None
    }

    /// Enter on a field: type it, or take the next choice.
    fn edit(&mut self) {
        let (section, row, field) = (self.section, self.row(), self.field);
        if self.len(section) == 0 {
            return self.add();
        }
        if section == Section::Rotation && matches!(self.session.rotation, Rotation::People(_)) {
            self.notice = Some(self.lang.setup_screen().rotation_people.to_string());
            return;
        }
        if self.is_fixed(section, field) {
            return;
        }
        if State::is_choice(section, row, field) {
            self.remember();
            match section {
                Section::Session => {
                    self.session.lang = match self.session.lang {
                        Lang::Fr => Lang::En,
                        Lang::En => Lang::Fr,
                    };
                }
                Section::Tables => {
                    let t = &mut self.session.tables[row];
                    t.whole_room = !t.whole_room;
                }
                _ => {
                    let p = &mut self.session.agenda[row];
                    let k = PhaseKind::ALL
                        .iter()
                        .position(|x| *x == p.kind)
                        .unwrap_or(0);
                    p.kind = PhaseKind::ALL[(k + 1) % PhaseKind::ALL.len()];
                }
            }
            return;
        }
        let cell = self
            .cells(section, row)
            .get(field)
            .cloned()
            .unwrap_or_default();
        let mut ed = Editor::default();
        ed.set(&cell);
        self.editor = Some(ed);
        if (section, field) == (Section::Topics, 3) {
            self.notice = Some(self.lang.setup_screen().board_hint.to_string());
        }
    }

    /// Keeps the session as it is, for undo.
    fn remember(&mut self) {
        self.changes += 1;
        self.undo.push((self.session.clone(), self.ids.clone()));
        if self.undo.len() > 200 {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    fn undo(&mut self) {
        match self.undo.pop() {
            Some((before, ids)) => {
                self.changes += 1;
                let ids = std::mem::replace(&mut self.ids, ids);
                self.redo
                    .push((std::mem::replace(&mut self.session, before), ids));
                self.clamp();
            }
            None => self.notice = Some(self.lang.setup_screen().nothing_to_undo.to_string()),
        }
    }

    fn redo(&mut self) {
        if let Some((after, ids)) = self.redo.pop() {
            self.changes += 1;
            let ids = std::mem::replace(&mut self.ids, ids);
            self.undo
                .push((std::mem::replace(&mut self.session, after), ids));
            self.clamp();
        }
    }

    fn clamp(&mut self) {
        for s in Section::ALL {
            let n = self.len(s);
            self.rows[s.index()] = self.rows[s.index()].min(n.saturating_sub(1));
        }
    }

    /// Sets the selected field from typed text.
    fn set(&mut self, text: &str) -> Result<(), &'static str> {
        let w = self.lang.setup_screen();
        let text = crate::core::text::sanitize(text).trim().to_string();
        let (section, row, field) = (self.section, self.row(), self.field);
        let number = |t: &str| -> Result<Option<u32>, &'static str> {
            if t.is_empty() {
                Ok(None)
            } else {
                t.parse::<u32>().map(Some).map_err(|_| w.not_a_number)
            }
        };
        let required = |t: &str| {
            if t.is_empty() {
                Err(w.cannot_be_empty)
            } else {
                Ok(t.to_string())
            }
        };
        let mut s = self.session.clone();
        match section {
            Section::Session => match row {
                0 => s.title = required(&text)?,
                1 => {
                    s.date = if text.is_empty() {
                        None
                    } else {
                        Some(text.parse().map_err(|_| w.bad_date)?)
                    }
                }
                2 => {
                    s.start = if text.is_empty() {
                        None
                    } else {
                        Some(
                            jiff::civil::Time::strptime("%H:%M", &text)
                                .or_else(|_| text.parse())
                                .map_err(|_| w.bad_time)?,
                        )
                    }
                }
                3 => s.place = text,
                4 => s.organiser = text,
                6 => {
                    s.answer_within = if text.is_empty() {
                        None
                    } else {
                        Some(crate::core::delay::Delay::parse(&text).ok_or(w.bad_delay)?)
                    }
                }
                _ => {}
            },
            Section::Topics => {
                let old = s.topics[row].key.clone();
                let t = &mut s.topics[row];
                match field {
                    0 => {
                        t.key = required(&text)?;
                        // The tables follow their topic's new key.
                        for table in s.tables.iter_mut().filter(|x| x.topic == old) {
                            table.topic = text.clone();
                        }
                    }
                    1 => t.title = required(&text)?,
                    2 => t.question = text,
                    _ => t.board = parse_board(&text).ok_or(w.bad_board)?,
                }
            }
            Section::Tables => {
                let t = &mut s.tables[row];
                match field {
                    0 => t.key = required(&text)?,
                    1 => t.topic = required(&text)?,
                    2 => t.host = text,
                    _ => t.seats = number(&text)?,
                }
            }
            Section::Groups => {
                let g = &mut s.groups[row];
                match field {
                    0 => g.key = required(&text)?,
                    1 => g.name = text,
                    _ => g.size = number(&text)?,
                }
            }
            Section::People => {
                // The name shown, left as it was, keeps its seat (a
                // forgotten person's stays theirs); a name of the
                // register is seated by id.
                let text = required(&text)?;
                if text != self.seat_name(&s.participants[row]) {
                    s.participants[row] = crate::core::seats::typed(&self.register, &text);
                }
            }
            Section::Statements => s.statements[row] = required(&text)?,
            Section::Questions => {
                let mut rows = edits::question_rows(&s.questionnaires);
                match field {
                    // A questionnaire is renamed with all its questions.
                    0 => {
                        let (old, new) = (rows[row].form.clone(), required(&text)?);
                        for q in rows.iter_mut().filter(|q| q.form == old) {
                            q.form = new.clone();
                        }
                        // Named as another: its questions join that one's.
                        let order = edits::grouped_order(&rows);
                        let ids = self.ids.get_mut(List::Questions);
                        if ids.len() == order.len() {
                            *ids = order.iter().map(|&i| ids[i].clone()).collect();
                        }
                    }
                    1 => rows[row].question.text = required(&text)?,
                    _ => {
                        rows[row].question.answers =
                            parse_answers(&text, s.lang).ok_or(w.bad_answers)?
                    }
                }
                s.questionnaires = edits::questionnaires_of(rows);
            }
            Section::Rotation => {
                // Written by hand from now on: the plan on screen, with
                // this cell as typed.
                let mut rounds = self.rotation_by_hand();
                let table = s.tables[field].key.clone();
                let who: Vec<String> = text
                    .split([',', ';', ' '])
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect();
                if let Some(seating) = rounds.get_mut(row) {
                    if who.is_empty() {
                        seating.remove(&table);
                    } else {
                        seating.insert(table, who);
                    }
                }
                if s.rotation == Rotation::Auto {
                    self.notice = Some(w.rotation_by_hand.to_string());
                }
                s.rotation = Rotation::Groups(rounds);
            }
            Section::Agenda => {
                let p = &mut s.agenda[row];
                match field {
                    1 => p.title = required(&text)?,
                    3 => p.lead = text,
                    4 => p.description = text,
                    5 => p.materials = parse_materials(&text),
                    // « 20 », or a range « 5-10 » (« 5..10 », « 5 à 10 »).
                    _ => {
                        let range = text
                            .split_once("..")
                            .or_else(|| text.split_once(['-', '–']))
                            .or_else(|| text.split_once(" à "))
                            .or_else(|| text.split_once(" to "));
                        match range {
                            Some((a, b)) => {
                                let (a, b) = (number(a.trim())?, number(b.trim())?);
                                let (a, b) = (a.unwrap_or(0), b.unwrap_or(0));
                                if b <= a {
                                    return Err(w.bad_range);
                                }
                                p.minutes = a;
                                p.up_to = Some(b);
                            }
                            None => {
                                p.minutes = number(&text)?.unwrap_or(0);
                                p.up_to = None;
                            }
                        }
                    }
                }
            }
        }
        if s != self.session {
            self.remember();
            self.session = s;
        }
        Ok(())
    }

    /// A new row below the selected one, named so that it is valid.
    fn add(&mut self) {
        // The session's own fields are a fixed list; rounds come from the
        // agenda.
        if matches!(self.section, Section::Session | Section::Rotation) {
            return;
        }
        self.remember();
        let w = self.lang.setup_screen();
        let i = self.section.index();
        let at = if self.len(self.section) == 0 {
            0
        } else {
            self.rows[i] + 1
        };
        let s = &mut self.session;
        match self.section {
            Section::Session => {}
            Section::Topics => {
                let key = fresh(|k| s.topics.iter().any(|t| t.key == k), "T", 1);
                s.topics.insert(
                    at,
                    Topic {
                        key,
                        title: w.new_topic.into(),
                        question: String::new(),
                        board: BoardKind::Swot,
                    },
                );
            }
            Section::Tables => {
                let key = next_letter(&s.tables);
                let topic = s.topics.first().map(|t| t.key.clone()).unwrap_or_default();
                s.tables.insert(
                    at,
                    Table {
                        key,
                        topic,
                        host: String::new(),
                        seats: None,
                        whole_room: false,
                    },
                );
            }
            Section::Groups => {
                let key = fresh(|k| s.groups.iter().any(|g| g.key == k), "", 1);
                s.groups.insert(
                    at,
                    Group {
                        key,
                        name: String::new(),
                        size: None,
                    },
                );
            }
            Section::People => {
                let base = format!("{} ", w.new_person);
                let name = fresh(|k| s.participants.iter().any(|p| *p == k), &base, 1);
                s.participants.insert(at, name);
            }
            Section::Statements => {
                s.statements.insert(at, w.new_statement.to_string());
            }
            Section::Questions => {
                let mut rows = edits::question_rows(&s.questionnaires);
                // In the questionnaire of the row it follows.
                let form = rows
                    .get(at.saturating_sub(1))
                    .map_or_else(|| w.new_questionnaire.to_string(), |q| q.form.clone());
                rows.insert(
                    at,
                    edits::QuestionRow {
                        form,
                        question: crate::core::questionnaire::Question {
                            text: w.new_question.to_string(),
                            answers: crate::core::questionnaire::Answers::Scale(
                                crate::i18n::setup_screen::default_scale(s.lang),
                            ),
                        },
                    },
                );
                s.questionnaires = edits::questionnaires_of(rows);
            }
            Section::Rotation => {}
            Section::Agenda => {
                let rounds = s
                    .agenda
                    .iter()
                    .filter(|p| p.kind == PhaseKind::Round)
                    .count();
                s.agenda.insert(
                    at,
                    Phase::new(
                        PhaseKind::Round,
                        format!("{} {}", w.new_round, rounds + 1),
                        20,
                    ),
                );
            }
        }
        if let Some(list) = self.section.list() {
            self.ids
                .get_mut(list)
                .insert(at, Ids::fresh(uuid::Uuid::new_v4()));
        }
        self.rows[i] = at;
        // A new row is typed from its first field.
        self.field = 0;
    }

    fn remove(&mut self) {
        let (section, row) = (self.section, self.row());
        if section == Section::Rotation {
            // Given back to tablee's planning.
            if self.session.rotation != Rotation::Auto {
                self.remember();
                self.session.rotation = Rotation::Auto;
                self.notice = Some(self.lang.setup_screen().rotation_auto.to_string());
            }
            return;
        }
        if section == Section::Session || self.len(section) == 0 {
            return;
        }
        self.remember();
        let s = &mut self.session;
        match section {
            Section::Topics => {
                s.topics.remove(row);
            }
            Section::Tables => {
                s.tables.remove(row);
            }
            Section::Groups => {
                s.groups.remove(row);
            }
            Section::People => {
                s.participants.remove(row);
            }
            Section::Agenda => {
                s.agenda.remove(row);
            }
            Section::Statements => {
                s.statements.remove(row);
            }
            Section::Questions => {
                let mut rows = edits::question_rows(&s.questionnaires);
                rows.remove(row);
                s.questionnaires = edits::questionnaires_of(rows);
            }
            Section::Session | Section::Rotation => {}
        }
        if let Some(list) = section.list() {
            self.ids.get_mut(list).remove(row);
        }
        self.clamp();
        self.notice = Some(self.lang.setup_screen().removed.to_string());
    }

    fn shift(&mut self, step: i32) {
        let (section, row) = (self.section, self.row());
        let n = self.len(section);
        let to = row as i32 + step;
        if matches!(section, Section::Session | Section::Rotation) || to < 0 || to as usize >= n {
            return;
        }
        let to = to as usize;
        self.remember();
        let s = &mut self.session;
        match section {
            Section::Topics => s.topics.swap(row, to),
            Section::Tables => s.tables.swap(row, to),
            Section::Groups => s.groups.swap(row, to),
            Section::People => s.participants.swap(row, to),
            Section::Agenda => s.agenda.swap(row, to),
            Section::Statements => s.statements.swap(row, to),
            // Within its questionnaire (rename one to move questions
            // between them).
            Section::Questions => {
                let mut rows = edits::question_rows(&s.questionnaires);
                if rows[row].form != rows[to].form {
                    return;
                }
                rows.swap(row, to);
                s.questionnaires = edits::questionnaires_of(rows);
            }
            Section::Session | Section::Rotation => {}
        }
        if let Some(list) = section.list() {
            self.ids.get_mut(list).swap(row, to);
        }
        self.rows[section.index()] = to;
    }
}

impl State {
    /// The set-up of the room's session (as merged from the file and the
    /// journals), in the room's language.
    pub fn of_room(room: &Room) -> State {
        State {
            register: room.register.clone(),
            ..State::merged(&room.setup, room.display.lang)
        }
    }
}

/// In the room's runtime: a save writes the changes as set-up events
/// (through the store, like post-its); what other laptops save arrives
/// with the room's merge.
impl Screen for State {
    fn open(target: &Target, room: &Room) -> Option<State> {
        (*target == Target::Setup).then(|| State::of_room(room))
    }

    fn answers(&self, target: &Target) -> bool {
        *target == Target::Setup
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        match self.act(msg) {
            Some(Request::Save) => {
                for edit in self.edits() {
                    cx.emit(crate::core::event::Body::Setup(edit));
                }
                self.saved_as_events();
            }
            Some(Request::Help) => cx.open(Target::Help),
            // The screen asked first when something was not saved.
            Some(Request::Quit) => cx.go(Go::QuitNow),
            None => {}
        }
    }

    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        view::view(
            self,
            &look.theme,
            look.room.display.banner.as_deref(),
            area,
            buf,
        );
    }

    fn bindings(&self) -> &'static crate::tui::keys::Bindings {
        State::bindings(self)
    }

    fn refresh(&mut self, room: &Room) {
        if self.register != room.register {
            self.register = room.register.clone();
        }
        self.follow(&room.setup, Some(room.laptop.stamper.device));
    }

    fn has_draft(&self) -> bool {
        self.editor.is_some() || self.is_changed()
    }
}

/// The board a field's text says; None when it says none.
pub fn parse_board(text: &str) -> Option<BoardKind> {
    let folded = crate::core::text::fold(text.trim());
    match folded.as_str() {
        "" | "swot" | "afom" => Some(BoardKind::Swot),
        "question" | "question ouverte" | "open question" => Some(BoardKind::Question),
        _ if text.contains('|') => Some(BoardKind::Columns(
            text.split('|')
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect(),
        )),
        _ => None,
    }
}

/// The first of `prefix1`, `prefix2`… not taken.
fn fresh(taken: impl Fn(&str) -> bool, prefix: &str, from: usize) -> String {
    (from..)
        .map(|n| format!("{prefix}{n}"))
        .find(|k| !taken(k))
        .unwrap_or_default()
}

/// The next table letter: A, B… Z, then A2, B2…
fn next_letter(tables: &[Table]) -> String {
    (0..)
        .map(|n: usize| {
            let letter = char::from(b'A' + (n % 26) as u8);
            if n < 26 {
                letter.to_string()
            } else {
                format!("{letter}{}", n / 26 + 1)
            }
        })
        .find(|k| !tables.iter().any(|t| &t.key == k))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boards_read_as_typed() {
        assert_eq!(parse_board("swot"), Some(BoardKind::Swot));
        assert_eq!(parse_board(" Question "), Some(BoardKind::Question));
        assert_eq!(
            parse_board("Ce qui marche | Ce qui manque"),
            Some(BoardKind::Columns(vec![
                "Ce qui marche".into(),
                "Ce qui manque".into()
            ]))
        );
        assert_eq!(parse_board("nope"), None);
        for b in [
            BoardKind::Swot,
            BoardKind::Question,
            BoardKind::Columns(vec!["A".into(), "B".into()]),
        ] {
            assert_eq!(parse_board(&board_text(&b, Lang::Fr)), Some(b));
        }
    }
}
