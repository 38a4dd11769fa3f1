//! The key factors of a topic, as the key-factor and plenary screens show
//! them: each quadrant's items (a post-it, or a cluster as one) ranked by
//! votes with the labels of the printed synthesis (the same code ranks
//! both), which one the room picked, the vote leaders, and the actions.

use uuid::Uuid;

use super::board::Board;
use super::model::{BoardKind, Column, Session};
use super::synth::{self, Source};

/// Where an item was raised: table, round, group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub table: String,
    pub round: Option<u32>,
    pub group: Option<String>,
}

/// One line of a ranked quadrant (a post-it, or a cluster as one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankedItem {
    /// The post-it (cluster head) a pick points at.
    pub id: Uuid,
    /// Its rank in its column: with the column's letter, its label ("S1",
    /// "W3"; "A1", "F3" in French) as in the printed synthesis.
    pub rank: usize,
    /// Its column.
    pub column: Column,
    pub text: String,
    pub votes: i64,
    /// How many post-its say it.
    pub times: usize,
    pub raised: Vec<Place>,
    /// The post-its of its cluster (a pick may name any of them).
    pub members: Vec<Uuid>,
    /// Picked by the room.
    pub chosen: bool,
    /// Among the most voted (several on a tie); stands in for the key
    /// factor while nothing is picked.
    pub leader: bool,
}

/// One topic, ranked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub key: String,
    pub title: String,
    /// Votes hidden (until the facilitator closes the vote).
    pub hidden: bool,
    /// What its tables fill: one key factor per quadrant on a SWOT board,
    /// any number of picks per column on the others.
    pub board: BoardKind,
    pub quadrants: [Vec<RankedItem>; Column::MAX],
    /// The plenary's actions per column, in the order typed.
    pub actions: [Vec<PlenaryAction>; Column::MAX],
}

/// One plenary action as the screens list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlenaryAction {
    pub id: Uuid,
    pub text: String,
    /// The pick it answers, when recorded.
    pub from: Option<Uuid>,
}

impl Ranked {
    /// The columns of its board, in order.
    pub fn columns(&self) -> Vec<Column> {
        self.board.columns()
    }

    pub fn items(&self, q: Column) -> &[RankedItem] {
        &self.quadrants[q.index()]
    }

    /// The key factor of `q`: the chosen item, else the vote leaders.
    pub fn picked(&self, q: Column) -> Vec<&RankedItem> {
        let items = self.items(q);
        let chosen: Vec<&RankedItem> = items.iter().filter(|i| i.chosen).collect();
        if chosen.is_empty() {
            items.iter().filter(|i| i.leader).collect()
        } else {
            chosen
        }
    }

    /// The item of `q` that the post-it `note` is (or is a member of).
    pub fn item_of(&self, q: Column, note: Uuid) -> Option<&RankedItem> {
        self.items(q)
            .iter()
            .find(|i| i.id == note || i.members.contains(&note))
    }

    /// Follows new picks and actions without ranking again (the post-its
    /// and their votes are unchanged).
    pub fn repick(&mut self, board: &Board) {
        let swot = self.board.is_swot();
        for (q, items) in self.quadrants.iter_mut().enumerate() {
            let Some(q) = Column::at(q) else { continue };
            let chosen = board.key_factors.get(&(self.key.clone(), q));
            for i in items.iter_mut() {
                i.chosen = if swot {
                    chosen.is_some_and(|c| *c == i.id || i.members.contains(c))
                } else {
                    super::ops::is_chosen(board, &self.key, i.id, &i.members)
                };
            }
        }
        self.actions = actions(board, &self.key);
    }
}

/// Ranks `topic` of `session` from `board`. `hidden`: votes are not to be
/// shown (creation order, no leaders).
pub fn rank(session: &Session, board: &Board, topic: &str, hidden: bool) -> Ranked {
    let title = session
        .topic(topic)
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let input = synth::Input {
        session,
        board,
        clock: None,
    };
    let s = synth::build(&[input], Some(topic), jiff::Timestamp::UNIX_EPOCH);
    let ts = s.topics.iter().find(|x| x.key == topic);
    let place = |src: &Source| Place {
        table: src.table.to_string(),
        round: src.round,
        group: src.group.map(str::to_string),
    };
    let quadrants: [Vec<RankedItem>; Column::MAX] = std::array::from_fn(|q| {
        let q = Column::at(q).expect("a board's column");
        let Some(ts) = ts else { return Vec::new() };
        let picked: Vec<(Uuid, bool)> = ts.picked(q).iter().map(|(i, c)| (i.id, *c)).collect();
        let mut items: Vec<RankedItem> = ts
            .items(q)
            .iter()
            .map(|i| RankedItem {
                id: i.id,
                rank: i.rank,
                column: q,
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
        key: topic.to_string(),
        title,
        hidden,
        board: session.board_of(topic).clone(),
        quadrants,
        actions: actions(board, topic),
    }
}

/// The plenary's actions on `topic`, per quadrant, in the order typed.
pub fn actions(board: &Board, topic: &str) -> [Vec<PlenaryAction>; Column::MAX] {
    let mut out: [Vec<&super::board::Action>; Column::MAX] = Default::default();
    for a in board.actions.values().filter(|a| a.topic == topic) {
        out[a.quadrant.index()].push(a);
    }
    out.map(|mut v| {
        v.sort_by_key(|a| a.order);
        v.into_iter()
            .map(|a| PlenaryAction {
                id: a.id,
                text: a.text.clone(),
                from: a.from,
            })
            .collect()
    })
}
