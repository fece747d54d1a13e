//! Attribution: who a claim comes from. Named (« a déclaré à l’AFP Nargis Kassenova »,
//! « selon Temur Umarov »), anonymous (« selon des sources proches du dossier », « un
//! porte-parole des services de cybersécurité »: found by `anonymous`), or none. Named
//! sources are found here.

pub use super::anonymous::anonymous_sources;
use super::appositions;
use super::kind::EntityKind;
use super::lexicon as lx;
use super::mention::Mention;
use super::tokens::Tokens;
use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attribution {
    /// `cue` is the reporting words, `source` the name or pronoun they point to.
    Named {
        cue: Span,
        source: Span,
    },
    Anonymous {
        span: Span,
    },
    None,
}

impl Attribution {
    pub fn is_none(&self) -> bool {
        matches!(self, Attribution::None)
    }

    pub fn label(&self) -> &'static str {
        match self {
            Attribution::Named { .. } => "named source",
            Attribution::Anonymous { .. } => "anonymous source",
            Attribution::None => "no source",
        }
    }
}

/// A named source among words `range`: a reporting cue with a name, a pronoun standing
/// for one, or a title (« le président kazakh a souligné ») within a few words of it.
pub fn named_source(
    t: &Tokens,
    range: std::ops::Range<usize>,
    skip: &impl Fn(usize) -> bool,
    names: &impl Fn(usize) -> bool,
) -> Option<Attribution> {
    // The cheap test first, on the words' classes: most sentences report no one.
    if t.classes_of(range.clone()) & (lx::SPEECH_CUES.0 | lx::FINDINGS.0) == 0 {
        return None;
    }
    let found = source_as_cued(t, range.clone(), skip, names)?;
    Some(original_source(t, range, skip, names, found))
}

/// A chain (« selon l’agence Norpress, citant la police », "a Reuters report citing the court"): the
/// source is the original one, named after « citant », "citing", "quoting" (ANNOTATION.md).
fn original_source(
    t: &Tokens,
    range: std::ops::Range<usize>,
    skip: &impl Fn(usize) -> bool,
    names: &impl Fn(usize) -> bool,
    found: Attribution,
) -> Attribution {
    let Attribution::Named { cue, source } = found else {
        return found;
    };
    let k = t.within(source).start;
    let relay = (k + 1..range.end.min(k + 5)).find(|&r| !skip(r) && t.is(r, lx::RELAYS));
    let original =
        relay.and_then(|r| (r + 1..range.end.min(r + 6)).find(|&o| !skip(o) && names(o)));
    match original {
        Some(o) => Attribution::Named {
            cue,
            source: t.words[o].span,
        },
        None => Attribution::Named { cue, source },
    }
}

