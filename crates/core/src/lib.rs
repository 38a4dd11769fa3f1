//! The pure core: domain model, validation, rotation planning, post-it
//! events and their merge.
//!
//! Nothing here touches a terminal, and nothing reads the clock: functions
//! that need the time take `now` as a parameter. `tests/core_is_pure.rs`
//! fails if a module here imports a terminal crate.

pub mod attendance;
pub mod board;
pub mod clock;
pub mod deadline;
pub mod debate;
pub mod delay;
pub mod edits;
pub mod event;
pub mod factors;
pub mod followup;
pub mod judgment;
pub mod lang;
pub mod mix;
pub mod model;
pub mod ops;
pub mod people;
pub mod plan;
pub mod proposal;
pub mod questionnaire;
pub mod register;
pub mod replica;
pub mod reseat;
pub mod seats;
pub mod setup;
pub mod synth;
pub mod templates;
pub mod text;
pub mod validate;
pub mod votes;

pub use lang::Lang;
