//! Domain operations: what a person can do to a session's board, checked
//! once, here, for every way in (the note-taker's screen, `tablee add`,
//! `tablee import`). Each returns the event body to write and, for what a
//! screen can undo, the bodies that take it back and make it again.

use uuid::Uuid;

use super::board::Board;
use super::event::{Body, TextError, clean_text};
use super::model::{Column, Session};
use super::votes::{self, VoteError};

/// A change to the board, and how to take it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The events that make it (written first, and again on redo).
    pub redo: Vec<Body>,
    /// The events that take it back.
    pub undo: Vec<Body>,
}

/// Why an operation is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpError {
    NoTable {
        key: String,
        known: Vec<String>,
    },
    NoRound {
        round: u32,
        rounds: u32,
    },
    /// No column given, on a board of several.
    ColumnNeeded {
        table: String,
        board: super::model::BoardKind,
    },
    /// A column name, letter or number the table's board does not know.
    UnknownColumn {
        table: String,
        typed: String,
        board: super::model::BoardKind,
    },
    /// A column the table's board does not have (a 5th column on three).
    NoColumn {
        table: String,
        column: usize,
        columns: usize,
    },
    NoGroup {
        group: String,
        known: Vec<String>,
    },
    Text(TextError),
    Vote(VoteError),
    /// The post-it is not on the board (deleted elsewhere).
    NoNote,
    /// Merging a post-it with itself or its own cluster.
    SameCluster,
    /// Splitting a post-it that is in no cluster.
    NotInCluster,
}

impl OpError {}

/// The column someone typed for table `table` (`--in`, an import's
/// column): on a SWOT board a quadrant's letter or name in English or
/// French, on any board its number from 1; on named columns, its letter
/// (A, B…) or its name (a unique start is enough). An unknown table is
/// left to [`add`] to report.
/// Nothing typed is fine on a board of one column (an open question).
pub fn column_of(session: &Session, table: &str, typed: Option<&str>) -> Result<Column, OpError> {
    let Some(t) = session.table(table) else {
        // The table is reported by [`add`]; a quadrant no SWOT knows is
        // reported here too, so that one pass names every mistake.
        return match typed.map(str::trim).filter(|s| !s.is_empty()) {
            Some(typed)
                if session.topics.iter().all(|t| t.board.is_swot())
                    && Column::parse(typed).is_none()
                    && typed
                        .parse::<usize>()
                        .map_or(true, |n| !(1..=4).contains(&n)) =>
            {
                Err(OpError::UnknownColumn {
                    table: String::new(),
                    typed: typed.to_string(),
                    board: super::model::BoardKind::Swot,
                })
            }
            _ => Ok(Column::S),
        };
    };
    let board = session.board_of(&t.topic);
    let Some(typed) = typed.map(str::trim).filter(|s| !s.is_empty()) else {
        return match board.columns().len() {
            1 => Ok(Column::S),
            _ => Err(OpError::ColumnNeeded {
                table: t.key.clone(),
                board: board.clone(),
            }),
        };
    };
    board
        .parse_column(typed)
        .ok_or_else(|| OpError::UnknownColumn {
            table: t.key.clone(),
            typed: typed.trim().to_string(),
            board: board.clone(),
        })
}

/// A post-it as someone asks to add it.
#[derive(Debug, Clone, Copy)]
pub struct NewNote<'a> {
    /// A table's key (case aside).
    pub table: &'a str,
    pub quadrant: Column,
    pub round: Option<u32>,
    /// None: the rotation plan's group at that table and round, if known.
    pub group: Option<&'a str>,
    pub text: &'a str,
}

