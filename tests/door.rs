//! The people of a council (#34, first part): the register beside the
//! sessions (`tablee people`: import, export, add, invite, forget) and the
//! door (`tablee here`): check-ins are journal events by id, two laptops
//! at the door merge, a walk-in is added and ticked in, and forgetting
//! someone leaves no trace of their name in any file and loses no post-it.

mod common;

use std::path::Path;

fn ok(dir: &Path, args: &[&str]) -> String {
    let o = common::tablee(dir, args);
    assert!(
        o.status.success(),
        "{args:?}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn refused(dir: &Path, args: &[&str]) -> String {
    let o = common::tablee(dir, args);
    assert!(!o.status.success(), "{args:?} should be refused");
    String::from_utf8(o.stderr).unwrap()
}

/// Thirty people of a council, in French columns as an organiser's
/// spreadsheet has them.
fn thirty(dir: &Path) -> Vec<String> {
    let roles = ["habitant·e", "élu·e", "association", "agent·e"];
    let names: Vec<String> = (1..=30)
        .map(|i| format!("Personne{i:02} Nom{i:02}"))
        .collect();
    let mut csv = String::from("nom;rôle;structure;quartier;langues;besoins;contact\n");
    for (i, n) in names.iter().enumerate() {
        csv.push_str(&format!(
            "{n};{};;Quartier {};fr;{};p{i}@exemple.fr\n",
            roles[i % 4],
            i % 3,
            if i == 4 { "fauteuil" } else { "" }
        ));
    }
    std::fs::write(dir.join("conseil.csv"), csv).unwrap();
    names
}

/// The thirty in the register and a session of March to invite them to:
/// its name.
fn march(d: &Path) -> &'static str {
    ok(d, &["people", "import", "conseil.csv", "--dir", "."]);
    ok(
        d,
        &[
            "new",
            "Conseil de mars",
            "--dir",
            ".",
            "--date",
            "2026-03-14",
        ],
    );
    "conseil-de-mars"
}

/// A classic World Café of the council on `date` (five tables, four
/// rounds): its name.
fn cafe(d: &Path, date: &str) -> &'static str {
    ok(
        d,
        &[
            "new",
            "Café",
            "--template",
            "classic",
            "--dir",
            ".",
            "--date",
            date,
        ],
    );
    "cafe"
}

/// The thirty in the register and the council's café of March 14: their
/// names and its name.
fn council_cafe(d: &Path) -> (Vec<String>, &'static str) {
    let names = thirty(d);
    ok(d, &["people", "import", "conseil.csv", "--dir", "."]);
    (names, cafe(d, "2026-03-14"))
}

#[test]
fn the_register_imports_once_exports_and_refuses_a_bad_file_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    thirty(d);
    let said = ok(d, &["people", "import", "conseil.csv", "--dir", "."]);
    assert!(
        said.contains("30 added to the register, 0 already there"),
        "{said}"
    );
    let said = ok(d, &["people", "import", "conseil.csv", "--dir", "."]);
    assert!(
        said.contains("0 added to the register, 30 already there"),
        "{said}"
    );
    let list = ok(d, &["people", "--dir", "."]);
    assert!(
        list.contains("Personne05 Nom05 · habitant·e · Quartier 1 · fauteuil · fr"),
        "{list}"
    );
    // Edited: the fields given, a new name; a name taken refused.
    let said = ok(
        d,
        &[
            "people",
            "edit",
            "Personne05",
            "--rename",
            "Personne05 Nom-Neuf",
            "--needs",
            "",
            "--place",
            "Alma",
            "--dir",
            ".",
        ],
    );
    assert!(
        said.contains("Changed in the register: Personne05 Nom-Neuf"),
        "{said}"
    );
    let list = ok(d, &["people", "--dir", "."]);
    assert!(
        list.contains("Personne05 Nom-Neuf · habitant·e · Alma · fr\n"),
        "{list}"
    );
    let err = refused(
        d,
        &[
            "people",
            "edit",
            "Personne06",
            "--rename",
            "personne05 nom-neuf",
            "--dir",
            ".",
        ],
    );
    assert!(
        err.contains("Personne05 Nom-Neuf is already in the register: nothing changed"),
        "{err}"
    );
    ok(
        d,
        &[
            "people",
            "edit",
            "Personne05",
            "--rename",
            "Personne05 Nom05",
            "--needs",
            "fauteuil",
            "--place",
            "Quartier 1",
            "--dir",
            ".",
        ],
    );
    assert!(list.ends_with("30 in the register\n"));

    // Out as a spreadsheet and back into another folder: the same people.
    ok(
        d,
        &[
            "--lang", "fr", "people", "export", "-o", "out.csv", "--dir", ".",
        ],
    );
    let out = std::fs::read_to_string(d.join("out.csv")).unwrap();
    assert!(
        out.starts_with("nom,rôle,structure,quartier,langues,besoins,contact\n"),
        "{out}"
    );
    std::fs::create_dir(d.join("other")).unwrap();
    let said = ok(d, &["people", "import", "out.csv", "--dir", "other"]);
    assert!(said.contains("30 added"), "{said}");
    assert_eq!(
        ok(d, &["people", "--dir", "other"]),
        ok(d, &["people", "--dir", "."])
    );

    // A bad file: every problem with its line, nothing added.
    std::fs::write(
        d.join("bad.csv"),
        "name,role\nAnne Roy,élue\n,habitant\nanne  roy,élue\n",
    )
    .unwrap();
    let before = std::fs::read(d.join("people.ron")).unwrap();
    let err = refused(d, &["people", "import", "bad.csv", "--dir", "."]);
    assert!(err.contains("line 3: no name"), "{err}");
    assert!(
        err.contains("line 4: anne  roy is already on line 2"),
        "{err}"
    );
    assert!(err.contains("Nothing was imported"), "{err}");
    assert_eq!(std::fs::read(d.join("people.ron")).unwrap(), before);
    std::fs::write(d.join("nonames.csv"), "role\nélue\n").unwrap();
    let err = refused(d, &["people", "import", "nonames.csv", "--dir", "."]);
    assert!(err.contains("line 1: no name column"), "{err}");
}

