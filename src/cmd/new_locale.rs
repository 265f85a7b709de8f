//! `outreach new-locale TAG`: starts a language. Creates `locales/TAG/` with one file per
//! reference file, each definition ready to translate (see [`scaffold`]), and adds the
//! language's `[[locale]]` entry to the manifest.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};
use icu_experimental::displaynames::{DisplayNamesOptions, LocaleDisplayNamesFormatter};
use icu_locale_core::Locale;

use super::Outcome;
use crate::catalog::load_catalog;
use crate::cli::{Cli, NewLocaleArgs};
use crate::config::Config;
use crate::output::replace_file;
use crate::scaffold::{self, Record, Seen};
use crate::tag::Tag;
use crate::text::plural;

/// Creates the language's folder and manifest entry; changes nothing when any step fails.
pub fn run(cli: &Cli, args: &NewLocaleArgs) -> Result<Outcome> {
    let config = Config::load(&cli.config)?;
    let tag =
        Tag::parse(&args.tag).map_err(|reason| anyhow::anyhow!("`{}` is not a language tag: {reason}", args.tag))?;
    let dir = config.locale_dir(&tag);
    if config.locale_meta(&tag).is_some() || dir.exists() {
        bail!(
            "{tag} exists already (`{}`, or its [[locale]] entry in {}); to bring it up to date with the \
             English, run `outreach sync --locale {tag}`",
            dir.display(),
            config.manifest_path.display()
        );
    }
    let (name, english_name) = names(&tag, args)?;
    let manifest = fs::read_to_string(&config.manifest_path)
        .with_context(|| format!("failed to read `{}`", config.manifest_path.display()))?;
    let manifest = with_locale_entry(&manifest, &tag, &name, &english_name);

    let catalog = load_catalog(&config.root, &config.locales_dir)?;
    let Some(reference) = catalog.locale(&config.source_locale) else {
        bail!("the reference language {} has no folder under `{}`", config.source_locale, config.locales_dir.display())
    };
    let mut files = Vec::new();
    let mut record = Record::default();
    for file in &reference.files {
        let english = file.resource.source();
        files.push((dir.join(&file.name), scaffold::scaffold(english)));
        for block in scaffold::blocks(english) {
            let seen = Seen { english: block.text.to_string(), translation: scaffold::fingerprint(block.text) };
            record.messages.insert(block.id.to_string(), seen);
        }
    }
    files.push((dir.join(scaffold::RECORD_FILE), record.to_text()?));
    write_all(&dir, &files)?;
    // The manifest is changed only once it loads, with the new folder in place.
    if let Err(err) = Config::parse(&manifest, &config.manifest_path) {
        let _ = fs::remove_dir_all(&dir);
        return Err(err.context(format!("{tag}: the manifest entry would not be valid; nothing was changed")));
    }
    replace_file(&config.manifest_path, manifest.as_bytes())
        .with_context(|| format!("failed to add {tag} to `{}`", config.manifest_path.display()))?;

    if !cli.quiet {
        let script = crate::checks::script_names(&tag).unwrap_or_else(|| "not known".to_string());
        let direction = if tag.is_rtl() { "right to left" } else { "left to right" };
        println!("Created {} with {} to translate.", dir.display(), plural(reference.files.len(), "file"));
        println!(
            "Added {tag} to {}: name = \"{name}\", english-name = \"{english_name}\", status = \"draft\".",
            config.manifest_path.display()
        );
        println!("Script: {script}; direction: {direction}.");
        println!();
        println!("Next: write the translation over the English in each file (the English stays above it");
        println!(
            "as a comment), watch it on the flyer with `outreach serve`, and run `outreach check --locale {tag}`."
        );
    }
    Ok(Outcome::Clean)
}

/// The language's own name and its English name: from `--name`/`--english-name`, or else
/// from CLDR's display names.
fn names(tag: &Tag, args: &NewLocaleArgs) -> Result<(String, String)> {
    let locale: Locale = tag.to_string().parse().with_context(|| format!("`{tag}` is not a language tag"))?;
    let display = |in_locale: &Locale| -> Option<String> {
        let formatter = LocaleDisplayNamesFormatter::try_new(in_locale.into(), DisplayNamesOptions::default()).ok()?;
        let name = formatter.of(&locale).into_owned();
        // Without a name, CLDR gives back the code.
        (name != tag.to_string() && name != locale.to_string()).then_some(name)
    };
    // Cannot fail: a constant, valid tag.
    let english: Locale = "en".parse().expect("`en` is a locale");
    let name = args.name.clone().or_else(|| display(&locale).map(|name| capitalize(&name)));
    let english_name = args.english_name.clone().or_else(|| display(&english));
    match (name, english_name) {
        (Some(name), Some(english_name)) => Ok((name, english_name)),
        (name, english_name) => {
            let missing: Vec<&str> = [
                (name.is_none(), "--name (the language's name in itself)"),
                (english_name.is_none(), "--english-name"),
            ]
            .into_iter()
            .filter_map(|(missing, option)| missing.then_some(option))
            .collect();
            bail!("CLDR has no name for `{tag}`; give {}", missing.join(" and "))
        }
    }
}

/// A language's name as a picker lists it: CLDR writes many in lower case (`español`).
fn capitalize(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `manifest` with a `[[locale]]` entry for the new language after the last one (or at the
/// end), leaving every other byte as it was.
fn with_locale_entry(manifest: &str, tag: &Tag, name: &str, english_name: &str) -> String {
    let entry = format!(
        "[[locale]]\ntag = \"{tag}\"\nname = {}\nenglish-name = {}\nstatus = \"draft\"\n",
        toml_string(name),
        toml_string(english_name)
    );
    // The end of the last [[locale]] table: the next table header after it, if any.
    let Some(last) = manifest
        .match_indices("\n[[locale]]")
        .map(|(at, _)| at + 1)
        .last()
        .or_else(|| manifest.starts_with("[[locale]]").then_some(0))
    else {
        let separator = if manifest.ends_with("\n\n") || manifest.is_empty() {
            ""
        } else if manifest.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        return format!("{manifest}{separator}{entry}");
    };
    let after = &manifest[last + 1..];
    let mut end = after.find("\n[").map_or(manifest.len(), |at| last + 1 + at + 1);
    // Comments just above the next table belong to it.
    while let Some(line_start) = manifest[..end.saturating_sub(1)].rfind('\n').map(|at| at + 1) {
        let line = manifest[line_start..end].trim();
        if line_start <= last || !(line.is_empty() || line.starts_with('#')) {
            break;
        }
        end = line_start;
    }
    let (before, rest) = manifest.split_at(end);
    let before = before.trim_end_matches('\n');
    format!("{before}\n\n{entry}\n{}", rest.trim_start_matches('\n'))
}

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// Writes every file under `dir`, which must not exist yet; when one fails, removes `dir`.
fn write_all(dir: &Path, files: &[(std::path::PathBuf, String)]) -> Result<()> {
    let result = files.iter().try_for_each(|(path, text)| {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        replace_file(path, text.as_bytes())
    });
    if result.is_err() {
        let _ = fs::remove_dir_all(dir);
    }
    result
}
