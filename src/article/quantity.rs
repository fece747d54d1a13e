//! Numbers and quantities in French and English news text, as intervals.
//!
//! « Plus de 60 000 Kazakhs » is `[60000, ∞]` counting « Kazakhs », « 55,41 % » is exactly
//! 55.41 percent, « plus de la moitié » is `[50, 100]` percent, « 2 milliards d’euros » is
//! money, « 3'12"48 » a race's time in seconds. A hand-written scanner over the tokens of
//! `Toks`, linear in the text. Years, dates, ordinals and numbers glued to letters
//! (« COVID-19 », « 1er », "F-16", « 2023-01 ») are not quantities. Bounds are closed:
//! « plus de 80 % » and « 80 % » are compatible.

mod number;
mod tokens;
mod vocab;
mod words;

use serde::Serialize;

use super::date::{self, DateMention};
use crate::text::Span;
use number::numeric;
pub(crate) use tokens::{Gap, Kind, Tok, Toks, is_dash, opening};
pub(crate) use vocab::{Table, WordSet};

/// The vocabulary number of one word as written (any case, with or without its accents: «
/// Févr » is "fevr"), 0 when no pattern has it: for a `WordSet`'s `contains`.
pub(crate) fn word_number(word: &str) -> u16 {
    vocab::fold(word, 0, word.len(), word.is_ascii())
}
use words::Qual::{self, *};
use words::*;

/// Relative slack of [`Interval::compatible`], for rounding (« 55,4 % » vs "55.41%").
pub const TOLERANCE: f64 = 0.01;

/// A closed range of values: `low == high` for an exact value; `high` may be infinite.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub const fn exact(v: f64) -> Self {
        Interval { low: v, high: v }
    }

    /// The range between `a` and `b`, in either order.
    pub fn new(a: f64, b: f64) -> Self {
        Interval {
            low: a.min(b),
            high: a.max(b),
        }
    }

    pub fn is_exact(&self) -> bool {
        self.low == self.high
    }

    /// Whether the ranges overlap once each bound is widened by [`TOLERANCE`] of its size.
    pub fn compatible(&self, other: &Interval) -> bool {
        le_tol(self.low, other.high) && le_tol(other.low, self.high)
    }
}

fn le_tol(a: f64, b: f64) -> bool {
    a <= b || (a.is_finite() && b.is_finite() && a - b <= TOLERANCE * a.abs().max(b.abs()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Currency {
    Eur,
    Usd,
    Gbp,
    Rub,
    Kzt,
    Uah,
    Cny,
    Jpy,
    Chf,
}

impl Currency {
    /// The ISO 4217 code: "EUR", "USD"…
    pub fn code(self) -> &'static str {
        use Currency::*;
        match self {
            Eur => "EUR",
            Usd => "USD",
            Gbp => "GBP",
            Rub => "RUB",
            Kzt => "KZT",
            Uah => "UAH",
            Cny => "CNY",
            Jpy => "JPY",
            Chf => "CHF",
        }
    }
}

/// What a quantity counts. `Percent` values are percentages (proportions are 0..=100).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Unit {
    Percent,
    Count,
    Money(Currency),
    /// A time measured to the hundredth, in seconds: a race's (« 3'12"48 », "3:12.48",
    /// « 9"58 »).
    Seconds,
    /// A temperature, or a change of one: « 0,4 °C », "41.2C", « 2 degrés », "35 degrees
    /// Fahrenheit".
    Degrees(Temperature),
}

/// The scale a temperature is given in, when the article says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Temperature {
    Celsius,
    Fahrenheit,
    /// « degrés », "degrees", with no scale named.
    Unsaid,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// The whole expression with its qualifier: « plus de 60 000 », « 2 milliards d’euros ».
    pub span: Span,
    pub value: Interval,
    /// The number as written, before its qualifier acts on it: 80 in « plus de 80 % » and in
    /// « environ 80 % », 50 in « plus de la moitié »; a range's middle.
    pub figure: f64,
    pub unit: Unit,
    /// What is counted, right after (through « de », « d’ », « des », "of"): « Kazakhs ».
    pub noun: Option<Span>,
}

