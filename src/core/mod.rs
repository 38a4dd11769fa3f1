//! The pure core: domain model, validation, rotation planning.
//!
//! Nothing here touches a terminal, and nothing reads the clock: functions
//! that need the time take `now` as a parameter. `tests/core_is_pure.rs`
//! fails if a module here imports a terminal crate.

pub mod model;
pub mod plan;
pub mod templates;
pub mod text;
pub mod validate;
