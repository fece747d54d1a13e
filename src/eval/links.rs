//! Claims across articles: the links the scored side makes from an article's claims (the
//! same fact, or an incompatible version of it, in another article) against the gold's
//! `AnnotatorNotes` `same:<file>` and `contradicts:<file>` (ANNOTATION.md §3). A scored link
//! is right when a gold claim it overlaps has the same relation to the same file; a gold
//! link is found when a scored claim overlapping it has it. Only the links a gold marks are
//! scored: a set whose gold marks none shows no figure.

use super::markup::{Link, Markup};
use super::score::{Difference, quote};
use super::tally::Tally;

pub(super) fn links(
    text: &str,
    gold: &Markup,
    scored: &Markup,
    t: &mut Tally,
    diffs: &mut Vec<Difference>,
) {
    t.gold_links |= gold.claims.iter().any(|c| !c.links.is_empty());
    let has = |claims: &[super::markup::ClaimMark], span, link: &Link| {
        claims
            .iter()
            .any(|c| c.span.overlaps(span) && c.links.contains(link))
    };
    for c in &scored.claims {
        for link in &c.links {
            t.links.predicted += 1;
            if has(&gold.claims, c.span, link) {
                t.links.right += 1;
            } else {
                diffs.push(difference(text, c.span, link, "extra"));
            }
        }
    }
    for g in &gold.claims {
        for link in &g.links {
            t.links.gold += 1;
            if has(&scored.claims, g.span, link) {
                t.links.found += 1;
            } else {
                diffs.push(difference(text, g.span, link, "missed"));
            }
        }
    }
}

fn difference(text: &str, span: crate::text::Span, link: &Link, what: &str) -> Difference {
    Difference {
        at: span.start,
        what: "link",
        message: format!(
            "{what}: {} {} {}",
            quote(text, span),
            link.relation.as_str(),
            link.file
        ),
    }
}
