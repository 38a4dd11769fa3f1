//! `tablee judge`: proposals ranked by majority judgment from a paper
//! tally, in French and English, in every format, with every bad tally
//! refused in words (what, where, the fix) and nothing written.

mod common;

use std::path::{Path, PathBuf};

/// The council's example, its proposals in the journals beside it.
fn council(dir: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let s = dir.join("cenr.ron");
    std::fs::copy(root.join("cenr-2025-propositions.ron"), &s).unwrap();
    common::copy_dir(
        &root.join("cenr-2025-propositions.tablee"),
        &dir.join("cenr.tablee"),
    );
    s
}

fn judge(dir: &Path, lang: &str, tally: &str, format: &str) -> std::process::Output {
    let file = dir.join("tally.csv");
    std::fs::write(&file, tally).unwrap();
    common::tablee(
        dir,
        &[
            "--lang",
            lang,
            "judge",
            "cenr.ron",
            "--tally",
            file.to_str().unwrap(),
            "--format",
            format,
        ],
    )
}

fn rows(csv: &str) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The same cases as the core's, by hand, through the command: a tie at
/// the majority grade broken at the second level (B before A), one broken
/// at the third (X before Y), the median and not the mean (A before C),
/// and two identical profiles sharing their rank.
#[test]
fn the_ranking_is_majority_judgments_with_its_ties_broken_by_hand() {
    let tmp = tempfile::tempdir().unwrap();
    council(tmp.path());
    let tally = "\
candidat;Excellent;Très bien;Bien;Assez bien;Passable;Insuffisant;À rejeter
A;1;0;2;1;1;0;0
B;0;1;3;0;0;1;0
X;2;0;3;0;0;0;0
Y;1;1;3;0;0;0;0
C;2;0;0;3;0;0;0
D;0;0;4;0;1;0;0
D bis;0;0;4;0;1;0;0
";
    let o = judge(tmp.path(), "fr", tally, "csv");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let got: Vec<(String, String, String)> = rows(&String::from_utf8_lossy(&o.stdout))
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    let want = [
        // Successive medians — X: B, B, E, B, E; Y: B, B, TB, B, E (X
        // first at the third level).
        ("1", "X", "Bien"),
        ("2", "Y", "Bien"),
        // D and D bis: the same grades (B, B, B, P, B), the same rank;
        // before B (B, B, B, I, TB: fourth level).
        ("3", "D", "Bien"),
        ("3", "D bis", "Bien"),
        ("5", "B", "Bien"),
        // A: B, AB, B, P, E: behind B at the second level.
        ("6", "A", "Bien"),
        // C: a better average (E, E, AB, AB, AB) but Assez bien.
        ("7", "C", "Assez bien"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// The council's twelve proposals from the room's paper tally (the
/// example beside the session): each id stands for its proposal's text,
/// in text, Markdown and CSV, in French and in English, with an English
/// scale of the organiser's own.
#[test]
fn the_councils_proposals_are_ranked_from_the_example_tally() {
    let tmp = tempfile::tempdir().unwrap();
    council(tmp.path());
    let tally = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-jugement.csv"),
    )
    .unwrap();
    let o = judge(tmp.path(), "fr", &tally, "text");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with("Jugement majoritaire — Les propositions du CENR en 2025"));
    assert!(text.contains("12 candidats · 25 votants"), "{text}");
    // The first, by name and id, with its merit profile.
    let first = text.lines().position(|l| l.starts_with("  1  ")).unwrap();
    assert!(
        text.lines().nth(first).unwrap().contains("Très bien")
            && text
                .lines()
                .nth(first)
                .unwrap()
                .contains("Simplifier le langage"),
        "{text}"
    );
    assert!(
        text.contains("[fc7bac]") && text.contains("Excellent 8 (32\u{a0}%)"),
        "{text}"
    );
    // Every line within 80 columns.
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");

    let o = judge(tmp.path(), "en", &tally, "md");
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(md.starts_with("# Majority judgment — "), "{md}");
    assert!(
        md.contains("| Rank | Candidate | Majority grade | Excellent | Très bien |"),
        "{md}"
    );
    assert!(
        md.contains("| 1 | Simplifier le langage administratif"),
        "{md}"
    );
    assert_eq!(md.lines().filter(|l| l.starts_with("| ")).count(), 13);

    let o = judge(tmp.path(), "en", &tally, "csv");
    let rows = rows(&String::from_utf8_lossy(&o.stdout));
    assert_eq!(rows.len(), 12);
    assert_eq!(rows[0][3], "fc7bac");
    assert_eq!(rows[11][3], "ac2460");
    // Every count as given: the rows hold the tally.
    let given: usize = tally
        .lines()
        .skip(1)
        .flat_map(|l| l.split(';').skip(1))
        .map(|n| n.parse::<usize>().unwrap())
        .sum();
    let read: usize = rows
        .iter()
        .flat_map(|r| r[5..].iter())
        .map(|n| n.parse::<usize>().unwrap())
        .sum();
    assert_eq!(given, read);

    // A scale of the organiser's own, comma-separated, in English; a voter
    // who left a line blank counts as its worst grade.
    let own = "candidate,Great,OK,Poor\nMore benches,3,1,0\nA library bus,1,2,0\n";
    let o = judge(tmp.path(), "en", own, "text");
    let text = String::from_utf8_lossy(&o.stdout);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("scale: Great, OK, Poor"), "{text}");
    // Shares of all four voters: the blank is in Poor's share.
    assert!(
        flat.contains("Great 1 (25%) · OK 2 (50%) · Poor 0 (25%) · 1 blank, counted as \"Poor\""),
        "{text}"
    );
    let first = text.lines().find(|l| l.starts_with("  1  ")).unwrap();
    assert!(
        first.contains("More benches") && first.contains("Great"),
        "{text}"
    );
}

