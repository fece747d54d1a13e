//! An editor in process: the real `attest` language server (`attest::lsp::service`), two
//! of them (one client counting UTF-16 units, one UTF-8 bytes), each over a small corpus
//! in a temporary folder (two seeds, a `.ann`, an `attest.toml`), kept for the life of the
//! process on one tokio runtime. Each session opens, edits and asks, then closes every
//! article it opened, so the next one starts from the same corpus on disk.
//!
//! A panic in the server is a crash: the fuzzer's panic hook aborts on it even where the
//! server catches it, and outside the fuzzer a reply with code -32603 (the server's answer
//! to a caught panic) or an error logged by the builder fails the session too.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tower::util::BoxService;
use tower::{Service, ServiceExt};
use tower_lsp_server::ExitedError;
use tower_lsp_server::jsonrpc::{ErrorCode, Request, Response};

use crate::session::{Article, At, Edit, Range, Session, Step, Words};

/// The seeds of the corpus (the two shortest), from the repository's `seeds/`, cut to
/// their first paragraphs (see `opening`).
const INDEXED_SEED: &str = include_str!("../../seeds/000_0ebfb2c6ff608d17.txt");
const ANNOTATED_SEED: &str = include_str!("../../seeds/002_c61638ce0868d39f.txt");

/// About this many bytes of each seed: enough for names, claims and sources, and cheap to
/// analyse again at every step of a session.
const OPENING: usize = 1200;

/// The `.ann` beside the annotated seed: a name, a claim with its status, a note, a
/// reference, and a span past the end of the text.
const ANN: &str = "T1\tLocation 0 10\tLe Kazakhs\nT2\tClaim 11 40\tx\nA1\tVerified T2\n#1\tAnnotatorNotes T1\tvu\nN1\tReference T1 Wikidata:Q232\tKazakhstan\nT3\tPerson 90000 90005\tloin\n";

const SETTINGS: &str = "[corpus]\nlanguage = \"fr\"\n\n[[entity]]\nid = \"Q232\"\nkind = \"location\"\nname = \"Kazakhstan\"\naliases = [\"Qazaqstan\"]\n";

/// Edits per `didChange`, at most.
const MAX_EDITS: usize = 4;

type Channel = BoxService<Request, Option<Response>, ExitedError>;

struct Server {
    service: Channel,
    folder: tempfile::TempDir,
    /// Errors the server told the client about (`window/logMessage` of type Error).
    errors: Arc<Mutex<Vec<String>>>,
    next_id: i64,
}

pub struct Editor {
    runtime: tokio::runtime::Runtime,
    utf16: Server,
    utf8: Server,
}

impl Editor {
    pub fn new() -> Editor {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let utf16 = runtime.block_on(Server::start(false));
        let utf8 = runtime.block_on(Server::start(true));
        Editor {
            runtime,
            utf16,
            utf8,
        }
    }

    /// Plays one session, then closes what it opened.
    pub fn play(&mut self, session: &Session) {
        let server = if session.utf8 {
            &mut self.utf8
        } else {
            &mut self.utf16
        };
        self.runtime.block_on(server.play(&session.steps));
    }
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new()
    }
}

