//! Shared test fixtures: the Roubaix morning with ~60 French post-its drawn
//! from seed 002's themes, clusters, dots, key factors and plenary actions.
#![allow(dead_code)]

#[cfg(unix)]
pub mod http;
pub mod tmux;

use std::path::Path;

use tablee::core::board::Board;
use tablee::core::clock::{Clock, Run};
use tablee::core::event::{Body, Event};
use tablee::core::model::{Column, Session};
use tablee::store::session_file::SessionFile;
use uuid::Uuid;

pub const ROUBAIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/roubaix-2024-world-cafe.ron"
);
pub const POSTITS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/roubaix-postits.csv"
);

pub struct Fixture {
    pub session: Session,
    pub events: Vec<Event>,
    pub clock: Clock,
}

impl Fixture {
    pub fn board(&self) -> Board {
        Board::from_events(&self.events)
    }
}

fn id(s: &str) -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_OID, s.as_bytes())
}

pub fn session() -> Session {
    SessionFile::read(Path::new(ROUBAIX)).unwrap().session
}

/// Builds events in memory, with fixed ids and times (deterministic).
#[derive(Default)]
struct Builder {
    events: Vec<Event>,
    lamport: u64,
    seq: std::collections::HashMap<Uuid, u64>,
    minute: i64,
}

impl Builder {
    fn push(&mut self, device: &str, ident: &str, body: Body) -> Uuid {
        let device = id(&format!("device:{device}"));
        let seq = self.seq.entry(device).or_default();
        *seq += 1;
        self.lamport += 1;
        self.minute += 1;
        let e = Event {
            id: id(ident),
            device,
            seq: *seq,
            lamport: self.lamport,
            at: "2024-10-11T08:20:00Z".parse::<jiff::Timestamp>().unwrap()
                + jiff::SignedDuration::from_secs(self.minute * 20),
            body,
        };
        self.events.push(e);
        id(ident)
    }
}