/// Every bad tally says what, where and how to fix it, in the user's
/// language, and exits 1.
#[test]
fn a_bad_tally_is_refused_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    council(tmp.path());
    let cases: &[(&str, &str, &str)] = &[
        ("", "fr", "le décompte est vide"),
        (
            "candidat\nA\n",
            "fr",
            "la première ligne doit nommer le candidat puis les mentions",
        ),
        (
            "A;3;4\n",
            "fr",
            "la première ligne doit nommer les mentions, pas les compter",
        ),
        (
            "candidat;Bien;Mal\nA;3\n",
            "fr",
            "ligne 2\u{a0}: 2 cases, l'en-tête en a 3",
        ),
        (
            "candidat;Bien;Mal\nA;3;deux\n",
            "fr",
            "ligne 2, colonne «\u{a0}Mal\u{a0}»\u{a0}: «\u{a0}deux\u{a0}» n'est pas un nombre entier de voix",
        ),
        (
            "candidate,Good,Bad\nA,1,2\n\nA,2,1\n",
            "en",
            "line 4: \"A\" is already on line 2",
        ),
        (
            "candidate,Good,Bad\n,1,2\n",
            "en",
            "line 2: no candidate in the first cell",
        ),
        (
            "candidate,Good,Good\nA,1,2\n",
            "en",
            "the grade \"Good\" is twice in the header",
        ),
        (
            "candidate,Good,Bad\n",
            "en",
            "no candidate under the header",
        ),
        (
            "candidate,Good,Bad\nA,-1,2\n",
            "en",
            "\"-1\" is not a whole number of votes",
        ),
        (
            "candidate,Good,Bad\nA,999999,999999\n",
            "en",
            "line 2: more than 1000000 votes",
        ),
    ];
    for (tally, lang, said) in cases {
        let o = judge(tmp.path(), lang, tally, "text");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{tally:?}: {err}");
        assert!(err.contains(said), "{tally:?}: {err}");
        assert!(err.contains("tally.csv"), "{err}");
        let fix = if *lang == "fr" {
            "corrigez le fichier et relancez"
        } else {
            "fix the file and run again"
        };
        assert!(err.contains(fix), "{err}");
        assert!(o.stdout.is_empty());
    }
    // A file that is not there: said with its path.
    let o = common::tablee(
        tmp.path(),
        &[
            "--lang",
            "en",
            "judge",
            "cenr.ron",
            "--tally",
            "nowhere.csv",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nowhere.csv"));
}

/// The ranking feeds the register: `--propose 3` adds the first three
/// written as texts (a proposal's id is already there, the same text is
/// not added twice), each with its rank in its description, and a second
/// run adds nothing.
#[test]
fn the_first_of_the_ranking_become_proposals_once() {
    let tmp = tempfile::tempdir().unwrap();
    council(tmp.path());
    let file = tmp.path().join("tally.csv");
    std::fs::write(
        &file,
        "candidat;Très bien;Bien;Passable\n\
         Des bancs sur la place;5;1;0\n\
         fc7bac;4;2;0\n\
         Un bus bibliothèque;3;2;1\n\
         Un café numérique;1;2;3\n",
    )
    .unwrap();
    let run = || {
        common::tablee(
            tmp.path(),
            &[
                "--lang",
                "fr",
                "judge",
                "cenr.ron",
                "--tally",
                file.to_str().unwrap(),
                "--propose",
                "3",
                "--theme",
                "Cadre de vie",
            ],
        )
    };
    let proposals = || {
        let o = common::tablee(tmp.path(), &["proposals", "cenr.ron", "--format", "csv"]);
        let text = String::from_utf8_lossy(&o.stdout).to_string();
        rows(&text)
    };
    let before = proposals().len();
    let o = run();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("2 propositions ajoutées au registre") && err.contains("(1 y était déjà)"),
        "{err}"
    );
    let after = proposals();
    assert_eq!(after.len(), before + 2);
    for text in ["Des bancs sur la place", "Un bus bibliothèque"] {
        let row = after.iter().find(|r| r[5] == text).expect(text);
        assert_eq!(row[2], "Cadre de vie");
        assert!(
            row[6].starts_with("Jugement majoritaire\u{a0}: rang "),
            "{row:?}"
        );
    }
    assert!(!after.iter().any(|r| r[5] == "Un café numérique"));
    // Again: nothing new.
    let o = run();
    assert!(String::from_utf8_lossy(&o.stderr).contains("aucune proposition ajoutée"));
    assert_eq!(proposals().len(), before + 2);
}

