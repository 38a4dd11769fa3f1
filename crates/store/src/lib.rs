//! tablee's store: session files, atomic writes, device journals, the
//! workspace a command or a screen opens, and the worker thread that
//! writes for a screen.
//!
//! Every file has one writer; whole files are replaced atomically; nothing
//! is ever deleted. What the store finds (a gap, a torn line, a sync
//! tool's copy) comes back as a kind ([`said::Said`]); the words live
//! above, in the application. No function here takes a language.

pub mod atomic;
pub mod clock_file;
pub mod conflicts;
pub mod device;
pub mod journal;
pub mod keys;
pub mod locate;
pub mod register;
pub mod said;
pub mod session_file;
pub mod syntax;
pub mod watch;
pub mod worker;
pub mod workspace;