/// The post-its of `tests/fixtures/roubaix-postits.csv`, as note-takers
/// would have typed them (one device per table), with their dots.
pub fn roubaix() -> Fixture {
    let session = session();
    let mut b = Builder::default();
    let mut by_text = std::collections::HashMap::new();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(POSTITS)
        .unwrap();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.unwrap();
        let table = rec[0].to_string();
        let note = b.push(
            &table,
            &format!("note:{i}"),
            Body::Add {
                author: None,
                private: None,
                table: table.clone(),
                quadrant: Column::parse(&rec[3]).unwrap(),
                round: Some(rec[1].parse().unwrap()),
                group: Some(rec[2].to_string()),
                text: rec[4].to_string(),
            },
        );
        let votes: i32 = rec[5].parse().unwrap();
        if votes > 0 {
            b.push(
                &table,
                &format!("vote:{i}"),
                Body::Vote {
                    note,
                    delta: votes,
                    group: None,
                },
            );
        }
        by_text.insert(rec[4].to_string(), note);
    }
    let note = |t: &str| *by_text.get(t).unwrap_or_else(|| panic!("no post-it {t:?}"));
    // Clusters made by the note-takers.
    for (member, head) in [
        (
            "Sollicitations trop nombreuses des mêmes habitants",
            "Représentativité : toujours les mêmes participants",
        ),
        (
            "Agents peu formés aux pratiques sobres",
            "Agents peu sensibilisés à l'impact du numérique",
        ),
    ] {
        b.push(
            "B",
            &format!("cluster:{member}"),
            Body::Cluster {
                note: note(member),
                into: note(head),
            },
        );
    }
    // Key factors (SNR's risk is left to the votes).
    for (topic, q, text) in [
        (
            "CLN",
            Column::S,
            "Un réseau d'acteurs de l'inclusion numérique déjà actif à Roubaix",
        ),
        (
            "CLN",
            Column::W,
            "Manque de formation des élus au numérique",
        ),
        (
            "CLN",
            Column::O,
            "Co-design des services avec les habitants (application, portail)",
        ),
        ("CLN", Column::T, "Un conseil « vitrine » sans pouvoir réel"),
        (
            "SNR",
            Column::S,
            "Démarche « Zéro déchet » reconnue depuis 2014",
        ),
        (
            "SNR",
            Column::W,
            "Pas d'indicateurs pour mesurer l'empreinte",
        ),
        (
            "SNR",
            Column::O,
            "Filière locale de réemploi et de reconditionnement",
        ),
    ] {
        b.push(
            "plenary",
            &format!("key:{topic}:{q}"),
            Body::KeyFactor {
                topic: topic.into(),
                quadrant: q,
                note: Some(note(text)),
            },
        );
    }
    for (i, (topic, q, text)) in [
        (
            "CLN",
            Column::S,
            "Cartographier les acteurs et les réunir deux fois par an",
        ),
        (
            "CLN",
            Column::S,
            "Confier au réseau l'animation des ateliers du CLN",
        ),
        (
            "CLN",
            Column::W,
            "Proposer un module de formation aux élus avant le lancement",
        ),
        (
            "CLN",
            Column::O,
            "Tester le co-design sur le portail citoyen dès 2025",
        ),
        (
            "CLN",
            Column::T,
            "Donner au conseil un droit de saisine et un budget participatif",
        ),
        (
            "SNR",
            Column::S,
            "Intégrer le numérique à la démarche Zéro déchet",
        ),
        (
            "SNR",
            Column::W,
            "Définir 5 indicateurs d'empreinte suivis chaque année",
        ),
        (
            "SNR",
            Column::O,
            "Signer une convention avec la filière de réemploi",
        ),
        (
            "SNR",
            Column::T,
            "Maintenir un accueil physique pour chaque service numérique",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        b.push(
            "plenary",
            &format!("action:{i}"),
            Body::Action {
                topic: topic.into(),
                quadrant: q,
                text: text.into(),
                from: None,
            },
        );
    }
    let mut clock = Clock::new(session.agenda.len());
    clock.actual = vec![
        Some(6 * 60),
        Some(17 * 60 + 40),
        Some(20 * 60),
        Some(22 * 60 + 10),
        Some(15 * 60),
    ];
    clock.phase = session.agenda.len() - 1;
    clock.run = Run::Paused { elapsed: 15 * 60 };
    clock.began = Some("2024-10-11T07:30:00Z".parse().unwrap());
    Fixture {
        session,
        events: b.events,
        clock,
    }
}

/// The fixture's synthesis at noon on the day. The fixture and its board
/// are leaked: a synthesis borrows its text from them, and tests are short.
pub fn roubaix_synthesis() -> tablee::core::synth::Synthesis<'static> {
    synthesis_of(roubaix())
}

/// A fixture's synthesis at noon on the day (the fixture and its board
/// leaked).
fn synthesis_of(f: Fixture) -> tablee::core::synth::Synthesis<'static> {
    let f: &'static Fixture = Box::leak(Box::new(f));
    let board: &'static Board = Box::leak(Box::new(f.board()));
    tablee::core::synth::build(
        &[tablee::core::synth::Input {
            session: &f.session,
            board,
            clock: Some(&f.clock),
        }],
        None,
        "2024-10-11T12:00:00Z".parse().unwrap(),
    )
}

/// Runs the tablee binary in `dir` with a neutral environment and English
/// messages, as a user of the command line would.
pub fn tablee(dir: &Path, args: &[&str]) -> std::process::Output {
    assert_cmd::cargo::cargo_bin_cmd!("tablee")
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("TABLEE_DIR")
        // Outside a project folder sessions go to the user's data folder:
        // the test's own, never the machine's.
        .env("XDG_DATA_HOME", dir.join("user-data"))
        .env("LANG", "C.UTF-8")
        .args(args)
        .output()
        .unwrap()
}

