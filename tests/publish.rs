//! `tablee publish`: the council's year as a static site. Crawled from its
//! first page: every page is reached, every link resolves inside the
//! folder (fragments included), nothing points outside, no script; the
//! open data is the same as `tablee proposals --format json`; no host is
//! named unless asked; the folder is the site's own (a foreign folder is
//! refused, a previous publication updated, nothing deleted).

mod common;

use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

fn publish(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["publish"];
    args.extend_from_slice(extra);
    common::tablee(dir, &args)
}

/// Values of `attr="…"` in `html`.
fn attributes<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&key) {
        rest = &rest[at + key.len()..];
        let end = rest.find('"').unwrap();
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// Every file under `dir`, as `/`-separated paths.
fn files(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap();
                out.insert(
                    rel.components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join("/"),
                );
            }
        }
    }
    out
}

/// `link` from the page at `from` (both inside the site), without its
/// fragment: the file it names, or why it does not resolve inside.
fn resolve(from: &str, link: &str) -> Result<String, String> {
    if link.contains("://") || link.starts_with("//") || link.starts_with('/') {
        return Err(format!("points outside: {link}"));
    }
    if link.starts_with("mailto:") || link.starts_with("javascript:") || link.starts_with("data:") {
        return Err(format!("not a file: {link}"));
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in link.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(format!("climbs out of the folder: {link} from {from}"));
                }
            }
            p => parts.push(p),
        }
    }
    Ok(parts.join("/"))
}

/// Crawls the site from `index.html`: the pages reached, and every
/// problem found on the way.
fn crawl(site: &Path) -> (BTreeSet<String>, Vec<String>) {
    let all = files(site);
    let mut reached = BTreeSet::new();
    let mut problems = Vec::new();
    let mut todo = VecDeque::from([String::from("index.html")]);
    while let Some(page) = todo.pop_front() {
        if !reached.insert(page.clone()) || !page.ends_with(".html") {
            continue;
        }
        let html = std::fs::read_to_string(site.join(&page)).unwrap();
        if html.to_lowercase().contains("<script") {
            problems.push(format!("{page}: a script"));
        }
        for bad in ["<link ", "<img ", "<iframe", "<object", "<embed", "@import"] {
            if html.contains(bad) {
                problems.push(format!("{page}: {bad} (a resource fetched)"));
            }
        }
        // The charts' patterns are referred to inside the page only.
        for (i, _) in html.match_indices("url(") {
            if !html[i + 4..].starts_with('#') {
                problems.push(format!("{page}: {} (a resource fetched)", &html[i..i + 30]));
            }
        }
        if !html.starts_with("<!DOCTYPE html>\n<html lang=\"") {
            problems.push(format!("{page}: no document language"));
        }
        let links = attributes(&html, "href")
            .into_iter()
            .chain(attributes(&html, "src"));
        for link in links {
            let (file, fragment) = match link.split_once('#') {
                Some((f, frag)) => (f, Some(frag)),
                None => (link, None),
            };
            let target = if file.is_empty() {
                Ok(page.clone())
            } else {
                resolve(&page, file)
            };
            match target {
                Err(why) => problems.push(format!("{page}: {why}")),
                Ok(t) if !all.contains(&t) => {
                    problems.push(format!("{page}: {link} does not exist in the folder"))
                }
                Ok(t) => {
                    if let Some(id) = fragment {
                        let there = std::fs::read_to_string(site.join(&t)).unwrap_or_default();
                        if !there.contains(&format!("id=\"{id}\"")) {
                            problems.push(format!("{page}: {link}: no such id in {t}"));
                        }
                    }
                    todo.push_back(t);
                }
            }
        }
    }
    (reached, problems)
}

