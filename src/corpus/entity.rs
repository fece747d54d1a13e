//! Entities: the people, organisations and places the corpus speaks of, each the union of
//! its mentions across documents (DESIGN.md §5).

use serde::Serialize;

use crate::analysis::EntityKind;

/// A mention, by document and index into that document's mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct MentionRef {
    pub document: usize,
    pub mention: usize,
}

#[derive(Clone, Debug)]
pub struct Entity {
    /// Stable across runs: `attest:` and the folded canonical name.
    pub id: String,
    pub kind: EntityKind,
    /// The canonical name: the fullest form, the most used among those.
    pub name: String,
    /// Every surface form seen, in order of first appearance.
    pub forms: Vec<String>,
    /// Every mention, in corpus order.
    pub mentions: Vec<MentionRef>,
    /// The first mention written exactly as the canonical name.
    pub canonical_mention: Option<MentionRef>,
}

impl Entity {
    /// The mention that defines the entity as seen from `document`: the first use of its
    /// canonical name there, else the first one anywhere, else its fullest mention there.
    pub fn definition(
        &self,
        document: usize,
        text_of: impl Fn(MentionRef) -> String,
    ) -> MentionRef {
        let canonical = |m: &&MentionRef| text_of(**m) == self.name;
        self.mentions
            .iter()
            .filter(|m| m.document == document)
            .find(canonical)
            .or_else(|| self.mentions.iter().find(canonical))
            .copied()
            .unwrap_or(self.mentions[0])
    }
}

/// The id of a canonical name.
pub fn entity_id(folded: &str) -> String {
    let slug: String = folded
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("attest:{}", slug.trim_matches('-'))
}
