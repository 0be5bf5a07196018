//! User-supplied text on its way into a log line: bounded and escaped, so that a 1 MB value
//! cannot fill or rotate away the log, and control characters or line breaks cannot forge
//! lines.

/// At most `max` characters of `text`, escaped (`\n`, `\u{0}` …), with a note of what was left
/// out.
pub fn shown(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).flat_map(char::escape_debug).collect();
    let rest = text.chars().count().saturating_sub(max);
    if rest > 0 {
        out.push_str(&format!("…(+{rest} caracteres)"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_and_control_characters_escaped() {
        assert_eq!(shown("ana", 10), "ana");
        assert_eq!(shown("línea\nfalsa\u{0}", 20), "línea\\nfalsa\\0");
        assert_eq!(shown(&"x".repeat(1000), 5), "xxxxx…(+995 caracteres)");
    }
}