/// The classic café example (30 people, 5 tables, 4 rounds) with the
/// seating `tablee mix` finds for seed 1.
pub fn classic_mixed() -> Session {
    use tablee::core::mix::{seating, solve};
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/world-cafe-classic.ron"
    );
    let mut session = SessionFile::read(Path::new(path)).unwrap().session;
    let pb = seating::problem(&session, session.round_phases());
    let plan = solve(&pb, 1, &mut |it| it >= 20_000).unwrap();
    session.rotation = seating::rotation(&session, &plan);
    session
}

/// The Roubaix morning with `per_topic` post-its on each topic, as a real
/// room writes them: spread over its tables, rounds and groups, uneven
/// quadrants (strengths most), lengths from a few words to three lines,
/// some multi-line, dots on a third, a few clusters, every key factor
/// chosen and two actions each. Every text carries a unique mark
/// (`#CLNx12`: no hyphen or space a line could break at) so a print
/// can be searched for each post-it once.
pub fn volume(per_topic: usize) -> Fixture {
    let session = session();
    let mut b = Builder::default();
    const SAYINGS: [&str; 8] = [
        "Des habitants prêts à s'impliquer",
        "Manque de formation des agents d'accueil aux démarches en ligne",
        "Un réseau d'associations déjà actif dans les quartiers, qui connaît les publics éloignés et peut relayer les ateliers",
        "Budget limité",
        "Des horaires en journée qui excluent les personnes qui travaillent",
        "La fibre arrive dans tous les quartiers d'ici 2026, ce qui ouvre des usages nouveaux pour les services municipaux et les écoles",
        "Risque de fracture entre ceux qui savent et les autres",
        "Co-construire le portail avec les usagers\net le tester dans deux maisons de quartier",
    ];
    for topic in &session.topics {
        let tables: Vec<String> = session
            .tables
            .iter()
            .filter(|t| t.topic == topic.key)
            .map(|t| t.key.clone())
            .collect();
        let mut first = [None; 4];
        for i in 0..per_topic {
            let q = match i % 20 {
                0..=6 => Column::S,
                7..=12 => Column::W,
                13..=16 => Column::O,
                _ => Column::T,
            };
            let table = &tables[i % tables.len()];
            let round = 1 + (i / tables.len()) % 2;
            let text = format!("#{}x{i} {}", topic.key, SAYINGS[i % SAYINGS.len()]);
            let note = b.push(
                table,
                &format!("vol:{}:{i}", topic.key),
                Body::Add {
                    author: None,
                    private: None,
                    table: table.clone(),
                    quadrant: q,
                    round: Some(round as u32),
                    group: Some(((i % 4) + 1).to_string()),
                    text,
                },
            );
            if i % 3 == 0 {
                b.push(
                    table,
                    &format!("vol-vote:{}:{i}", topic.key),
                    Body::Vote {
                        note,
                        delta: (i % 5) as i32 + 1,
                        group: None,
                    },
                );
            }
            match first[q.index()] {
                None => first[q.index()] = Some(note),
                Some(head) if i % 17 == 5 => {
                    b.push(
                        table,
                        &format!("vol-cluster:{}:{i}", topic.key),
                        Body::Cluster { note, into: head },
                    );
                }
                _ => {}
            }
        }
        for q in Column::ALL {
            if let Some(head) = first[q.index()] {
                b.push(
                    "plenary",
                    &format!("vol-key:{}:{q}", topic.key),
                    Body::KeyFactor {
                        topic: topic.key.clone(),
                        quadrant: q,
                        note: Some(head),
                    },
                );
                for a in 0..2 {
                    b.push(
                        "plenary",
                        &format!("vol-action:{}:{q}:{a}", topic.key),
                        Body::Action {
                            topic: topic.key.clone(),
                            quadrant: q,
                            text: format!(
                                "Action {q}{a} pour {} : en parler au conseil",
                                topic.key
                            ),
                            from: None,
                        },
                    );
                }
            }
        }
    }
    let clock = Clock::new(session.agenda.len());
    Fixture {
        session,
        events: b.events,
        clock,
    }
}

