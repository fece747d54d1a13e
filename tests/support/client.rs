//! A minimal LSP client for end-to-end tests: starts the real `attest lsp`, frames
//! JSON-RPC messages, answers the server's requests, and collects its notifications.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub const WAIT: Duration = Duration::from_secs(20);

pub struct Client {
    pub child: Child,
    stdin: Option<Box<dyn Write + Send>>,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications and server requests seen so far, in order.
    pub seen: Vec<Value>,
}

impl Client {
    pub fn start(dir: &Path) -> Client {
        Client::start_with(Command::new(env!("CARGO_BIN_EXE_attest")), dir)
    }

    /// Starts `attest lsp` through `command` (the binary, or a program that runs it: the
    /// binary's path and `lsp` are added when `command` is not the binary itself).
    pub fn start_with(mut command: Command, dir: &Path) -> Client {
        if command.get_program() != env!("CARGO_BIN_EXE_attest") {
            command.arg(env!("CARGO_BIN_EXE_attest"));
        }
        let mut child = lsp(&mut command, dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("attest lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        Client::talking_to(child, Box::new(stdin), Box::new(stdout))
    }

    /// Starts `attest lsp` with a socket pair for its standard input and another for its
    /// standard output, as libuv starts a program (VS Code, Neovim), not pipes.
    #[cfg(unix)]
    pub fn start_over_sockets(dir: &Path) -> Client {
        use std::os::unix::net::UnixStream;
        let (to_server, server_in) = UnixStream::pair().expect("a socket pair");
        let (from_server, server_out) = UnixStream::pair().expect("a socket pair");
        let child = lsp(&mut Command::new(env!("CARGO_BIN_EXE_attest")), dir)
            .stdin(Stdio::from(std::os::fd::OwnedFd::from(server_in)))
            .stdout(Stdio::from(std::os::fd::OwnedFd::from(server_out)))
            .spawn()
            .expect("attest lsp starts");
        Client::talking_to(child, Box::new(to_server), Box::new(from_server))
    }

    fn talking_to(
        child: Child,
        stdin: Box<dyn Write + Send>,
        stdout: Box<dyn Read + Send>,
    ) -> Client {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.unwrap_or(0)];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if let Ok(v) = serde_json::from_slice::<Value>(&body)
                    && tx.send(v).is_err()
                {
                    return;
                }
            }
        });
        Client {
            stdin: Some(stdin),
            child,
            incoming: rx,
            next_id: 1,
            seen: Vec::new(),
        }
    }

    pub fn send_raw(&mut self, body: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        let msg = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.send_raw(&msg.to_string());
    }

    /// Sends a request without waiting; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        let msg = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.send_raw(&msg.to_string());
        id
    }

    /// Sends a request and waits for its response (the whole message: result or error).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(id)
    }

    /// The result of a request that must succeed.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let r = self.request(method, params.clone());
        assert!(r.get("error").is_none(), "{method} {params} failed: {r}");
        r["result"].clone()
    }

    pub fn response(&mut self, id: i64) -> Value {
        self.wait_for(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
            .unwrap_or_else(|| panic!("no response to request {id}"))
    }

    /// Waits for a message matching `want`, answering server requests on the way.
    pub fn wait_for(&mut self, want: impl Fn(&Value) -> bool) -> Option<Value> {
        self.wait_for_within(WAIT, want)
    }

    /// The same, waiting at most `limit`.
    pub fn wait_for_within(
        &mut self,
        limit: Duration,
        want: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        if let Some(m) = self.seen.iter().find(|m| want(m)) {
            return Some(m.clone());
        }
        let deadline = Instant::now() + limit;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let m = match self.incoming.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
            };
            if m.get("method").is_some() && m.get("id").is_some() {
                // A request from the server: accept it.
                let reply = json!({"jsonrpc": "2.0", "id": m["id"], "result": null});
                self.send_raw(&reply.to_string());
            }
            let is_response = m.get("method").is_none();
            if !is_response {
                self.seen.push(m.clone());
            }
            if want(&m) {
                return Some(m);
            }
        }
    }

    /// The latest diagnostics published for `uri` satisfying `want`.
    pub fn diagnostics_where(&mut self, uri: &str, want: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let matches = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && want(m["params"]["diagnostics"].as_array().map_or(&[][..], |v| v))
        };
        let found = self
            .seen
            .iter()
            .rev()
            .find(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
            .filter(|m| matches(m))
            .cloned()
            .or_else(|| self.wait_for(matches));
        let m = found.unwrap_or_else(|| panic!("no diagnostics as wanted for {uri}"));
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }

    pub fn initialize(&mut self, root: &Path, capabilities: Value, options: Value) -> Value {
        let uri = uri_of(root);
        let result = self.call(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri,
                "workspaceFolders": [{"uri": uri, "name": "corpus"}],
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&mut self, path: &Path, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri_of(path), "languageId": "plaintext", "version": 1, "text": text}}),
        );
    }

    /// Closes standard input, as a client that dies does.
    pub fn close_stdin(&mut self) {
        self.stdin.take();
    }

    /// Waits for the server process to end; its wait time.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<Duration> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Ok(Some(_)) = self.child.try_wait() {
                return Some(start.elapsed());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }
}

/// `command` made to run `attest lsp` in `dir`, test hooks on, standard error ignored.
fn lsp<'a>(command: &'a mut Command, dir: &Path) -> &'a mut Command {
    command
        .arg("lsp")
        .current_dir(dir)
        .env("ATTEST_TEST_HOOKS", "1")
        .stderr(Stdio::null())
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn uri_of(path: &Path) -> String {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'.' | b'_' | b'~' => {
                uri.push(b as char)
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri
}

/// UTF-16 and UTF-8 column of the first `needle` on its line of `text`.
pub fn position_of(text: &str, needle: &str, utf8: bool) -> (u32, u32) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count() as u32;
    let prefix = &text[line_start..at];
    let column = if utf8 {
        prefix.len()
    } else {
        prefix.encode_utf16().count()
    };
    (line, column as u32)
}
