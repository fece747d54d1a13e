//! Annotations follow the article: when it is saved, the client is asked to write the
//! `.ann` with the moved offsets. If it refuses, the file stays as it was and the user is
//! told; nothing is lost.

use std::collections::HashMap;
use std::path::Path;

use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

use super::boundary::{Boundary, confine};
use super::convert;
use crate::text::{Encoding, LineIndex};

/// Asks the client to replace the `.ann` with `text`; whether it did.
pub async fn save(
    client: &Client,
    boundary: &Boundary,
    ann: &Path,
    text: String,
    encoding: Encoding,
) -> bool {
    let Some(uri) = convert::uri_of(ann) else {
        return false;
    };
    let old = std::fs::read_to_string(ann).unwrap_or_default();
    let end = LineIndex::new(&old).position(&old, old.len(), encoding);
    let range = lsp::Range::new(
        lsp::Position::new(0, 0),
        lsp::Position::new(end.line, end.column),
    );
    let changes = HashMap::from([(uri, vec![lsp::TextEdit::new(range, text)])]);
    let Some(edit) = confine(client, boundary, lsp::WorkspaceEdit::new(changes)).await else {
        return false;
    };
    let why = match client.apply_edit(edit).await {
        Ok(r) if r.applied => return true,
        Ok(r) => r
            .failure_reason
            .unwrap_or_else(|| "the editor declined".into()),
        Err(e) => e.message.to_string(),
    };
    let message = format!(
        "Attest: the annotations in {} were not updated ({why}). The file is as it was: its offsets still refer to the text before your edits. Save again to retry.",
        ann.display()
    );
    client
        .show_message(lsp::MessageType::WARNING, message)
        .await;
    false
}
