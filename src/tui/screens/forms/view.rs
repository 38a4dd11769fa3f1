//! Drawing the transcription: the forms typed so far as a grid (one row
//! per form, one column per question), the row being typed last, the
//! current question in full with its numbered answers below; or the
//! results as bars with their numbers and shares (never colour alone).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{State, forms_of};
use crate::core::debate::bar;
use crate::core::questionnaire::{self, Answers, Questionnaire};
use crate::i18n::prelude::*;
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::screens::Screen as _;
use crate::tui::widgets::wrap::lines;
use crate::tui::widgets::{clip, render, safe};

pub fn view(state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let room = look.room;
    let lang = room.display.lang;
    let w = lang.forms();
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let footer = footer_line(state.bindings(), look, Vec::new(), foot.width);
    render(buf, Paragraph::new(footer), foot);
    let Some(q) = state.current(room) else {
        render(
            buf,
            Paragraph::new(lines(w.none, body.width as usize).join("\n")),
            body,
        );
        return;
    };
    let forms = forms_of(room, &q.title);
    let nq = room.session.questionnaires.len();
    let mut title = vec![
        Span::styled(
            format!("{} {}", w.title, lang.quote(&safe(&q.title))),
            look.theme.bold(),
        ),
        Span::raw(if nq > 1 {
            format!(" {}/{nq}", state.questionnaire + 1)
        } else {
            String::new()
        }),
        Span::raw(format!(
            " · {}",
            crate::i18n::forms::forms(forms.len(), lang)
        )),
    ];
    if state.results {
        title.push(Span::styled(
            format!(" · {}", w.results),
            look.theme.bold().add_modifier(Modifier::REVERSED),
        ));
    }
    render(buf, Paragraph::new(Line::from(title)), head);
    if state.results {
        results(state, look, q, &forms, body, buf);
    } else {
        grid(state, look, q, &forms, body, buf);
    }
}

/// The columns' widths: a short one per step or choice question, the
/// rest shared by the free texts.
fn widths(q: &Questionnaire, width: usize) -> Vec<usize> {
    let short: Vec<bool> = q.questions.iter().map(|x| !x.answers.is_text()).collect();
    let fixed: usize = q
        .questions
        .iter()
        .enumerate()
        .filter(|(_, x)| !x.answers.is_text())
        .map(|(i, x)| col_short(i, &x.answers))
        .sum();
    let texts = short.iter().filter(|s| !**s).count();
    let left = width.saturating_sub(fixed + 5);
    let text_w = left.checked_div(texts).map_or(0, |w| w.clamp(10, 40));
    q.questions
        .iter()
        .enumerate()
        .map(|(i, x)| {
            if x.answers.is_text() {
                text_w
            } else {
                col_short(i, &x.answers)
            }
        })
        .collect()
}

fn col_short(i: usize, a: &Answers) -> usize {
    let label = format!("Q{}", i + 1).len();
    let digits = if matches!(a, Answers::Many(_)) {
        a.choices().len()
    } else {
        1
    };
    label.max(digits) + 2
}

