//! QR codes as inline SVG, so that a flyer's `tel:` and `sms:` links can be scanned from paper.

use anyhow::{Context, Result};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An inline `<svg>` QR code for `data`, with the standard 4-module quiet zone, sized by CSS
/// (class `qr`), and `label` as its accessible name.
pub fn qr_svg(data: &str, label: &str) -> Result<String> {
    // Level M survives a smudged or creased print and keeps a phone link in the smallest
    // versions, so that each module stays large at 25 mm or more.
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .with_context(|| format!("cannot make a QR code for `{data}`"))?;
    let image = code
        .render::<svg::Color>()
        .module_dimensions(1, 1)
        .quiet_zone(true)
        .build();
    // The renderer writes a standalone file; inline SVG in HTML must not carry the XML
    // declaration, and gets its size from CSS rather than the module count.
    let body = image
        .split_once("?>")
        .map_or(image.as_str(), |(_, svg)| svg);
    let label = minijinja::HtmlEscape(label).to_string();
    Ok(body.replacen(
        "<svg ",
        &format!("<svg class=\"qr\" role=\"img\" aria-label=\"{label}\" "),
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::qr_svg;

    #[test]
    fn svg_is_inline_with_quiet_zone_and_label() {
        let svg = qr_svg("tel:+18883737888", "Scan to call").unwrap();
        assert!(
            svg.starts_with("<svg class=\"qr\" role=\"img\" aria-label=\"Scan to call\" "),
            "{svg}"
        );
        assert!(!svg.contains("<?xml"));
        // Version 1 (21 modules), plus 4 quiet modules on each side.
        assert!(svg.contains("viewBox=\"0 0 29 29\""), "{svg}");
    }
}
