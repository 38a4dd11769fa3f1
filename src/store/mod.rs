//! Persistence: session files, atomic writes, device journals.
//!
//! Every file has one writer; whole files are replaced atomically.

pub mod atomic;
pub mod clock_file;
pub mod conflicts;
pub mod device;
pub mod journal;
pub mod locate;
pub mod session_file;
pub mod syntax;
pub mod worker;
pub mod workspace;
