//! What the store has to say about the files it reads: kinds, never
//! sentences. The application's words (`i18n::store`) render each one in
//! the user's language, with what is wrong and how to fix it.

use std::path::PathBuf;

use tablee_core::validate::Problem;

use super::syntax::Syntax;

/// One thing the store found about a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// The file or folder could not be read or written.
    Io(IoProblem),
    /// `session.ron` is not valid RON for a session.
    Syntax(Syntax),
    /// `session.ron` was written by a newer tablee.
    FutureVersion { found: u32 },
    /// A problem of the session's content (validation), at its place.
    Problem(Problem),
    /// A journal file copied by a sync tool.
    ConflictCopy,
    /// The last line of a journal file is cut.
    TornLastLine,
    /// A line that cannot be read, and why (none: its checksum).
    UnreadableEvent { detail: Option<String> },
    /// Two programs wrote as one device: the two files, and the events
    /// numbered twice.
    SharedDevice {
        a: String,
        b: String,
        from: u64,
        to: u64,
    },
    /// Events of a device that are missing.
    Gap { from: u64, to: u64 },
    /// A sync tool's copy of a whole file (`session.ron`).
    SessionCopy {
        name: String,
        copy_name: String,
        diff: CopyDiff,
    },
    /// A damaged `clock.ron`: RON's reason.
    ClockDamaged { code: String },
    /// Another folder holds the same session id with another plan.
    CopiedWorkshop { first: PathBuf, other: PathBuf },
}

/// How a sync tool's copy of `session.ron` differs from the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyDiff {
    Same,
    /// The top-level fields that differ.
    Fields(Vec<String>),
    Unreadable,
}

/// An I/O error as the store keeps it: its kind (what the words explain)
/// and the system's own text (for the kinds they do not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoProblem {
    pub kind: std::io::ErrorKind,
    pub detail: String,
}

impl From<&std::io::Error> for IoProblem {
    fn from(e: &std::io::Error) -> IoProblem {
        IoProblem {
            kind: e.kind(),
            detail: e.to_string(),
        }
    }
}
