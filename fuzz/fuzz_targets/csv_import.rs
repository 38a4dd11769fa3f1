//! CSV files exported from spreadsheets, imported all or nothing, every
//! problem with its line.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tablee::core::model::Session;
use tablee::i18n::Lang;
use tablee::store::session_file::SessionFile;

fn session() -> &'static Session {
    static S: OnceLock<Session> = OnceLock::new();
    S.get_or_init(|| {
        SessionFile::parse(
            std::path::Path::new("s.ron"),
            include_str!("../../examples/roubaix-2024-world-cafe.ron").to_string(),
        )
        .unwrap()
        .session
    })
}

fuzz_target!(|data: &[u8]| {
    if let Err(problems) = tablee::cli::import::parse(data, session(), Lang::Fr) {
        assert!(!problems.is_empty());
        assert!(problems.iter().all(|(line, _)| *line >= 1));
    }
});