/// [`volume`]'s synthesis (leaked, as [`roubaix_synthesis`]).
pub fn volume_synthesis(per_topic: usize) -> tablee::core::synth::Synthesis<'static> {
    synthesis_of(volume(per_topic))
}

/// The orders a merge must not care about, for merge-law tests: `events`
/// cut in three at `cut1` and `cut2` and put together in other orders, some
/// parts twice, and a shuffled copy with the middle part twice (as a sync
/// tool's conflict copy brings it).
pub fn merge_orders(events: &[Event], cut1: usize, cut2: usize, seed: u64) -> Vec<Vec<Event>> {
    let n = events.len();
    let (a, rest) = events.split_at(cut1 % (n + 1));
    let (b, c) = rest.split_at(cut2 % (rest.len() + 1));
    let join = |parts: &[&[Event]]| parts.concat();
    let mut shuffled: Vec<Event> = events.iter().chain(b.iter()).cloned().collect();
    let mut x = seed | 1;
    for i in (1..shuffled.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        shuffled.swap(i, (x % (i as u64 + 1)) as usize);
    }
    vec![
        join(&[a, b, c]),
        join(&[c, b, a]),
        join(&[b, a, c]),
        join(&[c, a, b]),
        join(&[a, b, c, a, b]),
        shuffled,
    ]
}

pub const CENR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cenr-2025-bilan.ron");

/// The CENR morning, with the Roubaix SWOT's topic added at a fourth
/// table: a session that mixes every kind of board.
pub fn mixed_boards() -> Session {
    let mut s = SessionFile::read(Path::new(CENR)).unwrap().session;
    let roubaix = session();
    let topic = roubaix.topics[0].clone();
    let mut table = roubaix
        .tables
        .iter()
        .find(|t| t.topic == topic.key)
        .unwrap()
        .clone();
    table.key = "D".into();
    s.topics.push(topic);
    s.tables.push(table);
    s
}

/// Events for the mixed session: ideas, columns and a SWOT, with picks,
/// a key factor and actions on each.
pub fn mixed_boards_events(s: &Session) -> Vec<Event> {
    let device = uuid::Uuid::from_u128(7);
    let mut out = Vec::new();
    let mut lamport = 0;
    let mut push = |id: u128, body: Body| {
        lamport += 1;
        out.push(Event {
            id: uuid::Uuid::from_u128(id),
            device,
            seq: lamport,
            lamport,
            at: jiff::Timestamp::from_second(1_763_200_000 + lamport as i64).unwrap(),
            body,
        });
        uuid::Uuid::from_u128(id)
    };
    let add = |table: &str, c: usize, text: &str| Body::Add {
        table: table.into(),
        quadrant: Column::at(c).unwrap(),
        round: None,
        group: None,
        text: text.into(),
        author: None,
        private: None,
    };
    let idea = push(1, add("A", 0, "Porter la voix des usagers"));
    push(2, add("A", 0, "Un lieu d'échange entre habitants et élus"));
    let marche = push(3, add("S", 0, "Les rencontres du samedi matin"));
    push(4, add("S", 1, "Des retours sur nos propositions"));
    let prop = push(5, add("S", 2, "Une restitution publique chaque semestre"));
    let table_d = &s.tables.iter().find(|t| t.key == "D").unwrap().key;
    let atout = push(6, add(table_d, 0, "Des médiateurs formés"));
    push(7, add(table_d, 3, "La fracture numérique s'aggrave"));
    for (id, (topic, note)) in [
        (10, ("FIN", idea)),
        (11, ("SUG", marche)),
        (12, ("SUG", prop)),
    ] {
        push(
            id,
            Body::Choose {
                topic: topic.into(),
                note,
                chosen: true,
            },
        );
    }
    let swot = s
        .tables
        .iter()
        .find(|t| t.key == "D")
        .unwrap()
        .topic
        .clone();
    push(
        13,
        Body::KeyFactor {
            topic: swot.clone(),
            quadrant: Column::S,
            note: Some(atout),
        },
    );
    push(
        14,
        Body::Action {
            topic: "SUG".into(),
            quadrant: Column::at(2).unwrap(),
            text: "Organiser la première restitution en juin".into(),
            from: None,
        },
    );
    push(
        15,
        Body::Action {
            topic: "FIN".into(),
            quadrant: Column::S,
            text: "Inscrire la mission dans la charte".into(),
            from: None,
        },
    );
    push(
        16,
        Body::Action {
            topic: swot,
            quadrant: Column::S,
            text: "Former dix médiateurs de plus".into(),
            from: None,
        },
    );
    out
}

