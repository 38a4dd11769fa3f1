//! What the capture board lists in each quadrant, in order: the table's
//! post-its (earlier rounds marked), then, when asked, the same topic's
//! other tables; cluster members right under their head; the filter
//! applied (a cluster stays whole when any of its post-its matches).

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::{State, group, round};
use crate::core::board::Note;
use crate::core::model::Column;
use crate::core::text::fold;
use crate::tui::room::Room;

/// Whose work a post-it is, seen from the table's current round and group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark<'a> {
    /// Typed this round, by the group at the table now.
    Now,
    /// Typed at this table in another round or by another group.
    Earlier {
        round: Option<u32>,
        group: Option<&'a str>,
    },
    /// Typed at another table of the same topic.
    Elsewhere {
        table: &'a str,
        round: Option<u32>,
        group: Option<&'a str>,
    },
}

#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    pub note: &'a Note,
    /// Listed under its cluster's head.
    pub member: bool,
    /// Members listed under it (for a head).
    pub members: usize,
    pub mark: Mark<'a>,
}

/// The rows of the four quadrants (S, W, O, T).
pub fn rows<'a>(app: &'a Room, c: &State) -> [Vec<Row<'a>>; Column::MAX] {
    let session = &app.session;
    let board = &app.notes.board;
    let topic = session.table(&c.table).map(|t| t.topic.as_str());
    let table_rank = |key: &str| session.table_index(key).unwrap_or(usize::MAX);
    let shown = |n: &Note| {
        n.table == c.table
            || (c.others
                && topic.is_some()
                && session.table(&n.table).map(|t| t.topic.as_str()) == topic)
    };
    let mut notes: Vec<&Note> = board
        .notes
        .values()
        .filter(|n| n.shown() && shown(n))
        .collect();
    notes.sort_by_key(|n| (n.table != c.table, table_rank(&n.table), n.order));

    let now_round = round(app, c);
    let now_group = group(app, c);
    let mark = |n: &'a Note| -> Mark<'a> {
        if n.table != c.table {
            Mark::Elsewhere {
                table: &n.table,
                round: n.round,
                group: n.group.as_deref(),
            }
        } else if n.round == now_round && n.group == now_group {
            Mark::Now
        } else {
            Mark::Earlier {
                round: n.round,
                group: n.group.as_deref(),
            }
        }
    };

    let needle = fold(c.filter.text().trim());
    let matches = |n: &Note| needle.is_empty() || fold(&n.text).contains(&needle);

    let listed: HashSet<Uuid> = notes.iter().map(|n| n.id).collect();
    let mut members: HashMap<Uuid, Vec<&'a Note>> = HashMap::new();
    for n in &notes {
        if let Some(h) = n.cluster
            && h != n.id
            && listed.contains(&h)
        {
            members.entry(h).or_default().push(n);
        }
    }
    let mut out: [Vec<Row<'a>>; Column::MAX] = Default::default();
    for n in notes {
        if n.cluster.is_some_and(|h| h != n.id && listed.contains(&h)) {
            continue;
        }
        let ms = members.remove(&n.id).unwrap_or_default();
        if !matches(n) && !ms.iter().any(|m| matches(m)) {
            continue;
        }
        let list = &mut out[n.quadrant.index()];
        list.push(Row {
            note: n,
            member: false,
            members: ms.len(),
            mark: mark(n),
        });
        list.extend(ms.into_iter().map(|m| Row {
            note: m,
            member: true,
            members: 0,
            mark: mark(m),
        }));
    }
    out
}

/// Post-its of the table (live), per quadrant, without the filter: the
/// counts shown beside each quadrant's name.
pub fn totals(app: &Room, c: &State) -> [usize; Column::MAX] {
    let mut out = [0; Column::MAX];
    for n in app.notes.board.notes.values() {
        if n.shown() && n.table == c.table {
            out[n.quadrant.index()] += 1;
        }
    }
    out
}
