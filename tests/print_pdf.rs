//! The printed synthesis, checked in a real browser: headless Chromium
//! prints the HTML to PDF, then poppler's `pdfinfo` and `pdftotext` read it
//! back. `.ci/run` installs both; elsewhere the test says SKIPPED when they
//! are missing (and fails under CI=true, so CI can never skip it silently).

mod common;

use std::path::Path;
use std::process::Command;
use tablee::i18n::prelude::*;

use tablee::core::model::Column;
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

/// Headless Chromium as the tests run it (no sandbox, no GPU, no network
/// of its own).
fn headless(chromium: &str) -> Command {
    let mut c = Command::new(chromium);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
    ]);
    c
}

fn print_to_pdf(chromium: &str, html_path: &Path, pdf: &Path) {
    let out = headless(chromium)
        .args(["--disable-extensions", "--no-pdf-header-footer"])
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
            1 + syn.topics.len() + 1,
            "a cover, one page per topic, then the votes per quadrant drawn"
        );

        let all = squash(&pdftotext(&pdf, None));
        for q in Column::ALL {
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
            for q in Column::ALL {
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
        // The last page draws each topic's votes per quadrant, its numbers
        // in a table.
        let last = squash(&pdftotext(&pdf, Some(pages)));
        assert!(
            last.contains(&squash(lang.s().synth.votes_chart[0])),
            "{last}"
        );
        for topic in &syn.topics {
            for q in Column::ALL {
                let votes: i64 = topic.items(q).iter().map(|i| i.votes.max(0)).sum();
                let row = squash(&format!(
                    "{} {} {votes}",
                    q.words(lang).name,
                    topic.items(q).iter().map(|i| i.times).sum::<usize>()
                ));
                assert!(last.contains(&row), "{lang:?}: {row} in {last}");
            }
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

fn page_count(pdf: &Path) -> usize {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    assert!(info.contains("(A4)"), "not A4:\n{info}");
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// The marks `#CLNx12` on a page, as (topic, number).
fn marks(page: &str, topics: &[String]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for key in topics {
        let tag = format!("#{key}x");
        for (i, _) in page.match_indices(&tag) {
            let digits: String = page[i + tag.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            out.push((key.clone(), digits.parse().unwrap()));
        }
    }
    out
}

/// The print at real volume: 0, 10, 20, 25, 70 and 300 post-its per topic, in
/// French and English. No page is blank (each holds more than its footer),
/// every post-it is printed exactly once (a chosen key factor three times:
/// in its quadrant, on its card and on the cover), each topic starts a page and its key factors
/// and actions follow it, and a quadrant that runs over repeats its heading.
#[test]
fn the_synthesis_prints_cleanly_from_0_to_300_post_its_per_topic() {
    let Some(chromium) = tools() else { return };
    let tmp = tempfile::tempdir().unwrap();
    // TABLEE_PRINT_DIR=folder keeps the HTML and PDFs, to look at them.
    let out = std::env::var_os("TABLEE_PRINT_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| tmp.path().to_path_buf());
    let mut report = Vec::new();
    for per_topic in [0, 10, 20, 25, 70, 300] {
        let syn = common::volume_synthesis(per_topic);
        let keys: Vec<String> = syn.topics.iter().map(|t| t.key.clone()).collect();
        for lang in Lang::ALL {
            let view = SynthView { syn: &syn, lang };
            let name = format!("v{per_topic}-{}", lang.code());
            let html_path = out.join(format!("{name}.html"));
            let pdf = out.join(format!("{name}.pdf"));
            std::fs::write(&html_path, html::synthesis(&view)).unwrap();
            print_to_pdf(&chromium, &html_path, &pdf);
            let pages = page_count(&pdf);
            let title = squash(&view.title());
            let mut seen: std::collections::HashMap<(String, usize), usize> = Default::default();
            let mut topic_pages = Vec::new();
            let headings: Vec<(String, String)> = tablee::report::topics::view(&view)
                .iter()
                .map(|t| (t.key.to_string(), t.heading.clone()))
                .collect();
            for p in 1..=pages {
                let text = pdftotext(&pdf, Some(p));
                // What is left once the footer (title, page n / m) is gone.
                let body = squash(&text).replace(&title, "").replace(
                    &squash(&format!("{} {p} / {pages}", lang.s().synth.page)),
                    "",
                );
                assert!(
                    body.chars().count() > 20,
                    "{name}: page {p} of {pages} is blank: {text:?}"
                );
                for m in marks(&text, &keys) {
                    *seen.entry(m).or_default() += 1;
                }
                for (key, heading) in &headings {
                    if squash(&text).contains(&squash(heading)) && p > 1 {
                        topic_pages.push((key.clone(), p));
                    }
                }
            }
            for t in &syn.topics {
                let chosen: Vec<uuid::Uuid> = Column::ALL
                    .iter()
                    .flat_map(|q| t.picked(*q))
                    .filter(|(_, c)| *c)
                    .map(|(i, _)| i.id)
                    .collect();
                let mut all = Vec::new();
                for q in Column::ALL {
                    for item in t.items(q) {
                        all.push((item.text, chosen.contains(&item.id)));
                        all.extend(item.members.iter().map(|m| (m.text, false)));
                    }
                }
                assert_eq!(all.len(), per_topic, "{name}: the fixture");
                for (text, is_chosen) in all {
                    let n: usize = text[text.find('x').unwrap() + 1..]
                        .split(' ')
                        .next()
                        .unwrap()
                        .parse()
                        .unwrap();
                    let times = seen.get(&(t.key.clone(), n)).copied().unwrap_or(0);
                    let want = if is_chosen { 3 } else { 1 };
                    assert_eq!(
                        times, want,
                        "{name}: {text:?} printed {times} time(s), not {want}"
                    );
                }
            }
            // Each topic begins a page, after the cover and the topics before.
            let starts: Vec<usize> = syn
                .topics
                .iter()
                .map(|t| {
                    topic_pages
                        .iter()
                        .find(|(k, _)| *k == t.key)
                        .map(|(_, p)| *p)
                        .expect("topic printed")
                })
                .collect();
            assert_eq!(starts[0], 2, "{name}: the first topic on page 2");
            assert!(starts.windows(2).all(|w| w[0] < w[1]), "{name}: {starts:?}");
            // The last topic's key factors and actions end the topics: on
            // the last page, or just before the votes drawn.
            let votes_title = squash(lang.s().synth.votes_chart[0]);
            let votes_page =
                (1..=pages).find(|p| squash(&pdftotext(&pdf, Some(*p))).contains(&votes_title));
            let last = squash(&pdftotext(&pdf, Some(votes_page.map_or(pages, |p| p - 1))));
            if per_topic > 0 {
                let t = syn.topics.last().unwrap();
                let last_action = t
                    .key_factors
                    .iter()
                    .flat_map(|k| &k.actions)
                    .next_back()
                    .unwrap();
                assert!(
                    last.contains(&squash(&last_action.text)),
                    "{name}: the last actions end the print"
                );
            }
            report.push(format!("{per_topic} per topic, {lang:?}: {pages} pages"));
        }
    }
    eprintln!("{}", report.join("\n"));
}

/// axe-core, installed by `.ci/run` with npm into `target/npm` (or named by
/// `AXE_CORE`).
fn axe() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("AXE_CORE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/npm/node_modules/axe-core/axe.min.js")
        });
    if path.is_file() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!("axe-core is needed: npm install --prefix target/npm axe-core@4");
    }
    eprintln!("SKIPPED: axe-core not installed (npm install --prefix target/npm axe-core@4)");
    None
}

/// The violations axe-core finds in `html` (WCAG 2.1 A and AA, and its best
/// practices), run in the same headless Chromium.
fn axe_violations(chromium: &str, axe: &Path, html: &str, dir: &Path) -> String {
    let script = format!(
        "<script src=\"file://{}\"></script>\n<script>axe.run(document, {{runOnly: {{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}}}).then(r => {{ const p = document.createElement('pre'); p.id = 'axe-result'; p.textContent = JSON.stringify(r.violations.map(v => ({{id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes.slice(0, 3).map(n => n.target.join(' '))}}))); document.body.appendChild(p); }});</script>\n</body>",
        axe.display()
    );
    let page = dir.join("axe.html");
    std::fs::write(&page, html.replace("</body>", &script)).unwrap();
    let out = headless(chromium)
        .args([
            "--allow-file-access-from-files",
            "--virtual-time-budget=20000",
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.display()))
        .env("HOME", dir)
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("<pre id=\"axe-result\">").unwrap_or_else(|| {
        panic!(
            "axe-core did not run: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let rest = &dom[start + "<pre id=\"axe-result\">".len()..];
    rest[..rest.find("</pre>").unwrap()].to_string()
}

/// The councils publish RGAA-compliant documents: the synthesis (grid and
/// flowing layouts, cover) and the seating plan have no axe-core violation
/// in French or English.
#[test]
fn the_printed_documents_pass_an_accessibility_check() {
    let Some(chromium) = tools() else { return };
    let Some(axe) = axe() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let mut docs = Vec::new();
    for per_topic in [10, 300] {
        let syn = common::volume_synthesis(per_topic);
        for lang in Lang::ALL {
            let view = SynthView { syn: &syn, lang };
            docs.push((
                format!("synthesis {per_topic} {lang:?}"),
                html::synthesis(&view),
            ));
        }
    }
    let session = common::classic_mixed();
    let schedule = tablee::core::plan::schedule(&session).unwrap();
    for lang in Lang::ALL {
        let view = tablee::report::PlanView::new(&session, &schedule, &[], lang);
        docs.push((format!("plan {lang:?}"), html::plan(&view)));
    }
    // The response to proposals, as the council prints it.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-propositions.ron");
    let (ws, _) = tablee::store::workspace::Workspace::open(&path).unwrap();
    for lang in Lang::ALL {
        use tablee::report::followup;
        let inputs = [followup::Input {
            session: &ws.file.session,
            proposals: tablee::core::followup::of_session(&ws.file.session, &ws.board, 0),
        }];
        let filter = tablee::core::proposal::Filter::default();
        let view = followup::build(&inputs, &filter, lang, &jiff::tz::TimeZone::UTC);
        docs.push((format!("proposals {lang:?}"), followup::html::render(&view)));
    }
    // Majority judgment's ranking, its merit profiles drawn.
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for lang in ["fr", "en"] {
        let o = common::tablee(
            tmp.path(),
            &[
                "--lang",
                lang,
                "judge",
                examples
                    .join("cenr-2025-propositions.ron")
                    .to_str()
                    .unwrap(),
                "--tally",
                examples.join("cenr-2025-jugement.csv").to_str().unwrap(),
                "--format",
                "html",
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        docs.push((
            format!("judgment {lang}"),
            String::from_utf8(o.stdout).unwrap(),
        ));
    }
    // The council's review morning: its débat mouvant counted, 25
    // questionnaires and a recorded judgment, each drawn.
    for lang in ["fr", "en"] {
        let out = tmp.path().join(format!("bilan-{lang}.html"));
        let o = common::tablee(
            tmp.path(),
            &[
                "--lang",
                lang,
                "synth",
                examples.join("cenr-2025-bilan.ron").to_str().unwrap(),
                "--format",
                "html",
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let doc = std::fs::read_to_string(&out).unwrap();
        for id in ["form-0-0", "form-0-3", "judged-0", "debate-0-0"] {
            assert!(
                doc.contains(&format!("aria-labelledby=\"{id}-t {id}-d\"")),
                "{id}"
            );
        }
        docs.push((format!("review morning {lang}"), doc));
    }
    // The facilitators' run-sheet.
    for lang in [Lang::Fr, Lang::En] {
        let path = examples.join("cenr-2025-bilan.ron");
        let (ws, _) = tablee::store::workspace::Workspace::open(&path).unwrap();
        let view = tablee::report::runsheet::view(&ws.file.session, lang);
        docs.push((
            format!("run-sheet {lang:?}"),
            tablee::report::runsheet::html::render(&view),
        ));
    }
    for (name, doc) in docs {
        let found = axe_violations(&chromium, &axe, &doc, tmp.path());
        assert_eq!(found, "[]", "{name}: accessibility violations");
    }
}

#[test]
fn the_response_to_proposals_prints_on_a4_with_every_proposal_and_status() {
    use tablee::core::proposal::{Filter, Status};
    use tablee::report::followup;
    let Some(chromium) = tools() else { return };
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-propositions.ron");
    let (ws, _) = tablee::store::workspace::Workspace::open(&path).unwrap();
    let proposals = tablee::core::followup::of_session(&ws.file.session, &ws.board, 0);
    assert!(
        proposals.len() >= 20,
        "the seed's year: {}",
        proposals.len()
    );
    let tmp = tempfile::tempdir().unwrap();
    for lang in Lang::ALL {
        let inputs = [followup::Input {
            session: &ws.file.session,
            proposals: proposals.clone(),
        }];
        let view = followup::build(&inputs, &Filter::default(), lang, &jiff::tz::TimeZone::UTC);
        let html_path = tmp
            .path()
            .join(format!("propositions-{}.html", lang.code()));
        let pdf = tmp.path().join(format!("propositions-{}.pdf", lang.code()));
        let doc = followup::html::render(&view);
        // The answers by theme drawn, one bar per theme, each part the
        // glance table's count (its tip says it).
        assert!(doc.contains("aria-labelledby=\"themes-t themes-d\""));
        for (theme, counts, total) in &view.glance.rows {
            assert!(doc.contains(&html::escape(theme)), "{theme}");
            for (n, status) in counts.iter().zip(&view.glance.columns) {
                if *n > 0 {
                    let tip = format!(
                        "<title>{} {n}/{total}</title>",
                        html::escape(&tablee::i18n::followup::status_signed(*status, lang))
                    );
                    assert!(doc.contains(&tip), "{tip}");
                }
            }
        }
        std::fs::write(&html_path, &doc).unwrap();
        print_to_pdf(&chromium, &html_path, &pdf);
        let pages = page_count(&pdf);
        assert!((2..=12).contains(&pages), "{pages} pages");
        let all = squash(&pdftotext(&pdf, None));
        for p in &proposals {
            assert!(
                all.contains(&squash(&p.text)),
                "{lang:?}: {:?} missing",
                p.text
            );
            if !p.response.is_empty() {
                assert!(
                    all.contains(&squash(&p.response)),
                    "response {:?}",
                    p.response
                );
            }
            // The status is a word next to its sign, never a colour alone.
            let word = tablee::i18n::followup::status(p.status, lang);
            assert!(
                all.contains(&squash(word)),
                "{lang:?}: status {word} missing"
            );
        }
        for s in [
            Status::Accepted,
            Status::Escalated,
            Status::Refused,
            Status::OutOfScope,
        ] {
            let heading = squash(tablee::i18n::followup::status_heading(Some(s), lang));
            assert!(
                all.contains(&heading),
                "{lang:?}: heading {heading} missing"
            );
        }
        // Every page says which page of how many.
        let last = squash(&pdftotext(&pdf, Some(pages)));
        assert!(
            last.contains(&format!("{pages}/{pages}")),
            "page footer: {last}"
        );
    }
}

#[test]
fn the_moving_debate_prints_its_bars_with_numbers_and_words() {
    use tablee::core::debate::When;
    use tablee::core::event::{Body, Event};
    let Some(chromium) = tools() else { return };
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-bilan.ron");
    let (ws, _) = tablee::store::workspace::Workspace::open(&path).unwrap();
    let session = &ws.file.session;
    let events: Vec<Event> = session
        .statements
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            let i = i as u64;
            [(When::Before, [12, 5, 3, 0]), (When::After, [15, 3, 2, 0])]
                .into_iter()
                .enumerate()
                .map(move |(k, (when, counts))| Event {
                    id: uuid::Uuid::from_u128(u128::from(i * 2 + k as u64 + 1)),
                    device: uuid::Uuid::from_u128(7),
                    seq: i * 2 + k as u64 + 1,
                    lamport: i * 2 + k as u64 + 1,
                    at: jiff::Timestamp::from_second(1_763_200_000).unwrap(),
                    body: Body::Stance {
                        statement: s.clone(),
                        when,
                        counts,
                    },
                })
        })
        .collect();
    let board = tablee::core::board::Board::from_events(&events);
    let inputs = [tablee::core::synth::Input {
        session,
        board: &board,
        clock: None,
    }];
    let syn = tablee::core::synth::build(&inputs, None, jiff::Timestamp::UNIX_EPOCH);
    let tmp = tempfile::tempdir().unwrap();
    for lang in Lang::ALL {
        let view = SynthView { syn: &syn, lang };
        let html_path = tmp.path().join(format!("debat-{}.html", lang.code()));
        let pdf = tmp.path().join(format!("debat-{}.pdf", lang.code()));
        let doc = html::synthesis(&view);
        // Each statement's counts drawn (before, after), named by the
        // statement and described; the tables after it hold the numbers.
        assert_eq!(
            doc.matches("<figure class=\"stance-chart\">").count(),
            session.statements.len()
        );
        for s in &session.statements {
            assert!(doc.contains(&format!(
                "<title id=\"debate-{}-0-t\">{}</title>",
                session.statements.iter().position(|x| x == s).unwrap(),
                html::escape(&lang.quote(s))
            )));
        }
        if let Some(axe) = axe() {
            let found = axe_violations(&chromium, &axe, &doc, tmp.path());
            assert_eq!(found, "[]", "{lang:?}: accessibility violations");
        }
        std::fs::write(&html_path, &doc).unwrap();
        print_to_pdf(&chromium, &html_path, &pdf);
        let pages = page_count(&pdf);
        let last = squash(&pdftotext(&pdf, Some(pages)));
        let all = squash(&pdftotext(&pdf, None));
        let d = lang.debate();
        assert!(all.contains(&squash(d.title)), "{lang:?}");
        for s in &session.statements {
            assert!(all.contains(&squash(s)), "{lang:?}: {s} missing");
        }
        for p in d.positions {
            assert!(all.contains(&squash(p)), "{lang:?}: {p} missing");
        }
        // Numbers and shares are printed beside the bars.
        assert!(all.contains("60%") && all.contains("75%"), "{all}");
        assert!(all.contains(&squash(&tablee::i18n::debate::moved(&[3, -2, -1, 0], lang))));
        assert!(last.contains(&format!("{pages}/{pages}")));
    }
    // The same statements in a second session: the year's chart too.
    let mut later = session.clone();
    later.id = uuid::Uuid::from_u128(99);
    later.title = "Bilan de fin d'année".into();
    let inputs = [
        tablee::core::synth::Input {
            session,
            board: &board,
            clock: None,
        },
        tablee::core::synth::Input {
            session: &later,
            board: &board,
            clock: None,
        },
    ];
    let syn = tablee::core::synth::build(&inputs, None, jiff::Timestamp::UNIX_EPOCH);
    for lang in Lang::ALL {
        let doc = html::synthesis(&SynthView { syn: &syn, lang });
        assert_eq!(
            doc.matches("-year-t\"").count(),
            session.statements.len(),
            "one chart of the year per statement"
        );
        if let Some(axe) = axe() {
            let found = axe_violations(&chromium, &axe, &doc, tmp.path());
            assert_eq!(
                found, "[]",
                "{lang:?}, two sessions: accessibility violations"
            );
        }
    }
}

#[test]
fn a_session_mixing_swot_questions_and_columns_prints_each_board() {
    let Some(chromium) = tools() else { return };
    let session = common::mixed_boards();
    let events = common::mixed_boards_events(&session);
    let board = tablee::core::board::Board::from_events(&events);
    let inputs = [tablee::core::synth::Input {
        session: &session,
        board: &board,
        clock: None,
    }];
    let syn = tablee::core::synth::build(&inputs, None, jiff::Timestamp::UNIX_EPOCH);
    let tmp = tempfile::tempdir().unwrap();
    for lang in Lang::ALL {
        let view = SynthView { syn: &syn, lang };
        let page = html::synthesis(&view);
        let html_path = tmp.path().join(format!("boards-{}.html", lang.code()));
        let pdf = tmp.path().join(format!("boards-{}.pdf", lang.code()));
        std::fs::write(&html_path, &page).unwrap();
        print_to_pdf(&chromium, &html_path, &pdf);
        let pages = page_count(&pdf);
        let all = squash(&pdftotext(&pdf, None));
        for words in [
            "Ce qui marche",
            "Ce qui manque",
            "Nos propositions",
            lang.board().ideas,
            lang.board().room_picks,
            lang.s().quadrants[0].name,
            "Organiser la première restitution en juin",
            "Former dix médiateurs de plus",
        ] {
            assert!(all.contains(&squash(words)), "{lang:?}: {words} missing");
        }
        // Every page is used: no blank page between the boards.
        for p in 1..=pages {
            let text = pdftotext(&pdf, Some(p));
            assert!(text.trim().len() > 40, "{lang:?}: page {p} is blank");
        }
        if let Some(axe) = axe() {
            let found = axe_violations(&chromium, &axe, &page, tmp.path());
            assert_eq!(found, "[]", "{lang:?}: accessibility violations");
        }
    }
}

#[test]
fn the_run_sheet_prints_on_a4_with_every_phase() {
    let Some(chromium) = tools() else { return };
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cenr-2025-bilan.ron");
    let (ws, _) = tablee::store::workspace::Workspace::open(&path).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    for lang in Lang::ALL {
        let view = tablee::report::runsheet::view(&ws.file.session, lang);
        let html_path = tmp.path().join(format!("deroule-{}.html", lang.code()));
        let pdf = tmp.path().join(format!("deroule-{}.pdf", lang.code()));
        std::fs::write(&html_path, tablee::report::runsheet::html::render(&view)).unwrap();
        print_to_pdf(&chromium, &html_path, &pdf);
        let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
        let info = String::from_utf8(info.stdout).unwrap();
        assert!(info.contains("(A4)"), "not A4:\n{info}");
        let all = squash(&pdftotext(&pdf, None));
        for p in &ws.file.session.agenda {
            assert!(all.contains(&squash(&p.title)), "{lang:?}: {}", p.title);
            assert!(
                all.contains(&squash(&p.description)),
                "{lang:?}: {}",
                p.description
            );
        }
        assert!(all.contains(&squash("09:30–09:55")), "{lang:?}");
        assert!(
            all.contains(&squash(&view.total)),
            "{lang:?}: {}",
            view.total
        );
    }
}

/// The published site (`tablee publish`) of the council's year: every
/// page, in French and English, without an axe-core violation.
#[test]
fn every_page_of_the_published_site_passes_an_accessibility_check() {
    let Some(chromium) = tools() else { return };
    let Some(axe) = axe() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let o = common::tablee(
        tmp.path(),
        &[
            "publish",
            examples
                .join("cenr-2025-propositions.ron")
                .to_str()
                .unwrap(),
            examples.join("cenr-2025-bilan.ron").to_str().unwrap(),
            "--out",
            "site",
            "--on",
            "2026-03-01",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let site = tmp.path().join("site");
    let mut pages = Vec::new();
    for dir in [site.clone(), site.join("fr"), site.join("en")] {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "html") {
                pages.push(p);
            }
        }
    }
    assert_eq!(pages.len(), 9, "{pages:?}");
    let mut report = Vec::new();
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        let found = axe_violations(&chromium, &axe, &html, page.parent().unwrap());
        if found != "[]" {
            report.push(format!("{}: {found}", page.display()));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The attendance tables of a year's synthesis (counts per session and
/// per role) pass the accessibility check.
#[test]
fn the_attendance_tables_pass_an_accessibility_check() {
    let Some(chromium) = tools() else { return };
    let Some(axe) = axe() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let run = |args: &[&str]| {
        let o = common::tablee(d, args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    };
    std::fs::write(
        d.join("p.csv"),
        "nom;rôle\nA Un;élu\nB Deux;habitante\nC Trois;habitante\n",
    )
    .unwrap();
    run(&["people", "import", "p.csv", "--dir", "."]);
    for m in ["03", "06"] {
        run(&[
            "new",
            &format!("Conseil {m}"),
            "--dir",
            ".",
            "--date",
            &format!("2026-{m}-14"),
        ]);
        run(&[
            "people",
            "invite",
            &format!("conseil-{m}"),
            "--all",
            "--capacity",
            "30",
            "--dir",
            ".",
        ]);
    }
    run(&[
        "here",
        "conseil-03",
        "--dir",
        ".",
        "A Un",
        "B Deux",
        "--walk-in",
        "D Quatre",
    ]);
    run(&["here", "conseil-06", "--dir", ".", "B Deux", "C Trois"]);
    for lang in ["fr", "en"] {
        let html = run(&[
            "--lang",
            lang,
            "synth",
            "conseil-03",
            "conseil-06",
            "--dir",
            ".",
            "--format",
            "html",
            "-o",
            "-",
        ]);
        assert!(html.contains("class=\"attendance\""));
        let found = axe_violations(&chromium, &axe, &html, d);
        assert_eq!(found, "[]", "{lang}");
    }
}
