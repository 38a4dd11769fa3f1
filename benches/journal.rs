//! Journal costs: append + fsync latency (directly, and through the store
//! worker the screens use), and load + merge of 20,000 post-its and 2,000
//! clock events from 10 devices against merely parsing the same lines with
//! ron.
//!
//! `cargo bench --bench journal` prints the figures recorded in BENCHMARKS.md.
//! Target: load + merge ≤ 2 × raw parse.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use tablee::core::board::Board;
use tablee::core::clock::{Clock, ClockOp};
use tablee::core::event::{Body, Event};
use tablee::core::model::Column;
use tablee::store::journal::{self, Writer};
use tablee::store::worker::{Reply, Store, Worker};
use uuid::Uuid;

const DEVICES: usize = 10;
const NOTES: usize = 20_000;
const CLOCK_EVENTS: usize = 2_000;

fn now() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_763_000_000).unwrap()
}

/// 20,000 post-its from 10 devices, plus a vote on every fourth and an edit
/// on every tenth, and 2,000 clock events (two facilitator screens' worth,
/// spread over the devices): about 29,000 events, written through the real
/// writer.
fn build(dir: &Path) {
    let mut writers: Vec<Writer> = (0..DEVICES)
        .map(|d| Writer::open(dir, Uuid::from_u128(d as u128 + 1), 0, 0))
        .collect();
    let quadrants = Column::ALL;
    for i in 0..NOTES {
        let w = &mut writers[i % DEVICES];
        let e = w
            .append(
                Body::Add {
                    author: None,
                    private: None,
                    table: ["A", "B", "C", "D"][i % 4].into(),
                    quadrant: quadrants[(i / 4) % 4],
                    round: Some(1 + (i % 2) as u32),
                    group: Some(((i % 4) + 1).to_string()),
                    text: format!(
                        "Post-it n°{i} : un réseau d'associations déjà actif sur le quartier"
                    ),
                },
                now(),
            )
            .unwrap();
        if i % 4 == 0 {
            w.append(
                Body::Vote {
                    note: e.id,
                    delta: 1,
                    group: None,
                },
                now(),
            )
            .unwrap();
        }
        if i % 10 == 0 {
            w.append(
                Body::Edit {
                    note: e.id,
                    text: format!("Post-it n°{i}, revu"),
                },
                now(),
            )
            .unwrap();
        }
        if i % (NOTES / CLOCK_EVENTS) == 0 {
            let k = i / (NOTES / CLOCK_EVENTS);
            let op = [
                ClockOp::Start,
                ClockOp::Minutes(1),
                ClockOp::Pause,
                ClockOp::Next,
            ][k % 4];
            let phase = k / 4 % 5;
            // The visit of `phase` the facilitator's screen shows.
            let epoch = (1..=phase).fold(0, tablee::core::clock::child_epoch);
            w.append(
                Body::Clock {
                    phase,
                    op,
                    epoch: Some(epoch),
                    running: (op == ClockOp::Next).then_some(true),
                },
                now(),
            )
            .unwrap();
        }
    }
}

/// Reads every segment and parses each line with ron: the floor.
fn raw_parse(dir: &Path) -> usize {
    let mut n = 0;
    for dev in std::fs::read_dir(dir.join("devices")).unwrap() {
        for seg in std::fs::read_dir(dev.unwrap().path()).unwrap() {
            let text = std::fs::read_to_string(seg.unwrap().path()).unwrap();
            for line in text.lines() {
                let body = line.rsplit_once(" // crc32:").unwrap().0;
                let e: Event = ron::from_str(body).unwrap();
                n += e.seq as usize & 1;
            }
        }
    }
    n
}

/// What a screen does when it opens: every journal read, merged, and the
/// room's clock replayed from its events.
fn load_merge(dir: &Path) -> usize {
    let loaded = journal::load(dir);
    let board = Board::from_events(&loaded.events);
    let clock = Clock::replay(&Clock::new(5), &board.clock_ops, &[5, 20, 20, 20, 15]);
    std::hint::black_box(clock);
    board.notes.len()
}

