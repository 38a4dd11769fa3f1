//! `tablee serve`: the tables' page, as phones and strangers on the room's
//! network use it, driven over real sockets against the real binary
//! (loopback only: each simulated phone speaks from an address of its own
//! in 127.0.0.0/8, as phones have their own on Wi-Fi).
//! The requests are written by hand (`common/http.rs`): the hostile ones
//! are what no HTTP client library would send.

#![cfg(target_os = "linux")]

use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;

mod common;

use common::http::{connect, enc, exchange, get, post};

/// A `tablee serve` in the background, killed when dropped.
struct Served {
    child: Child,
    /// Table → page address.
    urls: BTreeMap<String, String>,
    addr: SocketAddr,
    dir: PathBuf,
    _home: tempfile::TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn roubaix(dir: &Path) -> PathBuf {
    let s = dir.join("s");
    std::fs::create_dir_all(&s).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/roubaix-2024-world-cafe.ron"),
        s.join("session.ron"),
    )
    .unwrap();
    s
}

/// `tablee --lang en serve s` on 127.0.0.1, on any free port.
fn serve_on_loopback(dir: &Path, home: &Path) -> Command {
    let mut c = tablee_in(dir, home);
    c.args([
        "--lang",
        "en",
        "serve",
        "s",
        "--port",
        "0",
        "--bind",
        "127.0.0.1",
    ]);
    c
}

fn tablee_in(dir: &Path, home: &Path) -> Command {
    let mut c = Command::new(cargo_bin("tablee"));
    c.current_dir(dir)
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("TZ", "UTC");
    c
}

impl Served {
    fn start(dir: &Path) -> Served {
        let home = tempfile::tempdir().unwrap();
        let mut child = serve_on_loopback(dir, home.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut urls = BTreeMap::new();
        let mut table = None;
        for line in lines.by_ref() {
            let line = line.unwrap();
            if let Some(rest) = line.strip_prefix("Table ") {
                table = rest.split(' ').next().map(str::to_string);
            } else if line.starts_with("http://")
                && let Some(t) = table.take()
            {
                urls.insert(t, line.trim().to_string());
            } else if line.contains("Ctrl-C") {
                break;
            }
        }
        // Keep reading (the final line) so that the pipe never fills.
        std::thread::spawn(move || for _ in lines {});
        assert_eq!(urls.len(), 4, "one address per table: {urls:?}");
        let hostport = urls["A"]
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap()
            .to_string();
        Served {
            child,
            urls,
            addr: hostport.parse().unwrap(),
            dir: dir.to_path_buf(),
            _home: home,
        }
    }

    /// The path of table `t`'s page (`/t/KEY`).
    fn path(&self, t: &str) -> String {
        let u = &self.urls[t];
        u[u.find("/t/").unwrap()..].to_string()
    }
}

/// `tablee notes` on the folder: (id, table, column letter, text).
fn notes(dir: &Path) -> Vec<(String, String, String, String)> {
    let home = tempfile::tempdir().unwrap();
    let o = tablee_in(dir, home.path())
        .args(["--lang", "en", "notes", "s"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() >= 8).then(|| {
                (
                    f[0].to_string(),
                    f[1].to_string(),
                    f[4].to_string(),
                    f[7].to_string(),
                )
            })
        })
        .collect()
}

fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[test]
fn a_phone_adds_post_its_once_whatever_the_resends_and_strangers_get_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let served = Served::start(tmp.path());
    let a = served.path("A");
    let addr = served.addr;

    // The page, in the browser's language, with its guards.
    let page = get(addr, &a, "fr-FR,fr;q=0.9,en;q=0.5");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<html lang=\"fr\""), "{}", page.body);
    assert!(page.body.contains("Votre post-it"));
    assert!(page.body.contains("Atouts") && page.body.contains("Risques"));
    let csp = &page.headers["content-security-policy"];
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("http"),
        "{csp}"
    );
    assert_eq!(page.headers["referrer-policy"], "no-referrer");
    assert!(!page.headers.contains_key("set-cookie"));
    let en = get(addr, &a, "en-GB,en;q=0.8");
    assert!(en.body.contains("<html lang=\"en\"") && en.body.contains("Your post-it"));

    // A post-it, sent three times with one id (a phone that lost the
    // answer): one post-it.
    let id = uuid();
    let form = format!(
        "id={id}&column=2&text={}",
        enc("Un café <b>ouvert</b> & gratuit")
    );
    for _ in 0..3 {
        let r = post(addr, 7, &format!("{a}/note"), &form, true);
        assert_eq!(r.status, 200, "{r:?}");
        // No Accept-Language: the workshop's language (Roubaix: French).
        assert_eq!(r.body, "✓ enregistré");
    }
    // Without the script: a form post, back to the page.
    let r = post(
        addr,
        8,
        &format!("{a}/note"),
        &format!("id={}&column=0&text=sans+script", uuid()),
        false,
    );
    assert_eq!(r.status, 303, "{r:?}");
    assert_eq!(r.headers["location"], format!("{a}?saved=1"));
    // Refused with the reason: empty, a column SWOT does not have.
    let r = post(
        addr,
        7,
        &format!("{a}/note"),
        &format!("id={}&column=0&text=+", uuid()),
        true,
    );
    assert_eq!(r.status, 422);
    // The workshop's language, French: « Post-it vide ».
    assert!(r.body.contains("vide"), "{}", r.body);
    let r = post(
        addr,
        7,
        &format!("{a}/note"),
        &format!("id={}&column=7&text=x", uuid()),
        true,
    );
    assert_eq!(r.status, 422);

    let all = notes(&served.dir);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all.iter().any(|n| n.0 == id
        && n.1 == "A"
        && n.2 == "O"
        && n.3 == "Un café <b>ouvert</b> & gratuit"));
    // Every text escaped on the page.
    let page = get(addr, &a, "fr");
    assert!(
        page.body
            .contains("Un café &lt;b&gt;ouvert&lt;/b&gt; &amp; gratuit")
    );

    // Strangers: no key, a wrong key, another route: 403 and not a word
    // of the session.
    let title = "inclusion";
    for path in [
        "/",
        "/t/",
        "/t/aaaaaaaaaaaa",
        "/t/aaaaaaaaaaaa/live",
        "/s/../session.ron",
        "/session.ron",
    ] {
        let r = get(addr, path, "fr");
        assert!(r.status == 403 || r.status == 404, "{path}: {}", r.status);
        assert!(
            !r.body.contains(title) && !r.body.contains("Conseil"),
            "{path}: {}",
            r.body
        );
    }
    let r = post(
        addr,
        9,
        "/t/aaaaaaaaaaaa/note",
        &format!("id={}&column=0&text=x", uuid()),
        true,
    );
    assert_eq!(r.status, 403);
    // A key gives its table only: table B's key cannot vote on A's post-it.
    let b = served.path("B");
    let r = post(
        addr,
        9,
        &format!("{b}/vote"),
        &format!("note={id}&delta=1"),
        true,
    );
    assert_eq!(r.status, 422, "{r:?}");
    assert_eq!(notes(&served.dir).len(), 2);
}

#[test]
fn dots_stay_within_the_tables_budget() {
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let served = Served::start(tmp.path());
    let a = served.path("A");
    let id = uuid();
    let r = post(
        served.addr,
        7,
        &format!("{a}/note"),
        &format!("id={id}&column=0&text=idee"),
        true,
    );
    assert_eq!(r.status, 200);
    // The Roubaix morning gives 3 dots per quadrant.
    for _ in 0..3 {
        let r = post(
            served.addr,
            7,
            &format!("{a}/vote"),
            &format!("note={id}&delta=1"),
            true,
        );
        assert_eq!(r.status, 200, "{r:?}");
    }
    let r = post(
        served.addr,
        7,
        &format!("{a}/vote"),
        &format!("note={id}&delta=1"),
        true,
    );
    assert_eq!(r.status, 422, "{r:?}");
    let page = get(served.addr, &a, "en");
    assert!(page.body.contains("●●●"), "{}", page.body);
    assert!(page.body.contains("0 dots left"));
    let r = post(
        served.addr,
        7,
        &format!("{a}/vote"),
        &format!("note={id}&delta=-1"),
        true,
    );
    assert_eq!(r.status, 200);
    assert!(
        get(served.addr, &a, "en").body.contains("1 dots left")
            || get(served.addr, &a, "en").body.contains("1 dot")
    );
}

