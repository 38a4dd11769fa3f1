//! The synthesis of one or more sessions: what leaves the room.
//!
//! Per topic: the merged SWOT over its tables, groups, rounds (and sessions),
//! clusters shown as one item with their members, each item with its votes
//! and where it was raised; the four key factors with the plenary's actions;
//! near-duplicates flagged. Every report format (Markdown, HTML, text, CSV)
//! and the plenary screen render this one value, so what the room sees is
//! what gets printed.
//!
//! Pure: the caller passes the boards, clocks and `now`.

use std::collections::{BTreeMap, BTreeSet};

/// Hash maps keyed by ids and hashes that this program made itself: no
/// untrusted party chooses the keys, so a fast fixed hasher (foldhash,
/// already in the tree through hashbrown) replaces SipHash, which took a
/// tenth of the synthesis of 20,000 post-its.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
type HashSet<T> = std::collections::HashSet<T, foldhash::fast::FixedState>;

use jiff::Timestamp;
use uuid::Uuid;

use super::board::{Board, Note};
use super::clock::Clock;
use super::debate;
use super::model::{BoardKind, Column, PhaseKind, Session};
use super::text::{fold_char, sanitize};

/// One session to synthesise.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub session: &'a Session,
    pub board: &'a Board,
    /// The facilitator's clock, for actual times (None when never run).
    pub clock: Option<&'a Clock>,
}

/// The whole synthesis.
#[derive(Debug, Clone, PartialEq)]
pub struct Synthesis<'a> {
    pub sessions: Vec<SessionHeader>,
    pub topics: Vec<TopicSynth<'a>>,
    pub counts: Counts,
    /// The débat mouvant: each statement with how the room stood in each
    /// session that put it (the same words across sessions brought
    /// together), those not counted yet included.
    pub debates: Vec<super::debate::Compared>,
    /// The questionnaires' counts (the same questionnaire in several
    /// sessions added up).
    pub questionnaires: Vec<super::questionnaire::QuestionnaireResult>,
    /// Forms of a questionnaire no session has any longer, and answers to
    /// questions since reworded: not counted, said.
    pub forms_aside: (u32, u32),
    /// Majority judgments recorded in the sessions: (session index, tally).
    pub judgments: Vec<(usize, super::judgment::Recorded)>,
    /// Journals that could not be read, printed anyway (`--partial`): the
    /// document says they are missing.
    pub missing: Vec<String>,
    /// Who came, counted (set by the caller, who reads the register).
    pub attendance: Option<super::attendance::Attendance>,
}

/// Post-its, dots and people.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub post_its: usize,
    pub votes: i64,
    /// Known participants: who came (ticked in at the door), else the
    /// people seated, else the sum of group sizes.
    pub participants: usize,
    pub actions: usize,
    /// Different people who wrote post-its during time alone (a number
    /// counts once per table: « personne 3 » at two tables is two people).
    pub contributors: usize,
}

/// The identity and running of one session.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionHeader {
    pub id: Uuid,
    pub title: String,
    pub date: Option<jiff::civil::Date>,
    pub place: String,
    pub organiser: String,
    /// (table key, topic key, host).
    pub hosts: Vec<(String, String, String)>,
    /// The whole room's tables (outside the rounds).
    pub whole_room: Vec<String>,
    /// Group labels ("1 — Élus (8)").
    pub groups: Vec<String>,
    pub agenda: Vec<AgendaRow>,
    pub counts: Counts,
}

/// A phase, planned against actual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaRow {
    pub kind: PhaseKind,
    pub title: String,
    pub planned_minutes: u32,
    /// Seconds actually spent (the current phase counts up to `now`).
    pub actual_seconds: Option<i64>,
}

/// Where a post-it was written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Source<'a> {
    /// Index into [`Synthesis::sessions`].
    pub session: usize,
    pub table: &'a str,
    pub round: Option<u32>,
    pub group: Option<&'a str>,
}

/// One post-it of a cluster (the head's own text is [`Item::text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member<'a> {
    pub id: Uuid,
    pub text: &'a str,
    pub votes: i64,
    pub source: Source<'a>,
}

