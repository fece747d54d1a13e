//! Acronyms joined to their long forms across documents: one an article defines (« Long
//! Name (ACR) ») everywhere, and an undefined one to the one name whose content-word initials
//! spell it.

use std::collections::HashMap;
use std::sync::Arc;

use super::super::document::Document;
use super::super::stops_at;
use super::{Groups, Node};
use crate::analysis::Form;
use crate::analysis::lexicon as lx;
use crate::text::fold;

/// « Long Name (ACR) » anywhere defines ACR everywhere; an undefined acronym joins the one
/// name whose content-word initials spell it. `None` once `stop` says to give up.
pub(super) fn link_acronyms(
    documents: &[Arc<Document>],
    ids: &HashMap<&str, usize>,
    nodes: &[Node],
    groups: &mut Groups,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<()> {
    for (d, doc) in documents.iter().enumerate() {
        if stops_at(d, stop) {
            return None;
        }
        for m in doc
            .analysis
            .mentions
            .iter()
            .filter(|m| m.form == Form::Acronym)
        {
            // Its letters fit its long form (`long_forms::letters_fit`), or it has none.
            if let Some(long) = m.expands() {
                let long_key = fold(long.of(&doc.text));
                if let (Some(&a), Some(&b)) = (ids.get(&*m.key), ids.get(long_key.as_str())) {
                    groups.union(a, b);
                }
            }
        }
    }
    let mut spelled: HashMap<String, Vec<usize>> = HashMap::new();
    for (n, node) in nodes.iter().enumerate() {
        if stops_at(n, stop) {
            return None;
        }
        if node.form == Form::Name && node.words.len() >= 2 {
            let initials: String = node
                .words
                .iter()
                .filter(|w| !lx::is(w.as_str(), lx::PHRASE_CONNECTORS))
                .filter_map(|w| w.chars().next())
                .collect();
            spelled.entry(initials).or_default().push(n);
        }
    }
    for (n, node) in nodes.iter().enumerate() {
        if stops_at(n, stop) {
            return None;
        }
        if node.form != Form::Acronym {
            continue;
        }
        if let Some(candidates) = spelled.get(&node.words[0]) {
            let roots: Vec<usize> = candidates.iter().map(|&c| groups.find(c)).collect();
            if roots.iter().all(|&r| r == roots[0]) {
                groups.union(n, candidates[0]);
            }
        }
    }
    Some(())
}
