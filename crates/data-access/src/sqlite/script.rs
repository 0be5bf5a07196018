//! The SQLite dialect files, embedded at build time, and the statement splitter that runs them.

include!(concat!(env!("OUT_DIR"), "/sqlite_sql.rs"));

/// The SQLite text of a procedure, by short name (`p_SEG_USUARIO_Insert`).
pub fn procedure_text(short_name: &str) -> Option<&'static str> {
    PROCEDURES.iter().find(|(n, _)| *n == short_name).map(|(_, t)| *t)
}

/// The newest migration version shipped in this binary.
pub fn latest_migration() -> i64 {
    MIGRATIONS.iter().map(|(v, _, _)| *v).max().unwrap_or(0)
}

/// Splits a script into statements at `;`, ignoring `;` inside string literals, quoted
/// identifiers and comments. Statements that hold only white space or comments are dropped.
pub fn split_statements(sql: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut meaningful = false;
    let mut chars = sql.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\'' | '"' | '`' => {
                meaningful = true;
                cur.push(ch);
                while let Some(c) = chars.next() {
                    cur.push(c);
                    if c == ch {
                        if chars.peek() == Some(&ch) {
                            cur.push(chars.next().unwrap_or(ch));
                        } else {
                            break;
                        }
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        cur.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
                cur.push(' ');
            }
            ';' => {
                if meaningful {
                    out.push(cur.trim().to_owned());
                }
                cur.clear();
                meaningful = false;
            }
            _ => {
                if !ch.is_whitespace() {
                    meaningful = true;
                }
                cur.push(ch);
            }
        }
    }
    if meaningful {
        out.push(cur.trim().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_outside_quotes_and_comments() {
        let s = "-- head; comment\nINSERT INTO t VALUES ('a;b', \"c;\"\"d\"); /* x; y */\n SELECT 'it''s;' AS x ;\n-- tail;\n";
        assert_eq!(
            split_statements(s),
            vec!["INSERT INTO t VALUES ('a;b', \"c;\"\"d\")".to_string(), "SELECT 'it''s;' AS x".to_string()]
        );
        assert!(split_statements("  -- only a comment;\n /* and; this */ ").is_empty());
    }
}
