//! The language server: lifecycle and document synchronisation here, each feature a thin
//! adapter in `handlers` (from protocol → query → to protocol).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types as lsp;
use tower_lsp_server::{Client, LanguageServer};

use super::boundary::Boundary;
use super::builder::Builder;
use super::capabilities::{ClientFlags, server_capabilities};
use super::convert::path_of;
use super::handlers;
use super::open_document::OpenDocument;
use super::outbox::Outbox;
use super::uri_cache::UriCache;
use super::workspace::{Workspace, lock};
use super::{Snapshot, watcher};
use crate::article::Format;
use crate::corpus::{Corpus, find_root};
use crate::text::Encoding;

pub struct Server {
    pub(super) client: Client,
    /// Large notifications, encoded by the server itself.
    pub(super) outbox: Outbox,
    pub(super) state: Arc<Mutex<Workspace>>,
    /// Document URIs of the corpora last queried, for whole references replies.
    pub(super) uris: UriCache,
    wake: Arc<Notify>,
    generation: watch::Receiver<u64>,
}

/// How long a request waits for the analysis of the latest edit before answering from the
/// last build.
const FRESHNESS_WAIT: Duration = Duration::from_secs(5);

impl Server {
    pub fn new(client: Client, outbox: Outbox) -> Self {
        let state = Arc::new(Mutex::new(Workspace::default()));
        let wake = Arc::new(Notify::new());
        let (tx, rx) = watch::channel(0);
        let builder = Builder {
            state: state.clone(),
            client: client.clone(),
            outbox: outbox.clone(),
            wake: wake.clone(),
            generation: tx,
        };
        tokio::spawn(builder.run());
        Server {
            client,
            outbox,
            state,
            uris: UriCache::default(),
            wake,
            generation: rx,
        }
    }

    fn changed(&self) {
        self.wake.notify_one();
    }

    async fn log(&self, message: String) {
        self.client
            .log_message(lsp::MessageType::WARNING, message)
            .await;
    }

    /// The corpus holding the document, once it has seen the document's latest text.
    pub async fn snapshot(&self, uri: &lsp::Uri) -> Option<Snapshot> {
        let path = path_of(uri)?;
        let mut rx = self.generation.clone();
        {
            let mut ws = lock(&self.state);
            if ws.deferred.contains(&path) {
                ws.rebuild_now = true;
                drop(ws);
                self.changed();
            }
        }
        let fresh = async {
            loop {
                if lock(&self.state).is_fresh(&path) {
                    return;
                }
                if rx.changed().await.is_err() {
                    return;
                }
            }
        };
        let _ = tokio::time::timeout(FRESHNESS_WAIT, fresh).await;
        let ws = lock(&self.state);
        let (corpus, document) = ws.snapshot(&path)?;
        Some(Snapshot {
            corpus,
            document,
            encoding: ws.flags.encoding,
        })
    }

    /// Where the server may propose changes: inside the corpus.
    pub fn boundary(&self) -> Boundary {
        Boundary::of(&lock(&self.state))
    }

    pub(super) fn flags(&self) -> ClientFlags {
        lock(&self.state).flags
    }

    /// Every corpus as last built, for the requests about the whole workspace.
    pub fn all_corpora(&self) -> (Vec<Arc<Corpus>>, Encoding) {
        let ws = lock(&self.state);
        (
            ws.roots.iter().map(|r| r.corpus.clone()).collect(),
            ws.flags.encoding,
        )
    }

    /// `attest/text`: the text of an open document as the server holds it, for tests.
    /// Answers "method not found" unless `ATTEST_TEST_HOOKS` is set.
    pub async fn test_text(&self, params: serde_json::Value) -> Result<Option<String>> {
        if std::env::var_os("ATTEST_TEST_HOOKS").is_none() {
            return Err(tower_lsp_server::jsonrpc::Error::method_not_found());
        }
        let uri = params
            .get("uri")
            .and_then(|u| u.as_str())
            .and_then(|u| u.parse::<lsp::Uri>().ok());
        let path = uri.as_ref().and_then(path_of);
        Ok(path.and_then(|p| lock(&self.state).open.get(&p).map(|d| d.text())))
    }

    /// `attest/panic`: panics inside a request, so that tests can check the server
    /// survives it. Answers "method not found" unless `ATTEST_TEST_HOOKS` is set.
    pub async fn test_panic(&self) -> Result<()> {
        if std::env::var_os("ATTEST_TEST_HOOKS").is_none() {
            return Err(tower_lsp_server::jsonrpc::Error::method_not_found());
        }
        handlers::guard("attest/panic", || -> () {
            panic!("a deliberate panic, for tests")
        })
    }
}

