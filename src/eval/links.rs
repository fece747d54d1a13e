//! Claims across articles: the links the scored side makes from an article's claims (the
//! same fact, or an incompatible version of it, in another article) against the gold's
//! `AnnotatorNotes` `same:<file>` and `contradicts:<file>` (ANNOTATION.md §3). A scored link
//! is right when a gold claim it overlaps has the same relation to the same file; a gold
//! link is found when a scored claim overlapping it has it. Only the links a gold marks are
//! scored: a set whose gold marks none shows no figure.

use super::markup::{ClaimMark, Link, Markup};
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
    (t.links.right, t.links.predicted) = held(text, scored, gold, "extra", diffs);
    (t.links.found, t.links.gold) = held(text, gold, scored, "missed", diffs);
}

/// How many of the links of `from`'s claims a claim of `other` overlapping them has too, of
/// how many; each one it lacks is a difference named `what`.
fn held(
    text: &str,
    from: &Markup,
    other: &Markup,
    what: &str,
    diffs: &mut Vec<Difference>,
) -> (usize, usize) {
    let (mut held, mut all) = (0, 0);
    for c in &from.claims {
        for link in &c.links {
            all += 1;
            let has = |o: &ClaimMark| o.span.overlaps(c.span) && o.links.contains(link);
            if other.claims.iter().any(has) {
                held += 1;
            } else {
                diffs.push(difference(text, c.span, link, what));
            }
        }
    }
    (held, all)
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
