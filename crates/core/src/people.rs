//! The people of a café read from an organiser's spreadsheet: what can be
//! wrong with its lines (the command line reads the file; the words say
//! each problem in the user's language).

/// What is wrong with a line of a people spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotUtf8,
    NoNameColumn,
    Csv(String),
    EmptyName,
    Twice {
        name: String,
        first: usize,
    },
    NotARound {
        column: &'static str,
        value: String,
        rounds: usize,
    },
    LeavesBeforeArriving {
        arrives: u32,
        leaves: u32,
    },
    UnknownTable {
        table: String,
        known: String,
    },
    NobodyListed,
}