fn grid(
    state: &State,
    look: &Look,
    q: &Questionnaire,
    forms: &[&questionnaire::Form],
    body: Rect,
    buf: &mut Buffer,
) {
    let room = look.room;
    let lang = room.display.lang;
    let w = lang.forms();
    let theme = &look.theme;
    // The current question in full below the grid.
    let question = q.questions.get(state.field);
    let width = body.width as usize;
    let mut below: Vec<Line> = Vec::new();
    if let Some(question) = question {
        let head = format!(
            "Q{}/{} · {}",
            state.field + 1,
            q.questions.len(),
            safe(&question.text)
        );
        for l in lines(&head, width) {
            below.push(Line::styled(l, theme.bold()));
        }
        let choices: Vec<String> = question
            .answers
            .choices()
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{} {}", i + 1, safe(c)))
            .collect();
        if !choices.is_empty() {
            for l in lines(&choices.join(" · "), width) {
                below.push(Line::raw(l));
            }
        }
        let how = match question.answers {
            Answers::Scale(_) | Answers::One(_) => w.type_digit,
            Answers::Many(_) => w.type_digits,
            Answers::Text => w.type_text,
        };
        below.push(Line::styled(
            format!("{how} · {}", w.tab_blank),
            theme.dim(),
        ));
    }
    let below_rows = (below.len() as u16 + 1).min(body.height / 2);
    let [table, _, under] = Layout::vertical([
        Constraint::Min(2),
        Constraint::Length(1),
        Constraint::Length(below_rows.saturating_sub(1)),
    ])
    .areas(body);
    render(buf, Paragraph::new(below), under);

    // Which columns fit: from one that keeps the current field in view.
    let cols = widths(q, width);
    let num_w = 5;
    let avail = width.saturating_sub(num_w);
    let mut first = 0;
    while first < state.field && cols[first..=state.field].iter().sum::<usize>() > avail {
        first += 1;
    }
    let mut shown = Vec::new();
    let mut used = 0;
    for (i, &c) in cols.iter().enumerate().skip(first) {
        if used + c > avail && !shown.is_empty() {
            break;
        }
        shown.push(i);
        used += c;
    }
    let cell = |s: &str, w: usize| {
        let s = clip(&safe(s), w.saturating_sub(1));
        let pad = w.saturating_sub(s.width());
        format!("{s}{}", " ".repeat(pad))
    };
    let mut out: Vec<Line> = Vec::new();
    let mut header = vec![Span::styled(cell(w.number_head, num_w), theme.dim())];
    for &i in &shown {
        let style = if i == state.field {
            theme.bold().add_modifier(Modifier::UNDERLINED)
        } else {
            theme.dim()
        };
        header.push(Span::styled(cell(&format!("Q{}", i + 1), cols[i]), style));
    }
    out.push(Line::from(header));
    // The forms that fit above the typing row (around the one corrected).
    let rows = (table.height as usize).saturating_sub(2);
    let at = state
        .editing
        .and_then(|id| forms.iter().position(|f| f.id == id));
    let end = match at {
        Some(a) => (a + rows / 2 + 1)
            .min(forms.len())
            .max(rows.min(forms.len())),
        None => forms.len(),
    };
    let start = end.saturating_sub(rows);
    for (n, form) in forms.iter().enumerate().take(end).skip(start) {
        let editing = Some(form.id) == state.editing;
        let mut spans = vec![Span::raw(cell(&format!("{}", n + 1), num_w))];
        for &i in &shown {
            let text = if editing {
                state.fields[i].text().to_string()
            } else {
                form.answer(&q.questions[i].text)
                    .map(questionnaire::typed)
                    .unwrap_or_default()
            };
            spans.push(field_span(state, editing, i, &text, cols[i]));
        }
        let style = if editing {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        out.push(Line::from(spans).style(style));
    }
    if state.editing.is_none() {
        // The row typed is the next form.
        let mut spans = vec![Span::styled(
            cell(&format!("▶{}", forms.len() + 1), num_w),
            theme.bold(),
        )];
        for &i in &shown {
            spans.push(field_span(state, true, i, state.fields[i].text(), cols[i]));
        }
        out.push(Line::from(spans));
    }
    render(buf, Paragraph::new(out), table);
}

/// One answer in the grid: the one typed into shows reversed, with the
/// cursor.
fn field_span(
    state: &State,
    typing_row: bool,
    i: usize,
    text: &str,
    width: usize,
) -> Span<'static> {
    let inner = width.saturating_sub(1);
    if typing_row && i == state.field {
        let shown = if text.width() >= inner {
            // The end of a long text, where the cursor is.
            let chars: Vec<char> = text.chars().collect();
            let keep = inner.saturating_sub(1);
            chars[chars.len().saturating_sub(keep)..].iter().collect()
        } else {
            text.to_string()
        };
        let pad = inner.saturating_sub(shown.width() + 1);
        Span::styled(
            format!("{}▏{} ", safe(&shown), " ".repeat(pad)),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    } else {
        let s = clip(&safe(text), inner);
        let pad = width.saturating_sub(s.width());
        Span::raw(format!("{s}{}", " ".repeat(pad)))
    }
}

fn results(
    state: &State,
    look: &Look,
    q: &Questionnaire,
    forms: &[&questionnaire::Form],
    body: Rect,
    buf: &mut Buffer,
) {
    let room = look.room;
    let lang = room.display.lang;
    let w = lang.forms();
    let theme = &look.theme;
    let (counted, _) = questionnaire::results(std::slice::from_ref(q), forms.iter().copied());
    let Some(r) = counted.first() else { return };
    let width = body.width as usize;
    let mut out: Vec<Line> = Vec::new();
    for (i, qr) in r.questions.iter().enumerate() {
        let mut head = format!(
            "Q{} · {} — {}",
            i + 1,
            safe(&qr.question.text),
            crate::i18n::forms::summary(qr.answered, qr.blank, qr.question.answers.is_text(), lang)
        );
        if let Some(m) = qr.median() {
            head.push_str(&format!(
                ", {}{}{}",
                w.median,
                lang.colon(),
                qr.question.answers.choices()[m]
            ));
        }
        for l in lines(&head, width) {
            out.push(Line::styled(l, theme.bold()));
        }
        let choices = qr.question.answers.choices();
        let label = choices
            .iter()
            .map(|c| clip(&safe(c), 24).width())
            .max()
            .unwrap_or(0);
        let max = qr.counts.iter().copied().max().unwrap_or(0);
        let shares = qr.shares();
        let bar_w = width.saturating_sub(label + 2 + 5 + 7 + 1).min(50);
        for (k, c) in choices.iter().enumerate() {
            let name = clip(&safe(c), 24);
            let pad = " ".repeat(label - name.width());
            out.push(Line::from(vec![
                Span::raw(format!(
                    "  {name}{pad} {:>4} {:>4}\u{a0}% ",
                    qr.counts[k], shares[k]
                )),
                Span::raw(bar(qr.counts[k], max, bar_w)),
            ]));
        }
        if matches!(qr.question.answers, Answers::Many(_)) {
            out.push(Line::styled(format!("  ({})", w.many_note), theme.dim()));
        }
        for t in &qr.texts {
            for (j, l) in lines(&safe(t), width.saturating_sub(4))
                .into_iter()
                .enumerate()
            {
                out.push(Line::raw(format!(
                    "  {} {l}",
                    if j == 0 { "•" } else { " " }
                )));
            }
        }
        out.push(Line::raw(""));
    }
    let top = state
        .scroll
        .min(out.len().saturating_sub(body.height as usize));
    render(
        buf,
        Paragraph::new(out.into_iter().skip(top).collect::<Vec<_>>()),
        body,
    );
}