/// A post-it, or a cluster of post-its shown as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'a> {
    /// Rank in its quadrant, from 1: with the quadrant, the label "S1", "W3"…
    pub rank: usize,
    pub id: Uuid,
    pub quadrant: Column,
    /// The board of its topic (for its label's letter).
    pub board: &'a BoardKind,
    pub text: &'a str,
    /// The head's source.
    pub source: Source<'a>,
    /// Other post-its clustered into this one.
    pub members: Vec<Member<'a>>,
    /// Dots on the head and its members.
    pub votes: i64,
    /// How many post-its say it (1 + members).
    pub times: usize,
    /// Distinct places it was raised (head and members), sorted.
    pub raised: Vec<Source<'a>>,
    pub created: Timestamp,
    /// Other items in this topic with the same normalised text, as
    /// (quadrant, rank): at most [`SIMILAR_SHOWN`]…
    pub similar: Vec<(Column, usize)>,
    /// …and how many more.
    pub similar_more: usize,
}

/// How a key factor was settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Chosen by the room (index into the quadrant's items).
    Chosen { session: usize, item: usize },
    /// Not chosen: the most-voted items (several on a tie).
    ByVotes(Vec<usize>),
    /// No post-its in this quadrant.
    None,
}

/// A plenary action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionItem {
    pub session: usize,
    pub text: String,
    pub created: Timestamp,
    /// The pick it answers, when the plenary screen recorded it.
    pub from: Option<Uuid>,
}

/// One quadrant's key factor and what the room decided about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFactor {
    pub quadrant: Column,
    /// One pick per session that chose one; or the vote leaders.
    pub picks: Vec<Pick>,
    pub actions: Vec<ActionItem>,
}

/// One topic over every table and session that discussed it.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicSynth<'a> {
    pub key: String,
    pub title: String,
    pub question: String,
    /// Table keys that discussed it (with the session index), in order.
    pub tables: Vec<(usize, String)>,
    /// What its tables fill.
    pub board: BoardKind,
    /// Each column's items, ranked (S, W, O, T on a SWOT board); the
    /// columns the board has are [`TopicSynth::columns`].
    pub quadrants: [Vec<Item<'a>>; Column::MAX],
    pub key_factors: [KeyFactor; Column::MAX],
    pub counts: Counts,
}

impl<'a> TopicSynth<'a> {
    /// The columns of its board, in order.
    pub fn columns(&self) -> Vec<Column> {
        self.board.columns()
    }

    pub fn items(&self, q: Column) -> &[Item<'a>] {
        &self.quadrants[q.index()]
    }

    /// The items a key factor points at (chosen, else the vote leaders).
    /// The picked item of `q` that `action` answers: the one it names
    /// (a cluster's head, or any of its members).
    pub fn answered(&self, q: Column, action: &ActionItem) -> Option<&Item<'a>> {
        let note = action.from?;
        self.picked(q)
            .into_iter()
            .map(|(item, _)| item)
            .find(|i| i.id == note || i.members.iter().any(|m| m.id == note))
    }

    pub fn picked(&self, q: Column) -> Vec<(&Item<'a>, bool)> {
        let items = self.items(q);
        let mut out = Vec::new();
        for p in &self.key_factors[q.index()].picks {
            match p {
                Pick::Chosen { item, .. } => out.push((&items[*item], true)),
                Pick::ByVotes(v) => out.extend(v.iter().map(|i| (&items[*i], false))),
                Pick::None => {}
            }
        }
        out
    }
}

/// Normalised text for near-duplicate detection: folded case and accents,
/// punctuation dropped, spaces collapsed.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalise_into(s, &mut out);
    out
}

/// [`normalise`] into a buffer, which is cleared first.
pub fn normalise_into(s: &str, out: &mut String) {
    out.clear();
    // One pass: keep letters and digits (folded), one space for any run of
    // other characters.
    let mut gap = false;
    let mut rest = s;
    while !rest.is_empty() {
        // Runs of ASCII (most of any French or English text) are copied
        // byte by byte; other characters go through Unicode's tables.
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        for b in rest[..ascii].bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = true;
            }
        }
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            fold_char(c, out);
        } else {
            gap = true;
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// Small words that do not make two post-its different.
fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "les"
            | "un"
            | "une"
            | "des"
            | "du"
            | "de"
            | "d"
            | "l"
            | "et"
            | "ou"
            | "a"
            | "au"
            | "aux"
            | "en"
            | "pour"
            | "par"
            | "sur"
            | "avec"
            | "dans"
            | "the"
            | "an"
            | "of"
            | "to"
            | "and"
            | "or"
            | "for"
            | "in"
            | "on"
            | "with"
            | "is"
            | "are"
            | "est"
            | "sont"
            | "pas"
            | "ne"
            | "n"
            | "qu"
            | "que"
            | "qui"
    )
}

