//! Journal lines as they arrive from other laptops: decoded one by one,
//! and as a whole file (torn tails, bad checksums, garbage).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tablee::i18n::prelude::*;
use tablee::store::journal;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for line in text.lines() {
        let _ = journal::decode(line);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("000001-00000000.ronl");
    std::fs::write(&path, data).unwrap();
    let mut loaded = journal::Loaded::default();
    journal::read_file(&path, &mut loaded);
    for d in &loaded.diagnostics {
        assert!(d.pos.is_some(), "every refusal has a line: {d:?}");
        let _ = d.line(Lang::Fr);
    }
});
