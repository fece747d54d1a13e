//! Article text inside Markdown: hover cards quote names, claims and file names, which
//! must show as written, not as emphasis, links or headings.

/// A file name, as code so that its `_` and `*` show as written.
pub fn file_name(name: &str) -> String {
    if name.contains('`') {
        escape(name)
    } else {
        format!("`{name}`")
    }
}

/// Article text made inert in Markdown: a `*`, `_` or `[` in a name or quotation shows as
/// itself, and a line break cannot start a new block.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_in_article_text_is_shown_as_written() {
        assert_eq!(
            escape("Le *vrai* [lien]_x\n# <b> & `c`"),
            "Le \\*vrai\\* \\[lien\\]\\_x \\# \\<b\\> \\& \\`c\\`"
        );
        assert_eq!(file_name("003_b.txt"), "`003_b.txt`");
        assert_eq!(file_name("a`b_c.txt"), "a\\`b\\_c.txt");
    }
}
