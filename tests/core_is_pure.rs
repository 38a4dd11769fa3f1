//! The core must stay testable without a terminal and without a clock.

use std::path::Path;
use tablee::i18n::prelude::*;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_imports_no_terminal_crate_and_reads_no_clock() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/src");
    let mut files = Vec::new();
    rust_files(&core, &mut files);
    assert!(
        files.len() >= 5,
        "expected the core modules in {}",
        core.display()
    );
    let forbidden = [
        "ratatui",
        "crossterm",
        "Zoned::now",
        "Timestamp::now",
        "SystemTime::now",
        "Instant::now",
        "std::fs",
    ];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                assert!(
                    !code.contains(word),
                    "{}:{}: the core must not use {word}: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

/// Core and store return structured kinds: every sentence a person reads
/// is in `src/i18n` (one exhaustive match per language), none written in
/// place with `lang.pick(…)` or a `Lang::Fr =>` arm.
#[test]
fn core_and_store_hold_no_sentences() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("crates/core/src"), &mut files);
    rust_files(&root.join("crates/store/src"), &mut files);
    let mut found = Vec::new();
    // `lang.rs` names the languages themselves (their codes), no sentence.
    for file in files.into_iter().filter(|f| !f.ends_with("lang.rs")) {
        let text = std::fs::read_to_string(&file).unwrap();
        // Tests may name a language to check the words.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            let words = [
                ".pick(",
                "Lang::Fr =>",
                "Lang::En =>",
                "Lang::Fr) =>",
                "Lang::En) =>",
            ];
            if words.iter().any(|w| line.contains(w)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside src/i18n:\n{}",
        found.join("\n")
    );
}

/// Nowhere outside `src/i18n` is a sentence written in place: no
/// `lang.pick(…)`, no `(kind, Lang::Fr) =>` arm.
#[test]
fn every_sentence_lives_in_the_language_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    rust_files(&root.join("../crates"), &mut files);
    let i18n = root.join("i18n");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&i18n)) {
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            if [".pick(", "Lang::Fr) =>", "Lang::En) =>"]
                .iter()
                .any(|w| line.contains(w))
            {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside src/i18n:\n{}",
        found.join("\n")
    );
}

/// French typography in the French tables: no breakable space before
/// `: ; ? !` nor inside « » (a line must never start with the sign); the
/// messages built from parts go through `Lang::typeset`.
#[test]
fn french_tables_keep_their_signs_on_the_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // The French tables, and the French help of the keys.
        let mut blocks: Vec<&str> = Vec::new();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("pub static FR:") {
            let end = rest[i..].find("\n};\n").map_or(rest.len(), |e| i + e);
            blocks.push(&rest[i..end]);
            rest = &rest[end..];
        }
        if let Some(i) = text.find("fn fr(h: Help)") {
            let end = text[i..].find("\n}\n").map_or(text.len(), |e| i + e);
            blocks.push(&text[i..end]);
        }
        for block in blocks {
            for line in block.lines() {
                for lit in line.split('"').skip(1).step_by(2) {
                    if [" :", " ;", " ?", " !", "« ", " »"]
                        .iter()
                        .any(|bad| lit.contains(bad))
                    {
                        found.push(format!("{}: {lit}", file.display()));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "breakable spaces:\n{}", found.join("\n"));
    use tablee::i18n::Lang;
    assert_eq!(
        Lang::Fr.typeset("Tour 1 : « ici » ; prêt ? oui !".into()),
        "Tour 1\u{a0}: «\u{a0}ici\u{a0}»\u{a0}; prêt\u{a0}? oui\u{a0}!"
    );
    assert_eq!(Lang::En.typeset("Round 1 : ok".into()), "Round 1 : ok");
    assert_eq!(Lang::Fr.colon(), "\u{a0}: ");
}

/// Every command returns one error type (`cli::Failure`), rendered once by
/// `cli::run`: no command file makes an exit code of its own.
#[test]
fn commands_return_one_error_type_rendered_once() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/cli")),
        &mut files,
    );
    assert!(files.len() > 10);
    for path in files.iter().filter(|p| !p.ends_with("mod.rs")) {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(
            !text.contains("ExitCode"),
            "{}: a command returns cli::Done, not an exit code",
            path.display()
        );
    }
    // The screens too: they return what went wrong, and the command line
    // says it once, after the terminal is given back.
    let mut screens = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/tui")),
        &mut screens,
    );
    assert!(screens.len() > 10);
    for path in &screens {
        let text = std::fs::read_to_string(path).unwrap();
        for word in ["ExitCode", "eprintln!", "process::exit"] {
            assert!(
                !text.contains(word),
                "{}: the screens return their failures to cli, which prints them ({word})",
                path.display()
            );
        }
    }
}
