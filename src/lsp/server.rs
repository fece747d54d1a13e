//! The server's loop: messages taken in arrival order on one thread. Lifecycle and document
//! notifications change the workspace there, before the next message is read; each request
//! runs on a thread of its own (`dispatch`), over a snapshot, so that none waits for
//! another; the client's answers to the server's requests go back to their askers.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crossbeam_channel::Sender;
use ls_types as lsp;
use lsp_server::{ErrorCode, Message, Notification, Request};
use serde::de::DeserializeOwned;

use super::boundary::Boundary;
use super::capabilities::{ClientFlags, server_capabilities};
use super::client::{Client, error};
use super::convert::{self, file_name, path_of};
use super::workers::Workers;
use super::workspace::{Workspace, lock};
use super::{Snapshot, builder, dispatch, watcher};
use crate::corpus::{Corpus, find_root};
use crate::session::OpenDocument;

pub struct Server {
    pub(super) client: Client,
    pub(super) state: Arc<Mutex<Workspace>>,
    pub(super) wake: Wake,
    pub(super) builds: Arc<Builds>,
    workers: Workers,
}

/// Wakes the builder: a change is pending. A channel of one `()`, so that wakes that come
/// while it works make one (`let _ = wake.try_send(())`).
pub type Wake = Sender<()>;

/// How many builds the builder has installed: requests waiting for a fresh corpus look
/// again at each.
#[derive(Default)]
pub struct Builds {
    count: Mutex<u64>,
    installed: Condvar,
}

impl Builds {
    pub fn count(&self) -> u64 {
        *lock(&self.count)
    }

    pub fn installed(&self) {
        *lock(&self.count) += 1;
        self.installed.notify_all();
    }

    /// Waits for a build after the `seen`-th, until `deadline`; whether one came.
    fn wait_after(&self, seen: u64, deadline: Instant) -> bool {
        let count = lock(&self.count);
        let left = deadline.saturating_duration_since(Instant::now());
        let (count, _) = self
            .installed
            .wait_timeout_while(count, left, |c| *c == seen)
            .unwrap_or_else(|e| e.into_inner());
        *count != seen
    }
}

/// How long a request waits for the analysis of the latest edit before answering from the
/// last build.
const FRESHNESS_WAIT: Duration = Duration::from_secs(5);

/// How long requests under way may still answer once standard input has closed.
const LAST_ANSWERS: Duration = Duration::from_millis(200);

/// Where the loop stands in the protocol's lifecycle.
#[derive(PartialEq)]
enum Stage {
    Starting,
    Running,
    ShutDown,
}

impl Server {
    pub fn new(client: Client) -> Arc<Server> {
        let (wake, woken) = crossbeam_channel::bounded(1);
        let server = Arc::new(Server {
            client,
            state: Arc::default(),
            wake,
            builds: Arc::default(),
            workers: Workers::new(),
        });
        builder::start(&server, woken);
        server
    }

    /// Serves the messages until `exit`, or until they end (the client is gone: requests
    /// under way get a moment to answer). Whether the client asked to shut down first.
    pub fn serve(self: &Arc<Server>, messages: impl IntoIterator<Item = Message>) -> bool {
        let mut stage = Stage::Starting;
        for message in messages {
            match message {
                Message::Request(r) => self.request(r, &mut stage),
                Message::Response(r) => self.client.answered(r),
                Message::Notification(n) if n.method == "exit" => {
                    return stage == Stage::ShutDown;
                }
                Message::Notification(_) if stage != Stage::Running => {}
                Message::Notification(n) => self.notification(n),
            }
        }
        let deadline = Instant::now() + LAST_ANSWERS;
        while self.client.running() > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        stage == Stage::ShutDown
    }

    fn request(self: &Arc<Server>, r: Request, stage: &mut Stage) {
        self.client.started(r.id.clone());
        let refuse = |code, why: &str| {
            self.client
                .respond::<()>(&r.id, Err(error(code, why.into())))
        };
        match (&*stage, r.method.as_str()) {
            (Stage::Starting, "initialize") => {
                let answer = params(r.params).map(|p| self.initialize(p));
                if answer.is_ok() {
                    *stage = Stage::Running;
                }
                self.client.respond(&r.id, answer);
            }
            (Stage::Starting, _) => refuse(ErrorCode::ServerNotInitialized, "not initialized"),
            (_, "initialize") => refuse(ErrorCode::InvalidRequest, "initialized already"),
            (Stage::ShutDown, _) => refuse(ErrorCode::InvalidRequest, "shut down"),
            (Stage::Running, "shutdown") => {
                *stage = Stage::ShutDown;
                self.client.respond(&r.id, Ok(()));
            }
            (Stage::Running, _) => {
                let server = self.clone();
                (self.workers).run(Box::new(move || dispatch::request(&server, r)));
            }
        }
    }

