//! The note-taker's screen: one table's SWOT board, typed into directly.
//!
//! Two foci. **Typing** (the default): every printable key goes into the
//! input line, Enter saves the post-it into the chosen quadrant. **Board**
//! (entered with ↑): Enter edits, Delete deletes, Alt chords move, merge,
//! split and vote; every printable key goes back to typing with that
//! character, so a note-taker who forgets where they are and types a
//! sentence gets a new post-it and nothing else. Every change is an event;
//! undo writes the inverse event, redo the event again.

pub mod keys;
mod rows;
pub mod view;

use crate::i18n::prelude::*;
pub use rows::{Mark, Row, rows, totals};

use uuid::Uuid;

use crate::core::board::Board;
use crate::core::event::Body;
use crate::core::model::{BoardKind, Column};
use crate::core::ops;
use crate::tui::context::{Cx, Go, Target};
use crate::tui::editor::{EditKey, Editor};
use crate::tui::msg::{Act, Msg, Nav};
use crate::tui::room::Room;

/// Where the keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Into the post-it being typed.
    Typing,
    /// Onto the selected post-it.
    Board,
    /// Into the filter.
    Filter,
    /// Into the room's count for the selected post-it.
    Tally,
}

/// A two-step action under way on the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    None,
    /// The next quadrant key says where the selected post-it goes.
    Move,
    /// This post-it joins the next one chosen.
    Merge(Uuid),
}

/// A header value: from the plan and the clock, or set by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setting<T> {
    Auto,
    Manual(Option<T>),
}

/// One change to the board, undoable: the events that reverse it, and the
/// events that make it again (redo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoStep {
    pub what: &'static str,
    pub undo: Vec<Body>,
    pub redo: Vec<Body>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub table: String,
    /// What the table fills (followed when the session file changes).
    pub board: BoardKind,
    pub round: Setting<u32>,
    pub group: Setting<String>,
    /// Who writes, during time alone (none: the table's group).
    pub author: Option<String>,
    /// Where Enter puts the post-it.
    pub quadrant: Column,
    pub editor: Editor,
    /// The post-it whose text is in the editor, and the draft set aside.
    pub editing: Option<(Uuid, String)>,
    pub focus: Focus,
    pub pending: Pending,
    pub selected: Option<Uuid>,
    /// Also show the same topic's other tables.
    pub others: bool,
    pub filter: Editor,
    pub tally: Editor,
    pub undo: Vec<UndoStep>,
    /// Steps undone, for redo (cleared by any new change).
    pub redo: Vec<UndoStep>,
    /// What each undo, latest last, undid: the board (true) or typing;
    /// redo follows it back.
    pub undone: Vec<bool>,
}

/// How many undo steps are kept.
pub const UNDO_DEPTH: usize = 100;

impl State {
    pub fn new(table: &str, board: &BoardKind) -> State {
        State {
            table: table.to_string(),
            board: board.clone(),
            round: Setting::Auto,
            group: Setting::Auto,
            author: None,
            quadrant: Column::S,
            editor: Editor::multiline(),
            editing: None,
            focus: Focus::Typing,
            pending: Pending::None,
            selected: None,
            others: false,
            filter: Editor::default(),
            tally: Editor::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            undone: Vec::new(),
        }
    }

    /// How many columns the board has.
    pub fn columns(&self) -> usize {
        self.board.columns().len()
    }

    /// What the move keys are, said when a move starts.
    fn move_keys(&self, lang: crate::i18n::Lang) -> String {
        if self.board.is_swot() {
            lang.s().cap.move_keys.to_string()
        } else {
            crate::i18n::board::move_keys(self.columns(), lang)
        }
    }

    /// Drops a selection whose post-it went away (deleted on another laptop).
    pub fn keep_selection(&mut self, board: &Board) {
        if let Some(id) = self.selected
            && board.notes.get(&id).is_none_or(|n| n.deleted)
        {
            self.selected = None;
            if self.focus == Focus::Board {
                self.focus = Focus::Typing;
                self.pending = Pending::None;
            }
        }
    }

