//! The follow-up of proposals: merge laws over answers, their history,
//! concurrent answers from two laptops, and the commands end to end
//! (propose, respond, proposals) in every format and both languages.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use proptest::prelude::*;
use tablee::core::board::Board;
use tablee::core::event::{Body, Event};
use tablee::core::model::Column;
use tablee::core::proposal::{self, Due, Progress, ProgressNote, Response, Status};
use uuid::Uuid;

fn ts(s: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_760_000_000 + s).unwrap()
}

const OWNERS: [&str; 3] = ["DNSI", "DGA", "Sam Dantzer"];

/// Proposals, then answers from several devices (each with increasing seq
/// and Lamport), some at the same Lamport time on two devices.
fn answers_strategy() -> impl Strategy<Value = Vec<Event>> {
    (
        2usize..=5,
        proptest::collection::vec((0usize..5, 0usize..7, 0u8..6, 0usize..3, 0u64..3), 5..60),
    )
        .prop_map(|(devices, ops)| {
            let dev: Vec<Uuid> = (0..devices)
                .map(|d| Uuid::from_u128(d as u128 + 1))
                .collect();
            let mut seq = vec![0u64; devices];
            let mut lamport = vec![0u64; devices];
            let mut out = Vec::new();
            let proposals: Vec<Uuid> = (0..3).map(|i| Uuid::from_u128(500 + i)).collect();
            for (i, p) in proposals.iter().enumerate() {
                seq[0] += 1;
                lamport[0] += 1;
                out.push(Event {
                    id: *p,
                    device: dev[0],
                    seq: seq[0],
                    lamport: lamport[0],
                    at: ts(i as i64),
                    body: Body::Propose {
                        text: format!("proposal {i}"),
                        description: String::new(),
                        theme: None,
                        origin: Default::default(),
                    },
                });
            }
            for (i, (d, status, field, pick, jump)) in ops.into_iter().enumerate() {
                let d = d % devices;
                seq[d] += 1;
                // Jumps of 0 after a sync make equal Lamport times likely.
                lamport[d] = lamport[d].max(lamport[(d + 1) % devices]) + jump.max(1) - 1 + 1;
                let mut r = Response::default();
                match field {
                    0 => r.status = Some(Status::ALL[status]),
                    1 => r.owner = Some(OWNERS[pick].to_string()),
                    2 => r.text = Some(format!("response {i}")),
                    3 => r.due = Some(Due::Year(2026 + pick as i16)),
                    4 => {
                        r.progress = Some(ProgressNote {
                            state: Progress::ALL[pick % 2],
                            on: jiff::civil::date(2026, 1 + pick as i8, 1),
                            text: format!("note {i}"),
                        })
                    }
                    _ => {
                        r.status = Some(Status::ALL[status]);
                        r.condition = Some("sous réserve".into());
                    }
                }
                out.push(Event {
                    id: Uuid::from_u128(10_000 + i as u128),
                    device: dev[d],
                    seq: seq[d],
                    lamport: lamport[d],
                    at: ts(100 + i as i64),
                    body: Body::Respond {
                        proposal: proposals[pick],
                        response: r,
                    },
                });
            }
            out
        })
}