/// Checks a new post-it (table, round, group, text) and makes its event.
/// Every problem is reported, not only the first.
pub fn add(session: &Session, n: NewNote) -> Result<Body, Vec<OpError>> {
    let mut problems = Vec::new();
    let table = match session.table(n.table) {
        Some(t) => {
            let columns = session.board_of(&t.topic).columns().len();
            if n.quadrant.index() >= columns {
                problems.push(OpError::NoColumn {
                    table: t.key.clone(),
                    column: n.quadrant.index() + 1,
                    columns,
                });
            }
            Some(t.key.clone())
        }
        None => {
            problems.push(OpError::NoTable {
                key: n.table.to_string(),
                known: session.tables.iter().map(|t| t.key.clone()).collect(),
            });
            None
        }
    };
    let rounds = session.round_phases() as u32;
    if let Some(r) = n.round
        && (r == 0 || r > rounds)
    {
        problems.push(OpError::NoRound { round: r, rounds });
    }
    if let Some(g) = n.group
        && !session.groups.iter().any(|x| x.key == g)
    {
        problems.push(OpError::NoGroup {
            group: g.to_string(),
            known: session.groups.iter().map(|g| g.key.clone()).collect(),
        });
    }
    let text = clean_text(n.text).map_err(|e| problems.push(OpError::Text(e)));
    match (table, text) {
        (Some(table), Ok(text)) if problems.is_empty() => {
            // Known round, no group: the plan says who sat there.
            let group = n
                .group
                .map(str::to_string)
                .or_else(|| super::plan::group_at(session, &table, n.round?));
            Ok(Body::Add {
                author: None,
                private: None,
                table,
                quadrant: n.quadrant,
                round: n.round,
                group,
                text,
            })
        }
        _ => Err(problems),
    }
}

/// Taking back the post-it added as `id` (and making it again).
pub fn added(id: Uuid) -> Change {
    Change {
        redo: vec![Body::Restore { note: id }],
        undo: vec![Body::Delete { note: id }],
    }
}

/// New text for a post-it; None when the text is the same.
pub fn edit(board: &Board, note: Uuid, raw: &str) -> Result<Option<Change>, OpError> {
    let text = clean_text(raw).map_err(OpError::Text)?;
    let old = &board.notes.get(&note).ok_or(OpError::NoNote)?.text;
    Ok((*old != text).then(|| Change {
        redo: vec![Body::Edit { note, text }],
        undo: vec![Body::Edit {
            note,
            text: old.clone(),
        }],
    }))
}

pub fn delete(note: Uuid) -> Change {
    Change {
        redo: vec![Body::Delete { note }],
        undo: vec![Body::Restore { note }],
    }
}

/// To another quadrant of its table; None when it is there already.
pub fn move_to(board: &Board, note: Uuid, quadrant: Column) -> Result<Option<Change>, OpError> {
    let n = board.notes.get(&note).ok_or(OpError::NoNote)?;
    Ok((n.quadrant != quadrant).then(|| Change {
        redo: vec![Body::Move {
            note,
            quadrant,
            table: n.table.clone(),
        }],
        undo: vec![Body::Move {
            note,
            quadrant: n.quadrant,
            table: n.table.clone(),
        }],
    }))
}

/// `first` (and the post-its it heads) joins `into`'s cluster.
pub fn merge(board: &Board, first: Uuid, into: Uuid) -> Result<Change, OpError> {
    let notes = &board.notes;
    let (Some(a), Some(b)) = (notes.get(&first), notes.get(&into)) else {
        return Err(OpError::NoNote);
    };
    if first == into
        || a.cluster == Some(into)
        || b.cluster.unwrap_or(into) == a.cluster.unwrap_or(first)
    {
        return Err(OpError::SameCluster);
    }
    // Undo puts `first` and the post-its it headed back where they were.
    let mut undo = vec![match a.cluster {
        Some(h) => Body::Cluster {
            note: first,
            into: h,
        },
        None => Body::Uncluster { note: first },
    }];
    undo.extend(
        notes
            .values()
            .filter(|m| m.cluster == Some(first))
            .map(|m| Body::Cluster {
                note: m.id,
                into: first,
            }),
    );
    Ok(Change {
        redo: vec![Body::Cluster { note: first, into }],
        undo,
    })
}

/// Takes a member out of its cluster; on a head, dissolves the cluster.
pub fn split(board: &Board, note: Uuid) -> Result<Change, OpError> {
    let notes = &board.notes;
    let n = notes.get(&note).ok_or(OpError::NoNote)?;
    let mut redo = Vec::new();
    let mut undo = Vec::new();
    if let Some(head) = n.cluster {
        redo.push(Body::Uncluster { note });
        undo.push(Body::Cluster { note, into: head });
    } else {
        for m in notes.values().filter(|m| m.cluster == Some(note)) {
            redo.push(Body::Uncluster { note: m.id });
            undo.push(Body::Cluster {
                note: m.id,
                into: note,
            });
        }
    }
    if redo.is_empty() {
        return Err(OpError::NotInCluster);
    }
    Ok(Change { redo, undo })
}

