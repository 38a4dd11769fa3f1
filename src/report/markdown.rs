//! Markdown, for email and publishing.

use super::topics::TopicView;
use super::{PlanView, SynthView};
use crate::i18n::prelude::*;

pub use super::md_escape::{escape, escape_lines};

pub fn plan(view: &PlanView) -> String {
    let s = view.lang.s();
    let mut out = format!("# {}\n\n", escape(&view.title));
    if !view.subtitle.is_empty() {
        out.push_str(&format!("*{}*\n\n", escape(&view.subtitle)));
    }
    out.push_str(&format!("{}\n\n", escape(&view.summary)));
    if let Some(m) = &view.mixing {
        out.push_str(&format!("{}\n\n", escape(m)));
    }
    if view.individual {
        for row in &view.rows {
            out.push_str(&format!("## {}\n\n", escape(&view.row_label(row))));
            for (col, who) in view.columns.iter().zip(&row.cells) {
                let mut head = format!("{} · {}", escape(&col.key), escape(&col.topic));
                if !col.host.is_empty() {
                    head.push_str(&format!(" · {}", escape(&col.host)));
                }
                let names: Vec<String> = who.iter().map(|w| escape(w)).collect();
                out.push_str(&format!(
                    "- **{head}** ({}): {}\n",
                    who.len(),
                    names.join(", ")
                ));
            }
            out.push('\n');
        }
    } else if !view.rows.is_empty() {
        out.push_str(&format!("## {}\n\n| {} |", s.rotation, s.round));
        for c in &view.columns {
            let mut head = format!("{} — {}", escape(&c.key), escape(&c.topic));
            if !c.host.is_empty() {
                head.push_str(&format!(" ({})", escape(&c.host)));
            }
            out.push_str(&format!(" {head} |"));
        }
        out.push_str("\n|---|");
        out.push_str(&"---|".repeat(view.columns.len()));
        out.push('\n');
        for row in &view.rows {
            out.push_str(&format!("| {} |", escape(&view.row_label(row))));
            for cell in &row.cells {
                let text = if cell.is_empty() {
                    "—".to_string()
                } else {
                    escape(&cell.join(", "))
                };
                out.push_str(&format!(" {text} |"));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    if !view.topics.is_empty() {
        out.push_str(&format!("## {}\n\n", s.topics));
        for (key, title) in &view.topics {
            out.push_str(&format!(
                "- **{}**{}{}\n",
                escape(key),
                view.lang.colon(),
                escape(title)
            ));
        }
        out.push('\n');
    }
    if !view.itineraries.is_empty() {
        out.push_str(&format!("## {}\n\n", s.itineraries));
        for it in &view.itineraries {
            let stops: Vec<String> = view.stop_labels(it).iter().map(|l| escape(l)).collect();
            out.push_str(&format!(
                "- **{}**{}{}\n",
                escape(&it.who),
                view.lang.colon(),
                stops.join(" · ")
            ));
        }
        out.push('\n');
    }
    for note in &view.notes {
        out.push_str(&format!(
            "> {}{}{}\n",
            s.warning,
            view.lang.colon(),
            escape(note)
        ));
    }
    out.trim_end().to_string() + "\n"
}

/// The synthesis as Markdown: header, agenda, then per topic the SWOT,
/// the key factors and the plenary's actions.
pub fn synthesis(v: &SynthView) -> String {
    let s = v.lang.s();
    let w = &s.synth;
    let syn = v.syn;
    let mut out = format!("# {}\n\n", escape(&v.title()));
    if let Some(warning) = v.incomplete() {
        out.push_str(&format!("> **⚠ {}**\n\n", escape(&warning)));
    }
    for (i, h) in syn.sessions.iter().enumerate() {
        if syn.sessions.len() > 1 {
            out.push_str(&format!("- {}", escape(&v.session_label(i))));
            let sub = SynthView::subtitle(h);
            if !sub.is_empty() {
                out.push_str(&format!(" — {}", escape(&sub)));
            }
            out.push('\n');
        } else {
            let sub = SynthView::subtitle(h);
            if !sub.is_empty() {
                out.push_str(&format!("*{}*\n\n", escape(&sub)));
            }
        }
    }
    if syn.sessions.len() > 1 {
        out.push('\n');
    }
    out.push_str(&format!("**{}**\n\n", escape(&v.counts(&syn.counts))));
    if let [h] = syn.sessions.as_slice() {
        if !h.groups.is_empty() {
            out.push_str(&format!(
                "{}{}{}\n\n",
                s.groups,
                v.lang.colon(),
                escape(&h.groups.join(", "))
            ));
        }
        if !h.agenda.is_empty() {
            out.push_str(&format!(
                "## {}\n\n| {} | {} | {} |\n|---|---|---|\n",
                w.agenda, w.phase, w.planned, w.actual
            ));
            for row in &h.agenda {
                let (planned, actual) = v.agenda_times(row);
                out.push_str(&format!(
                    "| {} | {planned} | {actual} |\n",
                    escape(&row.title)
                ));
            }
            out.push('\n');
        }
    }
    if let Some(view) = super::attendance::view(v) {
        attendance(&mut out, &view);
    }
    out.push_str(&format!("*{}*\n\n", escape(w.source_legend)));

    if v.debate_first() {
        debates(&mut out, v);
    }
    for t in &super::topics::view(v) {
        topic(&mut out, v, t);
    }
    if !v.debate_first() {
        debates(&mut out, v);
    }
    questionnaires(&mut out, v);
    for (i, r) in &v.syn.judgments {
        let view = super::judge::of_recorded(&v.syn.sessions[*i].title, r, v.lang);
        out.push_str(&super::judge::markdown::section(&view, "##"));
        out.push('\n');
    }
    // « and the signs stay with their words (French typography).
    crate::core::text::glue_signs(out.trim_end()).into_owned() + "\n"
}

/// A topic: its columns' post-its, then its key factors (or the room's
/// picks) and the plenary's actions.
fn topic(out: &mut String, v: &SynthView, t: &TopicView) {
    let w = &v.lang.s().synth;
    let colon = v.lang.colon();
    out.push_str(&format!("## {}\n\n", escape(&t.heading)));
    if !t.question.is_empty() {
        out.push_str(&format!("*{}*\n\n", escape(t.question)));
    }
    out.push_str(&format!(
        "{}\n\n",
        escape(&format!("{} · {}", t.tables, t.counts))
    ));
    for c in &t.columns {
        out.push_str(&format!("### {}\n\n", escape(&c.title)));
        if let Some(axes) = &c.axes {
            out.push_str(&format!("*{}*\n\n", escape(axes)));
        }
        if c.items.is_empty() {
            out.push_str(&format!("*{}*\n\n", w.nothing));
            continue;
        }
        for item in &c.items {
            out.push_str(&format!(
                "- **{}** {} — *{}*\n",
                item.label,
                escape_lines(item.text, "  "),
                escape(&item.meta(v))
            ));
            for m in &item.members {
                out.push_str(&format!(
                    "  - {} — *{}*\n",
                    escape_lines(m.text, "    "),
                    escape(&m.meta(v))
                ));
            }
        }
        out.push('\n');
    }
    out.push_str(&format!("### {}\n\n", t.picks_heading));
    for side in &t.sides {
        if let Some(title) = side.title {
            out.push_str(&format!("**{title}**\n\n"));
        }
        for p in side.columns.iter().map(|i| &t.columns[*i].pick) {
            let how = p.how_shown.map(|h| format!(" ({h})")).unwrap_or_default();
            out.push_str(&format!("- **{}**{how}", escape(&p.title)));
            match p.picked.as_slice() {
                [] => out.push('\n'),
                [one] => out.push_str(&format!(
                    "{colon}**{}** {} — *{}*\n",
                    one.label,
                    escape_lines(one.text, "  "),
                    one.votes_text
                )),
                many => {
                    out.push_str(colon.trim_end());
                    out.push('\n');
                    for it in many {
                        out.push_str(&format!(
                            "  - **{}** {} — *{}*\n",
                            it.label,
                            escape_lines(it.text, "    "),
                            it.votes_text
                        ));
                    }
                }
            }
            out.push_str(&format!(
                "  - *{}*{}",
                escape(&p.action_title),
                colon.trim_end()
            ));
            if p.actions.is_empty() {
                out.push_str(&format!(" {}\n", w.no_actions));
            } else {
                out.push('\n');
                for a in &p.actions {
                    let from = a
                        .from
                        .as_ref()
                        .map(|l| format!("**{l} ·** "))
                        .unwrap_or_default();
                    out.push_str(&format!("    - {from}{}\n", escape_lines(a.text, "      ")));
                }
            }
        }
        out.push('\n');
    }
}

/// The débat mouvant: each statement, how the room stood (bars in a code
/// block, so they line up), who moved, the arguments; one block per
/// session when several put the same statement.
/// The questionnaires: per question a table of its answers (count, share,
/// a text bar), the median of a scale, the free texts.
fn questionnaires(out: &mut String, v: &SynthView) {
    let Some(view) = super::forms::view(v) else {
        return;
    };
    out.push_str(&format!("## {}\n\n", view.title));
    for q in &view.questionnaires {
        out.push_str(&format!("### {} — {}\n\n", escape(&q.title), q.forms));
        for question in &q.questions {
            out.push_str(&format!(
                "**{} · {}** — {}\n\n",
                question.number,
                escape(&question.text),
                escape(&question.summary)
            ));
            if !question.rows.is_empty() {
                out.push_str(&format!(
                    "| {} | {} | {} | |\n|---|--:|--:|---|\n",
                    view.answer_heading, view.count_heading, view.share_heading
                ));
                for r in &question.rows {
                    out.push_str(&format!(
                        "| {}{} | {} | {} | {} |\n",
                        escape(&r.answer),
                        if r.median { " ◆" } else { "" },
                        r.count,
                        r.share_text,
                        r.bar
                    ));
                }
                out.push('\n');
            }
            if let Some(note) = question.note {
                out.push_str(&format!("*{note}*\n\n"));
            }
            for t in &question.texts {
                out.push_str(&format!("- {}\n", escape_lines(t, "  ")));
            }
            if !question.texts.is_empty() {
                out.push('\n');
            }
        }
    }
    if let Some(aside) = &view.aside {
        out.push_str(&format!("*{}*\n\n", escape(aside)));
    }
}

fn debates(out: &mut String, v: &SynthView) {
    if v.syn.debates.is_empty() {
        return;
    }
    let view = super::debates::view(v);
    let colon = v.lang.colon();
    out.push_str(&format!("## {}\n\n", view.title));
    for st in &view.statements {
        out.push_str(&format!("### {}\n\n", v.lang.quote(&escape(st.text))));
        if let Some(compared) = st.compared {
            out.push_str(&format!("*{compared}*\n\n"));
        }
        for s in &st.sessions {
            if let Some(label) = &s.label {
                out.push_str(&format!("**{}**\n\n", escape(label)));
            }
            for stand in &s.counts {
                out.push_str(&format!("{} ({})\n\n```text\n", stand.when, stand.people));
                for l in &stand.bar_lines {
                    out.push_str(l);
                    out.push('\n');
                }
                out.push_str("```\n\n");
            }
            if let Some(not) = s.not_counted {
                out.push_str(&format!("*{not}*\n\n"));
            }
            if let Some(m) = &s.moved {
                out.push_str(&format!("{m}\n\n"));
            }
            for (side, text) in &s.arguments {
                out.push_str(&format!("- {side}{colon}{}\n", escape_lines(text, "  ")));
            }
            if !s.arguments.is_empty() {
                out.push('\n');
            }
        }
        if let Some(shift) = &st.shift {
            out.push_str(&format!("**{}**\n\n", escape(shift)));
        }
    }
}

/// Who came, counted: a table per session and per role, no name.
pub(crate) fn attendance(out: &mut String, view: &super::attendance::View) {
    out.push_str(&format!(
        "## {}\n\n*{}*\n\n",
        view.heading,
        escape(view.note)
    ));
    for t in &view.tables {
        out.push_str(&format!("**{}**\n\n", escape(&t.caption)));
        let heads: Vec<String> = t.heads.iter().map(|h| escape(h)).collect();
        out.push_str(&format!("| {} |\n|---|", heads.join(" | ")));
        out.push_str(&"---:|".repeat(heads.len().saturating_sub(1)));
        out.push('\n');
        for row in &t.rows {
            let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push('\n');
    }
    if let Some(year) = &view.year {
        out.push_str(&format!("{}\n\n", escape(year)));
    }
}
