//! Questionnaires: paper forms typed in through the real screen driven in
//! tmux (digits, Tab, Enter; a correction and a withdrawal) and read back
//! in every format of the synthesis — Markdown, text, the CSV of answers,
//! the HTML (its table and its chart's bars) and the workbook through a
//! real xlsx reader; the same forms imported from a spreadsheet's CSV,
//! twice (nothing added the second time), from two laptops (merged), and
//! a bad file refused line by line with nothing written.

mod common;

use std::path::{Path, PathBuf};

use common::tmux::Tmux;

const BILAN: &str = "examples/cenr-2025-bilan.ron";

/// The example council's session, copied into a folder of its own.
fn bilan(dir: &Path) -> PathBuf {
    let path = dir.join("bilan.ron");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(BILAN), &path).unwrap();
    path
}

/// One paper form: steps of Q1 and Q2 (1–4), the choice of Q3 (1–3), the
/// boxes ticked on Q4 (1–5), a suggestion; 0 or empty: left blank.
#[derive(Clone, Debug)]
struct Paper {
    q1: u8,
    q2: u8,
    q3: u8,
    q4: Vec<u8>,
    q5: String,
}

/// 25 forms, as a room fills them in: some blanks, several boxes, a few
/// suggestions (one with a comma and quotes, as people write).
fn papers() -> Vec<Paper> {
    (0..25u32)
        .map(|i| Paper {
            q1: [3, 4, 3, 2, 4, 3, 1, 3, 4, 3][i as usize % 10],
            q2: if i % 9 == 4 {
                0
            } else {
                [2, 3, 3, 4, 1][i as usize % 5]
            },
            q3: [1, 1, 3, 1, 2][i as usize % 5],
            q4: match i % 4 {
                0 => vec![1, 3],
                1 => vec![2],
                2 => vec![],
                _ => vec![1, 4, 5],
            },
            q5: match i {
                2 => "Plus de temps pour échanger".into(),
                11 => "Un compte rendu, « court », après chaque séance".into(),
                20 => "Des séances en semaine, le soir".into(),
                _ => String::new(),
            },
        })
        .collect()
}

/// What the screen is typed: a digit per step or choice (the screen goes
/// on by itself), the boxes then Tab, the suggestion then Enter.
fn keys_of(p: &Paper) -> String {
    let mut s = String::new();
    for d in [p.q1, p.q2, p.q3] {
        if d == 0 {
            s.push_str("<Tab>");
        } else {
            s.push_str(&d.to_string());
        }
    }
    for d in &p.q4 {
        s.push_str(&d.to_string());
    }
    s.push_str("<Tab>");
    s.push_str(&p.q5);
    s.push_str("<Enter>");
    s
}

/// The counts the synthesis must print: per question, per step or choice.
fn expected(papers: &[Paper]) -> Vec<Vec<u32>> {
    let mut out = vec![vec![0; 4], vec![0; 4], vec![0; 3], vec![0; 5]];
    for p in papers {
        for (q, d) in [(0, p.q1), (1, p.q2), (2, p.q3)] {
            if d > 0 {
                out[q][usize::from(d) - 1] += 1;
            }
        }
        for d in &p.q4 {
            out[3][usize::from(*d) - 1] += 1;
        }
    }
    out
}

const Q1_STEPS: [&str; 4] = [
    "Pas du tout d'accord",
    "Plutôt pas d'accord",
    "Plutôt d'accord",
    "Tout à fait d'accord",
];

