//! The printed synthesis, checked in a real browser: headless Chromium
//! prints the HTML to PDF, then poppler's `pdfinfo` and `pdftotext` read it
//! back. `.ci/run` installs both; elsewhere the test says SKIPPED when they
//! are missing (and fails under CI=true, so CI can never skip it silently).

mod common;

use std::path::Path;
use std::process::Command;

use tablee::core::model::Quadrant;
use tablee::i18n::Lang;
use tablee::report::{SynthView, html};

fn find(names: &[&str]) -> Option<String> {
    names
        .iter()
        .find(|n| {
            Command::new("sh")
                .args(["-c", &format!("command -v {n}")])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(|n| n.to_string())
}

fn tools() -> Option<String> {
    let chromium = find(&["chromium", "chromium-browser", "google-chrome"]);
    let poppler = find(&["pdftotext"]).and(find(&["pdfinfo"]));
    match (chromium, poppler) {
        (Some(c), Some(_)) => Some(c),
        _ if std::env::var_os("CI").is_some() => {
            panic!("chromium and poppler-utils are needed: apt-get install chromium poppler-utils")
        }
        _ => {
            eprintln!("SKIPPED: chromium or poppler-utils not installed");
            None
        }
    }
}

fn print_to_pdf(chromium: &str, html_path: &Path, pdf: &Path) {
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-extensions",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html_path.display()))
        .env("HOME", html_path.parent().unwrap())
        .output()
        .expect("run chromium");
    assert!(
        pdf.exists(),
        "chromium wrote no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn pdftotext(pdf: &Path, page: Option<usize>) -> String {
    // -raw: content-stream order, which Chromium writes in document order,
    // so the two columns of the grid do not interleave.
    let mut cmd = Command::new("pdftotext");
    cmd.arg("-raw");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd.arg(pdf).arg("-").output().expect("run pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// Text without any whitespace: line wrapping in the PDF does not matter.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_html_synthesis_prints_as_a4_one_page_per_topic() {
    let Some(chromium) = tools() else { return };
    let syn = common::roubaix_synthesis();
    let tmp = tempfile::tempdir().unwrap();
    for lang in Lang::ALL {
        let view = SynthView { syn: &syn, lang };
        let html_path = tmp.path().join(format!("synthese-{}.html", lang.code()));
        let pdf = tmp.path().join(format!("synthese-{}.pdf", lang.code()));
        std::fs::write(&html_path, html::synthesis(&view)).unwrap();
        print_to_pdf(&chromium, &html_path, &pdf);

        let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
        let info = String::from_utf8(info.stdout).unwrap();
        assert!(info.contains("(A4)"), "not A4:\n{info}");
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert_eq!(
            pages,
            1 + syn.topics.len(),
            "a cover, then one page per topic"
        );

        let all = squash(&pdftotext(&pdf, None));
        for q in Quadrant::ALL {
            let name = squash(q.words(lang).name);
            assert!(
                all.contains(&name),
                "{lang:?}: quadrant label {name} missing"
            );
        }
        for (i, topic) in syn.topics.iter().enumerate() {
            // Each topic on its own page, with all of its post-its.
            let page = squash(&pdftotext(&pdf, Some(i + 2)));
            assert!(page.contains(&squash(&topic.title)), "page {}", i + 2);
            for q in Quadrant::ALL {
                for item in topic.items(q) {
                    assert!(
                        page.contains(&squash(item.text)),
                        "{lang:?} page {}: post-it {:?} missing",
                        i + 2,
                        item.text
                    );
                    for m in &item.members {
                        assert!(page.contains(&squash(m.text)), "member {:?}", m.text);
                    }
                }
                let kf = squash(q.words(lang).key_factor);
                assert!(
                    page.to_lowercase().contains(&kf.to_lowercase()),
                    "{lang:?}: key factor {kf} missing on page {}",
                    i + 2
                );
                for a in &topic.key_factors[q.index()].actions {
                    assert!(page.contains(&squash(&a.text)), "action {:?}", a.text);
                }
            }
            // The print footer: title and page number.
            assert!(
                page.contains(&format!("{}/{}", i + 2, pages)),
                "page footer"
            );
        }
    }
}

#[test]
fn the_seating_cards_print_on_a4_with_every_person_and_round() {
    use tablee::core::plan;
    use tablee::report::PlanView;
    let Some(chromium) = tools() else { return };
    let session = common::classic_mixed();
    let schedule = plan::schedule(&session).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let view = PlanView::new(&session, &schedule, &[], Lang::En);
    let html_path = tmp.path().join("cards.html");
    let pdf = tmp.path().join("cards.pdf");
    std::fs::write(&html_path, html::plan(&view)).unwrap();
    print_to_pdf(&chromium, &html_path, &pdf);
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    assert!(String::from_utf8_lossy(&info.stdout).contains("(A4)"));
    let all = squash(&pdftotext(&pdf, None));
    assert!(all.contains(&squash("One card per person")));
    for name in &session.participants {
        // Once in each round's seating table, once on the person's card.
        let n = all.matches(&squash(name)).count();
        assert!(n >= 5, "{name}: {n} times");
    }
    for it in &view.itineraries {
        for line in view.card_lines(it) {
            assert!(all.contains(&squash(&line)), "card line {line:?} missing");
        }
    }
}
