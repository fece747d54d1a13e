//! Names set beside a source that stand for it: the holder of a title named in apposition
//! (« selon le maire de Brescoux, Ana Roe, », "according to the mayor, Ana Roe,"), an
//! organisation's acronym in brackets (« le Bureau des crues (BDC) »), which the article
//! goes on using.

use super::kind::EntityKind;
use super::mention::Mention;
use super::tokens::Tokens;
use crate::text::Span;

/// The name set beside a phrase that ends at or after word `k` (« selon le maire de
/// Brescoux, Ana Roe, qui… »): the first word after the phrase's comma, when it starts a
/// name that a comma or the sentence's end closes within four words.
pub(super) fn apposed_holder(
    t: &Tokens,
    range: std::ops::Range<usize>,
    k: usize,
    skip: &impl Fn(usize) -> bool,
    names: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let comma = |c: usize| t.gap(c - 1, c).contains(',');
    let c = (k.max(1)..range.end.min(k + 8)).find(|&c| comma(c) || skip(c))?;
    if !comma(c) || skip(c) || !names(c) {
        return None;
    }
    let closed = (c + 1..range.end.min(c + 5) + 1).find(|&j| j == range.end || comma(j))?;
    (c..closed)
        .all(|w| t.words[w].capitalised || matches!(t.key(w), "de" | "du" | "d'" | "van" | "von"))
        .then_some(c)
}

/// A name in an aside that says whom an unnamed source includes, right after its phrase
/// ends at word `k` (« selon les observateurs, y compris ceux de la Ligue X, », « dont »,
/// "according to observers, including those of the X Union,"): up to the aside's comma.
pub(super) fn included_name(
    t: &Tokens,
    range: std::ops::Range<usize>,
    k: usize,
    skip: &impl Fn(usize) -> bool,
    names: &impl Fn(usize) -> bool,
) -> Option<usize> {
    if k == 0 || k >= range.end || !t.gap(k - 1, k).contains(',') {
        return None;
    }
    let from = match t.key(k) {
        "dont" | "including" | "notamment" | "among" => k + 1,
        "y" if k + 1 < range.end && t.key(k + 1) == "compris" => k + 2,
        _ => return None,
    };
    (from..range.end.min(from + 10))
        .take_while(|&w| w == from || !t.gap(w - 1, w).contains(','))
        .find(|&w| !skip(w) && names(w))
}

/// An organisation followed by its acronym in brackets (« le Bureau des crues (BDC) », "the
/// Flood Office (FLO)") is cited by the acronym, the name the article goes on using; a
/// person's party in brackets (« Ana Roe (LR) ») is no name of theirs.
pub fn by_its_acronym(text: &str, mentions: &[Mention], source: Span) -> Span {
    // The cheap test first: no bracket soon after the source, no acronym.
    let soon = text
        .as_bytes()
        .get(source.end..text.len().min(source.end + 120));
    if soon.is_none_or(|b| memchr::memchr(b'(', b).is_none()) {
        return source;
    }
    let at = mentions.partition_point(|m| m.span.end <= source.start);
    let (Some(name), Some(acronym)) = (mentions.get(at), mentions.get(at + 1)) else {
        return source;
    };
    let bracketed = text
        .get(name.span.end..acronym.span.start)
        .is_some_and(|between| between.trim() == "(")
        && text[acronym.span.end..].starts_with(')')
        && acronym
            .span
            .of(text)
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    if name.span.overlaps(source) && name.kind == EntityKind::Organization && bracketed {
        acronym.span
    } else {
        source
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::attribution::tests::named;
    use crate::analysis::document::sources_tests::named_sources as source;

    #[test]
    fn a_name_an_unnamed_source_includes_names_it() {
        assert_eq!(
            named(
                "Selon les observateurs, y compris ceux de la Ligue de Brescoux, le vote était libre."
            ),
            Some(("Selon", "Ligue"))
        );
        assert_eq!(
            named(
                "According to observers, including those of the Orbec League, the vote was free."
            ),
            Some(("According", "Orbec"))
        );
        // With no name in the aside, the source stays unnamed.
        assert_eq!(
            named("Selon les observateurs, y compris ceux de la région, le vote était libre."),
            None
        );
        assert_eq!(
            named("According to observers, including local ones, the vote was free."),
            None
        );
    }

    #[test]
    fn a_title_after_selon_is_the_person_named_beside_it() {
        assert_eq!(
            named(
                "Le péage a coûté 3 millions, selon le ministre des Transports, Ana Roe, qui a visité le pont."
            ),
            Some(("selon", "Ana"))
        );
        assert_eq!(
            named(
                "The toll cost 3 million, according to the minister of Transport, Ana Roe, who visited the bridge."
            ),
            Some(("according", "Ana"))
        );
        // A name after the comma that starts a clause is not the title's holder.
        assert_eq!(
            named("Selon le ministre des Transports, Paul Mérand a menti sur le péage."),
            Some(("Selon", "Transports"))
        );
        assert_eq!(
            named("According to the minister of Transport, Paul Merand lied about the toll."),
            Some(("According", "Transport"))
        );
    }

    #[test]
    fn an_organisation_with_its_acronym_in_brackets_is_cited_by_the_acronym() {
        assert_eq!(
            source(
                "Titre\n\nLe Bureau fédéral des crues (BFC) a déclaré que 3 digues avaient cédé."
            ),
            ["BFC"]
        );
        assert_eq!(
            source("Title\n\nThe Federal Flood Office (FFO) said 3 dykes gave way."),
            ["FFO"]
        );
        // So is a quotation's speaker found in its sentence.
        let sources = source(
            "Titre\n\nLe Bureau fédéral des crues (BFC) a mis en ligne une note : « À midi, 3 digues ont cédé près de Brescoux. »",
        );
        assert!(
            !sources.is_empty() && sources.iter().all(|s| *s == "BFC"),
            "{sources:?}"
        );
        let sources = source(
            "Title\n\nThe Federal Flood Office (FFO) posted a note: \"At noon, 3 dykes gave way near Orbec.\"",
        );
        assert!(
            !sources.is_empty() && sources.iter().all(|s| *s == "FFO"),
            "{sources:?}"
        );
        // A person's party in brackets is no name of theirs.
        assert_eq!(
            source("Titre\n\nAna Roe (LR) a déclaré que 3 digues avaient cédé."),
            ["Ana"]
        );
        assert_eq!(
            source("Title\n\nAna Roe (R) said 3 dykes gave way."),
            ["Ana"]
        );
    }
}
