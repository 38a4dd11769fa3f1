//! A topic's ranking ([`crate::core::factors`]) kept up to date for the
//! key-factor and plenary screens: ranked again only when post-its or
//! votes changed, patched when only picks or actions did. Computed in
//! `update`, never while drawing.

use super::context::{Cx, Go, Target};
use super::msg::Msg;
use super::room::Room;
use crate::core::factors::{self, Ranked};
use crate::core::votes;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranking {
    /// Index of the topic shown.
    pub topic: usize,
    pub ranked: Option<Ranked>,
    generation: u64,
    notes_generation: u64,
}

impl Ranking {
    /// At the topic with this key (else the first), ranked.
    pub fn at(room: &Room, topic: Option<&str>) -> Ranking {
        let topic = topic
            .and_then(|k| room.session.topics.iter().position(|t| t.key == k))
            .unwrap_or(0);
        let mut r = Ranking {
            topic,
            ..Ranking::default()
        };
        r.refresh(room);
        r
    }

    /// The key of the topic shown.
    pub fn key(&self) -> Option<&str> {
        self.ranked.as_ref().map(|r| r.key.as_str())
    }

    /// The messages both topic screens share: previous or next topic, the
    /// other topic screen at this topic, quit; and, with no topic at all,
    /// Esc. True when `msg` was handled (anything is, with no topic).
    pub fn shared(&mut self, cx: &mut Cx, msg: &Msg) -> bool {
        let topic = || self.key().map(str::to_string);
        match msg {
            Msg::Topic(step) => self.step(cx.room(), *step),
            Msg::OpenPlenary => cx.open(Target::Plenary { topic: topic() }),
            Msg::OpenKeyFactors => cx.open(Target::KeyFactors { topic: topic() }),
            Msg::Quit => cx.go(Go::Quit),
            Msg::Escape if self.ranked.is_none() => cx.go(Go::Back),
            _ => return self.ranked.is_none(),
        }
        true
    }

    /// Previous (−1) or next (+1) topic.
    pub fn step(&mut self, room: &Room, step: i32) {
        let n = room.session.topics.len().max(1) as i32;
        self.topic = (self.topic as i32 + step).rem_euclid(n) as usize;
        self.refresh(room);
    }

    /// Follows the board, the topic and the vote.
    pub fn refresh(&mut self, room: &Room) {
        let n = room.session.topics.len();
        if n == 0 {
            self.ranked = None;
            return;
        }
        self.topic = self.topic.min(n - 1);
        let key = &room.session.topics[self.topic].key;
        let hidden = !votes::totals_visible(&room.session, &room.notes.board, key);
        let notes = &room.notes;
        let same_topic = |r: &Ranked| r.key == *key && r.hidden == hidden;
        match self.ranked.as_mut() {
            Some(r) if same_topic(r) && self.generation == notes.generation => {}
            // Only picks or actions changed: no need to rank again.
            Some(r) if same_topic(r) && self.notes_generation == notes.notes_generation => {
                r.repick(&notes.board);
            }
            _ => {
                self.ranked = Some(factors::rank(&room.session, &notes.board, key, hidden));
                self.notes_generation = notes.notes_generation;
            }
        }
        self.generation = notes.generation;
    }
}
