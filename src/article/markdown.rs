//! What Markdown adds to an article: YAML front matter (title, date, author, url),
//! `#` headings, and links, which count as cited sources.

use crate::text::Span;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub span: Option<Span>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
}

/// A Markdown link `[text](url)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub span: Span,
    pub text: Span,
    pub url: String,
}

/// Front matter between a first line `---` and the next `---` (or `...`).
pub fn front_matter(text: &str) -> FrontMatter {
    let mut fm = FrontMatter::default();
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return fm;
    };
    let mut offset = text.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let l = line.trim_end();
        if l == "---" || l == "..." {
            fm.span = Some(Span::new(0, offset));
            return fm;
        }
        if let Some((key, value)) = l.split_once(':') {
            let value = value
                .trim()
                .trim_matches(|c| c == '"' || c == '\'')
                .to_owned();
            match key.trim() {
                "title" => fm.title = Some(value),
                "date" => fm.date = Some(value),
                "author" => fm.author = Some(value),
                "url" => fm.url = Some(value),
                _ => {}
            }
        }
    }
    // No closing line: not front matter after all.
    FrontMatter::default()
}

/// Links of the form `[text](url)` in `text[body]`.
pub fn links(text: &str, body: Span) -> Vec<Link> {
    let s = body.of(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = s[from..].find('[').map(|i| from + i) {
        from = open + 1;
        let Some(close) = s[open..].find("](").map(|i| open + i) else {
            break;
        };
        if s[open + 1..close].contains(['\n', '[']) {
            continue;
        }
        let Some(end) = s[close + 2..].find(')').map(|i| close + 2 + i) else {
            break;
        };
        let url = &s[close + 2..end];
        if url.contains(char::is_whitespace) {
            continue;
        }
        out.push(Link {
            span: Span::new(body.start + open, body.start + end + 1),
            text: Span::new(body.start + open + 1, body.start + close),
            url: url.to_owned(),
        });
        from = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_fields_are_read() {
        let text = "---\ntitle: \"Poutine à Astana\"\ndate: 2024-11-27\nauthor: A. B.\n---\nCorps.";
        let fm = front_matter(text);
        assert_eq!(fm.title.as_deref(), Some("Poutine à Astana"));
        assert_eq!(fm.date.as_deref(), Some("2024-11-27"));
        assert_eq!(fm.span.map(|s| &text[s.end..]), Some("Corps."));
    }

    #[test]
    fn unterminated_front_matter_is_ignored() {
        assert_eq!(
            front_matter("---\ntitle: x\nno end"),
            FrontMatter::default()
        );
    }

    #[test]
    fn links_are_found_with_their_text() {
        let text = "Selon [l’AFP](https://afp.com/a) et [rien] (pas un lien).";
        let l = links(text, Span::new(0, text.len()));
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].text.of(text), "l’AFP");
        assert_eq!(l[0].url, "https://afp.com/a");
    }
}