/// A dot (+1) or one less (−1) for `group` (a dot with no group is the
/// room's, outside any budget).
pub fn vote(
    session: &Session,
    board: &Board,
    note: Uuid,
    group: Option<&str>,
    delta: i32,
) -> Result<Change, OpError> {
    let key = group.unwrap_or_default();
    if delta > 0 {
        if group.is_some() {
            votes::check_add(session, board, note, key).map_err(OpError::Vote)?;
        }
    } else {
        votes::check_remove(board, note, key).map_err(OpError::Vote)?;
    }
    let group = group.map(str::to_string);
    Ok(Change {
        redo: vec![Body::Vote {
            note,
            delta,
            group: group.clone(),
        }],
        undo: vec![Body::Vote {
            note,
            delta: -delta,
            group,
        }],
    })
}

/// The room's count for a post-it; None when it is unchanged.
pub fn tally(board: &Board, note: Uuid, count: u32) -> Result<Option<Change>, OpError> {
    let old = board.notes.get(&note).ok_or(OpError::NoNote)?.tally;
    Ok((old != count).then(|| Change {
        redo: vec![Body::Tally { note, count }],
        undo: vec![Body::Tally { note, count: old }],
    }))
}

/// Picks `note` as `topic`'s key factor in `quadrant`; picking the chosen
/// one again unpicks it.
pub fn pick(board: &Board, topic: &str, quadrant: Column, note: Uuid) -> Body {
    let chosen = board.key_factors.get(&(topic.to_string(), quadrant)) == Some(&note);
    Body::KeyFactor {
        topic: topic.to_string(),
        quadrant,
        note: (!chosen).then_some(note),
    }
}

/// Whether the room picked `note` (or a post-it of its cluster) on a board
/// other than SWOT.
pub fn is_chosen(board: &Board, topic: &str, note: Uuid, members: &[Uuid]) -> bool {
    std::iter::once(&note)
        .chain(members)
        .any(|n| board.chosen.contains(&(topic.to_string(), *n)))
}

/// Adds `note` to the room's picks on a board other than SWOT, or takes it
/// (and any post-it of its cluster) back out when it is picked already.
pub fn choose(board: &Board, topic: &str, note: Uuid, members: &[Uuid]) -> Vec<Body> {
    let picked: Vec<Uuid> = std::iter::once(&note)
        .chain(members)
        .filter(|n| board.chosen.contains(&(topic.to_string(), **n)))
        .copied()
        .collect();
    if picked.is_empty() {
        vec![Body::Choose {
            topic: topic.to_string(),
            note,
            chosen: true,
        }]
    } else {
        picked
            .into_iter()
            .map(|n| Body::Choose {
                topic: topic.to_string(),
                note: n,
                chosen: false,
            })
            .collect()
    }
}

/// Takes back every pick of `column` on a board other than SWOT.
pub fn clear_chosen(board: &Board, topic: &str, column: Column) -> Vec<Body> {
    board
        .chosen
        .iter()
        .filter(|(t, n)| t == topic && board.notes.get(n).is_some_and(|x| x.quadrant == column))
        .map(|(_, n)| Body::Choose {
            topic: topic.to_string(),
            note: *n,
            chosen: false,
        })
        .collect()
}

/// Clears a quadrant's pick; None when nothing is picked.
pub fn clear_pick(board: &Board, topic: &str, quadrant: Column) -> Option<Body> {
    board
        .key_factors
        .contains_key(&(topic.to_string(), quadrant))
        .then(|| Body::KeyFactor {
            topic: topic.to_string(),
            quadrant,
            note: None,
        })
}

/// Closes (or reopens) a topic's hidden vote.
pub fn close_vote(board: &Board, topic: &str) -> Body {
    Body::CloseVote {
        topic: topic.to_string(),
        closed: !board.votes_closed.contains(topic),
    }
}

/// A plenary action under a topic's key factor, answering the pick `from`
/// (the post-it the screen showed it under).
pub fn action(
    topic: &str,
    quadrant: Column,
    from: Option<Uuid>,
    raw: &str,
) -> Result<Body, OpError> {
    Ok(Body::Action {
        topic: topic.to_string(),
        quadrant,
        text: clean_text(raw).map_err(OpError::Text)?,
        from,
    })
}

