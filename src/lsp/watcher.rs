//! Files changed on disk. The client watches them when it can (registered dynamically);
//! otherwise the server watches its root folders itself with `notify`, taking up the changes
//! that come within 200 ms together. A file merely opened or read is no change.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode, Watcher};

use super::client::Client;
use super::convert::file_name;
use super::server::Wake;
use ls_types as lsp;

use super::workspace::{Workspace, lock};

pub fn register(client: &Client) {
    let watchers = [
        "**/*.txt",
        "**/*.md",
        "**/*.ann",
        "**/attest.toml",
        "**/kb/*.toml",
        "**/reviews/*.json",
    ]
    .into_iter()
    .map(|glob| lsp::FileSystemWatcher {
        glob_pattern: lsp::GlobPattern::String(glob.into()),
        kind: None,
    })
    .collect();
    let options = lsp::DidChangeWatchedFilesRegistrationOptions { watchers };
    let registration = lsp::Registration {
        id: "attest-watched-files".into(),
        method: "workspace/didChangeWatchedFiles".into(),
        register_options: serde_json::to_value(options).ok(),
    };
    let params = lsp::RegistrationParams {
        registrations: vec![registration],
    };
    let told = client.clone();
    client.request("client/registerCapability", &params, move |answer| {
        if let Err(e) = answer {
            let message = format!(
                "attest: could not watch files ({}); changes on disk need a reopen",
                e.message
            );
            told.log(lsp::MessageType::WARNING, message);
        }
    });
}

/// Marks changed files pending (`Session::files_changed`). Returns what the writer must be
/// told.
pub fn files_changed(ws: &mut Workspace, paths: Vec<PathBuf>) -> Vec<String> {
    let lost = ws.session.files_changed(paths);
    (lost.into_iter())
        .map(|(path, article)| format!(
            "Attest: {} changed on disk while {} had unsaved edits. Attest now uses the file on disk; the annotation offsets your edits had moved were not kept: check its spans once the article is saved.",
            file_name(&path),
            file_name(&article)
        ))
        .collect()
}

/// How long changes on disk are gathered before they are taken up together (a save
/// writes, renames and deletes within a few milliseconds; a `git checkout` within many).
const GATHER: Duration = Duration::from_millis(200);

/// Watches the root folders for changes on disk, for clients that do not: the operating
/// system tells (inotify, FSEvents, …), in a thread of its own that owns the watch for the
/// life of the server. Tells the client, in its log, which folders it watches once it
/// does (tests wait for that line before they change a file).
pub fn watch(state: Arc<Mutex<Workspace>>, wake: Wake, client: Client) {
    let folders = lock(&state).session.folders.clone();
    std::thread::spawn(move || {
        let warn = |why: String| client.log(lsp::MessageType::WARNING, format!("attest: {why}"));
        let later = "files changed outside the editor are taken up at the next reindex";
        let (tx, rx) = std::sync::mpsc::channel();
        let mut watcher = match notify::recommended_watcher(tx) {
            Ok(w) => w,
            Err(e) => return warn(format!("cannot watch the disk ({e}): {later}")),
        };
        let mut watched = Vec::new();
        for folder in &folders {
            match watcher.watch(folder, RecursiveMode::Recursive) {
                Ok(()) => watched.push(folder.display().to_string()),
                Err(e) => warn(format!("cannot watch {} ({e}): {later}", folder.display())),
            }
        }
        if !watched.is_empty() {
            let message = format!(
                "attest: watching {} for changes on disk",
                watched.join(", ")
            );
            client.log(lsp::MessageType::INFO, message);
        }
        // Each change, and those that follow it within `GATHER`, taken up together.
        while let Ok(first) = rx.recv() {
            let mut events = vec![first];
            let until = Instant::now() + GATHER;
            while let Some(left) = until.checked_duration_since(Instant::now())
                && let Ok(event) = rx.recv_timeout(left)
            {
                events.push(event);
            }
            let mut changed = Vec::new();
            let ws = lock(&state);
            for event in events {
                match event {
                    Ok(event) if changes_content(event.kind) => {
                        for path in event.paths {
                            ws.session.files_under(path, &mut changed);
                        }
                    }
                    Ok(_) => {}
                    Err(e) => warn(format!("watching the disk: {e}")),
                }
            }
            drop(ws);
            changed.sort();
            changed.dedup();
            if changed.is_empty() {
                continue;
            }
            let tell = files_changed(&mut lock(&state), changed);
            let _ = wake.try_send(());
            for message in tell {
                client.log(lsp::MessageType::WARNING, message);
            }
        }
    });
}

/// Whether an event may have changed what a file holds or whether it is there: not a file
/// merely opened or read (the server's own reading would wake it again, without end).
fn changes_content(kind: EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind, RemoveKind};

    /// Found when the watch replaced the poller: the server's own reads of the corpus were
    /// events, which put every file read back in the queue, rebuild after rebuild.
    #[test]
    fn a_file_opened_or_read_is_no_change_but_a_write_is() {
        assert!(!changes_content(EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!changes_content(EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(!changes_content(EventKind::Access(AccessKind::Read)));
        assert!(changes_content(EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(changes_content(EventKind::Modify(ModifyKind::Any)));
        assert!(changes_content(EventKind::Create(CreateKind::File)));
        assert!(changes_content(EventKind::Remove(RemoveKind::Any)));
    }
}