    fn push_undo(&mut self, what: &'static str, change: ops::Change) {
        if self.undo.len() == UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(UndoStep {
            what,
            undo: change.undo,
            redo: change.redo,
        });
        self.redo.clear();
        self.undone.clear();
    }
}

/// The round typed post-its belong to: set by hand, or the clock's.
pub fn round(app: &Room, c: &State) -> Option<u32> {
    match &c.round {
        // The whole room's table is outside the rounds.
        Setting::Auto if app.session.table(&c.table).is_some_and(|t| t.whole_room) => None,
        Setting::Auto => app.focus_round().map(|r| r as u32),
        Setting::Manual(r) => *r,
    }
}

/// The group at the table: set by hand, or the plan's for that round (the
/// schedule the app planned once, not planned again at every key).
pub fn group(app: &Room, c: &State) -> Option<String> {
    match &c.group {
        Setting::Auto if app.session.groups.is_empty() => None,
        Setting::Auto => {
            app.schedule
                .as_ref()?
                .group_at(&app.session.tables, &c.table, round(app, c)?)
        }
        Setting::Manual(g) => g.clone(),
    }
}

/// Post-its other laptops added at this table since the note-taker last
/// pressed a key (they have been on screen since).
pub fn arrived_here(app: &Room, c: &State) -> usize {
    app.notes
        .arrived
        .iter()
        .filter(|id| {
            app.notes
                .board
                .notes
                .get(id)
                .is_some_and(|n| n.table == c.table && !n.deleted)
        })
        .count()
}

pub use crate::tui::widgets::per_row;

impl State {
    /// Keys every focus shares.
    fn common(&mut self, cx: &mut Cx, msg: &Msg) -> bool {
        let session = &cx.room().session;
        match msg {
            Msg::CycleRound => {
                let rounds = session.round_phases() as u32;
                self.round = match &self.round {
                    Setting::Auto => Setting::Manual(Some(1).filter(|_| rounds > 0)),
                    Setting::Manual(Some(r)) if *r < rounds => Setting::Manual(Some(r + 1)),
                    Setting::Manual(_) => Setting::Auto,
                };
            }
            Msg::CycleGroup => {
                let keys: Vec<&String> = session.groups.iter().map(|g| &g.key).collect();
                self.group = match &self.group {
                    Setting::Auto if !keys.is_empty() => Setting::Manual(Some(keys[0].clone())),
                    Setting::Manual(Some(g)) => match keys.iter().position(|k| *k == g) {
                        Some(i) if i + 1 < keys.len() => Setting::Manual(Some(keys[i + 1].clone())),
                        _ => Setting::Auto,
                    },
                    _ => Setting::Auto,
                };
            }
            Msg::NextWriter => {
                self.author = ops::next_writer(
                    session,
                    &cx.room().notes.board,
                    &self.table,
                    self.author.as_deref(),
                );
            }
            Msg::Act(Act::Others) => self.others = !self.others,
            Msg::Act(Act::Filter) => self.focus = Focus::Filter,
            _ => return false,
        }
        true
    }

