//! The key-factor and plenary screens (seed 002 §3.2 and §4), per topic.
//!
//! **Key factors**: each quadrant's post-its (clusters as one) ranked by
//! votes, under the quadrant's question; Enter picks the selected one as
//! the main lever, brake, opportunity or risk (ties among the vote leaders
//! are shown until someone picks). **Plenary**: the favourable side (main
//! lever, biggest opportunity) and the unfavourable side (main brake, most
//! critical risk), each with the room's actions, typed in directly.
//!
//! Both read the synthesis of `core::synth`, so the screen shows exactly
//! what the printed synthesis will say. It is computed in `update` (when
//! the board, the topic or the vote changes), never while drawing.

use jiff::Timestamp;
use uuid::Uuid;

use super::app::{Act, App, Effect, Mode, Msg, Nav, edit_text};
use super::editor::{EditKey, Editor};
use crate::core::event::{Body, clean_text};
use crate::core::model::Quadrant;
use crate::core::synth::{self, PLENARY_SIDES, Source};
use crate::core::votes;

/// The plenary's four slots, favourable side first: S, O, W, T.
pub const SLOTS: [Quadrant; 4] = [
    PLENARY_SIDES[0][0],
    PLENARY_SIDES[0][1],
    PLENARY_SIDES[1][0],
    PLENARY_SIDES[1][1],
];

/// One line of a ranked quadrant (a post-it, or a cluster as one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankedItem {
    /// The post-it (cluster head) a pick points at.
    pub id: Uuid,
    /// "S1", "W3"… as in the printed synthesis.
    pub label: String,
    pub text: String,
    pub votes: i64,
    /// How many post-its say it.
    pub times: usize,
    /// Where it was raised: "A·R1·G2".
    pub raised: Vec<String>,
    /// The post-its of its cluster (a pick may name any of them).
    pub members: Vec<Uuid>,
    /// Picked by the room.
    pub chosen: bool,
    /// Among the most voted (several on a tie); stands in for the key
    /// factor while nothing is picked.
    pub leader: bool,
}

/// One topic, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub generation: u64,
    pub notes_generation: u64,
    pub topic: usize,
    pub key: String,
    pub title: String,
    /// Votes hidden (until the facilitator closes the vote).
    pub hidden: bool,
    pub quadrants: [Vec<RankedItem>; 4],
    /// The plenary's actions per quadrant: (id, text).
    pub actions: [Vec<(Uuid, String)>; 4],
}

impl Ranked {
    pub fn items(&self, q: Quadrant) -> &[RankedItem] {
        &self.quadrants[q.index()]
    }