/// The source as the cue points to it (see [`named_source`]).
fn source_as_cued(
    t: &Tokens,
    range: std::ops::Range<usize>,
    skip: &impl Fn(usize) -> bool,
    names: &impl Fn(usize) -> bool,
) -> Option<Attribution> {
    for i in range.clone() {
        if skip(i) || !reports(t, range.clone(), i) || reports_an_act(t, range.clone(), i) {
            continue;
        }
        // "as per the ministry", not "cases per day".
        if t.key(i) == "per" && !(i > range.start && t.key(i - 1) == "as") {
            continue;
        }
        // « selon les données publiées par l’Insee », "according to figures from the
        // CDC": the source is the name after the cue, up to the end of its phrase.
        // A name, else a pronoun or a title (« selon lui », « selon le ministre »), in that
        // phrase only: « selon des sources proches du dossier, X aurait… » names no one.
        if t.is(i, lx::SOURCE_PREPOSITIONS) {
            let mut k = i + 1;
            let mut standing = None;
            let mut titled = false;
            while k < range.end && k <= i + 12 && !skip(k) && !t.gap(k - 1, k).contains(',') {
                if names(k) {
                    standing = Some(k);
                    break;
                }
                titled |= t.is(k, lx::PERSON_TITLES);
                let stands_for = t.class_bits(k) & (lx::SOURCE_PRONOUNS.0 | lx::PERSON_TITLES.0);
                if standing.is_none() && (stands_for != 0 || stands_for_an_organization(t, k)) {
                    standing = Some(k);
                }
                k += 1;
            }
            // « selon le ministre des Transports, Ana Roe, », "according to the city's
            // mayor, Ana Roe,": the title's holder, named beside the phrase.
            let standing = match titled
                .then(|| appositions::apposed_holder(t, range.clone(), k, skip, names))
            {
                Some(Some(holder)) => Some(holder),
                _ => standing,
            };
            // « selon les observateurs, y compris ceux de la Ligue X, »: the name the
            // unnamed source includes.
            let standing = match standing.filter(|&s| names(s)) {
                Some(s) => Some(s),
                None => appositions::included_name(t, range.clone(), k, skip, names).or(standing),
            };
            if let Some(k) = standing {
                return Some(Attribution::Named {
                    cue: t.words[i].span,
                    source: t.words[k].span,
                });
            }
            continue;
        }
        let lo = i.saturating_sub(5).max(range.start);
        // A verb followed by « que », "that" has its subject before it, even after a
        // comma (« X, par la voix de son avocat, a déclaré que… »): what follows is what
        // was said, and a name or a pronoun there is no speaker.
        let completive = i + 1 < range.end && matches!(t.key(i + 1), "que" | "qu'" | "that");
        let hi = if completive {
            i
        } else {
            (i + 6).min(range.end)
        };
        let near = (lo..hi).filter(|&k| k != i && !skip(k));
        // A verb after a comma or a closing quotation mark has its subject after it
        // (« …», a indiqué le Comité X », "…, said the minister, Ana Roe"): the first name
        // after it is the speaker; otherwise the name before it, the nearest (« X, puis
        // Y, ont déclaré »: Y). So after « ce qu’a expliqué », « comme l’a dit »; the
        // auxiliary and adverbs go with the verb (« », a notamment lancé X »).
        let mut v = i;
        while v > range.start && t.blank_gap(v - 1, v) && {
            let key = t.key(v - 1);
            t.is(v - 1, lx::AUXILIARIES) || key.ends_with("ment") || key.ends_with("ly")
        } {
            v -= 1;
        }
        // The writer or the speaker saying it themselves (« je l’ai dit », "I said", "you
        // said", "let me say"): no one else is the source.
        let own = (v.saturating_sub(2).max(range.start)..v).any(|s| {
            !skip(s)
                && t.blank_gap(s, v)
                && matches!(
                    t.key(s),
                    "je" | "j'" | "nous" | "vous" | "i" | "we" | "you" | "me"
                )
        });
        if own {
            continue;
        }
        let inverted = !completive
            && (v == range.start
                || t.gap(v - 1, v).contains([',', '»', '”', '"', '—'])
                || t.key(i).contains('-')
                || matches!(t.key(v - 1), "qu'" | "que" | "l'" | "comme"));
        // After the verb, the speaker is the name that is not the complement of a
        // preposition (« a déclaré à l’AFP X », « sur Telegram le gouverneur de Y, X »: X).
        // An acronym in brackets repeats the name before it (« de la Ligue mondiale
        // des ports (LMP), Ana Roe »): the speaker is further on.
        let after = || {
            let end = (i + 16).min(range.end);
            let bracketed = |k: usize| t.gap(k - 1, k).ends_with('(');
            let mut found = (i + 1..end).filter(|&k| !skip(k) && names(k) && !bracketed(k));
            let first = found.clone().next();
            // An organisation before a title is the holder's ("said Orbec Council chairman
            // Ana Roe"): the speaker is the name after the title.
            let holder = |k: usize| {
                (k + 1..end.min(k + 4))
                    .find(|&j| t.is(j, lx::PERSON_TITLES))
                    .filter(|&j| j + 1 < end && names(j + 1) && t.blank_gap(j, j + 1))
                    .map_or(k, |j| j + 1)
            };
            found.find(|&k| !complement(t, i, k)).or(first).map(holder)
        };
        // Before the verb, the nearest name; but an aside between dashes or brackets right
        // before it ("Ana Roe, head of Orbec Ltd – the firm that runs Valdorge port – said")
        // holds no subject: the subject is before the aside, not a preposition's complement.
        let before = || {
            // Not a bracketed acronym after a name (« Ana Roe (LR) a dit »: a party's; an
            // organisation's is taken up again by `named_by_mention`).
            let bracketed = |k: usize| k > 0 && t.gap(k - 1, k).ends_with('(');
            let mut found = (lo..v).rev().filter(|&k| !skip(k) && names(k));
            let nearest = found
                .clone()
                .find(|&k| !bracketed(k))
                .or_else(|| found.next());
            let Some(a) = aside_before(t, range.clone(), v, completive) else {
                return nearest;
            };
            // Between commas, a name that is no complement stands for the subject (« le
            // ministre, Ana Roe, a dit que »).
            if t.gap(v - 1, v).trim_end().ends_with(',') {
                let apposed = (a..v)
                    .rev()
                    .find(|&k| !skip(k) && names(k) && !complement(t, range.start, k));
                if apposed.is_some() {
                    return apposed;
                }
            }
            let mut found = (a.saturating_sub(6).max(range.start)..a)
                .rev()
                .filter(|&k| !skip(k) && names(k));
            let first = found.clone().next();
            found
                .find(|&k| !complement(t, range.start, k))
                .or(first)
                .or(nearest)
        };
        let named = inverted.then(after).flatten().or_else(before);
        let source = named.or_else(|| {
            near.clone().find(|&k| {
                let key = t.key(k);
                let inverted = ["-il", "-elle", "-ils", "-elles"]
                    .iter()
                    .any(|p| key.ends_with(p));
                t.is(k, lx::SOURCE_PRONOUNS) || inverted || t.is(k, lx::PERSON_TITLES)
            })
        });
        // "the commission said", « a indiqué l’agence »: an organisation named earlier
        // (see [`named_by_mention`]).
        let source = source.or_else(|| near.clone().find(|&k| stands_for_an_organization(t, k)));
        if let Some(k) = source {
            return Some(Attribution::Named {
                cue: t.words[i].span,
                source: t.words[k].span,
            });
        }
    }
    None
}

