//! User-space cost of one facilitator frame: `update` + `view` + diff on a
//! 100×30 TestBackend, clock running. `cargo bench --bench tui_frame`.
//! (The whole-process cost against tty-clock is `benches/idle_cpu.sh`.)

use jiff::Timestamp;
use ratatui::{Terminal, backend::TestBackend};
use tablee::core::clock::Clock;
use tablee::i18n::Lang;
use tablee::store::session_file::SessionFile;
use tablee::tui::app::{App, Msg, update};
fn main() {
    let file =
        SessionFile::read(std::path::Path::new("examples/roubaix-2024-world-cafe.ron")).unwrap();
    let n = file.session.agenda.len();
    let t = |s: i64| Timestamp::from_second(1_728_637_200 + s).unwrap();
    let mut a = App::new(file.session, Clock::new(n), Lang::En, t(0));
    update(&mut a, Msg::Toggle, t(0));
    update(&mut a, Msg::Next, t(300));
    update(&mut a, Msg::Next, t(301));
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut frames = |cached: bool, a: &mut App| {
        let mut renderer = tablee::tui::Renderer::default();
        let start = std::time::Instant::now();
        for i in 0..3000 {
            update(a, Msg::Tick, t(302 + i));
            if cached {
                term.draw(|f| renderer.draw(a, f)).unwrap();
            } else {
                term.draw(|f| tablee::tui::view(a, f)).unwrap();
            }
        }
        start.elapsed().as_secs_f64() * 1e6 / 3000.0
    };
    let full = frames(false, &mut a);
    let cached = frames(true, &mut a);
    println!("facilitator frame, 100x30, clock running (update + draw + diff):");
    println!("  full view every frame:     {full:.1} µs");
    println!("  static layer cached:       {cached:.1} µs");
}
