//! Requests to features: each method's params read as the protocol types them, its handler
//! run under a panic guard (a panic becomes an error reply, and the server goes on), its
//! result written back. A handler is `fn(&Server, Params) -> Answer`, or
//! `fn(&Server, Params) -> Result<Answer>` when it may end in an error, or, for a long reply
//! (references, pulled diagnostics), `fn(&Server, Params) -> Written`: what writes its JSON.

use std::panic::{AssertUnwindSafe, catch_unwind};

use ls_types::request::{self as req, Request as Method};
use lsp_server::{ErrorCode, Request, ResponseError};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::client::error;
use super::server::Server;
use super::{handlers, references, symbols};

pub type Result<T> = std::result::Result<T, ResponseError>;

/// A reply written as JSON by a plain loop, not serialised from the protocol's types.
pub type Written = Box<dyn FnOnce(&mut Vec<u8>)>;

pub fn request(server: &Server, r: Request) {
    let call = Call { server, r };
    // One line a method whose handler never fails: its protocol type, and the handler.
    macro_rules! routes {
        ($($method:ident => $handler:path,)*) => {
            match call.r.method.as_str() {
                $(req::$method::METHOD => call.on::<req::$method>($handler),)*
                // The one handler that may end in an error (a new name that cannot be).
                req::Rename::METHOD => call.answer(handlers::rename),
                // Written by a loop of their own: a references reply may list 100,000 places.
                req::References::METHOD => call.written(references::references),
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
        };
    }
    routes! {
        HoverRequest => handlers::hover,
        GotoDefinition => handlers::definition,
        DocumentHighlightRequest => references::highlights,
        PrepareRenameRequest => handlers::prepare_rename,
        CodeActionRequest => handlers::code_actions,
        Completion => handlers::completion,
        DocumentSymbolRequest => symbols::document_symbols,
        WorkspaceSymbolRequest => symbols::workspace_symbols,
        SemanticTokensFullRequest => handlers::semantic_tokens_full,
        SemanticTokensRangeRequest => handlers::semantic_tokens_range,
        CodeLensRequest => handlers::code_lens,
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

    /// Answers with a reply that writes its own JSON, into a buffer kept from an earlier one.
    fn written<P: DeserializeOwned>(self, handler: fn(&Server, P) -> Written) {
        let (server, id) = (self.server, self.r.id.clone());
        let result = self.run(move |s, p| Ok(handler(s, p)));
        server
            .client
            .respond_with(&id, result, |out, write| write(out));
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

fn test_hooks() -> bool {
    std::env::var_os("ATTEST_TEST_HOOKS").is_some()
}
