//! Session files as organisers edit them by hand: parsed, validated, and
//! every refusal located.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tablee::i18n::prelude::*;
use tablee::store::session_file::{Diagnostic, SessionFile};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).to_string();
    match SessionFile::parse(std::path::Path::new("session.ron"), text) {
        Ok(file) => {
            for d in file.diagnostics() {
                let _ = d.line(Lang::Fr);
            }
        }
        Err(e) => {
            let d = Diagnostic::from_load_error(&e);
            assert!(d.pos.is_some(), "a syntax error says where: {d:?}");
            let _ = d.line(Lang::Fr);
        }
    }
});