fn proposals_of(events: &[&[Event]]) -> Vec<proposal::Proposal> {
    let board = Board::from_events(events.iter().flat_map(|p| p.iter()));
    tablee::core::followup::of_session(&common::session(), &board, 0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn answers_merge_in_any_order_to_the_same_follow_up(
        events in answers_strategy(),
        cut1 in 0usize..100,
        cut2 in 0usize..100,
        seed in any::<u64>(),
    ) {
        let whole = proposals_of(&[&events]);
        for order in common::merge_orders(&events, cut1, cut2, seed) {
            prop_assert_eq!(&proposals_of(&[&order]), &whole);
        }
    }

    #[test]
    fn every_answer_is_in_the_history_and_the_last_writer_wins_per_field(
        events in answers_strategy(),
    ) {
        let whole = proposals_of(&[&events]);
        for p in &whole {
            let mut mine: Vec<&Event> = events
                .iter()
                .filter(|e| matches!(&e.body, Body::Respond { proposal, .. } if *proposal == p.id))
                .collect();
            // History: every answer, in (Lamport, device, seq) order.
            mine.sort_by_key(|e| (e.lamport, e.device, e.seq));
            prop_assert_eq!(p.history.len(), mine.len());
            for (h, e) in p.history.iter().zip(&mine) {
                prop_assert_eq!(h.at, e.at);
                prop_assert_eq!(h.device, e.device);
            }
            let last = |f: &dyn Fn(&Response) -> bool| {
                mine.iter().rev().find_map(|e| match &e.body {
                    Body::Respond { response, .. } if f(response) => Some(response.clone()),
                    _ => None,
                })
            };
            prop_assert_eq!(p.status, last(&|r| r.status.is_some()).and_then(|r| r.status));
            prop_assert_eq!(
                p.owner.clone(),
                last(&|r| r.owner.is_some()).and_then(|r| r.owner).unwrap_or_default()
            );
            // The response, condition and due date are the last said since
            // the status last changed: a new status replaces them.
            let (mut status, mut due, mut text) = (None, None, String::new());
            for e in &mine {
                if let Body::Respond { response: r, .. } = &e.body {
                    if let Some(s) = r.status {
                        if status.is_some_and(|old| old != s) {
                            due = None;
                            text.clear();
                        }
                        status = Some(s);
                    }
                    if let Some(t) = &r.text {
                        text = t.clone();
                    }
                    due = r.due.or(due);
                }
            }
            prop_assert_eq!(p.due, due);
            prop_assert_eq!(&p.response, &text);
            let notes = mine
                .iter()
                .filter(|e| matches!(&e.body, Body::Respond { response, .. } if response.progress.is_some()))
                .count();
            prop_assert_eq!(p.progress.len(), notes);
        }
    }
}

#[test]
fn two_laptops_answering_at_once_keep_both_answers_in_the_history() {
    let (one, two) = (Uuid::from_u128(1), Uuid::from_u128(2));
    let p = Uuid::from_u128(900);
    let propose = Event {
        id: p,
        device: one,
        seq: 1,
        lamport: 1,
        at: ts(0),
        body: Body::Propose {
            text: "Traduire les formulaires".into(),
            description: String::new(),
            theme: Some("Inclusion numérique".into()),
            origin: Default::default(),
        },
    };
    // Both saw the proposal (Lamport 1), neither saw the other's answer.
    let answer = |id: u128, device: Uuid, status: Status, owner: &str, at: i64| Event {
        id: Uuid::from_u128(id),
        device,
        seq: 2,
        lamport: 2,
        at: ts(at),
        body: Body::Respond {
            proposal: p,
            response: Response {
                status: Some(status),
                owner: Some(owner.into()),
                ..Response::default()
            },
        },
    };
    // The second laptop's clock is ahead: wall clocks never decide.
    let a = answer(901, one, Status::Escalated, "DGA", 500);
    let b = answer(902, two, Status::Studying, "DNSI", 100);
    for order in [
        vec![propose.clone(), a.clone(), b.clone()],
        vec![b.clone(), propose.clone(), a.clone()],
    ] {
        let board = Board::from_events(&order);
        let ps = tablee::core::followup::of_session(&common::session(), &board, 0);
        let p = &ps[0];
        assert_eq!(p.history.len(), 2, "both answers kept");
        assert!(
            p.history.iter().all(|h| h.concurrent),
            "both marked as concurrent"
        );
        // Same Lamport: the device id breaks the tie, the same everywhere.
        assert_eq!(p.status, Some(Status::Studying));
        assert_eq!(p.owner, "DNSI");
        assert_eq!(p.theme.as_deref(), Some("Inclusion numérique"));
    }
    // A later answer by one who had seen both is not concurrent.
    let c = Event {
        id: Uuid::from_u128(903),
        device: one,
        seq: 3,
        lamport: 3,
        at: ts(600),
        body: Body::Respond {
            proposal: p,
            response: Response {
                status: Some(Status::Escalated),
                ..Response::default()
            },
        },
    };
    let board = Board::from_events([&propose, &a, &b, &c]);
    let ps = tablee::core::followup::of_session(&common::session(), &board, 0);
    assert_eq!(ps[0].status, Some(Status::Escalated));
    assert!(!ps[0].history[2].concurrent);
}

#[test]
fn a_plenary_action_is_a_proposal_traced_to_its_key_factor() {
    let f = common::roubaix();
    let mut board = f.board();
    let session = &f.session;
    let (topic, q) = board
        .key_factors
        .keys()
        .next()
        .cloned()
        .expect("the fixture has key factors");
    let note = board.key_factors[&(topic.clone(), q)];
    let mut events: Vec<Event> = Vec::new();
    let max = board.max_lamport;
    events.push(Event {
        id: Uuid::from_u128(77),
        device: Uuid::from_u128(9),
        seq: 1,
        lamport: max + 1,
        at: ts(0),
        body: Body::Action {
            topic: topic.clone(),
            quadrant: q,
            text: "Ouvrir un lieu le soir".into(),
            from: None,
        },
    });
    for e in &events {
        assert!(board.apply_latest(e));
    }
    let ps = tablee::core::followup::of_session(session, &board, 0);
    let p = ps
        .iter()
        .find(|p| p.id == Uuid::from_u128(77))
        .expect("the action is a proposal");
    assert_eq!(p.source, proposal::Source::Plenary);
    assert_eq!(p.origin.key_factor, Some(q));
    assert_eq!(p.origin.topic.as_deref(), Some(topic.as_str()));
    assert!(
        p.origin.notes.contains(&note),
        "traced to the key factor's post-it"
    );
    assert_eq!(p.post_its[0], board.notes[&note].text);
    assert_eq!(
        p.theme.as_deref(),
        session.topic(&topic).map(|t| t.title.as_str()),
        "a plenary action's theme is its topic's title"
    );
    let _ = Column::ALL;
}

// ---------------------------------------------------------------------------
// The commands, as an organiser runs them.

struct Env {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Env {
    fn new() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        std::fs::create_dir_all(root.join("s")).unwrap();
        std::fs::copy(common::ROUBAIX, root.join("s/session.ron")).unwrap();
        Env { _tmp: tmp, root }
    }

    fn run(&self, args: &[&str]) -> Output {
        assert_cmd::cargo::cargo_bin_cmd!("tablee")
            .current_dir(&self.root)
            .env("XDG_STATE_HOME", self.root.join("state"))
            .env("XDG_CONFIG_HOME", self.root.join("config"))
            .env("LANG", "C.UTF-8")
            .env("TZ", "UTC")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("TABLEE_DIR")
            .args(args)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    /// Every file of the session folder with its bytes.
    fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else {
                    out.push((p.clone(), std::fs::read(&p).unwrap()));
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.root.join("s"), &mut out);
        out.sort();
        out
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn propose_respond_twice_and_report_in_every_format_and_language() {
    let env = Env::new();
    let note = env
        .ok(&[
            "add",
            "s",
            "--device",
            "lap1",
            "--table",
            "A",
            "--quadrant",
            "w",
            "--round",
            "1",
            "Peu de lieux ouverts le soir",
        ])
        .trim()
        .to_string();
    // Promoted from a post-it, by the first characters of its id.
    let out = env.ok(&[
        "propose",
        "s",
        "--device",
        "lap1",
        "--from",
        &note[..8],
        "--theme",
        "Inclusion numérique",
    ]);
    let id = out.lines().next().unwrap().to_string();
    assert!((6..=8).contains(&id.len()), "a short id: {id}");
    // Written directly, with a theme typed without accents: the existing one is used.
    let out = env.ok(&[
        "propose",
        "s",
        "--device",
        "lap2",
        "--theme",
        "inclusion numerique",
        "Traduire les formulaires au moins en anglais",
    ]);
    let id2 = out.lines().next().unwrap().to_string();

    // An answer, then a progress note, from two laptops; French status names.
    env.ok(&[
        "respond",
        "s",
        &id,
        "--device",
        "lap1",
        "--status",
        "acceptée",
        "--owner",
        "Sam Dantzer",
        "--due",
        "2026",
        "--condition",
        "sous réserve de l'obtention des crédits nécessaires",
        "Un tel réseau sera réactivé au printemps 2026",
    ]);
    env.ok(&[
        "respond",
        "s",
        &id[..5],
        "--device",
        "lap2",
        "--status",
        "done",
        "--on",
        "2026-04-02",
        "Réseau réactivé",
    ]);
    env.ok(&[
        "respond",
        "s",
        &id2,
        "--device",
        "lap2",
        "--status",
        "escalated",
        "--owner",
        "DGA",
    ]);

    for lang in ["fr", "en"] {
        let md = env.ok(&["--lang", lang, "proposals", "s"]);
        let txt = env.ok(&["--lang", lang, "proposals", "s", "--format", "txt"]);
        let csv = env.ok(&["--lang", lang, "proposals", "s", "--format", "csv"]);
        let html_path = env.root.join(format!("p-{lang}.html"));
        env.ok(&[
            "--lang",
            lang,
            "proposals",
            "s",
            "--format",
            "html",
            "-o",
            html_path.to_str().unwrap(),
        ]);
        let html = std::fs::read_to_string(&html_path).unwrap();
        for doc in [&md, &txt, &html] {
            for needle in [
                "Peu de lieux ouverts le soir",
                "Traduire les formulaires au moins en anglais",
                "Sam Dantzer",
                "sous réserve de l&#39;obtention",
                "2026-04-02",
                "DGA",
                &id,
                &id2,
            ] {
                let needle = if std::ptr::eq(doc, &html) {
                    needle.to_string()
                } else {
                    needle.replace("&#39;", "'")
                };
                assert!(
                    doc.contains(&needle),
                    "{lang}: {needle} missing from\n{doc}"
                );
            }
        }
        let (accepted, escalated, done) = match lang {
            "fr" => ("✓ Acceptée", "↗ Remontée", "✔ Réalisée"),
            _ => ("✓ Accepted", "↗ Escalated", "✔ Done"),
        };
        for doc in [&md, &txt, &html] {
            assert!(
                doc.contains(accepted) && doc.contains(escalated) && doc.contains(done),
                "{lang}:\n{doc}"
            );
        }
        assert!(csv.starts_with("id,session,theme,status,progress,text"));
        assert!(
            csv.contains(",accepted,") && csv.contains(",escalated,"),
            "{csv}"
        );
        assert_eq!(csv.lines().filter(|l| l.starts_with(&id[..6])).count(), 1);
        // The history of the first proposal holds both answers.
        let history = md.split(&id).nth(1).unwrap();
        assert!(history.contains("Sam Dantzer") && history.contains("Réseau réactivé"));
    }
    // The workbook, read back by a real xlsx reader.
    let xlsx = env.root.join("p.xlsx");
    env.ok(&[
        "--lang",
        "fr",
        "proposals",
        "s",
        "--format",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    use calamine::{Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let sheets = book.sheet_names();
    assert_eq!(
        sheets,
        vec!["Propositions".to_string(), "En bref".to_string()]
    );
    let range = book.worksheet_range("Propositions").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 3, "a header and two proposals");
    assert_eq!(rows[0][3], "Statut");
    assert!(
        rows.iter()
            .any(|r| r[3] == "✓ Acceptée" && r[8] == "Sam Dantzer")
    );

    // --since: only what moved, said so; --status filters.
    let md = env.ok(&["--lang", "fr", "proposals", "s", "--since", "2000-01-01"]);
    assert!(
        md.contains("2 propositions nouvelles ou modifiées depuis le 2000-01-01"),
        "{md}"
    );
    let md = env.ok(&["--lang", "fr", "proposals", "s", "--since", "2999-01-01"]);
    assert!(
        md.contains("0 proposition") && !md.contains("Traduire"),
        "{md}"
    );
    let md = env.ok(&["--lang", "fr", "proposals", "s", "--status", "remontée"]);
    assert!(
        md.contains("Traduire") && !md.contains("Peu de lieux"),
        "{md}"
    );
}

#[test]
fn bad_ids_statuses_and_dates_are_explained_and_change_nothing() {
    let env = Env::new();
    let id = env.ok(&["propose", "s", "--device", "lap1", "Une proposition"]);
    let id = id.lines().next().unwrap();
    let before = env.files();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["respond", "s", "ffff0000", "--status", "refused"],
            "aucune proposition ne commence par «\u{a0}ffff0000\u{a0}»",
        ),
        (
            vec!["respond", "s", "zz", "--status", "refused"],
            "n'est pas un identifiant de proposition",
        ),
        (
            vec!["respond", "s", id, "--status", "bof"],
            "statut inconnu «\u{a0}bof\u{a0}»",
        ),
        (
            vec![
                "respond",
                "s",
                id,
                "--status",
                "accepted",
                "--due",
                "15/03/2026",
            ],
            "écrivez une année (2026)",
        ),
        (
            vec!["respond", "s", id, "--status", "done", "--on", "demain"],
            "--on «\u{a0}demain\u{a0}» n'est pas une date",
        ),
        (
            vec!["respond", "s", id, "--on", "2026-01-01"],
            "--on date un point d'avancement",
        ),
        (vec!["respond", "s", id], "rien à enregistrer"),
        (
            vec!["propose", "s", "--from", "abcd1234"],
            "aucun post-it ne commence par «\u{a0}abcd1234\u{a0}»",
        ),
        (
            vec!["propose", "s", "--topic", "XYZ", "Texte"],
            "thème inconnu «\u{a0}XYZ\u{a0}»",
        ),
        (vec!["propose", "s"], "la proposition n'a pas de texte"),
        (
            vec!["proposals", "s", "--since", "hier"],
            "--since «\u{a0}hier\u{a0}» n'est pas une date",
        ),
        (
            vec!["proposals", "s", "--status", "bof"],
            "statut inconnu «\u{a0}bof\u{a0}»",
        ),
    ];
    for (args, said) in cases {
        let mut full = vec!["--lang", "fr", "--device", "lap1"];
        full.extend(args.iter());
        let o = env.run(&full);
        assert!(!o.status.success(), "{args:?} succeeded");
        assert!(stderr(&o).contains(said), "{args:?}: {}", stderr(&o));
        assert_eq!(env.files(), before, "{args:?} changed the folder");
    }
    // English too.
    let o = env.run(&["respond", "s", "ffff0000", "--status", "refused"]);
    assert!(
        stderr(&o).contains("no proposal starts with \"ffff0000\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates() {
    let env = Env::new();
    // Two proposals whose ids share their first eight characters, written
    // through the real journal writer.
    let dir = env.root.join("s");
    let device = Uuid::from_u128(42);
    let mut w = tablee::store::journal::Writer::open(&dir, device, 0, 0);
    for (n, id) in [
        (1, "abcdef01-0000-4000-8000-000000000001"),
        (2, "abcdef01-0000-4000-8000-000000000002"),
    ] {
        w.append_with_id(
            id.parse().unwrap(),
            Body::Propose {
                text: format!("Proposition {n}"),
                description: String::new(),
                theme: None,
                origin: Default::default(),
            },
            ts(n),
        )
        .unwrap();
    }
    drop(w);
    let before = env.files();
    let o = env.run(&[
        "--lang", "fr", "respond", "s", "abcdef", "--status", "refused",
    ]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("«\u{a0}abcdef\u{a0}» est le début de plusieurs propositions"),
        "{err}"
    );
    assert!(
        err.contains("abcdef0100004000800000000000000") || err.contains("abcdef01"),
        "{err}"
    );
    assert_eq!(env.files(), before);
    // Shown ids are long enough to tell them apart, and accepted back.
    let txt = env.ok(&["proposals", "s", "--format", "csv"]);
    let shown: Vec<&str> = txt
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(shown.len(), 2);
    assert_ne!(shown[0], shown[1]);
    env.ok(&[
        "respond",
        "s",
        shown[1],
        "--device",
        "lap1",
        "--status",
        "refused",
        "Déjà fait ailleurs",
    ]);
}

#[test]
fn a_year_of_sessions_in_one_report() {
    let env = Env::new();
    // A second workshop of the year, its own folder and id.
    std::fs::create_dir_all(env.root.join("t")).unwrap();
    let mut text = std::fs::read_to_string(env.root.join("s/session.ron")).unwrap();
    // The same plan under a fresh id: another workshop.
    let i = text.find("id: \"").unwrap() + 5;
    text.replace_range(i..i + 36, "7e57a11a-0000-4000-8000-000000000001");
    std::fs::write(env.root.join("t/session.ron"), text).unwrap();
    let a = env.ok(&[
        "propose",
        "s",
        "--device",
        "lap1",
        "--theme",
        "Inclusion numérique",
        "Traduire les formulaires",
    ]);
    let b = env.ok(&[
        "propose",
        "t",
        "--device",
        "lap1",
        "--theme",
        "inclusion numerique",
        "Un numéro à appeler",
    ]);
    let (a, b) = (a.trim().to_string(), b.trim().to_string());
    env.ok(&[
        "respond", "t", &b, "--device", "lap1", "--status", "studying",
    ]);
    let md = env.ok(&["--lang", "fr", "proposals", "s", "t"]);
    assert!(md.contains("2 séances"), "{md}");
    // One theme for both, whatever the accents; each says its session.
    assert_eq!(
        md.matches("## Inclusion numérique (2 propositions)")
            .count(),
        1,
        "{md}"
    );
    assert!(md.contains(&a) && md.contains(&b));
    // Only those still awaiting an answer.
    let md = env.ok(&[
        "--lang",
        "fr",
        "proposals",
        "s",
        "t",
        "--status",
        "en-attente",
    ]);
    assert!(md.contains("Traduire") && !md.contains("Un numéro"), "{md}");
}

/// Options typed after the text are options, as people type them: nothing
/// is swallowed into a proposal's title or an answer; text that starts
/// with « - » goes after `--`; a title or theme is corrected afterwards,
/// the history keeping the one before.
#[test]
fn options_after_the_text_are_read_and_titles_are_amended() {
    let env = Env::new();
    let out = env.ok(&[
        "propose",
        "s",
        "Traduire les formulaires",
        "--theme",
        "Inclusion numérique",
        "--device",
        "lap1",
        "--lang",
        "fr",
    ]);
    let id = out.lines().next().unwrap().to_string();
    env.ok(&[
        "respond",
        "s",
        &id,
        "La ligne A dessert déjà",
        "--status",
        "acceptée",
        "--device",
        "x",
        "--lang",
        "fr",
    ]);
    let csv = env.ok(&["--lang", "fr", "proposals", "s", "--format", "csv"]);
    let row = csv
        .lines()
        .find(|l| l.contains("Traduire les formulaires"))
        .unwrap();
    assert!(!row.contains("--"), "{row}");
    assert!(row.contains("Inclusion numérique"), "{row}");
    assert!(row.contains("Acceptée"), "{row}");
    assert!(row.contains(",La ligne A dessert déjà,"), "{row}");

    // A text that starts with a dash: after --, or a clear message.
    let o = env.run(&[
        "--lang",
        "fr",
        "propose",
        "s",
        "--device",
        "lap1",
        "-5 % de papier",
    ]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("-- "), "{err}");
    env.ok(&["propose", "s", "--device", "lap1", "--", "-5 % de papier"]);
    let md = env.ok(&["--lang", "fr", "proposals", "s"]);
    assert!(
        md.contains("-5 % de papier") || md.contains("\\-5 % de papier"),
        "{md}"
    );

    // Amended: the new title and theme print, the history keeps the old.
    env.ok(&[
        "propose",
        "s",
        "--amend",
        &id,
        "Traduire les formulaires en anglais et en arabe",
        "--theme",
        "Accès aux droits",
        "--device",
        "lap1",
    ]);
    let txt = env.ok(&["--lang", "fr", "proposals", "s", "--format", "txt"]);
    assert!(
        txt.contains("Traduire les formulaires en anglais et en arabe"),
        "{txt}"
    );
    assert!(txt.contains("Accès aux droits"), "{txt}");
    assert!(
        txt.contains("intitulé\u{a0}: Traduire les formulaires en anglais"),
        "the history says what changed: {txt}"
    );
    // Nothing to amend is said, and writes nothing.
    let before = env.files();
    let o = env.run(&["--lang", "fr", "propose", "s", "--amend", &id]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("rien à enregistrer"), "{}", stderr(&o));
    assert_eq!(env.files(), before);
}

/// A new status replaces the answer said for the old one; the history
/// keeps it.
#[test]
fn a_new_status_replaces_the_old_answer_text() {
    let env = Env::new();
    let id = env.ok(&["propose", "s", "--device", "lap1", "Un composteur partagé"]);
    let id = id.lines().next().unwrap();
    env.ok(&[
        "respond",
        "s",
        id,
        "--device",
        "lap1",
        "--status",
        "à-l-étude",
        "Analyse en cours",
    ]);
    env.ok(&[
        "respond",
        "s",
        id,
        "--device",
        "lap1",
        "--status",
        "hors-périmètre",
    ]);
    let csv = env.ok(&["--lang", "fr", "proposals", "s", "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines
        .find(|l| l.contains("composteur"))
        .unwrap()
        .split(',')
        .collect();
    let field = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(field("status"), "out-of-scope", "{header:?}");
    assert_eq!(field("response"), "", "{header:?} {row:?}");
    let txt = env.ok(&["--lang", "fr", "proposals", "s", "--format", "txt"]);
    assert!(
        txt.contains("Analyse en cours"),
        "the history keeps the earlier answer: {txt}"
    );
}

/// A journal that cannot be read (a share gone, permissions, a sync still
/// writing): nothing is printed from the rest unless asked, and then the
/// document says what is missing.
#[test]
fn nothing_is_printed_from_journals_that_cannot_be_read() {
    let env = Env::new();
    env.ok(&[
        "add",
        "s",
        "--device",
        "lap1",
        "--table",
        "A",
        "--in",
        "s",
        "Un réseau d'acteurs",
    ]);
    env.ok(&["propose", "s", "--device", "lap2", "Un lieu ouvert le soir"]);
    // lap2's journal becomes unreadable: a folder where its file was
    // (unreadable even for root, as CI runs).
    let dir = std::fs::read_dir(env.root.join("s/devices"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|d| {
            std::fs::read_dir(d).unwrap().any(|f| {
                std::fs::read_to_string(f.unwrap().path())
                    .unwrap_or_default()
                    .contains("Un lieu ouvert le soir")
            })
        })
        .unwrap();
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let kept = std::fs::read(&file).unwrap();
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();

    let out = env.root.join("synthese.md");
    for args in [
        vec!["synth", "s", "-o", out.to_str().unwrap()],
        vec!["proposals", "s", "-o", out.to_str().unwrap()],
        vec!["notes", "s"],
    ] {
        let mut all = vec!["--lang", "fr"];
        all.extend(args.iter().copied());
        let o = env.run(&all);
        assert!(!o.status.success(), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains("Lecture impossible"), "{err}");
        let name = file.file_name().unwrap().to_str().unwrap();
        assert!(err.contains(name), "{err}");
        assert!(err.contains("--partial") && err.contains("chmod"), "{err}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(!out.exists(), "nothing written");
    }
    // Asked for: printed, and the document says what it misses.
    let md = env.ok(&["--lang", "fr", "synth", "s", "--partial"]);
    assert!(md.contains("⚠ Incomplet"), "{md}");
    assert!(
        md.contains(file.file_name().unwrap().to_str().unwrap()),
        "{md}"
    );
    assert!(md.contains("Un réseau d'acteurs"), "{md}");
    let md = env.ok(&["--lang", "en", "proposals", "s", "--partial"]);
    assert!(md.contains("⚠ Incomplete"), "{md}");

    // Readable again: printed as usual, nothing lost.
    std::fs::remove_dir(&file).unwrap();
    std::fs::write(&file, kept).unwrap();
    let md = env.ok(&["--lang", "fr", "proposals", "s"]);
    assert!(md.contains("Un lieu ouvert le soir") && !md.contains("Incomplet"));
}

/// The council of seed 001 commits to answer within eight weeks: what is
/// late, and what falls due soon, comes first, as of the day asked
/// (`--on`), the latest first; the table formats say it in a column.
#[test]
fn late_answers_and_due_dates_come_first_as_the_days_pass() {
    let tmp = common::committed_council();
    let report = |on: &str, format: &str| {
        let o = common::tablee(
            tmp.path(),
            &[
                "--lang",
                "fr",
                "proposals",
                "p.ron",
                "--on",
                on,
                "--format",
                format,
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap().replace('\u{a0}', " ")
    };
    // Its unanswered proposal was written directly on 2025-11-15: to be
    // answered by 2026-01-10.
    let md = report("2025-12-01", "md");
    assert!(!md.contains("En premier"), "{md}");
    let md = report("2026-01-01", "md");
    let first = &md[md.find("## En premier").expect("a first section")..];
    let first = &first[..first.find("\n## ").unwrap()];
    assert!(
        first.contains("`b945b9` — réponse à rendre d'ici le 2026-01-10 (dans 9 jours)"),
        "{first}"
    );
    assert_eq!(first.matches("\n- ").count(), 1, "{first}");
    let md = report("2026-02-01", "md");
    assert!(
        md.contains(
            "`b945b9` — ⚠ sans réponse : à rendre le 2026-01-10 au plus tard, 22 jours de retard"
        ),
        "{md}"
    );
    // A year on, the accepted ones due in 2026 are late too; the answer,
    // later by far, stays first.
    let md = report("2027-01-05", "md");
    let first = &md[md.find("## En premier").unwrap()..];
    let first = &first[..first.find("\n## ").unwrap()];
    let ids: Vec<&str> = first.lines().filter_map(|l| l.split('`').nth(1)).collect();
    assert_eq!(ids[0], "b945b9", "{first}");
    assert_eq!(ids.len(), 4, "{first}");
    assert!(
        first.contains("prévue pour 2026, 5 jours de retard"),
        "{first}"
    );
    // Before anything else in the report: the summary comes after.
    assert!(md.find("## En premier").unwrap() < md.find("## En bref").unwrap());
    let csv = report("2027-01-05", "csv");
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let late = rows.iter().filter(|r| r[16].starts_with("⚠")).count();
    assert_eq!(late, 4);
    let txt = report("2027-01-05", "txt");
    assert!(txt.contains("⚠ sans réponse"), "{txt}");
}

#[test]
fn a_council_commits_to_a_delay_when_the_session_is_made() {
    let tmp = tempfile::tempdir().unwrap();
    let o = common::tablee(
        tmp.path(),
        &[
            "new",
            "conseil",
            "--date",
            "2026-03-14",
            "--answer-within",
            "8 semaines",
            "--dir",
            ".",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ron = std::fs::read_to_string(tmp.path().join("2026-03-14-conseil/session.ron")).unwrap();
    assert!(ron.contains("answer_within: \"8w\""), "{ron}");
    let o = common::tablee(
        tmp.path(),
        &[
            "new",
            "autre",
            "--answer-within",
            "huit semaines",
            "--dir",
            ".",
        ],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--answer-within huit semaines: write a delay as 8w"),
        "{err}"
    );
    assert!(!tmp.path().join("autre").exists());
}

/// Open data: the example council's year as JSON, valid against the
/// schema in docs/ (checked by a real JSON Schema validator), anonymous,
/// every proposal once with its status code.
#[test]
fn the_json_export_validates_against_its_schema() {
    let have = std::process::Command::new("python3")
        .args(["-c", "import jsonschema"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert!(
            std::env::var_os("CI").is_none(),
            "python3-jsonschema is needed: apt-get install python3-jsonschema"
        );
        eprintln!("SKIPPED: python3-jsonschema not installed");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = common::committed_council();
    let o = common::tablee(
        tmp.path(),
        &[
            "proposals",
            "p.ron",
            "--format",
            "json",
            "--on",
            "2027-01-05",
            "-o",
            "p.json",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let check = std::process::Command::new("python3")
        .args([
            "-c",
            "import json, sys, jsonschema\n\
             schema = json.load(open(sys.argv[1]))\n\
             doc = json.load(open(sys.argv[2]))\n\
             jsonschema.Draft202012Validator.check_schema(schema)\n\
             jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)\n\
             print(len(doc['proposals']), sum(1 for p in doc['proposals'] if p['deadline']))",
        ])
        .arg(root.join("docs/proposals.schema.json"))
        .arg(tmp.path().join("p.json"))
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&check.stdout).trim(), "21 4");
    let json = std::fs::read_to_string(tmp.path().join("p.json")).unwrap();
    // Anonymous: no device id from the journal.
    let devices = std::fs::read_dir(tmp.path().join("p.tablee/devices")).unwrap();
    for d in devices.flatten() {
        let name = d.file_name().to_string_lossy().to_string();
        assert!(!json.contains(&name), "device {name} in the export");
    }
    assert!(json.contains("\"status\": \"out-of-scope\""));
}

/// The files Decidim's admin imports, checked against the rules of its
/// import code (docs/decidim.md): `;` between cells, the required
/// localized headers once each, no blank title, body or description,
/// dates that parse, progress from 0 to 100, and no `id` column (Decidim
/// would update the result of that number).
#[test]
fn decidim_files_follow_its_import_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let export = |format: &str| {
        let o = common::tablee(
            tmp.path(),
            &[
                "--lang",
                "fr",
                "proposals",
                root.join("examples/cenr-2025-propositions.ron")
                    .to_str()
                    .unwrap(),
                "--format",
                format,
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let text = String::from_utf8(o.stdout).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.as_bytes());
        let head: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
        for (i, h) in head.iter().enumerate() {
            assert!(!head[..i].contains(h), "{h} twice");
        }
        let rows: Vec<std::collections::HashMap<String, String>> = r
            .records()
            .map(|rec| {
                let rec = rec.unwrap();
                assert_eq!(rec.len(), head.len());
                head.iter()
                    .cloned()
                    .zip(rec.iter().map(str::to_string))
                    .collect()
            })
            .collect();
        (head, rows)
    };
    let (head, rows) = export("decidim-proposals");
    assert_eq!(head, ["title/fr", "body/fr"]);
    assert_eq!(rows.len(), 21);
    for r in &rows {
        assert!(!r["title/fr"].trim().is_empty() && !r["body/fr"].trim().is_empty());
        assert!(!r["title/fr"].starts_with(['=', '+', '@']));
    }
    let (head, rows) = export("decidim-results");
    assert!(!head.iter().any(|h| h == "id"));
    for required in ["title/fr", "description/fr"] {
        assert!(head.iter().any(|h| h == required), "{required}");
    }
    // Accepted, with changes, or sent on: 9 + 1 + 4 in the example.
    assert_eq!(rows.len(), 14);
    for r in &rows {
        assert!(!r["title/fr"].trim().is_empty());
        assert!(!r["description/fr"].trim().is_empty());
        for d in ["start_date", "end_date"] {
            if !r[d].is_empty() {
                r[d].parse::<jiff::civil::Date>()
                    .unwrap_or_else(|_| panic!("{d}: {}", r[d]));
            }
        }
        let p: f64 = r["progress"].parse().unwrap();
        assert!((0.0..=100.0).contains(&p));
    }
    assert!(
        rows.iter().any(|r| r["end_date"] == "2026-12-31"),
        "a due date of 2026"
    );
}
