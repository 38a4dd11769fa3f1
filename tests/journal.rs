//! Post-its that are never lost: merge laws, journals on disk, crashes,
//! full disks, and two laptops sharing one folder.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use assert_cmd::cargo::cargo_bin;
use proptest::prelude::*;
use tablee::core::board::Board;
use tablee::core::clock::{Clock, ClockOp};
use tablee::core::event::{Body, Event};
use tablee::core::model::Column;
use tablee::core::text::{is_forbidden, sanitize};
use tablee::core::validate::Severity;
use tablee::i18n::Lang;
use tablee::store::journal::{self, Writer};
use uuid::Uuid;

const ROUBAIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/roubaix-2024-world-cafe.ron"
);

// ---------------------------------------------------------------------------
// Merge laws over generated events.

fn ts(s: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_700_000_000 + s).unwrap()
}

/// Events of `devices` devices: adds, then edits/moves/deletes/votes/clusters
/// on any device's post-its, with per-device increasing seq and Lamport.
fn events_strategy() -> impl Strategy<Value = Vec<Event>> {
    (
        3usize..=8,
        proptest::collection::vec((0usize..8, 0u8..14, 0usize..64, 0u64..4, -2i32..4), 10..80),
    )
        .prop_map(|(devices, ops)| {
            let dev: Vec<Uuid> = (0..devices)
                .map(|d| Uuid::from_u128(d as u128 + 1))
                .collect();
            let mut seq = vec![0u64; devices];
            let mut lamport = vec![0u64; devices];
            let mut notes: Vec<Uuid> = Vec::new();
            let mut out = Vec::new();
            for (i, (d, kind, pick, jump, delta)) in ops.into_iter().enumerate() {
                let d = d % devices;
                seq[d] += 1;
                lamport[d] += 1 + jump;
                let id = Uuid::from_u128(1_000 + i as u128);
                let target = notes.get(pick % notes.len().max(1)).copied();
                let q = Column::ALL[pick % 4];
                let body = match (kind, target) {
                    // The room's clock, from any device, in any phase.
                    (11..=13, _) => Body::Clock {
                        phase: pick % 3,
                        op: [
                            ClockOp::Start,
                            ClockOp::Pause,
                            ClockOp::Minutes(delta as i64),
                            ClockOp::Next,
                            ClockOp::Back,
                            ClockOp::Mute(delta > 0),
                        ][pick % 6],
                        // Journals from before epochs, and screens in
                        // any visit (known or not).
                        epoch: [None, Some(0), Some(delta as u64)][pick % 3],
                        running: [None, Some(true), Some(false)][delta as usize % 3],
                    },
                    (0..=2, _) | (_, None) => {
                        notes.push(id);
                        Body::Add {
                            author: None,
                            private: None,
                            table: ["A", "B", "C"][pick % 3].into(),
                            quadrant: q,
                            round: Some(1 + (pick % 2) as u32),
                            group: None,
                            text: format!("note {i} é👍"),
                        }
                    }
                    (3, Some(n)) => Body::Edit {
                        note: n,
                        text: format!("edit {i}"),
                    },
                    (4, Some(n)) => Body::Move {
                        note: n,
                        quadrant: q,
                        table: "B".into(),
                    },
                    (5, Some(n)) => Body::Delete { note: n },
                    (6, Some(n)) => Body::Vote {
                        note: n,
                        delta,
                        group: None,
                    },
                    (7, Some(n)) => Body::Cluster {
                        note: n,
                        into: notes[0],
                    },
                    (_, Some(n)) => Body::KeyFactor {
                        topic: "CLN".into(),
                        quadrant: q,
                        note: Some(n),
                    },
                };
                out.push(Event {
                    id,
                    device: dev[d],
                    seq: seq[d],
                    lamport: lamport[d],
                    at: ts(i as i64),
                    body,
                });
            }
            out
        })
}