/// The printed ranking draws the merit profiles, and its picture says the
/// same numbers as its table: each bar's parts, read back from the SVG
/// (their titles and widths), are the candidate's votes per grade.
#[test]
fn the_chart_of_merit_profiles_says_what_the_table_says() {
    let tmp = tempfile::tempdir().unwrap();
    council(tmp.path());
    let tally = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-jugement.csv"),
    )
    .unwrap();
    let o = judge(tmp.path(), "fr", &tally, "html");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = String::from_utf8_lossy(&o.stdout).to_string();
    // A picture with a name and a description, and nothing from outside.
    assert!(html.contains("role=\"img\" aria-labelledby=\"profiles-t profiles-d\""));
    assert!(html.contains("<title id=\"profiles-t\">Profils de mérite</title>"));
    assert!(html.contains("<desc id=\"profiles-d\">Une barre par candidat"));
    assert!(
        !html
            .replace("http://www.w3.org/2000/svg", "")
            .contains("http")
    );

    // The table: rank, candidate, majority grade, then the votes.
    let table = &html[html.find("<tbody>").unwrap()..];
    let table_rows: Vec<Vec<u64>> = table
        .split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td class=\"n\">")
                .skip(2)
                .map(|c| c[..c.find('<').unwrap()].parse().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(table_rows.len(), 12);

    // The chart: each bar's rectangles, left to right.
    let svg = &html[html.find("<svg class=\"chart\"").unwrap()..html.find("</figure>").unwrap()];
    let rects: Vec<(f64, f64, String)> = svg
        .split("<rect ")
        .skip(1)
        .map(|r| {
            let attr = |name: &str| -> f64 {
                let at = r.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                r[at..at + r[at..].find('"').unwrap()].parse().unwrap()
            };
            let title = &r[r.find("<title>").unwrap() + 7..r.find("</title>").unwrap()];
            (attr("y"), attr("width"), title.to_string())
        })
        .collect();
    let grades = tablee::i18n::judge::FR.grades;
    for (row, counts) in table_rows.iter().enumerate() {
        let y = 8.0 + 22.0 * row as f64;
        let parts: Vec<&(f64, f64, String)> = rects
            .iter()
            .filter(|(ry, _, _)| (*ry - y).abs() < 0.01)
            .collect();
        let total: u64 = counts.iter().sum();
        let shown: Vec<(usize, u64)> = counts
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(g, n)| (g, *n))
            .collect();
        assert_eq!(parts.len(), shown.len(), "row {row}: {parts:?}");
        for ((g, n), (_, width, title)) in shown.iter().zip(&parts) {
            assert!(
                title.starts_with(&format!("{} {n} (", grades[*g])),
                "row {row}: {title}"
            );
            let expected = 400.0 * *n as f64 / total as f64;
            assert!(
                (width - expected).abs() < 0.01,
                "row {row}: {width} ≠ {expected}"
            );
        }
    }
}

