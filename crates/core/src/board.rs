//! The merged state of a session's post-its: a deterministic fold of a set
//! of events.
//!
//! - Events are a grow-only set, unioned by id: duplicates are harmless.
//! - Edits, moves, deletes and clusters are last-writer-wins per post-it,
//!   ordered by (lamport, device, seq); wall clocks never order anything.
//! - Votes are per-device counters, summed.
//!
//! So merging is commutative, associative and idempotent: the board depends
//! only on the set of events (property-tested in `tests/journal.rs`).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use uuid::Uuid;

use super::event::{Body, Event, loaded_text};
use super::model::Column;

/// A post-it as it stands after all events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: Uuid,
    pub text: String,
    pub quadrant: Column,
    pub table: String,
    pub round: Option<u32>,
    pub group: Option<String>,
    /// The device that typed it.
    pub device: Uuid,
    pub created: jiff::Timestamp,
    /// Time of the last edit or move, if any.
    pub edited: Option<jiff::Timestamp>,
    pub deleted: bool,
    /// The head of the cluster this post-it belongs to.
    pub cluster: Option<Uuid>,
    /// Dots per device (a device may also remove its own dots).
    pub votes_by_device: BTreeMap<Uuid, i64>,
    /// Dots per group key ("" for the room or no group).
    pub votes_by_group: BTreeMap<String, i64>,
    /// The room's count (last writer wins), added to the dots.
    pub tally: u32,
    /// (lamport, device, seq) of the Add: a stable creation order.
    pub order: (u64, Uuid, u64),
    /// Who wrote it during time alone, if the note-taker said.
    pub author: Option<String>,
    /// Private to the phone that wrote it during time alone, until shared:
    /// no screen, page, count or document shows it to anyone else.
    pub private: Option<Uuid>,
    /// The phone that wrote it during time alone (kept once shared).
    pub phone: Option<Uuid>,
}

impl Note {
    /// On the board for the room: neither deleted nor private.
    pub fn shown(&self) -> bool {
        !self.deleted && self.private.is_none()
    }

    /// Total dots and the room's count, never below zero.
    pub fn votes(&self) -> i64 {
        self.votes_by_device.values().sum::<i64>().max(0) + i64::from(self.tally)
    }

    /// Dots placed by one group ("" for the room), never below zero.
    pub fn votes_of(&self, group: &str) -> i64 {
        self.votes_by_group.get(group).copied().unwrap_or(0).max(0)
    }
}

/// A plenary action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    pub id: Uuid,
    pub topic: String,
    pub quadrant: Column,
    pub text: String,
    /// The pick it answers, when the screen said which.
    pub from: Option<Uuid>,
    pub device: Uuid,
    pub created: jiff::Timestamp,
    pub order: (u64, Uuid, u64),
}

/// Everything the events say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Board {
    pub notes: BTreeMap<Uuid, Note>,
    /// (topic, quadrant) → chosen post-it.
    pub key_factors: BTreeMap<(String, Column), Uuid>,
    /// The room's picks on boards other than SWOT: (topic, post-it).
    pub chosen: std::collections::BTreeSet<(String, Uuid)>,
    /// Plenary actions, withdrawn ones excluded.
    pub actions: BTreeMap<Uuid, Action>,
    /// Topics whose vote is closed (hidden votes show).
    pub votes_closed: std::collections::BTreeSet<String>,
    /// Events about a post-it that no event created (its Add is missing,
    /// e.g. not synced yet). Kept in the journal, ignored here.
    pub orphans: usize,
    /// Highest Lamport counter seen.
    pub max_lamport: u64,
    /// Highest sequence number per device.
    pub max_seq: BTreeMap<Uuid, u64>,
    /// Number of distinct events.
    pub events: usize,
    /// The clock's events, in the order applied.
    pub clock_ops: Vec<super::clock::ClockEvent>,
    /// Proposals written with `Propose` (plenary actions are the others).
    pub proposals: BTreeMap<Uuid, super::proposal::Proposed>,
    /// Answers per proposal or action id, in the order they apply.
    pub answers: BTreeMap<Uuid, Vec<super::proposal::Answered>>,
    /// The débat mouvant: (statement, when) → counts, the last typed.
    pub stances: BTreeMap<(String, super::debate::When), super::debate::Counts>,
    /// Its notable arguments, withdrawn ones excluded.
    pub arguments: BTreeMap<Uuid, super::debate::Argument>,
    /// The statement the débat is on now (the latest said), for the
    /// projector.
    pub debate_on: Option<String>,
    /// The check-ins at the door: person → ticked in (the latest tick).
    pub arrivals: BTreeMap<Uuid, bool>,
    /// The questionnaires' paper forms typed in, withdrawn ones excluded.
    pub forms: BTreeMap<Uuid, super::questionnaire::Form>,
    /// The majority judgment's tally last recorded.
    pub judgment: Option<super::judgment::Recorded>,
    /// The set-up's edits, in the order they apply (see
    /// [`super::edits::merge`]).
    #[serde(skip)]
    pub setup_ops: Vec<super::edits::SetupOp>,
}