/// The meaningful words of a normalised text (small words dropped).
fn words(normalised: &str) -> impl Iterator<Item = &str> {
    normalised
        .split(' ')
        .filter(|w| !w.is_empty() && !is_stop_word(w))
}

/// 64-bit FNV-1a: fast on short keys; collisions are checked by callers.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The same words in any order: "Manque de formation des élus" and "élus :
/// formation, manque" hash alike (a sum of mixed word hashes). None when
/// fewer than two meaningful words.
fn words_hash(normalised: &str) -> Option<u64> {
    let (mut sum, mut n) = (0u64, 0usize);
    for w in words(normalised) {
        // splitmix64 finaliser, so that sums of hashes stay well spread.
        let mut z = fnv1a(w.as_bytes()).wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        sum = sum.wrapping_add(z ^ (z >> 31));
        n += 1;
    }
    (n >= 2).then_some(sum)
}

/// Whether two normalised texts have the same meaningful words, in any order.
fn same_words(a: &str, b: &str) -> bool {
    let mut wa: Vec<&str> = words(a).collect();
    let mut wb: Vec<&str> = words(b).collect();
    wa.sort_unstable();
    wb.sort_unstable();
    wa.len() >= 2 && wa == wb
}

fn source_of(session: usize, n: &Note) -> Source<'_> {
    Source {
        session,
        table: &n.table,
        round: n.round,
        group: n.group.as_deref(),
    }
}

/// Ranking: votes, then how often it was said, then first written.
fn rank(a: &Item, b: &Item) -> std::cmp::Ordering {
    b.votes
        .cmp(&a.votes)
        .then(b.times.cmp(&a.times))
        .then(a.created.cmp(&b.created))
        .then(a.id.cmp(&b.id))
}

/// Who took part: the people ticked in at the door when anyone was (the
/// room, not the list), else the people seated, else the groups' sizes.
fn participants(s: &Session, board: &Board) -> usize {
    let here = super::register::present(&board.arrivals).len();
    if here > 0 {
        here
    } else if !s.participants.is_empty() {
        s.participants.len()
    } else {
        s.groups
            .iter()
            .filter_map(|g| g.size)
            .map(|n| n as usize)
            .sum()
    }
}

/// Who wrote during time alone: names once, numbers once per table.
fn contributors(board: &Board) -> usize {
    let mut seen = std::collections::HashSet::new();
    for n in board.notes.values().filter(|n| n.shown()) {
        if let Some(a) = &n.author {
            let table = if a.parse::<u32>().is_ok() {
                n.table.as_str()
            } else {
                ""
            };
            seen.insert((table, a.as_str()));
        }
    }
    seen.len()
}

fn header(s: &Session, board: &Board, clock: Option<&Clock>, now: Timestamp) -> SessionHeader {
    let live = board.notes.values().filter(|n| n.shown());
    let (post_its, votes) = live.fold((0, 0), |(p, v), n| (p + 1, v + n.votes()));
    let agenda = s
        .agenda
        .iter()
        .enumerate()
        .map(|(i, p)| AgendaRow {
            kind: p.kind,
            title: sanitize(&p.title),
            planned_minutes: p.minutes,
            actual_seconds: clock.and_then(|c| {
                c.actual.get(i).copied().flatten().or_else(|| {
                    (c.phase == i && c.began.is_some() && c.elapsed(now) > 0)
                        .then(|| c.elapsed(now))
                })
            }),
        })
        .collect();
    SessionHeader {
        id: s.id,
        title: sanitize(&s.title),
        date: s.date,
        place: sanitize(&s.place),
        organiser: sanitize(&s.organiser),
        hosts: s
            .tables
            .iter()
            .map(|t| (t.key.clone(), t.topic.clone(), sanitize(&t.host)))
            .collect(),
        whole_room: s
            .tables
            .iter()
            .filter(|t| t.whole_room)
            .map(|t| t.key.clone())
            .collect(),
        groups: s
            .groups
            .iter()
            .map(|g| {
                let mut label = g.key.clone();
                if !g.name.is_empty() {
                    label.push_str(" — ");
                    label.push_str(&sanitize(&g.name));
                }
                if let Some(n) = g.size {
                    label.push_str(&format!(" ({n})"));
                }
                label
            })
            .collect(),
        agenda,
        counts: Counts {
            post_its,
            votes,
            participants: participants(s, board),
            actions: board.actions.len(),
            contributors: contributors(board),
        },
    }
}

