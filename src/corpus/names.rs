//! Which entity a name means, by its folded key: what lets a document being edited be
//! checked against the corpus without resolving the whole corpus again.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use super::document::Document;
use super::entity::Entity;
use super::stops_at;
use crate::analysis::{EntityKind, Form, Mention};

/// A surname two people share: it names neither.
const AMBIGUOUS: usize = usize::MAX;

#[derive(Default)]
pub struct NameIndex {
    by_key: HashMap<String, usize>,
    by_surname: HashMap<String, usize>,
}

impl NameIndex {
    /// The index of a corpus's names; `None` once `stop` says to give up (see
    /// `Corpus::build_unless`).
    pub fn build(
        documents: &[Arc<Document>],
        entities: &[Entity],
        entity_of: &[Arc<[u32]>],
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Self> {
        let mut index = NameIndex::default();
        for (d, (doc, of)) in documents.iter().zip(entity_of).enumerate() {
            if stops_at(d, stop) {
                return None;
            }
            for (m, &e) in doc.analysis.mentions.iter().zip(of.iter()) {
                let e = e as usize;
                index.by_key.entry(m.key.to_string()).or_insert(e);
                let full_person = m.form == Form::Name
                    && m.word_count() > 1
                    && entities[e].kind == EntityKind::Person;
                if full_person {
                    let slot = index
                        .by_surname
                        .entry(m.surname_key().to_owned())
                        .or_insert(e);
                    if *slot != e {
                        *slot = AMBIGUOUS;
                    }
                }
            }
        }
        Some(index)
    }

    /// The entity a mention names, as the corpus last resolved it: the same key, or the one
    /// person whose surname a bare surname or initials give.
    pub fn entity_of(&self, m: &Mention) -> Option<usize> {
        if let Some(&e) = self.by_key.get(&*m.key) {
            return Some(e);
        }
        let surname = match m.form {
            Form::Initials => m.surname_key(),
            Form::Name if m.word_count() == 1 => &m.key,
            _ => return None,
        };
        self.by_surname
            .get(surname)
            .copied()
            .filter(|&e| e != AMBIGUOUS)
    }
}