    fn typing(&mut self, cx: &mut Cx, msg: Msg) {
        if self.common(cx, &msg) {
            return;
        }
        let words = &cx.room().display.lang.s().cap;
        if let Some(fits) = edit_text(&mut self.editor, &msg) {
            if !self.editor.can_redo() {
                self.undone.retain(|board| *board);
            }
            if !fits || self.editor.chars() > crate::core::event::MAX_NOTE_CHARS {
                cx.say(too_long(cx.room().display.lang, self.editor.chars()));
            }
            return;
        }
        match msg {
            Msg::Submit => self.submit(cx),
            Msg::Column(q) => self.quadrant = q,
            Msg::Cycle(step) => self.quadrant = self.quadrant.cycle(step, self.columns()),
            // Typing is undone first; the board only once the input has
            // nothing left to undo.
            Msg::Act(Act::Undo) => {
                if self.editor.undo() {
                    self.undone.push(false);
                    if !self.editor.can_undo() && !self.undo.is_empty() {
                        cx.say(words.input_undone);
                    }
                } else {
                    self.undo_board(cx);
                }
            }
            // Redo follows the undos back, latest first.
            Msg::Act(Act::Redo) => match self.undone.last() {
                Some(false) => {
                    self.undone.pop();
                    self.editor.redo();
                }
                _ => self.redo_board(cx),
            },
            Msg::Act(Act::Clear) if self.editor.clear() => cx.say(words.input_cleared),
            // The board is above the input: up goes into it.
            Msg::Nav(Nav::Up | Nav::PageUp) => {
                let list = rows(cx.room(), self);
                match list[self.quadrant.index()].last() {
                    Some(r) => {
                        self.selected = Some(r.note.id);
                        self.focus = Focus::Board;
                    }
                    None => cx.say(words.nothing_to_select),
                }
            }
            Msg::Escape => {
                if let Some((_, draft)) = self.editing.take() {
                    self.editor.set(&draft);
                    cx.say(words.edit_cancelled);
                } else if !self.filter.text().is_empty() {
                    self.filter.take();
                } else {
                    cx.go(Go::Back);
                }
            }
            _ => {}
        }
    }

    /// Enter: a new post-it, or the edited text of one.
    fn submit(&mut self, cx: &mut Cx) {
        let lang = cx.room().display.lang;
        let words = &lang.s().cap;
        if let Some((note, draft)) = self.editing.take() {
            match ops::edit(&cx.room().notes.board, note, self.editor.text()) {
                Ok(change) => {
                    if let Some(change) = change {
                        self.apply(cx, words.undo_edit, change);
                    }
                    self.editor.set(&draft);
                    self.selected = Some(note);
                }
                Err(e) => {
                    // Stay in the edit: nothing typed is lost.
                    self.editing = Some((note, draft));
                    self.refused(cx, e);
                }
            }
            return;
        }
        let at_table = group(cx.room(), self);
        let new = ops::NewNote {
            table: &self.table,
            quadrant: self.quadrant,
            round: round(cx.room(), self),
            group: at_table.as_deref(),
            text: self.editor.text(),
        };
        match ops::add(&cx.room().session, new) {
            Ok(body) => {
                let id = cx.emit(ops::by_author(body, self.author.clone()));
                self.push_undo(words.undo_add, ops::added(id));
                self.editor.take();
            }
            Err(problems) => {
                if let Some(e) = problems.into_iter().next() {
                    self.refused(cx, e);
                }
            }
        }
    }

    /// Says why an operation was refused (an over-long text with its key).
    fn refused(&self, cx: &mut Cx, e: ops::OpError) {
        let lang = cx.room().display.lang;
        match e {
            ops::OpError::Text(crate::core::event::TextError::TooLong { chars }) => {
                cx.say(too_long(lang, chars))
            }
            e => cx.say(e.message(lang)),
        }
    }

    /// Writes a change and remembers how to take it back.
    fn apply(&mut self, cx: &mut Cx, what: &'static str, change: ops::Change) {
        for b in &change.redo {
            cx.emit(b.clone());
        }
        self.push_undo(what, change);
    }

