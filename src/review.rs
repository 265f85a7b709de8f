//! Review records: for each message of a language, who approved its translation or asked for a
//! change, when, the English and the translation they saw (as fingerprints) and their comment,
//! kept in the repository beside the language (`locales/<tag>/review.toml`, beside `sync`'s
//! record). A message stays reviewed while both its English and its translation are what the
//! reviewer saw; a language is reviewed when all of its messages are. The workbench writes the
//! records, `status` counts them.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::scaffold::{fingerprint, load_record};

/// The file in each language's folder that holds its [`Reviews`].
pub const REVIEW_FILE: &str = "review.toml";

/// A language's review records, by message or term id.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviews {
    /// By message or term id.
    #[serde(default)]
    pub messages: BTreeMap<String, Review>,
}

/// One reviewer's word on one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// `approved` or `needs-change`.
    pub verdict: Verdict,
    /// Who reviewed it, as they gave their name.
    pub reviewer: String,
    /// When, as `YYYY-MM-DD`.
    pub date: String,
    /// [`fingerprint`] of the reference's definition the reviewer saw.
    pub english: String,
    /// [`fingerprint`] of the translation's definition the reviewer saw.
    pub translation: String,
    /// What the reviewer asked for, or noted.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

/// What a reviewer said of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// "Looks right".
    Approved,
    /// "Needs a change", with a comment.
    NeedsChange,
}

/// Where a message stands in review, at its current English and translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State<'r> {
    /// Approved, and neither text has changed since.
    Approved(&'r Review),
    /// A reviewer asked for a change, and the translation has not changed since.
    NeedsChange(&'r Review),
    /// Reviewed once, but the English or the translation has changed since: to review again.
    Changed(&'r Review),
    /// Never reviewed.
    NotReviewed,
}

impl Reviews {
    /// The records in `dir`, a language's folder (none when it has no file yet).
    pub fn load(dir: &Path) -> Result<Reviews> {
        load_record(&dir.join(REVIEW_FILE), "mend the entry named, or restore the file from the repository")
    }

    /// Where message `id` stands, when the reference's definition is now `english` and the
    /// language's `translation`. A change of line endings or trailing spaces is no change.
    pub fn state(&self, id: &str, english: &str, translation: &str) -> State<'_> {
        let Some(review) = self.messages.get(id) else { return State::NotReviewed };
        let same_english = review.english == fingerprint(english);
        let same_translation = review.translation == fingerprint(translation);
        match review.verdict {
            Verdict::Approved if same_english && same_translation => State::Approved(review),
            // A request for a change stands until the translation changes.
            Verdict::NeedsChange if same_translation => State::NeedsChange(review),
            _ => State::Changed(review),
        }
    }

    /// Records `verdict` on message `id` as `reviewer` gave it on `date`, of the definitions
    /// `english` and `translation`, in place of any earlier review of it.
    pub fn record(
        &mut self,
        id: &str,
        verdict: Verdict,
        reviewer: &str,
        date: &str,
        texts: (&str, &str),
        comment: &str,
    ) {
        let (english, translation) = texts;
        let review = Review {
            verdict,
            reviewer: reviewer.to_string(),
            date: date.to_string(),
            english: fingerprint(english),
            translation: fingerprint(translation),
            comment: comment.to_string(),
        };
        self.messages.insert(id.to_string(), review);
    }

    /// The records as the text of their file.
    pub fn to_text(&self) -> Result<String> {
        let body = toml::to_string(self).context("cannot write the review records")?;
        Ok(format!(
            "# Written by `outreach serve`'s workbench: who reviewed each translation, and what they\n\
             # saw (fingerprints of the English and of the translation). Keep it in the repository.\n\n{body}"
        ))
    }
}

/// How many of a language's messages stand where, in review.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Approved at their current text.
    pub approved: usize,
    /// A reviewer asked for a change that has not been made.
    pub needs_change: usize,
    /// Reviewed before their English or translation changed: to review again.
    pub changed: usize,
    /// Never reviewed, or not translated yet.
    pub not_reviewed: usize,
}

impl Tally {
    /// Whether every message of the reference is translated and approved at its current text.
    pub fn all_approved(&self) -> bool {
        self.approved > 0 && self.needs_change + self.changed + self.not_reviewed == 0
    }
}

/// A change a reviewer asked for and the translator has not made yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Asked {
    /// The message.
    pub id: String,
    /// Who asked.
    pub reviewer: String,
    /// When.
    pub date: String,
    /// What to change.
    pub comment: String,
}

