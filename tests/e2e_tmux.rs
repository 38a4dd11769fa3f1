//! The real binary in a real terminal (tmux): start the demo, start the
//! clock, kill the process with SIGKILL, start again, and check that the
//! same phase resumes with less time left. `.ci/run` installs tmux.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap()
    }

    fn start(&self, dir: &Path) {
        let script = format!(
            "cd '{}' && exec env XDG_STATE_HOME='{0}/state' XDG_CONFIG_HOME='{0}/config' TZ=UTC '{}' --lang en",
            dir.display(),
            cargo_bin("tablee").display()
        );
        let o = self.cmd(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            "100",
            "-y",
            "30",
            &script,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "e2e"]).stdout).to_string()
    }

    fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(what) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{what:?} never appeared:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn pid(&self) -> String {
        String::from_utf8_lossy(
            &self
                .cmd(&["list-panes", "-t", "e2e", "-F", "#{pane_pid}"])
                .stdout,
        )
        .trim()
        .to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
    }
}

/// The current phase (from the agenda's ▶ line) and the seconds left, read
/// from the clock's status line ("▶ RUNNING · 4:48").
fn remaining(screen: &str) -> (String, i64) {
    let line = screen
        .lines()
        .find(|l| l.contains("▶ 1."))
        .expect("current phase");
    let phase = line.rsplit('│').next().unwrap_or(line).trim().to_string();
    let status = screen
        .lines()
        .find(|l| l.contains("RUNNING · "))
        .expect("a running clock");
    let mmss = status
        .split("RUNNING · ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    let (m, s) = mmss.split_once(':').unwrap();
    (
        phase,
        m.parse::<i64>().unwrap() * 60 + s.parse::<i64>().unwrap(),
    )
}

#[test]
fn demo_runs_counts_down_and_resumes_after_sigkill() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!(
            "\n*** SKIPPED demo_runs_counts_down_and_resumes_after_sigkill: tmux is not installed (.ci/run installs it) ***\n"
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let tmux = Tmux {
        socket: format!("tablee-e2e-{}", std::process::id()),
    };
    tmux.start(tmp.path());
    tmux.wait_for("READY");
    tmux.cmd(&["send-keys", "-t", "e2e", "Space"]);
    let first = tmux.wait_for("RUNNING");
    assert!(
        first.contains("Phase 1/5: Mise en place des groupes"),
        "{first}"
    );
    std::thread::sleep(Duration::from_millis(2500));
    let (phase, before) = remaining(&tmux.screen());
    assert!(before <= 300 - 2, "the clock counts down: {before}s left");

    // SIGKILL: no chance to save anything on the way out.
    let pid = tmux.pid();
    assert!(
        Command::new("kill")
            .args(["-9", &pid])
            .status()
            .unwrap()
            .success()
    );
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        tmp.path()
            .join("sessions/demo-roubaix-2024/clock.ron")
            .is_file()
    );

    tmux.start(tmp.path());
    let again = tmux.wait_for("RUNNING");
    assert!(again.contains("Phase 1/5"), "same phase: {again}");
    let (phase_again, after) = remaining(&again);
    assert_eq!(phase, phase_again);
    assert!(
        after < before,
        "less time left after the restart: {before}s then {after}s"
    );
    // q during a setup phase quits at once and restores the terminal.
    tmux.cmd(&["send-keys", "-t", "e2e", "q"]);
}