fn synth(dir: &Path, path: &Path, format: &str) -> String {
    let out = dir.join(format!("synthese.{format}"));
    let o = common::tablee(
        dir,
        &[
            "synth",
            path.to_str().unwrap(),
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_to_string(out).unwrap()
}

/// Every format says the counts of `papers`.
fn every_format_says(dir: &Path, path: &Path, papers: &[Paper]) {
    let want = expected(papers);
    let n = papers.len();
    // The CSV of answers: exact counts and shares.
    let csv = synth(dir, path, "csv-forms");
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    for (q, counts) in want.iter().enumerate() {
        let of_q: Vec<&Vec<String>> = rows
            .iter()
            .filter(|r| r[1] == format!("Q{}", q + 1))
            .collect();
        let got: Vec<u32> = of_q.iter().map(|r| r[4].parse().unwrap()).collect();
        assert_eq!(&got, counts, "Q{}: {csv}", q + 1);
    }
    let texts: Vec<&str> = rows
        .iter()
        .filter(|r| r[1] == "Q5")
        .map(|r| r[3].as_str())
        .collect();
    let typed: Vec<&str> = papers
        .iter()
        .map(|p| p.q5.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(texts, typed);

    // Markdown and text: the forms counted, each step's count.
    let md = synth(dir, path, "md");
    assert!(
        md.contains(&format!("### Bilan de l'année — {n} formulaires")),
        "{md}"
    );
    for (k, step) in Q1_STEPS.iter().enumerate() {
        let c = want[0][k];
        assert!(
            md.lines()
                .any(|l| l.starts_with(&format!("| {step}")) && l.contains(&format!(" | {c} | "))),
            "{step} {c}: {md}"
        );
    }
    let txt = synth(dir, path, "txt");
    assert!(
        txt.contains(&format!("Bilan de l'année — {n} formulaires")),
        "{txt}"
    );
    for t in &typed {
        // French typography glues « » to their words.
        assert!(md.replace('\u{a0}', " ").contains(t), "{t}: {md}");
        assert!(txt.replace('\u{a0}', " ").contains(t), "{t}: {txt}");
    }

    // HTML: each question's table, and its chart's bars as long as the
    // counts say (against the largest).
    let html = synth(dir, path, "html");
    for (q, counts) in want.iter().enumerate() {
        let id = format!("form-0-{q}");
        let at = html
            .find(&format!("aria-labelledby=\"{id}-t {id}-d\""))
            .unwrap_or_else(|| panic!("chart {id}"));
        let svg = &html[at..at + html[at..].find("</svg>").unwrap()];
        let widths: Vec<f64> = svg
            .split("<rect ")
            .skip(1)
            .map(|r| {
                let at = r.find("width=\"").unwrap() + 7;
                r[at..at + r[at..].find('"').unwrap()].parse().unwrap()
            })
            .collect();
        let max = *counts.iter().max().unwrap();
        let drawn: Vec<u32> = counts.iter().copied().filter(|c| *c > 0).collect();
        assert_eq!(widths.len(), drawn.len(), "{id}: {svg}");
        for (w, c) in widths.iter().zip(&drawn) {
            let expected = 330.0 * f64::from(*c) / f64::from(max);
            assert!((w - expected).abs() < 0.01, "{id}: {w} ≠ {expected}");
        }
        // The table after the chart holds the same numbers.
        let table = &html[at..];
        let table = &table[table.find("<table class=\"answers\">").unwrap()..];
        let table = &table[..table.find("</table>").unwrap()];
        let cells: Vec<u32> = table
            .split("<td class=\"n\">")
            .skip(1)
            .step_by(2)
            .map(|c| c[..c.find('<').unwrap()].parse().unwrap())
            .collect();
        assert_eq!(&cells, counts, "{id}");
    }

    // The workbook, read back by a real xlsx reader.
    use calamine::{Reader, Xlsx};
    let o = common::tablee(
        dir,
        &[
            "synth",
            path.to_str().unwrap(),
            "--format",
            "xlsx",
            "-o",
            "s.xlsx",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut book: Xlsx<_> = calamine::open_workbook(dir.join("s.xlsx")).unwrap();
    let range = book.worksheet_range("Questionnaires").unwrap();
    let sheet: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    for (k, step) in Q1_STEPS.iter().enumerate() {
        let row = sheet
            .iter()
            .find(|r| r[1].starts_with("Q1 ") && r[2] == *step)
            .unwrap_or_else(|| panic!("{step}: {sheet:?}"));
        assert_eq!(row[3], want[0][k].to_string());
    }
}

#[test]
fn twenty_five_forms_typed_on_the_screen_read_back_in_every_format() {
    if Tmux::missing("twenty_five_forms_typed_on_the_screen_read_back_in_every_format") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let path = bilan(dir);
    let tmux = Tmux::new("forms");
    tmux.start_in(dir, "forms", "fr_FR.UTF-8", "forms bilan.ron", (80, 24));
    tmux.wait_on("forms", "0 formulaire");
    let mut papers = papers();
    // The first form is typed with a slip: 2 instead of 3 at Q1, noticed
    // after the next form; ↑↑ goes back to it, a digit puts it right.
    let mut slip = papers[0].clone();
    slip.q1 = 2;
    tmux.spec("forms", &keys_of(&slip));
    tmux.wait_on("forms", "formulaire 1 enregistré");
    for (i, p) in papers.iter().enumerate().skip(1) {
        tmux.spec("forms", &keys_of(p));
        tmux.wait_on("forms", &format!("formulaire {} enregistré", i + 1));
    }
    tmux.wait_on("forms", "25 formulaires");
    // A wrong digit is said, and nothing moves.
    tmux.spec("forms", "7");
    tmux.wait_on("forms", "tapez un numéro de 1 à 4");
    tmux.spec("forms", "<BS>");
    // Correct form 1: up to it (the row typed is saved first: nothing is).
    for _ in 0..25 {
        tmux.spec("forms", "<Up>");
    }
    tmux.wait_on("forms", "Q1/5");
    tmux.spec("forms", &format!("{}<Enter>", papers[0].q1));
    tmux.wait_on("forms", "formulaire 1 corrigé");
    // A form typed twice by mistake, withdrawn.
    tmux.spec("forms", &keys_of(&papers[5]));
    tmux.wait_on("forms", "formulaire 26 enregistré");
    tmux.spec("forms", "<Up><C-d>");
    tmux.wait_on("forms", "formulaire retiré");
    // The results so far, as bars, at 80×24.
    tmux.spec("forms", "<F3>");
    let shown = tmux.wait_on("forms", "RÉSULTATS");
    let want = expected(&papers);
    let line = shown
        .lines()
        .find(|l| l.trim_start().starts_with("Tout à fait d'accord"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        line.contains(&format!(" {} ", want[0][3])),
        "{line}\n{shown}"
    );
    tmux.spec("forms", "<Esc><Esc>");
    std::thread::sleep(std::time::Duration::from_millis(500));
    papers.truncate(25);
    every_format_says(dir, &path, &papers);
}

/// The same answers as a spreadsheet holds them: a number column, the
/// questions by number or by their words, answers as digits or words.
fn sheet_of(papers: &[Paper]) -> String {
    let mut s = String::from(
        "Nº;Q1;J'ai compris ce que sont devenues nos propositions;Q3;Q4;Une suggestion pour l'an prochain ?\n",
    );
    for (i, p) in papers.iter().enumerate() {
        let step = |d: u8| {
            if d == 0 {
                String::new()
            } else if i % 2 == 0 {
                d.to_string()
            } else {
                // By its words, as some people type.
                Q1_STEPS[usize::from(d) - 1].to_lowercase()
            }
        };
        let q3 = ["Oui", "Non", "Je ne sais pas encore"];
        s.push_str(&format!(
            "{};{};{};{};{};\"{}\"\n",
            i + 1,
            step(p.q1),
            step(p.q2),
            if p.q3 == 0 {
                ""
            } else {
                q3[usize::from(p.q3) - 1]
            },
            p.q4.iter().map(u8::to_string).collect::<String>(),
            p.q5.replace('"', "\"\"")
        ));
    }
    s
}

#[test]
fn forms_imported_from_a_spreadsheet_twice_and_from_two_laptops() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let path = bilan(dir);
    let papers = papers();
    let (first, second) = papers.split_at(13);
    std::fs::write(dir.join("a.csv"), sheet_of(first)).unwrap();
    std::fs::write(dir.join("b.csv"), sheet_of(second)).unwrap();
    let import = |file: &str, device: &str| {
        let o = common::tablee(
            dir,
            &["--device", device, "forms", "bilan.ron", "--import", file],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    assert_eq!(
        import("a.csv", "porte"),
        "13 forms imported, 0 already there\n"
    );
    // Again: nothing added.
    assert_eq!(
        import("a.csv", "porte"),
        "0 forms imported, 13 already there\n"
    );
    // The other half on the other laptop, into the same folder.
    assert_eq!(
        import("b.csv", "salle"),
        "12 forms imported, 0 already there\n"
    );
    every_format_says(dir, &path, &papers);
}

#[test]
fn a_bad_file_is_refused_line_by_line_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    bilan(dir);
    std::fs::write(
        dir.join("bad.csv"),
        "Q1,Q2,Utilité\n3,4,\n9,2,\n3,beaucoup,\n",
    )
    .unwrap();
    let o = common::tablee(dir, &["forms", "bilan.ron", "--import", "bad.csv"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.csv:1: column 3 “Utilité” is none of the questions"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    // The header fixed: the answers are checked, every one said.
    std::fs::write(dir.join("bad.csv"), "Q1,Q2\n3,4\n9,2\n3,beaucoup\n").unwrap();
    let o = common::tablee(dir, &["forms", "bilan.ron", "--import", "bad.csv"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("bad.csv:3: column 1"), "{err}");
    assert!(err.contains("type a number from 1 to 4"), "{err}");
    assert!(err.contains("bad.csv:4: column 2"), "{err}");
    assert!(err.contains("not one of the answers"), "{err}");
    assert!(err.contains("2 problem(s): nothing was imported"), "{err}");
    assert!(
        !dir.join("bilan.tablee").exists()
            || walk(&dir.join("bilan.tablee"))
                .iter()
                .all(|f| std::fs::read_to_string(f)
                    .unwrap_or_default()
                    .trim()
                    .is_empty()),
        "nothing written"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