impl Quantity {
    /// Same unit, and values that cannot both be true.
    pub fn contradicts(&self, other: &Quantity) -> bool {
        self.unit == other.unit && !self.value.compatible(&other.value)
    }

    /// Same unit, values that can both be true, and the same number written (within
    /// [`TOLERANCE`], for rounding): « plus de 80 % » says what « environ 80 % » and "over
    /// 80%" say, not what « plus de la moitié » says, though both can be true.
    pub fn same_figure(&self, other: &Quantity) -> bool {
        let (a, b) = (self.figure, other.figure);
        self.unit == other.unit
            && self.value.compatible(&other.value)
            && le_tol(a, b)
            && le_tol(b, a)
    }
}

/// The quantities of `text`, sorted and non-overlapping.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    find_quantities_and_dates(text).0
}

/// The quantities and the dates of `text`, from one pass of the tokenizer (numbers inside
/// dates are not quantities).
pub fn find_quantities_and_dates(text: &str) -> (Vec<Quantity>, Vec<DateMention>) {
    quantities_and_dates_in(&Toks::new(text))
}

/// The quantities and the dates of a text cut into tokens.
pub(crate) fn quantities_and_dates_in(t: &Toks) -> (Vec<Quantity>, Vec<DateMention>) {
    let (mut quantities, mut dates) = (Vec::new(), Vec::new());
    quantities_and_dates_into(t, &mut quantities, &mut dates);
    (quantities, dates)
}

/// The same, appended to `quantities` and `dates`, which are empty (lists kept from one
/// block to the next, see `Block`).
pub(crate) fn quantities_and_dates_into(
    t: &Toks,
    quantities: &mut Vec<Quantity>,
    dates: &mut Vec<DateMention>,
) {
    date::dates_into(t, dates);
    quantities_into(t, dates, quantities);
}

fn quantities_into(t: &Toks, dates: &[DateMention], out: &mut Vec<Quantity>) {
    let (mut i, mut floor) = (0, 0);
    let starts = &*STARTS; // once, not at every token
    while i < t.len() {
        if may_start(t, i, starts)
            && let Some((q, end)) = quantity_at(t, i, floor, dates)
        {
            out.push(q);
            (floor, i) = (end, end);
        } else {
            i += 1;
        }
    }
}

/// Whether a quantity may start at token `i`: a number, or a word of `s` ([`STARTS`]).
fn may_start(t: &Toks, i: usize, s: &Starts) -> bool {
    let tok = &t.t[i];
    if tok.kind == Kind::Num {
        return true;
    }
    tok.id != 0
        && (s.alone.contains(tok.id)
            || s.leads.contains(tok.id)
                && (s.follows.contains(t.id(i + 1))
                    || matches!(t.kind(i + 1), Some(Kind::Punct(_)))))
}