impl Board {
    /// The board of a set of events (duplicates allowed, any order).
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a Event>) -> Board {
        let mut unique: HashMap<Uuid, &Event> = HashMap::new();
        for e in events {
            unique.entry(e.id).or_insert(e);
        }
        let mut sorted: Vec<&Event> = unique.into_values().collect();
        sorted.sort_unstable_by_key(|e| (e.lamport, e.device, e.seq, e.id));
        let mut board = Board {
            events: sorted.len(),
            ..Board::default()
        };
        for e in sorted {
            board.apply(e);
        }
        board
    }

    /// Applies one more event. Only right when it sorts after every event
    /// already applied (as a device's own new event does: its Lamport
    /// counter is above all it has seen); otherwise rebuild with
    /// [`Board::from_events`]. Returns false (and applies nothing) then.
    pub fn apply_latest(&mut self, e: &Event) -> bool {
        if e.lamport <= self.max_lamport {
            return false;
        }
        self.events += 1;
        self.apply(e);
        true
    }

    fn apply(&mut self, e: &Event) {
        self.max_lamport = self.max_lamport.max(e.lamport);
        let seq = self.max_seq.entry(e.device).or_default();
        *seq = (*seq).max(e.seq);
        let order = (e.lamport, e.device, e.seq);
        if let Some(id) = e.body.note()
            && !self.notes.contains_key(&id)
        {
            self.orphans += 1;
            return;
        }
        match &e.body {
            Body::Add {
                table,
                quadrant,
                round,
                group,
                text,
                author,
                private,
            } => {
                self.notes.entry(e.id).or_insert_with(|| Note {
                    id: e.id,
                    text: loaded_text(text),
                    quadrant: *quadrant,
                    table: table.clone(),
                    round: *round,
                    group: group.clone(),
                    device: e.device,
                    created: e.at,
                    edited: None,
                    deleted: false,
                    cluster: None,
                    votes_by_device: BTreeMap::new(),
                    votes_by_group: BTreeMap::new(),
                    tally: 0,
                    order,
                    author: author.as_deref().map(loaded_text),
                    private: *private,
                    phone: *private,
                });
            }
            Body::Edit { note, text } => {
                let n = self.notes.get_mut(note).expect("checked above");
                n.text = loaded_text(text);
                n.edited = Some(e.at);
            }
            Body::Move {
                note,
                quadrant,
                table,
            } => {
                let n = self.notes.get_mut(note).expect("checked above");
                n.quadrant = *quadrant;
                n.table = table.clone();
                n.edited = Some(e.at);
            }
            Body::Delete { note } => {
                self.notes.get_mut(note).expect("checked above").deleted = true
            }
            Body::Restore { note } => {
                self.notes.get_mut(note).expect("checked above").deleted = false
            }
            Body::Cluster { note, into } => {
                // A post-it cannot head a cluster and be in another: follow
                // `into` to its own head so clusters stay one level deep.
                let head = self
                    .notes
                    .get(into)
                    .map(|h| h.cluster.unwrap_or(*into))
                    .unwrap_or(*into);
                if head != *note {
                    self.notes.get_mut(note).expect("checked above").cluster = Some(head);
                    for other in self.notes.values_mut() {
                        if other.cluster == Some(*note) {
                            other.cluster = Some(head);
                        }
                    }
                }
            }
            Body::Uncluster { note } => {
                self.notes.get_mut(note).expect("checked above").cluster = None
            }
            Body::Vote { note, delta, group } => {
                let n = self.notes.get_mut(note).expect("checked above");
                *n.votes_by_device.entry(e.device).or_default() += i64::from(*delta);
                *n.votes_by_group
                    .entry(group.clone().unwrap_or_default())
                    .or_default() += i64::from(*delta);
            }
            Body::Tally { note, count } => {
                self.notes.get_mut(note).expect("checked above").tally = *count;
            }
            Body::Clock {
                phase,
                op,
                epoch,
                running,
            } => self.clock_ops.push(super::clock::ClockEvent {
                at: e.at,
                phase: *phase,
                op: *op,
                epoch: *epoch,
                running: *running,
                device: e.device,
                order,
            }),
            Body::CloseVote { topic, closed } => {
                if *closed {
                    self.votes_closed.insert(topic.clone());
                } else {
                    self.votes_closed.remove(topic);
                }
            }
            Body::KeyFactor {
                topic,
                quadrant,
                note,
            } => {
                let key = (topic.clone(), *quadrant);
                match note {
                    Some(n) => {
                        self.key_factors.insert(key, *n);
                    }
                    None => {
                        self.key_factors.remove(&key);
                    }
                }
            }
            Body::Choose {
                topic,
                note,
                chosen,
            } => {
                let key = (topic.clone(), *note);
                if *chosen {
                    self.chosen.insert(key);
                } else {
                    self.chosen.remove(&key);
                }
            }
            Body::Action {
                topic,
                quadrant,
                text,
                from,
            } => {
                self.actions.insert(
                    e.id,
                    Action {
                        id: e.id,
                        topic: topic.clone(),
                        quadrant: *quadrant,
                        text: loaded_text(text),
                        from: *from,
                        device: e.device,
                        created: e.at,
                        order,
                    },
                );
            }
            Body::EditAction { action, text } => {
                if text.trim().is_empty() {
                    self.actions.remove(action);
                } else if let Some(a) = self.actions.get_mut(action) {
                    a.text = loaded_text(text);
                }
            }
            Body::Propose {
                text,
                description,
                theme,
                origin,
            } => {
                self.proposals
                    .entry(e.id)
                    .or_insert_with(|| super::proposal::Proposed {
                        id: e.id,
                        text: loaded_text(text),
                        description: loaded_text(description),
                        theme: theme.as_deref().map(loaded_text),
                        origin: origin.clone(),
                        device: e.device,
                        created: e.at,
                        order,
                    });
            }
            Body::Stance {
                statement,
                when,
                counts,
            } => {
                // Keyed by the statement's words, so a count typed on another
                // laptop under other spacing or accents is the same one.
                let key = self
                    .stances
                    .keys()
                    .find(|(s, w)| w == when && super::debate::same(s, statement))
                    .cloned()
                    .unwrap_or_else(|| (loaded_text(statement), *when));
                let capped = counts.map(|n| n.min(super::debate::MAX_COUNT));
                self.stances.insert(key, capped);
            }
            Body::Argument {
                statement,
                side,
                text,
            } => {
                self.arguments
                    .entry(e.id)
                    .or_insert_with(|| super::debate::Argument {
                        id: e.id,
                        statement: loaded_text(statement),
                        side: *side,
                        text: loaded_text(text),
                        order,
                    });
            }
            Body::WithdrawArgument { argument } => {
                self.arguments.remove(argument);
            }
            Body::DebateOn { statement } => {
                self.debate_on = Some(loaded_text(statement));
            }
            Body::Arrived { person, here } => {
                self.arrivals.insert(*person, *here);
            }
            Body::Form {
                form,
                questionnaire,
                answers,
            } => {
                let answers = answers
                    .iter()
                    .map(|(q, a)| {
                        let a = match a {
                            super::questionnaire::Answer::Text(t) => {
                                super::questionnaire::Answer::Text(loaded_text(t))
                            }
                            picked => picked.clone(),
                        };
                        (loaded_text(q), a)
                    })
                    .collect();
                // A correction keeps the form's place in the list.
                let (first, created) = self
                    .forms
                    .get(form)
                    .map_or((order, e.at), |f| (f.order, f.created));
                self.forms.insert(
                    *form,
                    super::questionnaire::Form {
                        id: *form,
                        questionnaire: loaded_text(questionnaire),
                        answers,
                        order: first,
                        created,
                    },
                );
            }
            Body::WithdrawForm { form } => {
                self.forms.remove(form);
            }
            Body::Judged(recorded) => {
                let mut r = recorded.clone();
                r.grades.iter_mut().for_each(|g| *g = loaded_text(g));
                for c in &mut r.candidates {
                    c.text = loaded_text(&c.text);
                }
                self.judgment = Some(r);
            }
            Body::Share { notes } => {
                for id in notes {
                    if let Some(n) = self.notes.get_mut(id) {
                        n.private = None;
                    }
                }
            }
            Body::Setup(edit) => self.setup_ops.push(super::edits::SetupOp {
                edit: edit.clone(),
                device: e.device,
                order: (e.lamport, e.device, e.seq),
                id: e.id,
                at: e.at,
            }),
            Body::Respond { proposal, response } => {
                let mut response = response.clone();
                for field in [
                    &mut response.text,
                    &mut response.owner,
                    &mut response.condition,
                    &mut response.theme,
                ]
                .into_iter()
                .flatten()
                {
                    *field = loaded_text(field);
                }
                if let Some(p) = response.progress.as_mut() {
                    p.text = loaded_text(&p.text);
                }
                self.answers
                    .entry(*proposal)
                    .or_default()
                    .push(super::proposal::Answered {
                        id: e.id,
                        device: e.device,
                        at: e.at,
                        order,
                        response,
                    });
            }
        }
    }

    /// Post-its on the room's board (neither deleted nor private), in
    /// creation order.
    pub fn live_notes(&self) -> Vec<&Note> {
        let mut v: Vec<&Note> = self.notes.values().filter(|n| n.shown()).collect();
        v.sort_by_key(|n| n.order);
        v
    }

    /// The private post-its of time alone (of one phone, or all), not
    /// deleted, in creation order.
    pub fn private_notes(&self, phone: Option<Uuid>) -> Vec<&Note> {
        let mut v: Vec<&Note> = self
            .notes
            .values()
            .filter(|n| !n.deleted && n.private.is_some())
            .filter(|n| phone.is_none() || n.private == phone)
            .collect();
        v.sort_by_key(|n| n.order);
        v
    }
}