fn board(parts: &[&[Event]]) -> Board {
    Board::from_events(parts.iter().flat_map(|p| p.iter()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn merge_is_commutative_associative_idempotent(
        events in events_strategy(),
        cut1 in 0usize..100,
        cut2 in 0usize..100,
        seed in any::<u64>(),
    ) {
        let whole = board(&[&events]);
        // The clock every replica shows is the same.
        let clock = |b: &Board| Clock::replay(&Clock::new(3), &b.clock_ops, &[5, 20, 20]);
        let shown = clock(&whole);
        for order in common::merge_orders(&events, cut1, cut2, seed) {
            let merged = board(&[&order]);
            prop_assert_eq!(&merged, &whole);
            prop_assert_eq!(&clock(&merged), &shown);
        }
    }

    #[test]
    fn merge_from_disk_matches_memory(events in events_strategy(), copies in 0usize..3) {
        let tmp = tempfile::tempdir().unwrap();
        // Each device writes its own events through the real writer, in segments.
        let mut by_device: std::collections::BTreeMap<Uuid, Vec<&Event>> = Default::default();
        for e in &events {
            by_device.entry(e.device).or_default().push(e);
        }
        for (device, evs) in &by_device {
            let mut w = Writer::open(tmp.path(), *device, 0, 0);
            for (i, e) in evs.iter().enumerate() {
                if i % 7 == 6 {
                    w = Writer::open(tmp.path(), *device, 0, 0); // a restart: new segment
                }
                w.write(e).unwrap();
            }
        }
        // Conflict copies of the first segments: extra, duplicated input.
        for (device, _) in by_device.iter().take(copies) {
            let dir = tmp.path().join("devices").join(device.to_string());
            std::fs::copy(segment(&dir, 1), dir.join("000001.sync-conflict-20261123-101010-ABCDEFG.ronl")).unwrap();
            std::fs::write(dir.join(".syncthing.000002.ronl.tmp"), "garbage").unwrap();
        }
        let loaded = journal::load(tmp.path());
        prop_assert!(loaded.diagnostics.iter().all(|d| d.severity == Severity::Warning), "{:?}", loaded.diagnostics);
        prop_assert_eq!(loaded.conflict_copies.len(), copies);
        prop_assert_eq!(Board::from_events(&loaded.events), board(&[&events]));
    }

    #[test]
    fn sanitiser_is_idempotent_and_strips_controls(s in "\\PC*|[\\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}a-zé ]*") {
        let once = sanitize(&s);
        prop_assert_eq!(sanitize(&once), once.clone());
        prop_assert!(once.chars().all(|c| !is_forbidden(c) && c != '\t' && c != '\r'));
    }
}

#[test]
fn last_writer_wins_by_lamport_not_wall_clock() {
    let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
    let note = Uuid::from_u128(10);
    let add = Event {
        id: note,
        device: a,
        seq: 1,
        lamport: 1,
        at: ts(0),
        body: Body::Add {
            author: None,
            private: None,
            table: "A".into(),
            quadrant: Column::S,
            round: None,
            group: None,
            text: "v0".into(),
        },
    };
    // B's edit has a later Lamport counter but an *earlier* wall clock.
    let edit_a = Event {
        id: Uuid::from_u128(11),
        device: a,
        seq: 2,
        lamport: 2,
        at: ts(100),
        body: Body::Edit {
            note,
            text: "from A".into(),
        },
    };
    let edit_b = Event {
        id: Uuid::from_u128(12),
        device: b,
        seq: 1,
        lamport: 3,
        at: ts(50),
        body: Body::Edit {
            note,
            text: "from B".into(),
        },
    };
    let vote_a = Event {
        id: Uuid::from_u128(13),
        device: a,
        seq: 3,
        lamport: 4,
        at: ts(1),
        body: Body::Vote {
            note,
            delta: 2,
            group: None,
        },
    };
    let vote_b = Event {
        id: Uuid::from_u128(14),
        device: b,
        seq: 2,
        lamport: 4,
        at: ts(1),
        body: Body::Vote {
            note,
            delta: 1,
            group: None,
        },
    };
    let b1 = Board::from_events([&add, &edit_a, &edit_b, &vote_a, &vote_b]);
    let b2 = Board::from_events([&vote_b, &edit_b, &vote_a, &edit_a, &add, &edit_b]);
    assert_eq!(b1, b2);
    assert_eq!(b1.notes[&note].text, "from B");
    assert_eq!(b1.notes[&note].votes(), 3);
}

// ---------------------------------------------------------------------------
// The binary on real folders.

struct Env {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Env {
    /// A folder with the Roubaix session at `root/s/session.ron` and private
    /// XDG folders (device id, locks).
    fn new() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        std::fs::create_dir_all(root.join("s")).unwrap();
        std::fs::copy(ROUBAIX, root.join("s/session.ron")).unwrap();
        Env { _tmp: tmp, root }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(cargo_bin("tablee"));
        c.current_dir(&self.root)
            .env("XDG_STATE_HOME", self.root.join("state"))
            .env("XDG_CONFIG_HOME", self.root.join("config"))
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .args(args);
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    fn add(&self, session: &str, device: &str, text: &str) -> Output {
        self.run(&[
            "add",
            session,
            "--device",
            device,
            "--table",
            "A",
            "--quadrant",
            "s",
            text,
        ])
    }

    /// (id, text) of every live post-it, via `tablee notes`.
    fn notes(&self, session: &str) -> Vec<(String, String)> {
        let o = self.run(&["notes", session, "--format", "csv"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let mut r = csv::Reader::from_reader(&o.stdout[..]);
        r.records()
            .map(|rec| {
                let rec = rec.unwrap();
                (rec[0].to_string(), rec[7].to_string())
            })
            .collect()
    }
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr)
}

fn device_dir(root: &Path, session: &str) -> PathBuf {
    let devices = root.join(session).join("devices");
    std::fs::read_dir(devices)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
}

#[test]
fn torn_last_line_corrupt_middle_line_and_conflict_copy() {
    let env = Env::new();
    for t in ["un", "deux", "trois"] {
        assert!(env.add("s", "laptop", t).status.success());
    }
    let dir = device_dir(&env.root, "s");
    let seg = segment(&dir, 1);
    // Three adds, three segments (one per start); gather them in one file to
    // damage lines in the middle and at the end.
    let mut lines = String::new();
    for n in 1..=3 {
        let path = segment(&dir, n);
        lines.push_str(&std::fs::read_to_string(&path).unwrap());
        std::fs::remove_file(path).unwrap();
    }
    let good: Vec<&str> = lines.lines().collect();
    // Torn last line: half a line, no newline.
    let torn = format!("{}\n{}\n{}", good[0], good[1], &good[2][..40]);
    std::fs::write(&seg, &torn).unwrap();
    let o = env.run(&["check", "s"]);
    assert!(o.status.success(), "a torn tail is a warning: {}", text(&o));
    let seg_name = seg.strip_prefix(&env.root).unwrap().display().to_string();
    assert!(
        text(&o).contains(&format!(
            "{seg_name}:3:1: warning: the last line is incomplete"
        )),
        "{}",
        text(&o)
    );
    assert_eq!(env.notes("s").len(), 2);
    assert_eq!(
        std::fs::read_to_string(&seg).unwrap(),
        torn,
        "nothing rewritten"
    );

    // A damaged middle line: an error with its position; the rest loads.
    let corrupt = format!(
        "{}\n{}\n{}\n",
        good[0],
        good[1].replace("deux", "DEUX"),
        good[2]
    );
    std::fs::write(&seg, &corrupt).unwrap();
    let o = env.run(&["check", "s"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains(&format!("{seg_name}:2:1: unreadable event (checksum mismatch): this line was skipped and the rest loaded")), "{}", text(&o));
    let texts: Vec<String> = env.notes("s").into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, vec!["un", "trois"]);
    assert_eq!(
        std::fs::read_to_string(&seg).unwrap(),
        corrupt,
        "nothing rewritten"
    );

    // A sync-conflict copy holding the good line: read, reported, kept.
    let copy = dir.join("000001.sync-conflict-20261123-093000-ABC1234.ronl");
    std::fs::write(&copy, format!("{}\n", good[1])).unwrap();
    std::fs::write(dir.join(".syncthing.000004.ronl.tmp"), "half").unwrap();
    let texts: Vec<String> = env.notes("s").into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, vec!["un", "deux", "trois"]);
    let o = env.run(&["check", "s"]);
    assert!(
        text(&o).contains("its post-its are merged with the others; keep this file"),
        "{}",
        text(&o)
    );
    assert!(copy.exists(), "conflict copies are never deleted");
}

/// Several tablee on one laptop (the facilitator's screen, a command line
/// in another terminal, a script) write the same session at once: each in
/// a folder of its own, numbered on its own, so no gap and no shared
/// device is reported; only a runaway number of them is refused.
#[test]
fn several_writers_on_the_same_device_each_write_their_own_journal() {
    use tablee::store::device::{Device, WRITERS_PER_DEVICE, lock};
    let env = Env::new();
    assert!(env.add("s", "laptop", "first").status.success());
    let device = Device::named("laptop");
    let lock_dir = env.root.join("state/tablee/locks");
    // The facilitator's screen holds the device's first writer.
    let screen = lock(&lock_dir, &env.root.join("s"), device.id).unwrap();
    // Commands in other terminals, several at once.
    let running: Vec<_> = (0..8)
        .map(|i| {
            env.cmd(&[
                "add",
                "s",
                "--device",
                "laptop",
                "--table",
                "A",
                "--in",
                "s",
                &format!("en parallèle {i}"),
            ])
            .spawn()
            .unwrap()
        })
        .collect();
    for child in running {
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert!(env.add("s", "laptop", "second").status.success());
    assert_eq!(env.notes("s").len(), 10);
    let o = env.run(&["check", "s"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        !text(&o).contains("gap") && !text(&o).contains("two programs"),
        "{}",
        text(&o)
    );
    // Each writer writes its own folder: one file, one writer.
    let folders = std::fs::read_dir(env.root.join("s/devices"))
        .unwrap()
        .count();
    assert!(folders >= 2, "{folders}");

    // Every writer of the device taken: refused, clearly, nothing written.
    let held: Vec<_> = (1..WRITERS_PER_DEVICE)
        .map(|n| lock(&lock_dir, &env.root.join("s"), Device::writer(device.id, n)).unwrap())
        .collect();
    let o = env.add("s", "laptop", "one too many");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("tablee are already writing this session"),
        "{}",
        text(&o)
    );
    assert!(
        text(&o).contains(&std::process::id().to_string()),
        "{}",
        text(&o)
    );
    // Another device is not blocked.
    assert!(env.add("s", "other", "third").status.success());
    drop(held);
    drop(screen);
    assert!(env.add("s", "laptop", "again").status.success());
    assert_eq!(env.notes("s").len(), 12);
}

#[test]
fn missing_session_and_bad_input_are_explained() {
    let env = Env::new();
    let o = env.add("nowhere", "laptop", "x");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("nowhere/session.ron: no such file or folder: check the path"),
        "{}",
        text(&o)
    );
    let o = env.run(&[
        "add",
        "s",
        "--table",
        "Z",
        "--quadrant",
        "s",
        "x",
        "--device",
        "d",
    ]);
    assert!(
        text(&o).contains("there is no table \"Z\" in this session; tables: A, B, C, D"),
        "{}",
        text(&o)
    );
    let long = "é".repeat(1001);
    let o = env.add("s", "d", &long);
    assert!(
        text(&o).contains("the post-it has 1001 characters; the limit is 1000"),
        "{}",
        text(&o)
    );
    // Controls and escape sequences are stripped before writing.
    assert!(
        env.add("s", "d", "a\u{1b}[2Jb\u{202e}c\u{7}")
            .status
            .success()
    );
    assert_eq!(env.notes("s")[0].1, "a[2Jbc");
    assert!(!env.root.join("nowhere").exists());
}

#[test]
fn import_is_all_or_nothing_and_idempotent() {
    let env = Env::new();
    let bad =
        "\u{feff}table;tour;groupe;cadran;texte;voix\nA;1;1;F;Manque de moyens;3\nZ;1;;X;;deux\n";
    std::fs::write(env.root.join("bad.csv"), bad).unwrap();
    let o = env.run(&["import", "s", "bad.csv", "--device", "d"]);
    assert_eq!(o.status.code(), Some(1));
    let t = text(&o);
    assert!(t.contains("bad.csv:3: there is no table \"Z\""), "{t}");
    assert!(t.contains("bad.csv:3: quadrant “X”"), "{t}");
    assert!(t.contains("bad.csv:3: the post-it is empty"), "{t}");
    assert!(
        t.contains("bad.csv:3: votes \"deux\" is not a whole number"),
        "{t}"
    );
    assert!(t.contains("nothing was imported"), "{t}");
    assert!(!env.root.join("s/devices").exists());

    let good = "table,round,group,quadrant,text,votes\nA,1,1,w,\"Manque de moyens, humains\",3\nC,2,,o,Loi REEN,\n";
    std::fs::write(env.root.join("good.csv"), good).unwrap();
    let o = env.run(&["import", "s", "good.csv", "--device", "d"]);
    assert!(
        text(&o).contains("2 post-it(s) imported, 0 already present"),
        "{}",
        text(&o)
    );
    let o = env.run(&["import", "s", "good.csv", "--device", "other"]);
    assert!(
        text(&o).contains("0 post-it(s) imported, 2 already present"),
        "{}",
        text(&o)
    );
    let o = env.run(&["notes", "s", "--quadrant", "f"]);
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(out.contains("\tA\t1\t1\tW\t3\t"), "{out}");
    assert!(out.ends_with("Manque de moyens, humains\n"), "{out}");
    // No group given, but round 2 at table C was group 1's.
    let o = env.run(&["notes", "s", "--table", "C"]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("\tC\t2\t1\tO\t0\t"),
        "{}",
        text(&o)
    );
}

/// Two laptops: two processes write concurrently into one folder, a copy
/// is taken as a sync tool would, both sides go on, then sync both ways.
#[test]
fn two_laptops_merge_to_the_same_state_both_ways() {
    let env = Env::new();
    let spawn = |device: &'static str, n: usize| {
        let c = env.cmd(&[]);
        let prog = c.get_program().to_owned();
        let envs: Vec<_> = c
            .get_envs()
            .map(|(k, v)| (k.to_owned(), v.map(|v| v.to_owned())))
            .collect();
        let root = env.root.clone();
        std::thread::spawn(move || {
            for i in 0..n {
                let mut c = Command::new(&prog);
                c.current_dir(&root);
                for (k, v) in &envs {
                    match v {
                        Some(v) => c.env(k, v),
                        None => c.env_remove(k),
                    };
                }
                let o = c
                    .args([
                        "add",
                        "s",
                        "--device",
                        device,
                        "--table",
                        "B",
                        "--quadrant",
                        "o",
                        &format!("{device} {i}"),
                    ])
                    .output()
                    .unwrap();
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            }
        })
    };
    let (a, b) = (spawn("laptop-a", 15), spawn("laptop-b", 15));
    a.join().unwrap();
    b.join().unwrap();
    assert_eq!(env.notes("s").len(), 30);

    // Laptop B takes a copy (cp -r), then both sides keep writing.
    let status = Command::new("cp")
        .args(["-r", "s", "s2"])
        .current_dir(&env.root)
        .status()
        .unwrap();
    assert!(status.success());
    for i in 0..3 {
        assert!(
            env.add("s", "laptop-a", &format!("after copy A {i}"))
                .status
                .success()
        );
        assert!(
            env.add("s2", "laptop-b", &format!("after copy B {i}"))
                .status
                .success()
        );
    }
    // Sync both ways, as rsync would: each side gets the other's device folders.
    for (from, to) in [("s", "s2"), ("s2", "s")] {
        let status = Command::new("cp")
            .args([
                "-rn",
                &format!("{from}/devices/."),
                &format!("{to}/devices/"),
            ])
            .current_dir(&env.root)
            .status()
            .unwrap();
        assert!(status.success());
    }
    let one: BTreeSet<_> = env.notes("s").into_iter().collect();
    let two: BTreeSet<_> = env.notes("s2").into_iter().collect();
    assert_eq!(one, two);
    assert_eq!(one.len(), 36, "no loss, no duplicate");
    let o = env.run(&["check", "s", "s2"]);
    assert!(o.status.success(), "{}", text(&o));
}

/// Kills `tablee add` with SIGKILL at random moments. Every post-it whose id
/// was printed must be there after reload, and the folder must always load.
/// `TABLEE_CRASH_ITERATIONS` sets the count (default 200).
#[test]
fn sigkill_at_any_moment_loses_no_saved_post_it() {
    let iterations: u64 = std::env::var("TABLEE_CRASH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let env = Env::new();
    // Warm up once to measure how long an add takes on this machine.
    let start = std::time::Instant::now();
    assert!(env.add("s", "crash", "warm-up").status.success());
    let span = start.elapsed().as_micros().max(2_000) as u64;
    let mut saved = vec![env.notes("s")[0].0.clone()];
    let mut killed = 0;
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..iterations {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let delay = std::time::Duration::from_micros(x % (span + span / 2));
        let mut child = env
            .cmd(&[
                "add",
                "s",
                "--device",
                "crash",
                "--table",
                "A",
                "--quadrant",
                "t",
                &format!("crash {i}"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            killed += 1;
        }
        let out = child.wait_with_output().unwrap();
        let printed = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if Uuid::parse_str(&printed).is_ok() {
            saved.push(printed);
        }
        if i % 25 == 24 {
            let o = env.run(&["check", "s"]);
            assert!(
                o.status.success(),
                "the folder must always load: {}",
                text(&o)
            );
        }
    }
    let present: BTreeSet<String> = env.notes("s").into_iter().map(|(id, _)| id).collect();
    for id in &saved {
        assert!(
            present.contains(id),
            "post-it {id} was reported saved but is missing"
        );
    }
    let o = env.run(&["check", "s"]);
    assert!(o.status.success(), "{}", text(&o));
    eprintln!(
        "crash test: {iterations} runs, {killed} killed mid-way, {} reported saved, {} present",
        saved.len(),
        present.len()
    );
    assert!(killed > 0, "the test must actually kill some runs");
}

/// A small tmpfs, mounted for the test and unmounted after (even on panic).
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(size: &str) -> Option<(tempfile::TempDir, Tmpfs)> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        ok.then(|| {
            let p = dir.path().to_path_buf();
            (dir, Tmpfs(p))
        })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walk(dir) {
        out.push((e.clone(), std::fs::read(&e).unwrap()));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn full_disk_is_reported_changes_nothing_and_recovers() {
    let Some((_guard_dir, fs)) = Tmpfs::mount("256k") else {
        eprintln!(
            "\n*** SKIPPED full_disk_is_reported_changes_nothing_and_recovers: cannot mount a tmpfs (needs root) ***\n"
        );
        return;
    };
    let session = fs.0.join("s");
    std::fs::create_dir_all(&session).unwrap();
    std::fs::copy(ROUBAIX, session.join("session.ron")).unwrap();
    let device = Uuid::from_u128(7);
    let mut w = Writer::open(&session, device, 0, 0);
    let first = w.append(add_body("before the disk fills"), ts(0)).unwrap();
    // Fill the disk.
    let filler = fs.0.join("filler");
    let mut f = std::fs::File::create(&filler).unwrap();
    let chunk = vec![b'x'; 4096];
    while std::io::Write::write_all(&mut f, &chunk).is_ok() {}
    let _ = f.sync_all();
    drop(f);
    let before = snapshot(&session);
    // Appending fails clearly and keeps the event.
    let mut failed = None;
    for i in 0..50 {
        match w.append(add_body(&format!("while full {i}")), ts(i)) {
            Ok(_) => continue,
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    let err = failed.expect("a full disk must fail an append");
    assert_eq!(err.source.kind(), std::io::ErrorKind::StorageFull, "{err}");
    assert!(tablee::i18n::store::io_message(&err.source, Lang::En).contains("the disk is full"));
    // No existing byte changed (a partial tail may have been added after them).
    let after = snapshot(&session);
    for (path, bytes) in &before {
        let now = &after.iter().find(|(p, _)| p == path).unwrap().1;
        assert_eq!(
            &now[..bytes.len()],
            &bytes[..],
            "{} changed",
            path.display()
        );
    }
    // The CLI says so too, and still never overwrites anything.
    let o = Command::new(cargo_bin("tablee"))
        .arg("add")
        .arg(&session)
        .args(["--device", "cli", "--table", "A", "--quadrant", "s", "x"])
        .env("XDG_STATE_HOME", fs.0.parent().unwrap().join("state-full"))
        .env(
            "XDG_CONFIG_HOME",
            fs.0.parent().unwrap().join("config-full"),
        )
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("NOT SAVED") && text(&o).contains("the disk is full"),
        "{}",
        text(&o)
    );
    // Free space: the kept event is written on retry, into a fresh segment.
    std::fs::remove_file(&filler).unwrap();
    w.write(&err.event).unwrap();
    let loaded = journal::load(&session);
    let ids: BTreeSet<Uuid> = loaded.events.iter().map(|e| e.id).collect();
    assert!(ids.contains(&first.id) && ids.contains(&err.event.id));
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.severity == Severity::Warning),
        "{:?}",
        loaded.diagnostics
    );
}

#[test]
fn read_only_folder_is_reported() {
    let env = Env::new();
    assert!(env.add("s", "d", "before").status.success());
    let Some((_guard_dir, fs)) = Tmpfs::mount("1m") else {
        eprintln!(
            "\n*** SKIPPED read_only_folder_is_reported: cannot mount a tmpfs (needs root) ***\n"
        );
        return;
    };
    let status = Command::new("cp")
        .arg("-r")
        .arg(env.root.join("s"))
        .arg(fs.0.join("s"))
        .status()
        .unwrap();
    assert!(status.success());
    let ro = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(&fs.0)
        .status()
        .unwrap();
    assert!(ro.success());
    let o = env.run(&[
        "add",
        fs.0.join("s").to_str().unwrap(),
        "--device",
        "d",
        "--table",
        "A",
        "--quadrant",
        "s",
        "x",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("NOT SAVED") && text(&o).contains("read-only"),
        "{}",
        text(&o)
    );
    // What was there still reads.
    let o = env.run(&["notes", fs.0.join("s").to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("before"));
}

fn add_body(text: &str) -> Body {
    Body::Add {
        author: None,
        private: None,
        table: "A".into(),
        quadrant: Column::S,
        round: None,
        group: None,
        text: text.into(),
    }
}

/// Segment `n` of a device folder, whatever its writer's instance id.
fn segment(dir: &std::path::Path, n: u32) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            journal::classify(&name) == journal::FileKind::Segment(n)
        })
        .unwrap_or_else(|| panic!("no segment {n} in {}", dir.display()))
}

/// Copies every file of `from` into `to`, replacing files of the same name
/// (as a sync tool with conflict copies turned off does).
fn copy_over(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_over(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

#[test]
fn two_laptops_sharing_a_device_name_lose_nothing_and_are_told() {
    // Two laptops with the same session folder (one id) and the same
    // device name typed twice.
    let a = Env::new();
    let b = Env::new();
    for i in 0..40 {
        assert!(
            a.add("s", "same", &format!("laptop A {i}"))
                .status
                .success()
        );
        assert!(
            b.add("s", "same", &format!("laptop B {i}"))
                .status
                .success()
        );
    }
    // A sync tool without conflict copies carries each folder over the
    // other: segment names are per writing process, so nothing is replaced.
    copy_over(&b.root.join("s/devices"), &a.root.join("s/devices"));
    copy_over(&a.root.join("s/devices"), &b.root.join("s/devices"));
    for env in [&a, &b] {
        let texts: BTreeSet<String> = env.notes("s").into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts.len(), 80, "every post-it of both laptops, once each");
        let o = env.run(&["check", "s"]);
        assert!(
            text(&o).contains("two programs wrote as this same device"),
            "{}",
            text(&o)
        );
        assert!(text(&o).contains("--device NAME"), "{}", text(&o));
    }
}

#[test]
fn a_missing_segment_is_reported_as_a_gap() {
    let env = Env::new();
    for t in ["un", "deux", "trois", "quatre"] {
        assert!(env.add("s", "laptop", t).status.success());
    }
    let dir = device_dir(&env.root, "s");
    // One journal file deleted (or not synced yet): events 2 and 3.
    std::fs::remove_file(segment(&dir, 2)).unwrap();
    std::fs::remove_file(segment(&dir, 3)).unwrap();
    let o = env.run(&["check", "s"]);
    assert!(o.status.success(), "a gap is a warning: {}", text(&o));
    assert!(
        text(&o).contains("events 2 to 3 of this device are missing"),
        "{}",
        text(&o)
    );
    assert!(text(&o).contains("has not arrived yet through the sync tool"));
}

#[test]
fn replicas_of_one_workshop_merge_and_a_copied_workshop_is_said() {
    let env = Env::new();
    for t in ["un", "deux"] {
        assert!(env.add("s", "laptop-a", t).status.success());
    }
    // The same folder brought back from a USB key under another name, with
    // post-its typed there.
    std::fs::create_dir_all(env.root.join("s-usb")).unwrap();
    copy_over(&env.root.join("s"), &env.root.join("s-usb"));
    assert!(env.add("s-usb", "laptop-b", "trois").status.success());
    // notes and synth read both folders: nothing lost, nothing twice.
    let texts: BTreeSet<String> = env.notes("s").into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, ["deux", "trois", "un"].map(String::from).into());
    let o = env.run(&["synth", "s", "s-usb", "--format", "csv", "--lang", "en"]);
    assert!(o.status.success(), "{}", text(&o));
    let csv = String::from_utf8_lossy(&o.stdout);
    for t in ["un", "deux", "trois"] {
        assert_eq!(csv.matches(&format!(",{t},")).count(), 1, "{t} once: {csv}");
    }
    // A folder copied to start another workshop (same id, another plan):
    // check says so and how to fix it.
    let plan = std::fs::read_to_string(env.root.join("s/session.ron")).unwrap();
    std::fs::create_dir_all(env.root.join("next")).unwrap();
    std::fs::write(
        env.root.join("next/session.ron"),
        plan.replace("Petit-déjeuner", "Atelier suivant"),
    )
    .unwrap();
    let o = env.run(&["check", "s"]);
    assert!(text(&o).contains("another plan"), "{}", text(&o));
    assert!(text(&o).contains("--from"), "{}", text(&o));
    // The fix: a fresh id, the same plan, no post-its.
    let o = env.run(&["new", "Atelier suivant", "--from", "next", "--dir", "."]);
    assert!(o.status.success(), "{}", text(&o));
    let made = String::from_utf8_lossy(&o.stdout).trim().to_string();
    let new_plan = std::fs::read_to_string(env.root.join(&made)).unwrap();
    assert!(new_plan.contains("Atelier suivant"));
    let folder = std::path::Path::new(&made).parent().unwrap().to_path_buf();
    assert!(!env.root.join(&folder).join("devices").exists());
    let o = env.run(&["notes", folder.to_str().unwrap(), "--dir", "."]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).trim().is_empty(),
        "no post-its"
    );
}

#[test]
fn a_sync_conflict_copy_of_session_ron_is_said_with_its_fields_and_kept() {
    let env = Env::new();
    let plan = std::fs::read_to_string(env.root.join("s/session.ron")).unwrap();
    let copy = env
        .root
        .join("s/session.sync-conflict-20241011-093000-ABCDEF1.ron");
    // On another laptop, the title was edited at the same time.
    std::fs::write(&copy, plan.replace("Petit-déjeuner", "Petit déjeuner")).unwrap();
    let o = env.run(&["check", "s"]);
    assert!(o.status.success(), "a warning: {}", text(&o));
    let t = text(&o);
    assert!(
        t.contains("a copy of session.ron made by a sync tool"),
        "{t}"
    );
    assert!(t.contains("they differ in: title"), "{t}");
    assert!(
        t.contains("rename session.sync-conflict-20241011-093000-ABCDEF1.ron to session.ron"),
        "{t}"
    );
    // list marks the session and says why.
    let o = env.run(&["list", "--dir", "."]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("⚠ Petit-déjeuner"),
        "{}",
        text(&o)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("made by a sync tool"));
    assert!(copy.exists(), "nothing is deleted");
}

#[test]
fn a_writer_whose_file_was_removed_writes_a_fresh_one() {
    use tablee::store::worker::{Reply, Store, Worker};
    let tmp = tempfile::tempdir().unwrap();
    let device = Uuid::from_u128(7);
    let writer = Writer::open(tmp.path(), device, 0, 0);
    let mut stamper = writer.stamper();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut w = Worker::spawn(writer, move |r| {
        let _ = tx.send(r);
    });
    let e = stamper.stamp(
        Uuid::from_u128(1),
        Body::Delete {
            note: Uuid::from_u128(9),
        },
        ts(0),
    );
    w.write(e.clone());
    assert!(matches!(rx.recv().unwrap(), Reply::Written(_)));
    let dir = tmp.path().join("devices").join(device.to_string());
    std::fs::remove_file(segment(&dir, 1)).unwrap();
    assert!(journal::device_ids(tmp.path(), device).is_empty());
    // The screen notices, rotates and writes it again: a new file.
    w.rotate();
    w.write(e.clone());
    assert!(matches!(rx.recv().unwrap(), Reply::Written(_)));
    assert!(journal::device_ids(tmp.path(), device).contains(&e.id));
    assert!(segment(&dir, 2).exists());
}