/// Seed 004's door: thirty invited, two laptops tick 27 of them and two
/// walk-ins; the room's count merges both.
#[test]
fn two_laptops_at_the_door_merge_and_walk_ins_are_added() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let names = thirty(d);
    let s = march(d);
    let said = ok(
        d,
        &[
            "people",
            "invite",
            s,
            "--all",
            "--capacity",
            "30",
            "--dir",
            ".",
        ],
    );
    assert!(said.contains("30 invited, room for 30"), "{said}");

    // Laptop A ticks the first 14, laptop B the next 13 and two walk-ins
    // (one of them typed twice: one person).
    let mut a = vec!["--device", "porte-a", "here", s, "--dir", "."];
    a.extend(names[..14].iter().map(String::as_str));
    ok(d, &a);
    let mut b = vec!["--device", "porte-b", "here", s, "--dir", "."];
    b.extend(names[14..27].iter().map(String::as_str));
    b.extend(["--walk-in", "Zoé Roy", "--walk-in", "Karim Haddad"]);
    let said = ok(d, &b);
    assert!(!said.contains("♿"), "{said}");
    // Laptop A had ticked Personne05, whose need the door sees to.
    let said = ok(
        d,
        &["--device", "porte-a", "here", s, "--dir", ".", &names[4]],
    );
    assert!(said.contains("♿ Personne05 Nom05: fauteuil"), "{said}");
    ok(
        d,
        &[
            "--device",
            "porte-b",
            "here",
            s,
            "--dir",
            ".",
            "--walk-in",
            "zoé roy",
        ],
    );
    // A tick given by mistake on laptop A, taken back there.
    ok(
        d,
        &["--device", "porte-a", "here", s, "--dir", ".", &names[29]],
    );
    let said = ok(
        d,
        &[
            "--device", "porte-a", "here", s, "--dir", ".", "--gone", &names[29],
        ],
    );
    assert!(
        said.contains("Here: 29 (27 of the 30 invited, 2 without an invitation) · room for 30"),
        "{said}"
    );
    // One more walk-in and the room is over its capacity: said.
    let said = ok(
        d,
        &[
            "here",
            s,
            "--dir",
            ".",
            "--walk-in",
            "Lou Martin",
            "--walk-in",
            "Sam Roy",
        ],
    );
    assert!(
        said.contains("Here: 31") && said.contains("⚠ more than the room's 30 places"),
        "{said}"
    );
    ok(
        d,
        &[
            "here",
            s,
            "--dir",
            ".",
            "--gone",
            "Lou Martin",
            "--gone",
            "Sam Roy",
        ],
    );
    // Who is expected still, by name, from the register.
    let list = ok(d, &["here", s, "--dir", "."]);
    assert!(
        list.contains(
            "Invited, not here yet:\n  Personne28 Nom28\n  Personne29 Nom29\n  Personne30 Nom30\n"
        ),
        "{list}"
    );
    assert!(
        list.contains("  Zoé Roy\n") && list.contains("  Karim Haddad\n"),
        "{list}"
    );
    // The walk-ins are in the register now, each door's in a file of its
    // own (nothing for a sync tool to make a conflict copy of); the
    // journals hold no name.
    let reg = ok(d, &["people", "--dir", "."]);
    assert!(
        reg.contains("Zoé Roy") && reg.contains("Karim Haddad"),
        "{reg}"
    );
    assert_eq!(reg.matches("Zoé Roy").count(), 1);
    let main = std::fs::read_to_string(d.join("people.ron")).unwrap();
    assert!(!main.contains("Zoé Roy"), "{main}");
    let doors = std::fs::read_dir(d.join("people-walk-ins"))
        .unwrap()
        .count();
    assert_eq!(doors, 2, "one walk-ins file a door");
    for f in files(&d.join("2026-03-14-conseil-de-mars")) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        assert!(
            !text.contains("Personne0") && !text.contains("Zoé"),
            "{}",
            f.display()
        );
    }
    // A name the register does not know, or two it could be: said, nothing written.
    let err = refused(d, &["here", s, "--dir", ".", "Pierre Inconnu", "Personne1"]);
    assert!(
        err.contains("Pierre Inconnu is not in the register: tick them in with --walk-in"),
        "{err}"
    );
    assert!(
        err.contains("Personne1 could be Personne10 Nom10, Personne11 Nom11"),
        "{err}"
    );
    assert!(err.contains("Nothing was written."), "{err}");
}

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn forgetting_someone_leaves_no_trace_of_their_name_and_loses_no_post_it() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    thirty(d);
    // A café seated from a spreadsheet before the council's register
    // existed: its people are seated by name.
    let mut sheet = String::from("nom;rôle\n");
    for i in 9..=30 {
        sheet.push_str(&format!("Personne{i:02} Nom{i:02};habitant·e\n"));
    }
    std::fs::write(d.join("cafe.csv"), sheet).unwrap();
    cafe(d, "2026-03-15");
    ok(
        d,
        &[
            "mix",
            "cafe",
            "--dir",
            ".",
            "--participants",
            "cafe.csv",
            "--iterations",
            "200",
        ],
    );
    ok(d, &["people", "import", "conseil.csv", "--dir", "."]);
    ok(d, &["new", "Conseil", "--dir", ".", "--date", "2026-03-14"]);
    let s = "conseil";
    ok(
        d,
        &[
            "people",
            "invite",
            s,
            "Personne07 Nom07",
            "Personne08 Nom08",
            "--dir",
            ".",
        ],
    );
    ok(
        d,
        &[
            "here",
            s,
            "--dir",
            ".",
            "Personne07 Nom07",
            "--walk-in",
            "Inès Walk",
        ],
    );
    for text in ["Un lieu pour se retrouver", "Des horaires du soir"] {
        ok(
            d,
            &["add", s, "--dir", ".", "--table", "A", "--in", "s", text],
        );
    }
    let notes_before = ok(d, &["notes", s, "--dir", "."]);

    for name in ["Personne07 Nom07", "Inès Walk"] {
        let said = ok(d, &["people", "forget", name, "--dir", "."]);
        assert!(said.contains("is removed from the register"), "{said}");
    }
    for f in files(d) {
        let bytes = std::fs::read(&f).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        if f.ends_with("conseil.csv") || f.ends_with("cafe.csv") {
            continue; // the organiser's own spreadsheets, not tablee's
        }
        for gone in ["Personne07", "Inès", "p6@exemple.fr"] {
            assert!(!text.contains(gone), "{gone} left in {}", f.display());
        }
    }
    assert_eq!(ok(d, &["notes", s, "--dir", "."]), notes_before);
    // The count still holds the check-in, by an id that names no one.
    let said = ok(d, &["here", s, "--dir", "."]);
    assert!(
        said.contains("Here: 2 (1 of the 2 invited, 1 without an invitation)"),
        "{said}"
    );
    let err = refused(d, &["people", "forget", "Personne07 Nom07", "--dir", "."]);
    assert!(err.contains("is not in the register"), "{err}");
    // Someone seated by name with `mix` before the register had them:
    // forgotten from the register, and the sessions that still seat them
    // by name said.
    let o = common::tablee(d, &["people", "forget", "Personne09 Nom09", "--dir", "."]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("⚠ Personne09 Nom09 is still seated by name in: Café"),
        "{err}"
    );
}