/// Seed 001's council morning prepared on the set-up screen alone, from
/// `tablee new`'s World Café template, key by key as an organiser types
/// it (the set-up test drives it through the loop, the mornings test
/// through tmux): two open questions and three named columns, the
/// suggestions table as the whole room's, two sub-groups, the débat
/// mouvant first then two rounds, the plenary, time alone and the
/// sharing, two statements, and the rotation written by hand.
pub const SEED001_SETUP_KEYS: &[&str] = &[
    "<Enter><C-u>Bilan collectif du CENR<Enter>",
    "<Tab><Enter><C-u>FIN<Enter><Right><Enter><C-u>La finalité du CENR<Enter>",
    "<Right><Enter><C-u>À quoi le CENR doit-il servir ?<Enter><Right><Enter><C-u>question<Enter>",
    "<Down><Left><Left><Left><Enter><C-u>ANI<Enter><Right><Enter><C-u>L'animation du CENR<Enter>",
    "<Right><Enter><C-u>Comment animer le CENR ?<Enter><Right><Enter><C-u>question<Enter>",
    "a<Enter><C-u>SUG<Enter><Right><Enter><C-u>Vos suggestions d'amélioration<Enter>",
    "<Right><Right><Enter><C-u>Ce qui marche | Ce qui manque | Nos propositions<Enter>",
    "<Tab><Right><Right><Enter><C-u>Sam Dantzer<Enter>",
    "<Down><Left><Enter><C-u>ANI<Enter><Right><Enter><C-u>Lou Weber<Enter>",
    "<Down><Del><Del>",
    "a<Enter><C-u>S<Enter><Right><Enter><C-u>SUG<Enter><Right><Right><Right><Enter>",
    "<Tab><End><Del><Del>",
    "<Tab><Tab><Enter><Enter><Enter><Enter><Enter><Enter><Enter>",
    "<Right><Enter><C-u>Débat mouvant<Enter><Right><Enter><C-u>25<Enter>",
    "<Down><Del><End><A-Up>",
    "a<Enter><Enter><Enter><Enter><Enter><Enter>",
    "<Right><Enter><C-u>Suggestions : post-it en individuel<Enter><Right><Enter><C-u>10<Enter>",
    "<Tab>a<Enter><C-u>Le rythme d'une rencontre par mois environ était adapté.<Enter>",
    "a<Enter><C-u>La composition du CENR reflète la diversité des usagers.<Enter>",
    "<Tab><Tab><Enter><C-u>1<Enter><Right><Enter><C-u>2<Enter>",
    "<Down><Left><Enter><C-u>2<Enter><Right><Enter><C-u>1<Enter>",
];

/// Copies a folder and everything in it (an example's journals into a
/// test's own folder).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// The example council's year (p.ron and its journals) in a folder of its
/// own, committed to answer within eight weeks.
pub fn committed_council() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let text = std::fs::read_to_string(root.join("cenr-2025-propositions.ron"))
        .unwrap()
        .replace(
            "    lang: fr,\n",
            "    lang: fr,\n    answer_within: \"8w\",\n",
        );
    std::fs::write(tmp.path().join("p.ron"), text).unwrap();
    copy_dir(
        &root.join("cenr-2025-propositions.tablee"),
        &tmp.path().join("p.tablee"),
    );
    tmp
}
