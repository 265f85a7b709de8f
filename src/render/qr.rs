//! QR codes as inline SVG, so that a flyer's `tel:` and `sms:` links can be scanned from paper.

use std::fmt::Write;

use anyhow::{Context, Result};
use qrcode::{Color, EcLevel, QrCode};

/// The printed size of the code itself, without its quiet zone: CONTENT.md asks for 25 mm at
/// least, so that an old phone camera reads it from arm's length.
pub const SYMBOL_MM: f64 = 25.0;

/// The light margin around the code, in modules, that scanners need to find it.
pub const QUIET_ZONE: usize = 4;

/// An inline `<svg>` QR code for `data`, sized in millimetres so that the code itself is
/// [`SYMBOL_MM`] wide plus its quiet zone, with `label` as its accessible name.
///
/// The SVG is drawn here from the crate's modules rather than with its SVG renderer, which
/// writes a standalone file (an XML declaration, sizes in pixels) rather than an inline,
/// printable element.
pub fn qr_svg(data: &str, label: &str) -> Result<String> {
    // Level M survives a smudged or creased print and keeps a phone link in the smallest
    // versions, so that each module stays large.
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .with_context(|| format!("cannot make a QR code for `{data}`"))?;
    let modules = code.width();
    let side = modules + 2 * QUIET_ZONE;
    let size_mm = SYMBOL_MM * side as f64 / modules as f64;
    let mut svg = format!(
        "<svg class=\"qr\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\" \
         width=\"{size_mm:.1}mm\" height=\"{size_mm:.1}mm\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"",
        minijinja::HtmlEscape(label)
    );
    let colors = code.to_colors();
    for (y, row) in colors.chunks(modules).enumerate() {
        let mut x = 0;
        while x < modules {
            let run = row[x..].iter().take_while(|&&color| color == Color::Dark).count();
            if run > 0 {
                let (left, top) = (x + QUIET_ZONE, y + QUIET_ZONE);
                // Writing to a String cannot fail.
                let _ = write!(svg, "M{left} {top}h{run}v1h-{run}z");
            }
            x += run.max(1);
        }
    }
    svg.push_str("\"/></svg>");
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_is_inline_with_quiet_zone_label_and_print_size() {
        let svg = qr_svg("tel:+18883737888", "Scan to call").unwrap();
        assert!(svg.starts_with("<svg class=\"qr\" role=\"img\" aria-label=\"Scan to call\" "), "{svg}");
        // Version 1 (21 modules), plus 4 quiet modules on each side: 25 mm × 29 / 21.
        assert!(svg.contains("viewBox=\"0 0 29 29\""), "{svg}");
        assert!(svg.contains("width=\"34.5mm\""), "{svg}");
        // The top-left finder pattern starts with a run of 7 dark modules inside the quiet zone.
        assert!(svg.contains("M4 4h7v1h-7z"), "{svg}");
    }

    #[test]
    fn every_dark_module_is_drawn() {
        let code = QrCode::with_error_correction_level(b"sms:233733", EcLevel::M).unwrap();
        let dark = code.to_colors().iter().filter(|&&color| color == Color::Dark).count();
        let svg = qr_svg("sms:233733", "x").unwrap();
        let drawn: usize =
            svg.split('h').skip(1).filter_map(|part| part.split('v').next()?.parse::<usize>().ok()).sum();
        assert_eq!(drawn, dark);
    }
}
