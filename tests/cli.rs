//! The command line, driven as a user would.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use assert_cmd::cargo::cargo_bin_cmd;
use common::tablee;

const ROUBAIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/roubaix-2024-world-cafe.ron"
);

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn plan_prints_the_seed_rotation() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tablee(tmp.path(), &["plan", ROUBAIX]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    // The workshop's language (French) unless --lang says otherwise.
    let lines: Vec<&str> = out.lines().collect();
    let round1 = lines
        .iter()
        .find(|l| l.starts_with("Tour 1 (20 min)"))
        .unwrap();
    let round2 = lines
        .iter()
        .find(|l| l.starts_with("Tour 2 (20 min)"))
        .unwrap();
    let cells = |l: &str| l.split_whitespace().skip(4).collect::<Vec<_>>().join(" ");
    assert_eq!(cells(round1), "1 2 3 4");
    assert_eq!(cells(round2), "3 4 1 2");
    assert!(out.contains("Alice Marvallin"), "{out}");
    assert!(
        out.contains(
            "Groupe 1  tour 1 → A (CLN, Alice Marvallin) · tour 2 → C (SNR, Clara Dufresnoy)"
        ),
        "{out}"
    );

    let o = tablee(
        tmp.path(),
        &["plan", ROUBAIX, "--format", "md", "--lang", "en"],
    );
    let md = stdout(&o);
    assert!(md.contains("| Round 1 (20 min) | 1 | 2 | 3 | 4 |"), "{md}");
    assert!(md.contains("| Round 2 (20 min) | 3 | 4 | 1 | 2 |"), "{md}");

    let o = tablee(
        tmp.path(),
        &["plan", ROUBAIX, "--format", "csv", "--lang", "en"],
    );
    let csv = stdout(&o);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        r#"Round,min,"A (CLN, Alice Marvallin)","B (CLN, Houria Cheurfi)","C (SNR, Clara Dufresnoy)","D (SNR, Coraline Lecocq)""#
    );
    assert_eq!(rows[1], "1,20,1,2,3,4");
    assert_eq!(rows[2], "2,20,3,4,1,2");
}

