//! The part of sqlcmd that `sql/mssql/install_all.sql` uses, so the suite can install it through
//! tiberius: `:r FILE` includes (resolved against the folder of the file that names them, nested
//! includes allowed, cycles refused), `:on error exit` (our runner always stops at the first
//! error), and batches split on lines that are exactly `GO` (any case, surrounding blanks
//! allowed). Any other sqlcmd command (`:setvar`, `GO 5`, `!!`…) is an error rather than a
//! batch sent as-is.
//!
//! `GO` is recognised on its line whatever comes before it, as sqlcmd does; [`unclosed`] lets the
//! tests prove that none of our files has a `GO` line inside a comment or a string.

use std::path::{Path, PathBuf};

/// One batch as sqlcmd would send it.
#[derive(Debug, Clone)]
pub struct Batch {
    pub text: String,
    /// The file and 1-based line of the batch's first non-blank line.
    pub file: PathBuf,
    pub line: usize,
    /// `true` when a `GO` line ended it (`false`: the text left at the end of the script).
    pub ended_by_go: bool,
}

impl Batch {
    /// `file:line`, relative to `root` when it can be.
    pub fn origin(&self, root: &Path) -> String {
        format!("{}:{}", self.file.strip_prefix(root).unwrap_or(&self.file).display(), self.line)
    }
}

/// The expanded script: its batches and every file it read, in order (the script first).
#[derive(Debug)]
pub struct Script {
    pub batches: Vec<Batch>,
    pub files: Vec<PathBuf>,
}

struct Expander {
    batches: Vec<Batch>,
    files: Vec<PathBuf>,
    text: String,
    start: Option<(PathBuf, usize)>,
    stack: Vec<PathBuf>,
}

/// Whether `line` is a batch separator: exactly `GO`, any case, blanks around it.
pub fn is_go(line: &str) -> bool {
    line.trim().eq_ignore_ascii_case("go")
}

/// Reads `path` and every file it includes and splits the result into batches.
pub fn expand(path: &Path) -> Result<Script, String> {
    let mut e = Expander { batches: Vec::new(), files: Vec::new(), text: String::new(), start: None, stack: Vec::new() };
    e.file(path)?;
    e.finish(false);
    Ok(Script { batches: e.batches, files: e.files })
}

impl Expander {
    fn finish(&mut self, ended_by_go: bool) {
        let text = std::mem::take(&mut self.text);
        if let Some((file, line)) = self.start.take() {
            self.batches.push(Batch { text, file, line, ended_by_go });
        }
    }

    fn file(&mut self, path: &Path) -> Result<(), String> {
        let canonical = path.canonicalize().map_err(|e| format!("{}: {e}", path.display()))?;
        if self.stack.contains(&canonical) {
            return Err(format!("{}: se incluye a sí mismo (:r en ciclo)", path.display()));
        }
        let raw = std::fs::read_to_string(&canonical).map_err(|e| format!("{}: {e}", path.display()))?;
        self.stack.push(canonical.clone());
        self.files.push(canonical.clone());
        let dir = canonical.parent().map(Path::to_path_buf).unwrap_or_default();
        for (i, line) in raw.trim_start_matches('\u{feff}').lines().enumerate() {
            let here = || format!("{}:{}", path.display(), i + 1);
            if is_go(line) {
                self.finish(true);
                continue;
            }
            if let Some(command) = line.trim_start().strip_prefix(':') {
                let (name, arg) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
                match name.to_ascii_lowercase().as_str() {
                    "r" => {
                        let arg = arg.trim();
                        let arg = arg.strip_prefix('"').and_then(|a| a.strip_suffix('"')).unwrap_or(arg);
                        if arg.is_empty() {
                            return Err(format!("{}: «:r» sin archivo", here()));
                        }
                        // Written on Windows (`procedures\x.sql`) or not, the same file.
                        self.file(&dir.join(arg.replace('\\', "/"))).map_err(|e| format!("{} (incluido desde {})", e, here()))?;
                    }
                    "on" if arg.split_whitespace().map(str::to_ascii_lowercase).eq(["error", "exit"]) => {}
                    _ => return Err(format!("{}: comando sqlcmd no soportado: «{}»", here(), line.trim())),
                }
                continue;
            }
            if line.trim_start().starts_with("!!") {
                return Err(format!("{}: comando sqlcmd no soportado: «{}»", here(), line.trim()));
            }
            if line.split_whitespace().next().is_some_and(is_go) {
                return Err(format!("{}: «{}»: solo se admite GO solo en su línea", here(), line.trim()));
            }
            if self.start.is_none() {
                if line.trim().is_empty() {
                    continue;
                }
                self.start = Some((canonical.clone(), i + 1));
            }
            self.text.push_str(line);
            self.text.push('\n');
        }
        self.stack.pop();
        Ok(())
    }
}

