//! The analysis of one article, on arbitrary bytes and arbitrary Unicode, with or without a
//! `.ann` beside it. The first byte chooses: bit 0 Markdown rather than plain text; bit 1
//! the article as `arbitrary` chars (any code point) rather than decoded bytes; bit 2 the
//! bytes after the first 0xFF (never in UTF-8) are its `.ann`; bit 3 also edits the text
//! (a paragraph break put in where the first byte's neighbour says, a few bytes taken out)
//! and checks that the analysis from the readings of the text before the edit equals the
//! analysis of the edited text read anew. Every span must lie on char boundaries inside
//! the text, and decoding must agree with `String::from_utf8`.

#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use attest::analysis::{Readings, analyze, analyze_with, reanalyze_unless};
use attest::annotation::{brat, resolve};
use attest::article::Format;
use attest::text::decode;
use attest_fuzz::spans::{check_analysis, check_annotations};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let format = if mode & 1 == 0 {
        Format::Text
    } else {
        Format::Markdown
    };
    let (article, ann) = match rest.iter().position(|&b| b == 0xFF) {
        Some(i) if mode & 4 != 0 => (&rest[..i], Some(&rest[i + 1..])),
        _ => (rest, None),
    };
    let text = if mode & 2 == 0 {
        decoded(article)
    } else {
        let chars: Vec<char> =
            Vec::arbitrary_take_rest(Unstructured::new(article)).unwrap_or_default();
        chars.into_iter().collect()
    };
    let annotations = ann.map(|bytes| {
        let (standoff, _) = brat::parse(&decode(bytes.to_vec()).text);
        let a = resolve(&standoff, &text);
        check_annotations(&text, &a);
        a
    });
    let analysis = analyze_with(&text, format, annotations.as_ref());
    check_analysis(&text, &analysis);
    if mode & 8 != 0 {
        reread(&text, format, rest.first().copied().unwrap_or(0));
    }
});

/// An edit after a first reading: read again from the first reading's blocks, the analysis
/// is the one read anew.
fn reread(text: &str, format: Format, at: u8) {
    let never = || false;
    let Some((_, readings)) = reanalyze_unless(text, format, None, &Readings::default(), &never)
    else {
        return;
    };
    let mut at = text.len() * usize::from(at) / 255;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut end = (at + 3).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let edited = format!("{}\n\n{}", &text[..at], &text[end..]);
    let Some((again, _)) = reanalyze_unless(&edited, format, None, &readings, &never) else {
        return;
    };
    assert_eq!(
        format!("{again:?}"),
        format!("{:?}", analyze(&edited, format)),
        "reading again after an edit differs from reading anew"
    );
}

/// The text as the loader reads it, checked against the standard library's decoder.
fn decoded(bytes: &[u8]) -> String {
    let d = decode(bytes.to_vec());
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(without_bom) {
        Ok(s) => assert!(!d.lossy && d.text == s, "valid UTF-8 changed by decoding"),
        Err(_) => assert!(d.lossy, "invalid UTF-8 not reported"),
    }
    d.text
}