    fn board(&mut self, cx: &mut Cx, msg: Msg) {
        if self.common(cx, &msg) {
            return;
        }
        let words = &cx.room().display.lang.s().cap;
        let Some(sel) = self
            .selected
            .filter(|id| cx.room().notes.board.notes.contains_key(id))
        else {
            self.focus = Focus::Typing;
            self.pending = Pending::None;
            return self.typing(cx, msg);
        };
        if self.pending == Pending::Move {
            self.pending = Pending::None;
            match msg {
                Msg::Column(q) => self.move_to(cx, sel, q),
                Msg::Escape => {}
                // Anything else cancels the move; a letter starts a post-it.
                Msg::Key(EditKey::Char(c)) => {
                    self.focus = Focus::Typing;
                    self.editor.key(EditKey::Char(c));
                }
                _ => cx.say(self.move_keys(cx.room().display.lang)),
            }
            return;
        }
        match msg {
            Msg::Nav(nav) => self.navigate(cx.room(), nav),
            Msg::Cycle(step) => {
                self.quadrant = self.quadrant.cycle(step, self.columns());
                self.select_in(cx, self.quadrant, 0);
            }
            Msg::Column(q) => {
                self.quadrant = q;
                self.select_in(cx, q, 0);
            }
            Msg::Act(Act::Edit) | Msg::Submit if matches!(self.pending, Pending::Merge(_)) => {
                self.merge(cx, sel)
            }
            Msg::Act(Act::Merge) => self.merge(cx, sel),
            Msg::Act(Act::Edit) | Msg::Submit => {
                let text = cx.room().notes.board.notes[&sel].text.clone();
                let draft = self.editor.take();
                self.editing = Some((sel, draft));
                self.editor.set(&text);
                self.focus = Focus::Typing;
            }
            Msg::Act(Act::Delete) => {
                let next = self.neighbour(cx.room(), sel);
                self.apply(cx, words.undo_delete, ops::delete(sel));
                cx.say(words.deleted);
                // Stay on the board (so undo is at hand) while there is anything left.
                let any = rows(cx.room(), self)
                    .iter()
                    .flatten()
                    .map(|r| r.note.id)
                    .find(|id| *id != sel);
                match next.or(any) {
                    Some(n) => self.selected = Some(n),
                    None => {
                        self.selected = None;
                        self.focus = Focus::Typing;
                        cx.say(words.deleted_typing);
                    }
                }
            }
            Msg::Act(Act::Move) => {
                self.pending = Pending::Move;
                cx.say(self.move_keys(cx.room().display.lang));
            }
            Msg::Act(Act::Split) => self.split(cx, sel),
            Msg::Act(Act::Dot(delta)) => self.dot(cx, sel, delta),
            Msg::Act(Act::Tally) => {
                let now = cx.room().notes.board.notes[&sel].tally;
                self.tally.set(&now.to_string());
                self.focus = Focus::Tally;
            }
            Msg::Act(Act::Undo) => self.undo_board(cx),
            Msg::Act(Act::Redo) => self.redo_board(cx),
            Msg::Key(EditKey::Char(ch)) => {
                // Typing leaves the board: the key is the post-it's first letter.
                self.focus = Focus::Typing;
                self.pending = Pending::None;
                self.editor.key(EditKey::Char(ch));
            }
            Msg::Paste(text) => {
                self.focus = Focus::Typing;
                self.pending = Pending::None;
                self.editor.insert(&text);
            }
            Msg::Escape => {
                if self.pending != Pending::None {
                    self.pending = Pending::None;
                } else {
                    self.focus = Focus::Typing;
                }
            }
            _ => {}
        }
    }

    fn filter(&mut self, msg: Msg) {
        if edit_text(&mut self.filter, &msg).is_some() {
            return;
        }
        match msg {
            Msg::Submit | Msg::Act(Act::Filter) => self.focus = Focus::Typing,
            Msg::Escape => {
                self.filter.take();
                self.focus = Focus::Typing;
            }
            _ => {}
        }
    }

    fn tally(&mut self, cx: &mut Cx, msg: Msg) {
        match msg {
            Msg::Key(EditKey::Char(ch)) if ch.is_ascii_digit() => {
                if self.tally.chars() < 4 {
                    self.tally.key(EditKey::Char(ch));
                }
            }
            Msg::Key(k @ (EditKey::Backspace | EditKey::Delete)) => {
                self.tally.key(k);
            }
            Msg::Nav(Nav::Left) => {
                self.tally.key(EditKey::Left);
            }
            Msg::Nav(Nav::Right) => {
                self.tally.key(EditKey::Right);
            }
            Msg::Submit => {
                if let Some(sel) = self.selected {
                    self.set_tally(cx, sel);
                }
                self.focus = Focus::Board;
            }
            Msg::Escape => self.focus = Focus::Board,
            _ => cx.say(cx.room().display.lang.s().cap.tally_keys),
        }
    }

