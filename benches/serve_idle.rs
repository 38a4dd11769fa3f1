//! What an idle page costs the laptop: `tablee serve` with 40 phones'
//! live connections open and nothing typed, beside the facilitator's
//! screen alone (`tablee run`, in tmux at 80×24, its clock ready), each
//! watched for the same time in one run: CPU time (user + system, from
//! /proc) and wake-ups (context switches of all its threads).
//!
//! `cargo bench --bench serve_idle` prints the figures recorded in
//! BENCHMARKS.md (Linux, with tmux). Target: the page within 10 % of the
//! facilitator's screen.

#[path = "../tests/common/http.rs"]
mod http;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const WATCH: Duration = Duration::from_secs(30);
const LIVE: usize = 40;

/// CPU ticks (user + system) and context switches of every thread of `pid`.
fn sample(pid: u32) -> (u64, u64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    // Fields 14 and 15 of stat (utime, stime), counted from the state (3).
    let ticks = f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap();
    let mut switches = 0;
    for task in std::fs::read_dir(format!("/proc/{pid}/task"))
        .unwrap()
        .flatten()
    {
        let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
        for l in status.lines() {
            if let Some(v) = l
                .strip_prefix("voluntary_ctxt_switches:")
                .or_else(|| l.strip_prefix("nonvoluntary_ctxt_switches:"))
            {
                switches += v.trim().parse::<u64>().unwrap_or(0);
            }
        }
    }
    (ticks, switches)
}

/// CPU milliseconds per minute and wake-ups per second over [`WATCH`].
fn watch(pid: u32) -> (f64, f64) {
    std::thread::sleep(Duration::from_secs(2));
    let (t0, s0) = sample(pid);
    std::thread::sleep(WATCH);
    let (t1, s1) = sample(pid);
    let tick_ms = 10.0; // USER_HZ = 100 on Linux.
    let minutes = WATCH.as_secs_f64() / 60.0;
    (
        (t1 - t0) as f64 * tick_ms / minutes,
        (s1 - s0) as f64 / WATCH.as_secs_f64(),
    )
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("s")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/roubaix-2024-world-cafe.ron"),
        dir.join("s/session.ron"),
    )
    .unwrap();
    let bin = env!("CARGO_BIN_EXE_tablee");

    // The page, with 40 live connections.
    let mut serve = Command::new(bin)
        .current_dir(dir)
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .args([
            "--lang",
            "en",
            "serve",
            "s",
            "--port",
            "0",
            "--bind",
            "127.0.0.1",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let url = BufReader::new(serve.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .find(|l| l.starts_with("http://"))
        .unwrap();
    let (host, key) = url.trim_start_matches("http://").split_once("/t/").unwrap();
    let addr: std::net::SocketAddr = host.parse().unwrap();
    let conns: Vec<_> = (0..LIVE)
        .map(|i| {
            let mut s = http::connect(addr, 10 + i as u8);
            s.write_all(format!("GET /t/{key}/live HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes())
                .unwrap();
            let mut first = [0u8; 512];
            let _ = s.read(&mut first).unwrap();
            s
        })
        .collect();
    let (page_cpu, page_wake) = watch(serve.id());
    drop(conns);
    let _ = serve.kill();
    let _ = serve.wait();

    // The facilitator's screen alone.
    let socket = format!("tablee-bench-{}", std::process::id());
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-L")
            .arg(&socket)
            .args(args)
            .output()
            .unwrap()
    };
    let run = format!(
        "cd {} && XDG_STATE_HOME={0}/state2 XDG_CONFIG_HOME={0}/config2 exec {bin} --lang en run s",
        dir.display()
    );
    tmux(&["new-session", "-d", "-x", "80", "-y", "24", &run]);
    std::thread::sleep(Duration::from_secs(1));
    let pid: u32 = String::from_utf8_lossy(&tmux(&["list-panes", "-F", "#{pane_pid}"]).stdout)
        .trim()
        .parse()
        .unwrap();
    let (screen_cpu, screen_wake) = watch(pid);
    tmux(&["kill-server"]);

    println!(
        "tablee serve, {LIVE} live connections, idle {} s: {page_cpu:.0} ms CPU per minute, {page_wake:.2} wake-ups/s",
        WATCH.as_secs()
    );
    println!(
        "facilitator's screen alone (tablee run, 80×24), idle {} s: {screen_cpu:.0} ms CPU per minute, {screen_wake:.2} wake-ups/s",
        WATCH.as_secs()
    );
    // Ratios of two near-zero figures say nothing: the difference then.
    let ratio = |a: f64, b: f64| {
        if b > 0.5 {
            format!("{:.2}×", a / b)
        } else {
            format!("{:+.2}", a - b)
        }
    };
    println!(
        "page against screen: CPU {} · wake-ups/s {} (target: within 10 %)",
        ratio(page_cpu, screen_cpu),
        ratio(page_wake, screen_wake)
    );
}
