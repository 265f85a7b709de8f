//! Plural selects: FTL040 (a CLDR category of the language has no variant) and FTL041 (a
//! variant for a category the language does not have). The categories come from CLDR through
//! ICU4X, for the language's own tag.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{InlineExpression, Variant, VariantKey};
use icu_locale_core::DataLocale;
use icu_locale_core::Locale;
use icu_plurals::provider::{Baked, PluralsCardinalV1};
use icu_plurals::{PluralCategory, PluralRules};
use icu_provider::{DataIdentifierBorrowed, DataProvider, DataRequest};

use super::language::{Entry, Language, Slot};
use super::{Context, Pair};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::{FTL040, FTL041};
use crate::fluent::walk::{Use, walk};
use crate::tag::Tag;

/// The names CLDR gives plural categories, which Fluent uses as variant keys.
const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Checks the plural selects of every message the language shares with the reference.
pub fn check(cx: &Context, language: &Language, shared: &[Pair], out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    // Without CLDR rules for the language, nothing can be said of its categories.
    let Some(categories) = Categories::of(language.tag()) else { return };
    for (entry, theirs, mine) in shared {
        let selects = plural_selects(theirs);
        for (variable, variants) in plural_selects(mine) {
            let reference = selects.iter().find(|(counted, _)| *counted == variable).map(|(_, variants)| *variants);
            check_select(entry, mine, &categories, variable, reference, variants, out);
        }
    }
}

/// `reference` is the variants of the reference's select on the same variable, if it has one.
///
/// A category that one number alone selects (Hebrew `two`, Arabic `zero` and `two`, Welsh
/// `few` and `many`) is there for a word said instead of the number (a dual, "two files" as
/// one word); when the default variant shows the count in digits, it reads right for that
/// number too, and the category may be left to it. Russian `few` is many numbers, and is
/// asked for.
fn check_select(
    entry: &Entry,
    slot: &Slot,
    Categories { all: categories, reached, single }: &Categories,
    variable: &str,
    reference: Option<&[Variant<&str>]>,
    variants: &[Variant<&str>],
    out: &mut Vec<Diagnostic>,
) {
    let counted_in_reference = reference.is_some();
    // A variant kept from the reference's structure (`[one]` in Japanese) is never chosen, and
    // does no harm: only one the translation added for a category it lacks is a mistake.
    let mirrored = |name: &str| {
        reference.is_some_and(|variants| {
            variants
                .iter()
                .any(|variant| matches!(&variant.key, VariantKey::Identifier { name: theirs } if *theirs == name))
        })
    };
    let tag = entry.tag;
    let label = slot.label(entry.id);
    let listed = categories.join(", ");
    let mut keys = BTreeSet::new();
    for variant in variants {
        let VariantKey::Identifier { name } = &variant.key else { continue };
        keys.insert(*name);
        if !categories.contains(name) && !mirrored(name) {
            let message = format!("variant [{name}] of {label} is never chosen: `{tag}` has no plural category {name}");
            let number = match *name {
                "zero" => "[0]",
                "one" => "[1]",
                "two" => "[2]",
                _ => "an exact number such as [3]",
            };
            let help = format!("`{tag}` has the categories {listed}; use one of those, or {number}");
            out.push(entry.finding_at(&FTL041, entry.span_of(name), message, help));
        }
    }
    // The default variant is the catch-all, so `other` need not be written out (Russian often
    // ends with `*[many]`, as `other` there is only for fractions).
    let shows_count = variants.iter().find(|variant| variant.default).is_some_and(|variant| shows(variant, variable));
    let lacking: Vec<_> = categories
        .iter()
        .filter(|category| **category != "other" && reached.contains(*category) && !keys.contains(*category))
        .filter(|category| !(shows_count && single.contains(*category)))
        .copied()
        .collect();
    if counted_in_reference && !lacking.is_empty() {
        let span = entry.span_with_sigil(variable);
        let lacking = lacking.iter().map(|category| format!("[{category}]")).collect::<Vec<_>>().join(", ");
        let message = format!("the plural select in {label} lacks {lacking}, which `{tag}` uses for counts");
        let help =
            "add a variant for each category, with the word forms the language uses for those numbers".to_string();
        out.push(entry.finding_at(&FTL040, span, message, help));
    }
}

/// A language's plural categories.
struct Categories {
    /// All of CLDR's cardinal categories for the language.
    all: Vec<&'static str>,
    /// Those that whole numbers below a million select: French and Spanish have `many` for a
    /// million and more (and compact notation), which a count of items almost never is.
    reached: BTreeSet<&'static str>,
    /// Those other than `one` that exactly one whole number selects (`one` is the singular a
    /// noun agrees with, even beside digits: "1 files" is wrong).
    single: BTreeSet<&'static str>,
}

impl Categories {
    fn of(tag: &Tag) -> Option<Categories> {
        let rules = rules_of(tag)?;
        let all = rules.categories().map(category_name).collect();
        // CLDR's integer rules look at n, n % 10 and n % 100, so 0 to 1000 meets every one.
        let mut numbers: BTreeMap<&str, usize> = BTreeMap::new();
        for n in 0u32..=1000 {
            *numbers.entry(category_name(rules.category_for(n))).or_default() += 1;
        }
        let single =
            numbers.iter().filter(|&(&name, &count)| count == 1 && name != "one").map(|(&name, _)| name).collect();
        Some(Categories { all, reached: numbers.into_keys().collect(), single })
    }
}

