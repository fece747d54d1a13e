//! Each document's claim links, both ways: what `Corpus::related_claims` reads.

use std::sync::Arc;

use super::entity::narrow;
use super::{ClaimLink, Link};

/// For each of `n` documents, the links of its claims both ways, by claim. Each list is
/// made at its exact length, and `links` is gone before they are shared: lists grown link
/// by link, beside the links and then copied, made the peak of a whole build.
pub(super) fn by_document(links: Vec<ClaimLink>, n: usize) -> Vec<Arc<[Link]>> {
    let mut counts = vec![0usize; n];
    for l in &links {
        counts[l.a.document()] += 1;
        counts[l.b.document()] += 1;
    }
    let mut related: Vec<Vec<Link>> = counts.into_iter().map(Vec::with_capacity).collect();
    for l in links {
        related[l.a.document()].push((narrow(l.a.claim()), l.b, l.relation));
        related[l.b.document()].push((narrow(l.b.claim()), l.a, l.relation));
    }
    let mut out = Vec::with_capacity(n);
    out.extend(related.into_iter().map(|mut r| {
        r.sort_by_key(|&(c, other, _)| (c, other));
        Arc::from(r)
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{ClaimRef, Relation};

    #[test]
    fn a_link_and_the_references_a_corpus_keeps_are_32_bit_indexes() {
        // One a link's end and one a mention: 32 and 16 bytes with 64-bit indexes.
        assert_eq!(std::mem::size_of::<Link>(), 16);
        assert_eq!(std::mem::size_of::<ClaimRef>(), 8);
        assert_eq!(std::mem::size_of::<crate::corpus::MentionRef>(), 8);
        let r = ClaimRef::new(9_999, 41);
        assert_eq!((r.document(), r.claim()), (9_999, 41));
    }

    #[test]
    fn each_document_gets_its_claims_links_both_ways_in_claim_order_at_their_length() {
        let r = |document, claim| ClaimRef::new(document, claim);
        let link = |a, b, relation| ClaimLink { a, b, relation };
        let links = vec![
            link(r(0, 2), r(1, 0), Relation::Corroborates),
            link(r(0, 1), r(2, 3), Relation::Contradicts),
            link(r(1, 4), r(2, 0), Relation::Corroborates),
        ];
        let related = by_document(links, 4);
        assert_eq!(related.len(), 4);
        assert_eq!(
            &*related[0],
            &[
                (1, r(2, 3), Relation::Contradicts),
                (2, r(1, 0), Relation::Corroborates)
            ]
        );
        assert_eq!(
            &*related[1],
            &[
                (0, r(0, 2), Relation::Corroborates),
                (4, r(2, 0), Relation::Corroborates)
            ]
        );
        assert_eq!(
            &*related[2],
            &[
                (0, r(1, 4), Relation::Corroborates),
                (3, r(0, 1), Relation::Contradicts)
            ]
        );
        assert!(related[3].is_empty());
    }
}