/// A year of three sessions: the synthesis counts who came per session
/// and per role, who came back, who came for the first time, who was
/// invited and never came — and names no one, in any format.
#[test]
fn a_years_synthesis_counts_attendance_and_composition_without_names() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(
        d.join("p.csv"),
        "nom;rôle\nNadia Benali;habitante\nJulien Lefebvre;élu\nSophie Martin;association\nAnne Roy;élue\n",
    )
    .unwrap();
    ok(d, &["people", "import", "p.csv", "--dir", "."]);
    for m in ["03", "06", "11"] {
        let title = format!("Conseil {m}");
        let date = format!("2026-{m}-14");
        ok(d, &["new", &title, "--dir", ".", "--date", &date]);
        let s = format!("conseil-{m}");
        ok(
            d,
            &[
                "people",
                "invite",
                &s,
                "--all",
                "--capacity",
                "30",
                "--dir",
                ".",
            ],
        );
    }
    ok(
        d,
        &[
            "here",
            "conseil-03",
            "--dir",
            ".",
            "Nadia",
            "Julien",
            "--walk-in",
            "Zoé Roy",
        ],
    );
    ok(d, &["here", "conseil-06", "--dir", ".", "Nadia", "Sophie"]);
    ok(
        d,
        &[
            "here",
            "conseil-11",
            "--dir",
            ".",
            "Nadia",
            "Julien",
            "Sophie",
        ],
    );
    let year = ["conseil-03", "conseil-06", "conseil-11", "--dir", "."];
    let md = ok(
        d,
        &[&["synth"][..], &year[..], &["--format", "md"][..]].concat(),
    );
    for want in [
        "## Présences",
        "| \\[1\\] | 4 | 3 | 2 | 3 | 30 |",
        "| \\[2\\] | 4 | 2 | 2 | 1 | 30 |",
        "| \\[3\\] | 4 | 3 | 3 | 0 | 30 |",
        "| habitante | 1 / 1 | 1 / 1 | 1 / 1 | 1 |",
        "| élue | 0 / 1 | 0 / 1 | 0 / 1 | 0 |",
        "| Non indiqué | 1 / 0 | 0 / 0 | 0 / 0 | 1 |",
        "4 personnes différentes, 3 revenues au moins une fois, 1 invitée jamais venue",
        // The room, not the list: 3 + 2 + 3 ticked in at the door.
        "participant·es 8",
    ] {
        assert!(md.replace('\u{a0}', " ").contains(want), "{want}\n{md}");
    }
    // The year's answers to proposals count who came too, no name.
    ok(
        d,
        &[
            "propose",
            "conseil-03",
            "--dir",
            ".",
            "Des bancs dans le parc",
        ],
    );
    let report = ok(d, &[&["proposals"][..], &year[..]].concat());
    assert!(report.contains("## Présences"), "{report}");
    assert!(
        report
            .replace('\u{a0}', " ")
            .contains("4 personnes différentes, 3 revenues au moins une fois"),
        "{report}"
    );
    for name in ["Nadia", "Julien", "Sophie", "Anne Roy", "Zoé"] {
        assert!(!report.contains(name), "{name} in the proposals report");
    }
    // By another column of the register: the organisation.
    ok(
        d,
        &[
            "people",
            "edit",
            "Nadia",
            "--organisation",
            "Centre social",
            "--dir",
            ".",
        ],
    );
    let by = ok(
        d,
        &[
            &["synth"][..],
            &year[..],
            &["--composition-by", "organisation"][..],
        ]
        .concat(),
    );
    assert!(by.contains("**Structure (venu·es / invité·es)**"), "{by}");
    assert!(
        by.contains("| Centre social | 1 / 1 | 1 / 1 | 1 / 1 | 1 |"),
        "{by}"
    );
    // No one named, in any format.
    for format in ["md", "txt", "html", "csv", "csv-actions"] {
        let out = ok(
            d,
            &[
                &["synth"][..],
                &year[..],
                &["--format", format, "-o", "-"][..],
            ]
            .concat(),
        );
        for name in ["Nadia", "Julien", "Sophie", "Anne Roy", "Zoé"] {
            assert!(!out.contains(name), "{name} in the {format} synthesis");
        }
    }
    // The HTML has its tables with their headers.
    let html = ok(
        d,
        &[
            &["synth"][..],
            &year[..],
            &["--format", "html", "-o", "-"][..],
        ]
        .concat(),
    );
    assert!(html.contains("<section class=\"attendance\">"), "{html}");
    assert!(html.contains("<th scope=\"row\">habitante</th>"), "{html}");
    // The documents say no one is named, and how to name them.
    assert!(md.contains("--names"), "{md}");

    // Asked for, who came by name, session by session, and said so.
    let named = ok(
        d,
        &[
            &["synth"][..],
            &year[..],
            &["--format", "md", "--names"][..],
        ]
        .concat(),
    )
    .replace('\u{a0}', " ");
    for want in [
        "Présent·es",
        "| Julien Lefebvre | élu | ✓ |  | ✓ |",
        "| Nadia Benali | habitante | ✓ | ✓ | ✓ |",
        "| Sophie Martin | association |  | ✓ | ✓ |",
        "| Zoé Roy |  | ✓ |  |  |",
        "à la demande de l'organisateur (--names)",
    ] {
        assert!(named.contains(want), "{want}\n{named}");
    }
    assert!(!named.contains("Anne Roy"), "never came: {named}");
    let report = ok(
        d,
        &[&["proposals"][..], &year[..], &["--names"][..]].concat(),
    );
    assert!(
        report.contains("| Nadia Benali | habitante | ✓ | ✓ | ✓ |"),
        "{report}"
    );
    // A published site never names them.
    ok(
        d,
        &[
            &["publish"][..],
            &year[..],
            &["--out", "site", "--with-names"][..],
        ]
        .concat(),
    );
    for f in files(&d.join("site")) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        for name in ["Nadia", "Julien", "Sophie", "Zoé"] {
            assert!(!text.contains(name), "{name} in {}", f.display());
        }
    }
}