/// The quantity whose number starts at token `i`, its qualifier at or after token `floor`,
/// and the token after it.
fn quantity_at(
    t: &Toks,
    i: usize,
    floor: usize,
    dates: &[DateMention],
) -> Option<(Quantity, usize)> {
    let mut core = match t.kind(i)? {
        Kind::Num => numeric(t, i)?,
        Kind::Word => word_core(t, i)?,
        Kind::Punct(_) => return None,
    };
    let span = Span::new(t.t[core.first].start, t.t[core.end - 1].end);
    let d = dates.partition_point(|d| d.span.end <= span.start);
    if core.first < floor || dates.get(d).is_some_and(|d| d.span.overlaps(span)) {
        return None;
    }
    let (qual, mut start) = t
        .earliest_before(core.first, floor, &QUALS)
        .unwrap_or((Exact, core.first));
    if core.year_like && matches!(qual, Exact | AtMost | Approx) {
        return None;
    }
    let mut value = apply(qual, &core);
    let mut figure = core.center;
    let between = t
        .seq_back(core.first, "entre")
        .or(t.seq_back(core.first, "between"));
    if let Some(s) = between.filter(|&s| s >= floor && qual == Exact && core.scale.is_some())
        && (t.word(core.end, "et") || t.word(core.end, "and"))
        && t.spaced(core.end + 1)
        // "between $20 billion and $35 billion": the second figure's currency sign first.
        && let Some(high) = numeric(t, core.end + 1).or_else(|| {
            t.pc(core.end + 1).and_then(currency_sign)?;
            numeric(t, core.end + 2)
        })
        && (core.unit == high.unit || core.unit == Unit::Count)
    {
        let low = match (core.scale, high.scale) {
            (Some(1.0), Some(s)) => core.center * s,
            _ => core.center,
        };
        (value, start, core.unit, core.end) =
            (Interval::new(low, high.center), s, high.unit, high.end);
        figure = (low + high.center) / 2.0;
    }
    let noun = match core.unit {
        Unit::Money(_) => None,
        _ => noun_after(t, core.end),
    };
    let span = Span::new(t.t[start].start, t.t[core.end - 1].end);
    Some((
        Quantity {
            span,
            value,
            figure,
            unit: core.unit,
            noun,
        },
        core.end,
    ))
}

/// A number before its qualifier: `center` for a qualifier to act on, `band` its own range.
struct Core {
    first: usize,
    end: usize,
    center: f64,
    band: Option<(f64, f64)>,
    unit: Unit,
    year_like: bool,
    /// For numbers in digits, their scale word (1 without).
    scale: Option<f64>,
}

fn apply(q: Qual, c: &Core) -> Interval {
    let x = c.center;
    let top = match c.unit {
        Unit::Percent if x < 100.0 => 100.0,
        _ => f64::INFINITY,
    };
    let bottom = if x >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
    match q {
        Exact => c
            .band
            .map_or(Interval::exact(x), |(a, b)| Interval::new(a, b)),
        More | AtLeast => Interval::new(x, top),
        Less | AtMost => Interval::new(bottom, x),
        Approx => Interval::new(0.9 * x, (1.1 * x).min(top)),
        Nearly | JustUnder => Interval::new(0.9 * x, x),
        JustOver => Interval::new(x, (1.1 * x).min(top)),
    }
}

/// A percent sign or word, or a currency, at `*j`; moves `*j` past it.
fn unit_after(t: &Toks, j: &mut usize, scaled: bool) -> Option<Unit> {
    let close =
        t.t.get(*j)
            .is_some_and(|k| matches!(k.gap, Gap::Glued | Gap::One));
    if close && t.pc(*j) == Some('%') {
        *j += 1;
        return Some(Unit::Percent);
    }
    if let Some(c) = t.pc(*j).and_then(currency_sign).filter(|_| close) {
        *j += 1;
        return Some(Unit::Money(c));
    }
    if !t.near(*j) {
        return None;
    }
    if let Some((_, e)) = t.lookup(*j, &PERCENT) {
        *j = e;
        return Some(Unit::Percent);
    }
    if let Some((scale, e)) =
        (close.then(|| degree_sign(t, *j)).flatten()).or(t.lookup(*j, &DEGREES))
    {
        *j = e;
        return Some(Unit::Degrees(scale));
    }
    let k = match t.lookup(*j, &OF) {
        Some((_, e)) if scaled && t.near(e) => e,
        _ => *j,
    };
    let (c, e) = t.lookup(k, &CURRENCIES)?;
    *j = e;
    Some(Unit::Money(c))
}

/// A degree sign and the scale's letter glued to it at `j` (« °C », "°F"), and the token
/// after them.
fn degree_sign(t: &Toks, j: usize) -> Option<(Temperature, usize)> {
    if t.pc(j) != Some('°') || !t.word_glued(j + 1) {
        return None;
    }
    Some((temperature_letter(t.str(j + 1))?, j + 2))
}

/// The scale a capital letter names after a temperature: "C", "F".
pub(super) fn temperature_letter(letter: &str) -> Option<Temperature> {
    match letter {
        "C" => Some(Temperature::Celsius),
        "F" => Some(Temperature::Fahrenheit),
        _ => None,
    }
}

