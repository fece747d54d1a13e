//! What the client can do, folded once into flags, and what the server offers in return:
//! exactly the features it implements.

use ls_types as lsp;

use crate::text::Encoding;

/// Semantic token types, in legend order (see `queries::semantic_tokens::TokenKind`).
pub const TOKEN_TYPES: [&str; 5] = ["person", "organization", "location", "entity", "claim"];

#[derive(Clone, Copy, Debug, Default)]
pub struct ClientFlags {
    pub encoding: Encoding,
    /// `textDocument/diagnostic`: then diagnostics are pulled, never pushed.
    pub pull_diagnostics: bool,
    pub diagnostic_refresh: bool,
    pub watched_files: bool,
    pub work_done_progress: bool,
    /// `textDocument/prepareRename` asked before a rename, its placeholder offered for
    /// editing: then a rename replaces the whole spelling, else the word under the cursor.
    pub prepare_rename: bool,
}

impl ClientFlags {
    pub fn from_params(params: &lsp::InitializeParams) -> Self {
        // Read by the protocol's own paths: every level of them is optional.
        let caps = serde_json::to_value(&params.capabilities).unwrap_or_default();
        let flag = |path: &str| caps.pointer(path).and_then(|f| f.as_bool()) == Some(true);
        let utf8 = serde_json::json!(lsp::PositionEncodingKind::UTF8);
        let encodings = caps.pointer("/general/positionEncodings");
        ClientFlags {
            encoding: match encodings.and_then(|e| e.as_array()) {
                Some(offered) if offered.contains(&utf8) => Encoding::Utf8,
                _ => Encoding::Utf16,
            },
            pull_diagnostics: caps.pointer("/textDocument/diagnostic").is_some(),
            diagnostic_refresh: flag("/workspace/diagnostics/refreshSupport"),
            watched_files: flag("/workspace/didChangeWatchedFiles/dynamicRegistration"),
            work_done_progress: flag("/window/workDoneProgress"),
            prepare_rename: flag("/textDocument/rename/prepareSupport"),
        }
    }
}

pub fn server_capabilities(flags: &ClientFlags) -> lsp::ServerCapabilities {
    let sync = lsp::TextDocumentSyncOptions {
        open_close: Some(true),
        change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
        save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
        ..Default::default()
    };
    let legend = lsp::SemanticTokensLegend {
        token_types: TOKEN_TYPES
            .iter()
            .map(|t| lsp::SemanticTokenType::new(t))
            .collect(),
        token_modifiers: Vec::new(),
    };
    lsp::ServerCapabilities {
        position_encoding: Some(super::convert::encoding_kind(flags.encoding)),
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(sync)),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        definition_provider: Some(lsp::OneOf::Left(true)),
        references_provider: Some(lsp::OneOf::Left(true)),
        document_highlight_provider: Some(lsp::OneOf::Left(true)),
        rename_provider: Some(lsp::OneOf::Right(lsp::RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Options(
            lsp::CodeActionOptions {
                code_action_kinds: Some(vec![
                    lsp::CodeActionKind::QUICKFIX,
                    lsp::CodeActionKind::REFACTOR,
                ]),
                ..Default::default()
            },
        )),
        completion_provider: Some(lsp::CompletionOptions::default()),
        document_symbol_provider: Some(lsp::OneOf::Left(true)),
        workspace_symbol_provider: Some(lsp::OneOf::Left(true)),
        semantic_tokens_provider: Some(
            lsp::SemanticTokensServerCapabilities::SemanticTokensOptions(
                lsp::SemanticTokensOptions {
                    legend,
                    range: Some(true),
                    full: Some(lsp::SemanticTokensFullOptions::Bool(true)),
                    ..Default::default()
                },
            ),
        ),
        code_lens_provider: Some(lsp::CodeLensOptions {
            resolve_provider: Some(false),
        }),
        diagnostic_provider: flags.pull_diagnostics.then(|| {
            lsp::DiagnosticServerCapabilities::Options(lsp::DiagnosticOptions {
                identifier: Some("attest".into()),
                inter_file_dependencies: true,
                workspace_diagnostics: false,
                work_done_progress_options: Default::default(),
            })
        }),
        workspace: Some(lsp::WorkspaceServerCapabilities {
            workspace_folders: Some(lsp::WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: None,
            }),
            file_operations: None,
        }),
        ..Default::default()
    }
}