    fn set_tally(&mut self, cx: &mut Cx, note: Uuid) {
        let count: u32 = self.tally.take().trim().parse().unwrap_or(0);
        match ops::tally(&cx.room().notes.board, note, count) {
            Ok(Some(change)) => self.apply(cx, cx.room().display.lang.s().cap.undo_tally, change),
            Ok(None) => {}
            Err(e) => self.refused(cx, e),
        }
    }

    fn move_to(&mut self, cx: &mut Cx, note: Uuid, q: Column) {
        match ops::move_to(&cx.room().notes.board, note, q) {
            Ok(Some(change)) => {
                self.apply(cx, cx.room().display.lang.s().cap.undo_move, change);
                self.quadrant = q;
            }
            Ok(None) => {}
            Err(e) => self.refused(cx, e),
        }
    }

    /// First Alt-C marks the post-it; Enter (or Alt-C) on another merges them.
    fn merge(&mut self, cx: &mut Cx, sel: Uuid) {
        let words = &cx.room().display.lang.s().cap;
        let Pending::Merge(first) = self.pending else {
            self.pending = Pending::Merge(sel);
            cx.say(words.merge_keys);
            return;
        };
        self.pending = Pending::None;
        match ops::merge(&cx.room().notes.board, first, sel) {
            Ok(change) => {
                self.apply(cx, words.undo_merge, change);
                // The keys named are those the screen binds.
                let lang = cx.room().display.lang;
                let key = |a| {
                    crate::tui::keys::key_of(&keys::SELECTING, &crate::tui::keys::act(a), lang, 1)
                        .unwrap_or_default()
                };
                cx.say(crate::i18n::merged(lang, &key(Act::Split), &key(Act::Undo)));
            }
            Err(e) => self.refused(cx, e),
        }
    }

    /// Takes a member out of its cluster; on a head, dissolves the cluster.
    fn split(&mut self, cx: &mut Cx, sel: Uuid) {
        match ops::split(&cx.room().notes.board, sel) {
            Ok(change) => self.apply(cx, cx.room().display.lang.s().cap.undo_split, change),
            Err(e) => self.refused(cx, e),
        }
    }

    fn dot(&mut self, cx: &mut Cx, note: Uuid, delta: i32) {
        let g = group(cx.room(), self);
        let room = &cx.room();
        match ops::vote(&room.session, &room.notes.board, note, g.as_deref(), delta) {
            Ok(change) => self.apply(cx, cx.room().display.lang.s().cap.undo_dot, change),
            Err(e) => self.refused(cx, e),
        }
    }

    fn undo_board(&mut self, cx: &mut Cx) {
        let words = &cx.room().display.lang.s().cap;
        match self.undo.pop() {
            Some(step) => {
                for b in &step.undo {
                    if let Body::Restore { note } = b {
                        self.selected = Some(*note);
                    }
                    cx.emit(b.clone());
                }
                cx.say(format!("{} {}", words.undone, step.what));
                self.redo.push(step);
                self.undone.push(true);
            }
            None => cx.say(words.nothing_to_undo),
        }
    }

    fn redo_board(&mut self, cx: &mut Cx) {
        let words = &cx.room().display.lang.s().cap;
        match self.redo.pop() {
            Some(step) => {
                for b in &step.redo {
                    cx.emit(b.clone());
                }
                cx.say(format!("{} {}", words.redone, step.what));
                self.undo.push(step);
                if self.undone.last() == Some(&true) {
                    self.undone.pop();
                }
            }
            None => cx.say(words.nothing_to_redo),
        }
    }

    /// The row after (or before) `id` in its quadrant, to select once it goes.
    fn neighbour(&self, room: &Room, id: Uuid) -> Option<Uuid> {
        let list = rows(room, self);
        let q = list.iter().find(|l| l.iter().any(|r| r.note.id == id))?;
        let i = q.iter().position(|r| r.note.id == id)?;
        q.get(i + 1)
            .or_else(|| i.checked_sub(1).and_then(|j| q.get(j)))
            .map(|r| r.note.id)
    }

