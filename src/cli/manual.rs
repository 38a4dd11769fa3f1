//! `tablee man`: one manual page for the whole tool, in the language of
//! `--lang` (else the locale). clap_mangen renders what clap knows (name,
//! synopsis, options, and for each command its usage and options); the
//! headings and the sections written for people (exit codes, environment,
//! files, examples) come from the language files. The French page is
//! typeset: every space before `: ; ? !` and inside « » is roff's
//! unbreakable space, so no line starts with a colon.

use crate::i18n::prelude::*;
use clap::Command;
use clap_mangen::Man;

use crate::i18n::Lang;
use crate::i18n::manual::ManualWords;

/// The page's date (its header's middle field): the day its text last
/// changed.
const DATE: &str = "2026-12-01";

/// The page as roff.
pub fn render(cmd: Command, lang: Lang) -> std::io::Result<Vec<u8>> {
    let words = lang.manual();
    let mut cmd = match lang {
        Lang::Fr => crate::i18n::help::in_french(cmd),
        Lang::En => cmd,
    };
    cmd.build();
    let man = Man::new(cmd.clone())
        .title("TABLEE")
        .section("1")
        .date(DATE)
        .source(format!("tablee {}", super::VERSION))
        .manual(words.manual);
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    let mut page = headings(String::from_utf8_lossy(&page).into_owned(), words);
    page.push_str(&format!(".PP\n{}\n", text(words.alone)));

    page.push_str(&format!(".SH {}\n", words.options));
    page.push_str(&body_of(&man, Man::render_options_section)?);

    page.push_str(&format!(".SH {}\n", words.commands));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let name = format!("tablee {}", sub.get_name());
        page.push_str(&format!(".SS \"{name}\"\n"));
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            page.push_str(&format!("{}\n", text(&about.to_string())));
        }
        // The options every command shares (--lang, --device, --help) are
        // under OPTIONS once, not under each command.
        let own = sub
            .clone()
            .bin_name(&name)
            .display_name(&name)
            .mut_args(|a| {
                if a.is_global_set() || a.get_id() == "help" {
                    a.hide(true)
                } else {
                    a
                }
            });
        let sub_man = Man::new(own.clone());
        page.push_str(".PP\n");
        page.push_str(&body_of(&sub_man, Man::render_synopsis_section)?);
        if own.get_arguments().any(|a| !a.is_hide_set()) {
            page.push_str(&body_of(&sub_man, Man::render_options_section)?);
        }
    }

    page.push_str(&format!(".SH \"{}\"\n", words.exit_status));
    for (code, meaning) in words.exit_codes {
        page.push_str(&format!(".TP\n.B {code}\n{}\n", text(meaning)));
    }
    page.push_str(&format!(".SH {}\n", words.environment));
    for (name, meaning) in words.variables {
        page.push_str(&format!(".TP\n.B {}\n{}\n", text(name), text(meaning)));
    }
    page.push_str(&format!(".SH {}\n", words.files));
    for (path, meaning) in words.paths {
        page.push_str(&format!(".TP\n.I {}\n{}\n", text(path), text(meaning)));
    }
    page.push_str(&format!(".SH {}\n", words.examples));
    for (what, command) in words.example_lines {
        page.push_str(&format!(
            ".PP\n{}\n.RS\n.EX\n{}\n.EE\n.RE\n",
            text(what),
            text(command)
        ));
    }
    Ok(typeset(page, lang).into_bytes())
}

/// A section clap_mangen renders, without its own heading (the page gives
/// it one in its language, or none inside a command).
fn body_of(
    man: &Man,
    section: fn(&Man, &mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    section(man, &mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(text
        .split_inclusive('\n')
        .filter(|line| !line.starts_with(".SH "))
        .collect())
}

/// clap_mangen's English headings, in the page's language.
fn headings(page: String, words: &ManualWords) -> String {
    page.split_inclusive('\n')
        .map(|line| match line.trim_end() {
            ".SH NAME" => format!(".SH {}\n", words.name),
            ".SH SYNOPSIS" => format!(".SH {}\n", words.synopsis),
            ".SH DESCRIPTION" => format!(".SH {}\n", words.description),
            _ => line.to_string(),
        })
        .collect()
}

/// Plain text as roff: backslashes and hyphens escaped, and a line that
/// would start with a dot or a quote made safe.
fn text(s: &str) -> String {
    let escaped = s.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// French typography in roff: `Lang::typeset` on the text, its
/// non-breaking spaces written as roff's `\~` (which the line filler never
/// breaks). Request lines are left as they are.
fn typeset(page: String, lang: Lang) -> String {
    if lang == Lang::En {
        return page;
    }
    page.split_inclusive('\n')
        .map(|line| {
            if line.starts_with('.') && !line.starts_with(".B ") && !line.starts_with(".I ") {
                line.to_string()
            } else {
                Lang::Fr.typeset(line.to_string()).replace('\u{a0}', "\\~")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use crate::i18n::help::{french, texts};

    #[test]
    fn every_help_text_has_its_french() {
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        let mut all = Vec::new();
        texts(&cmd, &mut all);
        let missing: Vec<&String> = all.iter().filter(|t| french(t).is_none()).collect();
        assert!(missing.is_empty(), "without French: {missing:#?}");
    }
}