/// A quantity starting with a word: a fraction, « des milliers », « une dizaine », « deux ».
fn word_core(t: &Toks, i: usize) -> Option<Core> {
    if t.glued(i) && t.pc(i - 1).is_some_and(is_dash) {
        return None;
    }
    let core = |end, center, band, unit| Core {
        first: i,
        end,
        center,
        band,
        unit,
        year_like: false,
        scale: None,
    };
    if let Some(((v, kind), e)) = t.lookup(i, &FRACTIONS) {
        let after = t.lookup(e, &OF).map_or(e, |(_, e)| e);
        if t.glued(e) || t.is_in(after, &NOT_FRACTION_WORDS) {
            return None;
        }
        if kind == Frac::BeforeOf && t.lookup(e, &OF).or(t.lookup(e, &ARTICLES)).is_none() {
            return None;
        }
        let band = (kind == Frac::Majority).then_some((50.0, 100.0));
        return Some(core(e, v, band, Unit::Percent));
    }
    let k = t.lookup(i, &DETERMINERS).map_or(i, |(_, e)| e);
    if (k > i || t.kind(i.wrapping_sub(1)) != Some(Kind::Num))
        && let Some((x, e)) = t.lookup(k, &COLLECTIVES)
        && let Some((x, e)) = times_thousands(t, x, e)
    {
        return Some(core(e, 2.0 * x, Some((2.0 * x, 10.0 * x)), Unit::Count));
    }
    if let Some((_, k)) = t.lookup(i, &ONE)
        && let Some((v, e)) = t.lookup(k, &APPROX_WORDS)
    {
        let (v, e) = times_thousands(t, v, e).unwrap_or((v, e));
        return Some(core(e, v, Some((0.8 * v, 1.2 * v)), Unit::Count));
    }
    let (v, mut j) = t.lookup(i, &NUMBER_WORDS)?;
    let mut scale = 1.0;
    if t.near(j)
        && let Some((s, e)) = t.lookup(j, &SCALES)
    {
        if v == 1.0 && t.word(j, "mille") {
            return None;
        }
        (scale, j) = (s, e);
    }
    if t.glued(j) {
        return None;
    }
    let unit = unit_after(t, &mut j, scale != 1.0);
    if scale == 1.0 && (v == 1.0 || (unit.is_none() && noun_after(t, j).is_none())) {
        return None;
    }
    Some(core(j, v * scale, None, unit.unwrap_or(Unit::Count)))
}

/// After « dizaines » at `e`, its « de » / "of"; « de milliers » multiplies.
fn times_thousands(t: &Toks, x: f64, e: usize) -> Option<(f64, usize)> {
    let (_, p) = t.lookup(e, &OF)?;
    match t.lookup(p, &COLLECTIVES) {
        Some((y, e2)) if y >= 1e3 && t.lookup(e2, &OF).is_some() => Some((x * y, e2)),
        _ => Some((x, e)),
    }
}

/// The counted noun at `j`, maybe after « de », « des », "of the", an opening quote.
fn noun_after(t: &Toks, mut j: usize) -> Option<Span> {
    if t.near(j) && matches!(t.pc(j), Some('«' | '“' | '"')) {
        j += 1;
    }
    if let Some((_, e)) = t.lookup(j, &OF) {
        j = t.lookup(e, &ARTICLES).map_or(e, |(_, e)| e);
    }
    let w = t.str(j);
    if t.kind(j) != Some(Kind::Word) || !t.near(j) || w.chars().nth(1).is_none() {
        return None;
    }
    if t.is_in(j, &STOP_WORDS) {
        return None;
    }
    let mut end = j;
    while t.glued(end + 1) && t.pc(end + 1).is_some_and(is_dash) && t.word_glued(end + 2) {
        end += 2;
    }
    Some(Span::new(t.t[j].start, t.t[end].end))
}

#[cfg(test)]
#[path = "quantity_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "quantity_seed_tests.rs"]
mod seed_tests;
