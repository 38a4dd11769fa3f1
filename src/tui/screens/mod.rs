//! One folder per screen: its state, `update`, view and key table.
//! Screens never import each other; [`super::nav`] builds and routes them.

pub mod capture;
pub mod chooser;
pub mod confirm;
pub mod debate;
pub mod facilitator;
pub mod factors;
pub mod followup;
pub mod help;
pub mod plenary;
pub mod projector;
pub mod setup;
