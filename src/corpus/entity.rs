//! Entities: the people, organisations and places the corpus speaks of, each the union of
//! its mentions across documents (DESIGN.md §5).

use serde::Serialize;

use super::mentions::Mentions;
use crate::analysis::{EntityKind, Form, Mention};

/// A mention, by document and index into that document's mentions: two 32-bit indexes, as
/// an entity keeps one a mention (a corpus holds no more than `u32::MAX` documents, nor an
/// article that many mentions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct MentionRef {
    document: u32,
    mention: u32,
}

impl MentionRef {
    pub fn new(document: usize, mention: usize) -> Self {
        MentionRef {
            document: narrow(document),
            mention: narrow(mention),
        }
    }

    pub fn document(self) -> usize {
        self.document as usize
    }

    pub fn mention(self) -> usize {
        self.mention as usize
    }
}

/// An index into a corpus's documents, or a document's mentions or claims, held in 32 bits.
pub(super) fn narrow(i: usize) -> u32 {
    u32::try_from(i).expect("a corpus index fits in 32 bits")
}

/// The entity of each of a document's mentions, in 32 bits each (see [`narrow`]).
pub(super) fn narrowed(entities: &[usize]) -> std::sync::Arc<[u32]> {
    entities.iter().map(|&e| narrow(e)).collect()
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
    pub mentions: Mentions,
    /// How many articles mention it.
    pub articles: usize,
    /// Who a human said this is: an annotation's reference or a knowledge-base id.
    pub identity: Option<String>,
    /// What the knowledge base says it is.
    pub description: Option<String>,
    /// Its `[[entity]]` table, when the knowledge base has it: the file and the span of
    /// the table's first line.
    pub known: Option<(std::path::PathBuf, crate::text::Span)>,
    /// The first mention written exactly as the canonical name.
    pub canonical_mention: Option<MentionRef>,
    /// How the articles of each language write it (by `Language::index`): a name is
    /// spelled one way in French and another in English (« Poutine », "Putin"), and a
    /// spelling is compared only with its own language's.
    pub local: [Option<Local>; 3],
}

/// An entity as the articles of one language write it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Local {
    /// Its name there: the fullest form, the most used among those (the knowledge base's
    /// name when they write it so).
    pub name: String,
    /// The first mention written so.
    pub mention: Option<MentionRef>,
}

impl Entity {
    /// The mention that defines the entity as seen from `document` (DESIGN.md §5): its
    /// fullest form there (most words, names before initials and acronyms), first such,
    /// when that is as full as the canonical name; else the canonical name's first mention.
    /// « Tokayev » finds « Kassym-Jomart Tokayev » in its own article, a bare « Poutine »
    /// finds « Vladimir Poutine » in another. Costs the entity's mentions in `document`.
    pub fn definition<'a>(
        &self,
        document: usize,
        mention_of: impl Fn(MentionRef) -> &'a Mention,
    ) -> MentionRef {
        let fullness = |m: MentionRef| {
            let mention = mention_of(m);
            (mention.form == Form::Name, mention.word_count())
        };
        let canonical = (self.canonical_mention)
            .or(self.mentions.first())
            .expect("the entity of a mention has one");
        let mut fullest: Option<(MentionRef, (bool, usize))> = None;
        for m in self.mentions.in_document(document) {
            let f = fullness(m);
            if fullest.is_none_or(|(_, best)| f > best) {
                fullest = Some((m, f));
            }
        }
        match fullest {
            Some((m, f)) if f >= fullness(canonical) => m,
            _ => canonical,
        }
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