/// The changes reviewers asked for in the messages of `english` that `translations` has, and
/// that the translator has not made yet.
pub fn asked(reviews: &Reviews, english: &BTreeMap<&str, &str>, translations: &BTreeMap<&str, &str>) -> Vec<Asked> {
    let mut out = Vec::new();
    for (id, english) in english {
        let Some(translation) = translations.get(id) else { continue };
        if let State::NeedsChange(review) = reviews.state(id, english, translation) {
            let (reviewer, date, comment) = (review.reviewer.clone(), review.date.clone(), review.comment.clone());
            out.push(Asked { id: id.to_string(), reviewer, date, comment });
        }
    }
    out
}

/// The [`Tally`] of the messages of `english` (the reference's definitions by id), as
/// `translations` (the language's, by id) has them.
pub fn tally(reviews: &Reviews, english: &BTreeMap<&str, &str>, translations: &BTreeMap<&str, &str>) -> Tally {
    let mut tally = Tally::default();
    for (id, english) in english {
        // A message the language lacks keeps it from being reviewed whole.
        let Some(translation) = translations.get(id) else {
            tally.not_reviewed += 1;
            continue;
        };
        match reviews.state(id, english, translation) {
            State::Approved(_) => tally.approved += 1,
            State::NeedsChange(_) => tally.needs_change += 1,
            State::Changed(_) => tally.changed += 1,
            State::NotReviewed => tally.not_reviewed += 1,
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    const ENGLISH: &str = "hello = Hello";
    const SPANISH: &str = "hello = Hola";

    fn texts<'a>(pairs: &[(&'a str, &'a str)]) -> BTreeMap<&'a str, &'a str> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn an_approval_stands_until_the_english_or_the_translation_changes() {
        let mut reviews = Reviews::default();
        reviews.record("hello", Verdict::Approved, "Ana", "2026-12-04", (ENGLISH, SPANISH), "");
        assert!(matches!(reviews.state("hello", ENGLISH, SPANISH), State::Approved(_)));
        // Trailing spaces and line endings are no change.
        assert!(matches!(reviews.state("hello", "hello = Hello  \r\n", SPANISH), State::Approved(_)));
        assert!(matches!(reviews.state("hello", "hello = Hello!", SPANISH), State::Changed(_)));
        assert!(matches!(reviews.state("hello", ENGLISH, "hello = ¡Hola!"), State::Changed(_)));
        assert_eq!(reviews.state("bye", ENGLISH, SPANISH), State::NotReviewed);
    }

    #[test]
    fn a_request_for_a_change_stands_until_the_translation_changes() {
        let mut reviews = Reviews::default();
        reviews.record("hello", Verdict::NeedsChange, "Ana", "2026-12-04", (ENGLISH, SPANISH), "Too formal");
        assert!(matches!(reviews.state("hello", "hello = Hello!", SPANISH), State::NeedsChange(_)));
        assert!(matches!(reviews.state("hello", ENGLISH, "hello = Buenas"), State::Changed(_)));
    }

    #[test]
    fn a_language_is_reviewed_when_every_message_it_has_is_approved() {
        let english = texts(&[("hello", ENGLISH), ("bye", "bye = Bye")]);
        let mut reviews = Reviews::default();
        reviews.record("hello", Verdict::Approved, "Ana", "2026-12-04", (ENGLISH, SPANISH), "");
        let spanish = texts(&[("hello", SPANISH), ("bye", "bye = Adiós")]);
        let tally = tally(&reviews, &english, &spanish);
        assert_eq!(tally, Tally { approved: 1, not_reviewed: 1, ..Tally::default() });
        assert!(!tally.all_approved());
        reviews.record("bye", Verdict::Approved, "Ana", "2026-12-04", (english["bye"], spanish["bye"]), "");
        assert!(super::tally(&reviews, &english, &spanish).all_approved());
    }

    #[test]
    fn records_read_back_as_written_and_a_damaged_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let mut reviews = Reviews::default();
        reviews.record("hello", Verdict::NeedsChange, "Ana", "2026-12-04", (ENGLISH, SPANISH), "Use \"usted\"");
        fs::write(dir.path().join(REVIEW_FILE), reviews.to_text().unwrap()).unwrap();
        assert_eq!(Reviews::load(dir.path()).unwrap(), reviews);
        fs::write(dir.path().join(REVIEW_FILE), "[messages.hello]\nverdict = \"maybe\"\n").unwrap();
        let err = format!("{:#}", Reviews::load(dir.path()).unwrap_err());
        assert!(err.contains("review.toml") && err.contains("line 2"), "{err}");
    }
}
