//! The server's message layer: arbitrary sequences of didOpen / didChange / didClose /
//! hover / definition / references / rename / codeAction, with arbitrary positions, ranges
//! and versions, against a small corpus (see `attest_fuzz::editor`). No request may fail
//! inside the server, and the server must report no error of its own.

#![no_main]

use std::sync::{Mutex, OnceLock};

use attest_fuzz::editor::Editor;
use attest_fuzz::session::Session;
use libfuzzer_sys::fuzz_target;

/// One editor for the life of the process: starting servers and reading the corpus costs
/// more than a session.
static EDITOR: OnceLock<Mutex<Editor>> = OnceLock::new();

fuzz_target!(|session: Session| {
    let editor = EDITOR.get_or_init(|| Mutex::new(Editor::new()));
    editor
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .play(&session);
});
