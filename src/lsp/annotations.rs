//! Annotations follow the article: when it is saved, the client is asked to write the
//! `.ann` with the moved offsets. If it refuses, the file stays as it was and the user is
//! told; nothing is lost.

use std::collections::HashMap;
use std::path::Path;

use super::client::Client;
use ls_types as lsp;

use super::boundary::{Boundary, confine};
use super::convert;
use crate::text::{Encoding, Span};

/// How long the editor has to answer.
const ANSWER_WITHIN: std::time::Duration = std::time::Duration::from_secs(30);

/// Asks the client to replace the `.ann` with `text`; whether it did.
pub fn save(
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
    let range = convert::range_in(&old, Span::new(0, old.len()), encoding);
    let changes = HashMap::from([(uri, vec![lsp::TextEdit::new(range, text)])]);
    let Some(edit) = confine(client, boundary, lsp::WorkspaceEdit::new(changes)) else {
        return false;
    };
    let params = lsp::ApplyWorkspaceEditParams { label: None, edit };
    let answer = client.ask("workspace/applyEdit", &params, ANSWER_WITHIN);
    let why = match answer.map(|a| a.map(serde_json::from_value::<lsp::ApplyWorkspaceEditResponse>))
    {
        Some(Ok(Ok(r))) if r.applied => return true,
        Some(Ok(Ok(r))) => r
            .failure_reason
            .unwrap_or_else(|| "the editor declined".into()),
        Some(Ok(Err(e))) => format!("the editor's answer was unreadable: {e}"),
        Some(Err(e)) => e.message,
        None => "the editor did not answer".into(),
    };
    let message = format!(
        "Attest: the annotations in {} were not updated ({why}). The file is as it was: its offsets still refer to the text before your edits. Save again to retry.",
        ann.display()
    );
    client.show(lsp::MessageType::WARNING, message);
    false
}