/// Builds the synthesis of `inputs`, optionally for one topic only.
impl Synthesis<'_> {
    /// Whether it holds anything to read beyond its identity: post-its,
    /// a débat, questionnaires or a judgment.
    pub fn has_content(&self) -> bool {
        self.counts.post_its > 0
            || self.topics.iter().any(|t| t.counts.post_its > 0)
            || !self.debates.is_empty()
            || !self.questionnaires.is_empty()
            || !self.judgments.is_empty()
    }

    /// The same synthesis with no person named: the tables' hosts are
    /// left out (a table is then its key alone). Post-its are quoted by
    /// their words only and authors are only ever counted, so the hosts
    /// are the only people a synthesis names; group labels (« Élus »)
    /// stay.
    pub fn without_names(mut self) -> Self {
        for h in &mut self.sessions {
            for (_, _, host) in &mut h.hosts {
                host.clear();
            }
        }
        self
    }
}

pub fn build<'a>(inputs: &[Input<'a>], topic: Option<&str>, now: Timestamp) -> Synthesis<'a> {
    struct Acc<'a> {
        key: String,
        title: String,
        question: String,
        board: BoardKind,
        tables: Vec<(usize, String)>,
        items: [Vec<Item<'a>>; Column::MAX],
        /// Note id → (quadrant, item position before ranking).
        at: HashMap<(usize, Uuid), (usize, usize)>,
        chosen: [Vec<(usize, Uuid)>; Column::MAX],
        actions: [Vec<ActionItem>; Column::MAX],
    }
    let mut topics: Vec<Acc<'a>> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    let topic_of = |key: &str,
                    title: &str,
                    question: &str,
                    board: &BoardKind,
                    topics: &mut Vec<Acc<'a>>,
                    index: &mut HashMap<String, usize>| {
        *index.entry(key.to_string()).or_insert_with(|| {
            topics.push(Acc {
                key: key.to_string(),
                title: sanitize(title),
                question: sanitize(question),
                board: match board {
                    BoardKind::Columns(names) => {
                        BoardKind::Columns(names.iter().map(|n| sanitize(n)).collect())
                    }
                    b => b.clone(),
                },
                tables: Vec::new(),
                items: Default::default(),
                at: HashMap::default(),
                chosen: Default::default(),
                actions: Default::default(),
            });
            topics.len() - 1
        })
    };

    let mut sessions = Vec::new();
    for (si, input) in inputs.iter().enumerate() {
        let s = input.session;
        sessions.push(header(s, input.board, input.clock, now));
        for t in &s.topics {
            if topic.is_none_or(|k| k == t.key) {
                topic_of(
                    &t.key,
                    &t.title,
                    &t.question,
                    &t.board,
                    &mut topics,
                    &mut index,
                );
            }
        }
        let table_topic: HashMap<&str, &str> = s
            .tables
            .iter()
            .map(|t| (t.key.as_str(), t.topic.as_str()))
            .collect();
        for t in &s.tables {
            if let Some(&ti) = index.get(&t.topic) {
                topics[ti].tables.push((si, t.key.clone()));
            }
        }

        // Clusters: a live head gathers its live members; a member whose
        // head was deleted stands on its own.
        let live: Vec<&Note> = input.board.live_notes();
        let chosen_notes: HashSet<Uuid> = input
            .board
            .key_factors
            .values()
            .copied()
            .chain(input.board.chosen.iter().map(|(_, n)| *n))
            .collect();
        let is_live: HashSet<Uuid> = live.iter().map(|n| n.id).collect();
        let head_of = |n: &Note| match n.cluster {
            Some(h) if is_live.contains(&h) => h,
            _ => n.id,
        };
        let mut members: HashMap<Uuid, Vec<&Note>> = HashMap::default();
        for n in &live {
            let h = head_of(n);
            if h != n.id {
                members.entry(h).or_default().push(n);
            }
        }
        for n in &live {
            if head_of(n) != n.id {
                continue;
            }
            let topic_key = table_topic.get(n.table.as_str()).copied().unwrap_or("");
            let ti = match index.get(topic_key) {
                Some(&ti) => ti,
                None if topic_key.is_empty() && topic.is_none() => {
                    // A post-it at a table the session no longer has.
                    topic_of("", "?", "", &BoardKind::Swot, &mut topics, &mut index)
                }
                None => continue,
            };
            let mine = members.remove(&n.id).unwrap_or_default();
            let source = source_of(si, n);
            let mut votes = n.votes();
            let mut ms = Vec::new();
            for m in mine {
                votes += m.votes();
                ms.push(Member {
                    id: m.id,
                    text: &m.text,
                    votes: m.votes(),
                    source: source_of(si, m),
                });
            }
            let raised: Vec<Source> = if ms.is_empty() {
                vec![source.clone()]
            } else {
                let set: BTreeSet<Source> = std::iter::once(source.clone())
                    .chain(ms.iter().map(|m| m.source.clone()))
                    .collect();
                set.into_iter().collect()
            };
            let board = s.board_of(topic_key);
            let acc = &mut topics[ti];
            let q = n.quadrant.index();
            // Positions are only needed for the few chosen key factors.
            for id in std::iter::once(n.id).chain(ms.iter().map(|m| m.id)) {
                if chosen_notes.contains(&id) {
                    acc.at.insert((si, id), (q, acc.items[q].len()));
                }
            }
            acc.items[q].push(Item {
                rank: 0,
                id: n.id,
                quadrant: n.quadrant,
                board,
                text: &n.text,
                source,
                times: 1 + ms.len(),
                members: ms,
                votes,
                raised,
                created: n.created,
                similar: Vec::new(),
                similar_more: 0,
            });
        }
        for ((topic_key, q), note) in &input.board.key_factors {
            if let Some(&ti) = index.get(topic_key) {
                topics[ti].chosen[q.index()].push((si, *note));
            }
        }
        // The room's picks on other boards, under the column each post-it
        // is in now.
        for (topic_key, note) in &input.board.chosen {
            if let (Some(&ti), Some(n)) = (index.get(topic_key), input.board.notes.get(note)) {
                topics[ti].chosen[n.quadrant.index()].push((si, *note));
            }
        }
        let mut actions: Vec<_> = input.board.actions.values().collect();
        actions.sort_by_key(|a| a.order);
        for a in actions {
            if let Some(&ti) = index.get(&a.topic) {
                topics[ti].actions[a.quadrant.index()].push(ActionItem {
                    session: si,
                    text: a.text.clone(),
                    created: a.created,
                    from: a.from,
                });
            }
        }
    }

    let mut out = Vec::with_capacity(topics.len());
    for acc in topics {
        let Acc {
            key,
            title,
            question,
            board,
            tables,
            mut items,
            at,
            chosen,
            actions,
        } = acc;
        // Rank each quadrant, remembering where each item went.
        let mut moved: [Vec<usize>; Column::MAX] = Default::default();
        for (q, list) in items.iter_mut().enumerate() {
            let mut order: Vec<usize> = (0..list.len()).collect();
            order.sort_by(|&a, &b| rank(&list[a], &list[b]));
            let mut new_pos = vec![0; list.len()];
            for (new, &old) in order.iter().enumerate() {
                new_pos[old] = new;
            }
            let mut taken: Vec<Option<Item>> = std::mem::take(list).into_iter().map(Some).collect();
            *list = order
                .iter()
                .map(|&old| taken[old].take().expect("each index once"))
                .collect();
            for (i, item) in list.iter_mut().enumerate() {
                item.rank = i + 1;
            }
            moved[q] = new_pos;
        }
        flag_similar(&mut items);

        let key_factors: [KeyFactor; Column::MAX] = std::array::from_fn(|qi| {
            let q = Column::at(qi).expect("a board's column");
            let mut picks: Vec<Pick> = Vec::new();
            for (si, note) in &chosen[qi] {
                if let Some(&(nq, pos)) = at.get(&(*si, *note))
                    && nq == qi
                {
                    let pick = Pick::Chosen {
                        session: *si,
                        item: moved[qi][pos],
                    };
                    if !picks.contains(&pick) {
                        picks.push(pick);
                    }
                }
            }
            // In reading order: the ranking's (votes, then when written),
            // not the order the picks were recorded in.
            picks.sort_by_key(|p| match p {
                Pick::Chosen { session, item } => (*item, *session),
                _ => (usize::MAX, 0),
            });
            if picks.is_empty() {
                let list = &items[qi];
                picks.push(match list.first() {
                    None => Pick::None,
                    Some(top) => Pick::ByVotes(
                        list.iter()
                            .enumerate()
                            .take_while(|(_, it)| it.votes == top.votes && top.votes > 0)
                            .map(|(i, _)| i)
                            .collect::<Vec<_>>(),
                    ),
                });
            }
            KeyFactor {
                quadrant: q,
                picks,
                actions: actions[qi].clone(),
            }
        });
        let post_its: usize = items.iter().flatten().map(|i| i.times).sum();
        let votes: i64 = items.iter().flatten().map(|i| i.votes).sum();
        let n_actions = key_factors.iter().map(|k| k.actions.len()).sum();
        out.push(TopicSynth {
            key,
            title,
            question,
            board,
            tables,
            quadrants: items,
            key_factors,
            counts: Counts {
                post_its,
                votes,
                participants: 0,
                actions: n_actions,
                // Counted per session, in its header.
                contributors: 0,
            },
        });
    }

    let counts = Counts {
        post_its: sessions.iter().map(|s| s.counts.post_its).sum(),
        votes: sessions.iter().map(|s| s.counts.votes).sum(),
        participants: sessions.iter().map(|s| s.counts.participants).sum(),
        actions: sessions.iter().map(|s| s.counts.actions).sum(),
        contributors: sessions.iter().map(|s| s.counts.contributors).sum(),
    };
    let debates = if topic.is_some() {
        Vec::new()
    } else {
        let per_session: Vec<Vec<super::debate::StatementResult>> = inputs
            .iter()
            // Every statement of the plan, counted or not: the synthesis
            // says « not counted yet » rather than leave one out.
            .map(|i| debate_results(i.session, i.board))
            .collect();
        super::debate::compare(&per_session)
    };
    let (questionnaires, forms_aside) = if topic.is_some() {
        (Vec::new(), (0, 0))
    } else {
        let mut orphans = 0;
        let per_session = inputs
            .iter()
            .map(|i| {
                let (r, o) = super::questionnaire::results(
                    &i.session.questionnaires,
                    i.board.forms.values(),
                );
                orphans += o;
                r
            })
            .collect();
        let merged = super::questionnaire::merge(per_session);
        let stray = merged.iter().map(|q| q.stray).sum();
        (merged, (orphans, stray))
    };
    Synthesis {
        sessions,
        topics: out,
        counts,
        debates,
        questionnaires,
        forms_aside,
        judgments: if topic.is_some() {
            Vec::new()
        } else {
            inputs
                .iter()
                .enumerate()
                .filter_map(|(i, input)| Some((i, input.board.judgment.clone()?)))
                .collect()
        },
        missing: Vec::new(),
        attendance: None,
    }
}

