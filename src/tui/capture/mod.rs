//! The note-taker's screen: one table's SWOT board, typed into directly.
//!
//! Two foci. **Typing** (the default): every printable key goes into the
//! input line, Enter saves the post-it into the chosen quadrant. **Board**
//! (entered with the arrow keys): single lowercase keys act on the selected
//! post-it; anything else (a capital, a digit, an accented letter…) goes
//! back to typing with that character, so a post-it may start with any
//! letter. Every change is an event; undo writes the inverse event.

mod rows;

pub use rows::{Mark, Row, rows, totals};

use uuid::Uuid;

use super::app::{Act, App, Effect, Mode, Msg, Nav, edit_text};
use super::editor::{EditKey, Editor};
use crate::core::board::Board;
use crate::core::event::{Body, clean_text};
use crate::core::model::Quadrant;
use crate::core::votes;

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

/// What one undo step reverses, with the events that reverse it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoStep {
    pub what: &'static str,
    pub bodies: Vec<Body>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Capture {
    pub table: String,
    pub round: Setting<u32>,
    pub group: Setting<String>,
    /// Where Enter puts the post-it.
    pub quadrant: Quadrant,
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
}

/// How many undo steps are kept.
pub const UNDO_DEPTH: usize = 100;

impl Capture {
    pub fn new(table: &str) -> Capture {
        Capture {
            table: table.to_string(),
            round: Setting::Auto,
            group: Setting::Auto,
            quadrant: Quadrant::S,
            editor: Editor::multiline(),
            editing: None,
            focus: Focus::Typing,
            pending: Pending::None,
            selected: None,
            others: false,
            filter: Editor::default(),
            tally: Editor::default(),
            undo: Vec::new(),
        }
    }