/// Seed 004's door on screens: two laptops (`tablee here --screen`) tick
/// 27 of the 30 invited by typing a bit of each name and Enter, and
/// welcome two walk-ins by their name and Enter; each screen shows the
/// other's ticks, at 80×24 in French.
#[test]
fn two_door_screens_tick_the_room_in_and_welcome_walk_ins() {
    use std::time::Duration;
    if common::tmux::Tmux::missing("two_door_screens_tick_the_room_in_and_welcome_walk_ins") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let names = thirty(d);
    let s = march(d);
    ok(
        d,
        &[
            "people",
            "invite",
            s,
            "--all",
            "--capacity",
            "30",
            "--dir",
            ".",
        ],
    );
    let tmux = common::tmux::Tmux::new("door");
    for (laptop, name) in [("a", "porte-a"), ("b", "porte-b")] {
        let home = d.join(format!("laptop-{laptop}"));
        std::fs::create_dir_all(&home).unwrap();
        tmux.start_on(
            d,
            &home,
            name,
            "fr",
            &format!("--device {name} here {s} --dir . --screen"),
            (80, 24),
        );
        tmux.wait_on(name, "Accueil · Présent·es");
    }
    // A bit of each name is enough when only one person has it.
    for n in &names[..14] {
        tmux.type_line("porte-a", n.split(' ').next().unwrap());
    }
    for n in &names[14..27] {
        tmux.type_line("porte-b", n.split(' ').next().unwrap());
    }
    tmux.type_line("porte-b", "Zoé Roy");
    tmux.type_line("porte-b", "Karim Haddad");
    // Personne05 needs a wheelchair: said when ticked in.
    let want = "Présent·es : 29 (27 des 30 invité·es, 2 sans invitation) · jauge 30";
    for screen in ["porte-a", "porte-b"] {
        let shown = tmux
            .wait_within(screen, want, Duration::from_secs(10))
            .replace('\u{a0}', " ");
        assert!(shown.contains(want), "{shown}");
    }
    let shown = tmux.screen_of("porte-b");
    assert!(
        shown.contains("☑ Zoé Roy · sans invitation") || shown.contains("☑ Karim Haddad"),
        "{shown}"
    );
    // The three not come yet, by typing the start of their names.
    tmux.cmd(&["send-keys", "-t", "porte-a", "-l", "Personne3"]);
    let shown = tmux.wait_on("porte-a", "☐ Personne30 Nom30");
    assert!(shown.contains("☐ Personne30 Nom30"), "{shown}");
    assert!(!shown.contains("Personne29"), "{shown}");
    // The walk-ins welcomed at the other door are known here by name: the
    // register is read again when it changes on disk.
    tmux.spec("porte-a", "<Esc>");
    tmux.cmd(&["send-keys", "-t", "porte-a", "-l", "Zoé"]);
    let shown = tmux.wait_within("porte-a", "☑ Zoé Roy", Duration::from_secs(10));
    assert!(shown.contains("☑ Zoé Roy"), "{shown}");
    for n in ["porte-a", "porte-b"] {
        tmux.spec(n, "<C-q>");
    }
    // Both screens' ticks are in the journals; the walk-ins in the register.
    let said = ok(d, &["here", s, "--dir", "."]);
    assert!(
        said.contains("Here: 29 (27 of the 30 invited, 2 without an invitation) · room for 30"),
        "{said}"
    );
    let reg = ok(d, &["people", "--dir", "."]);
    assert!(
        reg.contains("Zoé Roy") && reg.contains("Karim Haddad"),
        "{reg}"
    );
}

