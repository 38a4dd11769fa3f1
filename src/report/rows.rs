//! The synthesis as rows, for the table formats (CSV, xlsx): one row per
//! post-it, per key factor and per plenary action, from the topics' view
//! (`topics.rs`) the other formats render.

use super::SynthView;
use super::topics::view;
use crate::core::model::Column;
use crate::core::synth::Source;
use uuid::Uuid;

/// One post-it (a cluster's members are rows of their own, under their
/// head's label).
pub struct PostIt<'a> {
    pub topic: &'a str,
    pub topic_title: &'a str,
    /// Where it was raised (its session, table, round, group).
    pub source: &'a Source<'a>,
    pub quadrant: Column,
    /// The column's code ("S", "W"… on a SWOT; "I", "A", "B"… otherwise).
    pub code: String,
    /// The column's name ("Atouts", "Ce qui marche", "Idées").
    pub column: String,
    pub label: String,
    /// The head's label, for a member of a cluster.
    pub cluster_of: Option<String>,
    pub text: &'a str,
    /// Its own dots.
    pub votes: i64,
    /// Its item's dots (head and members).
    pub item_votes: i64,
    pub times: usize,
    pub key_factor: bool,
    pub similar: String,
    pub id: Uuid,
}

/// One key factor of a topic, as the room chose it (or the vote leaders).
pub struct KeyFactor<'a> {
    pub topic: &'a str,
    pub topic_title: &'a str,
    pub quadrant: Column,
    pub code: String,
    /// "Principal levier"; "Choix de la salle — Ce qui marche".
    pub title: String,
    /// "chosen by the room", "not chosen: most votes"…
    pub how: &'static str,
    /// The items it points at: (label, text, votes).
    pub items: Vec<(String, &'a str, i64)>,
}

/// One plenary action.
pub struct Action<'a> {
    pub session: usize,
    pub topic: &'a str,
    pub topic_title: &'a str,
    pub quadrant: Column,
    pub code: String,
    /// The key factor or pick it is about.
    pub title: String,
    pub text: &'a str,
    /// The pick it answers: its label and text, when recorded.
    pub answers: Option<(String, &'a str)>,
}

pub fn post_its<'a>(v: &SynthView<'a>) -> Vec<PostIt<'a>> {
    let mut out = Vec::new();
    for t in view(v) {
        for c in &t.columns {
            for item in &c.items {
                let members: i64 = item.members.iter().map(|m| m.votes).sum();
                let similar = item.similar.join(" ");
                let row = |source, cluster_of: Option<String>, text, votes, id| PostIt {
                    topic: t.key,
                    topic_title: t.title,
                    source,
                    quadrant: c.column,
                    code: c.code.clone(),
                    column: c.name.clone(),
                    label: item.label.clone(),
                    cluster_of,
                    text,
                    votes,
                    item_votes: item.votes,
                    times: item.times,
                    key_factor: item.chosen,
                    similar: similar.clone(),
                    id,
                };
                out.push(row(
                    item.source,
                    None,
                    item.text,
                    item.votes - members,
                    item.id,
                ));
                for m in &item.members {
                    out.push(row(
                        m.source,
                        Some(item.label.clone()),
                        m.text,
                        m.votes,
                        m.id,
                    ));
                }
            }
        }
    }
    out
}

pub fn key_factors<'a>(v: &SynthView<'a>) -> Vec<KeyFactor<'a>> {
    let mut out = Vec::new();
    for t in view(v) {
        for c in t.columns {
            out.push(KeyFactor {
                topic: t.key,
                topic_title: t.title,
                quadrant: c.column,
                code: c.code,
                title: c.pick.title,
                how: c.pick.how,
                items: c
                    .pick
                    .picked
                    .into_iter()
                    .map(|i| (i.label, i.text, i.votes))
                    .collect(),
            });
        }
    }
    out
}

pub fn actions<'a>(v: &SynthView<'a>) -> Vec<Action<'a>> {
    let mut out = Vec::new();
    for t in view(v) {
        for c in t.columns {
            for a in c.pick.actions {
                out.push(Action {
                    session: a.session,
                    topic: t.key,
                    topic_title: t.title,
                    quadrant: c.column,
                    code: c.code.clone(),
                    title: c.pick.title.clone(),
                    text: a.text,
                    answers: a.answers,
                });
            }
        }
    }
    out
}
