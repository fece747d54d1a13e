//! Hover: who a name is and where else the corpus speaks of it; what a claim rests on and
//! which articles back it up or contradict it. Markdown for a small editor popup.

use super::markdown::{escape, file_name};
use super::{Target, article_name, document_at, line_number, one_line, target_at};
use crate::analysis::{Attribution, Claim};
use crate::corpus::{ClaimRef, Corpus, Entity, MentionRef, Relation};
use crate::text::Span;

/// A hover popup: the range it is about and its Markdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoverCard {
    pub range: Span,
    pub markdown: String,
}

/// A popup lists at most this many articles, then says how many more there are.
const MAX_ARTICLES: usize = 8;

/// A popup lists at most this many spellings of a name.
const MAX_SPELLINGS: usize = 12;

/// Claim text quoted in a popup is cut after this many characters.
const MAX_QUOTE: usize = 80;

/// The hover card of the name or claim under the cursor.
pub fn hover(corpus: &Corpus, document: usize, offset: usize) -> Option<HoverCard> {
    match target_at(corpus, document, offset)? {
        Target::Mention(m) => Some(entity_card(corpus, m)),
        Target::Claim(c) => Some(claim_card(corpus, c)),
    }
}

/// What the knowledge base says the entity is.
fn description<'e>(_corpus: &Corpus, entity: &'e Entity) -> Option<&'e str> {
    entity.description.as_deref()
}

fn entity_card(corpus: &Corpus, m: MentionRef) -> HoverCard {
    let entity = corpus.entity(m);
    let doc = &corpus.documents[m.document()];
    let mut md = format!("**{}** · {}\n", escape(&entity.name), entity.kind.as_str());
    if let Some(d) = description(corpus, entity) {
        md.push_str(&format!("\n{}\n", escape(d)));
    }
    if let Some(id) = &entity.identity {
        md.push_str(&format!("\nIdentified as `{id}`\n"));
    }
    // What annotators noted about this very mention.
    let span = doc.analysis.mentions[m.mention()].span;
    for (_, note) in doc.analysis.notes.iter().filter(|(s, _)| s.overlaps(span)) {
        md.push_str(&format!("\nNote: {}\n", escape(note)));
    }
    if entity.forms.len() > 1 {
        let mut forms: Vec<String> = entity
            .forms
            .iter()
            .take(MAX_SPELLINGS)
            .map(|f| format!("« {} »", escape(f)))
            .collect();
        if entity.forms.len() > MAX_SPELLINGS {
            forms.push(format!("and {} more", entity.forms.len() - MAX_SPELLINGS));
        }
        md.push_str(&format!("\nSpellings: {}\n", forms.join(", ")));
    }
    let (total, articles) = (
        entity.articles,
        articles_of(entity, m.document(), MAX_ARTICLES),
    );
    md.push_str(&format!(
        "\n{} in {}:\n\n",
        plural(entity.mentions.len(), "mention"),
        plural(total, "article")
    ));
    for a in &articles {
        let d = &corpus.documents[a.first.document()];
        let first = corpus.documents[a.first.document()].analysis.mentions[a.first.mention()].span;
        let here = if a.first.document() == m.document() {
            " (this article)"
        } else {
            ""
        };
        md.push_str(&format!(
            "- {}{here}: {}, first at line {}\n",
            file_name(&article_name(corpus, a.first.document())),
            plural(a.count, "mention"),
            line_number(d, first.start)
        ));
    }
    if total > articles.len() {
        let more = total - articles.len();
        let s = if more == 1 { "" } else { "s" };
        md.push_str(&format!("- … and {more} more article{s}\n"));
    }
    HoverCard {
        range: doc.analysis.mentions[m.mention()].span,
        markdown: md,
    }
}

/// The articles that mention an entity: their first mention and how many there are.
struct Mentioned {
    first: MentionRef,
    count: usize,
}