#[test]
fn hostile_requests_are_refused_and_the_page_keeps_serving() {
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let served = Served::start(tmp.path());
    let a = served.path("A");
    let addr = served.addr;

    // Slow clients that never finish: half a header, a body announced and
    // never sent. They hold nothing for long, and others get through.
    let mut slow = Vec::new();
    for i in 0..20u8 {
        let mut s = connect(addr, 20 + i);
        if i % 2 == 0 {
            s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
                .unwrap();
        } else {
            s.write_all(
                format!("POST {a}/note HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 900\r\n\r\nid=")
                    .as_bytes(),
            )
            .unwrap();
        }
        slow.push(s);
    }
    // Too big a body: refused before it is read.
    let big = format!("id={}&column=0&text={}", uuid(), "x".repeat(40_000));
    let r = post(addr, 7, &format!("{a}/note"), &big, true);
    assert_eq!(r.status, 413, "{}", r.status);
    // Longer than a post-it may be.
    let long = format!("id={}&column=0&text={}", uuid(), "y".repeat(1500));
    let r = post(addr, 7, &format!("{a}/note"), &long, true);
    assert_eq!(r.status, 422);
    // Not UTF-8, not a form, not a uuid, not HTTP.
    let r = post(
        addr,
        7,
        &format!("{a}/note"),
        &format!("id={}&column=0&text=%FF%FE", uuid()),
        true,
    );
    assert!((400..500).contains(&r.status), "{}", r.status);
    let r = post(addr, 7, &format!("{a}/note"), "id=nope&text=x", true);
    assert_eq!(r.status, 400);
    let r = post(addr, 7, &format!("{a}/note"), "\u{0}\u{1}garbage", true);
    assert!((400..500).contains(&r.status), "{}", r.status);
    let r = exchange(addr, 7, b"NOT HTTP AT ALL\r\n\r\n");
    assert!(r.status == 400 || r.status == 0, "{}", r.status);
    let r = post(addr, 7, &format!("{a}/vote"), "note=x&delta=5", true);
    assert_eq!(r.status, 400);

    // A flood from one address is slowed down, others are not.
    let mut limited = 0;
    for _ in 0..600 {
        let r = get(addr, "/nope", "en");
        if r.status == 429 {
            limited += 1;
            assert!(r.headers.contains_key("retry-after"));
        }
    }
    assert!(limited > 0, "a flood from one address is limited");
    let r = post(
        addr,
        40,
        &format!("{a}/note"),
        &format!("id={}&column=0&text=still+here", uuid()),
        true,
    );
    assert_eq!(r.status, 200, "{r:?}");

    // The slow ones were cut (headers within 10 s, requests within 15 s).
    let start = Instant::now();
    for mut s in slow {
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let mut buf = Vec::new();
        let _ = s.read_to_end(&mut buf);
    }
    assert!(
        start.elapsed() < Duration::from_secs(25),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(notes(&served.dir).len(), 1);
}

/// Reads server-sent events from a live connection until `done` holds of
/// the latest `board` event, or `within` passes. Returns the latest board.
fn live_until(
    addr: SocketAddr,
    from: u8,
    path: &str,
    within: Duration,
    done: &dyn Fn(&str) -> bool,
) -> String {
    live_as(addr, from, (path, ""), within, done)
}

/// [`live_until`] with a query (`?phone=…`: as one phone).
fn live_as(
    addr: SocketAddr,
    from: u8,
    (path, query): (&str, &str),
    within: Duration,
    done: &dyn Fn(&str) -> bool,
) -> String {
    let mut s = connect(addr, from);
    s.write_all(
        format!(
            "GET {path}/live{query} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .as_bytes(),
    )
    .unwrap();
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let end = Instant::now() + within;
    let mut text = String::new();
    let mut buf = [0u8; 65536];
    let mut latest = String::new();
    while Instant::now() < end {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => text.push_str(&String::from_utf8_lossy(&buf[..n])),
            Err(_) => {}
        }
        // Complete events end with a blank line.
        while let Some(i) = text.find("\n\n") {
            let ev: String = text.drain(..i + 2).collect();
            if ev.contains("event: board") {
                latest = ev
                    .lines()
                    .filter_map(|l| l.strip_prefix("data: ").or(l.strip_prefix("data:")))
                    .collect::<Vec<_>>()
                    .join("\n");
                if done(&latest) {
                    return latest;
                }
            }
        }
    }
    latest
}

#[test]
fn a_post_it_typed_anywhere_reaches_the_live_page_and_a_kill_after_the_ack_loses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let mut served = Served::start(tmp.path());
    let a = served.path("A");
    let addr = served.addr;
    // Another writer (a note-taker's laptop, `tablee add`) adds one.
    let watcher = {
        let a = a.clone();
        std::thread::spawn(move || {
            live_until(addr, 11, &a, Duration::from_secs(15), &|b| {
                b.contains("From the command line")
            })
        })
    };
    std::thread::sleep(Duration::from_millis(500));
    let home = tempfile::tempdir().unwrap();
    let o = tablee_in(tmp.path(), home.path())
        .args([
            "--device",
            "note-taker",
            "add",
            "s",
            "--table",
            "A",
            "--quadrant",
            "w",
            "From the command line",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let board = watcher.join().unwrap();
    assert!(board.contains("From the command line"), "{board}");

    // Acknowledged, then the laptop's tablee is killed at once: on disk.
    let id = uuid();
    let r = post(
        addr,
        7,
        &format!("{a}/note"),
        &format!("id={id}&column=1&text=juste+avant"),
        true,
    );
    assert_eq!(r.status, 200);
    served.child.kill().unwrap();
    let _ = served.child.wait();
    let all = notes(tmp.path());
    assert!(all.iter().any(|n| n.0 == id), "{all:?}");
}

/// 40 phones, 10 per table, each sending 25 post-its as fast as the laptop
/// answers (and again on a 429 or 503, as the page's script does), while
/// 200 live connections watch: none lost, none twice, and every live view
/// ends with its table's every post-it.
#[test]
fn forty_phones_and_two_hundred_live_connections_lose_and_double_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let served = Served::start(tmp.path());
    let addr = served.addr;
    let tables = ["A", "B", "C", "D"];
    let per_phone = 25;
    let phones = 40;
    // Every table gets as many phones.
    let expected = |_t: &str| -> usize { phones / 4 * per_phone };

    let live: Vec<_> = (0..200)
        .map(|i| {
            let t = tables[i % 4];
            let path = served.path(t);
            let want = expected(t);
            std::thread::spawn(move || {
                let board = live_until(
                    addr,
                    100 + (i % 100) as u8,
                    &path,
                    Duration::from_secs(120),
                    &|b| b.matches("<li id=").count() >= want,
                );
                (t, board.matches("<li id=").count())
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(1));

    let sent: Vec<_> = (0..phones)
        .map(|p| {
            let t = tables[p % 4];
            let path = served.path(t);
            std::thread::spawn(move || {
                let mut ids = Vec::new();
                for n in 0..per_phone {
                    let id = uuid();
                    let form = format!("id={id}&column={}&text=phone+{p}+note+{n}", n % 4);
                    loop {
                        let r = post(addr, 10 + p as u8, &format!("{path}/note"), &form, true);
                        match r.status {
                            200 => break,
                            429 | 503 | 0 => std::thread::sleep(Duration::from_millis(300)),
                            other => panic!("phone {p}: {other} {}", r.body),
                        }
                    }
                    ids.push((t, id));
                }
                ids
            })
        })
        .collect();
    let ids: Vec<(&str, String)> = sent.into_iter().flat_map(|h| h.join().unwrap()).collect();
    assert_eq!(ids.len(), phones * per_phone);

    let all = notes(tmp.path());
    let on_disk: HashSet<&str> = all.iter().map(|n| n.0.as_str()).collect();
    assert_eq!(all.len(), phones * per_phone, "none twice");
    for (_, id) in &ids {
        assert!(on_disk.contains(id.as_str()), "lost: {id}");
    }
    for h in live {
        let (t, seen) = h.join().unwrap();
        assert_eq!(seen, expected(t), "live view of table {t}");
    }
}

/// What a browser test needs, or None (SKIPPED outside CI, a failure under
/// CI: `.ci/run` installs them).
fn browser_tools() -> Option<(PathBuf, PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = ["chromium", "chromium-browser"].iter().find_map(|c| {
        Command::new("which")
            .arg(c)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
    });
    let modules = root.join("target/npm/node_modules");
    let axe = modules.join("axe-core/axe.min.js");
    let playwright = modules.join("playwright-core");
    let node = Command::new("node").arg("--version").output().is_ok();
    match chromium {
        Some(c) if node && axe.is_file() && playwright.is_dir() => Some((c, axe, playwright)),
        _ if std::env::var_os("CI").is_some() => panic!(
            "chromium, node, axe-core and playwright-core are needed: apt-get install chromium npm; npm install --prefix target/npm axe-core@4 playwright-core@1"
        ),
        _ => {
            eprintln!("SKIPPED: chromium, node or target/npm (axe-core, playwright-core) missing");
            None
        }
    }
}

/// A phone's browser at 320 px (headless Chromium, the page's real CSP):
/// keyboard only, a post-it typed and sent, one typed out of Wi-Fi range
/// and sent once back in range, a draft kept across a reload, a dot, the
/// page without JavaScript; axe-core finds nothing at 320 and 1280 px in
/// French and English. The note-taker's screen of the same table, in
/// tmux on another laptop of the folder, shows the phone's post-its, and
/// so does `tablee notes`, each once.
#[test]
fn a_phone_browser_writes_to_the_note_takers_screen_and_passes_axe() {
    let Some((chromium, axe, playwright)) = browser_tools() else {
        return;
    };
    if common::tmux::Tmux::missing("a_phone_browser_writes_to_the_note_takers_screen") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let served = Served::start(tmp.path());
    let tmux = common::tmux::Tmux::new("serve");
    let laptop = tmp.path().join("note-taker");
    tmux.start_on(
        tmp.path(),
        &laptop,
        "notes",
        "fr",
        "run s --table A",
        (80, 24),
    );
    tmux.wait_on("notes", "Atouts");

    let shot = tmp.path().join("phone.png");
    let o = Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/table_page.mjs"))
        .env("TABLEE_URL", &served.urls["A"])
        .env("CHROMIUM", &chromium)
        .env("AXE", &axe)
        .env("PLAYWRIGHT", &playwright)
        .env("SHOT", &shot)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(
        o.status.success(),
        "{said}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(said.contains("\"errors\":[]"), "{said}");
    assert!(
        said.contains("\"csp\":[]"),
        "the page breaks its own CSP: {said}"
    );
    for view in ["fr-FR@320", "fr-FR@1280", "en-GB@320", "en-GB@1280"] {
        let lang = &view[..2];
        assert!(
            said.contains(&format!(
                "\"{view}\":{{\"lang\":\"{lang}\",\"violations\":[],\"overflow\":0}}"
            )),
            "{view}: {said}"
        );
    }
    assert!(said.contains("\"column\":\"Faiblesses (1)\""), "{said}");
    assert!(
        said.contains("\"waiting\":1") && said.contains("\"after\":0"),
        "{said}"
    );
    assert!(
        said.contains("\"draft\":\"Brouillon pas encore envoyé\""),
        "{said}"
    );
    assert!(said.contains("\"dots\":\"1 gommette\""), "{said}");
    assert!(
        said.contains("\"status\":\"Saved on the laptop.\",\"listed\":true"),
        "{said}"
    );

    // On the note-taker's screen within seconds (another laptop's
    // journal, through the folder), and on disk once each.
    for text in [
        "Écrit au clavier",
        "Tapé hors réseau",
        "Sent without JavaScript",
    ] {
        tmux.wait_within("notes", text, Duration::from_secs(10));
    }
    let all = notes(tmp.path());
    for text in [
        "Écrit au clavier sur un téléphone <3",
        "Tapé hors réseau",
        "Sent without JavaScript",
    ] {
        assert_eq!(
            all.iter().filter(|n| n.3 == text).count(),
            1,
            "{text}: {all:?}"
        );
    }
    assert!(
        all.iter().any(|n| n.3.starts_with("Écrit") && n.2 == "W"),
        "{all:?}"
    );
}

/// `zbarimg` (Debian's zbar-tools), or None (SKIPPED outside CI).
fn zbarimg() -> Option<()> {
    if Command::new("zbarimg").arg("--version").output().is_ok() {
        return Some(());
    }
    if std::env::var_os("CI").is_some() {
        panic!("zbarimg is needed: apt-get install zbar-tools");
    }
    eprintln!("SKIPPED: zbarimg not installed (apt-get install zbar-tools)");
    None
}

fn decode(image: &Path) -> Vec<String> {
    let o = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(image)
        .output()
        .unwrap();
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// A phone camera reads what the room is given: the QR code drawn in the
/// terminal by `tablee serve` (turned into an image module by module) and
/// the printed sheets (HTML printed by Chromium, a page per table, back
/// to images) decode to each table's address, with its key.
#[test]
fn the_codes_in_the_terminal_and_on_the_sheets_decode_to_the_tables_addresses() {
    let Some(()) = zbarimg() else { return };
    let Some((chromium, _, _)) = browser_tools() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let home = tempfile::tempdir().unwrap();
    let mut child = serve_on_loopback(tmp.path(), home.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines: Vec<String> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .take_while(|l| !l.contains("Ctrl-C"))
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    // Each table: its address, then its code in half blocks.
    let mut urls = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].starts_with("http://") {
            let url = lines[i].trim().to_string();
            let code: Vec<&String> = lines[i + 1..]
                .iter()
                .take_while(|l| {
                    l.starts_with('█')
                        || l.starts_with('▀')
                        || l.starts_with('▄')
                        || l.starts_with(' ')
                })
                .filter(|l| !l.trim().is_empty() || l.contains('█'))
                .collect();
            // Half blocks back to modules: a full block is two light ones.
            let mut rows: Vec<Vec<bool>> = Vec::new();
            for l in &code {
                let (mut top, mut bottom) = (Vec::new(), Vec::new());
                for c in l.chars() {
                    let (t, b) = match c {
                        '█' => (false, false),
                        '▀' => (false, true),
                        '▄' => (true, false),
                        _ => (true, true),
                    };
                    top.push(t);
                    bottom.push(b);
                }
                rows.push(top);
                rows.push(bottom);
            }
            // A PBM image, 8 pixels a module, dark = 1.
            let scale = 8;
            let w = rows[0].len() * scale;
            let h = rows.len() * scale;
            let mut pbm = format!("P1\n{w} {h}\n");
            for r in &rows {
                let line: String = r
                    .iter()
                    .flat_map(|d| std::iter::repeat_n(if *d { "1 " } else { "0 " }, scale))
                    .collect();
                for _ in 0..scale {
                    pbm.push_str(&line);
                    pbm.push('\n');
                }
            }
            let img = tmp.path().join(format!("term-{}.pbm", urls.len()));
            std::fs::write(&img, pbm).unwrap();
            assert_eq!(decode(&img), vec![url.clone()], "terminal code of {url}");
            urls.push(url);
            i += 1 + code.len();
        } else {
            i += 1;
        }
    }
    assert_eq!(urls.len(), 4, "{lines:?}");

    // The sheets, with the same keys (the port is the default one there).
    let sheets = tmp.path().join("sheets.html");
    let o = tablee_in(tmp.path(), home.path())
        .args([
            "--lang",
            "fr",
            "serve",
            "s",
            "--print",
            "--bind",
            "127.0.0.1",
            "-o",
        ])
        .arg(&sheets)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pdf = tmp.path().join("sheets.pdf");
    let o = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", sheets.display()))
        .output()
        .unwrap();
    assert!(pdf.is_file(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Command::new("pdftoppm")
        .args(["-r", "150", "-png"])
        .arg(&pdf)
        .arg(tmp.path().join("sheet"))
        .output()
        .unwrap();
    assert!(o.status.success());
    let mut pages: Vec<PathBuf> = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("sheet-"))
        })
        .collect();
    pages.sort();
    assert_eq!(pages.len(), 4, "a page per table");
    for (page, url) in pages.iter().zip(&urls) {
        let key = &url[url.find("/t/").unwrap()..];
        let expect = format!("http://127.0.0.1:8080{key}");
        assert_eq!(decode(page), vec![expect], "{}", page.display());
    }
}

/// The address and key a screen shows: `http://HOST:PORT/t/KEY` → (port, key).
fn shown_url(screen: &str) -> Option<(u16, String)> {
    let at = screen.find("http://")?;
    let url: String = screen[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let (host, key) = url.trim_start_matches("http://").split_once("/t/")?;
    let port = host.rsplit(':').next()?.parse().ok()?;
    Some((port, key.to_string()))
}

/// Roubaix's session in a folder of its own, the facilitator's screen in
/// tmux (French) and the page started from it (`w`, Enter): the folder,
/// tmux, and the screen once it lists the last table's address.
fn page_from_the_screen(
    tag: &str,
    size: (u16, u16),
) -> (tempfile::TempDir, common::tmux::Tmux, String) {
    let tmp = tempfile::tempdir().unwrap();
    roubaix(tmp.path());
    let tmux = common::tmux::Tmux::new(tag);
    tmux.start_in(tmp.path(), "fac", "fr", "run s", size);
    tmux.wait_on("fac", "HORLOGE");
    tmux.keys("fac", &["w"]);
    tmux.wait_on("fac", "arrêtée");
    tmux.keys("fac", &["Enter"]);
    let screen = tmux.wait_within("fac", "Table D", Duration::from_secs(10));
    (tmp, tmux, screen)
}

/// The facilitator starts the page from the screen (`w`, Enter), a phone
/// writes through it, new keys (`r`) shut the old address, and quitting
/// tablee stops the page.
#[test]
fn the_facilitator_starts_renews_and_stops_the_page_from_the_screen() {
    if common::tmux::Tmux::missing("the_facilitator_starts_renews_and_stops_the_page") {
        return;
    }
    let (tmp, tmux, screen) = page_from_the_screen("serve-screen", (80, 24));
    let (port, key) = shown_url(&screen).unwrap_or_else(|| panic!("{screen}"));
    assert!(screen.contains("en service"), "{screen}");
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let page = get(addr, &format!("/t/{key}"), "fr");
    assert_eq!(page.status, 200);
    let r = post(
        addr,
        7,
        &format!("/t/{key}/note"),
        &format!(
            "id={}&column=3&text=depuis+le+portable+de+l%27animatrice",
            uuid()
        ),
        true,
    );
    assert_eq!(r.status, 200, "{r:?}");
    assert!(
        notes(tmp.path())
            .iter()
            .any(|n| n.3 == "depuis le portable de l'animatrice")
    );

    tmux.keys("fac", &["r"]);
    tmux.wait_on("fac", "Nouvelles clés");
    assert_eq!(get(addr, &format!("/t/{key}"), "fr").status, 403);
    let screen = tmux.screen_of("fac");
    let (_, renewed) = shown_url(&screen).unwrap();
    assert_ne!(renewed, key);
    assert_eq!(get(addr, &format!("/t/{renewed}"), "fr").status, 200);

    tmux.keys("fac", &["Escape"]);
    tmux.wait_on("fac", "HORLOGE");
    tmux.keys("fac", &["q"]);
    let start = Instant::now();
    while TcpStream::connect(addr).is_ok() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the page outlived the screen"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Time alone on phones: each person's post-its stay on their own phone's
/// list, seen by no other phone, screen or count, until they share them
/// or the facilitator shares every one (`a` on the facilitator's screen).
#[test]
fn time_alone_post_its_stay_private_until_shared() {
    let tmp = tempfile::tempdir().unwrap();
    let s = roubaix(tmp.path());
    // The morning opens on time alone.
    let text = std::fs::read_to_string(s.join("session.ron")).unwrap();
    let text = text.replacen(
        "(kind: Setup, title: \"Mise en place des groupes\"",
        "(kind: Individual, title: \"Post-its en individuel\"",
        1,
    );
    std::fs::write(s.join("session.ron"), text).unwrap();
    let served = Served::start(tmp.path());
    let a = served.path("A");
    let addr = served.addr;
    let (ana, bob) = (uuid(), uuid());
    for (phone, words) in [
        (&ana, "idee+d+Ana"),
        (&ana, "autre+idee+d+Ana"),
        (&bob, "idee+de+Bob"),
    ] {
        let r = post(
            addr,
            7,
            &format!("{a}/note"),
            &format!("id={}&column=0&text={words}&phone={phone}", uuid()),
            true,
        );
        assert_eq!(r.status, 200, "{r:?}");
    }
    // Written without the script (no phone): for the room at once.
    let r = post(
        addr,
        8,
        &format!("{a}/note"),
        &format!("id={}&column=0&text=sur+papier", uuid()),
        true,
    );
    assert_eq!(r.status, 200);

    // No other phone, no count, no `tablee notes` sees them.
    let texts = |dir: &Path| notes(dir).into_iter().map(|n| n.3).collect::<Vec<_>>();
    assert_eq!(texts(tmp.path()), ["sur papier"]);
    let page = get(addr, &a, "fr");
    assert!(
        !page.body.contains("Ana") && !page.body.contains("Bob"),
        "{}",
        page.body
    );
    let others = live_until(addr, 11, &a, Duration::from_secs(2), &|b| {
        b.contains("sur papier")
    });
    assert!(
        others.contains("sur papier") && !others.contains("Ana"),
        "{others}"
    );
    let bob_sees = live_as(
        addr,
        12,
        (&a, &format!("?phone={bob}")),
        Duration::from_secs(2),
        &|b| b.contains("Bob"),
    );
    assert!(!bob_sees.contains("Ana"), "{bob_sees}");

    // Ana's phone sees its own two, and a button to share them.
    let mine = live_as(
        addr,
        13,
        (&a, &format!("?phone={ana}")),
        Duration::from_secs(5),
        &|b| b.contains("autre idee d Ana"),
    );
    assert!(
        mine.contains("idee d Ana") && mine.contains("autre idee d Ana"),
        "{mine}"
    );
    assert!(!mine.contains("idee de Bob"), "{mine}");
    assert!(
        mine.contains("Partager mes post-its") || mine.contains("Share my post-its"),
        "{mine}"
    );

    // Ana shares hers: the room sees them, not Bob's.
    let r = post(
        addr,
        7,
        &format!("{a}/share"),
        &format!("phone={ana}"),
        true,
    );
    assert_eq!(r.status, 200, "{r:?}");
    let mut now = texts(tmp.path());
    now.sort();
    assert_eq!(now, ["autre idee d Ana", "idee d Ana", "sur papier"]);

    // The facilitator's « partager » shows the rest.
    if common::tmux::Tmux::missing("time_alone_post_its_stay_private_until_shared") {
        return;
    }
    let tmux = common::tmux::Tmux::new("serve-alone");
    tmux.start_on(
        tmp.path(),
        &tmp.path().join("fac"),
        "fac",
        "fr",
        "run s",
        (100, 30),
    );
    tmux.wait_on("fac", "HORLOGE");
    tmux.keys("fac", &["a"]);
    tmux.wait_within(
        "fac",
        "1 post-it du temps individuel partagé",
        Duration::from_secs(5),
    );
    let start = Instant::now();
    while !texts(tmp.path()).contains(&"idee de Bob".to_string()) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{:?}",
            texts(tmp.path())
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    tmux.keys("fac", &["a"]);
    tmux.wait_within("fac", "aucun post-it privé", Duration::from_secs(5));
    // Each phone is one person who wrote (numbered as the note-taker
    // numbers people), in the synthesis.
    let home = tempfile::tempdir().unwrap();
    let o = tablee_in(tmp.path(), home.path())
        .args(["--lang", "en", "synth", "s", "--format", "md"])
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(md.contains("people who wrote 2"), "{md}");
}

/// The page at `path` once it says `what` (the room's clock reaches the
/// page within a second; 5 s given).
fn page_until(addr: SocketAddr, path: &str, what: &str) -> String {
    let start = Instant::now();
    loop {
        let page = get(addr, path, "fr");
        if page.body.contains(what) || start.elapsed() > Duration::from_secs(5) {
            assert!(
                page.body.contains(what),
                "{what:?} never on the page: {}",
                page.body
            );
            return page.body;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Every table address and key a screen shows: table → (port, key).
fn shown_tables(screen: &str) -> BTreeMap<String, (u16, String)> {
    let mut out = BTreeMap::new();
    let mut table = None;
    for line in screen.lines() {
        // The QR code is drawn left of the list: skip its blocks.
        let l = line
            .trim_start_matches(|c: char| c.is_whitespace() || "█▀▄▶".contains(c))
            .trim_end();
        if let Some(rest) = l.strip_prefix("Table ")
            && rest.len() == 1
        {
            table = Some(rest.to_string());
        } else if let (Some(t), Some(u)) = (table.clone(), shown_url(l))
            && l.starts_with("http://")
        {
            out.insert(t, u);
            table = None;
        }
    }
    out
}

/// Seed 002's morning from one laptop and four phones, nothing installed
/// on them: the facilitator starts the page from the screen, each table
/// writes from its phone in round 1 and, after the rotation, round 2 (the
/// new group enriching the first one's grid, with its own dots), the
/// facilitator's key-factor screen ranks the phones' post-its, and the
/// synthesis holds every one, once.
#[test]
fn seed_002_morning_with_one_laptop_and_four_phones() {
    if common::tmux::Tmux::missing("seed_002_morning_with_one_laptop_and_four_phones") {
        return;
    }
    let (tmp, tmux, screen) = page_from_the_screen("serve-morning", (100, 40));
    let tables = shown_tables(&screen);
    assert_eq!(tables.len(), 4, "{screen}");
    let port = tables["A"].0;
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let phone_of = |t: &str| 30 + t.as_bytes()[0] - b'A';
    let write = |t: &str, column: usize, text: &str| -> String {
        let id = uuid();
        let r = post(
            addr,
            phone_of(t),
            &format!("/t/{}/note", tables[t].1),
            &format!("id={id}&column={column}&text={}", enc(text)),
            true,
        );
        assert_eq!(r.status, 200, "{t}: {r:?}");
        id
    };
    let dot = |t: &str, note: &str| {
        let r = post(
            addr,
            phone_of(t),
            &format!("/t/{}/vote", tables[t].1),
            &format!("note={note}&delta=1"),
            true,
        );
        assert_eq!(r.status, 200, "{t}: {r:?}");
    };
    // To round 1.
    tmux.keys("fac", &["Escape"]);
    tmux.wait_on("fac", "HORLOGE");
    tmux.spec("fac", "nn ");
    tmux.wait_on("fac", "Phase 3/5");
    let round1 = [
        (
            "A",
            [
                "Un réseau d'acteurs de l'inclusion",
                "Pas de budget dédié",
                "La loi pour une République numérique",
                "Un conseil vitrine sans pouvoir",
            ],
        ),
        (
            "B",
            [
                "Des élus volontaires",
                "Peu de temps pour se former",
                "Le plan France numérique ensemble",
                "L'essoufflement des bénévoles",
            ],
        ),
        (
            "C",
            [
                "Des agents déjà sensibilisés",
                "Le matériel renouvelé trop vite",
                "Le réemploi par les associations",
                "L'effet rebond des usages",
            ],
        ),
        (
            "D",
            [
                "Un parc informatique recensé",
                "Des achats éclatés",
                "La commande publique responsable",
                "La fracture d'usage",
            ],
        ),
    ];
    let mut firsts = BTreeMap::new();
    for (t, texts) in round1 {
        for (c, text) in texts.iter().enumerate() {
            let id = write(t, c, text);
            firsts.entry(t).or_insert(id);
        }
    }
    // The page's live board at table A shows round 1 and the group.
    let a = format!("/t/{}", tables["A"].1);
    let board = live_until(addr, phone_of("A"), &a, Duration::from_secs(5), &|b| {
        b.contains("Un conseil vitrine")
    });
    assert!(board.contains("Un conseil vitrine"), "{board}");
    let page = page_until(addr, &a, "Tour 1");
    assert!(page.contains("Groupe 1"), "{page}");

    // Rotation: round 2; the new group at A enriches and gives its dots.
    tmux.keys("fac", &["n"]);
    tmux.wait_on("fac", "Phase 4/5");
    let page = page_until(addr, &a, "Tour 2");
    assert!(page.contains("Groupe 3"), "{page}");
    for t in ["A", "B", "C", "D"] {
        let id = write(t, 0, &format!("Enrichi au tour 2, table {t}"));
        dot(t, &id);
        dot(t, &id);
        dot(t, &firsts[t]);
    }

    // The facilitator's key-factor screen ranks the phones' post-its.
    tmux.keys("fac", &["k"]);
    let shown = tmux.wait_within("fac", "Enrichi au tour 2", Duration::from_secs(10));
    assert!(
        shown.contains("Enrichi au tour 2, table A")
            || shown.contains("Enrichi au tour 2, table C"),
        "{shown}"
    );

    // Every post-it, once, with its dots, in `tablee notes` and the synthesis.
    let all = notes(tmp.path());
    assert_eq!(all.len(), 20, "{all:?}");
    let ids: HashSet<&str> = all.iter().map(|n| n.0.as_str()).collect();
    assert_eq!(ids.len(), 20);
    let home = tempfile::tempdir().unwrap();
    let o = tablee_in(tmp.path(), home.path())
        .args(["--lang", "fr", "synth", "s", "--format", "md"])
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&o.stdout);
    for t in ["A", "B", "C", "D"] {
        assert!(
            md.contains(&format!("Enrichi au tour 2, table {t}")),
            "{md}"
        );
    }
    let md = md.to_lowercase();
    assert!(md.contains("post-its 20"), "{md}");
    assert!(md.contains("voix 12") || md.contains("votes 12"), "{md}");
    // A stranger who guesses an address gets nothing.
    let r = get(addr, "/t/0000000000zz", "fr");
    assert_eq!(r.status, 403);
    assert!(!r.body.contains("inclusion"));
}
