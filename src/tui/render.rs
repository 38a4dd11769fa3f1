//! Drawing the app: the screen on top, then the overlay.

use crate::i18n::prelude::*;
use ratatui::widgets::Paragraph;

use super::app::App;
use super::widgets;

/// Draws frames. On the clock screens the static layer (everything but the
/// clock) is cached while its key is unchanged, and only the clock panel is
/// drawn each second.
#[derive(Debug, Default)]
pub struct Renderer {
    cache: Option<(u64, ratatui::buffer::Buffer)>,
}

impl Renderer {
    pub fn draw(&mut self, app: &App, frame: &mut ratatui::Frame) {
        let area = frame.area();
        let buf = frame.buffer_mut();
        let look = app.look();
        if widgets::too_small(area) {
            self.cache = None;
            widgets::render(
                buf,
                Paragraph::new(look.room.display.lang.s().tui.enlarge),
                area,
            );
            return;
        }
        let top = app.top();
        match top.static_key(&look, area) {
            Some(key) => {
                if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
                    let mut layer = ratatui::buffer::Buffer::empty(area);
                    top.static_layer(&look, area, &mut layer);
                    self.cache = Some((key, layer));
                }
                let (_, layer) = self.cache.as_ref().expect("just filled");
                if buf.area == layer.area {
                    buf.content.clone_from_slice(&layer.content);
                } else {
                    top.static_layer(&look, area, buf);
                }
                top.clock_layer(&look, area, buf);
            }
            None => {
                // Boards change with every key: drawn whole.
                self.cache = None;
                top.static_layer(&look, area, buf);
            }
        }
        if let Some(o) = &app.overlay {
            o.view(&look, area, buf);
        }
    }
}

/// The whole screen, uncached (tests, snapshots).
pub fn view(app: &App, frame: &mut ratatui::Frame) {
    Renderer::default().draw(app, frame);
}