    /// The key factor of `q`: the chosen item, else the vote leaders.
    pub fn picked(&self, q: Quadrant) -> Vec<&RankedItem> {
        let items = self.items(q);
        let chosen: Vec<&RankedItem> = items.iter().filter(|i| i.chosen).collect();
        if chosen.is_empty() {
            items.iter().filter(|i| i.leader).collect()
        } else {
            chosen
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Factors {
    pub topic: usize,
    /// Key factors: the quadrant in focus.
    pub quadrant: usize,
    /// Key factors: the selected row per quadrant.
    pub selected: [usize; 4],
    /// Key factors: the room's count being typed for the selected item.
    pub tally: Option<Editor>,
    /// Plenary: the slot in focus (index into [`SLOTS`]).
    pub slot: usize,
    /// Plenary: the selected action, if the focus is on the list.
    pub action: Option<Uuid>,
    /// Plenary: the action being typed.
    pub editor: Editor,
    /// Plenary: the action whose text is in the editor, and the draft set aside.
    pub editing: Option<(Uuid, String)>,
    pub ranked: Option<Ranked>,
    /// The screen Esc goes back to.
    pub back: Option<Mode>,
}

impl Factors {
    pub fn has_draft(&self) -> bool {
        !self.editor.is_empty()
    }
}

/// Shows a screen, starting at the topic of the table being captured.
pub fn open(app: &mut App, mode: Mode) {
    if app.factors.ranked.is_none()
        && let Some(c) = &app.capture
        && let Some(table) = app.session.table(&c.table)
    {
        app.factors.topic = app
            .session
            .topics
            .iter()
            .position(|t| t.key == table.topic)
            .unwrap_or(0);
    }
    app.factors.editor.multiline = false;
    if !matches!(app.mode, Mode::KeyFactors | Mode::Plenary) {
        app.factors.back = Some(app.mode);
    }
    app.mode = mode;
}

/// Recomputes the ranked topic when the board, topic or vote changed
/// (called by `app::update` after every message on these screens).
pub fn refresh(app: &mut App) {
    let n = app.session.topics.len();
    if n == 0 {
        app.factors.ranked = None;
        return;
    }
    let topic = app.factors.topic.min(n - 1);
    app.factors.topic = topic;
    let key = &app.session.topics[topic].key;
    let hidden = !votes::totals_visible(&app.session, &app.notes.board, key);
    if app.factors.ranked.as_ref().is_some_and(|r| {
        r.generation == app.notes.generation && r.topic == topic && r.hidden == hidden
    }) {
        return;
    }
    // Only picks or actions changed: no need to rank again.
    if let Some(r) = app.factors.ranked.as_mut()
        && r.notes_generation == app.notes.notes_generation
        && r.topic == topic
        && r.hidden == hidden
    {
        r.generation = app.notes.generation;
        let key = r.key.clone();
        for (q, items) in Quadrant::ALL.into_iter().zip(r.quadrants.iter_mut()) {
            let chosen = app.notes.board.key_factors.get(&(key.clone(), q));
            for i in items.iter_mut() {
                i.chosen = chosen.is_some_and(|c| *c == i.id || i.members.contains(c));
            }
        }
        r.actions = actions(&app.notes.board, &key);
        return;
    }
    let r = rank(app, topic, hidden);
    let f = &mut app.factors;
    for (q, sel) in f.selected.iter_mut().enumerate() {
        *sel = (*sel).min(r.quadrants[q].len().saturating_sub(1));
    }
    f.ranked = Some(r);
}

fn rank(app: &App, topic: usize, hidden: bool) -> Ranked {
    let t = &app.session.topics[topic];
    let input = synth::Input {
        session: &app.session,
        board: &app.notes.board,
        clock: None,
    };
    let s = synth::build(&[input], Some(&t.key), Timestamp::UNIX_EPOCH);
    let ts = s.topics.iter().find(|x| x.key == t.key);
    let lang = app.lang.s();
    let place = |src: &Source| {
        let mut p = src.table.to_string();
        if let Some(r) = src.round {
            p.push_str(&format!("·{}{r}", lang.synth.round_letter));
        }
        if let Some(g) = src.group {
            p.push_str(&format!("·{}{g}", lang.synth.group_letter));
        }
        p
    };
    let quadrants = Quadrant::ALL.map(|q| {
        let Some(ts) = ts else { return Vec::new() };
        let picked: Vec<(Uuid, bool)> = ts.picked(q).iter().map(|(i, c)| (i.id, *c)).collect();
        let mut items: Vec<RankedItem> = ts
            .items(q)
            .iter()
            .map(|i| RankedItem {
                id: i.id,
                label: i.label(),
                text: i.text.to_string(),
                votes: i.votes,
                times: i.times,
                raised: i.raised.iter().map(place).collect(),
                members: i.members.iter().map(|m| m.id).collect(),
                chosen: picked.contains(&(i.id, true)),
                leader: false,
            })
            .collect();
        // The vote leaders, whether or not something is picked.
        let top = items.iter().map(|i| i.votes).max().unwrap_or(0);
        if !hidden && top > 0 {
            for i in items.iter_mut().filter(|i| i.votes == top) {
                i.leader = true;
            }
        }
        if hidden {
            // The ranking would tell the votes: creation order instead.
            let created: std::collections::HashMap<Uuid, _> =
                ts.items(q).iter().map(|i| (i.id, i.created)).collect();
            items.sort_by_key(|i| created[&i.id]);
        }
        items
    });
    Ranked {
        generation: app.notes.generation,
        notes_generation: app.notes.notes_generation,
        topic,
        key: t.key.clone(),
        title: t.title.clone(),
        hidden,
        quadrants,
        actions: actions(&app.notes.board, &t.key),
    }
}

/// The plenary's actions on `topic`, per quadrant, in the order typed.
fn actions(board: &crate::core::board::Board, topic: &str) -> [Vec<(Uuid, String)>; 4] {
    let mut out: [Vec<&crate::core::board::Action>; 4] = Default::default();
    for a in board.actions.values().filter(|a| a.topic == topic) {
        out[a.quadrant.index()].push(a);
    }
    out.map(|mut v| {
        v.sort_by_key(|a| a.order);
        v.into_iter().map(|a| (a.id, a.text.clone())).collect()
    })
}

pub fn update(app: &mut App, msg: Msg, fx: &mut Effect) {
    match msg {
        Msg::Topic(step) => {
            let n = app.session.topics.len().max(1) as i32;
            app.factors.topic = (app.factors.topic as i32 + step).rem_euclid(n) as usize;
            app.factors.action = None;
        }
        Msg::OpenKeyFactors => open(app, Mode::KeyFactors),
        Msg::OpenPlenary => open(app, Mode::Plenary),
        _ if app.mode == Mode::KeyFactors => key_factors(app, msg, fx),
        _ => plenary(app, msg, fx),
    }
}

fn key_factors(app: &mut App, msg: Msg, fx: &mut Effect) {
    let words = &app.lang.s().cap;
    let Some(r) = app.factors.ranked.as_ref() else {
        if msg == Msg::Escape {
            app.mode = app.factors.back.unwrap_or(app.home);
        }
        return;
    };
    let q = app.factors.quadrant;
    let len = r.quadrants[q].len();
    let selected = r.quadrants[q].get(app.factors.selected[q]).map(|i| i.id);
    let topic = r.key.clone();
    let quadrant = Quadrant::ALL[q];
    if let Some(ed) = app.factors.tally.as_mut() {
        match msg {
            Msg::Key(EditKey::Char(ch)) if ch.is_ascii_digit() && ed.chars() < 4 => {
                ed.key(EditKey::Char(ch));
            }
            Msg::Key(k @ (EditKey::Backspace | EditKey::Delete)) => {
                ed.key(k);
            }
            Msg::Submit => {
                let count: u32 = ed.take().trim().parse().unwrap_or(0);
                app.factors.tally = None;
                if let Some(note) = selected {
                    app.emit(fx, Body::Tally { note, count });
                }
            }
            Msg::Escape => app.factors.tally = None,
            _ => app.notice = Some(words.tally_keys.to_string()),
        }
        return;
    }
    let sel = &mut app.factors.selected[q];
    let last = len.saturating_sub(1);
    match msg {
        Msg::Nav(Nav::Up) => *sel = sel.saturating_sub(1),
        Msg::Nav(Nav::Down) => *sel = (*sel + 1).min(last),
        Msg::Nav(Nav::PageUp) => *sel = sel.saturating_sub(5),
        Msg::Nav(Nav::PageDown) => *sel = (*sel + 5).min(last),
        Msg::Nav(Nav::Home) => *sel = 0,
        Msg::Nav(Nav::End) => *sel = last,
        Msg::Nav(Nav::Left | Nav::Right) => app.factors.quadrant ^= 1,
        Msg::Cycle(step) => app.factors.quadrant = (q as i32 + step).rem_euclid(4) as usize,
        Msg::Quadrant(qq) => app.factors.quadrant = qq.index(),
        Msg::Act(Act::Choose) | Msg::Submit => {
            let Some(note) = selected else {
                app.notice = Some(words.nothing_to_select.to_string());
                return;
            };
            let chosen = app.notes.board.key_factors.get(&(topic.clone(), quadrant)) == Some(&note);
            app.emit(
                fx,
                Body::KeyFactor {
                    topic,
                    quadrant,
                    note: (!chosen).then_some(note),
                },
            );
        }
        Msg::Act(Act::Delete)
            if app
                .notes
                .board
                .key_factors
                .contains_key(&(topic.clone(), quadrant)) =>
        {
            app.emit(
                fx,
                Body::KeyFactor {
                    topic,
                    quadrant,
                    note: None,
                },
            );
        }
        Msg::Act(Act::Tally) if selected.is_some() => {
            app.factors.tally = Some(Editor::default());
        }
        Msg::Act(Act::CloseVote) => {
            if !app.session.votes.hidden {
                app.notice = Some(words.votes_not_hidden.to_string());
                return;
            }
            let closed = !app.notes.board.votes_closed.contains(&topic);
            app.emit(fx, Body::CloseVote { topic, closed });
        }
        Msg::Escape | Msg::Quit => app.mode = app.home,
        _ => {}
    }
}

fn plenary(app: &mut App, msg: Msg, fx: &mut Effect) {
    let words = &app.lang.s().cap;
    let Some(r) = app.factors.ranked.as_ref() else {
        if msg == Msg::Escape {
            app.mode = app.factors.back.unwrap_or(app.home);
        }
        return;
    };
    let quadrant = SLOTS[app.factors.slot];
    let list: Vec<(Uuid, String)> = r.actions[quadrant.index()].clone();
    let topic = r.key.clone();
    let at = app
        .factors
        .action
        .and_then(|a| list.iter().position(|x| x.0 == a));
    let f = &mut app.factors;
    if let Some(i) = at {
        // On the list of actions.
        match msg {
            Msg::Nav(Nav::Up) => f.action = Some(list[i.saturating_sub(1)].0),
            Msg::Nav(Nav::Down) if i + 1 < list.len() => f.action = Some(list[i + 1].0),
            Msg::Nav(Nav::Down) | Msg::Escape => f.action = None,
            Msg::Act(Act::Edit) | Msg::Submit => {
                let draft = f.editor.take();
                f.editing = Some((list[i].0, draft));
                f.editor.set(&list[i].1);
                f.action = None;
            }
            Msg::Act(Act::Delete) => {
                f.action = None;
                app.emit(
                    fx,
                    Body::EditAction {
                        action: list[i].0,
                        text: String::new(),
                    },
                );
                app.notice = Some(words.action_withdrawn.to_string());
            }
            Msg::Key(EditKey::Char(ch)) => {
                f.action = None;
                f.editor.key(EditKey::Char(ch));
            }
            Msg::Cycle(step) => {
                f.slot = (f.slot as i32 + step).rem_euclid(4) as usize;
                f.action = None;
            }
            _ => {}
        }
        return;
    }
    if edit_text(&mut f.editor, &msg).is_some() {
        return;
    }
    match msg {
        Msg::Nav(Nav::Up) => match list.last() {
            Some(last) => f.action = Some(last.0),
            None => app.notice = Some(words.no_actions_yet.to_string()),
        },
        Msg::Cycle(step) => f.slot = (f.slot as i32 + step).rem_euclid(4) as usize,
        Msg::Quadrant(q) => f.slot = SLOTS.iter().position(|s| *s == q).unwrap_or(0),
        Msg::Submit => {
            let text = match clean_text(f.editor.text()) {
                Ok(t) => t,
                Err(e) => {
                    app.notice = Some(e.message(app.lang));
                    return;
                }
            };
            match f.editing.take() {
                Some((action, draft)) => {
                    f.editor.set(&draft);
                    app.emit(fx, Body::EditAction { action, text });
                }
                None => {
                    f.editor.take();
                    app.emit(
                        fx,
                        Body::Action {
                            topic,
                            quadrant,
                            text,
                        },
                    );
                }
            }
        }
        Msg::Escape => {
            if let Some((_, draft)) = f.editing.take() {
                f.editor.set(&draft);
            } else {
                app.mode = app.factors.back.unwrap_or(app.home);
            }
        }
        _ => {}
    }
}
