//! Requests to features: each method's params read as the protocol types them, its handler
//! run under a panic guard (a panic becomes an error reply, and the server goes on), its
//! result written back. A handler is `fn(&Server, Params) -> Answer`, or
//! `fn(&Server, Params) -> Result<Answer>` when it may end in an error.

use std::panic::{AssertUnwindSafe, catch_unwind};

use ls_types::request::{self as req, Request as Method};
use lsp_server::{ErrorCode, Request, ResponseError};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::client::error;
use super::server::Server;
use super::{handlers, references, symbols};

pub type Result<T> = std::result::Result<T, ResponseError>;

pub fn request(server: &Server, r: Request) {
    let call = Call { server, r };
    match call.r.method.as_str() {
        req::HoverRequest::METHOD => call.on::<req::HoverRequest>(handlers::hover),
        req::GotoDefinition::METHOD => call.on::<req::GotoDefinition>(handlers::definition),
        // Written by a loop of its own: it may list 100,000 places.
        req::References::METHOD => call.written(references::references),
        req::DocumentHighlightRequest::METHOD => {
            call.on::<req::DocumentHighlightRequest>(references::highlights)
        }
        req::PrepareRenameRequest::METHOD => {
            call.on::<req::PrepareRenameRequest>(handlers::prepare_rename)
        }
        // The one handler that may end in an error (a new name that cannot be).
        req::Rename::METHOD => call.answer(handlers::rename),
        req::CodeActionRequest::METHOD => call.on::<req::CodeActionRequest>(handlers::code_actions),
        req::Completion::METHOD => call.on::<req::Completion>(handlers::completion),
        req::DocumentSymbolRequest::METHOD => {
            call.on::<req::DocumentSymbolRequest>(symbols::document_symbols)
        }
        req::WorkspaceSymbolRequest::METHOD => {
            call.on::<req::WorkspaceSymbolRequest>(symbols::workspace_symbols)
        }
        req::SemanticTokensFullRequest::METHOD => {
            call.on::<req::SemanticTokensFullRequest>(handlers::semantic_tokens_full)
        }
        req::SemanticTokensRangeRequest::METHOD => {
            call.on::<req::SemanticTokensRangeRequest>(handlers::semantic_tokens_range)
        }
        req::CodeLensRequest::METHOD => call.on::<req::CodeLensRequest>(handlers::code_lens),
        req::DocumentDiagnosticRequest::METHOD => call.written(handlers::pull_diagnostics),
        // For tests only, when `ATTEST_TEST_HOOKS` is set.
        "attest/text" if test_hooks() => call.answer(handlers::test_text),
        "attest/panic" if test_hooks() => call.answer(handlers::test_panic),
        _ => {
            let why = format!("no method {}", call.r.method);
            let e = error(ErrorCode::MethodNotFound, why);
            server.client.respond::<()>(&call.r.id, Err(e));
        }
    }
}

/// A request on its way to its handler.
struct Call<'a> {
    server: &'a Server,
    r: Request,
}

impl Call<'_> {
    /// Answers a request of method `M` with `handler`, whose answer is never an error.
    fn on<M: Method>(self, handler: fn(&Server, M::Params) -> M::Result)
    where
        M::Result: Serialize,
    {
        self.answer(move |s, p| Ok(handler(s, p)))
    }

    fn answer<P: DeserializeOwned, R: Serialize>(
        self,
        handler: impl FnOnce(&Server, P) -> Result<R>,
    ) {
        let (server, id) = (self.server, self.r.id.clone());
        server.client.respond(&id, self.run(handler));
    }

    /// Answers with a result that writes its own JSON.
    fn written<P: DeserializeOwned, R: Json>(self, handler: fn(&Server, P) -> Result<R>) {
        let (server, id) = (self.server, self.r.id.clone());
        let result = self.run(handler);
        server
            .client
            .respond_with(&id, result, |out, r| r.write_json(out));
    }

    /// The handler's result, or the error it ended in.
    fn run<P: DeserializeOwned, R>(
        self,
        handler: impl FnOnce(&Server, P) -> Result<R>,
    ) -> Result<R> {
        let Request { method, params, .. } = self.r;
        let params = super::server::params::<P>(params)?;
        catch_unwind(AssertUnwindSafe(|| handler(self.server, params))).unwrap_or_else(|panic| {
            let reason = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            let why = format!("attest: {method} failed: {reason}");
            Err(error(ErrorCode::InternalError, why))
        })
    }
}

/// A result written as JSON by a plain loop, not serialised from the protocol's types.
pub trait Json {
    fn write_json(&self, out: &mut Vec<u8>);
}

/// JSON written already.
impl Json for Vec<u8> {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self);
    }
}

fn test_hooks() -> bool {
    std::env::var_os("ATTEST_TEST_HOOKS").is_some()
}