/// What is still open at the end of `sql` (T-SQL lexing: `--` and nested `/* */` comments,
/// `'…'` strings, `"…"` and `[…]` identifiers), or `None` when everything is closed. A batch
/// that ends inside one of them means a `GO` line cut it where sqlcmd would not have been meant
/// to.
pub fn unclosed(sql: &str) -> Option<&'static str> {
    let b = sql.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 1;
                i += 2;
                while depth > 0 {
                    match (b.get(i), b.get(i + 1)) {
                        (None, _) => return Some("un comentario /* … */"),
                        (Some(b'/'), Some(b'*')) => {
                            depth += 1;
                            i += 2;
                        }
                        (Some(b'*'), Some(b'/')) => {
                            depth -= 1;
                            i += 2;
                        }
                        _ => i += 1,
                    }
                }
                continue;
            }
            open @ (b'\'' | b'"' | b'[') => {
                let (close, what) = match open {
                    b'\'' => (b'\'', "una cadena '…'"),
                    b'"' => (b'"', "un identificador \"…\""),
                    _ => (b']', "un identificador […]"),
                };
                i += 1;
                loop {
                    match b.get(i) {
                        None => return Some(what),
                        Some(&c) if c == close => {
                            // A doubled closing character is a literal one.
                            if b.get(i + 1) == Some(&close) {
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        Some(_) => i += 1,
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The batch without its leading blanks and comments: where its first statement starts.
pub fn first_statement(sql: &str) -> &str {
    let mut s = sql;
    loop {
        let t = s.trim_start();
        if let Some(rest) = t.strip_prefix("--") {
            s = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if t.starts_with("/*") {
            // Skip one (possibly nested) block comment.
            let b = t.as_bytes();
            let (mut depth, mut i) = (0usize, 0usize);
            loop {
                match (b.get(i), b.get(i + 1)) {
                    (None, _) => return "",
                    (Some(b'/'), Some(b'*')) => {
                        depth += 1;
                        i += 2;
                    }
                    (Some(b'*'), Some(b'/')) => {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => i += 1,
                }
            }
            s = &t[i..];
        } else {
            return t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A throw-away folder with these files.
    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    fn texts(s: &Script) -> Vec<String> {
        s.batches.iter().map(|b| b.text.clone()).collect()
    }

    #[test]
    fn includes_are_inlined_relative_to_the_including_file_and_go_splits_anywhere() {
        let dir = tree(&[
            ("main.sql", ":on error exit\nPRINT 1;\ngo\n:r sub\\a.sql\n:R \"sub/b.sql\"\n  Go  \n"),
            ("sub/a.sql", "-- a\nSELECT 'a';\nGO\nSELECT 'a2';\n"),
            // Included from sub/: resolved against sub/, not the script's folder.
            ("sub/b.sql", "SELECT 'b';\n:r c.sql\n"),
            ("sub/c.sql", "\n\nSELECT 'c';\r\nGO\r\n"),
        ]);
        let s = expand(&dir.path().join("main.sql")).unwrap();
        assert_eq!(texts(&s), ["PRINT 1;\n", "-- a\nSELECT 'a';\n", "SELECT 'a2';\nSELECT 'b';\n\n\nSELECT 'c';\n"]);
        assert!(s.batches.iter().all(|b| b.ended_by_go));
        let origins: Vec<String> = s.batches.iter().map(|b| b.origin(&dir.path().canonicalize().unwrap())).collect();
        assert_eq!(origins, ["main.sql:2", "sub/a.sql:1", "sub/a.sql:4"]);
        assert_eq!(s.files.len(), 4);
    }

    #[test]
    fn text_after_the_last_go_is_a_batch_not_ended_by_go_and_blank_batches_vanish() {
        let dir = tree(&[("x.sql", "GO\n\nGO\nSELECT 1;\nGO\nSELECT 2;")]);
        let s = expand(&dir.path().join("x.sql")).unwrap();
        assert_eq!(texts(&s), ["SELECT 1;\n", "SELECT 2;\n"]);
        assert_eq!(s.batches.iter().map(|b| b.ended_by_go).collect::<Vec<_>>(), [true, false]);
    }

    #[test]
    fn what_sqlcmd_would_do_differently_is_refused_with_the_place() {
        for (text, says) in [
            (":setvar X 1\n", "x.sql:1: comando sqlcmd no soportado"),
            ("SELECT 1;\nGO 2\n", "x.sql:2: «GO 2»: solo se admite GO solo en su línea"),
            ("!!dir\n", "no soportado"),
            (":r\n", "«:r» sin archivo"),
            (":r falta.sql\n", "falta.sql"),
            (":on error ignore\n", "no soportado"),
        ] {
            let dir = tree(&[("x.sql", text)]);
            let e = expand(&dir.path().join("x.sql")).unwrap_err();
            assert!(e.contains(says), "{text:?}: {e}");
        }
        let dir = tree(&[("x.sql", ":r y.sql\n"), ("y.sql", ":r x.sql\n")]);
        let e = expand(&dir.path().join("x.sql")).unwrap_err();
        assert!(e.contains("ciclo"), "{e}");
    }

    #[test]
    fn goes_and_words_that_merely_contain_go_are_told_apart() {
        assert!(is_go("GO") && is_go(" go ") && is_go("\tGo\t"));
        assert!(!is_go("GOTO fin") && !is_go("-- GO") && !is_go("GO;") && !is_go("ago"));
        let dir = tree(&[("x.sql", "SELECT 1 AS go_on;\nGOTO fin;\nGO\n")]);
        assert_eq!(texts(&expand(&dir.path().join("x.sql")).unwrap()), ["SELECT 1 AS go_on;\nGOTO fin;\n"]);
    }

    #[test]
    fn the_lexer_finds_what_a_misplaced_go_would_leave_open() {
        assert_eq!(unclosed("SELECT 'it''s' AS [a]]b], \"c\"\"d\" -- 'x\n/* a /* b */ ' */ SELECT 1"), None);
        assert_eq!(unclosed("SELECT 'abc"), Some("una cadena '…'"));
        assert_eq!(unclosed("/* a /* b */ still open"), Some("un comentario /* … */"));
        assert_eq!(unclosed("SELECT [x"), Some("un identificador […]"));
        assert_eq!(unclosed("SELECT \"x"), Some("un identificador \"…\""));
        assert_eq!(unclosed("-- only a comment 'x"), None);
        assert_eq!(first_statement("/* h /* n */ */\n-- c\n  CREATE OR ALTER PROCEDURE x"), "CREATE OR ALTER PROCEDURE x");
        assert_eq!(first_statement("-- only"), "");
    }
}
