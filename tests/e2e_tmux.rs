//! The real binary in a real terminal (tmux): start the demo, start the
//! clock, kill the process with SIGKILL, start again, and check that the
//! same phase resumes with less time left; and two note-takers' laptops
//! capturing into one session folder. `.ci/run` installs tmux.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;

mod common;

use common::tmux::Tmux;

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
    if Tmux::missing("demo_runs_counts_down_and_resumes_after_sigkill") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // A project folder: the demo goes into its sessions/.
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let tmux = Tmux::new("e2e");
    tmux.start_as(tmp.path(), "e2e", "", (100, 30));
    tmux.wait_on("e2e", "READY");
    tmux.cmd(&["send-keys", "-t", "e2e", "Space"]);
    let first = tmux.wait_on("e2e", "RUNNING");
    assert!(
        first.contains("Phase 1/5: Mise en place des groupes"),
        "{first}"
    );
    std::thread::sleep(Duration::from_millis(2500));
    let (phase, before) = remaining(&tmux.screen_of("e2e"));
    assert!(before <= 300 - 2, "the clock counts down: {before}s left");

    // SIGKILL: no chance to save anything on the way out.
    let pid = tmux.pid("e2e");
    assert!(
        Command::new("kill")
            .args(["-9", &pid])
            .status()
            .unwrap()
            .success()
    );
    std::thread::sleep(Duration::from_millis(1500));
    // The clock is a journal event (written before the screen showed it
    // running), not a file saved on the way out.
    assert!(
        !tmp.path()
            .join("sessions/demo-roubaix-2024/clock.ron")
            .exists()
    );
    assert!(
        tmp.path()
            .join("sessions/demo-roubaix-2024/devices")
            .is_dir()
    );

    tmux.start_as(tmp.path(), "e2e", "", (100, 30));
    let again = tmux.wait_on("e2e", "RUNNING");
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

/// Two note-takers, two devices, one session folder (as two laptops
/// syncing it): each types at its own table, each sees the other's post-its
/// (and one added by `tablee add` from a third device) within seconds, and
/// after both quit every post-it is on disk exactly once.
#[test]
fn two_laptops_capture_into_one_folder() {
    if Tmux::missing("two_laptops_capture_into_one_folder") {
        return;
    }
    let tmp = roubaix_folder();
    let dir = tmp.path();
    let tmux = Tmux::new("e2e2");
    tmux.start_as(dir, "a", "--device laptop-a run s --table A", (120, 40));
    tmux.start_as(dir, "b", "--device laptop-b run s --table B", (120, 40));
    for n in ["a", "b"] {
        tmux.wait_on(n, "New post-it → Strengths");
        // Show the same topic's other table.
        tmux.cmd(&["send-keys", "-t", n, "F4"]);
        tmux.wait_on(n, "other tables shown");
    }
    let type_in = |n: &str, text: &str| {
        tmux.cmd(&["send-keys", "-t", n, "-l", text]);
        tmux.cmd(&["send-keys", "-t", n, "Enter"]);
    };
    let a_notes = ["Élus motivés à Roubaix", "Un réseau d'acteurs déjà là"];
    let b_notes = [
        "Budget limité pour 2025",
        "Zéro déchet : une culture commune",
    ];
    for i in 0..2 {
        type_in("a", a_notes[i]);
        type_in("b", b_notes[i]);
    }
    // Weaknesses at A: Tab first.
    tmux.cmd(&["send-keys", "-t", "a", "Tab"]);
    type_in("a", "Horaires en journée");
    let added = common_add(dir);
    let all: Vec<&str> = a_notes
        .iter()
        .chain(&b_notes)
        .copied()
        .chain(["Horaires en journée", added])
        .collect();
    for n in ["a", "b"] {
        for text in all.iter().copied() {
            tmux.wait_on(n, text);
        }
    }
    for n in ["a", "b"] {
        tmux.cmd(&["send-keys", "-t", n, "C-q"]);
    }
    let start = Instant::now();
    while tmux.cmd(&["has-session", "-t", "a"]).status.success()
        || tmux.cmd(&["has-session", "-t", "b"]).status.success()
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "tablee did not quit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let (ws, _) = tablee::store::workspace::Workspace::open(&dir.join("s/session.ron")).unwrap();
    let texts: Vec<&str> = ws
        .board
        .live_notes()
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    for text in all.iter().copied() {
        assert_eq!(
            texts.iter().filter(|t| **t == text).count(),
            1,
            "{text:?} in {texts:?}"
        );
    }
    assert_eq!(texts.len(), 6);
    let at = |t: &str| {
        ws.board
            .live_notes()
            .into_iter()
            .find(|n| n.text == t)
            .unwrap()
    };
    assert_eq!(at("Budget limité pour 2025").table, "B");
    assert_eq!(
        at("Horaires en journée").quadrant,
        tablee::core::model::Column::W
    );
    // Each laptop wrote only in its own device folder.
    let devices = std::fs::read_dir(dir.join("s/devices")).unwrap().count();
    assert_eq!(devices, 3);
}

