//! Indexing on `initialized`, on a thread of its own: each root folder read as a corpus
//! (`index`), with `$/progress` (begin, a report per corpus, end); then every mention placed
//! in the client's encoding.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ls_types as lsp;

use super::client::Client;
use super::server::Wake;
use super::workspace::{Workspace, lock};
use crate::corpus::Corpus;
use crate::session::Root;

/// How long the editor has to accept the progress token before indexing starts without it.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

pub fn index_workspace(client: &Client, state: &Mutex<Workspace>, wake: &Wake) {
    let (folders, flags, max) = {
        let ws = lock(state);
        (
            ws.session.folders.clone(),
            ws.flags,
            ws.settings.max_file_size,
        )
    };
    let token = lsp::NumberOrString::String("attest/index".into());
    let create = lsp::WorkDoneProgressCreateParams {
        token: token.clone(),
    };
    let progress = flags.work_done_progress
        && matches!(
            client.ask("window/workDoneProgress/create", &create, ANSWER_WITHIN),
            Some(Ok(_))
        );
    let report = |value: lsp::WorkDoneProgress| {
        if progress {
            let params = lsp::ProgressParams {
                token: token.clone(),
                value: lsp::ProgressParamsValue::WorkDone(value),
            };
            client.notify("$/progress", &params);
        }
    };
    report(lsp::WorkDoneProgress::Begin(lsp::WorkDoneProgressBegin {
        title: "Attest: indexing".into(),
        cancellable: None,
        message: Some(match folders.len() {
            1 => "1 corpus".into(),
            n => format!("{n} corpora"),
        }),
        percentage: Some(0),
    }));
    let mut roots = Vec::new();
    let mut articles = 0;
    for (i, folder) in folders.iter().enumerate() {
        let indexed =
            std::panic::catch_unwind(|| Corpus::load_with(std::slice::from_ref(folder), max));
        match indexed {
            Ok(corpus) => {
                articles += corpus.documents.len();
                corpus.notices.iter().for_each(|n| client.notice(n));
                roots.push(Root::new(Some(folder.clone()), corpus));
            }
            Err(_) => {
                let message = format!("attest: indexing {} failed", folder.display());
                client.log(lsp::MessageType::ERROR, message);
            }
        }
        report(lsp::WorkDoneProgress::Report(lsp::WorkDoneProgressReport {
            cancellable: None,
            message: Some(format!(
                "{} of {} corpora, {articles} articles",
                i + 1,
                folders.len()
            )),
            percentage: Some(((i + 1) * 100 / folders.len().max(1)) as u32),
        }));
    }
    lock(state).session.indexed(roots);
    let _ = wake.try_send(());
    report(lsp::WorkDoneProgress::End(lsp::WorkDoneProgressEnd {
        message: Some(format!("{articles} articles indexed")),
    }));
    // Every mention placed now, in the client's encoding, rather than at the first
    // find-references of an entity named in every article (see `Document::place_mentions`).
    let (placed, encoding): (Vec<Arc<Corpus>>, _) = {
        let ws = lock(state);
        let corpora = ws.session.roots.iter().map(|r| r.corpus.clone()).collect();
        (corpora, ws.flags.encoding)
    };
    for corpus in placed {
        corpus.documents.iter().for_each(|d| {
            d.place_mentions(encoding);
        });
    }
}