/// New text for an action.
pub fn edit_action(action: Uuid, raw: &str) -> Result<Body, OpError> {
    Ok(Body::EditAction {
        action,
        text: clean_text(raw).map_err(OpError::Text)?,
    })
}

/// An action withdrawn (its text emptied; the history keeps it).
pub fn withdraw_action(action: Uuid) -> Body {
    Body::EditAction {
        action,
        text: String::new(),
    }
}

/// The next writer of a table during time alone: the session's
/// participants in turn (by name), or numbers when the session keeps
/// writers anonymous or lists nobody (the next number is always one past
/// the highest used at this table, for a new person); after the last, none
/// (the post-its are the table's again).
pub fn next_writer(
    session: &Session,
    board: &Board,
    table: &str,
    current: Option<&str>,
) -> Option<String> {
    if !session.anonymous_writing && !session.participants.is_empty() {
        let names = &session.participants;
        return match current.and_then(|c| names.iter().position(|n| n == c)) {
            None => names.first().cloned(),
            Some(i) => names.get(i + 1).cloned(),
        };
    }
    let highest = board
        .notes
        .values()
        .filter(|n| n.table == table)
        .filter_map(|n| n.author.as_deref()?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    match current.and_then(|c| c.parse::<u32>().ok()) {
        None => Some("1".to_string()),
        Some(n) if n <= highest => Some((n + 1).to_string()),
        Some(_) => None,
    }
}

/// `body` (an `Add`) written by `author`.
pub fn by_author(mut body: Body, author: Option<String>) -> Body {
    if let Body::Add { author: a, .. } = &mut body {
        *a = author;
    }
    body
}

/// `body` (an `Add`) private to `phone` until shared: a post-it of time
/// alone written on a person's own phone. Its writer is numbered as the
/// note-taker numbers people (« Personne 2 »): the phone's number at the
/// table if it wrote there before, else the next one, so that the
/// synthesis counts the people who wrote.
pub fn privately(board: &Board, mut body: Body, phone: Uuid) -> Body {
    if let Body::Add {
        private,
        author,
        table,
        ..
    } = &mut body
    {
        *private = Some(phone);
        let here = || board.notes.values().filter(|n| n.table == *table);
        let known = here()
            .find(|n| n.phone == Some(phone))
            .and_then(|n| n.author.clone());
        let next = || {
            let highest = here()
                .filter_map(|n| n.author.as_deref()?.parse::<u32>().ok())
                .max()
                .unwrap_or(0);
            (highest + 1).to_string()
        };
        *author = Some(known.unwrap_or_else(next));
    }
    body
}

/// Shows the room the private post-its of time alone: every one (the
/// facilitator's « partager »), or one phone's (its own). None when there
/// is none.
pub fn share(board: &Board, phone: Option<Uuid>) -> Option<Body> {
    let notes: Vec<Uuid> = board.private_notes(phone).iter().map(|n| n.id).collect();
    (!notes.is_empty()).then_some(Body::Share { notes })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::Event;

    fn session() -> Session {
        let mut s = Session::new(Uuid::nil(), "t");
        s.tables = vec![
            crate::model::Table {
                key: "A".into(),
                topic: "T".into(),
                host: String::new(),
                seats: None,
                whole_room: false,
            },
            crate::model::Table {
                key: "B".into(),
                topic: "T".into(),
                host: String::new(),
                seats: None,
                whole_room: false,
            },
        ];
        s
    }

    #[test]
    fn add_checks_everything_and_says_every_problem() {
        let s = session();
        let ok = add(
            &s,
            NewNote {
                table: "a",
                quadrant: Column::O,
                round: None,
                group: None,
                text: "  un tiers-lieu ",
            },
        )
        .unwrap();
        assert!(
            matches!(ok, Body::Add { ref table, ref text, .. } if table == "A" && text == "un tiers-lieu")
        );
        let bad = add(
            &s,
            NewNote {
                table: "Z",
                quadrant: Column::O,
                round: Some(9),
                group: Some("g"),
                text: " ",
            },
        )
        .unwrap_err();
        assert_eq!(bad.len(), 4, "{bad:?}");
        // Worded in the application's `i18n::refusals` (tested there).
        assert_eq!(
            bad[0],
            OpError::NoTable {
                key: "Z".into(),
                known: vec!["A".into(), "B".into()]
            }
        );
    }

    #[test]
    fn every_change_has_an_inverse_that_restores_the_board() {
        let s = session();
        let mut events: Vec<Event> = Vec::new();
        let mut lamport = 0;
        let mut write = |events: &mut Vec<Event>, body: Body| {
            lamport += 1;
            let id = Uuid::from_u128(lamport as u128);
            events.push(Event {
                id,
                device: Uuid::nil(),
                seq: lamport,
                lamport,
                at: jiff::Timestamp::UNIX_EPOCH,
                body,
            });
            id
        };
        fn note(text: &str) -> NewNote<'_> {
            NewNote {
                table: "A",
                quadrant: Column::S,
                round: None,
                group: None,
                text,
            }
        }
        let a = write(&mut events, add(&s, note("a")).unwrap());
        let b = write(&mut events, add(&s, note("b")).unwrap());
        let board = |e: &[Event]| Board::from_events(e);
        let before = board(&events);
        let changes = [
            edit(&before, a, "a2").unwrap().unwrap(),
            delete(a),
            move_to(&before, a, Column::T).unwrap().unwrap(),
            merge(&before, a, b).unwrap(),
            tally(&before, b, 4).unwrap().unwrap(),
            vote(&s, &before, b, None, 1).unwrap(),
        ];
        for c in changes {
            let mut e = events.clone();
            for body in c.redo.clone() {
                write(&mut e, body);
            }
            assert_ne!(board(&e).notes, before.notes, "{c:?} changes something");
            for body in c.undo.clone() {
                write(&mut e, body);
            }
            let after = board(&e);
            for (id, n) in &before.notes {
                let m = &after.notes[id];
                assert_eq!(
                    (
                        &m.text,
                        m.quadrant,
                        m.deleted,
                        m.cluster,
                        m.tally,
                        m.votes_of("")
                    ),
                    (
                        &n.text,
                        n.quadrant,
                        n.deleted,
                        n.cluster,
                        n.tally,
                        n.votes_of("")
                    ),
                    "{c:?} undone"
                );
            }
        }
        assert_eq!(merge(&before, a, a), Err(OpError::SameCluster));
        assert_eq!(split(&before, a), Err(OpError::NotInCluster));
    }

    #[test]
    fn private_post_its_stay_off_the_board_until_shared() {
        use crate::event::{Event, Stamper};
        let mut st = Stamper::new(Uuid::from_u128(5), 0, 0);
        let at = jiff::Timestamp::UNIX_EPOCH;
        let (phone1, phone2) = (Uuid::from_u128(101), Uuid::from_u128(102));
        let add = |st: &mut Stamper, text: &str, phone: Option<Uuid>| -> Event {
            let body = Body::Add {
                table: "A".into(),
                quadrant: Column::S,
                round: None,
                group: None,
                text: text.into(),
                author: None,
                private: None,
            };
            let body = match phone {
                Some(p) => privately(&Board::default(), body, p),
                None => body,
            };
            st.stamp(Uuid::new_v4(), body, at)
        };
        let mut events = vec![
            add(&mut st, "for all", None),
            add(&mut st, "mine", Some(phone1)),
            add(&mut st, "theirs", Some(phone2)),
        ];
        let board = Board::from_events(&events);
        let texts = |b: &Board| {
            b.live_notes()
                .iter()
                .map(|n| n.text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&board), ["for all"]);
        assert_eq!(board.private_notes(Some(phone1)).len(), 1);
        assert_eq!(board.private_notes(None).len(), 2);
        // A phone shares its own; then the facilitator shares the rest.
        events.push(st.stamp(Uuid::new_v4(), share(&board, Some(phone1)).unwrap(), at));
        let board = Board::from_events(&events);
        assert_eq!(texts(&board), ["for all", "mine"]);
        events.push(st.stamp(Uuid::new_v4(), share(&board, None).unwrap(), at));
        let board = Board::from_events(&events);
        assert_eq!(texts(&board), ["for all", "mine", "theirs"]);
        assert_eq!(share(&board, None), None);
    }
}
