//! Indexing on `initialized`: each root folder read as a corpus (`index`), with `$/progress`
//! (begin, a report per corpus, end); then every mention placed in the client's encoding, off
//! the async workers.

use std::sync::{Arc, Mutex};

use tokio::sync::Notify;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

use std::path::PathBuf;

use super::workspace::{Root, Workspace, lock};
use crate::corpus::Corpus;

pub async fn index_workspace(client: Client, state: Arc<Mutex<Workspace>>, wake: Arc<Notify>) {
    let (folders, flags, max) = {
        let ws = lock(&state);
        (ws.folders.clone(), ws.flags, ws.settings.max_file_size)
    };
    let token = lsp::NumberOrString::String("attest/index".into());
    let progress = if flags.work_done_progress
        && client
            .create_work_done_progress(token.clone())
            .await
            .is_ok()
    {
        let p = client
            .progress(token, "Attest: indexing")
            .with_percentage(0)
            .with_message(corpora(folders.len()))
            .begin()
            .await;
        Some(p)
    } else {
        None
    };
    let mut roots = Vec::new();
    let mut articles = 0;
    for (i, folder) in folders.iter().enumerate() {
        let one = vec![folder.clone()];
        let built = tokio::task::spawn_blocking(move || index(&one, max)).await;
        match built {
            Ok(mut r) => {
                for root in &r {
                    articles += root.corpus.documents.len();
                    for n in &root.corpus.notices {
                        let message = format!("attest: {}: {}", n.path.display(), n.message);
                        client.log_message(lsp::MessageType::WARNING, message).await;
                    }
                }
                roots.append(&mut r);
            }
            Err(e) => {
                let message = format!("attest: indexing {} failed: {e}", folder.display());
                client.log_message(lsp::MessageType::ERROR, message).await;
            }
        }
        if let Some(p) = &progress {
            let percent = ((i + 1) * 100 / folders.len().max(1)) as u32;
            let message = format!(
                "{} of {} corpora, {articles} articles",
                i + 1,
                folders.len()
            );
            p.report_with_message(message, percent).await;
        }
    }
    {
        let mut ws = lock(&state);
        // Loose files opened meanwhile stay; the folders' corpora go first.
        let loose: Vec<_> = ws.roots.drain(..).filter(|r| r.folder.is_none()).collect();
        ws.roots = roots;
        ws.roots.extend(loose);
        ws.indexed = true;
        ws.republish = true;
        let open: Vec<_> = ws.open.keys().cloned().collect();
        ws.pending.extend(open);
    }
    wake.notify_one();
    // Every mention placed now, in the client's encoding, off the async workers, rather
    // than at the first find-references of an entity named in every article (see
    // `Document::place_mentions`).
    let (placed, encoding) = {
        let ws = lock(&state);
        let corpora: Vec<_> = ws.roots.iter().map(|r| r.corpus.clone()).collect();
        (corpora, ws.flags.encoding)
    };
    tokio::task::spawn_blocking(move || {
        for corpus in placed {
            corpus.documents.iter().for_each(|d| {
                d.place_mentions(encoding);
            });
        }
    });
    if let Some(p) = progress {
        p.finish_with_message(format!("{articles} articles indexed"))
            .await;
    }
}

fn corpora(n: usize) -> String {
    if n == 1 {
        "1 corpus".into()
    } else {
        format!("{n} corpora")
    }
}

/// Indexes every root folder: reads and analyses its articles.
pub fn index(folders: &[PathBuf], max_file_size: Option<u64>) -> Vec<Root> {
    folders
        .iter()
        .map(|folder| {
            let corpus = Corpus::load_with(std::slice::from_ref(folder), max_file_size);
            Root::new(Some(folder.clone()), corpus)
        })
        .collect()
}