    /// Selects row `i` (clamped) of quadrant `q`; stays put when it is empty.
    fn select_in(&mut self, cx: &mut Cx, q: Column, i: usize) {
        let list = rows(cx.room(), self);
        let l = &list[q.index()];
        if let Some(r) = l.get(i.min(l.len().saturating_sub(1))) {
            self.selected = Some(r.note.id);
        } else {
            cx.say(cx.room().display.lang.s().cap.nothing_to_select);
        }
    }

    fn navigate(&mut self, room: &Room, nav: Nav) {
        let list = rows(room, self);
        let (q, i) = list
            .iter()
            .enumerate()
            .find_map(|(q, l)| {
                l.iter()
                    .position(|r| Some(r.note.id) == self.selected)
                    .map(|i| (q, i))
            })
            .unwrap_or((self.quadrant.index(), 0));
        let len = list[q].len();
        let n = self.columns();
        let w = per_row(n);
        let id_at = |q: usize, i: usize| list[q].get(i).map(|r| r.note.id);
        let target = match nav {
            // From the top of the second row (O or T), up into the first
            // (S or W), and back down.
            Nav::Up if i == 0 && q >= w => list[q - w].last().map(|r| r.note.id),
            Nav::Up if i == 0 => None,
            Nav::Up => id_at(q, i - 1),
            Nav::Down if i + 1 >= len && q + w < n && !list[q + w].is_empty() => id_at(q + w, 0),
            Nav::Down if i + 1 >= len => {
                // Below the last post-it: back to typing.
                self.focus = Focus::Typing;
                self.pending = match self.pending {
                    Pending::Merge(_) => Pending::None,
                    p => p,
                };
                return;
            }
            Nav::Down => id_at(q, i + 1),
            Nav::PageUp => id_at(q, i.saturating_sub(5)),
            Nav::PageDown => id_at(q, (i + 5).min(len.saturating_sub(1))),
            Nav::Home => id_at(q, 0),
            Nav::End => id_at(q, len.saturating_sub(1)),
            Nav::Left | Nav::Right => {
                // The next column with post-its in the same row (S W / O T:
                // left and right swap columns).
                let row = q / w * w;
                let width = w.min(n - row);
                let step = if nav == Nav::Left { width - 1 } else { 1 };
                let other = (1..width)
                    .map(|k| row + (q - row + step * k) % width)
                    .find(|&o| !list[o].is_empty());
                other.and_then(|o| {
                    self.quadrant = Column::at(o)?;
                    id_at(o, i.min(list[o].len() - 1))
                })
            }
        };
        if let Some(t) = target {
            self.selected = Some(t);
            self.quadrant = list
                .iter()
                .position(|l| l.iter().any(|r| r.note.id == t))
                .and_then(Column::at)
                .unwrap_or(Column::at(q).unwrap_or(Column::S));
        }
    }
}

/// "2 345 characters: the limit is 1 000. Ctrl-U empties the input
/// (Ctrl-Z brings it back), or cut it into several post-its."
pub fn too_long(lang: crate::i18n::Lang, chars: usize) -> String {
    let w = &lang.s().cap;
    format!(
        "{chars} {}{}{} {}",
        w.characters,
        lang.colon(),
        w.limit_is,
        crate::core::event::MAX_NOTE_CHARS
    ) + &format!(". {}", w.too_long_to_type)
}

