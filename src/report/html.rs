//! Print-ready HTML: one self-contained file (no external fonts, scripts or
//! images), an A4 print stylesheet, a cover page, then one page per topic
//! with the SWOT as a 2×2 grid and the key factors with their actions.
//!
//! Every piece of text from a session or a post-it goes through [`escape`]
//! (or [`css_string`] inside the stylesheet).

use crate::i18n::prelude::*;
use std::fmt::Write as _;

use super::SynthView;
use super::topics::{ColumnView, ItemView, Picked, TopicView};
use crate::core::model::Column;

pub use super::markup::{a4_head, css_string, escape, escape_into};

const STYLE: &str = r#"
:root { --ink: #111; --muted: #555; --line: #999; --key: #fff4c2; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); }
body { margin: 0 auto; max-width: 1100px; padding: 1rem; line-height: 1.3; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 0 0 .2rem; }
h3 { font-size: 1rem; margin: 0 0 .2rem; }
p { margin: .2rem 0; }
.sub, .question, .meta, .legend, .axes { color: var(--muted); }
.question { font-style: italic; }
table.agenda { border-collapse: collapse; margin: .4rem 0; }
table.agenda th, table.agenda td { border: 1px solid var(--line); padding: .15rem .5rem; text-align: left; }
table.agenda td.num { text-align: right; }
section.topic { margin-top: 2rem; }
.swot { display: grid; grid-template-columns: 1.6rem 1fr 1fr; grid-template-rows: auto 1fr 1fr; gap: 0; border: 2px solid var(--ink); margin: .5rem 0; }
.swot .axis { font-size: .75rem; font-weight: bold; text-transform: uppercase; letter-spacing: .04em; padding: .15rem .3rem; background: #eee; }
.swot .axis.col { text-align: center; border-bottom: 2px solid var(--ink); }
.swot .axis.row { writing-mode: vertical-rl; transform: rotate(180deg); text-align: center; border-left: 2px solid var(--ink); }
.swot .corner { border-bottom: 2px solid var(--ink); }
.q { padding: .3rem .45rem; border-left: 2px solid var(--ink); min-height: 4rem; }
.q.q-O, .q.q-T { border-top: 2px solid var(--ink); }
.q h3 .hint { font-weight: normal; color: var(--muted); font-size: .8rem; }
.q h3 .n { font-weight: normal; color: var(--muted); font-size: .8rem; float: right; }
ol.items { margin: 0; padding: 0; list-style: none; }
ol.items > li { margin: .15rem 0; break-inside: avoid; }
.label { font-weight: bold; font-family: "DejaVu Sans Mono", monospace; font-size: .8em; margin-right: .25rem; }
.item-meta { color: var(--muted); font-size: .78em; }
ul.members { margin: .05rem 0 .1rem 1.2rem; padding: 0; font-size: .9em; }
li.key { background: var(--key); outline: 1px solid var(--ink); }
.star { font-weight: bold; }
.kf { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; margin-top: .5rem; }
.side { border: 2px solid var(--ink); padding: .3rem .45rem; }
.card { margin: .2rem 0 .4rem; break-inside: avoid; }
.card .what { font-weight: bold; }
.card .picked { background: var(--key); padding: .1rem .25rem; margin: .1rem 0; }
.card .how { font-size: .8em; color: var(--muted); }
.card ul.actions { margin: .1rem 0 0 1.1rem; padding: 0; }
.incomplete { border: 2px solid currentColor; padding: .3rem .6rem; }
.card .act-title { font-style: italic; font-size: .9em; margin-top: .15rem; }
.empty { color: var(--muted); font-style: italic; }
table.glance { border-collapse: collapse; width: 100%; margin: .4rem 0; font-size: .9em; }
table.glance th, table.glance td { border: 1px solid var(--line); padding: .15rem .35rem; text-align: left; vertical-align: top; }
table.glance thead th { background: #eee; }
table.qt { width: 100%; border-collapse: collapse; border: 2px solid var(--ink); margin: .45rem 0; }
table.qt th { text-align: left; font-size: 1rem; background: #eee; padding: .2rem .45rem; border-bottom: 2px solid var(--ink); }
table.qt th .hint, table.qt th .n { font-weight: normal; color: var(--muted); font-size: .8rem; }
table.qt td { vertical-align: top; padding: .12rem .45rem; border-top: 1px solid #bbb; }
table.qt.two td { width: 50%; }
table.qt td + td { border-left: 1px solid #bbb; }
table.qt tr { break-inside: avoid; }
table.qt td.key { background: var(--key); outline: 1px solid var(--ink); }
h2.kf-title { break-after: avoid; }
section.topic.compact { font-size: .9rem; }
section.debate { margin-top: 2rem; }
.statement { break-inside: avoid; margin: .6rem 0 1rem; }
figure.stance-chart { margin: .4rem 0; max-width: 150mm; break-inside: avoid; }
section.forms, section.votes, section.judged { margin-top: 2rem; }
section.judged .how { color: var(--muted); font-size: 9pt; }
section.judged svg.chart { width: 100%; max-width: 170mm; height: auto; }
table.judged { border-collapse: collapse; width: calc(100% - 2px); font-size: 9pt; }
table.judged th, table.judged td { border: 1px solid #999; padding: .15rem .3rem; vertical-align: top; text-align: left; }
table.judged td.n, table.judged th.n { text-align: right; }
table.judged th[scope=row] { font-weight: normal; }
table.judged caption { text-align: left; font-weight: bold; }
div.votes-chart { break-inside: avoid; margin: .4rem 0; }
div.asked { break-inside: avoid; margin: .6rem 0 1rem; }
div.asked h4 { margin: .2rem 0; }
div.asked p.meta { margin: .1rem 0; }
figure.form-chart { margin: .3rem 0; max-width: 150mm; }
figure.form-chart svg.chart { width: 100%; height: auto; }
table.answers { border-collapse: collapse; margin: .2rem 0; }
table.answers th, table.answers td { padding: .1rem .6rem .1rem 0; text-align: left; }
table.answers td.n { text-align: right; white-space: nowrap; }
ul.texts { margin: .2rem 0; padding-left: 1.2rem; }
figure.stance-chart svg.chart { width: 100%; height: auto; }
table.stance { border-collapse: collapse; margin: .3rem 0; min-width: 60%; }
table.stance caption { text-align: left; font-weight: bold; padding: .1rem 0; }
table.stance th { text-align: left; font-weight: normal; padding: .1rem .5rem .1rem 0; white-space: nowrap; }
table.stance td.n { text-align: right; padding: .1rem .4rem; white-space: nowrap; }
table.stance td.bar { width: 50%; padding: .1rem 0; }
table.stance td.bar span { display: block; height: .8em; background: var(--ink); }
ul.arguments { margin: .2rem 0 0 1.1rem; padding: 0; }
@media print {
  section.debate, section.forms, section.votes, section.judged { break-before: page; margin-top: 0; }
  html { font-size: 8.6pt; }
  body { max-width: none; padding: 0; }
  section.topic { break-before: page; margin-top: 0; }
  .swot { break-inside: avoid; }
  /* The key factors move whole to the next page rather than split. */
  .kf { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The synthesis as one self-contained, print-ready HTML page.
pub fn synthesis(v: &SynthView) -> String {
    let s = v.lang.s();
    let w = &s.synth;
    let syn = v.syn;
    let title = v.title();
    let mut o = String::with_capacity(64 * 1024);
    a4_head(&mut o, v.lang, &title, STYLE);

    // Cover: identity, counts, agenda, tables, groups, contents.
    let _ = write!(
        o,
        "<section class=\"cover\">\n<h1>{}</h1>\n",
        escape(&title)
    );
    if let Some(warning) = v.incomplete() {
        let _ = writeln!(
            o,
            "<p class=\"incomplete\" role=\"alert\"><strong>⚠ {}</strong></p>",
            escape(&warning)
        );
    }
    for (i, h) in syn.sessions.iter().enumerate() {
        let sub = SynthView::subtitle(h);
        if syn.sessions.len() > 1 {
            let _ = writeln!(
                o,
                "<p class=\"sub\">{}{}</p>",
                escape(&v.session_label(i)),
                if sub.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", escape(&sub))
                }
            );
        } else if !sub.is_empty() {
            let _ = writeln!(o, "<p class=\"sub\">{}</p>", escape(&sub));
        }
    }
    let workshops = if syn.sessions.len() > 1 {
        format!("{} {} · ", syn.sessions.len(), w.workshops)
    } else {
        String::new()
    };
    let _ = writeln!(
        o,
        "<p class=\"counts\"><strong>{}{}</strong></p>",
        escape(&workshops),
        escape(&v.counts(&syn.counts))
    );
    if let [h] = syn.sessions.as_slice() {
        if !h.agenda.is_empty() {
            let _ = write!(
                o,
                "<h2>{}</h2>\n<table class=\"agenda\">\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                w.agenda, w.phase, w.planned, w.actual
            );
            for row in &h.agenda {
                let (planned, actual) = v.agenda_times(row);
                let _ = writeln!(
                    o,
                    "<tr><td>{}</td><td class=\"num\">{planned}</td><td class=\"num\">{actual}</td></tr>",
                    escape(&row.title)
                );
            }
            o.push_str("</table>\n");
        }
        if !h.groups.is_empty() {
            let _ = writeln!(
                o,
                "<p><strong>{}{}</strong> {}</p>",
                s.groups,
                v.lang.colon().trim_end(),
                escape(&h.groups.join(", "))
            );
        }
    }
    let topics = super::topics::view(v);
    let _ = writeln!(o, "<h2>{}</h2>\n<ol class=\"toc\">", s.topics);
    for t in &topics {
        let _ = writeln!(
            o,
            "<li><strong>{}</strong> — {} · {}</li>",
            escape(&t.heading),
            escape(&t.tables),
            escape(&t.counts)
        );
    }
    o.push_str("</ol>\n");
    glance(&mut o, v, &topics);
    if let Some(view) = super::attendance::view(v) {
        attendance(&mut o, &view);
    }
    let _ = writeln!(
        o,
        "<p class=\"legend\">{}</p>\n</section>",
        escape(w.source_legend)
    );

    if v.debate_first() {
        debates(&mut o, v);
    }
    for t in &topics {
        topic(&mut o, v, t);
    }
    if !v.debate_first() {
        debates(&mut o, v);
    }
    votes_charts(&mut o, v, &topics);
    questionnaires(&mut o, v);
    for (n, (i, r)) in v.syn.judgments.iter().enumerate() {
        let view = super::judge::of_recorded(&v.syn.sessions[*i].title, r, v.lang);
        o.push_str("<section class=\"judged\">\n");
        if n == 0 && v.syn.debates.is_empty() {
            // The fills' patterns, once per document.
            o.push_str(super::svg::patterns());
        }
        super::judge::html::body(&mut o, &view, 2, &format!("judged-{n}"));
        o.push_str("</section>\n");
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The questionnaires: per question a chart of its answers (bars with
/// their numbers written at their ends), then the same numbers as a
/// table, the free texts listed.
fn questionnaires(o: &mut String, v: &SynthView) {
    let Some(view) = super::forms::view(v) else {
        return;
    };
    let _ = writeln!(
        o,
        "<section class=\"forms\">\n<h2>{}</h2>",
        escape(view.title)
    );
    for (n, q) in view.questionnaires.iter().enumerate() {
        let _ = writeln!(o, "<h3>{} — {}</h3>", escape(&q.title), escape(&q.forms));
        for (k, question) in q.questions.iter().enumerate() {
            let heading = format!("{} · {}", question.number, question.text);
            let _ = writeln!(
                o,
                "<div class=\"asked\">\n<h4>{}</h4>\n<p class=\"meta\">{}</p>",
                escape(&heading),
                escape(&question.summary)
            );
            if !question.rows.is_empty() {
                let bars: Vec<super::svg::Plain> = question
                    .rows
                    .iter()
                    .map(|r| super::svg::Plain {
                        label: &r.answer,
                        value: u64::from(r.count),
                        end: format!("{} · {}", r.count, r.share_text),
                        tip: format!("{} {} ({})", r.answer, r.count, r.share_text),
                    })
                    .collect();
                let _ = writeln!(
                    o,
                    "<figure class=\"form-chart\">{}</figure>",
                    super::svg::bars(
                        &format!("form-{n}-{k}"),
                        (&heading, question.chart_desc),
                        &bars
                    )
                );
                let _ = writeln!(
                    o,
                    "<table class=\"answers\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
                    escape(view.answer_heading),
                    escape(view.count_heading),
                    escape(view.share_heading)
                );
                for r in &question.rows {
                    let _ = writeln!(
                        o,
                        "<tr><th scope=\"row\">{}{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                        escape(&r.answer),
                        if r.median { " ◆" } else { "" },
                        r.count,
                        escape(&r.share_text)
                    );
                }
                o.push_str("</tbody>\n</table>\n");
            }
            if let Some(note) = question.note {
                let _ = writeln!(o, "<p class=\"meta\">{}</p>", escape(note));
            }
            if !question.texts.is_empty() {
                o.push_str("<ul class=\"texts\">");
                for t in &question.texts {
                    let _ = write!(o, "<li><bdi>{}</bdi></li>", escape(t));
                }
                o.push_str("</ul>\n");
            }
            o.push_str("</div>\n");
        }
    }
    if let Some(aside) = &view.aside {
        let _ = writeln!(o, "<p class=\"meta\">{}</p>", escape(aside));
    }
    o.push_str("</section>\n");
}

/// The débat mouvant: per statement, a table per count whose bars are
/// drawn in ink with the number and the share written beside them (never
/// colour alone), who moved, and the arguments.
fn debates(o: &mut String, v: &SynthView) {
    if v.syn.debates.is_empty() {
        return;
    }
    let view = super::debates::view(v);
    let colon = v.lang.html_colon();
    let _ = writeln!(
        o,
        "<section class=\"debate\">\n{}<h2>{}</h2>",
        super::svg::patterns(),
        escape(view.title)
    );
    let names: Vec<String> = view
        .positions
        .iter()
        .map(|(sign, name)| format!("{sign} {name}"))
        .collect();
    // Each part's tip: "++ D'accord 12 (60 %)".
    let tip = |i: usize, n: u32, share: u32| {
        format!("{} {n} ({})", names[i], crate::i18n::percent(share, v.lang))
    };
    for (n, st) in view.statements.iter().enumerate() {
        let _ = writeln!(
            o,
            "<div class=\"statement\">\n<h3>{}</h3>",
            escape(&st.quoted)
        );
        if let Some(compared) = st.compared {
            let _ = writeln!(o, "<p class=\"meta\">{}</p>", escape(compared));
        }
        for (k, s) in st.sessions.iter().enumerate() {
            if let Some(label) = &s.label {
                let _ = writeln!(o, "<h4>{}</h4>", escape(label));
            }
            // The counts drawn, before then after; the tables below hold
            // the same numbers.
            if !s.counts.is_empty() {
                let bars: Vec<super::svg::Bar> = s
                    .counts
                    .iter()
                    .map(|stand| super::svg::Bar {
                        label: stand.when,
                        parts: (0..names.len())
                            .map(|i| {
                                let (n, share) = (stand.counts[i], stand.percents[i]);
                                (u64::from(n), tip(i, n, share))
                            })
                            .collect(),
                    })
                    .collect();
                let _ = writeln!(
                    o,
                    "<figure class=\"stance-chart\">{}</figure>",
                    super::svg::stacked(
                        &format!("debate-{n}-{k}"),
                        (&st.quoted, view.chart_desc),
                        &names,
                        &bars
                    )
                );
            }
            for stand in &s.counts {
                let _ = writeln!(
                    o,
                    "<table class=\"stance\">\n<caption>{} ({})</caption>\n<tbody>",
                    escape(stand.when),
                    escape(&stand.people)
                );
                for (i, (sign, position)) in view.positions.iter().enumerate() {
                    let _ = writeln!(
                        o,
                        "<tr><th scope=\"row\">{} {}</th><td class=\"n\">{}</td><td class=\"n\">{}&nbsp;%</td><td class=\"bar\"><span style=\"width:{}%\"></span></td></tr>",
                        escape(sign),
                        escape(position),
                        stand.counts[i],
                        stand.percents[i],
                        stand.bars[i]
                    );
                }
                o.push_str("</tbody>\n</table>\n");
            }
            if let Some(not) = s.not_counted {
                let _ = writeln!(o, "<p class=\"meta\">{}</p>", escape(not));
            }
            if let Some(m) = &s.moved {
                let _ = writeln!(o, "<p class=\"moved\">{}</p>", escape(m));
            }
            if !s.arguments.is_empty() {
                o.push_str("<ul class=\"arguments\">");
                for (side, text) in &s.arguments {
                    let _ = write!(o, "<li><b>{}</b>{colon}{}</li>", escape(side), escape(text));
                }
                o.push_str("</ul>\n");
            }
        }
        if let Some(shift) = &st.shift {
            // The year drawn: each session's last count, first to last.
            let bars: Vec<super::svg::Bar> = st
                .trend
                .iter()
                .map(|(label, counts)| {
                    let shares = crate::core::debate::percents(counts);
                    super::svg::Bar {
                        label,
                        parts: (0..names.len())
                            .map(|i| (u64::from(counts[i]), tip(i, counts[i], shares[i])))
                            .collect(),
                    }
                })
                .collect();
            let _ = writeln!(
                o,
                "<figure class=\"stance-chart\">{}</figure>\n<p class=\"moved\"><strong>{}</strong></p>",
                super::svg::stacked(
                    &format!("debate-{n}-year"),
                    (&format!("{} — {}", st.quoted, shift), view.trend_desc),
                    &names,
                    &bars
                ),
                escape(shift)
            );
        }
        o.push_str("</div>\n");
    }
    o.push_str("</section>\n");
}

/// The cover's table: each topic's four key factors, as chosen by the room
/// (or led by the votes), in a few words each.
fn glance(o: &mut String, v: &SynthView, topics: &[TopicView]) {
    let w = &v.lang.s().synth;
    let Some(first) = topics.first() else {
        return;
    };
    let _ = write!(
        o,
        "<h2>{}</h2>\n<table class=\"glance\">\n<thead><tr><th scope=\"col\">{}</th>",
        escape(w.at_a_glance),
        escape(v.lang.s().topic)
    );
    if topics.iter().any(|t| !t.swot) {
        return glance_mixed(o, v, topics);
    }
    for c in &first.columns {
        let _ = write!(o, "<th scope=\"col\">{}</th>", escape(&c.pick.title));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for t in topics {
        let _ = write!(o, "<tr><th scope=\"row\">{}</th>", escape(t.key));
        for c in &t.columns {
            o.push_str("<td>");
            if c.pick.picked.is_empty() {
                o.push('—');
            }
            for (i, it) in c.pick.picked.iter().enumerate() {
                if i > 0 {
                    o.push_str("<br>");
                }
                glance_item(o, it);
            }
            o.push_str("</td>");
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

/// A picked item on the cover: its label and its first words.
fn glance_item(o: &mut String, it: &Picked) {
    let _ = write!(
        o,
        "<span class=\"label\">{}</span><bdi>{}</bdi>",
        escape(&it.label),
        escape(&crate::core::text::clip_words(it.text, 70))
    );
}

/// The cover's table when some topics are not SWOTs: one cell per topic
/// naming each key factor or pick.
fn glance_mixed(o: &mut String, v: &SynthView, topics: &[TopicView]) {
    let _ = write!(
        o,
        "<th scope=\"col\">{} · {}</th>",
        escape(v.lang.s().synth.key_factors),
        escape(v.lang.board().room_picks)
    );
    o.push_str("</tr></thead>\n<tbody>\n");
    for t in topics {
        let _ = write!(o, "<tr><th scope=\"row\">{}</th><td>", escape(t.key));
        let mut first = true;
        for p in t.columns.iter().map(|c| &c.pick) {
            if p.picked.is_empty() {
                continue;
            }
            if !first {
                o.push_str("<br>");
            }
            first = false;
            let _ = write!(o, "<b>{}</b>{}", escape(&p.title), v.lang.colon());
            for (i, it) in p.picked.iter().enumerate() {
                if i > 0 {
                    o.push_str(" · ");
                }
                glance_item(o, it);
            }
        }
        if first {
            o.push('—');
        }
        o.push_str("</td></tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

/// After the topics, from a new page: each topic's votes per column
/// drawn (when anyone voted there), each followed by the same numbers as
/// a table. Apart from the topics, whose pages stay as they print.
fn votes_charts(o: &mut String, v: &SynthView, topics: &[TopicView]) {
    let voted: Vec<&TopicView> = topics
        .iter()
        .filter(|t| t.columns.iter().flat_map(|c| &c.items).any(|i| i.votes > 0))
        .collect();
    let Some(first) = voted.first() else {
        return;
    };
    let w = &v.lang.s().synth;
    let _ = writeln!(
        o,
        "<section class=\"votes\">\n<h2>{}</h2>",
        escape(w.votes_chart[usize::from(!first.swot)])
    );
    for t in voted {
        votes_chart(o, v, t);
    }
    o.push_str("</section>\n");
}

/// One topic's votes per column drawn, then the same numbers as a table.
fn votes_chart(o: &mut String, v: &SynthView, t: &TopicView) {
    let w = &v.lang.s().synth;
    let per: Vec<(&ColumnView, i64, usize)> = t
        .columns
        .iter()
        .map(|c| {
            (
                c,
                c.items.iter().map(|i| i.votes.max(0)).sum::<i64>(),
                c.items.iter().map(|i| i.times).sum::<usize>(),
            )
        })
        .collect();
    let total: i64 = per.iter().map(|p| p.1).sum();
    if total <= 0 {
        return;
    }
    let title = format!("{} — {}", w.votes_chart[usize::from(!t.swot)], t.heading);
    let bars: Vec<super::svg::Plain> = per
        .iter()
        .map(|(c, votes, _)| super::svg::Plain {
            label: &c.name,
            value: *votes as u64,
            end: votes.to_string(),
            tip: format!("{} {votes} {}", c.name, w.votes),
        })
        .collect();
    let _ = writeln!(
        o,
        "<div class=\"votes-chart\"><h3>{}</h3><figure class=\"form-chart\">{}</figure>",
        escape(&t.heading),
        super::svg::bars(
            &format!("votes-{}", crate::core::text::slug(t.key)),
            (&title, w.votes_chart_desc),
            &bars
        )
    );
    let _ = writeln!(
        o,
        "<table class=\"answers\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(v.lang.s().sheet.quadrant),
        escape(v.lang.s().sheet.post_its),
        escape(w.votes)
    );
    for (c, votes, times) in &per {
        let _ = writeln!(
            o,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{times}</td><td class=\"n\">{votes}</td></tr>",
            escape(&c.name)
        );
    }
    o.push_str("</tbody>\n</table></div>\n");
}

fn topic(o: &mut String, v: &SynthView, t: &TopicView) {
    let w = &v.lang.s().synth;
    let layout = Layout::of(t);
    let _ = write!(
        o,
        "<section class=\"topic{}\" id=\"topic-{}\">\n<h2>{}</h2>\n",
        match layout {
            Layout::Compact => " compact",
            _ => "",
        },
        escape(&crate::core::text::slug(t.key)),
        escape(&t.heading)
    );
    if !t.question.is_empty() {
        let _ = writeln!(o, "<p class=\"question\">{}</p>", escape(t.question));
    }
    let _ = writeln!(
        o,
        "<p class=\"meta\">{} · {}</p>",
        escape(&t.tables),
        escape(&t.counts)
    );

    match layout {
        Layout::Grid => grid(o, v, t),
        _ => {
            for c in &t.columns {
                quadrant_table(o, v, c, layout == Layout::Compact);
            }
        }
    }

    let _ = writeln!(
        o,
        "<h2 class=\"kf-title\">{}</h2>\n<div class=\"kf\">",
        t.picks_heading
    );
    for side in &t.sides {
        o.push_str("<div class=\"side\">\n");
        if let Some(title) = side.title {
            let _ = writeln!(o, "<h3>{title}</h3>");
        }
        for p in side.columns.iter().map(|i| &t.columns[*i].pick) {
            let how = p
                .how_shown
                .map(|h| format!(" <span class=\"how\">({})</span>", escape(h)))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "<div class=\"card\">\n<div class=\"what\">★ {}{how}</div>",
                escape(&p.title),
            );
            for it in &p.picked {
                let _ = writeln!(
                    o,
                    "<div class=\"picked\"><span class=\"label\">{}</span><bdi>{}</bdi> \
                     <span class=\"item-meta\">· {}</span></div>",
                    escape(&it.label),
                    escape(it.text),
                    it.votes_text
                );
            }
            let _ = writeln!(
                o,
                "<div class=\"act-title\">{}</div>",
                escape(&p.action_title)
            );
            if p.actions.is_empty() {
                let _ = writeln!(o, "<p class=\"empty\">{}</p>", w.no_actions);
            } else {
                o.push_str("<ul class=\"actions\">\n");
                for a in &p.actions {
                    let from = a
                        .from
                        .as_ref()
                        .map(|l| format!("<strong>{} ·</strong> ", escape(l)))
                        .unwrap_or_default();
                    let _ = writeln!(o, "<li>{from}<bdi>{}</bdi></li>", escape(a.text));
                }
                o.push_str("</ul>\n");
            }
            o.push_str("</div>\n");
        }
        o.push_str("</div>\n");
    }
    o.push_str("</div>\n</section>\n");
}

/// How a topic is printed, from how much it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// The SWOT as a 2×2 grid, on one A4 page with its key factors.
    Grid,
    /// Past one page: the four quadrants one after the other, full width,
    /// each a table whose heading Chromium repeats on every page it spans.
    Flow,
    /// Past [`COMPACT_FROM`] items: as Flow, two items a row, smaller type.
    Compact,
}

/// Lines of the grid's taller row pairs that still leave room on an A4 page
/// for the topic's heading and its key factors (measured in Chromium).
pub const GRID_LINES: usize = 38;
/// From this many post-its in a topic, the compact layout.
pub const COMPACT_FROM: usize = 150;

impl Layout {
    pub fn of(t: &TopicView) -> Layout {
        if t.post_its() >= COMPACT_FROM {
            return Layout::Compact;
        }
        // The 2×2 grid is a SWOT's; other boards run column after column.
        if !t.swot {
            return Layout::Flow;
        }
        // A half-page column holds about 50 characters a line; an item's
        // last line runs on with its label and votes/source (31 more).
        let text = |s: &str, extra: usize| -> usize {
            let last = s.split('\n').count() - 1;
            s.split('\n')
                .enumerate()
                .map(|(n, l)| {
                    let more = if n == last { extra } else { 0 };
                    (l.chars().count() + more).div_ceil(50).max(1)
                })
                .sum()
        };
        let lines = |q: Column| -> usize {
            let items = t
                .columns
                .iter()
                .filter(|c| c.column == q)
                .flat_map(|c| &c.items);
            1 + items
                .map(|i| {
                    text(i.text, 31) + i.members.iter().map(|m| text(m.text, 0)).sum::<usize>()
                })
                .sum::<usize>()
        };
        let rows = lines(Column::S).max(lines(Column::W)) + lines(Column::O).max(lines(Column::T));
        if rows <= GRID_LINES {
            Layout::Grid
        } else {
            Layout::Flow
        }
    }
}

/// The grid: columns favourable | unfavourable, rows internal | external.
fn grid(o: &mut String, v: &SynthView, t: &TopicView) {
    let s = v.lang.s();
    let _ = write!(
        o,
        "<div class=\"swot\">\n<div class=\"axis corner\"></div>\
         <div class=\"axis col\">{}</div><div class=\"axis col\">{}</div>\n",
        escape(s.favourable),
        escape(s.unfavourable)
    );
    for (axis, pair) in [
        (s.internal, [Column::S, Column::W]),
        (s.external, [Column::O, Column::T]),
    ] {
        let _ = writeln!(o, "<div class=\"axis row\">{}</div>", escape(axis));
        for c in pair
            .iter()
            .filter_map(|q| t.columns.iter().find(|c| c.column == *q))
        {
            quadrant(o, v, c);
        }
    }
    o.push_str("</div>\n");
}

/// A quadrant's heading: its name, what it is for, and how many items.
fn quadrant_heading(o: &mut String, c: &ColumnView) {
    o.push_str(&escape(&c.name));
    if let Some(hint) = c.hint {
        let _ = write!(o, " <span class=\"hint\">— {}</span>", escape(hint));
    }
    let _ = write!(o, " <span class=\"n\">{}</span>", c.items.len());
}

fn quadrant(o: &mut String, v: &SynthView, c: &ColumnView) {
    let w = &v.lang.s().synth;
    let q = c.column;
    let _ = write!(o, "<div class=\"q q-{q}\">\n<h3>");
    quadrant_heading(o, c);
    o.push_str("</h3>\n");
    if c.items.is_empty() {
        let _ = writeln!(o, "<p class=\"empty\">{}</p>", w.nothing);
    } else {
        o.push_str("<ol class=\"items\">\n");
        for item in &c.items {
            let _ = write!(o, "<li{}>", if item.chosen { " class=\"key\"" } else { "" });
            item_html(o, v, item);
            o.push_str("</li>\n");
        }
        o.push_str("</ol>\n");
    }
    o.push_str("</div>\n");
}

/// A quadrant past one page: a table whose header row (the quadrant's
/// name) is repeated on every page it spans; a row never splits.
fn quadrant_table(o: &mut String, v: &SynthView, c: &ColumnView, two: bool) {
    let w = &v.lang.s().synth;
    let q = c.column;
    let cols = if two && c.items.len() > 1 { 2 } else { 1 };
    let _ = write!(
        o,
        "<table class=\"qt q-{q}{}\">\n<thead><tr><th scope=\"col\"{}>",
        if cols == 2 { " two" } else { "" },
        if cols == 2 { " colspan=\"2\"" } else { "" }
    );
    quadrant_heading(o, c);
    o.push_str("</th></tr></thead>\n<tbody>\n");
    if c.items.is_empty() {
        let _ = writeln!(o, "<tr><td class=\"empty\">{}</td></tr>", w.nothing);
    }
    for row in c.items.chunks(cols) {
        o.push_str("<tr>");
        for item in row {
            let _ = write!(o, "<td{}>", if item.chosen { " class=\"key\"" } else { "" });
            item_html(o, v, item);
            o.push_str("</td>");
        }
        if row.len() < cols {
            o.push_str("<td></td>");
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

/// One item: star if chosen, label, text, meta, then its cluster members.
fn item_html(o: &mut String, v: &SynthView, item: &ItemView) {
    let _ = write!(
        o,
        "{}<span class=\"label\">{}</span><bdi>{}</bdi> <span class=\"item-meta\">· {}</span>",
        if item.chosen {
            "<span class=\"star\">★ </span>"
        } else {
            ""
        },
        escape(&item.label),
        escape(item.text),
        escape(&item.meta(v))
    );
    if !item.members.is_empty() {
        o.push_str("\n<ul class=\"members\">\n");
        for m in &item.members {
            let _ = writeln!(
                o,
                "<li><bdi>{}</bdi> <span class=\"item-meta\">· {}</span></li>",
                escape(m.text),
                escape(&m.meta(v))
            );
        }
        o.push_str("</ul>");
    }
}

const PLAN_STYLE: &str = r#"
table.seating { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; }
table.seating th, table.seating td { border: 1px solid var(--line); padding: .2rem .4rem; text-align: left; vertical-align: top; }
table.seating td.n { text-align: right; white-space: nowrap; }
.person .event { font-size: 8pt; color: #444; margin: 0 0 .1rem; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 0; margin-top: .5rem; }
.person { border: 1px dashed var(--ink); padding: .5rem .7rem; break-inside: avoid; min-height: 5.5rem; }
.person h3 { font-size: 1.15rem; margin-bottom: .3rem; }
.person ol { margin: 0; padding-left: 0; list-style: none; }
.person li { margin: .12rem 0; }
.person .r { font-weight: bold; }
.person .away { color: var(--muted); font-style: italic; }
@media print { section.cards-page { break-before: page; } }
"#;

/// The rotation as a print-ready page: per round, who sits at which table;
/// then, when people move on their own, one card per person to cut out.
pub fn plan(v: &super::PlanView) -> String {
    let s = v.lang.s();
    let mut o = String::with_capacity(32 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"tablee\">\n<title>{}</title>\n<style>{STYLE}{PLAN_STYLE}\
         @page {{ size: A4; margin: 12mm 11mm 15mm;\n  \
         @bottom-left {{ content: {}; font-size: 8pt; color: #555; }}\n  \
         @bottom-right {{ content: counter(page) \" / \" counter(pages); font-size: 8pt; color: #555; }} }}\n\
         </style>\n</head>\n<body>\n<main>\n<header>\n<h1>{}</h1>\n",
        v.lang.code(),
        escape(&v.title),
        css_string(&v.title),
        escape(&v.title),
    );
    if !v.subtitle.is_empty() {
        let _ = writeln!(o, "<p class=\"sub\">{}</p>", escape(&v.subtitle));
    }
    let _ = writeln!(o, "<p>{}</p>", escape(&v.summary));
    if let Some(m) = &v.mixing {
        let _ = writeln!(o, "<p>{}</p>", escape(m));
    }
    let _ = writeln!(o, "</header>");
    for row in &v.rows {
        let _ = writeln!(
            o,
            "<h2>{}</h2>\n<table class=\"seating\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(&v.row_label(row)),
            escape(s.table),
            escape(s.topic),
            escape(s.host),
            escape(if v.individual {
                s.participants
            } else {
                s.groups
            }),
            escape(s.how_many),
        );
        for (col, who) in v.columns.iter().zip(&row.cells) {
            let names: Vec<String> = who.iter().map(|w| escape(w)).collect();
            let _ = writeln!(
                o,
                "<tr><td><b>{}</b></td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                escape(&col.key),
                escape(v.topic_title(&col.topic)),
                escape(&col.host),
                if names.is_empty() {
                    "—".to_string()
                } else {
                    names.join(", ")
                },
                who.len(),
            );
        }
        o.push_str("</tbody></table>\n");
    }
    if !v.itineraries.is_empty() {
        let heading = if v.individual { s.cards } else { s.itineraries };
        let _ = writeln!(
            o,
            "<section class=\"cards-page\">\n<h2>{}</h2>\n<div class=\"cards\">",
            escape(heading)
        );
        for it in &v.itineraries {
            // Each card says which workshop it belongs to: cut cards from
            // two events cannot be mixed up.
            let _ = write!(
                o,
                "<div class=\"person\"><p class=\"event\">{}</p><h3>{}</h3><ol>",
                escape(&v.card_event()),
                escape(&it.who)
            );
            for ((round, place), stop) in v.card_stops(it).iter().zip(&it.stops) {
                let class = if stop.is_some() {
                    ""
                } else {
                    " class=\"away\""
                };
                let _ = write!(
                    o,
                    "<li{class}><span class=\"r\">{}</span> → {}</li>",
                    escape(round),
                    escape(place)
                );
            }
            o.push_str("</ol></div>\n");
        }
        o.push_str("</div>\n</section>\n");
    }
    for note in &v.notes {
        let _ = writeln!(
            o,
            "<p class=\"legend\">{}{}{}</p>",
            escape(s.warning),
            // French: the space before the colon never breaks.
            v.lang.colon().replacen(" :", "&nbsp;:", 1),
            escape(note)
        );
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// Who came, counted: a table per session and per role, no name.
pub(crate) fn attendance(o: &mut String, view: &super::attendance::View) {
    let _ = write!(
        o,
        "<section class=\"attendance\">\n<h2>{}</h2>\n<p class=\"legend\">{}</p>\n",
        escape(view.heading),
        escape(view.note)
    );
    for t in &view.tables {
        let _ = write!(
            o,
            "<table class=\"glance\">\n<caption>{}</caption>\n<thead><tr>",
            escape(&t.caption)
        );
        for h in &t.heads {
            let _ = write!(o, "<th scope=\"col\">{}</th>", escape(h));
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        for row in &t.rows {
            o.push_str("<tr>");
            for (i, c) in row.iter().enumerate() {
                if i == 0 {
                    let _ = write!(o, "<th scope=\"row\">{}</th>", escape(c));
                } else {
                    let _ = write!(o, "<td class=\"num\">{}</td>", escape(c));
                }
            }
            o.push_str("</tr>\n");
        }
        o.push_str("</tbody>\n</table>\n");
    }
    if let Some(year) = &view.year {
        let _ = writeln!(o, "<p>{}</p>", escape(year));
    }
    o.push_str("</section>\n");
}
