//! An editor in process: the real `attest` language server (`attest::lsp::in_process`), two
//! of them (one client counting UTF-16 units, one UTF-8 bytes), each over a small corpus
//! in a temporary folder (two seeds, a `.ann`, an `attest.toml`), kept for the life of the
//! process. Each session opens, edits and asks, then closes every
//! article it opened, so the next one starts from the same corpus on disk.
//!
//! A panic in the server is a crash: the fuzzer's panic hook aborts on it even where the
//! server catches it, and outside the fuzzer a reply with code -32603 (the server's answer
//! to a caught panic) or an error logged by the builder fails the session too.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use attest::lsp::Message;
use crossbeam_channel::{Receiver, Sender};
use serde_json::{Value, json};

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

/// Longer than any request may take: the server waits at most 5 s for a build.
const ANSWER_WITHIN: Duration = Duration::from_secs(60);

struct Server {
    to_server: Sender<Message>,
    from_server: Receiver<Vec<u8>>,
    folder: tempfile::TempDir,
    /// Errors the server told the client about (`window/logMessage` of type Error).
    errors: Vec<String>,
    next_id: i32,
}

pub struct Editor {
    utf16: Server,
    utf8: Server,
}

impl Editor {
    pub fn new() -> Editor {
        Editor {
            utf16: Server::start(false),
            utf8: Server::start(true),
        }
    }

    /// Plays one session, then closes what it opened.
    pub fn play(&mut self, session: &Session) {
        let server = if session.utf8 {
            &mut self.utf8
        } else {
            &mut self.utf16
        };
        server.play(&session.steps);
    }
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new()
    }
}

impl Server {
    fn start(utf8: bool) -> Server {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let root = folder.path();
        std::fs::write(root.join("indexed.txt"), opening(INDEXED_SEED)).unwrap();
        std::fs::write(root.join("annotated.txt"), opening(ANNOTATED_SEED)).unwrap();
        std::fs::write(root.join("annotated.ann"), ANN).unwrap();
        std::fs::write(root.join("attest.toml"), SETTINGS).unwrap();

        let (to_server, from_server) = attest::lsp::in_process();
        let mut server = Server {
            to_server,
            from_server,
            folder,
            errors: Vec::new(),
            next_id: 0,
        };
        let encodings = if utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let uri = uri_of(server.folder.path());
        server.request(
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
        );
        server.notify("initialized", json!({}));
        server
    }

    fn play(&mut self, steps: &[Step]) {
        let mut opened = HashSet::new();
        for step in steps {
            if let Step::Open { article, .. } = step {
                opened.insert(*article);
            }
            self.perform(step);
        }
        for article in opened {
            let uri = self.uri(article);
            self.notify(
                "textDocument/didClose",
                json!({"textDocument": {"uri": uri}}),
            );
        }
        self.drain();
        let errors = std::mem::take(&mut self.errors);
        assert!(errors.is_empty(), "the server reported errors: {errors:?}");
    }

    fn perform(&mut self, step: &Step) {
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
                self.notify("textDocument/didOpen", params);
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
                self.notify("textDocument/didChange", params);
            }
            Step::Close { article } => {
                let uri = self.uri(*article);
                self.notify(
                    "textDocument/didClose",
                    json!({"textDocument": {"uri": uri}}),
                );
            }
            Step::Hover { article, at } => {
                let params = self.at(*article, *at);
                self.request("textDocument/hover", params);
            }
            Step::Definition { article, at } => {
                let params = self.at(*article, *at);
                self.request("textDocument/definition", params);
            }
            Step::References {
                article,
                at,
                declaration,
            } => {
                let mut params = self.at(*article, *at);
                params["context"] = json!({"includeDeclaration": declaration});
                self.request("textDocument/references", params);
            }
            Step::Rename { article, at, name } => {
                let mut params = self.at(*article, *at);
                params["newName"] = json!(name);
                self.request("textDocument/rename", params);
            }
            Step::CodeAction { article, range } => {
                let params = json!({
                    "textDocument": {"uri": self.uri(*article)},
                    "range": range_of(*range),
                    "context": {"diagnostics": []},
                });
                self.request("textDocument/codeAction", params);
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

    fn send(&self, message: Value) {
        let message = serde_json::from_value(message).expect("a message");
        self.to_server.send(message).expect("the server is running");
    }

    fn notify(&mut self, method: &'static str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &'static str, params: Value) -> Option<Value> {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let body = self
                .from_server
                .recv_timeout(ANSWER_WITHIN)
                .unwrap_or_else(|_| panic!("no answer to {method}"));
            let message: Value = serde_json::from_slice(&body).expect("JSON from the server");
            if message["id"] == id && message.get("method").is_none() {
                if message["error"]["code"] == -32603 {
                    panic!("{method} failed inside the server: {}", message["error"]);
                }
                return message.get("result").cloned();
            }
            self.take(message);
        }
    }

    /// What the server sent so far, taken.
    fn drain(&mut self) {
        let sent: Vec<Vec<u8>> = self.from_server.try_iter().collect();
        for body in sent {
            let message: Value = serde_json::from_slice(&body).expect("JSON from the server");
            self.take(message);
        }
    }

    /// One message from the server: its requests are answered with `null` (the client did
    /// nothing), its errors kept for the session to report.
    fn take(&mut self, message: Value) {
        if message["method"] == "window/logMessage" && message["params"]["type"] == 1 {
            self.errors.push(message["params"].to_string());
        }
        if message.get("method").is_some() && message.get("id").is_some() {
            self.send(json!({"jsonrpc": "2.0", "id": message["id"], "result": null}));
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
    ls_types::Uri::from_file_path(path)
        .expect("an absolute path")
        .as_str()
        .to_owned()
}