/// `tablee ARGS` in `dir` on the laptop whose state and configuration
/// folders are in `home`.
fn on_laptop(dir: &Path, home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(cargo_bin("tablee"))
        .current_dir(dir)
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .args(args)
        .output()
        .unwrap()
}

/// A third device adds a post-it from the command line.
fn common_add(dir: &Path) -> &'static str {
    let text = "Ajouté par tablee add";
    let o = on_laptop(
        dir,
        dir,
        &[
            "--device",
            "laptop-c",
            "add",
            "s",
            "--table",
            "A",
            "--quadrant",
            "o",
            text,
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    text
}

/// Two facilitator screens on one folder (two laptops): one presses next
/// three times, the other shows the same phase within 3 s; it quits, and a
/// third screen opened afterwards (following the clock) shows the same
/// phase: nobody rolls the room's clock back.
#[test]
fn two_facilitator_screens_share_one_clock() {
    if Tmux::missing("two_facilitator_screens_share_one_clock") {
        return;
    }
    let tmp = roubaix_folder();
    let dir = tmp.path();
    let tmux = Tmux::new("e2e3");
    tmux.start_as(dir, "one", "--device laptop-1 run s", (100, 30));
    tmux.start_as(dir, "two", "--device laptop-2 run s", (100, 30));
    tmux.wait_on("one", "Phase 1/5");
    tmux.wait_on("two", "Phase 1/5");
    tmux.cmd(&["send-keys", "-t", "one", "Space"]);
    tmux.wait_on("one", "RUNNING");
    for _ in 0..3 {
        tmux.cmd(&["send-keys", "-t", "one", "n"]);
        std::thread::sleep(Duration::from_millis(200));
    }
    tmux.wait_on("one", "Phase 4/5");
    let start = Instant::now();
    tmux.wait_on("two", "Phase 4/5");
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "the second screen followed within 3 s ({:?})",
        start.elapsed()
    );
    // The second screen quits (it asks, a round is running): it writes
    // nothing that could take the room back.
    tmux.cmd(&["send-keys", "-t", "two", "q"]);
    tmux.wait_on("two", "y / n");
    tmux.cmd(&["send-keys", "-t", "two", "y"]);
    std::thread::sleep(Duration::from_millis(800));
    tmux.start_as(dir, "three", "--device laptop-3 run s --follow", (100, 30));
    let s = tmux.wait_on("three", "Phase 4/5");
    assert!(s.contains("following the room's clock"), "{s}");
    // The first screen is still in phase 4 too, and running.
    let s = tmux.screen_of("one");
    assert!(s.contains("Phase 4/5") && s.contains("RUNNING"), "{s}");
    let o = Command::new(assert_cmd::cargo::cargo_bin("tablee"))
        .args(["--lang", "en", "status", "s", "--format", "json"])
        .current_dir(dir)
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .output()
        .unwrap();
    let json = String::from_utf8_lossy(&o.stdout);
    assert!(json.contains("\"phase\":4,\"phases\":5"), "{json}");
    assert!(json.contains("\"state\":\"running\""), "{json}");
    tmux.cmd(&["kill-server"]);
}