    /// Text typed and not saved yet.
    pub fn has_draft(&self) -> bool {
        !self.editor.is_empty()
            || self
                .editing
                .as_ref()
                .is_some_and(|(_, d)| !d.trim().is_empty())
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

    fn push_undo(&mut self, what: &'static str, bodies: Vec<Body>) {
        if self.undo.len() == UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(UndoStep { what, bodies });
    }
}

/// The round typed post-its belong to: set by hand, or the clock's.
pub fn round(app: &App, c: &Capture) -> Option<u32> {
    match &c.round {
        Setting::Auto => app.focus_round().map(|r| r as u32),
        Setting::Manual(r) => *r,
    }
}

/// The group at the table: set by hand, or the plan's for that round (the
/// schedule the app planned once, not planned again at every key).
pub fn group(app: &App, c: &Capture) -> Option<String> {
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
pub fn arrived_here(app: &App, c: &Capture) -> usize {
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

/// Next quadrant in reading order (S W / O T), or back.
pub fn cycle(q: Quadrant, step: i32) -> Quadrant {
    Quadrant::ALL[(q.index() as i32 + step).rem_euclid(4) as usize]
}

pub fn update(app: &mut App, msg: Msg, fx: &mut Effect) {
    match msg {
        Msg::OpenKeyFactors => return crate::tui::factors::open(app, Mode::KeyFactors),
        Msg::OpenPlenary => return crate::tui::factors::open(app, Mode::Plenary),
        _ => {}
    }
    let Some(mut c) = app.capture.take() else {
        app.mode = Mode::Facilitator;
        return;
    };
    // The new post-its from other laptops were on screen: a key clears the count.
    app.notes.arrived.clear();
    match c.focus {
        Focus::Typing => typing(app, &mut c, msg, fx),
        Focus::Board => board(app, &mut c, msg, fx),
        Focus::Filter => filter(app, &mut c, msg),
        Focus::Tally => tally(app, &mut c, msg, fx),
    }
    app.capture = Some(c);
}

/// Keys every focus shares.
fn common(app: &mut App, c: &mut Capture, msg: &Msg, fx: &mut Effect) -> bool {
    match msg {
        Msg::CycleRound => {
            let rounds = app.session.round_phases() as u32;
            c.round = match &c.round {
                Setting::Auto => Setting::Manual(Some(1).filter(|_| rounds > 0)),
                Setting::Manual(Some(r)) if *r < rounds => Setting::Manual(Some(r + 1)),
                Setting::Manual(_) => Setting::Auto,
            };
        }
        Msg::CycleGroup => {
            let keys: Vec<&String> = app.session.groups.iter().map(|g| &g.key).collect();
            c.group = match &c.group {
                Setting::Auto if !keys.is_empty() => Setting::Manual(Some(keys[0].clone())),
                Setting::Manual(Some(g)) => match keys.iter().position(|k| *k == g) {
                    Some(i) if i + 1 < keys.len() => Setting::Manual(Some(keys[i + 1].clone())),
                    _ => Setting::Auto,
                },
                _ => Setting::Auto,
            };
        }
        Msg::Act(Act::Undo) => undo(app, c, fx),
        Msg::Act(Act::Others) => c.others = !c.others,
        Msg::Act(Act::Filter) => c.focus = Focus::Filter,
        Msg::Quit => {
            fx.quit = true;
            fx.save_clock = true;
        }
        _ => return false,
    }
    true
}

fn typing(app: &mut App, c: &mut Capture, msg: Msg, fx: &mut Effect) {
    if common(app, c, &msg, fx) {
        return;
    }
    let words = &app.lang.s().cap;
    if let Some(fits) = edit_text(&mut c.editor, &msg) {
        if !fits {
            app.notice = Some(words.too_long_to_type.to_string());
        }
        return;
    }
    match msg {
        Msg::Submit => submit(app, c, fx),
        Msg::Quadrant(q) => c.quadrant = q,
        Msg::Cycle(step) => c.quadrant = cycle(c.quadrant, step),
        // The board is above the input: up goes into it.
        Msg::Nav(Nav::Up | Nav::PageUp) => {
            let list = rows(app, c);
            match list[c.quadrant.index()].last() {
                Some(r) => {
                    c.selected = Some(r.note.id);
                    c.focus = Focus::Board;
                }
                None => app.notice = Some(words.nothing_to_select.to_string()),
            }
        }
        Msg::Escape => {
            if let Some((_, draft)) = c.editing.take() {
                c.editor.set(&draft);
                app.notice = Some(words.edit_cancelled.to_string());
            } else if !c.filter.text().is_empty() {
                c.filter.take();
            } else if app.home != Mode::Capture {
                app.mode = app.home;
            } else {
                app.notice = Some(words.how_to_quit.to_string());
            }
        }
        _ => {}
    }
}

/// Enter: a new post-it, or the edited text of one.
fn submit(app: &mut App, c: &mut Capture, fx: &mut Effect) {
    let lang = app.lang;
    let text = match clean_text(c.editor.text()) {
        Ok(t) => t,
        Err(e) => {
            app.notice = Some(e.message(lang));
            return;
        }
    };
    if let Some((note, draft)) = c.editing.take() {
        let old = app.notes.board.notes.get(&note).map(|n| n.text.clone());
        match old {
            Some(old) if old != text => {
                app.emit(fx, Body::Edit { note, text });
                c.push_undo(lang.s().cap.undo_edit, vec![Body::Edit { note, text: old }]);
            }
            _ => {}
        }
        c.editor.set(&draft);
        c.selected = Some(note);
        return;
    }
    let body = Body::Add {
        table: c.table.clone(),
        quadrant: c.quadrant,
        round: round(app, c),
        group: group(app, c),
        text,
    };
    let id = app.emit(fx, body);
    c.push_undo(lang.s().cap.undo_add, vec![Body::Delete { note: id }]);
    c.editor.take();
}

fn board(app: &mut App, c: &mut Capture, msg: Msg, fx: &mut Effect) {
    if common(app, c, &msg, fx) {
        return;
    }
    let words = &app.lang.s().cap;
    let Some(sel) = c
        .selected
        .filter(|id| app.notes.board.notes.contains_key(id))
    else {
        c.focus = Focus::Typing;
        c.pending = Pending::None;
        return typing(app, c, msg, fx);
    };
    if c.pending == Pending::Move {
        match msg {
            Msg::Quadrant(q) => move_to(app, c, sel, q, fx),
            Msg::Escape => {}
            _ => app.notice = Some(words.move_keys.to_string()),
        }
        c.pending = Pending::None;
        return;
    }
    match msg {
        Msg::Nav(nav) => navigate(app, c, nav),
        Msg::Cycle(step) => {
            c.quadrant = cycle(c.quadrant, step);
            select_in(app, c, c.quadrant, 0);
        }
        Msg::Quadrant(q) => {
            c.quadrant = q;
            select_in(app, c, q, 0);
        }
        Msg::Act(Act::Edit) | Msg::Submit if matches!(c.pending, Pending::Merge(_)) => {
            merge(app, c, sel, fx)
        }
        Msg::Act(Act::Merge) => merge(app, c, sel, fx),
        Msg::Act(Act::Edit) | Msg::Submit => {
            let text = app.notes.board.notes[&sel].text.clone();
            let draft = c.editor.take();
            c.editing = Some((sel, draft));
            c.editor.set(&text);
            c.focus = Focus::Typing;
        }
        Msg::Act(Act::Delete) => {
            let next = neighbour(app, c, sel);
            app.emit(fx, Body::Delete { note: sel });
            c.push_undo(words.undo_delete, vec![Body::Restore { note: sel }]);
            app.notice = Some(words.deleted.to_string());
            // Stay on the board (so u undoes) while there is anything left.
            let any = || {
                rows(app, c)
                    .iter()
                    .flatten()
                    .map(|r| r.note.id)
                    .find(|id| *id != sel)
            };
            match next.or_else(any) {
                Some(n) => c.selected = Some(n),
                None => {
                    c.selected = None;
                    c.focus = Focus::Typing;
                    app.notice = Some(words.deleted_typing.to_string());
                }
            }
        }
        Msg::Act(Act::Move) => {
            c.pending = Pending::Move;
            app.notice = Some(words.move_keys.to_string());
        }
        Msg::Act(Act::Split) => split(app, c, sel, fx),
        Msg::Act(Act::Dot(delta)) => dot(app, c, sel, delta, fx),
        Msg::Act(Act::Tally) => {
            let now = app.notes.board.notes[&sel].tally;
            c.tally.set(&now.to_string());
            c.focus = Focus::Tally;
        }
        Msg::Key(EditKey::Char(ch)) => {
            // Typing leaves the board: the key is the post-it's first letter.
            c.focus = Focus::Typing;
            c.pending = Pending::None;
            c.editor.key(EditKey::Char(ch));
        }
        Msg::Paste(text) => {
            c.focus = Focus::Typing;
            c.editor.insert(&text);
        }
        Msg::Escape => {
            if c.pending != Pending::None {
                c.pending = Pending::None;
            } else {
                c.focus = Focus::Typing;
            }
        }
        _ => {}
    }
}

fn filter(app: &mut App, c: &mut Capture, msg: Msg) {
    if edit_text(&mut c.filter, &msg).is_some() {
        return;
    }
    match msg {
        Msg::Submit => c.focus = Focus::Typing,
        Msg::Escape => {
            c.filter.take();
            c.focus = Focus::Typing;
        }
        Msg::Act(Act::Filter) => c.focus = Focus::Typing,
        _ => {}
    }
    let _ = app;
}

fn tally(app: &mut App, c: &mut Capture, msg: Msg, fx: &mut Effect) {
    match msg {
        Msg::Key(EditKey::Char(ch)) if ch.is_ascii_digit() => {
            if c.tally.chars() < 4 {
                c.tally.key(EditKey::Char(ch));
            }
        }
        Msg::Key(k @ (EditKey::Backspace | EditKey::Delete | EditKey::Left | EditKey::Right)) => {
            c.tally.key(k);
        }
        Msg::Submit => {
            if let Some(sel) = c.selected {
                set_tally(app, c, sel, fx);
            }
            c.focus = Focus::Board;
        }
        Msg::Escape => c.focus = Focus::Board,
        _ => app.notice = Some(app.lang.s().cap.tally_keys.to_string()),
    }
}

fn set_tally(app: &mut App, c: &mut Capture, note: Uuid, fx: &mut Effect) {
    let count: u32 = c.tally.take().trim().parse().unwrap_or(0);
    let old = app.notes.board.notes.get(&note).map_or(0, |n| n.tally);
    if count != old {
        app.emit(fx, Body::Tally { note, count });
        c.push_undo(
            app.lang.s().cap.undo_tally,
            vec![Body::Tally { note, count: old }],
        );
    }
}

fn move_to(app: &mut App, c: &mut Capture, note: Uuid, q: Quadrant, fx: &mut Effect) {
    let n = &app.notes.board.notes[&note];
    if n.quadrant == q {
        return;
    }
    let back = Body::Move {
        note,
        quadrant: n.quadrant,
        table: n.table.clone(),
    };
    let table = n.table.clone();
    app.emit(
        fx,
        Body::Move {
            note,
            quadrant: q,
            table,
        },
    );
    c.push_undo(app.lang.s().cap.undo_move, vec![back]);
    c.quadrant = q;
}

/// First `c` marks the post-it; the second (on another) merges them.
fn merge(app: &mut App, c: &mut Capture, sel: Uuid, fx: &mut Effect) {
    let words = &app.lang.s().cap;
    let Pending::Merge(first) = c.pending else {
        c.pending = Pending::Merge(sel);
        app.notice = Some(words.merge_keys.to_string());
        return;
    };
    c.pending = Pending::None;
    let notes = &app.notes.board.notes;
    let (Some(a), Some(b)) = (notes.get(&first), notes.get(&sel)) else {
        return;
    };
    if first == sel
        || a.cluster == Some(sel)
        || b.cluster.unwrap_or(sel) == a.cluster.unwrap_or(first)
    {
        app.notice = Some(words.merge_same.to_string());
        return;
    }
    // Undo restores where `first` and the post-its it headed were.
    let mut back = vec![match a.cluster {
        Some(h) => Body::Cluster {
            note: first,
            into: h,
        },
        None => Body::Uncluster { note: first },
    }];
    back.extend(
        notes
            .values()
            .filter(|m| m.cluster == Some(first))
            .map(|m| Body::Cluster {
                note: m.id,
                into: first,
            }),
    );
    app.emit(
        fx,
        Body::Cluster {
            note: first,
            into: sel,
        },
    );
    c.push_undo(words.undo_merge, back);
    app.notice = Some(words.merged.to_string());
}

/// Takes a member out of its cluster; on a head, dissolves the cluster.
fn split(app: &mut App, c: &mut Capture, sel: Uuid, fx: &mut Effect) {
    let words = &app.lang.s().cap;
    let notes = &app.notes.board.notes;
    let mut out = Vec::new();
    let mut back = Vec::new();
    if let Some(head) = notes[&sel].cluster {
        out.push(Body::Uncluster { note: sel });
        back.push(Body::Cluster {
            note: sel,
            into: head,
        });
    } else {
        for m in notes.values().filter(|m| m.cluster == Some(sel)) {
            out.push(Body::Uncluster { note: m.id });
            back.push(Body::Cluster {
                note: m.id,
                into: sel,
            });
        }
    }
    if out.is_empty() {
        app.notice = Some(words.not_in_cluster.to_string());
        return;
    }
    for b in out {
        app.emit(fx, b);
    }
    c.push_undo(words.undo_split, back);
}

fn dot(app: &mut App, c: &mut Capture, note: Uuid, delta: i32, fx: &mut Effect) {
    let lang = app.lang;
    let g = group(app, c);
    let key = g.clone().unwrap_or_default();
    let check = if delta > 0 {
        if g.is_some() {
            votes::check_add(&app.session, &app.notes.board, note, &key)
        } else {
            Ok(())
        }
    } else {
        votes::check_remove(&app.notes.board, note, &key)
    };
    if let Err(e) = check {
        app.notice = Some(e.message(lang));
        return;
    }
    app.emit(
        fx,
        Body::Vote {
            note,
            delta,
            group: g.clone(),
        },
    );
    c.push_undo(
        lang.s().cap.undo_dot,
        vec![Body::Vote {
            note,
            delta: -delta,
            group: g,
        }],
    );
}

fn undo(app: &mut App, c: &mut Capture, fx: &mut Effect) {
    let words = &app.lang.s().cap;
    match c.undo.pop() {
        Some(step) => {
            for b in step.bodies {
                if let Body::Restore { note } = b {
                    c.selected = Some(note);
                }
                app.emit(fx, b);
            }
            app.notice = Some(format!("{} {}", words.undone, step.what));
        }
        None => app.notice = Some(words.nothing_to_undo.to_string()),
    }
}

/// The row after (or before) `id` in its quadrant, to select once it goes.
fn neighbour(app: &App, c: &Capture, id: Uuid) -> Option<Uuid> {
    let list = rows(app, c);
    let q = list.iter().find(|l| l.iter().any(|r| r.note.id == id))?;
    let i = q.iter().position(|r| r.note.id == id)?;
    q.get(i + 1)
        .or_else(|| i.checked_sub(1).and_then(|j| q.get(j)))
        .map(|r| r.note.id)
}

/// Selects row `i` (clamped) of quadrant `q`; stays put when it is empty.
fn select_in(app: &mut App, c: &mut Capture, q: Quadrant, i: usize) {
    let list = rows(app, c);
    let l = &list[q.index()];
    if let Some(r) = l.get(i.min(l.len().saturating_sub(1))) {
        c.selected = Some(r.note.id);
    } else {
        app.notice = Some(app.lang.s().cap.nothing_to_select.to_string());
    }
}

fn navigate(app: &mut App, c: &mut Capture, nav: Nav) {
    let list = rows(app, c);
    let (q, i) = list
        .iter()
        .enumerate()
        .find_map(|(q, l)| {
            l.iter()
                .position(|r| Some(r.note.id) == c.selected)
                .map(|i| (q, i))
        })
        .unwrap_or((c.quadrant.index(), 0));
    let len = list[q].len();
    let id_at = |q: usize, i: usize| list[q].get(i).map(|r| r.note.id);
    let target = match nav {
        // From the top of O or T, up into S or W (and back down).
        Nav::Up if i == 0 && q >= 2 => list[q - 2].last().map(|r| r.note.id),
        Nav::Up if i == 0 => None,
        Nav::Up => id_at(q, i - 1),
        Nav::Down if i + 1 >= len && q < 2 && !list[q + 2].is_empty() => id_at(q + 2, 0),
        Nav::Down if i + 1 >= len => {
            // Below the last post-it: back to typing.
            c.focus = Focus::Typing;
            c.pending = match c.pending {
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
            // S W / O T: left and right swap columns in the same row.
            let other = q ^ 1;
            let l = &list[other];
            if l.is_empty() {
                None
            } else {
                c.quadrant = Quadrant::ALL[other];
                id_at(other, i.min(l.len() - 1))
            }
        }
    };
    if let Some(t) = target {
        c.selected = Some(t);
        c.quadrant = Quadrant::ALL[list
            .iter()
            .position(|l| l.iter().any(|r| r.note.id == t))
            .unwrap_or(q)];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrants_cycle_both_ways() {
        assert_eq!(cycle(Quadrant::S, 1), Quadrant::W);
        assert_eq!(cycle(Quadrant::T, 1), Quadrant::S);
        assert_eq!(cycle(Quadrant::S, -1), Quadrant::T);
    }
}