fn folders_of(params: &lsp::InitializeParams) -> Vec<PathBuf> {
    #[allow(deprecated)]
    let root_uri = params.root_uri.clone();
    let uris: Vec<lsp::Uri> = match &params.workspace_folders {
        Some(folders) if !folders.is_empty() => folders.iter().map(|f| f.uri.clone()).collect(),
        _ => root_uri.into_iter().collect(),
    };
    let mut folders: Vec<PathBuf> = uris
        .iter()
        .filter_map(path_of)
        .map(|f| find_root(&f).unwrap_or(f))
        .collect();
    folders.sort();
    folders.dedup();
    folders
}

impl LanguageServer for Server {
    async fn initialize(&self, params: lsp::InitializeParams) -> Result<lsp::InitializeResult> {
        let flags = ClientFlags::from_params(&params);
        let mut problems = Vec::new();
        {
            let mut ws = lock(&self.state);
            ws.flags = flags;
            if let Some(options) = &params.initialization_options {
                let (settings, p) = ws.settings.merged(options);
                ws.settings = settings;
                problems = p;
            }
            ws.folders = folders_of(&params);
        }
        for p in problems {
            self.log(format!("attest: initializationOptions: {p}"))
                .await;
        }
        Ok(lsp::InitializeResult {
            capabilities: server_capabilities(&flags),
            server_info: Some(lsp::ServerInfo {
                name: "attest".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: lsp::InitializedParams) {
        // Everything that talks to the client runs in its own task: a notification must
        // not wait on a request to the client.
        let client = self.client.clone();
        let state = self.state.clone();
        let wake = self.wake.clone();
        tokio::spawn(super::indexing::index_workspace(
            client,
            state.clone(),
            wake.clone(),
        ));
        if self.flags().watched_files {
            let client = self.client.clone();
            tokio::spawn(async move { watcher::register(&client).await });
        } else {
            watcher::watch(state, wake, self.client.clone());
        }
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: lsp::DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let Some(path) = path_of(&doc.uri) else {
            return self
                .log(format!("attest: not a file, ignored: {}", doc.uri.as_str()))
                .await;
        };
        let format = Format::of_path(&path).unwrap_or(Format::Text);
        // The rope is made and the `.ann` read before the lock: a huge article's rope takes
        // a while, and requests must not wait on it.
        let mut open = OpenDocument::new(&doc.text, doc.version, format);
        open.read_annotations(&path);
        {
            let mut ws = lock(&self.state);
            ws.open.insert(path.clone(), open);
            ws.pending.insert(path);
        }
        self.changed();
    }

    async fn did_change(&self, params: lsp::DidChangeTextDocumentParams) {
        let id = params.text_document;
        let problem = match path_of(&id.uri) {
            None => Some("not a file".to_string()),
            Some(path) => {
                let mut ws = lock(&self.state);
                let encoding = ws.flags.encoding;
                match ws.open.get_mut(&path) {
                    None => Some("edit to a document that is not open, ignored".into()),
                    Some(doc) if id.version <= doc.version => Some(format!(
                        "version {} after {}: out-of-order edit ignored",
                        id.version, doc.version
                    )),
                    Some(doc) => {
                        for change in &params.content_changes {
                            doc.apply(change, encoding);
                        }
                        doc.version = id.version;
                        ws.pending.insert(path);
                        None
                    }
                }
            }
        };
        match problem {
            None => self.changed(),
            Some(p) => self.log(format!("attest: {}: {p}", id.uri.as_str())).await,
        }
    }

    async fn did_close(&self, params: lsp::DidCloseTextDocumentParams) {
        if let Some(path) = path_of(&params.text_document.uri) {
            let mut ws = lock(&self.state);
            if ws.open.remove(&path).is_some() {
                // Back to the file on disk, or out of the loose files.
                ws.pending.insert(path);
            }
        }
        self.changed();
    }

    async fn did_save(&self, params: lsp::DidSaveTextDocumentParams) {
        let Some(path) = path_of(&params.text_document.uri) else {
            return;
        };
        let (moved, encoding, boundary) = {
            let ws = lock(&self.state);
            let doc = ws.open.get(&path).filter(|d| d.annotations_moved);
            let boundary = Boundary::of(&ws);
            (
                doc.and_then(|d| d.annotation_file()),
                ws.flags.encoding,
                boundary,
            )
        };
        let Some((ann, text)) = moved else {
            return;
        };
        // The article is saved: its annotations follow, through the client (the server
        // writes no file). Asked in a task of its own: a notification must not wait on the
        // client.
        let client = self.client.clone();
        let state = self.state.clone();
        tokio::spawn(async move {
            let applied = super::annotations::save(&client, &boundary, &ann, text, encoding).await;
            if applied && let Some(doc) = lock(&state).open.get_mut(&path) {
                doc.annotations_moved = false;
            }
        });
    }

    async fn did_change_watched_files(&self, params: lsp::DidChangeWatchedFilesParams) {
        let paths: Vec<PathBuf> = params
            .changes
            .iter()
            .filter_map(|c| path_of(&c.uri))
            .collect();
        let tell = watcher::files_changed(&mut lock(&self.state), paths);
        self.changed();
        for message in tell {
            self.client
                .show_message(lsp::MessageType::WARNING, message)
                .await;
        }
    }

    async fn did_change_configuration(&self, params: lsp::DidChangeConfigurationParams) {
        let problems = {
            let mut ws = lock(&self.state);
            let (settings, problems) = ws.settings.merged(&params.settings);
            ws.settings = settings;
            ws.republish = true;
            problems
        };
        for p in problems {
            self.log(format!("attest: settings: {p}")).await;
        }
        self.changed();
    }

    async fn hover(&self, params: lsp::HoverParams) -> Result<Option<lsp::Hover>> {
        handlers::hover(self, params).await
    }

    async fn goto_definition(
        &self,
        params: lsp::GotoDefinitionParams,
    ) -> Result<Option<lsp::GotoDefinitionResponse>> {
        handlers::definition(self, params).await
    }

    async fn references(&self, params: lsp::ReferenceParams) -> Result<Option<Vec<lsp::Location>>> {
        super::references::references(self, params).await
    }

    async fn document_highlight(
        &self,
        params: lsp::DocumentHighlightParams,
    ) -> Result<Option<Vec<lsp::DocumentHighlight>>> {
        super::references::highlights(self, params).await
    }

    async fn prepare_rename(
        &self,
        params: lsp::TextDocumentPositionParams,
    ) -> Result<Option<lsp::PrepareRenameResponse>> {
        handlers::prepare_rename(self, params).await
    }

    async fn rename(&self, params: lsp::RenameParams) -> Result<Option<lsp::WorkspaceEdit>> {
        handlers::rename(self, params).await
    }

    async fn code_action(
        &self,
        params: lsp::CodeActionParams,
    ) -> Result<Option<lsp::CodeActionResponse>> {
        handlers::code_actions(self, params).await
    }

    async fn completion(
        &self,
        params: lsp::CompletionParams,
    ) -> Result<Option<lsp::CompletionResponse>> {
        handlers::completion(self, params).await
    }

    async fn document_symbol(
        &self,
        params: lsp::DocumentSymbolParams,
    ) -> Result<Option<lsp::DocumentSymbolResponse>> {
        super::symbols::document_symbols(self, params).await
    }

    async fn symbol(
        &self,
        params: lsp::WorkspaceSymbolParams,
    ) -> Result<Option<lsp::WorkspaceSymbolResponse>> {
        super::symbols::workspace_symbols(self, params).await
    }

    async fn semantic_tokens_full(
        &self,
        params: lsp::SemanticTokensParams,
    ) -> Result<Option<lsp::SemanticTokensResult>> {
        handlers::semantic_tokens(self, params.text_document.uri, None).await
    }

    async fn semantic_tokens_range(
        &self,
        params: lsp::SemanticTokensRangeParams,
    ) -> Result<Option<lsp::SemanticTokensRangeResult>> {
        let tokens =
            handlers::semantic_tokens(self, params.text_document.uri, Some(params.range)).await?;
        Ok(tokens.map(|t| match t {
            lsp::SemanticTokensResult::Tokens(t) => lsp::SemanticTokensRangeResult::Tokens(t),
            lsp::SemanticTokensResult::Partial(p) => lsp::SemanticTokensRangeResult::Partial(p),
        }))
    }

    async fn code_lens(&self, params: lsp::CodeLensParams) -> Result<Option<Vec<lsp::CodeLens>>> {
        handlers::code_lens(self, params).await
    }

    async fn diagnostic(
        &self,
        params: lsp::DocumentDiagnosticParams,
    ) -> Result<lsp::DocumentDiagnosticReportResult> {
        handlers::pull_diagnostics(self, params).await
    }
}
