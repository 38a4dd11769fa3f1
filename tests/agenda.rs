//! The facilitators' run-sheet (`tablee agenda`): start and end times
//! from the session's start, who leads, what to say and do, materials,
//! and for rounds who sits where (groups by their names), in text,
//! Markdown and HTML; a session without a start time counts from 0:00 and
//! says so.

mod common;

use std::path::Path;

fn agenda(dir: &Path, file: &str, format: &str) -> String {
    let o = common::tablee(
        dir,
        &[
            "--lang", "fr", "agenda", file, "--format", format, "-o", "-",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap().replace('\u{a0}', " ")
}

#[test]
fn the_review_morning_run_sheet_has_times_leads_materials_and_seats() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = root.join("examples/cenr-2025-bilan.ron");
    let file = file.to_str().unwrap();
    let text = agenda(root, file, "text");
    assert!(
        text.starts_with("Déroulé — Bilan collectif du CENR\n"),
        "{text}"
    );
    for want in [
        "09:30–09:55  Débat mouvant (25 min)",
        "09:55–10:30  Tour — Premier temps (35 min)",
        "11:20–11:35  Facteurs clés — Partage et regroupement des idées (15 min)",
        "Anime : Équipe d'animation",
        "Matériel : Post-it · Feutres · Paperboard",
        "En tout : 2 h 05 (09:30–11:35)",
    ] {
        assert!(text.contains(want), "{want}\n{text}");
    }
    // Who sits where: the groups by their names, swapped in round 2.
    let round = |title: &str| {
        let at = text.find(title).unwrap();
        text[at..at + text[at..].find("\n\n").unwrap()].to_string()
    };
    let one = round("Premier temps");
    assert!(
        one.contains("A : Sous-groupe 1") && one.contains("B : Sous-groupe 2"),
        "{one}"
    );
    let two = round("Second temps");
    assert!(
        two.contains("A : Sous-groupe 2") && two.contains("B : Sous-groupe 1"),
        "{two}"
    );
    let md = agenda(root, file, "md");
    assert!(
        md.contains("| 09:55–10:30 (35 min) | **Tour** — Premier temps |"),
        "{md}"
    );
    let html = agenda(root, file, "html");
    assert!(html.contains("<th scope=\"col\">Heure</th>"));
    assert!(html.contains("<li>A : Sous-groupe 1</li>"), "{html}");
}

#[test]
fn without_a_start_time_times_count_from_the_start() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("examples/cenr-2025-bilan.ron"))
        .unwrap()
        .replace("    start: \"09:30\",\n", "");
    std::fs::write(tmp.path().join("b.ron"), text).unwrap();
    let out = agenda(tmp.path(), "b.ron", "text");
    assert!(out.contains("0:00–0:25  Débat mouvant"), "{out}");
    assert!(out.contains("pas d'heure de début"), "{out}");
    assert!(out.contains("En tout : 2 h 05 (0:00–2:05)"), "{out}");
}

/// `tablee new` gives the rounds a range of minutes and an instruction,
/// and every phase who leads it: the run-sheet prints them; a range
/// backwards is refused with nothing written.
#[test]
fn a_session_made_by_tablee_new_has_its_leads_instruction_and_range() {
    let tmp = tempfile::tempdir().unwrap();
    let o = common::tablee(
        tmp.path(),
        &[
            "--lang",
            "fr",
            "new",
            "Atelier du quartier",
            "--dir",
            ".",
            "--date",
            "2026-03-14",
            "--start",
            "09:30",
            "--round-minutes",
            "15-20",
            "--lead",
            "Équipe d'animation",
            "--round-instruction",
            "Une idée par post-it, lisible de loin.",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = agenda(tmp.path(), "atelier-du-quartier", "text");
    assert!(text.contains("Tour — Tour 1 (15–20 min)"), "{text}");
    assert!(
        text.contains("À dire et à faire : Une idée par post-it, lisible de loin."),
        "{text}"
    );
    assert!(text.contains("Anime : Équipe d'animation"), "{text}");
    let o = common::tablee(
        tmp.path(),
        &[
            "--lang",
            "fr",
            "new",
            "Autre",
            "--dir",
            ".",
            "--round-minutes",
            "20-15",
        ],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr).replace('\u{a0}', " ");
    assert!(
        err.contains("--round-minutes 20-15 : écrivez des minutes (20) ou une fourchette"),
        "{err}"
    );
    assert!(!tmp.path().join("2026-12-07-autre").exists());
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}
