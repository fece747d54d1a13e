//! Datelines: wire copy opens a story with the town it was filed from, written in capitals,
//! and the agency in brackets (« VALDORGE (AFP) - », "BRUMPORT, Oct 3 (Reuters) - ",
//! « VALDORGE, 15 (Havas). — »); a wire list's item opens with the town and the date alone
//! ("VELMORAN 2024-08-30"). The town is a place whether the gazetteer knows it or not, and so
//! is a region after its comma ("NEW HARBOR, Dravonia"); the agency is an organisation; the
//! date is no name ("Oct"). The word after the dash opens a sentence (`name_blocks`).
//! Methods of the name scan.

use super::Scan;
use super::lx;
use crate::analysis::common_words;
use crate::article::date::is_month;

/// The names of a dateline, each as its first and last word.
pub(super) struct Dateline {
    pub town: (usize, usize),
    pub region: Option<(usize, usize)>,
    pub agency: Option<(usize, usize)>,
    /// The dateline's last word.
    pub end: usize,
}

impl Scan<'_, '_> {
    /// The dateline opening at word `i` if it is the first of a line, within words `range`.
    #[inline]
    pub(super) fn line_dateline(
        &self,
        i: usize,
        range: std::ops::Range<usize>,
    ) -> Option<Dateline> {
        // Told by the word and the byte before it first: most words open no line.
        let start = self.words[i].span.start;
        // Told by the text alone, not by where the stretch scanned starts: an edited
        // article's paragraphs are scanned alone and must find what the whole finds.
        let opens_line = start == 0 || self.text.as_bytes()[start - 1] == b'\n';
        if !opens_line || !self.dateline_capitals(i) {
            return None;
        }
        self.dateline(i, range.end)
    }

    /// The dateline opening at word `i`, the first of its line, within words `..end`.
    fn dateline(&self, i: usize, end: usize) -> Option<Dateline> {
        // The town: up to four words in capitals (« SAINT-BRUMEL », "NEW HARBOR", "ST. LOUIS",
        // « N'DJAMENA »).
        let mut town_end = i;
        while town_end + 1 < end
            && town_end < i + 3
            && self.dateline_capitals(town_end + 1)
            && self.town_goes_on(town_end)
        {
            town_end += 1;
        }
        let mut k = town_end + 1;
        if k >= end {
            return None;
        }
        let gap = self.gap(town_end, k).trim_matches(' ');
        // "URGENT (AFP)": a word in common use set in capitals before the agency is a
        // flash's, no town.
        if gap == "("
            && town_end == i
            && common_words::is_common(self.tokens.key(i))
            && !self.known_place(self.words[i].span.of(self.text))
        {
            return None;
        }
        let mut region = None;
        let (mut month, mut day, mut full_date) = (false, false, false);
        if gap != "(" {
            // After a comma or a full stop: a region, then the date ("NEW HARBOR, Dravonia,
            // Oct 3", « VALDORGE, 15 »); after a space, the date alone ("VELMORAN 2024-08-30").
            if !matches!(gap, "," | "." | "") || (gap.is_empty() && !self.words[k].numeric) {
                return None;
            }
            loop {
                let w = &self.words[k];
                if w.numeric {
                    day = true;
                    // « 2024-08-30 »: a full date on its own.
                    full_date |= w.span.of(self.text).bytes().filter(|&b| b == b'-').count() == 2;
                } else if is_month(self.words[k].span.of(self.text)) {
                    month = true;
                } else if w.capitalised && region.is_none() && !day && !month {
                    let mut last = k;
                    while last + 1 < end
                        && last < k + 2
                        && self.words[last + 1].capitalised
                        && !is_month(self.words[last + 1].span.of(self.text))
                        && (self.blank_gap(last, last + 1) || self.gap(last, last + 1) == ".")
                    {
                        last += 1;
                    }
                    region = Some((k, last));
                    k = last;
                } else {
                    return None;
                }
                let line_ends = k + 1 >= end || self.gap(k, k + 1).contains('\n');
                if line_ends {
                    // A wire list's item: the town, perhaps its region, and a full date.
                    let dated = full_date || (day && month);
                    return dated.then_some(Dateline {
                        town: (i, town_end),
                        region,
                        agency: None,
                        end: k,
                    });
                }
                let gap = self.gap(k, k + 1).trim_matches(' ');
                k += 1;
                if matches!(gap, "(" | ",(" | ", (" | ".(" | ". (") {
                    break;
                }
                if !matches!(gap, "," | "." | "") {
                    return None;
                }
                // A dateline is short: a region of three words and a date of three.
                if k > town_end + 7 {
                    return None;
                }
            }
        }
        let agency = self.dateline_agency(k, end)?;
        Some(Dateline {
            town: (i, town_end),
            region,
            agency: Some(agency),
            end: agency.1,
        })
    }

    /// Word `k` may be part of a town written in capitals: « SAINT-BRUMEL », the « N' » of
    /// « N'DJAMENA ».
    fn dateline_capitals(&self, k: usize) -> bool {
        let w = &self.words[k];
        w.all_caps
            || (w.capitalised
                && w.span.len() == 2
                && matches!(self.text.as_bytes()[w.span.end - 1], b'\'')
                && k + 1 < self.words.len()
                && self.gap(k, k + 1).is_empty())
    }

    /// The town goes on past word `k`: a space, an elision (« N'DJAMENA »), or the stop of a
    /// short abbreviation ("ST. LOUIS").
    fn town_goes_on(&self, k: usize) -> bool {
        let gap = self.gap(k, k + 1);
        gap == " " || gap.is_empty() || (gap == ". " && self.words[k].span.len() <= 3)
    }

    /// The agency in brackets from word `k`: one to three capitalised words closed by « ) »,
    /// then a dash, a full stop or the end of the line (« (AFP) - », « (Havas). — »,
    /// "(Reuters) -The").
    fn dateline_agency(&self, k: usize, end: usize) -> Option<(usize, usize)> {
        let name = |j: usize| {
            let w = &self.words[j];
            w.capitalised
                && !w.numeric
                && !self.tokens.is(j, lx::FUNCTION_WORDS)
                && !common_words::is_common(self.tokens.key(j))
        };
        if !name(k)
            || self
                .text
                .as_bytes()
                .get(self.words[k].span.start.wrapping_sub(1))
                != Some(&b'(')
        {
            return None;
        }
        let mut last = k;
        while last + 1 < end && last < k + 2 && name(last + 1) && self.blank_gap(last, last + 1) {
            last += 1;
        }
        let after = self.text[self.words[last].span.end..].strip_prefix(')')?;
        let after = after.trim_start_matches([' ', '\u{a0}']);
        let closes = after.is_empty() || after.starts_with(['-', '–', '—', '.', '\n', '\r']);
        closes.then_some((k, last))
    }
}
