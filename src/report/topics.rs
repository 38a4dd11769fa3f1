//! The topics of a synthesis, worded once: each topic's heading, tables
//! and counts, each column's post-its with their labels and where they
//! were raised, the key factors (or the room's picks) and the plenary's
//! actions. Markdown, text and HTML render this view, and the table
//! formats take their rows from it (`rows.rs`); none of them reads the
//! core's topics or words them.

use super::SynthView;
use crate::core::model::{BoardKind, Column};
use crate::core::synth::{Item, Pick, Source, TopicSynth};
use crate::i18n::prelude::*;
use uuid::Uuid;

/// One topic over every table and session that discussed it.
pub struct TopicView<'a> {
    pub key: &'a str,
    pub title: &'a str,
    /// "CLN — Conseil local du numérique" (a word for post-its whose table
    /// is unknown).
    pub heading: String,
    /// Its open question, as the plan says it (may be empty).
    pub question: &'a str,
    /// "Tables : A (Alice Marvallin), B (Houria Cheurfi)".
    pub tables: String,
    /// "Post-its 20 · votes 12 · actions 3".
    pub counts: String,
    /// A SWOT grid (the 2×2 layouts, the axes, the favourable side first).
    pub swot: bool,
    /// Its board's columns, in order (S, W, O, T on a SWOT).
    pub columns: Vec<ColumnView<'a>>,
    /// "Facteurs clés"; "Les choix de la salle" on other boards.
    pub picks_heading: &'static str,
    /// The plenary's columns, grouped as printed: a SWOT's favourable side
    /// (S, O), then its unfavourable side (W, T); one group on other
    /// boards.
    pub sides: Vec<Side>,
}

/// A group of the plenary's columns.
pub struct Side {
    /// « Côté favorable », on a SWOT.
    pub title: Option<&'static str>,
    /// Indices into [`TopicView::columns`].
    pub columns: Vec<usize>,
}

/// One column (a quadrant on a SWOT).
pub struct ColumnView<'a> {
    pub column: Column,
    /// Its code in tables: "S", "W"… on a SWOT; "I", "A"… otherwise.
    pub code: String,
    /// "Atouts — à valoriser ou exploiter"; "Idées"; a named column.
    pub title: String,
    /// "Atouts", "Idées", "Ce qui marche".
    pub name: String,
    /// What a SWOT quadrant is for: "à valoriser ou exploiter".
    pub hint: Option<&'static str>,
    /// "Interne · Positif", on a SWOT.
    pub axes: Option<String>,
    pub items: Vec<ItemView<'a>>,
    /// Its key factor (or the room's pick) and the plenary's actions.
    pub pick: PickView<'a>,
}

/// A post-it, or a cluster of post-its shown as one.
pub struct ItemView<'a> {
    pub id: Uuid,
    /// "S1", "I3".
    pub label: String,
    pub text: &'a str,
    /// Dots on the head and its members.
    pub votes: i64,
    /// How many post-its say it.
    pub times: usize,
    /// Where the head was written.
    pub source: &'a Source<'a>,
    /// Every place it was raised (head and members), sorted.
    pub raised: &'a [Source<'a>],
    /// The labels of similar items elsewhere in the topic.
    pub similar: Vec<String>,
    /// Chosen by the room as its column's key factor (starred).
    pub chosen: bool,
    pub members: Vec<MemberView<'a>>,
}

/// One post-it of a cluster, under its head.
pub struct MemberView<'a> {
    pub id: Uuid,
    pub text: &'a str,
    pub votes: i64,
    pub source: &'a Source<'a>,
}

/// How a column's key factor stands and what the plenary does about it.
pub struct PickView<'a> {
    /// "Principal levier"; "Choix de la salle — Ce qui marche".
    pub title: String,
    /// "choisi par la salle", "pas choisi : le plus de voix"…
    pub how: &'static str,
    /// [`PickView::how`] unless the title says it already.
    pub how_shown: Option<&'static str>,
    /// The items it points at (chosen, else the vote leaders).
    pub picked: Vec<Picked<'a>>,
    /// "Comment renforcer le principal levier".
    pub action_title: String,
    pub actions: Vec<ActionView<'a>>,
}

/// An item a pick points at.
pub struct Picked<'a> {
    pub label: String,
    pub text: &'a str,
    pub votes: i64,
    pub votes_text: String,
}

