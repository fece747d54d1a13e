//! Each request: protocol params → a query over a corpus snapshot → protocol result.

use std::collections::HashMap;

use ls_types as lsp;
use lsp_server::ErrorCode;

use super::Snapshot;
use super::boundary::confine;
use super::capabilities::TOKEN_TYPES;
use super::client::error;
use super::convert::{self, range};
use super::dispatch::{Result, Written};
use super::server::Server;
use super::workspace::lock;
use crate::queries::{self, Edit};
use crate::text::Span;

impl Snapshot {
    pub(super) fn offset(&self, p: lsp::Position) -> usize {
        convert::offset(&self.corpus.documents[self.document], p, self.encoding)
    }

    pub(super) fn range(&self, document: usize, span: Span) -> lsp::Range {
        range(&self.corpus.documents[document], span, self.encoding)
    }

    pub(super) fn workspace_edit(&self, edits: Vec<Edit>) -> lsp::WorkspaceEdit {
        let mut changes: HashMap<lsp::Uri, Vec<lsp::TextEdit>> = HashMap::new();
        for e in edits {
            let Some(uri) = convert::uri_of(&self.corpus.documents[e.document].path) else {
                continue;
            };
            let edit = lsp::TextEdit::new(self.range(e.document, e.span), e.new_text);
            changes.entry(uri).or_default().push(edit);
        }
        lsp::WorkspaceEdit::new(changes)
    }
}

impl Server {
    /// The snapshot of the document a request is about, and the byte offset of its cursor.
    pub(super) fn at(&self, at: &lsp::TextDocumentPositionParams) -> Option<(Snapshot, usize)> {
        let snap = self.snapshot(&at.text_document.uri)?;
        let offset = snap.offset(at.position);
        Some((snap, offset))
    }

    /// A file's text as it is now: the editor's buffer when the file is open, else the file
    /// on disk (invalid UTF-8 replaced); `None` when there is no such file.
    fn file_now(&self, path: &std::path::Path) -> Option<String> {
        let open = lock(&self.state).session.open.get(path).map(|d| d.text());
        open.or_else(|| Some(String::from_utf8_lossy(&std::fs::read(path).ok()?).into()))
    }
}

pub fn hover(s: &Server, p: lsp::HoverParams) -> Option<lsp::Hover> {
    let (snap, offset) = s.at(&p.text_document_position_params)?;
    let card = queries::hover::hover(&snap.corpus, snap.document, offset)?;
    Some(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: card.markdown,
        }),
        range: Some(snap.range(snap.document, card.range)),
    })
}

pub fn definition(s: &Server, p: lsp::GotoDefinitionParams) -> Option<lsp::GotoDefinitionResponse> {
    let (snap, offset) = s.at(&p.text_document_position_params)?;
    let (corpus, document) = (&snap.corpus, snap.document);
    let in_table = |(origin, path, span): (Span, std::path::PathBuf, Span)| {
        // The corpus read the table from the editor's buffer when the file is open, from
        // disk otherwise: positions come from the same text.
        let text = s.file_now(&path).unwrap_or_default();
        let range = convert::range_in(&text, span, snap.encoding);
        Some((origin, lsp::Location::new(convert::uri_of(&path)?, range)))
    };
    let (origin, target) = queries::definition::knowledge_table(corpus, document, offset)
        .and_then(in_table)
        .or_else(|| {
            let (origin, target) = queries::definition::definition(corpus, document, offset)?;
            let location = convert::location(corpus, target.document, target.span, snap.encoding);
            Some((origin, location?))
        })?;
    Some(lsp::GotoDefinitionResponse::Link(vec![lsp::LocationLink {
        origin_selection_range: Some(snap.range(document, origin)),
        target_uri: target.uri,
        target_range: target.range,
        target_selection_range: target.range,
    }]))
}

pub fn prepare_rename(
    s: &Server,
    p: lsp::TextDocumentPositionParams,
) -> Option<lsp::PrepareRenameResponse> {
    let (snap, offset) = s.at(&p)?;
    let renamable = queries::rename::prepare_rename(&snap.corpus, snap.document, offset)?;
    // With its placeholder: an editor that cuts the name out of the line itself may count
    // the range's columns in another unit (Neovim 0.7 took UTF-16 columns for bytes).
    Some(lsp::PrepareRenameResponse::RangeWithPlaceholder {
        range: snap.range(snap.document, renamable.span),
        placeholder: renamable.placeholder,
    })
}

pub fn rename(s: &Server, p: lsp::RenameParams) -> Result<Option<lsp::WorkspaceEdit>> {
    let Some((snap, offset)) = s.at(&p.text_document_position) else {
        return Ok(None);
    };
    // A client that does not ask prepareRename offered the word at point, not the spelling.
    let scope = if s.flags().prepare_rename {
        queries::rename::Scope::Spelling
    } else {
        queries::rename::Scope::Word
    };
    match queries::rename::rename(&snap.corpus, snap.document, offset, &p.new_name, scope) {
        Ok(edits) if edits.is_empty() => Ok(None),
        Ok(edits) => Ok(confine(
            &s.client,
            &s.boundary(),
            snap.workspace_edit(edits),
        )),
        Err(e) => Err(error(ErrorCode::InvalidParams, e.to_string())),
    }
}

