//! The tables' page under a room's load, against the disk's floor, in one
//! run: the latency of a post-it's acknowledgement at the phone, 40 phones
//! (each from an address of its own) sending 25 post-its each over five
//! seconds, as a room would, beside the journal's own append +
//! `sync_data` on the same disk (the least an acknowledgement can cost: it
//! waits for it). Then the same 1,000 post-its as fast as the laptop
//! answers (every phone at once, again and again): the page's throughput,
//! and the latency once requests queue.
//!
//! `cargo bench --bench serve` prints the figures recorded in BENCHMARKS.md.
//! Target: p99 at the phone ≤ 3 × the floor's p99 (the room's pace).

#[path = "../tests/common/http.rs"]
mod http;

use std::net::IpAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use tablee::core::event::Body;
use tablee::core::model::Column;
use tablee::i18n::Lang;
use tablee::serve::{Options, Server, http::Limits};
use tablee::store::device::Device;
use tablee::store::journal::Writer;
use tablee::store::workspace::Workspace;

const PHONES: usize = 40;
const EACH: usize = 25;

fn quantile(v: &mut [Duration], q: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * q).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The floor: one writer appending post-its, each synced, one at a time.
fn floor(dir: &Path) -> Vec<Duration> {
    let mut w = Writer::open(dir, uuid::Uuid::from_u128(7), 0, 0);
    (0..PHONES * EACH)
        .map(|i| {
            let start = Instant::now();
            w.append(
                Body::Add {
                    author: None,
                    private: None,
                    table: "A".into(),
                    quadrant: Column::ALL[i % 4],
                    round: None,
                    group: None,
                    text: format!("plancher {i}"),
                },
                jiff::Timestamp::now(),
            )
            .unwrap();
            start.elapsed()
        })
        .collect()
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    // The writer's lock lives in the state folder: the bench's own.
    // SAFETY: set before any thread starts.
    unsafe {
        std::env::set_var("XDG_STATE_HOME", tmp.path().join("state"));
        std::env::set_var("XDG_CONFIG_HOME", tmp.path().join("config"));
    }
    let session = tmp.path().join("s");
    std::fs::create_dir_all(&session).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/roubaix-2024-world-cafe.ron"),
        session.join("session.ron"),
    )
    .unwrap();

    let floor_dir = tmp.path().join("floor");
    std::fs::create_dir_all(&floor_dir).unwrap();
    let mut floor = floor(&floor_dir);

    let (ws, _) = Workspace::open(&session.join("session.ron")).unwrap();
    let writer = ws.writer(&Device::named("bench")).unwrap();
    let options = Options {
        bind: vec![IpAddr::from([127, 0, 0, 1])],
        port: 0,
        limits: Limits::default(),
        signals: false,
    };
    let server = Server::start(ws, writer, options, Lang::Fr).unwrap();
    let addr = server.addrs[0];
    let paths: Vec<String> = server
        .tables()
        .into_iter()
        .map(|(_, _, key)| format!("/t/{key}/note"))
        .collect();
    let run = |paced: bool| {
        let started = Instant::now();
        let phones: Vec<_> = (0..PHONES)
            .map(|p| {
                let path = paths[p % paths.len()].clone();
                std::thread::spawn(move || {
                    // One connection kept open, as a phone's browser does.
                    let mut phone = http::Phone::new(addr, 10 + p as u8);
                    (0..EACH)
                        .map(|n| {
                            if paced {
                                // 25 post-its over 5 s, the phones staggered.
                                let due = Duration::from_millis((n * 200 + p * 5) as u64);
                                if let Some(wait) = due.checked_sub(started.elapsed()) {
                                    std::thread::sleep(wait);
                                }
                            }
                            let form = format!(
                                "id={}&column={}&text=t%C3%A9l%C3%A9phone+{p}+post-it+{n}",
                                uuid::Uuid::new_v4(),
                                n % 4
                            );
                            let start = Instant::now();
                            let r = phone.post(&path, &form);
                            assert_eq!(r.status, 200, "{r:?}");
                            start.elapsed()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let times: Vec<Duration> = phones.into_iter().flat_map(|h| h.join().unwrap()).collect();
        (times, started.elapsed())
    };
    let (mut page, wall) = run(true);
    let (mut burst, burst_wall) = run(false);
    assert!(server.stop());

    let (f50, f99) = (quantile(&mut floor, 0.5), quantile(&mut floor, 0.99));
    let (p50, p99) = (quantile(&mut page, 0.5), quantile(&mut page, 0.99));
    let (b50, b99) = (quantile(&mut burst, 0.5), quantile(&mut burst, 0.99));
    println!(
        "journal append + sync_data (floor), {} appends: p50 {} · p99 {}",
        floor.len(),
        ms(f50),
        ms(f99)
    );
    println!(
        "post-it acknowledged at the phone, {PHONES} phones × {EACH} over 5 s: p50 {} · p99 {} ({} post-its in {:.2} s)",
        ms(p50),
        ms(p99),
        page.len(),
        wall.as_secs_f64()
    );
    println!(
        "at the phone / the floor: p50 {:.2} · p99 {:.2} (target: p99 ≤ 3)",
        p50.as_secs_f64() / f50.as_secs_f64(),
        p99.as_secs_f64() / f99.as_secs_f64()
    );
    println!(
        "all at once ({PHONES} phones, as fast as answered): p50 {} · p99 {} · {} post-its in {:.2} s ({:.0}/s)",
        ms(b50),
        ms(b99),
        burst.len(),
        burst_wall.as_secs_f64(),
        burst.len() as f64 / burst_wall.as_secs_f64()
    );
}
