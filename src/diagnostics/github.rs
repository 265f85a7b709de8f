//! The `github` format: one GitHub Actions workflow command per finding, so that each appears
//! as an annotation on the line of the pull request it is about.
//! See <https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions>.

use std::fmt::Write;

use super::{Diagnostic, Severity};

/// Renders findings as `::error file=…,line=…,col=…,title=FTL020::message` lines.
pub fn render_github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let command = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let text = format!("{}\nhelp: {}", diagnostic.message, diagnostic.help);
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            escape_property(&diagnostic.file.to_string_lossy()),
            diagnostic.line,
            diagnostic.column,
            diagnostic.code.code,
            escape_data(&text)
        );
    }
    out
}

/// Escapes a command's message, as the Actions runner unescapes it.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a command's property value, which also ends at `,` and `:`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_end_the_command() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a,b:c"), "a%2Cb%3Ac");
    }
}
