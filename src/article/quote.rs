//! Quotations: « … », “ … ”, „ … “ and "…". A quotation left open runs to the end of its
//! paragraph (a pull quote whose closing mark was lost is still a quotation).

use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing one, both included.
    pub span: Span,
    /// The quoted words, marks and inner spaces excluded.
    pub inner: Span,
    /// Inside another quotation.
    pub nested: bool,
    pub closed: bool,
}

impl Quote {
    /// Number of words quoted: one to three words are a term being cited, not a quotation.
    pub fn word_count(&self, text: &str) -> usize {
        self.inner.of(text).split_whitespace().count()
    }
}

/// The quotations of one paragraph.
pub fn quotes(text: &str, paragraph: Span, out: &mut Vec<Quote>) {
    let from = out.len();
    let s = paragraph.of(text);
    let mut open: Vec<(usize, char)> = Vec::new();
    // Only quotation marks matter: « » and “ ” „ start with bytes C2 and E2.
    let marks = memchr::memchr3_iter(b'"', 0xC2, 0xE2, s.as_bytes())
        .filter_map(|i| s[i..].chars().next().map(|c| (i, c)));
    for (i, c) in marks {
        let at = paragraph.start + i;
        let straight_closes = c == '"' && open.last().is_some_and(|&(_, o)| o == '"');
        if straight_closes || matches!(c, '»' | '”') || (c == '“' && last_is(&open, '„')) {
            let Some(pos) = open.iter().rposition(|&(_, o)| closes(o, c)) else {
                continue;
            };
            let (start, _) = open[pos];
            open.truncate(pos);
            push(
                text,
                Span::new(start, at + c.len_utf8()),
                !open.is_empty(),
                true,
                out,
            );
        } else if matches!(c, '«' | '“' | '„' | '"') {
            open.push((at, c));
        }
    }
    // Unclosed: the outermost runs to the paragraph's end.
    if let Some(&(start, _)) = open.first() {
        push(text, Span::new(start, paragraph.end), false, false, out);
    }
    // Only this paragraph's quotations: those before are in order already.
    out[from..].sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
}

fn last_is(open: &[(usize, char)], c: char) -> bool {
    open.last().is_some_and(|&(_, o)| o == c)
}

fn closes(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('«', '»') | ('“', '”') | ('„', '“') | ('„', '”') | ('"', '"')
    )
}

fn push(text: &str, span: Span, nested: bool, closed: bool, out: &mut Vec<Quote>) {
    let s = span.of(text);
    let open_len = s.chars().next().map_or(0, char::len_utf8);
    let close_len = if closed {
        s.chars().last().map_or(0, char::len_utf8)
    } else {
        0
    };
    let inner = Span::new(span.start + open_len, span.end - close_len);
    let inner = super::paragraph::trim(text, inner);
    out.push(Quote {
        span,
        inner,
        nested,
        closed,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, bool, bool)> {
        let mut out = Vec::new();
        quotes(text, Span::new(0, text.len()), &mut out);
        out.iter()
            .map(|q| (q.inner.of(text), q.nested, q.closed))
            .collect()
    }

    #[test]
    fn french_english_and_straight_quotes() {
        let text = "Il a dit «\u{a0}non\u{a0}», “yes” et \"peut-être\".";
        assert_eq!(
            found(text),
            [
                ("non", false, true),
                ("yes", false, true),
                ("peut-être", false, true)
            ]
        );
    }

    #[test]
    fn nested_quotes_are_marked() {
        let text = "«La Russie parle de \"coup de poignard\" ici»";
        assert_eq!(
            found(text),
            [
                ("La Russie parle de \"coup de poignard\" ici", false, true),
                ("coup de poignard", true, true)
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let text = "« Qu’est-ce que c’est que cette ingratitude ?";
        assert_eq!(
            found(text),
            [("Qu’est-ce que c’est que cette ingratitude ?", false, false)]
        );
    }

    #[test]
    fn a_stray_closing_mark_is_ignored() {
        assert_eq!(found("d' »ânes rusés »."), []);
    }
}