/// Two facilitators at the same moment on one folder: one presses Space,
/// n, n while the other presses b. The room does not go back: both screens
/// show phase 4, running, and say that the move back was set aside;
/// `status` and `check` say it too.
#[test]
fn a_move_back_at_the_same_moment_does_not_roll_the_room_back() {
    if Tmux::missing("a_move_back_at_the_same_moment_does_not_roll_the_room_back") {
        return;
    }
    let tmp = roubaix_folder();
    let dir = tmp.path();
    let tmux = Tmux::new("e2e5");
    tmux.start_as(dir, "one", "--device laptop-1 run s", (120, 30));
    tmux.start_as(dir, "two", "--device laptop-2 run s", (120, 30));
    tmux.wait_on("one", "Phase 1/5");
    tmux.wait_on("two", "Phase 1/5");
    tmux.cmd(&["send-keys", "-t", "one", "n"]);
    tmux.wait_on("two", "Phase 2/5");
    // One tmux command: the keys reach both screens within a millisecond,
    // before either has seen the other's events.
    tmux.cmd(&[
        "send-keys",
        "-t",
        "one",
        "Space",
        "n",
        "n",
        ";",
        "send-keys",
        "-t",
        "two",
        "b",
    ]);
    for screen in ["one", "two"] {
        let s = tmux.wait_on(screen, "went back to");
        let s = if s.contains("Phase 4/5") {
            s
        } else {
            tmux.wait_on(screen, "Phase 4/5")
        };
        assert!(s.contains("RUNNING"), "{screen}: {s}");
    }
    let run = |args: &[&str]| {
        let o = Command::new(assert_cmd::cargo::cargo_bin("tablee"))
            .args(args)
            .current_dir(dir)
            .env("XDG_STATE_HOME", dir.join("state"))
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .output()
            .unwrap();
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    let status = run(&["--lang", "en", "status", "s"]);
    assert!(status.contains("Phase 4/5"), "{status}");
    assert!(status.contains("went back to"), "{status}");
    assert!(status.contains("the room stays in"), "{status}");
    let check = run(&["--lang", "fr", "check", "s"]);
    assert!(check.contains("est revenu à"), "{check}");
    assert!(check.contains("la salle reste à"), "{check}");
    tmux.cmd(&["kill-server"]);
}

/// A temporary folder with the Roubaix session in `s/`.
fn roubaix_folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("s")).unwrap();
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/roubaix-2024-world-cafe.ron"
        ),
        tmp.path().join("s/session.ron"),
    )
    .unwrap();
    tmp
}