/// One plenary action.
pub struct ActionView<'a> {
    /// Index of its session in the synthesis.
    pub session: usize,
    pub text: &'a str,
    /// The pick it answers, when the plenary screen recorded it: its label
    /// and text.
    pub answers: Option<(String, &'a str)>,
    /// The label to print before the action ("I3"), where its column holds
    /// several picks (one pick above says it already).
    pub from: Option<String>,
}

impl<'a> TopicView<'a> {
    /// Every post-it of the topic, counting a cluster's members.
    pub fn post_its(&self) -> usize {
        self.columns
            .iter()
            .flat_map(|c| &c.items)
            .map(|i| i.times)
            .sum()
    }
}

/// Every topic of the synthesis, worded in its language.
pub fn view<'a>(v: &SynthView<'a>) -> Vec<TopicView<'a>> {
    v.syn.topics.iter().map(|t| topic(v, t)).collect()
}

fn topic<'a>(v: &SynthView<'a>, t: &'a TopicSynth<'a>) -> TopicView<'a> {
    let s = v.lang.s();
    let columns: Vec<ColumnView> = t.columns().into_iter().map(|q| column(v, t, q)).collect();
    let at = |q: Column| columns.iter().position(|c| c.column == q);
    let sides = if t.board.is_swot() {
        let w = &s.synth;
        [w.favourable_side, w.unfavourable_side]
            .into_iter()
            .zip(crate::core::synth::PLENARY_SIDES)
            .map(|(title, qs)| Side {
                title: Some(title),
                columns: qs.iter().filter_map(|q| at(*q)).collect(),
            })
            .collect()
    } else {
        vec![Side {
            title: None,
            columns: (0..columns.len()).collect(),
        }]
    };
    TopicView {
        key: &t.key,
        title: &t.title,
        heading: if t.key.is_empty() {
            s.synth.unknown_table.to_string()
        } else {
            format!("{} — {}", t.key, t.title)
        },
        question: &t.question,
        tables: format!("{}{}{}", s.tables, v.lang.colon(), tables(v, t)),
        counts: v.counts(&t.counts),
        swot: t.board.is_swot(),
        columns,
        picks_heading: if t.board.is_swot() {
            s.synth.key_factors
        } else {
            v.lang.board().room_picks
        },
        sides,
    }
}

/// Tables of a topic with their hosts: "A (Alice), B (Bruno)".
fn tables(v: &SynthView, t: &TopicSynth) -> String {
    let several = v.syn.sessions.len() > 1;
    t.tables
        .iter()
        .map(|(si, key)| {
            let session = &v.syn.sessions[*si];
            let host = if session.whole_room.contains(key) {
                v.lang.s().synth.whole_room
            } else {
                session
                    .hosts
                    .iter()
                    .find(|(k, _, _)| k == key)
                    .map_or("", |(_, _, h)| h.as_str())
            };
            let prefix = if several {
                format!("[{}] ", si + 1)
            } else {
                String::new()
            };
            if host.is_empty() {
                format!("{prefix}{key}")
            } else {
                format!("{prefix}{key} ({host})")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn column<'a>(v: &SynthView<'a>, t: &'a TopicSynth<'a>, q: Column) -> ColumnView<'a> {
    let words = t.words(q, v.lang);
    let name = match t.board {
        BoardKind::Question => v.lang.board().ideas.to_string(),
        _ => words.name.to_string(),
    };
    let swot = t.board.is_swot();
    let title = match t.board {
        BoardKind::Swot => format!("{} — {}", words.name, words.hint),
        _ => name.clone(),
    };
    let chosen: Vec<Uuid> = t
        .picked(q)
        .into_iter()
        .filter(|(_, chosen)| *chosen)
        .map(|(i, _)| i.id)
        .collect();
    let items = t
        .items(q)
        .iter()
        .map(|i| item(v, i, chosen.contains(&i.id)))
        .collect();
    ColumnView {
        column: q,
        code: t.board.code(q),
        title,
        name,
        hint: swot.then_some(q.words(v.lang).hint),
        axes: swot.then(|| axes(v, q)),
        items,
        pick: pick(v, t, q),
    }
}

/// "Interne · Positif": the SWOT axes of a quadrant.
fn axes(v: &SynthView, q: Column) -> String {
    let s = v.lang.s();
    let inside = if q.is_internal() {
        s.internal
    } else {
        s.external
    };
    let side = if q.is_favourable() {
        s.favourable
    } else {
        s.unfavourable
    };
    format!("{inside} · {side}")
}

impl ItemView<'_> {
    /// Everything after the text: "3 votes · ×2 · A · R1, C · R2 · ≈
    /// similar W5" (worded when a document prints it: the table formats
    /// have columns of their own).
    pub fn meta(&self, v: &SynthView) -> String {
        let w = &v.lang.s().synth;
        let mut meta = vec![v.votes(self.votes)];
        if self.times > 1 {
            meta.push(format!("×{}", self.times));
        }
        let places: Vec<String> = self.raised.iter().map(|s| source(v, s)).collect();
        meta.push(places.join(", "));
        if !self.similar.is_empty() {
            meta.push(format!("≈ {} {}", w.similar, self.similar.join(", ")));
        }
        meta.join(" · ")
    }
}

impl MemberView<'_> {
    /// "2 votes · A · R1 · G2".
    pub fn meta(&self, v: &SynthView) -> String {
        format!("{} · {}", v.votes(self.votes), source(v, self.source))
    }
}