/// Ballots typed one a line rank as their tally does: grades by name
/// (case and accents aside, French or English) or by number, blanks
/// counted as the worst grade; a scale of one's own with --grades; a cell
/// that is no grade is said with its line and column.
#[test]
fn ballots_one_a_line_rank_as_their_tally() {
    let tmp = tempfile::tempdir().unwrap();
    council(tmp.path());
    let ballots = "\
bulletin;Des bancs;Un bus bibliothèque;fc7bac
1;Très bien;bien;excellent
2;tres bien;Assez bien;2
3;Excellent;Bien;
4;Bien;Very good;Très bien
5;3;Passable;Excellent
";
    let file = tmp.path().join("bulletins.csv");
    std::fs::write(&file, ballots).unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "--lang",
            "fr",
            "judge",
            "cenr.ron",
            "--ballots",
            file.to_str().unwrap(),
            "--format",
            "csv",
        ];
        args.extend_from_slice(extra);
        common::tablee(tmp.path(), &args)
    };
    let o = run(&[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let from_ballots = rows(&String::from_utf8_lossy(&o.stdout));
    // The same as the tally they make, typed by hand.
    let tally = "\
candidat;Excellent;Très bien;Bien;Assez bien;Passable;Insuffisant;À rejeter
Des bancs;1;2;2;0;0;0;0
Un bus bibliothèque;0;1;2;1;1;0;0
fc7bac;2;2;0;0;0;0;0
";
    let o = judge(tmp.path(), "fr", tally, "csv");
    let from_tally = rows(&String::from_utf8_lossy(&o.stdout));
    // fc7bac: one blank (ballot 3), counted as « À rejeter » by both.
    assert_eq!(from_ballots.len(), 3);
    for (b, t) in from_ballots.iter().zip(&from_tally) {
        assert_eq!(b[..3], t[..3], "{from_ballots:?}\n{from_tally:?}");
        assert_eq!(b[5..], t[5..]);
    }
    assert_eq!(
        from_ballots[0][1],
        "Simplifier le langage administratif, particulièrement pour l'accès aux droits"
    );
    assert_eq!(from_ballots[0][4], "1", "one blank");

    // A scale of one's own.
    std::fs::write(&file, "n,Benches,Bus\n1,Yes,No\n2,yes,Maybe\n3,No,2\n").unwrap();
    let o = run(&["--grades", "Yes, Maybe, No"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = rows(&String::from_utf8_lossy(&o.stdout));
    assert_eq!((r[0][1].as_str(), r[0][2].as_str()), ("Benches", "Yes"));
    assert_eq!((r[1][1].as_str(), r[1][2].as_str()), ("Bus", "Maybe"));

    // Not a grade: where, and the scale.
    std::fs::write(&file, "bulletin;A;B\n1;Bien;Trés bein\n").unwrap();
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("ligne 2, colonne «\u{a0}B\u{a0}»\u{a0}: «\u{a0}Trés bein\u{a0}» n'est pas une mention de l'échelle (Excellent, Très bien,"),
        "{err}"
    );
    assert!(err.contains("une ligne par bulletin"), "{err}");
    assert!(o.stdout.is_empty());
}