#[test]
fn the_council_year_is_a_site_whose_links_all_stay_inside_its_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let (props, bilan) = (
        example("cenr-2025-propositions.ron"),
        example("cenr-2025-bilan.ron"),
    );
    let o = publish(
        tmp.path(),
        &[&props, &bilan, "--out", "site", "--on", "2026-03-01"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("Site written: site ("), "{said}");
    let site = tmp.path().join("site");

    let (reached, problems) = crawl(&site);
    assert!(problems.is_empty(), "{problems:#?}");
    // Every file of the publication is reached from the first page
    // (the list of files aside, which is not linked).
    let written: BTreeSet<String> = files(&site)
        .into_iter()
        .filter(|f| f != ".tablee-site")
        .collect();
    assert_eq!(reached, written, "pages written but not linked");
    for want in [
        "index.html",
        "fr/index.html",
        "en/index.html",
        "fr/propositions.html",
        "en/proposals.html",
        "fr/2025-06-14-les-propositions-du-cenr-en-2025.html",
        "fr/2025-11-15-bilan-collectif-du-cenr.html",
        "en/2025-11-15-bilan-collectif-du-cenr.html",
        "fr/proposals.json",
        "en/proposals.csv",
        "proposals.schema.json",
    ] {
        assert!(written.contains(want), "{want} missing: {written:#?}");
    }

    // Each page in its language, the other language one link away.
    let fr = std::fs::read_to_string(site.join("fr/index.html")).unwrap();
    assert!(fr.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(fr.contains("<a href=\"../en/index.html\" hreflang=\"en\" lang=\"en\""));
    assert!(fr.contains("Retour sur les propositions"));
    assert!(fr.contains("Lire toutes les réponses"));
    // The review morning's débat, forms and judgment said on the home page.
    assert!(
        fr.contains("Débat mouvant\u{a0}: 5 affirmations · 25 questionnaires"),
        "{fr}"
    );
    let en = std::fs::read_to_string(site.join("en/proposals.html")).unwrap();
    assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(en.contains("<a href=\"../fr/propositions.html\" hreflang=\"fr\""));
    assert!(en.contains("aria-current=\"page\""));
    // A synthesis page is the printed synthesis with the navigation.
    let syn =
        std::fs::read_to_string(site.join("fr/2025-11-15-bilan-collectif-du-cenr.html")).unwrap();
    assert!(syn.contains("<nav class=\"site\""));
    assert!(syn.contains("Synthèse — Bilan collectif du CENR"));
    assert!(syn.contains("@media print { nav.site, footer.site { display: none; } }"));

    // The open data is what `tablee proposals --format json` writes.
    let o = common::tablee(
        tmp.path(),
        &[
            "--lang",
            "fr",
            "proposals",
            &props,
            &bilan,
            "--format",
            "json",
            "--on",
            "2026-03-01",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let json = std::fs::read(site.join("fr/proposals.json")).unwrap();
    assert_eq!(json, o.stdout);
    let schema = std::fs::read_to_string(site.join("proposals.schema.json")).unwrap();
    assert_eq!(
        schema,
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/proposals.schema.json")
        )
        .unwrap()
    );
}

/// A classic café with its five hosts named, post-its at two tables.
fn named_cafe(dir: &Path) -> PathBuf {
    let session = dir.join("cafe");
    std::fs::create_dir_all(&session).unwrap();
    std::fs::copy(
        example("world-cafe-classic.ron"),
        session.join("session.ron"),
    )
    .unwrap();
    for (table, text) in [
        ("A", "Les droits sont mieux connus"),
        ("B", "Les aidants manquent de temps"),
    ] {
        let o = common::tablee(dir, &["add", "cafe", "--dir", ".", "--table", table, text]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    session
}

fn every_file_text(site: &Path) -> String {
    files(site)
        .into_iter()
        .map(|f| std::fs::read_to_string(site.join(f)).unwrap())
        .collect()
}

#[test]
fn no_host_is_named_unless_the_organiser_asks() {
    let tmp = tempfile::tempdir().unwrap();
    named_cafe(tmp.path());
    let hosts = [
        "Nadia Benali",
        "Julien Lefebvre",
        "Sophie Martin",
        "Karim Haddad",
    ];

    let o = publish(tmp.path(), &["cafe", "--dir", ".", "--out", "site"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let all = every_file_text(&tmp.path().join("site"));
    for h in hosts {
        assert!(!all.contains(h), "{h} named on the site");
    }
    // The post-its are there, the tables by their keys.
    assert!(all.contains("Les droits sont mieux connus"));
    assert!(all.contains("Aucun·e participant·e n&#39;est nommé·e sur ces pages."));

    let o = publish(
        tmp.path(),
        &["cafe", "--dir", ".", "--out", "named", "--with-names"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let all = every_file_text(&tmp.path().join("named"));
    assert!(all.contains("A (Nadia Benali)"), "hosts asked for");
    assert!(!all.contains("Aucun·e participant·e n&#39;est nommé·e"));
}

#[test]
fn the_folder_is_the_sites_own_and_nothing_is_ever_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    named_cafe(tmp.path());
    let bilan = example("cenr-2025-bilan.ron");

    // A folder with someone else's files: refused, nothing written.
    let foreign = tmp.path().join("www");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("logo.svg"), "<svg/>").unwrap();
    let o = publish(tmp.path(), &["cafe", "--dir", ".", "--out", "www"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "www already holds files that tablee did not publish (logo.svg…): nothing written"
        ),
        "{err}"
    );
    assert_eq!(files(&foreign), BTreeSet::from(["logo.svg".to_string()]));

    // A file named as the folder: refused.
    std::fs::write(tmp.path().join("plain"), "x").unwrap();
    let o = publish(tmp.path(), &["cafe", "--dir", ".", "--out", "plain"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("plain is a file, not a folder"));

    // Published with two sessions, then again with one: the other's
    // pages are left in place and said, never deleted.
    let o = publish(tmp.path(), &["cafe", &bilan, "--dir", ".", "--out", "site"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let site = tmp.path().join("site");
    let first = files(&site);
    // Someone adds a page of their own beside the site: kept.
    std::fs::write(site.join("mentions-legales.html"), "<p>mentions</p>").unwrap();
    let o = publish(tmp.path(), &["cafe", "--dir", ".", "--out", "site"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("Left in place from the previous publication, no longer linked: fr/2025-11-15-bilan-collectif-du-cenr.html"),
        "{err}"
    );
    let second = files(&site);
    assert!(first.is_subset(&second), "a file was deleted");
    assert!(second.contains("mentions-legales.html"));
    // The home page no longer links the session left out.
    let home = std::fs::read_to_string(site.join("fr/index.html")).unwrap();
    assert!(!home.contains("bilan-collectif"));
    // Still a site of its own: a third publication is accepted.
    let o = publish(tmp.path(), &["cafe", "--dir", ".", "--out", "site"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    // A session that cannot be read: nothing published.
    let o = publish(
        tmp.path(),
        &["cafe", "nowhere", "--dir", ".", "--out", "other"],
    );
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no site written"));
    assert!(!tmp.path().join("other").exists());
}

/// The council committed to answer within eight weeks: on the published
/// site the home page counts the late answers and the answers page puts
/// them first, as of the day of publication.
#[test]
fn late_answers_are_flagged_on_the_published_site() {
    let tmp = common::committed_council();
    let o = publish(
        tmp.path(),
        &["p.ron", "--out", "site", "--on", "2026-03-01"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let home = std::fs::read_to_string(tmp.path().join("site/fr/index.html")).unwrap();
    assert!(
        home.contains("<p class=\"late\">⚠ 1 réponse en retard sur l&#39;engagement pris</p>"),
        "{home}"
    );
    let en = std::fs::read_to_string(tmp.path().join("site/en/proposals.html")).unwrap();
    assert!(en.contains("First: late, and due within two weeks"), "{en}");
    assert!(
        en.contains("⚠ no answer: was due by 2026-01-10, 50 days late"),
        "{en}"
    );
    // The day before the deadline nothing is late yet.
    let o = publish(
        tmp.path(),
        &["p.ron", "--out", "site", "--on", "2026-01-09"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let home = std::fs::read_to_string(tmp.path().join("site/fr/index.html")).unwrap();
    assert!(!home.contains("class=\"late\""), "{home}");
}