#[test]
fn check_passes_on_every_example() {
    let tmp = tempfile::tempdir().unwrap();
    let examples: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["check"];
    args.extend(examples.iter().map(String::as_str));
    let o = tablee(tmp.path(), &args);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("4 file(s) checked: 0 error(s)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn corrupt_file_is_reported_with_position_and_left_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("broken.ron");
    let text = std::fs::read_to_string(ROUBAIX).unwrap().replace(
        r#"(key: "B", topic: "CLN", host: "Houria Cheurfi"),"#,
        r#"(key: "B", topic: "CLN" host: "Houria Cheurfi"),"#,
    );
    std::fs::write(&path, &text).unwrap();
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();

    let o = tablee(tmp.path(), &["check", "broken.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.starts_with("broken.ron:29:32: "), "{out}");
    assert!(out.contains("1 file(s) checked: 1 error(s)"), "{out}");

    // Every command refuses it the same way, on stderr, and writes nothing.
    let o = tablee(tmp.path(), &["plan", "broken.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("broken.ron:29:32: "),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        1,
        "no file was added"
    );
}

/// The common mistakes of someone editing RON by hand, each explained in
/// plain French (and English) at its line:column, with how to fix it.
#[test]
fn ron_mistakes_are_explained_in_plain_words_where_they_are() {
    let tmp = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(ROUBAIX).unwrap();
    let cases: [(&str, &str, &str, &str, &str); 7] = [
        (
            r#"(key: "A", topic: "CLN", host: "Alice"#,
            r#"(key: "A", topic: "CLN", hots: "Alice"#,
            "28:34",
            "champ inconnu `hots` dans `Table`\u{a0}: vouliez-vous dire `host`\u{a0}?",
            "unknown field `hots` in `Table`: did you mean `host`?",
        ),
        (
            r#"date: "2024-10-11""#,
            r#"date: "11/10/2024""#,
            "11:12",
            "«\u{a0}11/10/2024\u{a0}» n'est pas une date lisible\u{a0}: écrivez les dates sous la forme \"2024-10-11\"",
            "write dates as \"2024-10-11\"",
        ),
        (
            "minutes: 5)",
            r#"minutes: "5")"#,
            "40:67",
            "`minutes` attend un nombre entier, comme 20, pas \"5\"",
            "`minutes` wants a whole number, like 20, not \"5\"",
        ),
        (
            "minutes: 5),",
            "minutes: 5)",
            "40:70",
            "il manque une virgule ici",
            "a comma is missing here",
        ),
        (
            r#"host: "Coraline Lecocq"),"#,
            r#"host: "Coraline Lecocq","#,
            "32:5",
            "le `(` ouvert ligne 31, colonne 9 doit d'abord être refermé, par `)`",
            "the `(` opened at line 31, column 9 must be closed first, with `)`",
        ),
        (
            "kind: Setup,",
            "kind: Setupp,",
            "40:16",
            "valeur inconnue `Setupp`\u{a0}: vouliez-vous dire `Setup`\u{a0}?",
            "unknown value `Setupp`: did you mean `Setup`?",
        ),
        (
            "minutes: 5)",
            "minutes: 5.5)",
            "40:69",
            "`minutes` attend un nombre entier, comme 20, pas 5.5",
            "`minutes` wants a whole number, like 20, not 5.5",
        ),
    ];
    for (from, to, at, fr, en) in cases {
        assert!(good.contains(from), "{from}");
        std::fs::write(tmp.path().join("s.ron"), good.replacen(from, to, 1)).unwrap();
        for (lang, want) in [("fr", fr), ("en", en)] {
            let o = tablee(tmp.path(), &["--lang", lang, "check", "s.ron"]);
            assert_eq!(o.status.code(), Some(1));
            let out = stdout(&o);
            let first = out.lines().next().unwrap_or_default();
            assert!(
                first.starts_with(&format!("s.ron:{at}: ")) && first.contains(want),
                "{to} ({lang}): {first}"
            );
            assert!(
                !first.contains("Expected") && !first.contains("failed to parse"),
                "{first}"
            );
        }
    }
}

#[test]
fn semantic_errors_name_the_key_and_position_in_french_too() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(ROUBAIX).unwrap().replace(
        r#"topic: "SNR", host: "Coraline"#,
        r#"topic: "SRN", host: "Coraline"#,
    );
    std::fs::write(tmp.path().join("s.ron"), &text).unwrap();
    let o = tablee(tmp.path(), &["--lang", "fr", "check", "s.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains(
        "s.ron:31:20: la table «\u{a0}D\u{a0}» indique le thème «\u{a0}SRN\u{a0}», absent de topics\u{a0}: ajoutez-le ou corrigez la clé"
    ), "{}", stdout(&o));
    // LANG alone selects French as well.
    let o = cargo_bin_cmd!("tablee")
        .current_dir(tmp.path())
        .env("XDG_DATA_HOME", tmp.path().join("user-data"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_FR.UTF-8")
        .args(["check", "s.ron"])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("1 fichier(s) vérifié(s)\u{a0}: 1 erreur(s)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn missing_file_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tablee(tmp.path(), &["check", "nowhere"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("nowhere/session.ron: no such file or folder: check the path"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn new_creates_a_valid_session_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    // A project folder: its sessions/ is the data folder.
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let o = tablee(
        tmp.path(),
        &["new", "Conseil local du numérique", "--template", "swot"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let printed = stdout(&o).trim().to_string();
    let today = jiff::Zoned::now().date();
    assert_eq!(
        printed,
        format!("sessions/{today}-conseil-local-du-numerique/session.ron")
    );
    let path: PathBuf = tmp.path().join(&printed);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.contains("title: \"Conseil local du numérique\""),
        "{written}"
    );

    let o = tablee(tmp.path(), &["check", &printed]);
    assert!(o.status.success(), "{}", stdout(&o));

    // The same name again: refused, nothing overwritten.
    std::fs::write(&path, "// my edits\n".to_string() + &written).unwrap();
    let o = tablee(tmp.path(), &["new", "Conseil local du numérique"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("already exists; nothing was overwritten"),
        "{}",
        stderr(&o)
    );
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("// my edits")
    );

    // Every template, in both languages, checks clean.
    for (i, template) in ["world-cafe", "swot", "classic"].iter().enumerate() {
        for lang in ["fr", "en"] {
            let name = format!("t{i} {lang}");
            let o = tablee(
                tmp.path(),
                &["new", &name, "--template", template, "--lang", lang],
            );
            assert!(o.status.success(), "{}", stderr(&o));
            let o = tablee(tmp.path(), &["check", stdout(&o).trim()]);
            assert!(o.status.success(), "{template} {lang}: {}", stdout(&o));
        }
    }
}

#[test]
fn list_shows_sessions_and_survives_a_broken_one() {
    let tmp = tempfile::tempdir().unwrap();
    // A project folder: its sessions/ is the data folder.
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let o = tablee(tmp.path(), &["list"]);
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("sessions: no sessions yet"),
        "{}",
        stdout(&o)
    );

    tablee(tmp.path(), &["new", "Atelier A"]);
    let broken = tmp.path().join("sessions/zz-broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("session.ron"), "(format_version: 1,").unwrap();
    let o = tablee(tmp.path(), &["list"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let today = jiff::Zoned::now().date().to_string();
    assert!(out.lines().next().unwrap().starts_with("Date"), "{out}");
    let row = out.lines().find(|l| l.contains("Atelier A")).unwrap();
    assert!(row.starts_with(&today), "{row}");
    assert!(row.contains(" 4 "), "four tables: {row}");
    assert!(
        stderr(&o).contains("sessions/zz-broken/session.ron:1:"),
        "{}",
        stderr(&o)
    );
}

/// Outside a project folder (no sessions/ where tablee runs), sessions go
/// to the user's data folder, so `list` finds them from any folder; a
/// project folder's sessions/ wins, and TABLEE_DIR or --dir over both.
#[test]
fn outside_a_project_folder_sessions_go_to_the_user_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    let run = |dir: &std::path::Path, args: &[&str]| {
        cargo_bin_cmd!("tablee")
            .current_dir(dir)
            .env_remove("TABLEE_DIR")
            .env("XDG_DATA_HOME", tmp.path().join("data"))
            .env("LANG", "C.UTF-8")
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(
        &home,
        &["new", "Atelier", "--groups", "2", "--topic", "T=Un thème"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let user_data = tmp.path().join("data/tablee/sessions");
    assert!(
        stdout(&o).starts_with(&user_data.display().to_string()),
        "{}",
        stdout(&o)
    );
    assert!(!home.join("sessions").exists());
    // From another folder, list finds it.
    let o = run(&elsewhere, &["list"]);
    assert!(stdout(&o).contains("Atelier"), "{}", stdout(&o));
    // A project folder's sessions/ comes first.
    std::fs::create_dir(elsewhere.join("sessions")).unwrap();
    let o = run(&elsewhere, &["list"]);
    assert!(!stdout(&o).contains("Atelier"), "{}", stdout(&o));
    // --dir names any folder.
    let o = run(
        &elsewhere,
        &["list", "--dir", &user_data.display().to_string()],
    );
    assert!(stdout(&o).contains("Atelier"), "{}", stdout(&o));
    // The folder's name without its date finds it, from any folder.
    let o = run(
        &elsewhere,
        &["plan", "atelier", "--dir", &user_data.display().to_string()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&home, &["plan", "atelier"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Two dates with that name: no guess, since a command may write.
    let first = std::fs::read_dir(&user_data)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let twin = user_data.join("1999-01-01-atelier");
    std::fs::create_dir(&twin).unwrap();
    std::fs::copy(first.join("session.ron"), twin.join("session.ron")).unwrap();
    let o = run(&home, &["plan", "atelier"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    // A name found nowhere: the message says where it was looked for.
    let o = run(&home, &["plan", "atelier-inconnu"]);
    assert_eq!(o.status.code(), Some(1));
    let said = stderr(&o);
    assert!(
        said.starts_with(&user_data.join("atelier-inconnu").display().to_string()),
        "{said}"
    );
}

#[test]
fn no_arguments_prints_a_guide_with_the_demo() {
    let tmp = tempfile::tempdir().unwrap();
    // A project folder: its sessions/ is the data folder.
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let o = tablee(tmp.path(), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("sessions/demo-roubaix-2024"), "{out}");
    let demo = tmp.path().join("sessions/demo-roubaix-2024/session.ron");
    assert!(demo.is_file());
    // The demo it points to plans and checks.
    let o = tablee(tmp.path(), &["plan", "demo-roubaix-2024"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A second run reuses the demo (the organiser may have edited it).
    std::fs::write(
        &demo,
        std::fs::read_to_string(&demo).unwrap() + "// edited\n",
    )
    .unwrap();
    tablee(tmp.path(), &[]);
    assert!(
        std::fs::read_to_string(&demo)
            .unwrap()
            .ends_with("// edited\n")
    );
}

#[test]
fn help_exists_for_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    for cmd in [
        "new", "check", "plan", "list", "add", "import", "notes", "synth", "run",
    ] {
        let o = tablee(tmp.path(), &[cmd, "--help"]);
        assert!(o.status.success());
        assert!(stdout(&o).contains("Usage: tablee"), "{cmd}");
    }
}

const POSTITS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/roubaix-postits.csv"
);

/// A copy of the Roubaix example with the fixture's 60 post-its imported.
fn roubaix_with_postits(tmp: &Path) -> PathBuf {
    let folder = tmp.join("sessions/roubaix");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(ROUBAIX, folder.join("session.ron")).unwrap();
    let o = tablee(tmp, &["--device", "cli-test", "import", "roubaix", POSTITS]);
    assert!(o.status.success(), "{}", stderr(&o));
    folder
}

#[test]
fn synth_writes_every_format_where_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = roubaix_with_postits(tmp.path());

    // Markdown on stdout, in the workshop's language.
    let o = tablee(tmp.path(), &["synth", "roubaix"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.starts_with("# Synthèse — Petit-déjeuner"), "{md}");
    assert!(md.contains("## CLN — Conseil local du numérique"));
    assert!(md.contains("### Atouts — à valoriser ou exploiter"));
    assert!(md.contains("Un réseau d'acteurs de l'inclusion numérique"));

    // HTML without -o goes to the session's exports/ folder.
    let o = tablee(
        tmp.path(),
        &["synth", "roubaix", "--format", "html", "--lang", "en"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let exports = folder.join("exports");
    let files: Vec<_> = std::fs::read_dir(&exports).unwrap().collect();
    assert_eq!(files.len(), 1);
    let path = files[0].as_ref().unwrap().path();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    assert!(
        stdout(&o).contains(&format!("exports/{name}")),
        "{}",
        stdout(&o)
    );
    assert!(path.to_string_lossy().ends_with("-en.html"));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Strengths"));
    assert!(
        !html.contains("http://") && !html.contains("https://") && !html.contains("<script"),
        "self-contained: no external resources"
    );

    // Text and CSV with -o; the BOM on request.
    let o = tablee(
        tmp.path(),
        &[
            "synth",
            "roubaix",
            "--format",
            "csv",
            "--bom",
            "-o",
            "out/s.csv",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(tmp.path().join("out/s.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 61);
    let o = tablee(
        tmp.path(),
        &["synth", "roubaix", "--format", "txt", "--topic", "SNR"],
    );
    let txt = stdout(&o);
    assert!(txt.contains("SNR —") && !txt.contains("CLN —"), "{txt}");

    // An unknown topic names the choices; nothing is written.
    let o = tablee(
        tmp.path(),
        &["synth", "roubaix", "--topic", "XYZ", "-o", "none.md"],
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("unknown topic \"XYZ\": choose from CLN, SNR"),
        "{}",
        stderr(&o)
    );
    assert!(!tmp.path().join("none.md").exists());
}

#[test]
fn synth_refuses_when_a_session_is_broken_and_keeps_the_last_report() {
    let tmp = tempfile::tempdir().unwrap();
    roubaix_with_postits(tmp.path());
    let o = tablee(tmp.path(), &["synth", "roubaix", "-o", "report.md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = std::fs::read_to_string(tmp.path().join("report.md")).unwrap();
    std::fs::write(
        tmp.path().join("broken.ron"),
        "(format_version: 1, title: \"x\"",
    )
    .unwrap();
    let o = tablee(
        tmp.path(),
        &["synth", "roubaix", "broken.ron", "-o", "report.md"],
    );
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("broken.ron:1:"), "{err}");
    assert!(err.contains("No synthesis written"), "{err}");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("report.md")).unwrap(),
        before
    );
    // The same session twice is counted once.
    let o = tablee(
        tmp.path(),
        &[
            "synth",
            "roubaix",
            "sessions/roubaix/session.ron",
            "--format",
            "csv",
        ],
    );
    assert!(o.status.success());
    assert!(stderr(&o).contains("counted once"), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 61);
}

/// Shell completions for every shell clap knows, each naming the commands.
#[test]
fn completions_are_generated_for_each_shell() {
    let tmp = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = common::tablee(tmp.path(), &["completions", shell]);
        assert!(
            o.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let script = String::from_utf8(o.stdout).unwrap();
        for cmd in ["synth", "check", "mix", "status"] {
            assert!(script.contains(cmd), "{shell}: {cmd} missing");
        }
    }
    let o = common::tablee(tmp.path(), &["completions", "tcsh"]);
    assert!(!o.status.success());
}

/// The manual page is roff that `man` renders (when the machine has man).
#[test]
fn the_man_page_renders() {
    let tmp = tempfile::tempdir().unwrap();
    let o = common::tablee(tmp.path(), &["man"]);
    assert!(o.status.success());
    let roff = String::from_utf8(o.stdout).unwrap();
    assert!(
        roff.starts_with(".ie") || roff.contains(".TH tablee 1"),
        "{roff}"
    );
    assert!(roff.contains("synth"));
    match render_man(&tmp.path().join("tablee.1"), &roff) {
        Some((text, _)) => {
            assert!(text.contains("NAME"), "{text}");
            assert!(text.contains("World Café"), "{text}");
        }
        None => eprintln!("SKIPPED rendering: man is not installed"),
    }
}

/// `man -l` on `roff` written at `page`, 80 columns wide: what it printed
/// and what it warned, or None when the machine has no `man`.
fn render_man(page: &std::path::Path, roff: &str) -> Option<(String, String)> {
    std::fs::write(page, roff).unwrap();
    let o = std::process::Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .env("LANG", "C.UTF-8")
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    Some((
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    ))
}

/// The template speaks the organiser's language: --lang, else a French or
/// English locale, else French (a `C` locale says nothing of them).
#[test]
fn the_template_follows_lang_then_the_locale_then_french() {
    let tmp = tempfile::tempdir().unwrap();
    let new = |name: &str, lang_env: &str, extra: &[&str]| {
        let mut args = vec!["new", name];
        args.extend_from_slice(extra);
        let o = cargo_bin_cmd!("tablee")
            .current_dir(tmp.path())
            .env("XDG_DATA_HOME", tmp.path().join("user-data"))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang_env)
            .args(&args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read_to_string(tmp.path().join(stdout(&o).trim())).unwrap()
    };
    assert!(new("Atelier C", "C.UTF-8", &[]).contains("Premier thème"));
    assert!(new("Atelier fr", "fr_FR.UTF-8", &[]).contains("Premier thème"));
    assert!(new("Workshop en", "en_GB.UTF-8", &[]).contains("First topic"));
    assert!(new("Workshop flag", "C.UTF-8", &["--lang", "en"]).contains("First topic"));
    assert!(new("Atelier flag", "en_GB.UTF-8", &["--lang", "fr"]).contains("Premier thème"));
}

/// `--version` names the session format, and it is the one files carry.
#[test]
fn version_names_the_session_format() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tablee(tmp.path(), &["--version"]);
    assert!(o.status.success());
    let v = stdout(&o);
    assert!(
        v.contains(&format!(
            "(session format {})",
            tablee::core::model::FORMAT_VERSION
        )),
        "{v}"
    );
}

/// A session fresh from `tablee new` is usable, and `check` names every
/// example text left in it (topics, questions, hosts) with its position.
#[test]
fn check_names_the_template_text_left_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tablee(tmp.path(), &["new", "Conseil", "--lang", "en"]);
    let path = stdout(&o).trim().to_string();
    let o = tablee(tmp.path(), &["check", &path]);
    assert!(o.status.success(), "warnings do not fail: {}", stdout(&o));
    let out = stdout(&o);
    for text in ["First topic", "Second topic", "Host A", "Host D"] {
        assert!(
            out.contains(&format!("{text:?} is still the template's example text")),
            "{out}"
        );
    }
    assert!(
        out.contains("session.ron:16:"),
        "with line and column: {out}"
    );
    assert!(out.contains("usable, but see the warnings above"), "{out}");
    assert!(!out.contains("all good"), "{out}");
    // Once replaced, nothing is said.
    let file = tmp.path().join(&path);
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("First topic", "Conseil local du numérique")
        .replace("Second topic", "Numérique responsable")
        .replace("What are the conditions for success?", "Comment réussir ?")
        .replace("Host ", "Alice ");
    std::fs::write(&file, text).unwrap();
    let o = tablee(tmp.path(), &["check", &path]);
    assert!(stdout(&o).contains("all good"), "{}", stdout(&o));
}

/// An organiser prepares the Roubaix morning without touching RON: the
/// session checks clean (no template text left) and plans with its hosts;
/// mistakes in the options are all named at once and nothing is written.
#[test]
fn new_with_options_sets_up_a_morning_that_checks_and_plans() {
    let tmp = tempfile::tempdir().unwrap();
    // A project folder: its sessions/ is the data folder.
    std::fs::create_dir(tmp.path().join("sessions")).unwrap();
    let args = [
        "--lang",
        "fr",
        "new",
        "Conseil local du numérique",
        "--topic",
        "CLN=Conseil local du numérique",
        "--topic",
        "SNR=Sobriété numérique",
        "--question",
        "CLN=Quel rôle pour le CLN ?",
        "--question",
        "SNR=Comment réduire notre empreinte ?",
        "--table",
        "A=CLN:Alice Marvallin",
        "--table",
        "B=CLN:Houria Cheurfi",
        "--table",
        "C=SNR:Clara Dufresnoy",
        "--table",
        "D=SNR:Coraline Lecocq",
        "--groups",
        "4",
        "--rounds",
        "2",
        "--round-minutes",
        "20",
        "--date",
        "2024-10-11",
        "--start",
        "09:00",
        "--place",
        "Roubaix",
    ];
    let o = tablee(tmp.path(), &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = stdout(&o).trim().to_string();
    assert!(
        path.ends_with("2024-10-11-conseil-local-du-numerique/session.ron"),
        "{path}"
    );
    assert!(
        stderr(&o).contains("Prête\u{a0}: tablee plan"),
        "{}",
        stderr(&o)
    );
    let o = tablee(tmp.path(), &["--lang", "fr", "check", &path]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("tout est bon"), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 avertissement(s)"), "{}", stdout(&o));
    let o = tablee(tmp.path(), &["--lang", "fr", "plan", &path]);
    assert!(o.status.success(), "{}", stderr(&o));
    let plan = stdout(&o);
    for want in [
        "2024-10-11 · Roubaix",
        "Alice Marvallin",
        "Coraline Lecocq",
        "Tour 2 (20 min)",
    ] {
        assert!(plan.contains(want), "{want}: {plan}");
    }
    let text = std::fs::read_to_string(tmp.path().join(&path)).unwrap();
    assert!(
        text.contains("start: \"09:00:00\"") || text.contains("start: \"09:00\""),
        "{text}"
    );

    // Every mistake at once, in French, and no folder written.
    let before = std::fs::read_dir(tmp.path().join("sessions"))
        .unwrap()
        .count();
    let o = tablee(
        tmp.path(),
        &[
            "--lang",
            "fr",
            "new",
            "Café",
            "--topic",
            "X=Un",
            "--topic",
            "X=Deux",
            "--topic",
            "Y",
            "--table",
            "A=Z",
            "--rounds",
            "0",
            "--date",
            "11/10/2024",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for want in [
        "--topic Y\u{a0}: écrivez-le sous la forme --topic CLN=",
        "--date 11/10/2024\u{a0}: écrivez les dates sous la forme 2024-10-11",
        "--rounds 0\u{a0}: donnez 1 ou plus",
        "--topic X est donné deux fois",
        "--table A=Z\u{a0}: aucun thème Z",
        "Rien n'a été écrit.",
    ] {
        assert!(err.contains(want), "{want}: {err}");
    }
    assert_eq!(
        std::fs::read_dir(tmp.path().join("sessions"))
            .unwrap()
            .count(),
        before
    );
}

/// A classic café from a spreadsheet of people: seated at once, and the
/// classic template invents nobody.
#[test]
fn new_with_participants_seats_them_and_the_template_invents_nobody() {
    let tmp = tempfile::tempdir().unwrap();
    let people =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/world-cafe-classic-people.csv");
    let mut args = vec![
        "new".to_string(),
        "Café".into(),
        "--template".into(),
        "classic".into(),
        "--participants".into(),
        people.display().to_string(),
    ];
    for (k, t) in
        ["A", "B", "C", "D", "E"]
            .iter()
            .zip(["Mobilité", "Logement", "Santé", "Culture", "Emploi"])
    {
        args.extend(["--topic".into(), format!("{k}={t}")]);
        args.extend(["--table".into(), format!("{k}={k}:Hôte {t}")]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = tablee(tmp.path(), &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let path = stdout(&o).lines().next().unwrap().trim().to_string();
    let o = tablee(tmp.path(), &["plan", &path]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Ana Lopes"), "{}", stdout(&o));

    let o = tablee(tmp.path(), &["new", "Vide", "--template", "classic"]);
    assert!(o.status.success());
    let text = std::fs::read_to_string(tmp.path().join(stdout(&o).trim())).unwrap();
    assert!(!text.contains("\"P1\""), "{text}");
}

/// `--help` in the organiser's language: from --lang, else the locale.
#[test]
fn help_is_in_french_and_english() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tablee(tmp.path(), &["--lang", "fr", "new", "--help"]);
    assert!(o.status.success());
    let out = stdout(&o);
    for want in [
        "Utilisation\u{a0}: tablee new",
        "Options\u{a0}:",
        "Un thème, CLÉ=\"Titre\"",
        "Afficher l'aide",
        "[par défaut\u{a0}: TABLEE_DIR, sinon sessions/",
        "world-cafe\u{a0}: deux thèmes",
    ] {
        assert!(out.contains(want), "{want}: {out}");
    }
    for english in ["Usage:", "Print help", "[default:", "Possible values"] {
        assert!(!out.contains(english), "{english}: {out}");
    }
    let o = cargo_bin_cmd!("tablee")
        .current_dir(tmp.path())
        .env("XDG_DATA_HOME", tmp.path().join("user-data"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_FR.UTF-8")
        .args(["--help"])
        .output()
        .unwrap();
    assert!(stdout(&o).contains("Commandes\u{a0}:"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("Écrire la synthèse à imprimer"),
        "{}",
        stdout(&o)
    );
    let o = tablee(tmp.path(), &["--lang", "en", "synth", "--help"]);
    assert!(stdout(&o).contains("Usage: tablee synth"), "{}", stdout(&o));
    // The French manual page renders.
    let o = tablee(tmp.path(), &["--lang", "fr", "man"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Animer des World Cafés"));
}

/// The manual is one page for the whole tool: every command with its own
/// options (the shared ones once), the exit codes, the environment and the
/// files; in French, its headings are French and no line starts with a
/// colon or a semicolon (the space before them is roff's unbreakable one).
#[test]
fn the_manual_documents_every_command_and_speaks_french() {
    let tmp = tempfile::tempdir().unwrap();
    for (lang, headings) in [
        (
            "en",
            ["NAME", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES"],
        ),
        (
            "fr",
            [
                "NOM",
                "COMMANDES",
                "CODE DE RETOUR",
                "ENVIRONNEMENT",
                "FICHIERS",
            ],
        ),
    ] {
        let o = tablee(tmp.path(), &["--lang", lang, "man"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let roff = stdout(&o);
        for heading in headings {
            assert!(
                roff.contains(&format!(".SH {heading}"))
                    || roff.contains(&format!(".SH \"{heading}\"")),
                "{lang}: {heading}"
            );
        }
        for command in [
            "new",
            "setup",
            "check",
            "plan",
            "mix",
            "run",
            "synth",
            "follow",
            "proposals",
        ] {
            assert!(
                roff.contains(&format!(".SS \"tablee {command}\"")),
                "{lang}: {command}"
            );
        }
        assert!(roff.contains("TABLEE_DIR"));
        // --lang is described once, under OPTIONS, not under every command.
        assert_eq!(roff.matches("\\-\\-lang\\fR \\fI<").count(), 1, "{lang}");
        if lang == "fr" {
            assert!(!roff.contains(".SH NAME"));
            assert!(roff.contains("terminal\\~: rotation"), "{roff}");
        }
        match render_man(&tmp.path().join(format!("tablee.{lang}.1")), &roff) {
            Some((text, warned)) => {
                assert!(!warned.contains("warning"), "{warned}");
                for line in text.lines() {
                    assert!(
                        !line.trim_start().starts_with([':', ';', '?', '!', '»']),
                        "{lang}: a line starts with a sign: {line:?}"
                    );
                }
                assert!(text.contains(headings[2]), "{text}");
            }
            None => eprintln!("SKIPPED rendering: man is not installed"),
        }
    }
}

/// The data folder from TABLEE_DIR, for every command, when --dir is not
/// given (an organiser sets it once in their shell).
#[test]
fn the_data_folder_comes_from_tablee_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("Ateliers");
    let run = |args: &[&str]| {
        cargo_bin_cmd!("tablee")
            .current_dir(tmp.path())
            .env("XDG_DATA_HOME", tmp.path().join("user-data"))
            .env("LANG", "C.UTF-8")
            .env("TABLEE_DIR", &data)
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(&["new", "Atelier", "--groups", "2", "--topic", "T=Un thème"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with(&data.display().to_string()),
        "{}",
        stdout(&o)
    );
    assert!(!tmp.path().join("sessions").exists());
    let o = run(&["list"]);
    assert!(stdout(&o).contains("Atelier"), "{}", stdout(&o));
    let folder = std::fs::read_dir(&data)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    let o = run(&["plan", folder.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Command-line mistakes in French too (clap words them in English).
#[test]
fn command_line_mistakes_are_in_french() {
    let tmp = tempfile::tempdir().unwrap();
    for (args, want) in [
        (
            &["--lang", "fr", "new"][..],
            "erreur\u{a0}: il manque <NAME>",
        ),
        (
            &["--lang", "fr", "plan", "x", "--sort", "famly"][..],
            "vouliez-vous dire «\u{a0}family\u{a0}»\u{a0}?",
        ),
        (
            &["--lang", "fr", "new", "X", "--groups", "deux"][..],
            "«\u{a0}deux\u{a0}» ne convient pas à --groups <N>\u{a0}: un nombre est attendu",
        ),
        (
            &["--lang", "fr", "plan", "--wat", "x"][..],
            "option inconnue «\u{a0}--wat\u{a0}»",
        ),
    ] {
        let o = tablee(tmp.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(!err.contains("error:") && !err.contains("Usage:"), "{err}");
    }
    let o = tablee(tmp.path(), &["--lang", "fr", "new"]);
    assert!(
        stderr(&o).contains("Pour en savoir plus\u{a0}: tablee new --help"),
        "{}",
        stderr(&o)
    );
}