pub fn code_actions(s: &Server, p: lsp::CodeActionParams) -> Option<lsp::CodeActionResponse> {
    let snap = s.snapshot(&p.text_document.uri)?;
    let span = convert::span(
        &snap.corpus.documents[snap.document],
        p.range,
        snap.encoding,
    );
    // A client that asks for some kinds only must get only those (VS Code warns on every
    // request otherwise), and what it does not want is not worked out.
    let only = p.context.only.as_deref();
    let mut actions = Vec::new();
    if wanted(only, &lsp::CodeActionKind::QUICKFIX) {
        let spelling = Some(lsp::NumberOrString::String("entity-spelling".into()));
        let diagnostics: Vec<lsp::Diagnostic> = p
            .context
            .diagnostics
            .iter()
            .filter(|d| d.code == spelling)
            .cloned()
            .collect();
        for fix in queries::code_action::spelling_fixes(&snap.corpus, snap.document, span) {
            actions.push(lsp::CodeAction {
                title: fix.title,
                kind: Some(lsp::CodeActionKind::QUICKFIX),
                diagnostics: (!diagnostics.is_empty()).then(|| diagnostics.clone()),
                edit: Some(snap.workspace_edit(fix.edits)),
                is_preferred: Some(fix.preferred),
                ..Default::default()
            });
        }
    }
    if wanted(only, &lsp::CodeActionKind::REFACTOR) {
        let now = |path: &std::path::Path| s.file_now(path);
        for r in queries::annotate::recordings(&snap.corpus, snap.document, span, &now) {
            actions.extend(
                append_edit(&r.append, snap.encoding).map(|edit| lsp::CodeAction {
                    title: r.title,
                    kind: Some(lsp::CodeActionKind::REFACTOR),
                    edit: Some(edit),
                    ..Default::default()
                }),
            );
        }
    }
    let boundary = s.boundary();
    let confined = actions.into_iter().filter_map(|mut a| {
        a.edit = Some(confine(&s.client, &boundary, a.edit.take()?)?);
        Some(lsp::CodeActionOrCommand::CodeAction(a))
    });
    Some(confined.collect())
}

