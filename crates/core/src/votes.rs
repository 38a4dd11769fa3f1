//! Dot votes: each group's budget on a topic, and what the room may see.
//!
//! A group places dots on the post-its of a topic (all its tables, all
//! rounds). The session says how many: so many per quadrant, or so many in
//! all. The room's counts (paper dots, a show of hands) are typed as tallies
//! and are not budgeted. With `hidden: true`, totals stay hidden until the
//! facilitator closes the topic's vote; until then each group sees only its
//! own dots.

use uuid::Uuid;

use super::board::{Board, Note};
use super::model::{Column, Dots, Session};

/// Dots a group has placed on one topic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spent {
    pub per_quadrant: [i64; Column::MAX],
    pub total: i64,
}

/// Why a dot was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoteError {
    /// Per-quadrant budget used up.
    QuadrantSpent {
        group: String,
        quadrant: Column,
        budget: u32,
    },
    /// Total budget used up.
    TotalSpent { group: String, budget: u32 },
    /// Removing a dot the group never placed.
    NoDotToRemove { group: String },
    /// The post-it is not known (deleted, or not synced yet).
    NoNote,
}

impl VoteError {}

/// The topic a post-it belongs to (through its table).
pub fn topic_of<'s>(session: &'s Session, note: &Note) -> Option<&'s str> {
    session.table(&note.table).map(|t| t.topic.as_str())
}

/// Dots `group` has on the live post-its of `topic`.
pub fn spent(session: &Session, board: &Board, topic: &str, group: &str) -> Spent {
    let mut out = Spent::default();
    for n in board.notes.values() {
        if !n.shown() || topic_of(session, n) != Some(topic) {
            continue;
        }
        let v = n.votes_of(group);
        out.per_quadrant[n.quadrant.index()] += v;
        out.total += v;
    }
    out
}

/// Dots `group` may still place in `quadrant` of `topic`.
pub fn left(session: &Session, spent: &Spent, quadrant: Column) -> i64 {
    match session.votes.dots {
        Dots::PerQuadrant(b) => i64::from(b) - spent.per_quadrant[quadrant.index()],
        Dots::Total(b) => i64::from(b) - spent.total,
    }
    .max(0)
}

/// Whether `group` may put one more dot on `note`.
pub fn check_add(
    session: &Session,
    board: &Board,
    note: Uuid,
    group: &str,
) -> Result<(), VoteError> {
    let n = board
        .notes
        .get(&note)
        .filter(|n| n.shown())
        .ok_or(VoteError::NoNote)?;
    let Some(topic) = topic_of(session, n) else {
        return Ok(());
    };
    let spent = spent(session, board, topic, group);
    if left(session, &spent, n.quadrant) > 0 {
        return Ok(());
    }
    Err(match session.votes.dots {
        Dots::PerQuadrant(budget) => VoteError::QuadrantSpent {
            group: group.to_string(),
            quadrant: n.quadrant,
            budget,
        },
        Dots::Total(budget) => VoteError::TotalSpent {
            group: group.to_string(),
            budget,
        },
    })
}

/// Whether `group` has a dot on `note` to take back.
pub fn check_remove(board: &Board, note: Uuid, group: &str) -> Result<(), VoteError> {
    let n = board.notes.get(&note).ok_or(VoteError::NoNote)?;
    if n.votes_of(group) > 0 {
        Ok(())
    } else {
        Err(VoteError::NoDotToRemove {
            group: group.to_string(),
        })
    }
}

/// Whether the room may see the totals of `topic`.
pub fn totals_visible(session: &Session, board: &Board, topic: &str) -> bool {
    !session.votes.hidden || board.votes_closed.contains(topic)
}

/// What to show of a post-it's votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Every dot and the room's count.
    All(i64),
    /// The vote is hidden: only this group's own dots.
    Own(i64),
}