    fn notification(self: &Arc<Server>, n: Notification) {
        use ls_types::notification::{self as note, Notification as _};
        let method = n.method.clone();
        let handled = match method.as_str() {
            note::Initialized::METHOD => {
                self.initialized();
                Ok(())
            }
            note::DidOpenTextDocument::METHOD => params(n.params).map(|p| self.did_open(p)),
            note::DidChangeTextDocument::METHOD => params(n.params).map(|p| self.did_change(p)),
            note::DidCloseTextDocument::METHOD => params(n.params).map(|p| self.did_close(p)),
            note::DidSaveTextDocument::METHOD => params(n.params).map(|p| self.did_save(p)),
            note::DidChangeWatchedFiles::METHOD => params(n.params).map(|p| self.files_changed(p)),
            note::DidChangeConfiguration::METHOD => params(n.params).map(|p| self.configured(p)),
            note::Cancel::METHOD => params(n.params).map(|p: lsp::CancelParams| {
                self.client.cancel(match p.id {
                    lsp::NumberOrString::Number(n) => n.into(),
                    lsp::NumberOrString::String(s) => s.into(),
                })
            }),
            _ => Ok(()),
        };
        if let Err(e) = handled {
            self.log(format!("attest: {method}: {}", e.message));
        }
    }

    pub(super) fn log(&self, message: String) {
        self.client.log(lsp::MessageType::WARNING, message);
    }

    /// The corpus holding the document, once it has seen the document's latest text.
    pub fn snapshot(&self, uri: &lsp::Uri) -> Option<Snapshot> {
        let path = path_of(uri)?;
        let deadline = Instant::now() + FRESHNESS_WAIT;
        loop {
            let seen = self.builds.count();
            if lock(&self.state).session.is_fresh(&path) || !self.builds.wait_after(seen, deadline)
            {
                break;
            }
        }
        let ws = lock(&self.state);
        let (corpus, document) = ws.session.snapshot(&path)?;
        Some(Snapshot {
            corpus,
            document,
            encoding: ws.flags.encoding,
        })
    }

    /// Where the server may propose changes: inside the corpus.
    pub fn boundary(&self) -> Boundary {
        Boundary::of(&lock(&self.state).session)
    }

    pub(super) fn flags(&self) -> ClientFlags {
        lock(&self.state).flags
    }

    /// Every corpus as last built, for the requests about the whole workspace.
    pub fn all_corpora(&self) -> (Vec<Arc<Corpus>>, crate::text::Encoding) {
        let ws = lock(&self.state);
        (
            ws.session.roots.iter().map(|r| r.corpus.clone()).collect(),
            ws.flags.encoding,
        )
    }