/// Whether actions of `kind` answer a request for `only` these kinds: all of them when the
/// request names none; else those whose kind is one named or under one (`refactor` covers
/// `refactor.rewrite`), as the protocol's kinds are dotted paths.
fn wanted(only: Option<&[lsp::CodeActionKind]>, kind: &lsp::CodeActionKind) -> bool {
    let Some(only) = only.filter(|o| !o.is_empty()) else {
        return true;
    };
    let kind = kind.as_str();
    only.iter().any(|o| {
        let o = o.as_str();
        kind == o
            || kind
                .strip_prefix(o)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// Text appended to a file as a workspace edit, creating the file when it does not exist.
fn append_edit(
    append: &queries::annotate::Append,
    encoding: crate::text::Encoding,
) -> Option<lsp::WorkspaceEdit> {
    let uri = convert::uri_of(&append.path)?;
    // The file's end; the start of a file to create.
    let text = append.current.as_deref().unwrap_or_default();
    let end = convert::range_in(text, Span::new(text.len(), text.len()), encoding).end;
    let edit = lsp::TextDocumentEdit {
        text_document: lsp::OptionalVersionedTextDocumentIdentifier {
            uri: uri.clone(),
            version: None,
        },
        edits: vec![lsp::OneOf::Left(lsp::TextEdit::new(
            lsp::Range::new(end, end),
            append.text.clone(),
        ))],
    };
    let mut operations = Vec::new();
    if append.current.is_none() {
        operations.push(lsp::DocumentChangeOperation::Op(lsp::ResourceOp::Create(
            lsp::CreateFile {
                uri,
                options: Some(lsp::CreateFileOptions {
                    overwrite: Some(false),
                    ignore_if_exists: Some(true),
                }),
                annotation_id: None,
            },
        )));
    }
    operations.push(lsp::DocumentChangeOperation::Edit(edit));
    Some(lsp::WorkspaceEdit {
        document_changes: Some(lsp::DocumentChanges::Operations(operations)),
        ..Default::default()
    })
}

pub fn completion(s: &Server, p: lsp::CompletionParams) -> Option<lsp::CompletionResponse> {
    let (snap, offset) = s.at(&p.text_document_position)?;
    let c = queries::completion::complete(&snap.corpus, snap.document, offset)?;
    let replace = snap.range(snap.document, c.range);
    let items = c
        .items
        .into_iter()
        .enumerate()
        .map(|(rank, item)| lsp::CompletionItem {
            label: item.label.clone(),
            detail: Some(item.detail),
            kind: Some(lsp::CompletionItemKind::REFERENCE),
            // Clients sort by this, else by label, which puts « Tokayev » before the
            // canonical « Tokaïev » (y < ï): the order the query chose is kept.
            sort_text: Some(format!("{rank:04}")),
            text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit::new(
                replace, item.label,
            ))),
            ..Default::default()
        })
        .collect();
    Some(lsp::CompletionResponse::List(lsp::CompletionList {
        is_incomplete: false,
        items,
    }))
}

pub fn semantic_tokens_full(
    s: &Server,
    p: lsp::SemanticTokensParams,
) -> Option<lsp::SemanticTokensResult> {
    semantic_tokens(s, p.text_document.uri, None).map(lsp::SemanticTokensResult::Tokens)
}

pub fn semantic_tokens_range(
    s: &Server,
    p: lsp::SemanticTokensRangeParams,
) -> Option<lsp::SemanticTokensRangeResult> {
    let tokens = semantic_tokens(s, p.text_document.uri, Some(p.range));
    tokens.map(lsp::SemanticTokensRangeResult::Tokens)
}

fn semantic_tokens(
    s: &Server,
    uri: lsp::Uri,
    range: Option<lsp::Range>,
) -> Option<lsp::SemanticTokens> {
    let snap = s.snapshot(&uri)?;
    let doc = &snap.corpus.documents[snap.document];
    let span = range.map(|r| convert::span(doc, r, snap.encoding));
    let tokens = queries::semantic_tokens::semantic_tokens(&snap.corpus, snap.document, span);
    let mut data = Vec::with_capacity(tokens.len());
    let (mut line, mut start) = (0, 0);
    for t in tokens {
        let r = snap.range(snap.document, t.span);
        if r.start.line != r.end.line {
            continue; // the query splits tokens at line breaks; never send one across
        }
        let delta_line = r.start.line - line;
        let delta_start = if delta_line == 0 {
            r.start.character - start
        } else {
            r.start.character
        };
        data.push(lsp::SemanticToken {
            delta_line,
            delta_start,
            length: r.end.character - r.start.character,
            token_type: t.kind as u32,
            token_modifiers_bitset: 0,
        });
        (line, start) = (r.start.line, r.start.character);
    }
    debug_assert_eq!(TOKEN_TYPES.len(), 5);
    Some(lsp::SemanticTokens {
        result_id: None,
        data,
    })
}

pub fn code_lens(s: &Server, p: lsp::CodeLensParams) -> Option<Vec<lsp::CodeLens>> {
    let snap = s.snapshot(&p.text_document.uri)?;
    let lens = queries::code_lens::code_lens(&snap.corpus, snap.document)?;
    Some(vec![lsp::CodeLens {
        range: snap.range(snap.document, lens.span),
        command: Some(lsp::Command::new(lens.title, String::new(), None)),
        data: None,
    }])
}

pub fn pull_diagnostics(s: &Server, p: lsp::DocumentDiagnosticParams) -> Written {
    let snap = s.snapshot(&p.text_document.uri);
    // Not under the workspace lock: a huge article's diagnostics take long.
    let settings = lock(&s.state).settings.clone();
    let previous = p.previous_result_id.as_deref();
    let report = super::diagnostics::pull(&settings, snap, previous);
    Box::new(move |out| out.extend_from_slice(&report))
}

/// `attest/text`: the text of an open document as the server holds it, for tests.
pub fn test_text(s: &Server, p: lsp::TextDocumentIdentifier) -> Result<Option<String>> {
    let path = convert::path_of(&p.uri);
    Ok(path.and_then(|p| lock(&s.state).session.open.get(&p).map(|d| d.text())))
}

/// `attest/panic`: panics inside a request, so that tests can check the server survives it.
pub fn test_panic(_: &Server, _: serde_json::Value) -> Result<()> {
    panic!("a deliberate panic, for tests")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_kinds_asked_for_are_wanted() {
        let quickfix = lsp::CodeActionKind::QUICKFIX;
        let refactor = lsp::CodeActionKind::REFACTOR;
        assert!(wanted(None, &refactor));
        assert!(wanted(Some(&[]), &refactor));
        assert!(wanted(Some(std::slice::from_ref(&quickfix)), &quickfix));
        assert!(!wanted(Some(std::slice::from_ref(&quickfix)), &refactor));
        assert!(!wanted(Some(std::slice::from_ref(&refactor)), &quickfix));
        let rewrite = lsp::CodeActionKind::REFACTOR_REWRITE;
        assert!(
            wanted(Some(std::slice::from_ref(&refactor)), &rewrite),
            "refactor covers refactor.rewrite"
        );
        assert!(
            !wanted(Some(&[rewrite]), &refactor),
            "but not the other way"
        );
        assert!(
            !wanted(Some(&[lsp::CodeActionKind::new("quick")]), &quickfix),
            "a prefix is not a kind"
        );
    }
}