fn item<'a>(v: &SynthView<'a>, item: &'a Item<'a>, chosen: bool) -> ItemView<'a> {
    ItemView {
        id: item.id,
        label: item.label(v.lang),
        text: item.text,
        votes: item.votes,
        times: item.times,
        source: &item.source,
        raised: &item.raised,
        similar: item.similar_labels(v.lang),
        chosen,
        members: item
            .members
            .iter()
            .map(|m| MemberView {
                id: m.id,
                text: m.text,
                votes: m.votes,
                source: &m.source,
            })
            .collect(),
    }
}

/// "A · R1 · G2", prefixed by "[2] " when several sessions are merged.
fn source(v: &SynthView, src: &Source) -> String {
    let w = &v.lang.s().synth;
    let mut out = String::new();
    if v.syn.sessions.len() > 1 {
        out.push_str(&format!("[{}] ", src.session + 1));
    }
    out.push_str(src.table);
    if let Some(r) = src.round {
        out.push_str(&format!(" · {}{r}", w.round_letter));
    }
    if let Some(g) = &src.group {
        out.push_str(&format!(" · {}{g}", w.group_letter));
    }
    out
}

fn pick<'a>(v: &SynthView<'a>, t: &'a TopicSynth<'a>, q: Column) -> PickView<'a> {
    let w = &v.lang.s().synth;
    let board = v.lang.board();
    let items = t.items(q);
    let mut picked = Vec::new();
    let mut how = w.nothing;
    for p in &t.key_factors[q.index()].picks {
        match p {
            Pick::Chosen { item, .. } => {
                picked.push(&items[*item]);
                how = w.chosen;
            }
            Pick::ByVotes(leaders) if leaders.is_empty() => how = w.not_chosen,
            Pick::ByVotes(leaders) => {
                picked.extend(leaders.iter().map(|i| &items[*i]));
                how = w.by_votes;
            }
            Pick::None => {}
        }
    }
    let words = t.words(q, v.lang);
    let title = match &t.board {
        BoardKind::Swot => crate::core::text::capitalised(q.words(v.lang).key_factor),
        BoardKind::Question => crate::core::text::capitalised(board.room_pick),
        BoardKind::Columns(_) => format!(
            "{} — {}",
            crate::core::text::capitalised(board.room_pick),
            words.name
        ),
    };
    let several = picked.len() > 1;
    let actions = t.key_factors[q.index()]
        .actions
        .iter()
        .map(|a| {
            let answers = t.answered(q, a).map(|i| (i.label(v.lang), i.text));
            ActionView {
                session: a.session,
                text: &a.text,
                from: answers
                    .as_ref()
                    .filter(|_| several)
                    .map(|(label, _)| label.clone()),
                answers,
            }
        })
        .collect();
    PickView {
        title,
        how,
        // « Choix de la salle » is chosen by the room: no « (choisi par la
        // salle) » after it.
        how_shown: (t.board.is_swot() || how != w.chosen).then_some(how),
        picked: picked
            .into_iter()
            .map(|i| Picked {
                label: i.label(v.lang),
                text: i.text,
                votes: i.votes,
                votes_text: v.votes(i.votes),
            })
            .collect(),
        action_title: words.action.to_string(),
        actions,
    }
}