/// Two laptops that wrongly share a device name (a cloned laptop, a copied
/// configuration) on one folder: each note-taker's screen shows the other's
/// post-its within seconds, though they are written in the same device
/// folder, and a third process on the first laptop (`tablee add` while the
/// screen is open) is seen too.
#[test]
fn screens_see_a_laptop_writing_under_the_same_device_name() {
    if Tmux::missing("screens_see_a_laptop_writing_under_the_same_device_name") {
        return;
    }
    let tmp = roubaix_folder();
    let dir = tmp.path();
    let (one, two) = (dir.join("laptop-1"), dir.join("laptop-2"));
    let tmux = Tmux::new("e2e4");
    tmux.start_on(
        dir,
        &one,
        "a",
        "en",
        "--device clone run s --table A",
        (120, 40),
    );
    tmux.start_on(
        dir,
        &two,
        "b",
        "en",
        "--device clone run s --table A",
        (120, 40),
    );
    for n in ["a", "b"] {
        tmux.wait_on(n, "New post-it → Strengths");
    }
    tmux.type_line("a", "Written on the first laptop");
    tmux.type_line("b", "Written on the second laptop");
    tmux.wait_on("a", "Written on the second laptop");
    tmux.wait_on("b", "Written on the first laptop");
    // Both say so, and it stays after their own next post-it.
    for n in ["a", "b"] {
        tmux.wait_on(n, "Conflict, nothing lost: tablee check");
    }
    tmux.type_line("a", "One more on the first laptop");
    tmux.wait_on("b", "One more on the first laptop");
    assert!(tmux.screen_of("a").contains("Conflict, nothing lost"));
    let o = on_laptop(
        dir,
        &one,
        &[
            "--device",
            "clone",
            "add",
            "s",
            "--table",
            "A",
            "--in",
            "s",
            "From a terminal",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for n in ["a", "b"] {
        tmux.wait_on(n, "From a terminal");
    }
    tmux.cmd(&["kill-server"]);
}

/// Two organisers on one folder, their set-up screens open since before
/// either saved: different fields are both kept (the second save does not
/// revert the first), one field typed on both at the same moment
/// converges on one value on both screens, each of which says which was
/// set aside; `tablee status` says it too, and `session.ron` is left as
/// written.
#[test]
fn two_setup_screens_keep_both_edits_and_say_the_one_set_aside() {
    if Tmux::missing("two_setup_screens_keep_both_edits_and_say_the_one_set_aside") {
        return;
    }
    let tmp = roubaix_folder();
    let dir = tmp.path();
    let file = std::fs::read(dir.join("s/session.ron")).unwrap();
    let (one, two) = (dir.join("laptop-1"), dir.join("laptop-2"));
    let tmux = Tmux::new("e2e5");
    tmux.start_on(dir, &one, "a", "fr", "--device une setup s", (100, 30));
    tmux.start_on(dir, &two, "b", "fr", "--device deux setup s", (100, 30));
    for n in ["a", "b"] {
        tmux.wait_on(n, "Préparation");
    }
    // A changes the title; B, whose screen opened before, a host.
    tmux.spec("a", "<Enter><C-u>Matinée du CENR<Enter><C-s>");
    tmux.wait_on("b", "Matinée du CENR");
    tmux.spec(
        "b",
        "<Tab><Tab><Right><Right><Enter><C-u>Karim Benali<Enter><C-s>",
    );
    tmux.spec("a", "<Tab><Tab>");
    tmux.wait_on("a", "Karim Benali");
    let b = tmux.wait_on("b", "✓ enregistré");
    assert!(b.contains("Matinée du CENR"), "{b}");
    // Both type the place at the same moment.
    tmux.spec(
        "a",
        "<S-Tab><S-Tab><Down><Down><Down><Enter><C-u>Salle A<Enter>",
    );
    tmux.spec(
        "b",
        "<S-Tab><S-Tab><Down><Down><Down><Enter><C-u>Salle B<Enter>",
    );
    tmux.keys("a", &["C-s"]);
    tmux.keys("b", &["C-s"]);
    let a = tmux.wait_on("a", "a été remplacé par");
    let b = tmux.wait_on("b", "a été remplacé par");
    let place = |s: &str| {
        s.lines()
            .find(|l| l.contains("Lieu ") && l.contains('│'))
            .map(|l| l.contains("Salle A"))
    };
    assert_eq!(place(&a), place(&b), "{a}\n{b}");
    // One screen lost, and says it in its own words: « cet écran ».
    assert!(
        a.contains("(cet écran)") && b.contains("(cet écran)"),
        "{a}\n{b}"
    );
    let o = on_laptop(dir, &one, &["--lang", "fr", "status", "s"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("Matinée du CENR"), "{out}");
    assert!(out.contains("⚠ Lieu"), "{out}");
    // The file is the base: the set-up is in the journals.
    assert_eq!(std::fs::read(dir.join("s/session.ron")).unwrap(), file);
    tmux.cmd(&["kill-server"]);
}
