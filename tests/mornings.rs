//! Whole mornings from the seeds, end to end, as the people run them: the
//! real binary in tmux (the organiser's set-up screen, two facilitator
//! screens, the note-takers' screens at their tables), the command lines
//! in other terminals of the same laptops, and the documents the council
//! prints, checked line by line against reviewed snapshots: origins,
//! statuses, counts, order and typography.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;
use common::tmux::Tmux;

/// `tablee ARGS` on the laptop whose folders are `dir/state` and
/// `dir/config`, in French, from another terminal; its standard output.
fn cli(dir: &Path, args: &[&str]) -> String {
    let o = Command::new(cargo_bin("tablee"))
        .current_dir(dir)
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("TZ", "UTC")
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("TABLEE_DIR")
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// What varies from one run to the next, named: the proposals' short ids
/// (in the order they first appear) and today's date.
fn stable(doc: &str) -> String {
    let today = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    let mut doc = doc.replace(&today, "AUJOURD'HUI");
    let mut seen: Vec<String> = Vec::new();
    let mut out = String::with_capacity(doc.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, seen: &mut Vec<String>| {
        // A short id: 6 to 8 lower-case hex digits (digits alone too).
        let hex = (6..=8).contains(&word.len())
            && word
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
        if hex {
            let n = match seen.iter().position(|s| s == word) {
                Some(n) => n,
                None => {
                    seen.push(word.clone());
                    seen.len() - 1
                }
            };
            out.push_str(&format!("ID{}", n + 1));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in doc.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out, &mut seen);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, &mut seen);
    doc = out;
    doc
}

/// Waits until `f` holds (a file written by another process), 20 s at most.
fn eventually(what: &str, f: impl Fn() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < Duration::from_secs(20), "{what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Seed 001: the Strasbourg council's morning. The organiser prepares it on
/// the set-up screen alone; the débat mouvant opens it on the facilitator's
/// screen (a second facilitator screen follows); two note-takers write the
/// ideas of the two open questions; the suggestions are written during
/// time alone at the room's table in three columns; the room picks ideas
/// and the plenary types an action under each pick; proposals come from
/// the command line in another terminal while the screens are open, and
/// every one is answered, each with another status. The synthesis and the
/// follow-up report are what the room said.
#[test]
fn the_council_morning_of_seed_001() {
    if Tmux::missing("the_council_morning_of_seed_001") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("sessions")).unwrap();
    cli(
        dir,
        &["new", "bilan", "--date", "2025-11-15", "--dir", "sessions"],
    );
    let s = "sessions/2025-11-15-bilan";
    let tmux = Tmux::new("seed001");

    // The organiser, on the set-up screen alone.
    tmux.start_in(
        dir,
        "setup",
        "fr",
        &format!("--device orga setup {s}"),
        (120, 40),
    );
    tmux.wait_on("setup", "Préparation");
    for keys in common::SEED001_SETUP_KEYS.iter().copied().chain(["<C-s>"]) {
        tmux.spec("setup", keys);
    }
    tmux.wait_on("setup", "✓ enregistré");
    let shown = tmux.screen_of("setup");
    assert!(shown.contains("S toute la salle"), "{shown}");
    tmux.spec("setup", "q");
    cli(dir, &["check", s]);

    // Two facilitator screens (a laptop and the projector's), two
    // note-takers at the question tables.
    tmux.start_in(
        dir,
        "fac",
        "fr",
        &format!("--device anim run {s}"),
        (100, 30),
    );
    tmux.start_in(
        dir,
        "fac2",
        "fr",
        &format!("--device anim-2 run {s}"),
        (100, 30),
    );
    tmux.start_in(
        dir,
        "na",
        "fr",
        &format!("--device prise-a run {s} --table A"),
        (100, 30),
    );
    tmux.start_in(
        dir,
        "nb",
        "fr",
        &format!("--device prise-b run {s} --table B"),
        (100, 30),
    );
    tmux.wait_on("fac", "Débat mouvant");
    tmux.wait_on("na", "Nouveau post-it");
    tmux.wait_on("nb", "Nouveau post-it");

    // The débat mouvant opens the morning: counts typed top-down as the
    // room lines up, before and after the arguments.
    tmux.spec("fac", "d");
    tmux.wait_on("fac", "Affirmation 1/2");
    tmux.spec(
        "fac",
        "7<Enter>3<Enter>2<Enter>1<Enter><Tab>5<Enter>5<Enter>2<Enter>1<Enter>",
    );
    tmux.spec(
        "fac",
        "pOn garde le fil d'un mois sur l'autre<Enter>cTrop souvent pour les parents<Enter>",
    );
    tmux.wait_on("fac", "Déplacement");
    let shown = tmux.wait_on("fac2", "Débat mouvant");
    assert!(shown.contains("Phase 1/6"), "{shown}");
    // The projector's laptop reads out the statement the débat is on, and
    // follows when the facilitator moves to the next.
    tmux.spec("fac2", "p");
    tmux.wait_on("fac2", "Le rythme d'une rencontre par mois");
    tmux.spec("fac", "<Right>");
    tmux.wait_on("fac", "Affirmation 2/2");
    let shown = tmux.wait_within(
        "fac2",
        "La composition du CENR reflète la diversité",
        Duration::from_secs(3),
    );
    assert!(!shown.contains("Le rythme d'une rencontre"), "{shown}");
    tmux.spec("fac2", "p");

    // The ideas of the two open questions.
    for (n, ideas) in [
        (
            "na",
            [
                "Porter la voix des usagers",
                "Un lieu d'échange entre habitants et élus",
                "Former les élus au numérique",
            ],
        ),
        (
            "nb",
            [
                "Des ateliers plus courts",
                "Un « fil rouge » d'une séance à l'autre",
                "Plus de temps en petits groupes",
            ],
        ),
    ] {
        for idea in ideas {
            tmux.type_line(n, idea);
            // Ranked by votes, then by when they were written.
            std::thread::sleep(Duration::from_millis(1100));
        }
    }
    tmux.wait_on("na", "Former les élus au numérique");
    tmux.wait_on("nb", "Plus de temps en petits groupes");
    // Both tables on the facilitator's screen within a second or two.
    tmux.wait_within("fac2", "Débat mouvant", Duration::from_secs(3));

    // Time alone at the room's table: each writes, in three columns.
    tmux.start_in(
        dir,
        "ns",
        "fr",
        &format!("--device prise-s run {s} --table S"),
        (120, 30),
    );
    tmux.wait_on("ns", "Ce qui marche");
    tmux.spec("ns", "Les rencontres du samedi matin<Enter>");
    tmux.spec("ns", "<A-2>Des retours sur nos propositions<Enter>");
    tmux.spec("ns", "<A-3>Une restitution publique chaque semestre<Enter>");
    tmux.wait_on("ns", "Une restitution publique");

    // The room picks I1 and I3 on the first question, then the plenary
    // types an action under each.
    tmux.spec("na", "<F6>");
    tmux.wait_on("na", "I1");
    tmux.spec("na", "<Enter><Down><Down><Enter><F7>");
    tmux.wait_on("na", "Nouvelle action");
    let shown = tmux.wait_on("na", "· I1");
    assert!(shown.contains("Alt-↓ autre choix"), "{shown}");
    tmux.type_line("na", "Une charte des usagers");
    tmux.spec("na", "<A-Down>");
    tmux.wait_on("na", "· I3");
    tmux.type_line("na", "Un module de formation pour les élus");
    tmux.wait_on("na", "I3 · Un module de formation pour les élus");

    // Proposals from another terminal of the facilitator's laptop, while
    // its screen is open: options after the text, a title amended.
    let mut ids = Vec::new();
    for (text, theme) in [
        ("Traduire les formulaires", "Inclusion numérique"),
        ("Un CENR des jeunes", "Participation"),
        ("Ouvrir les données du CENR", "Données"),
        ("Un créneau le soir", "Participation"),
        ("Un budget participatif numérique", "Budget"),
    ] {
        let out = cli(
            dir,
            &["propose", s, text, "--theme", theme, "--device", "anim"],
        );
        ids.push(out.trim().to_string());
    }
    cli(
        dir,
        &[
            "propose",
            s,
            "--amend",
            &ids[0],
            "Traduire les formulaires en anglais et en arabe",
            "--device",
            "anim",
        ],
    );
    // The facilitator's screen shows what the other terminal wrote.
    tmux.spec("fac", "<Esc>");
    let actions: Vec<String> = cli(dir, &["proposals", s, "--format", "csv"])
        .lines()
        .skip(1)
        .filter(|l| l.contains("action de la plénière"))
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect();
    assert_eq!(actions.len(), 2, "the plenary's two actions are proposals");
    // Every status, each with its answer.
    let answers: [(&str, &[&str]); 7] = [
        (
            &actions[0],
            &[
                "acceptée",
                "--owner",
                "Direction du numérique",
                "--due",
                "2026",
                "Une charte sera rédigée avec le CENR",
            ],
        ),
        (&actions[1], &["remontée", "--owner", "Conseil municipal"]),
        (
            &ids[0],
            &["modifiée", "D'abord en anglais, l'arabe en 2027"],
        ),
        (&ids[1], &["à-l-étude", "Analyse en cours"]),
        (&ids[2], &["à-préciser", "Quelles données ?"]),
        (&ids[3], &["non-retenue", "Les salles ferment à 19 h"]),
        (&ids[4], &["hors-périmètre", "Relève du budget de la Ville"]),
    ];
    for (id, rest) in answers {
        let (status, rest) = rest.split_first().unwrap();
        let mut args = vec!["respond", s, id];
        args.extend_from_slice(rest);
        args.extend(["--status", status, "--device", "orga"]);
        cli(dir, &args);
    }
    // Studied, then out of scope: the earlier answer stays in the history
    // only.
    cli(
        dir,
        &[
            "respond",
            s,
            &ids[1],
            "--status",
            "hors-périmètre",
            "--device",
            "orga",
        ],
    );

    for n in ["fac", "fac2", "na", "nb", "ns"] {
        tmux.spec(n, "<C-q>");
        std::thread::sleep(Duration::from_millis(300));
        if tmux.screen_of(n).contains("o / n") {
            tmux.spec(n, "o");
        }
    }
    eventually("every screen quit", || {
        ["fac", "fac2", "na", "nb", "ns"]
            .iter()
            .all(|n| !tmux.cmd(&["has-session", "-t", n]).status.success())
    });

    let synthesis = stable(&cli(dir, &["synth", s]));
    insta::assert_snapshot!("seed001_synthesis_fr_md", synthesis);
    let report = stable(&cli(dir, &["proposals", s, "--format", "txt"]));
    insta::assert_snapshot!("seed001_followup_fr_txt", report);
}

/// Seed 002: the Roubaix morning. Four hosts at two topics' tables, four
/// groups rotating in two rounds of twenty minutes; each table fills a SWOT
/// grid, the next group enriching the first's; dots, the key factors
/// (main lever, brake, opportunity, risk), and the plenary's actions. The
/// session is made from the command line, options after the texts.
#[test]
fn the_roubaix_morning_of_seed_002() {
    if Tmux::missing("the_roubaix_morning_of_seed_002") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("sessions")).unwrap();
    cli(
        dir,
        &[
            "new",
            "Petit-déjeuner de l'inclusion numérique #7",
            "--topic",
            "CLN=Conseil local du numérique",
            "--topic",
            "SNR=Stratégie pour un numérique responsable",
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
            "--place",
            "Monastère des Clarisses, Roubaix",
            "--dir",
            "sessions",
        ],
    );
    let s = "sessions/2024-10-11-petit-dejeuner-de-l-inclusion-numerique-7";
    assert!(dir.join(s).join("session.ron").is_file(), "{s}");
    let plan = cli(dir, &["plan", s]);
    assert!(plan.contains("Groupe 1  tour 1 → A"), "{plan}");
    let tmux = Tmux::new("seed002");
    tmux.start_in(
        dir,
        "fac",
        "fr",
        &format!("--device anim run {s}"),
        (100, 30),
    );
    tmux.start_in(
        dir,
        "na",
        "fr",
        &format!("--device prise-a run {s} --table A"),
        (110, 32),
    );
    tmux.start_in(
        dir,
        "nc",
        "fr",
        &format!("--device prise-c run {s} --table C"),
        (110, 32),
    );
    tmux.wait_on("fac", "Phase 1/");
    tmux.wait_on("na", "Nouveau post-it");
    tmux.wait_on("nc", "Nouveau post-it");
    // The facilitator moves to the first round.
    tmux.spec("fac", "nn");
    tmux.wait_on("fac", "Tour 1");
    tmux.wait_on("na", "Tour 1/2 · Groupe 1");
    // Round 1: group 1 at table A, group 3 at table C.
    for (n, notes) in [
        (
            "na",
            [
                "<A-a>Un réseau d'acteurs de l'inclusion déjà actif",
                "<A-f>Pas de budget dédié identifié",
                "<A-o>La loi pour une République numérique",
                "<A-r>Un conseil « vitrine » sans pouvoir réel",
            ],
        ),
        (
            "nc",
            [
                "<A-a>Des agents déjà sensibilisés",
                "<A-f>Le matériel est renouvelé trop vite",
                "<A-o>Le réemploi par les associations",
                "<A-r>L'effet rebond des usages",
            ],
        ),
    ] {
        for note in notes {
            tmux.spec(n, &format!("{note}<Enter>"));
            std::thread::sleep(Duration::from_millis(1100));
        }
    }
    tmux.wait_on("na", "sans pouvoir");
    tmux.wait_on("nc", "effet rebond");
    // Round 2: the other groups enrich the first ones' grids.
    tmux.spec("fac", "n");
    tmux.wait_on("na", "Tour 2/2 · Groupe 3");
    tmux.spec(
        "na",
        "<A-a>Des habitants motivés par le numérique public<Enter>",
    );
    tmux.spec("nc", "<A-o>Des clauses de sobriété dans les achats<Enter>");
    tmux.wait_on("na", "Des habitants motivés");
    tmux.wait_on("nc", "clauses de sobriété");
    // Dots: two on the second strength at A, one on the first.
    tmux.spec("na", "<Up><A-+><A-+><Up><A-+><Esc>");
    tmux.wait_on("na", "●2");

    // The key factors of both topics, and the plenary's actions.
    for (n, lever) in [
        ("na", "Former douze élus au numérique"),
        ("nc", "Une charte d'achats sobres"),
    ] {
        tmux.spec(n, "<F6>");
        tmux.wait_on(n, "Facteurs clés");
        tmux.spec(n, "<Enter><Tab><Enter><Tab><Enter><Tab><Enter><F7>");
        tmux.wait_on(n, "Nouvelle action");
        tmux.type_line(n, lever);
        tmux.spec(n, "<Tab>");
        tmux.type_line(n, "Chercher un financement régional");
        tmux.wait_on(n, "Chercher un financement");
    }

    for n in ["fac", "na", "nc"] {
        tmux.spec(n, "<C-q>");
        std::thread::sleep(Duration::from_millis(300));
        if tmux.screen_of(n).contains("o / n") {
            tmux.spec(n, "o");
        }
    }
    eventually("every screen quit", || {
        ["fac", "na", "nc"]
            .iter()
            .all(|n| !tmux.cmd(&["has-session", "-t", n]).status.success())
    });
    let synthesis = stable(&cli(dir, &["synth", s]));
    insta::assert_snapshot!("seed002_synthesis_fr_md", synthesis);
    let report = stable(&cli(dir, &["proposals", s]));
    insta::assert_snapshot!("seed002_followup_fr_md", report);
}
