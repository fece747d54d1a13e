//! The knowledge-base loader (`[[entity]]` tables of `attest.toml` and `kb/*.toml`) on any
//! text: it never fails, its findings lie on char boundaries inside the file, each entry
//! points at its own `[[entity]]` line, is found again by its name and aliases, and ids
//! are unique.

#![no_main]

use std::collections::HashSet;
use std::path::PathBuf;

use attest::corpus::KnowledgeBase;
use attest::text::{decode, fold};
use attest_fuzz::spans::{check_findings, check_span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = decode(data.to_vec()).text;
    let mut kb = KnowledgeBase::default();
    kb.add_file(PathBuf::from("attest.toml"), &text);

    for p in &kb.problems {
        assert_eq!(p.text, text);
        assert!(!p.findings.is_empty(), "a problem file without findings");
        check_findings(&text, &p.findings);
    }
    let mut ids = HashSet::new();
    for e in &kb.entities {
        check_span(&text, e.span, "entity table");
        assert_eq!(e.span.of(&text), "[[entity]]");
        assert!(ids.insert(&e.id), "id {} used twice", e.id);
        assert!(!e.name.trim().is_empty(), "an entry without a name");
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            assert!(
                kb.lookup(&fold(name)).is_some(),
                "{name:?} does not name an entry"
            );
        }
    }
});
