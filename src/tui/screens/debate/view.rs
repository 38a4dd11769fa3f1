//! Drawing the débat mouvant for a projector: the statement large and
//! centred, then one bar per position with its sign, word, number and
//! share; after the arguments, the first count beside the second; the
//! arguments for and against below.

use crate::i18n::prelude::*;
use crate::tui::screens::Screen as _;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::State;
use crate::core::debate::{self, Side, When, bar, percents};
use crate::i18n::debate as words;
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::widgets::wrap::lines;
use crate::tui::widgets::{clip, editor, render, safe, typing_rows};

pub fn view(state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let (room, theme) = (look.room, &look.theme);
    let lang = room.display.lang;
    let d = lang.debate();
    let input_rows = if state.arguing.is_some() {
        editor::height(&state.editor, area.width, area.height)
    } else {
        0
    };
    let [head, body, input, foot] = typing_rows(area, input_rows);
    let n = room.session.statements.len();
    let header = Line::from(vec![
        Span::styled(format!("{} · ", d.title), theme.bold()),
        Span::raw(format!(
            "{} {}/{n} · ",
            d.statement,
            (state.statement + 1).min(n)
        )),
        Span::styled(
            words::when(state.when, lang).to_string(),
            theme.bold().add_modifier(Modifier::REVERSED),
        ),
    ]);
    render(buf, Paragraph::new(header), head);
    let Some(text) = state.text(room) else {
        render(
            buf,
            Paragraph::new(lines(d.no_statements, body.width as usize).join("\n")),
            body,
        );
        let line = footer_line(state.bindings(), look, Vec::new(), foot.width);
        render(buf, Paragraph::new(line), foot);
        return;
    };

    // The statement, large: bold, centred, with room around it.
    let margin = (body.width / 10).min(8);
    let text_width = body.width.saturating_sub(margin * 2).max(1) as usize;
    let statement: Vec<String> = lines(&lang.quote(&safe(text)), text_width);
    let tall = body.height >= 20;
    let statement_rows = statement.len() as u16 + if tall { 2 } else { 0 };
    let args_rows = if body.height >= 16 {
        body.height / 4
    } else {
        0
    };
    let [top, bars, args] = Layout::vertical([
        Constraint::Length(statement_rows.min(body.height)),
        Constraint::Min(0),
        Constraint::Length(args_rows),
    ])
    .areas(body);
    let mut out: Vec<Line> = Vec::new();
    if tall {
        out.push(Line::raw(""));
    }
    out.extend(
        statement
            .into_iter()
            .map(|l| Line::styled(l, theme.bold()).centered()),
    );
    render(buf, Paragraph::new(out), top);

    // The bars.
    let now = state.shown(room);
    let before = state.saved(room, When::Before);
    let label = d
        .positions
        .iter()
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    let mut out: Vec<Line> = Vec::new();
    if tall {
        out.push(Line::raw(""));
    }
    match now {
        None => out.push(Line::styled(format!("  {}", d.nobody_yet), theme.dim())),
        Some(c) => {
            let total: u32 = c.iter().sum();
            let max = c.iter().copied().max().unwrap_or(0);
            let pct = percents(&c);
            let shown_before = (state.when == When::After).then_some(before).flatten();
            // "▶ ++ Agree            12   40 % " then the bar.
            let fixed = 2 + 3 + label + 1 + 5 + 6 + if shown_before.is_some() { 8 } else { 0 };
            let bar_width = (bars.width as usize).saturating_sub(fixed + 2).min(60);
            for i in 0..debate::POSITIONS {
                let mark = if state.row == i { "▶" } else { " " };
                let typing = state.draft.is_some() && state.row == i;
                let name = d.positions[i];
                let pad = " ".repeat(label - name.chars().count());
                let mut spans = vec![Span::raw(format!("{mark} {:<2} {name}{pad} ", d.signs[i]))];
                if let Some(b) = shown_before {
                    spans.push(Span::styled(format!("{:>4} → ", b[i]), theme.dim()));
                }
                let count = format!("{:>4}", c[i]);
                spans.push(if typing {
                    Span::styled(
                        format!("{count}▏"),
                        Style::new().add_modifier(Modifier::REVERSED),
                    )
                } else {
                    Span::styled(format!("{count} "), theme.bold())
                });
                spans.push(Span::raw(format!("{:>4}\u{a0}% ", pct[i])));
                spans.push(Span::raw(bar(c[i], max, bar_width)));
                let style = if state.row == i {
                    Style::new().add_modifier(Modifier::BOLD)
                } else {
                    Style::new()
                };
                out.push(Line::from(spans).style(style));
                if tall {
                    out.push(Line::raw(""));
                }
            }
            out.push(Line::raw(format!(
                "  {}",
                crate::i18n::debate::people(total, lang)
            )));
            if state.when == When::After
                && let (Some(b), Some(_)) = (before, now)
            {
                let r = debate::StatementResult {
                    statement: String::new(),
                    before: Some(b),
                    after: Some(c),
                    arguments: Vec::new(),
                };
                if let Some(m) = r.moved() {
                    out.push(Line::styled(
                        format!("  {}", words::moved(&m, lang)),
                        theme.bold(),
                    ));
                }
            }
        }
    }
    render(buf, Paragraph::new(out), bars);

    // The arguments, for on the left and against on the right.
    if args.height > 0 {
        let [left, right] = Layout::horizontal([Constraint::Ratio(1, 2); 2]).areas(args);
        for (side, col) in [(Side::For, left), (Side::Against, right)] {
            let mut list: Vec<&debate::Argument> = room
                .notes
                .board
                .arguments
                .values()
                .filter(|a| a.side == side && debate::same(&a.statement, text))
                .collect();
            list.sort_by_key(|a| a.order);
            let mut out = vec![Line::styled(
                format!("{} ({})", words::side(side, lang), list.len()),
                theme.bold().add_modifier(Modifier::UNDERLINED),
            )];
            let width = col.width.saturating_sub(1) as usize;
            // The latest that fit.
            let room_left = (col.height as usize).saturating_sub(1);
            let skip = list.len().saturating_sub(room_left);
            for a in list.into_iter().skip(skip) {
                out.push(Line::raw(clip(&format!("• {}", safe(&a.text)), width)));
            }
            render(buf, Paragraph::new(out), col);
        }
    }
    if let Some(side) = state.arguing {
        let title = format!("{} — {}", d.new_argument, words::side(side, lang));
        editor::draw(&state.editor, &title, None, true, theme, buf, input);
    }
    let line = footer_line(state.bindings(), look, Vec::new(), foot.width);
    render(buf, Paragraph::new(line), foot);
}
