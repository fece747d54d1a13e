//! The server's state under one lock (`lock`): the editor's session (`crate::session`: the
//! corpora, the open documents, what is pending) and what is the protocol's — the client's
//! capabilities, its settings as it sent them, and what was last published to it.
//! Notifications change it in arrival order, on the loop's thread.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use super::capabilities::ClientFlags;
use super::settings::Settings;
use crate::session::Session;

#[derive(Default)]
pub struct Workspace {
    pub flags: ClientFlags,
    pub settings: Settings,
    pub session: Session,
    /// What was last published for each document, to publish only changes.
    pub published: HashMap<PathBuf, u64>,
}

/// The workspace (or the client's tables, the count of builds), locked. A panic elsewhere
/// never poisons it for good: its data stays consistent because every mutation is a plain
/// assignment.
pub fn lock<T>(state: &Mutex<T>) -> MutexGuard<'_, T> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}
