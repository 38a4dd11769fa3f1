//! Persistence: session files, atomic writes, and (later) journals.
//!
//! Every file has one writer; whole files are replaced atomically.

pub mod atomic;
pub mod locate;
pub mod session_file;
