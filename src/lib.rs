//! tablee: run World Café and SWOT workshops from the terminal.
//!
//! - [`core`]: the pure domain (model, validation, planning); no terminal, no clock.
//! - [`store`]: files on disk (session files, atomic writes).
//! - [`report`]: text, Markdown and CSV renderings.
//! - [`cli`]: the command line.
//! - [`tui`]: the terminal screens (Elm-style loop).

pub mod cli;
/// The pure core, its own crate (`crates/core`): no terminal, no files, no words.
pub use tablee_core as core;
pub mod i18n;
pub mod report;
pub mod serve;
/// The store, its own crate (`crates/store`): files and journals; kinds, no words.
pub use tablee_store as store;
pub mod tui;