/// How many similar items an item names; the rest are counted.
pub const SIMILAR_SHOWN: usize = 3;

/// Within a topic, items with the same normalised text (or the same words
/// in another order) point at each other. Linear: items sharing a key are
/// joined in one group (union-find), and each item names the first few
/// others of its group, counting the rest.
fn flag_similar(items: &mut [Vec<Item>; Column::MAX]) {
    let flat: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .flat_map(|(q, list)| (0..list.len()).map(move |i| (q, i)))
        .collect();
    let mut parent: Vec<usize> = (0..flat.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    fn join(parent: &mut [usize], a: usize, b: usize) {
        let (a, b) = (root(parent, a), root(parent, b));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    // Keys are hashed from a reused buffer (no allocation per post-it); the
    // word key is a sum of word hashes, so order does not matter and no
    // sorting is needed. A hash hit is confirmed on the texts themselves,
    // so a collision never joins two different post-its.
    let text = |k: usize| items[flat[k].0][flat[k].1].text;
    let mut exact_first: HashMap<u64, usize> =
        HashMap::with_capacity_and_hasher(flat.len(), Default::default());
    let mut words_first: HashMap<u64, usize> =
        HashMap::with_capacity_and_hasher(flat.len(), Default::default());
    let (mut exact, mut other) = (String::new(), String::new());
    for k in 0..flat.len() {
        normalise_into(text(k), &mut exact);
        if exact.is_empty() {
            continue;
        }
        let h = fnv1a(exact.as_bytes());
        match exact_first.get(&h) {
            Some(&o) => {
                normalise_into(text(o), &mut other);
                if other == exact {
                    join(&mut parent, k, o);
                }
            }
            None => {
                exact_first.insert(h, k);
            }
        }
        if let Some(h) = words_hash(&exact) {
            match words_first.get(&h) {
                Some(&o) => {
                    normalise_into(text(o), &mut other);
                    if same_words(&exact, &other) {
                        join(&mut parent, k, o);
                    }
                }
                None => {
                    words_first.insert(h, k);
                }
            }
        }
    }
    // Only groups of two or more are gathered.
    let roots: Vec<usize> = (0..flat.len()).map(|k| root(&mut parent, k)).collect();
    let mut size = vec![0usize; flat.len()];
    for &r in &roots {
        size[r] += 1;
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, &r) in roots.iter().enumerate() {
        if size[r] > 1 {
            groups.entry(r).or_default().push(k);
        }
    }
    for members in groups.values() {
        for &k in members {
            let similar: Vec<(Column, usize)> = members
                .iter()
                .filter(|&&o| o != k)
                .take(SIMILAR_SHOWN)
                .map(|&o| {
                    let it = &items[flat[o].0][flat[o].1];
                    (it.quadrant, it.rank)
                })
                .collect();
            let (q, i) = flat[k];
            items[q][i].similar = similar;
            items[q][i].similar_more = (members.len() - 1).saturating_sub(SIMILAR_SHOWN);
        }
    }
}

/// Column order used by the plenary: favourable side, then unfavourable.
pub const PLENARY_SIDES: [[Column; 2]; 2] = [[Column::S, Column::O], [Column::W, Column::T]];

/// Every statement of the session, with what the room said (those of the
/// board about statements since removed from the file come last: nothing
/// typed is lost).
pub fn debate_results(session: &Session, board: &Board) -> Vec<debate::StatementResult> {
    let mut names: Vec<String> = session.statements.clone();
    let extra = board
        .stances
        .keys()
        .map(|(s, _)| s.clone())
        .chain(board.arguments.values().map(|a| a.statement.clone()));
    for s in extra {
        if !names.iter().any(|n| debate::same(n, &s)) {
            names.push(s);
        }
    }
    names
        .into_iter()
        .map(|statement| {
            let counts = |w: debate::When| {
                board
                    .stances
                    .iter()
                    .find(|((s, when), _)| *when == w && debate::same(s, &statement))
                    .map(|(_, c)| *c)
            };
            let mut args: Vec<&debate::Argument> = board
                .arguments
                .values()
                .filter(|a| debate::same(&a.statement, &statement))
                .collect();
            args.sort_by_key(|a| (a.side, a.order));
            debate::StatementResult {
                before: counts(debate::When::Before),
                after: counts(debate::When::After),
                arguments: args.iter().map(|a| (a.side, a.text.clone())).collect(),
                statement,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_folds_case_accents_punctuation() {
        assert_eq!(normalise("  Élus : PAS formés !! "), "elus pas formes");
        assert_eq!(normalise("Élus, pas formés."), normalise("elus pas formes"));
        assert_eq!(normalise("¡¿!"), "");
        assert_eq!(
            normalise("Œuvre—l'été 2024…Ωmega"),
            "oeuvre l ete 2024 ωmega"
        );
    }

    proptest::proptest! {
        /// The ASCII fast path gives what one character at a time gives.
        #[test]
        fn normalise_matches_the_character_by_character_reading(
            s in "[a-zA-Z0-9 ,.;:!?'éèàçœÉÀ«»—…\\-\n\t€ΩЖ日]{0,40}"
        ) {
            let mut slow = String::new();
            let mut gap = false;
            for c in s.chars() {
                if c.is_alphanumeric() {
                    if gap && !slow.is_empty() {
                        slow.push(' ');
                    }
                    gap = false;
                    fold_char(c, &mut slow);
                } else {
                    gap = true;
                }
            }
            proptest::prop_assert_eq!(normalise(&s), slow);
        }
    }

    #[test]
    fn word_key_ignores_order_and_small_words() {
        let a = normalise("Manque de formation des élus");
        let b = normalise("Élus : formation, manque");
        assert_eq!(words_hash(&a), words_hash(&b));
        assert!(words_hash(&a).is_some());
        assert!(same_words(&a, &b));
        assert!(!same_words(&a, &normalise("Manque de formation")));
        assert_eq!(words_hash(&normalise("la formation")), None);
    }
}
