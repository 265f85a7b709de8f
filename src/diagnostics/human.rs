//! The `human` format: findings in the shape rustc made familiar, drawn by annotate-snippets,
//! with the source line and a caret under the place that is wrong.
//!
//! ```text
//! error[FTL020]: unknown variable $nmae in hotline-call; the reference passes $name
//!  --> locales/es/help.ftl:3:22
//!   |
//! 3 | hotline-call = Llame { $nmae }
//!   |                        ^^^^^
//!   |
//!   = help: write $name, as the reference does
//! ```

use std::collections::HashMap;
use std::path::Path;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Diagnostic, Severity};

/// The text of every file findings can point into, by the path findings show.
pub type Sources<'a> = HashMap<&'a Path, &'a str>;

/// Renders findings for a terminal (`color`) or a log, each followed by a blank line.
pub fn render_human(diagnostics: &[Diagnostic], sources: &Sources, color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for diagnostic in diagnostics {
        let source = sources.get(diagnostic.file.as_path()).copied();
        out.push_str(&renderer.render(&[group(diagnostic, source)]));
        out.push_str("\n\n");
    }
    out
}

fn group<'a>(diagnostic: &'a Diagnostic, source: Option<&'a str>) -> Group<'a> {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(diagnostic.message.as_str()).id(diagnostic.code.code);
    let path = diagnostic.file.to_string_lossy();
    let place = match (source, &diagnostic.span) {
        (Some(source), Some(span)) => {
            // Only the line the finding starts on is shown, so that the line and column
            // annotate-snippets prints are those of the JSON output.
            let (line_start, line) = line_at(source, span.start);
            let start = span.start - line_start;
            let end = (span.end - line_start).clamp(start, line.len());
            let snippet = Snippet::source(line)
                .line_start(diagnostic.line)
                .path(path)
                .annotation(AnnotationKind::Primary.span(start..end));
            title.element(snippet)
        }
        _ => title.element(Origin::path(path).line(diagnostic.line).char_column(diagnostic.column)),
    };
    place.element(Level::HELP.message(diagnostic.help.as_str()))
}

/// The line holding byte `offset`, without its line ending, and where that line starts.
fn line_at(source: &str, offset: usize) -> (usize, &str) {
    let offset = offset.min(source.len());
    let start = source[..offset].rfind(['\n', '\r']).map_or(0, |index| index + 1);
    let end = source[start..].find(['\n', '\r']).map_or(source.len(), |index| start + index);
    (start, &source[start..end])
}