/// Whether a variant shows the counted variable (`{ $count } files`).
fn shows(variant: &Variant<&str>, variable: &str) -> bool {
    let mut found = false;
    walk(&variant.value, &mut |used| {
        if let Use::Variable(name) = used {
            found |= name == variable;
        }
    });
    found
}

/// The selects of a value or attribute that choose by a number: on `$var` or `NUMBER($var)`,
/// with every named key a plural category. Each comes with the variable it counts.
fn plural_selects<'a>(slot: &Slot<'a>) -> Vec<(&'a str, &'a [Variant<&'a str>])> {
    let mut found = Vec::new();
    walk(slot.pattern, &mut |used| {
        let Use::Select(selector, variants) = used else { return };
        let variable = match selector {
            InlineExpression::VariableReference { id } => id.name,
            InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                match arguments.positional.first() {
                    Some(InlineExpression::VariableReference { id }) => id.name,
                    _ => return,
                }
            }
            _ => return,
        };
        let keys_are_categories = variants.iter().all(|variant| match &variant.key {
            VariantKey::Identifier { name } => CATEGORY_NAMES.contains(name),
            VariantKey::NumberLiteral { .. } => true,
        });
        let has_category =
            variants.iter().any(|variant| matches!(&variant.key, VariantKey::Identifier { name } if *name != "other"));
        if keys_are_categories && has_category {
            found.push((variable, variants));
        }
    });
    found
}

/// The language's CLDR cardinal plural categories, if CLDR has rules for the language (ICU4X's
/// data falls back to "other" alone for a language it lacks, which would be a wrong answer).
pub fn plural_categories(tag: &Tag) -> Option<Vec<&'static str>> {
    let rules = rules_of(tag)?;
    Some(rules.categories().map(category_name).collect())
}

/// The languages whose CLDR rules have "other" alone (CLDR 48's plurals.xml). ICU4X stores them
/// as the root's rules, which is also what it answers for a language it has no rules for
/// (Kabyle, Crimean Tatar…), so only this list tells the two apart.
const ONLY_OTHER: &[&str] = &[
    "bm", "bo", "dz", "hnj", "id", "ig", "ii", "ja", "jbo", "jv", "kde", "kea", "km", "ko", "lkt", "lo", "ms", "my",
    "nqo", "osa", "sah", "ses", "sg", "su", "th", "to", "tpi", "vi", "wo", "yo", "yue", "zh",
];

/// Language codes CLDR replaced, which ICU4X's data knows only by the new code (CLDR's
/// languageAlias): without this, Tagalog (`tl`) would get the root's "other" alone.
const ALIASES: &[(&str, &str)] = &[("tl", "fil"), ("iw", "he"), ("in", "id"), ("jw", "jv"), ("mo", "ro"), ("no", "nb")];

fn rules_of(tag: &Tag) -> Option<PluralRules> {
    let language = tag.0.language.as_str();
    let code = match ALIASES.iter().find(|(old, _)| *old == language) {
        Some((_, new)) => tag.to_string().replacen(language, new, 1),
        None => tag.to_string(),
    };
    let locale = Locale::try_from_str(&code).ok()?;
    let language = DataLocale::from((locale.id.language, None, None));
    let request = DataRequest { id: DataIdentifierBorrowed::for_locale(&language), ..Default::default() };
    let response = DataProvider::<PluralsCardinalV1>::load(&Baked, request).ok()?;
    let from_root = response.metadata.locale.is_some_and(|found| found.language.is_unknown());
    if from_root && !ONLY_OTHER.contains(&locale.id.language.as_str()) {
        return None;
    }
    PluralRules::try_new_cardinal((&locale).into()).ok()
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_come_from_current_cldr() {
        let of = |tag: &str| plural_categories(&Tag::parse(tag).unwrap()).unwrap().join(" ");
        assert_eq!(of("ar"), "zero one two few many other");
        assert_eq!(of("es"), "one many other");
        assert_eq!(of("ru"), "one few many other");
        assert_eq!(of("zh-Hans"), "other");
        assert_eq!(of("fa-AF"), "one other");
        assert_eq!(of("tl"), "one other", "Tagalog is CLDR's fil");
        // CLDR has rules for Kabyle, but ICU4X's data does not: not "other" alone.
        assert_eq!(plural_categories(&Tag::parse("kab").unwrap()), None);
        assert_eq!(plural_categories(&Tag::parse("xx").unwrap()), None);
    }

    #[test]
    fn only_categories_whole_numbers_below_a_million_select_are_asked_for() {
        let of = |tag: &str| Categories::of(&Tag::parse(tag).unwrap()).unwrap().reached.into_iter().collect::<Vec<_>>();
        assert_eq!(of("fr"), ["one", "other"]);
        assert_eq!(of("es"), ["one", "other"]);
        // Russian's `other` is for fractions only.
        assert_eq!(of("ru"), ["few", "many", "one"]);
        assert_eq!(of("ar"), ["few", "many", "one", "other", "two", "zero"]);
    }

    #[test]
    fn a_category_of_one_number_other_than_one_may_be_left_to_digits() {
        let of = |tag: &str| Categories::of(&Tag::parse(tag).unwrap()).unwrap().single.into_iter().collect::<Vec<_>>();
        assert_eq!(of("he"), ["two"]);
        assert_eq!(of("ar"), ["two", "zero"]);
        assert_eq!(of("ru"), Vec::<&str>::new());
        assert_eq!(of("en"), Vec::<&str>::new());
    }
}