    fn initialize(&self, params: lsp::InitializeParams) -> lsp::InitializeResult {
        let flags = ClientFlags::from_params(&params);
        let problems = {
            let mut ws = lock(&self.state);
            ws.flags = flags;
            ws.session.folders = folders_of(&params);
            let options = params.initialization_options.as_ref();
            options.map(|o| ws.settings.merge(o)).unwrap_or_default()
        };
        for p in problems {
            self.log(format!("attest: initializationOptions: {p}"));
        }
        lsp::InitializeResult {
            capabilities: server_capabilities(&flags),
            server_info: Some(lsp::ServerInfo {
                name: "attest".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        }
    }

    fn initialized(&self) {
        let (client, state, wake) = (self.client.clone(), self.state.clone(), self.wake.clone());
        std::thread::spawn(move || super::indexing::index_workspace(&client, &state, &wake));
        if self.flags().watched_files {
            watcher::register(&self.client);
        } else {
            watcher::watch(self.state.clone(), self.wake.clone(), self.client.clone());
        }
    }

    fn did_open(&self, params: lsp::DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let Some(path) = path_of(&doc.uri) else {
            return self.log(format!("attest: not a file, ignored: {}", doc.uri.as_str()));
        };
        // The `.ann` is read before the workspace is locked.
        let open = OpenDocument::opened(&path, &doc.text, doc.version);
        lock(&self.state).session.opened(path, open);
        let _ = self.wake.try_send(());
    }

    fn did_change(&self, params: lsp::DidChangeTextDocumentParams) {
        let id = params.text_document;
        // Logged once the workspace is unlocked.
        let ignored = |why: String| self.log(format!("attest: {}: {why}", id.uri.as_str()));
        let Some(path) = path_of(&id.uri) else {
            return ignored("not a file".into());
        };
        let mut ws = lock(&self.state);
        let encoding = ws.flags.encoding;
        let Some(doc) = ws.session.open.get_mut(&path) else {
            drop(ws);
            return ignored("edit to a document that is not open, ignored".into());
        };
        if id.version <= doc.version {
            let why = format!(
                "version {} after {}: out-of-order edit ignored",
                id.version, doc.version
            );
            drop(ws);
            return ignored(why);
        }
        for change in &params.content_changes {
            convert::apply(doc, change, encoding);
        }
        doc.version = id.version;
        ws.session.typed(path);
        drop(ws);
        let _ = self.wake.try_send(());
    }

    fn did_close(&self, params: lsp::DidCloseTextDocumentParams) {
        if let Some(path) = path_of(&params.text_document.uri) {
            lock(&self.state).session.closed(path);
        }
        let _ = self.wake.try_send(());
    }

    fn did_save(&self, params: lsp::DidSaveTextDocumentParams) {
        let Some(path) = path_of(&params.text_document.uri) else {
            return;
        };
        let (moved, encoding, boundary) = {
            let ws = lock(&self.state);
            let doc = ws.session.open.get(&path).filter(|d| d.annotations_moved);
            (
                doc.and_then(|d| d.annotation_file()),
                ws.flags.encoding,
                Boundary::of(&ws.session),
            )
        };
        let Some((ann, text)) = moved else {
            return;
        };
        // The .ann open in the editor with edits of its own not saved: writing over it would
        // lose them. The moves wait for the next save of the article.
        let unsaved = lock(&self.state).session.open.get(&ann).map(|d| d.text());
        if unsaved.is_some_and(|t| std::fs::read_to_string(&ann).ok() != Some(t)) {
            self.client.show(
                lsp::MessageType::WARNING,
                format!(
                    "Attest: {} was saved, but its annotations were not moved: {} has unsaved edits in the editor. Save {}, then save {} again.",
                    file_name(&path),
                    file_name(&ann),
                    file_name(&ann),
                    file_name(&path)
                ),
            );
            return;
        }
        // The article is saved: its annotations follow, through the client (the server
        // writes no file), asked from a thread of its own: the loop must not wait on it.
        let (client, state) = (self.client.clone(), self.state.clone());
        std::thread::spawn(move || {
            let applied = super::annotations::save(&client, &boundary, &ann, text, encoding);
            if applied && let Some(doc) = lock(&state).session.open.get_mut(&path) {
                doc.annotations_moved = false;
            }
        });
    }

    fn files_changed(&self, params: lsp::DidChangeWatchedFilesParams) {
        let paths: Vec<PathBuf> = params
            .changes
            .iter()
            .filter_map(|c| path_of(&c.uri))
            .collect();
        let tell = watcher::files_changed(&mut lock(&self.state), paths);
        let _ = self.wake.try_send(());
        for message in tell {
            self.client.show(lsp::MessageType::WARNING, message);
        }
    }

    fn configured(&self, params: lsp::DidChangeConfigurationParams) {
        let problems = {
            let mut ws = lock(&self.state);
            ws.session.republish = true;
            ws.settings.merge(&params.settings)
        };
        for p in problems {
            self.log(format!("attest: settings: {p}"));
        }
        let _ = self.wake.try_send(());
    }
}

/// A message's params as the protocol types them; what does not fit is an invalid-params
/// error.
pub fn params<P: DeserializeOwned>(
    params: serde_json::Value,
) -> Result<P, lsp_server::ResponseError> {
    serde_json::from_value(params).map_err(|e| error(ErrorCode::InvalidParams, e.to_string()))
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