impl Server {
    async fn start(utf8: bool) -> Server {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let root = folder.path();
        std::fs::write(root.join("indexed.txt"), opening(INDEXED_SEED)).unwrap();
        std::fs::write(root.join("annotated.txt"), opening(ANNOTATED_SEED)).unwrap();
        std::fs::write(root.join("annotated.ann"), ANN).unwrap();
        std::fs::write(root.join("attest.toml"), SETTINGS).unwrap();

        let (frames, mut encoded) = tokio::sync::mpsc::unbounded_channel();
        let (service, socket) = attest::lsp::service(frames);
        // Diagnostics and partial results, framed by the server itself: drained.
        tokio::spawn(async move { while encoded.recv().await.is_some() {} });
        let errors = Arc::new(Mutex::new(Vec::new()));
        tokio::spawn(answer_client(socket, errors.clone()));
        let mut server = Server {
            service: BoxService::new(service),
            folder,
            errors,
            next_id: 0,
        };
        let encodings = if utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let uri = uri_of(server.folder.path());
        server
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": uri,
                    "workspaceFolders": [{"uri": uri, "name": "corpus"}],
                    "capabilities": {
                        "general": {"positionEncodings": encodings},
                        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}
                    },
                    "initializationOptions": {"diagnostics": {"debounceMs": 0}}
                }),
            )
            .await;
        server.notify("initialized", json!({})).await;
        server
    }

    async fn play(&mut self, steps: &[Step]) {
        let mut opened = HashSet::new();
        for step in steps {
            if let Step::Open { article, .. } = step {
                opened.insert(*article);
            }
            self.perform(step).await;
        }
        for article in opened {
            let uri = self.uri(article);
            self.notify(
                "textDocument/didClose",
                json!({"textDocument": {"uri": uri}}),
            )
            .await;
        }
        let errors = std::mem::take(&mut *self.errors.lock().unwrap());
        assert!(errors.is_empty(), "the server reported errors: {errors:?}");
    }

    async fn perform(&mut self, step: &Step) {
        match step {
            Step::Open {
                article,
                version,
                words,
            } => {
                let params = json!({"textDocument": {
                    "uri": self.uri(*article),
                    "languageId": if *article == Article::Notes { "markdown" } else { "plaintext" },
                    "version": version,
                    "text": text_of(words),
                }});
                self.notify("textDocument/didOpen", params).await;
            }
            Step::Change {
                article,
                version,
                edits,
            } => {
                let changes: Vec<Value> = edits.iter().take(MAX_EDITS).map(change).collect();
                let params = json!({
                    "textDocument": {"uri": self.uri(*article), "version": version},
                    "contentChanges": changes,
                });
                self.notify("textDocument/didChange", params).await;
            }
            Step::Close { article } => {
                let uri = self.uri(*article);
                self.notify(
                    "textDocument/didClose",
                    json!({"textDocument": {"uri": uri}}),
                )
                .await;
            }
            Step::Hover { article, at } => {
                let params = self.at(*article, *at);
                self.request("textDocument/hover", params).await;
            }
            Step::Definition { article, at } => {
                let params = self.at(*article, *at);
                self.request("textDocument/definition", params).await;
            }
            Step::References {
                article,
                at,
                declaration,
            } => {
                let mut params = self.at(*article, *at);
                params["context"] = json!({"includeDeclaration": declaration});
                self.request("textDocument/references", params).await;
            }
            Step::Rename { article, at, name } => {
                let mut params = self.at(*article, *at);
                params["newName"] = json!(name);
                self.request("textDocument/rename", params).await;
            }
            Step::CodeAction { article, range } => {
                let params = json!({
                    "textDocument": {"uri": self.uri(*article)},
                    "range": range_of(*range),
                    "context": {"diagnostics": []},
                });
                self.request("textDocument/codeAction", params).await;
            }
        }
    }

    fn uri(&self, article: Article) -> String {
        let root = self.folder.path();
        let path: PathBuf = match article {
            Article::Indexed => root.join("indexed.txt"),
            Article::Annotated => root.join("annotated.txt"),
            Article::Draft => root.join("brouillon.txt"),
            Article::Notes => root.join("notes.md"),
            Article::Loose => root.with_file_name("attest-fuzz-loose.txt"),
            Article::Settings => root.join("attest.toml"),
            Article::Untitled => return "untitled:Untitled-1".into(),
        };
        uri_of(&path)
    }

    fn at(&self, article: Article, at: At) -> Value {
        json!({"textDocument": {"uri": self.uri(article)}, "position": position_of(at)})
    }

    async fn notify(&mut self, method: &'static str, params: Value) {
        let message = Request::build(method).params(params).finish();
        let service = self.service.ready().await.expect("the server is running");
        let reply = service.call(message).await.expect("the server is running");
        assert!(reply.is_none(), "{method} is a notification: {reply:?}");
    }

    async fn request(&mut self, method: &'static str, params: Value) -> Option<Value> {
        self.next_id += 1;
        let message = Request::build(method)
            .params(params)
            .id(self.next_id)
            .finish();
        let service = self.service.ready().await.expect("the server is running");
        let reply = service.call(message).await.expect("the server is running");
        let (_, body) = reply.expect("a request has a reply").into_parts();
        match body {
            Ok(value) => Some(value),
            Err(e) if e.code == ErrorCode::InternalError => {
                panic!("{method} failed inside the server: {}", e.message)
            }
            Err(_) => None,
        }
    }
}

fn text_of(words: &Words) -> &str {
    match words {
        Words::Seed(false) => opening(INDEXED_SEED),
        Words::Seed(true) => opening(ANNOTATED_SEED),
        Words::Own(s) => s,
    }
}

/// The paragraphs of an article that end within its first `OPENING` bytes.
fn opening(article: &str) -> &str {
    let head = &article[..article.floor_char_boundary(OPENING.min(article.len()))];
    head.rfind("\n\n").map_or(head, |end| &article[..end + 1])
}

fn change(edit: &Edit) -> Value {
    match edit.range {
        Some(r) => json!({"range": range_of(r), "text": text_of(&edit.words)}),
        None => json!({"text": text_of(&edit.words)}),
    }
}

fn position_of(at: At) -> Value {
    json!({"line": at.line, "character": at.character})
}

fn range_of(r: Range) -> Value {
    json!({"start": position_of(r.start), "end": position_of(r.end)})
}

fn uri_of(path: &Path) -> String {
    tower_lsp_server::ls_types::Uri::from_file_path(path)
        .expect("an absolute path")
        .as_str()
        .to_owned()
}

/// What the server sends the client: its requests are answered with `null` (the client
/// did nothing), its errors kept for the session to report.
async fn answer_client(socket: tower_lsp_server::ClientSocket, errors: Arc<Mutex<Vec<String>>>) {
    let (mut requests, mut responses) = socket.split();
    while let Some(message) = requests.next().await {
        let (method, id, params) = message.into_parts();
        if method == "window/logMessage"
            && params.as_ref().and_then(|p| p["type"].as_u64()) == Some(1)
        {
            errors.lock().unwrap().push(params.unwrap().to_string());
        }
        if let Some(id) = id
            && responses
                .send(Response::from_ok(id, Value::Null))
                .await
                .is_err()
        {
            return;
        }
    }
}
