//! The follow-up of proposals: every proposal of a session folded from
//! the board's events (plenary actions and proposals written, with their
//! answers), and where a proposal promoted from a post-it comes from. The
//! value types are in [`crate::proposal`]; these are the queries on the
//! merged [`Board`].

use uuid::Uuid;

use crate::board::{Board, Note};
use crate::model::Session;
use crate::proposal::{Change, Origin, Proposal, Response, Source};

/// The origin of a proposal promoted from `note`: its table, round,
/// group and topic, the post-its of its cluster, and the key factor it
/// is, if it is one.
pub fn origin_of_note(session: &Session, board: &Board, note: Uuid) -> Option<Origin> {
    let n = board.notes.get(&note)?;
    let head = n.cluster.unwrap_or(note);
    let mut notes = vec![head];
    let mut members: Vec<&Note> = board
        .notes
        .values()
        .filter(|m| m.cluster == Some(head) && !m.deleted)
        .collect();
    members.sort_by_key(|m| m.order);
    notes.extend(members.iter().map(|m| m.id));
    if !notes.contains(&note) {
        notes.push(note);
    }
    let topic = session.table(&n.table).map(|t| t.topic.clone());
    let key_factor = topic.as_ref().and_then(|t| {
        board
            .key_factors
            .iter()
            .find(|((kt, _), id)| kt == t && notes.contains(id))
            .map(|((_, q), _)| *q)
            .or_else(|| {
                // A room's pick on a board other than SWOT.
                board
                    .chosen
                    .iter()
                    .any(|(kt, id)| kt == t && notes.contains(id))
                    .then_some(n.quadrant)
            })
    });
    Some(Origin {
        topic,
        table: Some(n.table.clone()),
        round: n.round,
        group: n.group.clone(),
        key_factor,
        notes,
    })
}

/// Every proposal of one session: plenary actions and proposals written,
/// with their answers folded.
pub fn of_session(session: &Session, board: &Board, index: usize) -> Vec<Proposal> {
    let mut out: Vec<(u64, Uuid, u64, Proposal)> = Vec::new();
    for a in board.actions.values() {
        // The pick it answers, as the screen recorded it; else (journals
        // from before it was recorded) the quadrant's key factor, or the
        // column's only pick. With several picks and no record, no post-it
        // is named rather than a wrong one.
        let key = a
            .from
            .filter(|n| board.notes.contains_key(n))
            .or_else(|| {
                board
                    .key_factors
                    .get(&(a.topic.clone(), a.quadrant))
                    .copied()
            })
            .or_else(|| {
                let mut picks = board.chosen.iter().filter(|(t, n)| {
                    *t == a.topic && board.notes.get(n).is_some_and(|x| x.quadrant == a.quadrant)
                });
                match (picks.next(), picks.next()) {
                    (Some((_, n)), None) => Some(*n),
                    _ => None,
                }
            });
        let origin = key
            .and_then(|n| origin_of_note(session, board, n))
            .map(|mut o| {
                o.key_factor = Some(a.quadrant);
                o
            })
            .unwrap_or_else(|| Origin {
                topic: Some(a.topic.clone()),
                key_factor: Some(a.quadrant),
                ..Origin::default()
            });
        let p = build(
            session,
            board,
            index,
            a.id,
            (a.text.clone(), String::new(), None),
            Source::Plenary,
            origin,
            a.created,
        );
        out.push((a.order.0, a.order.1, a.order.2, p));
    }
    for p in board.proposals.values() {
        let source = if p.origin.notes.is_empty() {
            Source::Direct
        } else {
            Source::PostIts
        };
        let built = build(
            session,
            board,
            index,
            p.id,
            (p.text.clone(), p.description.clone(), p.theme.clone()),
            source,
            p.origin.clone(),
            p.created,
        );
        out.push((p.order.0, p.order.1, p.order.2, built));
    }
    out.sort_by_key(|(l, d, s, _)| (*l, *d, *s));
    out.into_iter().map(|(_, _, _, p)| p).collect()
}

#[allow(clippy::too_many_arguments)]
fn build(
    session: &Session,
    board: &Board,
    index: usize,
    id: Uuid,
    (text, description, theme): (String, String, Option<String>),
    source: Source,
    origin: Origin,
    created: jiff::Timestamp,
) -> Proposal {
    let topic_title = origin
        .topic
        .as_deref()
        .and_then(|k| session.topic(k))
        .map(|t| t.title.clone());
    let post_its = origin
        .notes
        .iter()
        .filter_map(|n| board.notes.get(n).map(|n| n.text.clone()))
        .collect();
    let mut p = Proposal {
        id,
        session: index,
        text,
        description,
        theme: theme.filter(|t| !t.trim().is_empty()).or(topic_title),
        source,
        origin,
        post_its,
        created,
        status: None,
        response: String::new(),
        owner: String::new(),
        condition: String::new(),
        due: None,
        progress: Vec::new(),
        history: Vec::new(),
    };
    let answers = board.answers.get(&id).map(Vec::as_slice).unwrap_or(&[]);
    for (i, a) in answers.iter().enumerate() {
        let r = &a.response;
        let title_before = r.title.as_ref().map(|_| p.text.clone());
        if let Some(s) = r.status {
            // A new status replaces what no longer holds: the response,
            // condition and due date said for the old one go unless this
            // answer says them again (the history keeps them).
            if p.status.is_some_and(|old| old != s) {
                p.response.clear();
                p.condition.clear();
                p.due = None;
            }
            p.status = Some(s);
        }
        if let Some(t) = r.title.as_ref().filter(|t| !t.trim().is_empty()) {
            p.text = t.clone();
        }
        if let Some(t) = &r.text {
            p.response = t.clone();
        }
        if let Some(t) = &r.owner {
            p.owner = t.clone();
        }
        if let Some(t) = &r.condition {
            p.condition = t.clone();
        }
        if let Some(d) = r.due {
            p.due = Some(d);
        }
        if let Some(t) = &r.theme {
            p.theme = Some(t.clone()).filter(|t| !t.trim().is_empty()).or(p.theme);
        }
        if let Some(n) = &r.progress {
            p.progress.push(n.clone());
        }
        let concurrent = answers.iter().enumerate().any(|(j, b)| {
            j != i
                && b.order.0 == a.order.0
                && b.device != a.device
                && overlaps(&a.response, &b.response)
        });
        p.history.push(Change {
            at: a.at,
            device: a.device,
            response: r.clone(),
            concurrent,
            title_before,
        });
    }
    p.progress.sort_by_key(|n| n.on);
    p
}

/// Whether two answers set a field in common.
fn overlaps(a: &Response, b: &Response) -> bool {
    (a.status.is_some() && b.status.is_some())
        || (a.title.is_some() && b.title.is_some())
        || (a.text.is_some() && b.text.is_some())
        || (a.owner.is_some() && b.owner.is_some())
        || (a.condition.is_some() && b.condition.is_some())
        || (a.due.is_some() && b.due.is_some())
        || (a.theme.is_some() && b.theme.is_some())
}
