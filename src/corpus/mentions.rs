//! An entity's mentions across the corpus, in corpus order, kept in chunks that corpora
//! share: an article patched in (`Corpus::patched`) copies the chunk holding its mentions,
//! not the whole list (a place named 100,000 times is 1.6 MB of mentions).

use std::sync::Arc;

use super::entity::MentionRef;

/// Mentions a chunk holds at most.
const CHUNK: usize = 512;

#[derive(Clone, Default, PartialEq, Eq)]
pub struct Mentions {
    /// In corpus order, none empty.
    chunks: Vec<Arc<[MentionRef]>>,
    len: usize,
}

impl Mentions {
    /// The mentions `sorted` in corpus order.
    pub fn new(sorted: Vec<MentionRef>) -> Self {
        debug_assert!(sorted.is_sorted());
        Mentions {
            len: sorted.len(),
            chunks: sorted.chunks(CHUNK).map(Arc::from).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn first(&self) -> Option<MentionRef> {
        self.chunks.first().map(|c| c[0])
    }

    pub fn iter(&self) -> impl Iterator<Item = MentionRef> + Clone + '_ {
        self.chunks.iter().flat_map(|c| c.iter().copied())
    }

    pub fn contains(&self, m: MentionRef) -> bool {
        let at = self.chunks.partition_point(|c| c[c.len() - 1] < m);
        self.chunks
            .get(at)
            .is_some_and(|c| c.binary_search(&m).is_ok())
    }

    /// The mentions in document `d`, in text order. Costs those and a binary search.
    pub fn in_document(&self, d: usize) -> impl Iterator<Item = MentionRef> + Clone + '_ {
        let at = self
            .chunks
            .partition_point(|c| c[c.len() - 1].document() < d);
        (self.chunks[at..].iter())
            .flat_map(move |c| c[c.partition_point(|m| m.document() < d)..].iter().copied())
            .take_while(move |m| m.document() == d)
    }

    /// How many documents the mentions are in.
    pub fn documents(&self) -> usize {
        let mut last = None;
        self.iter()
            .filter(|m| last.replace(m.document()) != Some(m.document()))
            .count()
    }

    /// Document `d`'s mentions replaced by `new` (in text order, all of `d`). Copies the
    /// chunks that held `d`'s mentions, or the one `new` joins; the others stay shared.
    pub fn replace_in(&mut self, d: usize, new: Vec<MentionRef>) {
        debug_assert!(new.iter().all(|m| m.document() == d) && new.is_sorted());
        let lo = self
            .chunks
            .partition_point(|c| c[c.len() - 1].document() < d);
        let hi = self.chunks.partition_point(|c| c[0].document() <= d);
        // The chunks holding `d`'s mentions; else the one before the place they go, if any.
        let range = match (lo < hi, lo.checked_sub(1)) {
            (true, _) => lo..hi,
            (false, Some(before)) => before..lo,
            (false, None) => lo..(lo + 1).min(self.chunks.len()),
        };
        let old: Vec<MentionRef> = self.chunks[range.clone()]
            .iter()
            .flat_map(|c| c.iter().copied())
            .collect();
        let (from, to) = (
            old.partition_point(|m| m.document() < d),
            old.partition_point(|m| m.document() <= d),
        );
        self.len = self.len - old.len() + from + new.len() + (old.len() - to);
        let mut merged = old[..from].to_vec();
        merged.extend(new);
        merged.extend_from_slice(&old[to..]);
        let chunks: Vec<Arc<[MentionRef]>> = merged.chunks(CHUNK).map(Arc::from).collect();
        self.chunks.splice(range, chunks);
    }
}

impl std::fmt::Debug for Mentions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(pairs: &[(usize, usize)]) -> Vec<MentionRef> {
        (pairs.iter())
            .map(|&(document, mention)| MentionRef::new(document, mention))
            .collect()
    }

    /// A list of `n` mentions, three per document.
    fn list(n: usize) -> Vec<MentionRef> {
        (0..n).map(|i| MentionRef::new(i / 3, i % 3)).collect()
    }

    /// Replaces `d`'s mentions in both a plain list and a chunked one; they must agree.
    fn agree(plain: &mut Vec<MentionRef>, chunked: &mut Mentions, d: usize, new: Vec<MentionRef>) {
        let from = plain.partition_point(|m| m.document() < d);
        let to = plain.partition_point(|m| m.document() <= d);
        plain.splice(from..to, new.clone());
        chunked.replace_in(d, new);
        assert_eq!(chunked.iter().collect::<Vec<_>>(), *plain);
        assert_eq!(chunked.len(), plain.len());
        assert!(chunked.chunks.iter().all(|c| !c.is_empty()));
        let in_d: Vec<MentionRef> = plain
            .iter()
            .copied()
            .filter(|m| m.document() == d)
            .collect();
        assert_eq!(chunked.in_document(d).collect::<Vec<_>>(), in_d);
    }

    #[test]
    fn a_document_s_mentions_replaced_anywhere_keep_corpus_order() {
        for n in [0, 1, 5, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7] {
            let mut plain = list(n);
            let mut chunked = Mentions::new(plain.clone());
            let last = n / 3 + 2;
            for d in [0, n / 6, CHUNK / 3, n / 3, last] {
                let more = refs(&[(d, 0), (d, 4), (d, 9)]);
                agree(&mut plain, &mut chunked, d, more);
                agree(&mut plain, &mut chunked, d, refs(&[(d, 1)]));
                agree(&mut plain, &mut chunked, d, Vec::new());
            }
            let many: Vec<MentionRef> = (0..2 * CHUNK).map(|i| MentionRef::new(1, i)).collect();
            agree(&mut plain, &mut chunked, 1, many);
        }
    }

    #[test]
    fn a_patch_copies_the_chunk_it_touches_and_shares_the_others() {
        let before = Mentions::new(list(10 * CHUNK));
        let mut after = before.clone();
        after.replace_in(CHUNK / 3 * 4, refs(&[(CHUNK / 3 * 4, 7)]));
        let shared = (before.chunks.iter())
            .filter(|c| after.chunks.iter().any(|a| Arc::ptr_eq(a, c)))
            .count();
        assert!(shared >= before.chunks.len() - 2, "{shared} shared");
    }

    #[test]
    fn lookups_see_every_mention_and_no_other() {
        let chunked = Mentions::new(list(3 * CHUNK));
        assert!(list(3 * CHUNK).into_iter().all(|m| chunked.contains(m)));
        assert!(!chunked.contains(MentionRef::new(1, 3)));
        assert!(!chunked.contains(MentionRef::new(CHUNK, 0)));
        assert_eq!(chunked.documents(), CHUNK);
        assert_eq!(chunked.first(), Some(MentionRef::new(0, 0)));
        assert_eq!(Mentions::default().first(), None);
        assert_eq!(Mentions::default().in_document(0).count(), 0);
        assert_eq!(
            format!("{:?}", Mentions::new(refs(&[(2, 1)]))),
            "[MentionRef { document: 2, mention: 1 }]"
        );
    }
}
