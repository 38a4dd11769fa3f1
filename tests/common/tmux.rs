//! tmux driving the real binary, as a person at a terminal would: the
//! end-to-end and Syncthing tests share it.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;

/// A tmux server of its own (its socket named after the test and the
/// process); killed, with every program in it, when dropped.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    pub fn new(tag: &str) -> Tmux {
        Tmux {
            socket: format!("tablee-{tag}-{}", std::process::id()),
        }
    }

    /// Whether tmux is missing: SKIPPED outside CI, a failure under CI.
    pub fn missing(test: &str) -> bool {
        if Command::new("tmux").arg("-V").output().is_ok() {
            return false;
        }
        if std::env::var_os("CI").is_some() {
            panic!("tmux is needed: apt-get install tmux");
        }
        eprintln!("\n*** SKIPPED {test}: tmux is not installed (.ci/run installs it) ***\n");
        true
    }

    pub fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs `tablee --lang en ARGS` in `dir` (its own state and config
    /// folders there: one laptop), in tmux session `name`.
    pub fn start_as(&self, dir: &Path, name: &str, args: &str, size: (u16, u16)) {
        self.start_in(dir, name, "en", args, size);
    }

    /// [`Tmux::start_as`] in another language, as with `LANG=fr_FR.UTF-8`.
    pub fn start_in(&self, dir: &Path, name: &str, lang: &str, args: &str, size: (u16, u16)) {
        self.start_on(dir, dir, name, lang, args, size);
    }

    /// [`Tmux::start_in`] on another laptop: its state and config folders
    /// under `home`, the session folder in `dir` (shared, as by a sync
    /// tool, or the same disk).
    pub fn start_on(
        &self,
        dir: &Path,
        home: &Path,
        name: &str,
        lang: &str,
        args: &str,
        (w, h): (u16, u16),
    ) {
        let script = format!(
            "cd '{dir}' && exec env XDG_STATE_HOME='{home}/state' XDG_CONFIG_HOME='{home}/config' XDG_DATA_HOME='{home}/data' TZ=UTC '{bin}' --lang {lang} {args}",
            dir = dir.display(),
            home = home.display(),
            bin = cargo_bin("tablee").display()
        );
        let o = self.cmd(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
            &script,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }

    /// The screen as a person reads it: a non-breaking space (French
    /// typography) reads as a space.
    pub fn screen_of(&self, name: &str) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", name]).stdout)
            .replace('\u{a0}', " ")
    }

    /// The screen once it shows `what` (within 20 s).
    pub fn wait_on(&self, name: &str, what: &str) -> String {
        self.wait_within(name, what, Duration::from_secs(20))
    }

    pub fn wait_within(&self, name: &str, what: &str, within: Duration) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen_of(name);
            if s.contains(what) {
                return s;
            }
            assert!(
                start.elapsed() < within,
                "{what:?} never appeared on {name}:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn keys(&self, name: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", name];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    /// Keys written as the screen tests write them (`"Un réseau<Enter><C-u>"`,
    /// `<A-Up>`, `<Del>`): text typed literally, named keys sent as tmux
    /// names them.
    pub fn spec(&self, name: &str, spec: &str) {
        let mut rest = spec;
        while !rest.is_empty() {
            match rest.find('<') {
                Some(0) => {
                    let end = rest.find('>').expect("a closed <key>");
                    let key = &rest[1..end];
                    let (mods, base) = match key.split_at_checked(2) {
                        Some(("C-", b)) => ("C-", b),
                        Some(("A-", b)) => ("M-", b),
                        Some(("S-", b)) => ("S-", b),
                        _ => ("", key),
                    };
                    let base = match base {
                        "Del" => "DC",
                        "Ins" => "IC",
                        "PgUp" => "PPage",
                        "PgDn" => "NPage",
                        "Tab" if mods == "S-" => "BTab",
                        "Esc" => "Escape",
                        "BS" => "BSpace",
                        b => b,
                    };
                    let sent = if base == "BTab" {
                        base.to_string()
                    } else {
                        format!("{mods}{base}")
                    };
                    self.keys(name, &[&sent]);
                    rest = &rest[end + 1..];
                }
                Some(n) => {
                    self.cmd(&["send-keys", "-t", name, "-l", &rest[..n]]);
                    rest = &rest[n..];
                }
                None => {
                    self.cmd(&["send-keys", "-t", name, "-l", rest]);
                    rest = "";
                }
            }
            // A person types; the screen keeps up.
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Types `text` literally, then Enter.
    pub fn type_line(&self, name: &str, text: &str) {
        self.cmd(&["send-keys", "-t", name, "-l", text]);
        self.keys(name, &["Enter"]);
    }

    /// The process id of the program in session `name`.
    pub fn pid(&self, name: &str) -> String {
        String::from_utf8_lossy(
            &self
                .cmd(&["list-panes", "-t", name, "-F", "#{pane_pid}"])
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
