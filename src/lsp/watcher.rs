//! Files changed on disk. The client watches them when it can (registered dynamically);
//! otherwise the server polls the modification times of its roots' articles.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::sync::Notify;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

use super::builder::lock;
use super::workspace::Workspace;
use crate::article::Format;
use crate::corpus::{corpus_files, is_knowledge_file};

/// How often the server looks at the disk when the client does not watch for it.
const POLL_EVERY: Duration = Duration::from_secs(2);

pub async fn register(client: &Client) {
    let watchers = [
        "**/*.txt",
        "**/*.md",
        "**/*.ann",
        "**/attest.toml",
        "**/kb/*.toml",
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
    if let Err(e) = client.register_capability(vec![registration]).await {
        let message = format!("attest: could not watch files ({e}); changes on disk need a reopen");
        client.log_message(lsp::MessageType::WARNING, message).await;
    }
}

/// Marks changed files pending; a changed `attest.toml` reloads its root. Returns what the
/// writer must be told.
pub fn files_changed(ws: &mut Workspace, paths: Vec<PathBuf>) -> Vec<String> {
    let mut tell = Vec::new();
    for path in paths {
        let review = path.extension().is_some_and(|x| x == "json")
            && path
                .parent()
                .and_then(|p| p.file_name())
                .is_some_and(|n| n == "reviews");
        if path.file_name().is_some_and(|n| n == "attest.toml") || review {
            if let Some(root) = ws.folder_root(&path) {
                ws.reload.insert(root);
            }
        } else if is_knowledge_file(&path) {
            ws.pending.insert(path);
        } else if path.extension().is_some_and(|x| x == "ann") {
            // Annotations are read with their article; an open article reads them again.
            // The file on disk wins: someone wrote it on purpose (an annotation tool, a
            // colleague), while the editor's copy only moved offsets. The writer is told
            // when that copy had moves not yet saved.
            let article = path.with_extension("txt");
            if let Some(doc) = ws.open.get_mut(&article) {
                if doc.annotations_moved {
                    tell.push(format!(
                        "Attest: {} changed on disk while {} had unsaved edits. Attest now uses the file on disk; the annotation offsets your edits had moved were not kept: check its spans once the article is saved.",
                        file_name(&path),
                        file_name(&article)
                    ));
                }
                doc.read_annotations(&article);
            }
            ws.pending.insert(article);
        } else if Format::of_path(&path).is_some()
            && !ws.open.contains_key(&path)
            && (ws.folder_root(&path).is_some() || in_folders(ws, &path))
        {
            // While indexing, the roots are not installed yet: the change waits for them.
            ws.pending.insert(path);
        }
    }
    tell
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn in_folders(ws: &Workspace, path: &std::path::Path) -> bool {
    ws.folders.iter().any(|f| path.starts_with(f))
}

/// Polls the root folders in a thread of its own, for clients that do not watch files.
pub fn poll(state: Arc<Mutex<Workspace>>, wake: Arc<Notify>, client: Client) {
    let runtime = tokio::runtime::Handle::current();
    std::thread::spawn(move || {
        let mut seen: HashMap<PathBuf, Option<SystemTime>> = HashMap::new();
        let mut first = true;
        loop {
            std::thread::sleep(POLL_EVERY);
            let folders: Vec<PathBuf> = {
                let ws = lock(&state);
                if !ws.indexed {
                    continue;
                }
                ws.roots.iter().filter_map(|r| r.folder.clone()).collect()
            };
            let mut now: HashMap<PathBuf, Option<SystemTime>> = HashMap::new();
            for folder in &folders {
                // The walk the loader makes: no link leading out of the corpus is followed
                // (the index already reported them).
                for path in corpus_files(folder, None, &mut Vec::new()) {
                    let relevant = is_knowledge_file(&path)
                        || path.extension().is_some_and(|x| x == "json")
                        || Format::of_path(&path).is_some()
                        || path.extension().is_some_and(|x| x == "ann");
                    if relevant {
                        let modified = std::fs::metadata(&path)
                            .ok()
                            .and_then(|m| m.modified().ok());
                        now.insert(path, modified);
                    }
                }
            }
            let mut changed: Vec<PathBuf> = now
                .iter()
                .filter(|(p, m)| seen.get(*p) != Some(m))
                .map(|(p, _)| p.clone())
                .collect();
            changed.extend(seen.keys().filter(|p| !now.contains_key(*p)).cloned());
            seen = now;
            if first {
                first = false; // the index was read just now
                continue;
            }
            if !changed.is_empty() {
                let tell = files_changed(&mut lock(&state), changed);
                wake.notify_one();
                let client = client.clone();
                runtime.spawn(async move {
                    for message in tell {
                        client
                            .show_message(lsp::MessageType::WARNING, message)
                            .await;
                    }
                });
            }
        }
    });
}