/// Four no-shows: `mix --here` seats the 26 who came, every table even,
/// the quality line as always; a late walk-in after round 1 is seated from
/// round 2 on, round 1 kept exactly as played.
#[test]
fn the_room_is_seated_again_with_who_came_keeping_rounds_played() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let (names, s) = council_cafe(d);
    ok(
        d,
        &[
            "mix",
            s,
            "--dir",
            ".",
            "--participants",
            "conseil.csv",
            "--iterations",
            "2000",
        ],
    );
    // The spreadsheet's people are the register's: seated by id, their
    // names in no file of the session.
    for f in files(&d.join("2026-03-14-cafe")) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        assert!(!text.contains("Personne01 Nom01"), "{}", f.display());
    }
    ok(d, &["people", "invite", s, "--all", "--dir", "."]);
    let mut here = vec!["here", s, "--dir", "."];
    let firsts: Vec<&str> = names[..26]
        .iter()
        .map(|n| n.split(' ').next().unwrap())
        .collect();
    here.extend(firsts.iter().copied());
    ok(d, &here);

    let said = ok(
        d,
        &["mix", s, "--dir", ".", "--here", "--iterations", "50000"],
    );
    assert!(
        said.contains("Seated with who is here: 26 people, every round"),
        "{said}"
    );
    assert!(
        said.contains("Q = 36 (bound 36, optimal)") && said.contains("revisits 0"),
        "{said}"
    );
    let plan = ok(d, &["plan", s, "--dir", ".", "--format", "csv"]);
    let rounds: Vec<&str> = plan.lines().skip(1).collect();
    assert_eq!(rounds.len(), 4, "{plan}");
    for r in &rounds {
        for gone in &names[26..] {
            assert!(!r.contains(gone.as_str()), "{gone} seated: {r}");
        }
        // 26 people at 5 tables: 5 or 6 a table.
        let sizes: Vec<usize> = r
            .split("\",\"")
            .map(|cell| cell.matches(" Nom").count())
            .collect();
        assert_eq!(sizes.iter().sum::<usize>(), 26, "{r}");
        assert!(sizes.iter().all(|n| (5..=6).contains(n)), "{sizes:?} {r}");
    }

    // Round 1 is played; a late walk-in comes: seated in the free seats
    // of the rounds to come, nobody moved (their cards stay right).
    ok(d, &["here", s, "--dir", ".", "--walk-in", "Zoé Tard"]);
    let said = ok(d, &["mix", s, "--dir", ".", "--here", "--from-round", "2"]);
    assert!(
        said.contains("Late arrivals seated from round 2, nobody moved: 27 people"),
        "{said}"
    );
    assert!(said.contains("Q = "), "{said}");
    let after = ok(d, &["plan", s, "--dir", ".", "--format", "csv"]);
    let after: Vec<&str> = after.lines().skip(1).collect();
    assert_eq!(after[0], rounds[0], "round 1 as played");
    assert!(!after[0].contains("Zoé Tard"));
    for (r, (old, new)) in rounds.iter().zip(&after).enumerate().skip(1) {
        assert_eq!(new.matches("Zoé Tard").count(), 1, "round {}: {new}", r + 1);
        // Every table keeps whoever sat there: the new cell is the old
        // one with at most the newcomer added.
        let cells = |row: &str| -> Vec<String> {
            row.split("\",\"")
                .map(|c| c.replace(", Zoé Tard", "").replace("Zoé Tard, ", ""))
                .collect()
        };
        assert_eq!(cells(old), cells(new), "round {} moved someone", r + 1);
    }
    // Asked for, the rounds to come are planned again instead.
    let said = ok(
        d,
        &[
            "mix",
            s,
            "--dir",
            ".",
            "--here",
            "--from-round",
            "2",
            "--replan",
            "--iterations",
            "50000",
        ],
    );
    assert!(
        said.contains(
            "Seated with who is here: 27 people from round 2 (the rounds before it as played)"
        ),
        "{said}"
    );
    let again = ok(d, &["plan", s, "--dir", ".", "--format", "csv"]);
    assert_eq!(again.lines().nth(1), Some(rounds[0]), "round 1 as played");
    // Nobody ticked in: nothing planned, said.
    ok(
        d,
        &[
            "new",
            "Vide",
            "--template",
            "classic",
            "--dir",
            ".",
            "--date",
            "2026-03-15",
        ],
    );
    let err = refused(d, &["mix", "vide", "--dir", ".", "--here"]);
    assert!(err.contains("nobody is ticked in at the door yet"), "{err}");
}

