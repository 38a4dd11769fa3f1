//! The shape of `src/tui`: one folder per screen, screens never import
//! each other, and no import cycle between the modules of the interface.
//! (The core's purity is checked by `core_is_pure.rs`.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const TUI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/tui");

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The node a module path belongs to: `screens::capture`, `widgets`, `app`…
fn node(path: &[&str]) -> Option<String> {
    match path {
        [] => None,
        // The trait every screen implements lives in `screens/mod.rs`: the
        // screens' own module, not another screen.
        ["screens", "Screen", ..] => Some("screens".to_string()),
        ["screens", screen, ..] => Some(format!("screens::{screen}")),
        [first, ..] => Some(first.to_string()),
    }
}

/// The module path (inside `tui`) of a file.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(TUI).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|c| c.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    parts
}

/// Every `use` path (braces expanded one level deep) and every inline
/// `crate::tui::…` or `super::…` path in `text`, as written.
fn paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(i) = rest.find(['c', 's']) {
        let tail = &rest[i..];
        let start = if tail.starts_with("crate::tui::") || tail.starts_with("super::") {
            Some(tail)
        } else {
            None
        };
        if let Some(t) = start {
            // Up to the end of the path: braces expand into several.
            let end = t
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(t.len());
            let base = &t[..end];
            if t[end..].starts_with('{') {
                let close = t[end..].find('}').map_or(t.len(), |c| end + c);
                for item in t[end + 1..close].split(',') {
                    let item = item.trim().split(" as ").next().unwrap_or("").trim();
                    let item = item.split("::").next().unwrap_or("");
                    if !item.is_empty() && item != "self" {
                        out.push(format!("{base}{item}"));
                    } else if item == "self" {
                        out.push(base.trim_end_matches("::").to_string());
                    }
                }
            } else {
                out.push(base.to_string());
            }
            rest = &t[end.max(1)..];
        } else {
            rest = &tail[1..];
        }
    }
    out
}

/// Resolves a path used in module `here` to a module path inside `tui`.
fn resolve(here: &[String], used: &str) -> Option<Vec<String>> {
    let mut parts: Vec<&str> = used.split("::").filter(|p| !p.is_empty()).collect();
    let mut base: Vec<String> = if parts.starts_with(&["crate", "tui"]) {
        parts.drain(..2);
        Vec::new()
    } else {
        here.to_vec()
    };
    while parts.first() == Some(&"super") {
        parts.remove(0);
        base.pop()?;
    }
    base.extend(parts.iter().map(|s| s.to_string()));
    Some(base)
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = Vec::new();
    files(Path::new(TUI), &mut all);
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in all {
        let here = module_of(&f);
        let Some(from) = node(&here.iter().map(String::as_str).collect::<Vec<_>>()) else {
            continue; // tui/mod.rs: the list of modules and `run`
        };
        let text = std::fs::read_to_string(&f).unwrap();
        // A file's own child modules are its business, not a dependency.
        let text: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("#[cfg(test)]"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = text.split("mod tests {").next().unwrap_or("");
        for p in paths(text) {
            let Some(target) = resolve(&here, &p) else {
                continue;
            };
            let t: Vec<&str> = target.iter().map(String::as_str).collect();
            if let Some(to) = node(&t)
                && to != from
                && to != "screens"
            {
                g.entry(from.clone()).or_default().insert(to);
            }
        }
        g.entry(from).or_default();
    }
    g
}

#[test]
fn screens_are_folders_and_never_import_each_other() {
    let g = graph();
    let screens: Vec<&String> = g.keys().filter(|k| k.starts_with("screens::")).collect();
    for s in [
        "facilitator",
        "projector",
        "chooser",
        "capture",
        "factors",
        "plenary",
        "help",
    ] {
        let dir = Path::new(TUI).join("screens").join(s);
        assert!(dir.join("mod.rs").is_file(), "screens/{s}/mod.rs");
    }
    for s in &screens {
        for to in &g[*s] {
            assert!(
                !to.starts_with("screens::"),
                "{s} imports {to}: screens talk through the navigation"
            );
            assert!(
                !["app", "nav", "runtime", "harness", "render"].contains(&to.as_str()),
                "{s} imports {to}: a screen sees only its context"
            );
        }
    }
}

#[test]
fn no_import_cycle_inside_the_tui() {
    let g = graph();
    // Depth-first search for a back edge.
    fn visit<'a>(
        n: &'a str,
        g: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(n) {
            return;
        }
        if let Some(i) = path.iter().position(|p| *p == n) {
            panic!("import cycle: {} → {n}", path[i..].join(" → "));
        }
        path.push(n);
        for m in g.get(n).into_iter().flatten() {
            visit(m, g, path, done);
        }
        path.pop();
        done.insert(n);
    }
    let mut done = BTreeSet::new();
    for n in g.keys() {
        visit(n, &g, &mut Vec::new(), &mut done);
    }
    // The check sees the edges it should (it would pass on an empty graph).
    assert!(g["app"].contains("nav"), "{g:?}");
    assert!(g["nav"].contains("screens::capture"), "{g:?}");
    assert!(g["screens::capture"].contains("context"), "{g:?}");
}
