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
        let word = self.words[i].span.of(self.text);
        // Most words have no hyphen: told by their bytes.
        let (_, last) = word.rsplit_once('-')?;
        match last {
            "based" | "led" | "owned" | "backed" | "run" | "controlled" | "funded"
            | "sponsored" | "held" | "headquartered" => Some(EntityKind::Organization),
            "born" => Some(EntityKind::Person),
            _ => None,
        }
    }
}