/// The whole evening of a council from its register (the issue's « Done
/// when »): invited from the register, seated before the day by id, 27 of
/// the 30 and two walk-ins ticked in, the room seated again with who came.
/// No journal or session file holds anyone's name, the printed cards do;
/// someone forgotten afterwards is « oubliée » on the cards, nowhere
/// named, and nobody else loses their seat.
#[test]
fn a_room_seated_from_the_register_keeps_every_name_out_of_its_files() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let (names, s) = council_cafe(d);
    ok(
        d,
        &[
            "people",
            "invite",
            s,
            "--all",
            "--capacity",
            "30",
            "--dir",
            ".",
        ],
    );
    // Before the day: the thirty invited are seated, by id, with the
    // register's roles spread over the tables.
    let said = ok(d, &["mix", s, "--dir", ".", "--iterations", "2000"]);
    assert!(said.contains("30 people"), "{said}");
    assert!(
        said.contains("habitant·e"),
        "roles from the register: {said}"
    );
    // The door: 27 of the 30 and two walk-ins.
    let mut here = vec!["here", s, "--dir", "."];
    here.extend(names[..27].iter().map(String::as_str));
    here.extend(["--walk-in", "Zoé Tard", "--walk-in", "Malik Sans"]);
    let said = ok(d, &here);
    assert!(
        said.contains("Here: 29 (27 of the 30 invited, 2 without an invitation)"),
        "{said}"
    );
    let said = ok(
        d,
        &["mix", s, "--dir", ".", "--here", "--iterations", "20000"],
    );
    assert!(
        said.contains("Seated with who is here: 29 people, every round"),
        "{said}"
    );

    // Names only in the register (and the organiser's own spreadsheet).
    let everyone: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .chain(["Zoé Tard", "Malik Sans"])
        .collect();
    let tablees = |d: &Path| -> Vec<std::path::PathBuf> {
        files(d)
            .into_iter()
            .filter(|f| {
                !f.ends_with("conseil.csv")
                    && !f.ends_with("people.ron")
                    && !f.parent().is_some_and(|p| p.ends_with("people-walk-ins"))
            })
            .collect()
    };
    for f in tablees(d) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        for name in &everyone {
            assert!(!text.contains(name), "{name} in {}", f.display());
        }
    }
    // The cards name everyone who came, once a round, and no one else.
    let plan = ok(d, &["plan", s, "--dir", ".", "--format", "csv"]);
    let rounds: Vec<&str> = plan.lines().skip(1).collect();
    assert_eq!(rounds.len(), 4, "{plan}");
    for r in &rounds {
        for name in everyone.iter().take(27).chain(&["Zoé Tard", "Malik Sans"]) {
            assert_eq!(r.matches(name).count(), 1, "{name}: {r}");
        }
        for gone in &names[27..] {
            assert!(!r.contains(gone.as_str()), "{gone} seated: {r}");
        }
    }

    // Someone seated is forgotten: nothing to say about seats by name,
    // no file holds their name, the cards say « forgotten », and nobody
    // else moves.
    // The cards printed before name them: said, never deleted.
    ok(d, &["plan", s, "--dir", ".", "--format", "html"]);
    let o = common::tablee(d, &["people", "forget", "Personne03 Nom03", "--dir", "."]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("⚠ Personne03 Nom03 is still named in documents exported before: ")
            && err.contains("cafe-plan-fr.html")
            && !err.contains("still seated by name"),
        "{err}"
    );
    let exports = |f: &Path| f.parent().is_some_and(|p| p.ends_with("exports"));
    for f in files(d)
        .into_iter()
        .filter(|f| !f.ends_with("conseil.csv") && !exports(f))
    {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        for gone in ["Personne03", "p2@exemple.fr"] {
            assert!(!text.contains(gone), "{gone} left in {}", f.display());
        }
    }
    let after = ok(d, &["plan", s, "--dir", ".", "--format", "csv"]);
    let after: Vec<&str> = after.lines().skip(1).collect();
    for (old, new) in rounds.iter().zip(&after) {
        assert_eq!(new.matches("Personne oubliée 1").count(), 1, "{new}");
        assert_eq!(old.replace("Personne03 Nom03", "Personne oubliée 1"), *new);
    }
    // Seated again, the forgotten person's check-in seats no one.
    let said = ok(
        d,
        &["mix", s, "--dir", ".", "--here", "--iterations", "2000"],
    );
    assert!(said.contains("28 people"), "{said}");
    let again = ok(d, &["plan", s, "--dir", ".", "--format", "csv"]);
    assert!(!again.contains("oubliée"), "{again}");
}