/// A post-it's votes as the viewer (at `group`'s table) may see them.
pub fn shown(session: &Session, board: &Board, note: &Note, group: Option<&str>) -> Shown {
    match topic_of(session, note) {
        Some(topic) if !totals_visible(session, board, topic) => {
            Shown::Own(note.votes_of(group.unwrap_or("")))
        }
        _ => Shown::All(note.votes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Body, Event};
    use crate::model::{Table, Topic, VoteRules};

    fn session(dots: Dots, hidden: bool) -> Session {
        let mut s = Session::new(Uuid::nil(), "t");
        s.topics.push(Topic {
            key: "CLN".into(),
            title: "Conseil".into(),
            question: String::new(),
            board: Default::default(),
        });
        for key in ["A", "B"] {
            s.tables.push(Table {
                key: key.into(),
                topic: "CLN".into(),
                host: String::new(),
                seats: None,
                whole_room: false,
            });
        }
        s.votes = VoteRules { dots, hidden };
        s
    }

    fn ev(n: u64, body: Body) -> Event {
        Event {
            id: Uuid::from_u128(n as u128),
            device: Uuid::from_u128(99),
            seq: n,
            lamport: n,
            at: jiff::Timestamp::UNIX_EPOCH,
            body,
        }
    }

    fn add(n: u64, table: &str, q: Column) -> Event {
        ev(
            n,
            Body::Add {
                author: None,
                private: None,
                table: table.into(),
                quadrant: q,
                round: Some(1),
                group: Some("1".into()),
                text: format!("note {n}"),
            },
        )
    }

    fn vote(n: u64, note: u64, group: &str, delta: i32) -> Event {
        ev(
            n,
            Body::Vote {
                note: Uuid::from_u128(note as u128),
                delta,
                group: Some(group.into()),
            },
        )
    }

    #[test]
    fn per_quadrant_budget_counts_every_table_of_the_topic() {
        let s = session(Dots::PerQuadrant(2), false);
        let mut events = vec![
            add(1, "A", Column::S),
            add(2, "B", Column::S),
            add(3, "A", Column::W),
        ];
        events.push(vote(4, 1, "g1", 1));
        events.push(vote(5, 2, "g1", 1));
        let b = Board::from_events(&events);
        let one = |n: u128| Uuid::from_u128(n);
        // Two dots in S over tables A and B: S is spent, W is not.
        assert_eq!(
            check_add(&s, &b, one(1), "g1"),
            Err(VoteError::QuadrantSpent {
                group: "g1".into(),
                quadrant: Column::S,
                budget: 2
            })
        );
        assert_eq!(check_add(&s, &b, one(3), "g1"), Ok(()));
        // Another group has its own budget.
        assert_eq!(check_add(&s, &b, one(1), "g2"), Ok(()));
        assert_eq!(spent(&s, &b, "CLN", "g1").per_quadrant, [2, 0, 0, 0, 0, 0]);
        // Deleting a post-it gives its dots back.
        events.push(ev(6, Body::Delete { note: one(2) }));
        let b = Board::from_events(&events);
        assert_eq!(check_add(&s, &b, one(1), "g1"), Ok(()));
    }

    #[test]
    fn total_budget_and_removal() {
        let s = session(Dots::Total(2), false);
        let events = vec![
            add(1, "A", Column::S),
            add(2, "A", Column::T),
            vote(3, 1, "g1", 1),
            vote(4, 2, "g1", 1),
        ];
        let b = Board::from_events(&events);
        let err = check_add(&s, &b, Uuid::from_u128(1), "g1").unwrap_err();
        assert_eq!(
            err,
            VoteError::TotalSpent {
                group: "g1".into(),
                budget: 2
            }
        );
        assert_eq!(check_remove(&b, Uuid::from_u128(1), "g1"), Ok(()));
        assert_eq!(
            check_remove(&b, Uuid::from_u128(1), "g2"),
            Err(VoteError::NoDotToRemove { group: "g2".into() })
        );
    }

    #[test]
    fn hidden_votes_show_own_dots_until_closed() {
        let s = session(Dots::PerQuadrant(3), true);
        let mut events = vec![
            add(1, "A", Column::S),
            vote(2, 1, "g1", 2),
            vote(3, 1, "g2", 1),
            ev(
                4,
                Body::Tally {
                    note: Uuid::from_u128(1),
                    count: 5,
                },
            ),
        ];
        let b = Board::from_events(&events);
        let n = &b.notes[&Uuid::from_u128(1)];
        assert_eq!(shown(&s, &b, n, Some("g1")), Shown::Own(2));
        assert_eq!(shown(&s, &b, n, None), Shown::Own(0));
        events.push(ev(
            5,
            Body::CloseVote {
                topic: "CLN".into(),
                closed: true,
            },
        ));
        let b = Board::from_events(&events);
        let n = &b.notes[&Uuid::from_u128(1)];
        assert_eq!(shown(&s, &b, n, Some("g1")), Shown::All(8));
    }
}