/// Whether word `i` reports: a reporting cue, or what a study or figures show followed by
/// « que », "that" (`FINDINGS`: « les chiffres montrent que », "the survey found that").
pub fn reports(t: &Tokens, range: std::ops::Range<usize>, i: usize) -> bool {
    t.is(i, lx::SPEECH_CUES)
        || t.is(i, lx::FINDINGS)
            && i + 1 < range.end
            && matches!(t.key(i + 1), "que" | "qu'" | "that")
}

/// Whether word `k` is an organisation's head or a document it issues, lowercase after a
/// definite article ("the commission", « le tribunal », "the release"): it stands for the
/// organisation named before it (see [`named_by_mention`]).
fn stands_for_an_organization(t: &Tokens, k: usize) -> bool {
    k > 0
        && t.class_bits(k) & (lx::ORGANIZATION_HEADS.0 | lx::DOCUMENTS.0) != 0
        && !t.words[k].capitalised
        && matches!(t.key(k - 1), "the" | "le" | "la" | "l'")
}

/// The first word of an aside between dashes or brackets that ends right before word `v`
/// (« X – le groupe qui exploite Y – a dit », "X (the firm's head) said"), or between commas
/// when `commas` (a verb whose subject is before it: « X, selon son avocat, a dit que »).
fn aside_before(
    t: &Tokens,
    range: std::ops::Range<usize>,
    v: usize,
    commas: bool,
) -> Option<usize> {
    if v <= range.start + 1 {
        return None;
    }
    let closing = t.gap(v - 1, v).trim();
    let opener = match closing.chars().last()? {
        ')' => '(',
        c @ ('–' | '—') => c,
        ',' if commas => ',',
        _ => return None,
    };
    (range.start + 1..v - 1)
        .rev()
        .take(25)
        .find(|&k| t.gap(k - 1, k).contains(opener))
}

/// Whether the name at word `k`, after word `i`, is a preposition's complement (« à
/// l’AFP », « sur Telegram », « de Kherson », "to Reuters", "on X").
fn complement(t: &Tokens, i: usize, k: usize) -> bool {
    let preposition = |p: usize| {
        matches!(
            t.key(p),
            "à" | "au"
                | "aux"
                | "sur"
                | "de"
                | "du"
                | "des"
                | "d'"
                | "via"
                | "to"
                | "on"
                | "in"
                | "of"
                | "from"
        )
    };
    if k < i + 2 {
        return false;
    }
    let mut p = k - 1;
    if p > i && matches!(t.key(p), "l'" | "la" | "le" | "les" | "the") {
        p -= 1;
    }
    p > i && preposition(p)
}

/// Whether the reporting verb at word `i` reports an act rather than a statement: it has
/// its subject before it and a direct object after it (« X a annoncé les résultats »,
/// "Norland has denied any wrongdoing"), which the article states as fact. Not a subject put
/// after its verb (« …, a indiqué le Kremlin », "…, said the minister") nor "told the
/// agency", « a informé le maire », whose object is who heard it; and "the" or "a" after an English verb may start
/// the clause it reports ("she said the dam had burst"), so English objects are told by
/// « any », "its", "his", "their" only.
fn reports_an_act(t: &Tokens, range: std::ops::Range<usize>, i: usize) -> bool {
    if i + 1 >= range.end || t.is(i, lx::SOURCE_PREPOSITIONS) || !t.blank_gap(i, i + 1) {
        return false;
    }
    let object = matches!(
        t.key(i + 1),
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "any"
            | "its"
            | "his"
            | "their"
    );
    let hearer = matches!(
        t.key(i),
        "told" | "dit" | "confié" | "interrogé" | "cité" | "informé" | "informe" | "informent"
    );
    if !object || hearer {
        return false;
    }
    // Its auxiliary and adverbs, then a word joined by a blank: the subject.
    let mut b = i;
    while b > range.start && (t.is(b - 1, lx::AUXILIARIES) || t.key(b - 1).ends_with("ly")) {
        b -= 1;
    }
    b > range.start && t.blank_gap(b - 1, b) && !t.is(b - 1, lx::SPEECH_CUES)
}

