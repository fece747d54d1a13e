//! A capitalised word joined by a hyphen to a participle that says where a thing is based,
//! who leads or owns it, where one was born ("Varnel-based", "Orvik-led", "Tamber-born",
//! "Dravek-owned") is an adjective, not the first word of the name after it: "the
//! Varnel-based Orvik Bank" names "Orvik Bank". It tells that name's kind: what is based,
//! owned or led somewhere is a firm, a club, a party; who was born there, a person. English
//! writes these; French says « basé à Varnel » in words of their own. Methods of the name
//! scan.

use super::Scan;
use crate::analysis::kind::EntityKind;

impl Scan<'_, '_> {
    /// Word `i` is a name joined to a participle ("Varnel-based").
    pub(super) fn hyphenated_adjective(&self, i: usize) -> bool {
        self.hyphenated_kind(i).is_some()
    }

    /// The kind of the name after word `i`, when `i` is a name joined to a participle.
    pub(super) fn hyphenated_kind(&self, i: usize) -> Option<EntityKind> {
        // Every participle ends in « d » or « n », and its hyphen is among the word's last 14
        // bytes: most words are told by their last byte, without a search.
        let span = self.words[i].span;
        let text = self.text.as_bytes();
        if !matches!(text[span.end - 1], b'd' | b'n') {
            return None;
        }
        let tail = &text[span.start.max(span.end.saturating_sub(14))..span.end];
        let hyphen = tail.iter().rposition(|&b| b == b'-')?;
        match &tail[hyphen + 1..] {
            b"based" | b"led" | b"owned" | b"backed" | b"run" | b"controlled" | b"funded"
            | b"sponsored" | b"held" | b"headquartered" => Some(EntityKind::Organization),
            b"born" => Some(EntityKind::Person),
            _ => None,
        }
    }
}