/// On the facilitator's screen, `r` seats the rounds not started again
/// with who is here, through the real loop: the plan is written as
/// set-up events, the room follows, the notice says how many and how well.
#[test]
fn the_facilitator_reseats_the_room_with_one_key() {
    use tablee::core::event::{Body, Event};
    use tablee::core::register::{Person, Register};
    use tablee::i18n::Lang;
    use tablee::tui::app::App;
    use tablee::tui::harness::Harness;
    use uuid::Uuid;
    let session = common::classic_mixed();
    let mut register = Register::new();
    for (i, name) in session.participants.iter().enumerate() {
        register
            .add(Person::named(Uuid::from_u128(i as u128 + 1), name))
            .unwrap();
    }
    // 26 of the 30 came.
    let events: Vec<Event> = (0..26u128)
        .map(|i| Event {
            id: Uuid::from_u128(1000 + i),
            device: Uuid::from_u128(77),
            seq: i as u64 + 1,
            lamport: i as u64 + 1,
            at: jiff::Timestamp::UNIX_EPOCH,
            body: Body::Arrived {
                person: Uuid::from_u128(i + 1),
                here: true,
            },
        })
        .collect();
    let clock = tablee::core::clock::Clock::new(session.agenda.len());
    let mut app = App::new(
        session.clone(),
        clock,
        Lang::Fr,
        jiff::Timestamp::UNIX_EPOCH,
    )
    .with_events(events.clone());
    app.room.register = register;
    let mut h = Harness::new(app, 100, 30);
    assert_eq!(h.app().room.session.participants.len(), 30);
    h.keys("r");
    // The search runs off the screen's thread: the screen says so and
    // goes on; a second `r` starts no second search.
    assert!(h.app().room.reseating);
    assert!(
        h.app()
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("Placement de qui est là")),
        "{:?}",
        h.app().notice
    );
    h.keys("r");
    // Meanwhile another laptop renames the session: the plan, written
    // from the session the search began with, does not undo it.
    let mut on_disk = events;
    on_disk.push(Event {
        id: Uuid::from_u128(2000),
        device: Uuid::from_u128(88),
        seq: 1,
        lamport: 100,
        at: jiff::Timestamp::UNIX_EPOCH,
        body: Body::Setup(tablee::core::edits::Edit::Set {
            to: tablee::core::edits::Field::Title("Conseil de mars".into()),
            was: tablee::core::edits::Field::Title(session.title.clone()),
        }),
    });
    h.send(tablee::tui::runtime::Input::Disk(
        tablee::tui::msg::Msg::synced(on_disk),
    ));
    assert_eq!(h.app().room.session.title, "Conseil de mars");
    h.settle();
    assert!(!h.app().room.reseating);
    assert_eq!(h.app().room.session.title, "Conseil de mars");
    let notice = h
        .app()
        .notice
        .clone()
        .unwrap_or_default()
        .replace('\u{a0}', " ");
    assert!(
        notice.starts_with("Placé avec qui est là : 26 personnes, tous les tours · Q = "),
        "{notice}"
    );
    let room = &h.app().room;
    assert_eq!(room.session.participants.len(), 26);
    let seated: usize = match &room.session.rotation {
        tablee::core::model::Rotation::People(rounds) => rounds[0].values().map(Vec::len).sum(),
        other => panic!("{other:?}"),
    };
    assert_eq!(seated, 26);
    let setup_events = h
        .store
        .events()
        .iter()
        .filter(|e| matches!(e.body, Body::Setup(_)))
        .count();
    assert!(setup_events > 0);
    // What the plan's events put in seats ids: no one's name is in it
    // (the rows it takes out of this session, seated by name before the
    // register, say what they were).
    use tablee::core::edits::Edit;
    for e in h.store.events() {
        let put = match &e.body {
            Body::Setup(Edit::Add { value, .. }) => format!("{value:?}"),
            Body::Setup(Edit::Round { to, .. }) => format!("{to:?}"),
            Body::Setup(Edit::Cell { to, .. }) => format!("{to:?}"),
            Body::Setup(Edit::Set { to, .. }) => format!("{to:?}"),
            _ => continue,
        };
        for name in &session.participants {
            assert!(!put.contains(name.as_str()), "{name} in {put}");
        }
    }
    // The board shows the names, from the register.
    let screen = h.screen();
    let shown = session
        .participants
        .iter()
        .filter(|n| screen.contains(n.as_str()))
        .count();
    assert!(shown >= 10, "{screen}");
    assert!(!screen.contains("-0000-"), "an id on screen: {screen}");
}