/// A named source that is a pronoun or a title (« a-t-il ajouté », "the minister said")
/// stands for the person last named before it: the source becomes that name, as a reader
/// takes it (ANNOTATION.md: the Source is the name's mention). With no person named before,
/// it stays as written.
pub fn named_by_mention(source: Attribution, t: &Tokens, mentions: &[Mention]) -> Attribution {
    let Attribution::Named { cue, source: words } = source else {
        return source;
    };
    let k = t.words.partition_point(|w| w.span.start < words.start);
    // "the commission", « l’agence »: the organisation last named before it, or, named
    // nowhere before, a source no one is named for.
    if k < t.len()
        && t.class_bits(k) & (lx::ORGANIZATION_HEADS.0 | lx::DOCUMENTS.0) != 0
        && !t.words[k].capitalised
    {
        // The last name with the same head, in it or right before it (« le tribunal »:
        // « tribunal de district Basmanny »; "the agency": "ratings agency Norstat"), else
        // the last organisation.
        let before = mentions.partition_point(|m| m.span.end <= words.start);
        let head = t.key(k);
        let same_head = |m: &&Mention| {
            let first = t.within(m.span).start;
            let named_with = (first.saturating_sub(2)..first).any(|w| t.key(w) == head);
            m.kind != EntityKind::Person
                && (named_with
                    || m.span
                        .of(t.text)
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.to_lowercase() == head))
        };
        let organization = mentions[..before].iter().rev().find(same_head).or_else(|| {
            mentions[..before]
                .iter()
                .rev()
                .find(|m| m.kind == EntityKind::Organization)
        });
        return match organization {
            Some(m) => Attribution::Named {
                cue,
                source: m.span,
            },
            None => Attribution::Anonymous { span: words },
        };
    }
    let stands_for_a_person = k < t.len() && {
        let key = t.key(k);
        let inverted = ["-il", "-elle"].iter().any(|p| key.ends_with(p));
        inverted || t.is(k, lx::PERSON_TITLES) || SINGULAR_PRONOUNS.contains(&key)
    };
    if !stands_for_a_person {
        return Attribution::Named {
            cue,
            source: appositions::by_its_acronym(t.text, mentions, words),
        };
    }
    // Mentions are in text order: those before the source, and whether one covers it (a
    // title that is part of a name).
    let before = mentions.partition_point(|m| m.span.end <= words.start);
    let named = mentions.get(before).is_some_and(|m| m.span.overlaps(words));
    let person = (!named)
        .then(|| {
            mentions[..before]
                .iter()
                .rev()
                .find(|m| m.kind == EntityKind::Person)
        })
        .flatten();
    // A title with no one named before it (« selon le gouverneur régional », the governor
    // named further on): the person the article names later with that title.
    let person = person.or_else(|| {
        (!named && t.is(k, lx::PERSON_TITLES))
            .then(|| titled_later(t, mentions, before, k))
            .flatten()
    });
    Attribution::Named {
        cue,
        source: person.map_or(words, |m| m.span),
    }
}

/// The first person among `mentions[from..]` with the title of word `title` among the six
/// words before the name, after that word (« le gouverneur régional de Valdorge, Ana
/// Roe », "Governor Ana Roe").
fn titled_later<'m>(
    t: &Tokens,
    mentions: &'m [Mention],
    from: usize,
    title: usize,
) -> Option<&'m Mention> {
    mentions[from.min(mentions.len())..]
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .find(|m| {
            let k = t.within(m.span).start;
            (k.saturating_sub(6).max(title + 1)..k).any(|w| t.key(w) == t.key(title))
        })
}

/// Pronouns for one person; "they", « ils » may stand for an organisation or many.
const SINGULAR_PRONOUNS: &[&str] = &[
    "il",
    "elle",
    "lui",
    "dernier",
    "dernière",
    "he",
    "she",
    "him",
    "her",
    "latter",
];

#[cfg(test)]
#[path = "attribution_tests.rs"]
pub(super) mod tests;