fn median_of(mut v: Vec<Duration>, q: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * q).round() as usize]
}

fn time_runs(runs: usize, mut f: impl FnMut()) -> Duration {
    let samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    median_of(samples, 0.5)
}

/// Figures printed as a table, in the same run: the comparisons that matter.
fn summary() {
    // Append + fsync latency, on the disk that holds the temp folder.
    let tmp = tempfile::tempdir().unwrap();
    let mut w = Writer::open(tmp.path(), Uuid::from_u128(99), 0, 0);
    let mut lat = Vec::new();
    for i in 0..1000 {
        let t = Instant::now();
        w.append(
            Body::Add {
                author: None,
                private: None,
                table: "A".into(),
                quadrant: Column::S,
                round: Some(1),
                group: Some("1".into()),
                text: format!("latence {i}"),
            },
            now(),
        )
        .unwrap();
        lat.push(t.elapsed());
    }
    let (p50, p99) = (median_of(lat.clone(), 0.5), median_of(lat, 0.99));

    // The same, through the store worker: from the screen handing the event
    // over to the reply that it is on disk (the screen itself never waits).
    let tmp2 = tempfile::tempdir().unwrap();
    let writer = Writer::open(tmp2.path(), Uuid::from_u128(97), 0, 0);
    let mut stamper = writer.stamper();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut worker = Worker::spawn(writer, move |r| {
        let _ = tx.send(r);
    });
    let mut via = Vec::new();
    for i in 0..1000 {
        let e = stamper.stamp(
            Uuid::from_u128(10_000 + i),
            Body::Vote {
                note: Uuid::nil(),
                delta: 1,
                group: None,
            },
            now(),
        );
        let t = Instant::now();
        worker.write(e);
        assert!(matches!(rx.recv().unwrap(), Reply::Written(_)));
        via.push(t.elapsed());
    }
    let (w50, w99) = (median_of(via.clone(), 0.5), median_of(via, 0.99));

    let data = tempfile::tempdir().unwrap();
    build(data.path());
    assert_eq!(load_merge(data.path()), NOTES);
    let parse = time_runs(7, || {
        std::hint::black_box(raw_parse(data.path()));
    });
    let merge = time_runs(7, || {
        std::hint::black_box(load_merge(data.path()));
    });
    println!("\n== tablee journal figures ==");
    println!("append + sync_data per post-it: median {p50:.2?}, p99 {p99:.2?} (1000 appends)");
    println!(
        "the same through the store worker:  median {w50:.2?}, p99 {w99:.2?} (hand-over to reply)"
    );
    println!(
        "raw ron parse of {NOTES} post-its + {CLOCK_EVENTS} clock events / {DEVICES} devices: median {parse:.2?} (7 runs)"
    );
    println!("load + merge of the same:              median {merge:.2?} (7 runs)");
    println!(
        "ratio load+merge / raw parse: {:.2} (target ≤ 2.00)\n",
        merge.as_secs_f64() / parse.as_secs_f64()
    );
}

fn benches(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    build(data.path());
    let mut g = c.benchmark_group("journal_20k_posts_10_devices");
    g.sample_size(10);
    g.bench_function("raw_ron_parse", |b| b.iter(|| raw_parse(data.path())));
    g.bench_function("load_and_merge", |b| b.iter(|| load_merge(data.path())));
    g.finish();
    let tmp = tempfile::tempdir().unwrap();
    let mut w = Writer::open(tmp.path(), Uuid::from_u128(98), 0, 0);
    c.bench_function("append_sync_data_one_post_it", |b| {
        b.iter(|| {
            w.append(
                Body::Vote {
                    note: Uuid::nil(),
                    delta: 1,
                    group: None,
                },
                now(),
            )
            .unwrap();
        })
    });
}

criterion_group!(group, benches);

fn main() {
    summary();
    group();
    Criterion::default().configure_from_args().final_summary();
}
