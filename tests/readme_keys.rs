//! The key tables of `docs/keys.md` are the binding tables: dispatch,
//! footer, help and documentation cannot disagree. `UPDATE_KEYS=1 cargo
//! test --test readme_keys` writes them anew after a change to the
//! bindings.

use tablee::i18n::Lang;
use tablee::i18n::prelude::*;
use tablee::tui::nav::key_tables;

const BEGIN: &str = "<!-- keys:begin (made from the binding tables: UPDATE_KEYS=1 cargo test --test readme_keys) -->\n";
const END: &str = "<!-- keys:end -->";

#[test]
fn documented_key_tables_equal_the_bindings() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/keys.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("docs/keys.md has the keys:begin marker")
        + BEGIN.len();
    let end = readme
        .find(END)
        .expect("docs/keys.md has the keys:end marker");
    let want = format!("\n{}", key_tables(Lang::En));
    if std::env::var_os("UPDATE_KEYS").is_some() || std::env::var_os("UPDATE_README").is_some() {
        let new = format!("{}{want}{}", &readme[..start], &readme[end..]);
        std::fs::write(path, new).unwrap();
        return;
    }
    assert!(
        readme[start..end] == want,
        "docs/keys.md's key tables differ from the bindings: run UPDATE_KEYS=1 cargo test --test readme_keys"
    );
}

#[test]
fn every_table_lists_help_and_quit_and_the_footer_keeps_them() {
    use tablee::tui::keys::Help;
    for b in tablee::tui::nav::all_bindings()
        .into_iter()
        .chain(tablee::tui::nav::board_bindings())
    {
        let helps: Vec<Help> = b.all().map(|x| x.help).collect();
        assert!(helps.contains(&Help::Help), "{:?}", b.mode);
        assert!(helps.contains(&Help::Quit), "{:?}", b.mode);
        for lang in Lang::ALL {
            // Even at 40 columns, help and quit stay.
            let footer = b.footer(lang, 40);
            assert!(footer.contains("F1"), "{:?} {footer}", b.mode);
            assert!(footer.contains("Ctrl-Q"), "{:?} {footer}", b.mode);
            // At 64, the screen's most important keys too (save…).
            let footer = b.footer(lang, 64);
            for (bd, _) in b.effective().into_iter().filter(|(bd, _)| bd.prio == 0) {
                let label = bd.help.text(lang).0;
                assert!(footer.contains(label), "{:?} {label}: {footer}", b.mode);
            }
        }
    }
}

#[test]
fn no_key_is_bound_twice_in_one_section() {
    // Across sections an earlier one shadows a later one on purpose (the
    // merging mode's Enter over the selecting mode's); within one, a key
    // bound twice would be a mistake.
    for b in tablee::tui::nav::all_bindings()
        .into_iter()
        .chain(tablee::tui::nav::board_bindings())
    {
        for section in b.sections {
            let keys: Vec<_> = section
                .iter()
                .flat_map(|x| x.keys.iter().copied())
                .collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(
                    !keys[i + 1..].contains(k),
                    "{:?}: {k:?} is bound twice",
                    b.mode
                );
            }
        }
    }
}

/// Every chord that a message of the screens names (« Ctrl-Z », « Alt-X »,
/// « F6 ») is a key some screen binds: a hint can never name a key that
/// does nothing. Messages that name a screen's keys in context are made
/// from its bindings (`tui::keys::key_of`).
#[test]
fn every_key_a_message_names_is_bound() {
    use tablee::tui::keys::key_name;
    for lang in Lang::ALL {
        let bound: std::collections::HashSet<String> = tablee::tui::nav::all_bindings()
            .into_iter()
            .chain(tablee::tui::nav::board_bindings())
            .flat_map(|b| b.effective())
            .flat_map(|(_, keys)| keys.into_iter().map(|k| key_name(k, lang)))
            .collect();
        let words = format!(
            "{:?}{:?}{:?}{:?}{:?}",
            lang.s(),
            lang.board(),
            lang.debate(),
            lang.followup(),
            lang.setup_screen()
        );
        let alt = lang.keys().alt;
        let mut named = Vec::new();
        for (prefix, digits_only) in [("Ctrl-", false), (&*format!("{alt}-"), false), ("F", true)] {
            for (at, _) in words.match_indices(prefix) {
                let rest = &words[at + prefix.len()..];
                let key: String = if digits_only {
                    rest.chars().take_while(char::is_ascii_digit).collect()
                } else {
                    rest.chars().take(1).collect()
                };
                // « F » starts words too: only F1–F12 are keys; a chord is
                // followed by an upper-case letter, a digit or an arrow.
                let is_key = if digits_only {
                    !key.is_empty()
                        && words[..at].ends_with([' ', '(', '"'])
                        && !rest[key.len()..].starts_with(|c: char| c.is_alphanumeric())
                } else {
                    key.chars()
                        .all(|c| c.is_uppercase() || c.is_ascii_digit() || "↑↓←→".contains(c))
                        && !key.is_empty()
                };
                if is_key {
                    named.push(format!("{prefix}{key}"));
                }
            }
        }
        assert!(!named.is_empty(), "the scan finds the keys messages name");
        for k in named {
            assert!(
                bound.contains(&k),
                "{lang:?}: a message names {k}, which no screen binds"
            );
        }
    }
}