/// The first `shown` articles that mention `entity`: article `current` first, the others
/// in corpus order. Only those are looked at: an entity written 100,000 times across the
/// corpus is not walked whole (its article count is kept with it).
fn articles_of(entity: &Entity, current: usize, shown: usize) -> Vec<Mentioned> {
    // Mentions are in corpus order: one article's are together.
    let mut out = Vec::with_capacity(shown);
    let mut here = entity.mentions.in_document(current);
    if let Some(first) = here.next() {
        let count = 1 + here.count();
        out.push(Mentioned { first, count });
    }
    let mut others = (entity.mentions.iter())
        .filter(|m| m.document() != current)
        .peekable();
    while out.len() < shown
        && let Some(first) = others.next()
    {
        let mut count = 1;
        while others
            .next_if(|m| m.document() == first.document())
            .is_some()
        {
            count += 1;
        }
        out.push(Mentioned { first, count });
    }
    out
}

fn claim_card(corpus: &Corpus, c: ClaimRef) -> HoverCard {
    let doc = &corpus.documents[c.document()];
    let claim = &doc.analysis.claims[c.claim()];
    let source = match &claim.attribution {
        Attribution::Named { source, .. } => {
            let name = doc.analysis.source_name(*source);
            format!("« {} »", escape(&quote(&doc.text, name)))
        }
        Attribution::Anonymous { span } => {
            format!("anonymous, « {} »", escape(&quote(&doc.text, *span)))
        }
        Attribution::None => "none".to_string(),
    };
    let mut md = format!(
        "**{}** · {}\n\nSource: {source}\n",
        capitalised(claim.kind.as_str()),
        status(claim),
    );
    if let Some(&h) = claim.hedge.as_deref() {
        md.push_str(&format!("\nHedged: « {} »\n", escape(&quote(&doc.text, h))));
    }
    if let Some(r) = corpus.reviews.review_of(&doc.text, claim) {
        md.push_str(&format!("\nFact-check: **{}**", escape(&r.rating)));
        if let Some(by) = &r.reviewer {
            md.push_str(&format!(" by {}", escape(by)));
        }
        if let Some(date) = &r.date {
            md.push_str(&format!(", {}", escape(date)));
        }
        if let Some(url) = &r.url {
            md.push_str(&format!(" — <{url}>"));
        }
        md.push_str(&format!("\n\n> {}\n", escape(&r.claim_reviewed)));
    }
    for (relation, title) in [
        (Relation::Corroborates, "Corroborated by"),
        (Relation::Contradicts, "Contradicted by"),
    ] {
        let related: Vec<ClaimRef> = corpus
            .related_claims(c)
            .filter(|(_, r)| *r == relation)
            .map(|(o, _)| o)
            .collect();
        if related.is_empty() {
            continue;
        }
        md.push_str(&format!("\n{title}:\n\n"));
        for o in related.iter().take(MAX_ARTICLES) {
            let Some(od) = document_at(corpus, o.document()) else {
                continue;
            };
            let focus = od.analysis.claims[o.claim()].focus;
            md.push_str(&format!(
                "- {}, line {}: « {} »\n",
                file_name(&article_name(corpus, o.document())),
                line_number(od, focus.start),
                escape(&quote(&od.text, focus))
            ));
        }
        if related.len() > MAX_ARTICLES {
            md.push_str(&format!("- … and {} more\n", related.len() - MAX_ARTICLES));
        }
    }
    HoverCard {
        range: claim.focus,
        markdown: md,
    }
}

/// How far a claim can be trusted as written: unsourced, attributed or anonymous, and
/// hedged when its wording is conditional.
pub fn status(claim: &Claim) -> String {
    let source = match claim.attribution {
        Attribution::Named { .. } => "attributed",
        Attribution::Anonymous { .. } => "anonymous source",
        Attribution::None => "unsourced",
    };
    match claim.hedge {
        Some(_) => format!("{source}, hedged"),
        None => source.to_string(),
    }
}

