//! Plain text, aligned for a terminal or a printer.

use crate::i18n::prelude::*;
use unicode_width::UnicodeWidthStr;

use super::topics::TopicView;
use super::{PlanView, SynthView};

/// Pads `s` with spaces to `width` terminal columns.
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The width of each column of `rows`, in terminal columns (accents and
/// wide characters counted as they show).
pub fn column_widths<R: AsRef<[String]>>(rows: &[R]) -> Vec<usize> {
    let n = rows.iter().map(|r| r.as_ref().len()).max().unwrap_or(0);
    (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.as_ref().get(i))
                .map(|c| c.width())
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// One row with each cell padded to its column, joined by `gap`, without
/// trailing blanks.
pub fn aligned(row: &[String], widths: &[usize], gap: &str) -> String {
    let cells: Vec<String> = row.iter().zip(widths).map(|(c, w)| pad(c, *w)).collect();
    cells.join(gap).trim_end().to_string()
}

/// The rotation as an aligned grid, the topics, and each mover's itinerary.
pub fn plan(view: &PlanView) -> String {
    let s = view.lang.s();
    let mut out = String::new();
    out.push_str(&view.title);
    out.push('\n');
    if !view.subtitle.is_empty() {
        out.push_str(&view.subtitle);
        out.push('\n');
    }
    out.push_str(&view.summary);
    if let Some(m) = &view.mixing {
        out.push('\n');
        out.push_str(m);
    }
    out.push_str("\n\n");

    if view.individual && !view.rows.is_empty() {
        seating_lists(&mut out, view);
    } else if !view.rows.is_empty() {
        // Header lines: table key, host, topic; then one line per round.
        let mut grid: Vec<Vec<String>> = vec![
            std::iter::once(s.table.to_string())
                .chain(view.columns.iter().map(|c| c.key.clone()))
                .collect(),
            std::iter::once(s.host.to_string())
                .chain(view.columns.iter().map(|c| c.host.clone()))
                .collect(),
            std::iter::once(s.topic.to_string())
                .chain(view.columns.iter().map(|c| c.topic.clone()))
                .collect(),
        ];
        for row in &view.rows {
            grid.push(
                std::iter::once(view.row_label(row))
                    .chain(row.cells.iter().map(|c| {
                        if c.is_empty() {
                            "—".to_string()
                        } else {
                            c.join(", ")
                        }
                    }))
                    .collect(),
            );
        }
        let widths = column_widths(&grid);
        for (i, line) in grid.iter().enumerate() {
            out.push_str(&aligned(line, &widths, "   "));
            out.push('\n');
            if i == 2 {
                let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
                out.push_str(&rule.join("   "));
                out.push('\n');
            }
        }
        out.push('\n');
    }

    if !view.topics.is_empty() {
        out.push_str(&format!("{}\n", s.topics));
        let w = view
            .topics
            .iter()
            .map(|(k, _)| k.width())
            .max()
            .unwrap_or(0);
        for (key, title) in &view.topics {
            out.push_str(&format!("  {}  {title}\n", pad(key, w)));
        }
        out.push('\n');
    }

    if view.individual && !view.itineraries.is_empty() {
        cards(&mut out, view);
    } else if !view.itineraries.is_empty() {
        out.push_str(&format!("{}\n", s.itineraries));
        let w = view
            .itineraries
            .iter()
            .map(|i| i.who.width())
            .max()
            .unwrap_or(0);
        for it in &view.itineraries {
            out.push_str(&format!(
                "  {}  {}\n",
                pad(&it.who, w),
                view.stop_labels(it).join(" · ")
            ));
        }
        out.push('\n');
    }

    for note in &view.notes {
        out.push_str(&format!("{}{}{note}\n", s.warning, view.lang.colon()));
    }
    out.trim_end().to_string() + "\n"
}

/// Individual seating: per round, one line per table (key, topic, host),
/// then the names wrapped under it.
fn seating_lists(out: &mut String, view: &PlanView) {
    for row in &view.rows {
        out.push_str(&view.row_label(row));
        out.push('\n');
        for (col, who) in view.columns.iter().zip(&row.cells) {
            let mut head = format!("  {} · {}", col.key, col.topic);
            if !col.host.is_empty() {
                head.push_str(&format!(" · {}", col.host));
            }
            out.push_str(&format!("{head} ({})\n", who.len()));
            if !who.is_empty() {
                wrap(out, &who.join(", "), "      ", "      ");
            }
        }
        out.push('\n');
    }
}

/// One card per person, between dotted cut lines.
fn cards(out: &mut String, view: &PlanView) {
    out.push_str(view.lang.s().cards);
    out.push('\n');
    let cut = format!("✂ {}\n", "- ".repeat((WIDTH - 2) / 2).trim_end());
    for it in &view.itineraries {
        out.push_str(&cut);
        out.push_str(&view.card_event());
        out.push('\n');
        out.push_str(&it.who);
        out.push('\n');
        for line in view.card_lines(it) {
            wrap(out, &line, "  ", "    ");
        }
    }
    out.push_str(&cut);
    out.push('\n');
}

use super::prose::{WIDTH, underline, wrap};

/// The synthesis as plain text wrapped at 80 columns (for `lpr`, email
/// bodies and screen readers): no tables, no markup, headings underlined.
pub fn synthesis(v: &SynthView) -> String {
    let s = v.lang.s();
    let w = &s.synth;
    let syn = v.syn;
    let mut out = String::new();
    underline(&mut out, &v.title(), '=');
    if let Some(warning) = v.incomplete() {
        wrap(&mut out, &format!("⚠ {warning}"), "", "  ");
        out.push('\n');
    }
    for (i, h) in syn.sessions.iter().enumerate() {
        let sub = SynthView::subtitle(h);
        if syn.sessions.len() > 1 {
            let line = if sub.is_empty() {
                v.session_label(i)
            } else {
                format!("{} — {sub}", v.session_label(i))
            };
            wrap(&mut out, &line, "", "    ");
        } else if !sub.is_empty() {
            wrap(&mut out, &sub, "", "");
        }
    }
    wrap(&mut out, &v.counts(&syn.counts), "", "");
    if let [h] = syn.sessions.as_slice() {
        if !h.groups.is_empty() {
            wrap(
                &mut out,
                &format!("{}{}{}", s.groups, v.lang.colon(), h.groups.join(", ")),
                "",
                "  ",
            );
        }
        if !h.agenda.is_empty() {
            out.push('\n');
            underline(&mut out, w.agenda, '-');
            let mut rows = vec![vec![
                w.phase.to_string(),
                w.planned.to_string(),
                w.actual.to_string(),
            ]];
            for row in &h.agenda {
                let (planned, actual) = v.agenda_times(row);
                rows.push(vec![row.title.clone(), planned, actual]);
            }
            let widths = column_widths(&rows);
            for row in &rows {
                wrap(&mut out, &aligned(row, &widths, "  "), "", "  ");
            }
        }
    }
    out.push('\n');
    if let Some(view) = super::attendance::view(v) {
        attendance(&mut out, &view);
    }
    wrap(&mut out, w.source_legend, "", "");

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
        out.push('\n');
        out.push_str(&super::judge::text::section(&view, '='));
    }
    out
}

/// The questionnaires: per question its answers aligned (count, share, a
/// bar), the median of a scale, the free texts.
fn questionnaires(out: &mut String, v: &SynthView) {
    let Some(view) = super::forms::view(v) else {
        return;
    };
    out.push('\n');
    underline(out, view.title, '=');
    for q in &view.questionnaires {
        out.push('\n');
        underline(out, &format!("{} — {}", q.title, q.forms), '-');
        // One column of answers for the whole questionnaire.
        let label = q
            .questions
            .iter()
            .flat_map(|question| &question.rows)
            .map(|r| r.answer.width() + if r.median { 2 } else { 0 })
            .max()
            .unwrap_or(0)
            .min(36);
        for question in &q.questions {
            out.push('\n');
            wrap(
                out,
                &format!("{} · {}", question.number, question.text),
                "",
                "     ",
            );
            wrap(out, &question.summary, "  ", "  ");
            for r in &question.rows {
                let name = format!("{}{}", r.answer, if r.median { " ◆" } else { "" });
                out.push_str(&aligned(
                    &[
                        format!("    {name}"),
                        format!("{:>5}", r.count),
                        format!("{:>6}", r.share_text),
                        r.bar.clone(),
                    ],
                    &[label + 4, 5, 6, 0],
                    " ",
                ));
                out.push('\n');
            }
            if let Some(note) = question.note {
                wrap(out, &format!("({note})"), "    ", "     ");
            }
            for t in &question.texts {
                wrap(out, t, "  - ", "    ");
            }
        }
    }
    if let Some(aside) = &view.aside {
        out.push('\n');
        wrap(out, aside, "", "");
    }
}

/// A topic: its columns' post-its, then its key factors (or the room's
/// picks) and the plenary's actions.
fn topic(out: &mut String, v: &SynthView, t: &TopicView) {
    let w = &v.lang.s().synth;
    let colon = v.lang.colon().trim_end();
    out.push('\n');
    underline(out, &t.heading, '=');
    if !t.question.is_empty() {
        wrap(out, t.question, "", "");
    }
    wrap(out, &t.tables, "", "  ");
    wrap(out, &t.counts, "", "");
    for c in &t.columns {
        out.push('\n');
        underline(out, &c.title, '-');
        if let Some(axes) = &c.axes {
            wrap(out, &format!("({axes})"), "", "");
        }
        if c.items.is_empty() {
            wrap(out, w.nothing, "  ", "  ");
        }
        for item in &c.items {
            let head = format!("{:<4}", item.label);
            wrap(out, item.text, &format!("{head} "), "     ");
            wrap(out, &format!("[{}]", item.meta(v)), "     ", "      ");
            for m in &item.members {
                wrap(out, m.text, "     + ", "       ");
                wrap(out, &format!("[{}]", m.meta(v)), "       ", "        ");
            }
        }
    }
    out.push('\n');
    underline(out, t.picks_heading, '-');
    for side in &t.sides {
        out.push('\n');
        if let Some(title) = side.title {
            wrap(out, &format!("{title}{colon}"), "", "");
        }
        for p in side.columns.iter().map(|i| &t.columns[*i].pick) {
            let how = p.how_shown.map(|h| format!(" ({h})")).unwrap_or_default();
            wrap(out, &format!("{}{how}", p.title), "* ", "  ");
            for it in &p.picked {
                wrap(
                    out,
                    &format!("{} {} [{}]", it.label, it.text, it.votes_text),
                    "    ",
                    "      ",
                );
            }
            wrap(out, &format!("{}{colon}", p.action_title), "  ", "    ");
            if p.actions.is_empty() {
                wrap(out, w.no_actions, "    ", "    ");
            }
            for a in &p.actions {
                let from = a
                    .from
                    .as_ref()
                    .map(|l| format!("{l} · "))
                    .unwrap_or_default();
                wrap(out, &format!("{from}{}", a.text), "    - ", "      ");
            }
        }
    }
}

/// The débat mouvant, as text bars.
fn debates(out: &mut String, v: &SynthView) {
    if v.syn.debates.is_empty() {
        return;
    }
    let view = super::debates::view(v);
    let colon = v.lang.colon();
    out.push('\n');
    underline(out, view.title, '=');
    for st in &view.statements {
        out.push('\n');
        wrap(out, &st.quoted, "", "  ");
        if let Some(compared) = st.compared {
            wrap(out, compared, "", "");
        }
        for s in &st.sessions {
            if let Some(label) = &s.label {
                wrap(out, label, "  ", "    ");
            }
            for stand in &s.counts {
                out.push_str(&format!("  {} ({})\n", stand.when, stand.people));
                for l in &stand.bar_lines {
                    out.push_str(&format!("    {l}\n"));
                }
            }
            if let Some(not) = s.not_counted {
                wrap(out, not, "  ", "  ");
            }
            if let Some(m) = &s.moved {
                wrap(out, m, "  ", "    ");
            }
            for (side, text) in &s.arguments {
                wrap(out, &format!("{side}{colon}{text}"), "  - ", "    ");
            }
        }
        if let Some(shift) = &st.shift {
            wrap(out, shift, "", "  ");
        }
    }
}

/// Who came, counted: a table per session and per role, no name.
pub(crate) fn attendance(out: &mut String, view: &super::attendance::View) {
    underline(out, view.heading, '-');
    wrap(out, view.note, "", "");
    for t in &view.tables {
        out.push('\n');
        wrap(out, &t.caption, "", "");
        let rows: Vec<Vec<String>> = std::iter::once(t.heads.clone())
            .chain(t.rows.iter().cloned())
            .collect();
        let widths = column_widths(&rows);
        for row in &rows {
            wrap(out, &aligned(row, &widths, "  "), "", "  ");
        }
    }
    if let Some(year) = &view.year {
        out.push('\n');
        wrap(out, year, "", "");
    }
    out.push('\n');
}