/// Applies a text-editing message (a key, a paste, a cursor move) to
/// `editor`. `None` when `msg` is not one; otherwise whether it all fitted.
pub fn edit_text(editor: &mut Editor, msg: &Msg) -> Option<bool> {
    Some(match msg {
        Msg::Key(k) => editor.key(*k),
        Msg::Paste(text) => editor.insert(text),
        Msg::Nav(Nav::Left) => editor.key(EditKey::Left),
        Msg::Nav(Nav::Right) => editor.key(EditKey::Right),
        Msg::Nav(Nav::Home) => editor.key(EditKey::Home),
        Msg::Nav(Nav::End) => editor.key(EditKey::End),
        _ => return None,
    })
}

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, room: &crate::tui::room::Room) -> Option<State> {
        match target {
            Target::Capture { table } => Some(State::new(table, room.session.board_at(table))),
            _ => None,
        }
    }

    fn answers(&self, target: &Target) -> bool {
        matches!(target, Target::Capture { table } if *table == self.table)
    }

    fn view(
        &self,
        look: &crate::tui::context::Look,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
    ) {
        view::view(self, look, area, buf)
    }

    fn refresh(&mut self, room: &crate::tui::room::Room) {
        self.keep_selection(&room.notes.board)
    }

    /// Text typed and not saved yet.
    fn has_draft(&self) -> bool {
        !self.editor.is_empty()
            || self
                .editing
                .as_ref()
                .is_some_and(|(_, d)| !d.trim().is_empty())
    }

    /// The keys of the current focus.
    fn bindings(&self) -> &'static crate::tui::keys::Bindings {
        let swot = self.board.is_swot();
        let list = self.board == BoardKind::Question;
        match (self.focus, self.pending) {
            (Focus::Typing, _) if swot => &keys::TYPING,
            (Focus::Typing, _) if list => &keys::TYPING_LIST,
            (Focus::Typing, _) => &keys::TYPING_COLUMNS,
            (Focus::Board, Pending::Move) if swot => &keys::MOVING,
            (Focus::Board, Pending::Move) => &keys::MOVING_COLUMNS,
            (Focus::Board, Pending::Merge(_)) if swot => &keys::MERGING,
            (Focus::Board, Pending::Merge(_)) => &keys::MERGING_COLUMNS,
            (Focus::Board, Pending::None) if swot => &keys::SELECTING,
            (Focus::Board, Pending::None) if list => &keys::SELECTING_LIST,
            (Focus::Board, Pending::None) => &keys::SELECTING_COLUMNS,
            (Focus::Filter, _) => &keys::FILTER,
            (Focus::Tally, _) => &crate::tui::keys::COUNTING,
        }
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        // The new post-its from other laptops were on screen: a key clears the count.
        cx.seen_arrivals();
        let board = cx.room().session.board_at(&self.table);
        if *board != self.board {
            self.board = board.clone();
        }
        let n = self.board.columns().len();
        if self.quadrant.index() >= n {
            self.quadrant = Column::S;
        }
        if let Msg::Column(q) = msg
            && q.index() >= n
        {
            return cx.say(crate::i18n::board::no_column(q, n, cx.room().display.lang));
        }
        match msg {
            Msg::OpenKeyFactors | Msg::OpenPlenary => {
                let topic = cx
                    .room()
                    .session
                    .table(&self.table)
                    .map(|t| t.topic.clone());
                cx.open(if msg == Msg::OpenKeyFactors {
                    Target::KeyFactors { topic }
                } else {
                    Target::Plenary { topic }
                });
                return;
            }
            Msg::Quit => return cx.go(Go::Quit),
            _ => {}
        }
        match self.focus {
            Focus::Typing => self.typing(cx, msg),
            Focus::Board => self.board(cx, msg),
            Focus::Filter => self.filter(msg),
            Focus::Tally => self.tally(cx, msg),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrants_cycle_both_ways() {
        assert_eq!(Column::S.cycle(1, 4), Column::W);
        assert_eq!(Column::T.cycle(1, 4), Column::S);
        assert_eq!(Column::S.cycle(-1, 4), Column::T);
        assert_eq!(Column::O.cycle(1, 3), Column::S);
        assert_eq!(Column::S.cycle(1, 1), Column::S);
    }

    #[test]
    fn boards_lay_out_in_one_or_two_rows() {
        assert_eq!((1..=6).map(per_row).collect::<Vec<_>>(), [1, 2, 3, 2, 3, 3]);
    }
}
