//! Semantic tokens: names coloured by kind, and the check-worthy words of claims.
//!
//! LSP tokens may neither overlap nor cross a line break. Names win: a claim's focus is
//! coloured only around the names in it (« plus de 80 % du brut kazakh » around « Kazakhstan
//! »), and every token is cut at line ends, its pieces trimmed of blanks and of the commas
//! and colons a name leaves at their edges.

use super::document_at;
use crate::analysis::EntityKind;
use crate::corpus::Corpus;
use crate::text::Span;

/// What a token colours. The order is the legend the lsp layer announces: a kind's
/// discriminant is its token type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Person,
    Organization,
    Location,
    Other,
    Claim,
}

impl From<EntityKind> for TokenKind {
    fn from(kind: EntityKind) -> Self {
        match kind {
            EntityKind::Person => TokenKind::Person,
            EntityKind::Organization => TokenKind::Organization,
            EntityKind::Location => TokenKind::Location,
            EntityKind::Other => TokenKind::Other,
        }
    }
}

/// A coloured range of one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// The tokens of a document, or of those touching `range`, sorted and never overlapping.
pub fn semantic_tokens(corpus: &Corpus, document: usize, range: Option<Span>) -> Vec<Token> {
    let Some(doc) = document_at(corpus, document) else {
        return Vec::new();
    };
    let text = doc.text.as_str();
    let wanted = |s: Span| range.is_none_or(|r| s.start < r.end && r.start < s.end);

    let mut names: Vec<Token> = Vec::new();
    for (i, m) in doc.analysis.mentions.iter().enumerate() {
        // Mentions come in text order; one overlapping the last kept is dropped.
        if names
            .last()
            .is_some_and(|last| last.span.end > m.span.start)
        {
            continue;
        }
        let kind = corpus.entities[corpus.entity_of[document][i] as usize].kind;
        names.push(Token {
            span: m.span,
            kind: kind.into(),
        });
    }

    let mut focus: Vec<Span> = doc.analysis.claims.iter().map(|c| c.focus).collect();
    focus.sort();
    let mut claims: Vec<Span> = Vec::new();
    for f in focus {
        match claims.last_mut() {
            Some(last) if f.start <= last.end => last.end = last.end.max(f.end),
            _ => claims.push(f),
        }
    }

    let mut tokens: Vec<Token> = names.iter().copied().filter(|t| wanted(t.span)).collect();
    for c in claims.into_iter().filter(|&c| wanted(c)) {
        let mut start = c.start;
        let inside = names.partition_point(|n| n.span.end <= c.start);
        for n in names[inside..].iter().take_while(|n| n.span.start < c.end) {
            tokens.push(Token {
                span: Span::new(start, n.span.start.max(start)),
                kind: TokenKind::Claim,
            });
            start = n.span.end;
        }
        tokens.push(Token {
            span: Span::new(start.min(c.end), c.end),
            kind: TokenKind::Claim,
        });
    }

    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        for piece in lines_of(text, t.span) {
            if wanted(piece) {
                out.push(Token {
                    span: piece,
                    kind: t.kind,
                });
            }
        }
    }
    out.sort_by_key(|t| t.span.start);
    out
}

/// The pieces of `span` on each line, trimmed; empty pieces left out.
fn lines_of(text: &str, span: Span) -> Vec<Span> {
    let edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':');
    let mut out = Vec::new();
    let mut start = span.start;
    for line in span.of(text).split('\n') {
        let trimmed = line.trim_start_matches(edge);
        let lead = line.len() - trimmed.len();
        let trimmed = trimmed.trim_end_matches(edge);
        if !trimmed.is_empty() {
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
        start += line.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    /// Tokens as `(kind, text)`.
    fn show<'t>(text: &'t str, tokens: &[Token]) -> Vec<(TokenKind, &'t str)> {
        tokens.iter().map(|t| (t.kind, t.span.of(text))).collect()
    }

    #[test]
    fn names_and_claims_are_coloured_in_text_order() {
        let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)]);
        let d = fx.doc("moscou.txt");
        let text = &fx.corpus.documents[d].text;
        let tokens = semantic_tokens(&fx.corpus, d, None);
        use TokenKind::*;
        assert_eq!(
            show(text, &tokens),
            [
                (Organization, "Kremlin"),
                (Organization, "OTSC"),
                (Person, "Vladimir\u{a0}Poutine"),
                (Claim, "a reçu"),
                (Person, "Tokayev"),
                (Claim, "à"),
                (Location, "Moscou"),
                (Person, "Tokayev"),
                (Organization, "AFP"),
                (Location, "Russie"),
                (Claim, "50\u{a0}% du brut kazakh"),
            ]
        );
        assert_eq!(
            tokens[2].span,
            fx.span("moscou.txt", "Vladimir\u{a0}Poutine")
        );
    }

    #[test]
    fn a_name_inside_a_claim_splits_it_and_no_token_crosses_a_line() {
        let text = "Un titre 🎉\n\nSelon l’AFP, «\u{a0}les habitants de Genève\nsont plus heureux que jamais\u{a0}», a déclaré Pierre Maudet.\n";
        let fx = Fixture::new(&[("a.txt", text)]);
        let tokens = semantic_tokens(&fx.corpus, 0, None);
        use TokenKind::*;
        assert_eq!(
            show(text, &tokens),
            [
                (Organization, "AFP"),
                (Claim, "«\u{a0}les habitants de"),
                (Location, "Genève"),
                (Claim, "sont plus heureux que jamais\u{a0}»"),
                (Person, "Pierre Maudet"),
            ]
        );
        assert_eq!(tokens[2].span, fx.span("a.txt", "Genève"));
        assert_eq!(
            tokens[3].span,
            fx.span("a.txt", "sont plus heureux que jamais\u{a0}»")
        );
    }

    #[test]
    fn a_range_keeps_the_tokens_touching_it() {
        let fx = Fixture::new(&[("astana.txt", ASTANA), ("moscou.txt", MOSCOU)]);
        let d = fx.doc("moscou.txt");
        let text = &fx.corpus.documents[d].text;
        let range = fx.span("moscou.txt", "Tokayev à Mos");
        let tokens = semantic_tokens(&fx.corpus, d, Some(range));
        use TokenKind::*;
        assert_eq!(
            show(text, &tokens),
            [(Person, "Tokayev"), (Claim, "à"), (Location, "Moscou")]
        );
    }
}