fn quote(text: &str, span: Span) -> String {
    one_line(span.of(text), MAX_QUOTE)
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    fn hover_at(file: &str, cursor: &str) -> (Fixture, Option<HoverCard>) {
        let fx =
            Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)]).cursor(file, cursor);
        let card = hover(&fx.corpus, fx.document, fx.offset);
        (fx, card)
    }

    #[test]
    fn a_name_shows_its_entity_spellings_and_articles_this_one_first() {
        let (fx, card) = hover_at("moscou.txt", "reçu Tokayev|");
        let card = card.unwrap();
        assert_eq!(card.range, fx.span("moscou.txt", "Tokayev"));
        assert_eq!(
            card.markdown,
            "**Kassym-Jomart Tokaïev** · person

Spellings: « Tokaïev », « Kassym-Jomart Tokaïev », « Tokayev »

5 mentions in 2 articles:

- `moscou.txt` (this article): 2 mentions, first at line 3
- `astana.txt`: 3 mentions, first at line 1
"
        );
    }

    #[test]
    fn a_name_in_many_articles_lists_this_one_then_the_first_others_and_counts_the_rest() {
        let texts: Vec<(String, String)> = (0..12)
            .map(|i| {
                let times = "Nargis Kassenova parle. ".repeat(i % 3 + 1);
                (format!("a{i:02}.txt"), format!("Titre {i}\n\n{times}\n"))
            })
            .collect();
        let files: Vec<(&str, &str)> = texts
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let fx = Fixture::new(&files).cursor("a09.txt", "Nargis| Kassenova");
        let card = hover(&fx.corpus, fx.document, fx.offset).unwrap().markdown;
        let lines: Vec<&str> = card.lines().filter(|l| l.starts_with("- ")).collect();
        assert_eq!(
            lines,
            [
                "- `a09.txt` (this article): 1 mention, first at line 3",
                "- `a00.txt`: 1 mention, first at line 3",
                "- `a01.txt`: 2 mentions, first at line 3",
                "- `a02.txt`: 3 mentions, first at line 3",
                "- `a03.txt`: 1 mention, first at line 3",
                "- `a04.txt`: 2 mentions, first at line 3",
                "- `a05.txt`: 3 mentions, first at line 3",
                "- `a06.txt`: 1 mention, first at line 3",
                "- … and 4 more articles",
            ],
            "{card}"
        );
        assert!(card.contains("24 mentions in 12 articles:"), "{card}");
    }

    #[test]
    fn a_name_spelled_one_way_lists_no_spellings() {
        let (_, card) = hover_at("moscou.txt", "à Mos|cou");
        assert_eq!(
            card.unwrap().markdown,
            "**Moscou** · location\n\n1 mention in 1 article:\n\n- `moscou.txt` (this article): 1 mention, first at line 3\n"
        );
    }

    #[test]
    fn a_claim_shows_its_source_status_and_the_claims_that_contradict_it() {
        let (fx, card) = hover_at("astana.txt", "80\u{a0}% du |brut");
        let card = card.unwrap();
        assert_eq!(
            card.range,
            fx.span("astana.txt", "plus de 80\u{a0}% du brut kazakh")
        );
        assert_eq!(
            card.markdown,
            "**Statistic** · anonymous source, hedged

Source: anonymous, « Selon des sources proches du dossier »

Hedged: « aurait obtenu »

Contradicted by:

- `moscou.txt`, line 3: « 50\u{a0}% du brut kazakh »
"
        );
    }

    #[test]
    fn a_quotation_names_its_speaker() {
        let (_, card) = hover_at("astana.txt", "«\u{a0}Nous| sommes");
        let markdown = card.unwrap().markdown;
        assert!(
            markdown.starts_with("**Quotation** · attributed\n\nSource: « Poutine »\n"),
            "{markdown}"
        );
    }

    /// The source is shown by its whole name, not the name's first word (« Ana »).
    #[test]
    fn a_claim_s_source_is_shown_by_its_whole_name() {
        for (text, cursor) in [
            (
                "Titre\n\nAna Roe a déclaré que 270 000 euros avaient été versés à Valdorge.\n",
                "2|70 000 euros",
            ),
            (
                "Title\n\nAna Roe said that 270,000 euros had been paid to Valdorge.\n",
                "2|70,000 euros",
            ),
        ] {
            let fx = Fixture::new(&[("a.txt", text)]).cursor("a.txt", cursor);
            let card = hover(&fx.corpus, fx.document, fx.offset).unwrap();
            assert!(
                card.markdown.contains("Source: « Ana Roe »\n"),
                "{}",
                card.markdown
            );
        }
    }

    #[test]
    fn nothing_to_show_on_plain_words() {
        assert_eq!(hover_at("astana.txt", "Tokaïev re|çoit").1, None);
    }
}
