//! A small reader of the T-SQL procedure files (tokenizer, `CREATE PROCEDURE` header, final
//! `SELECT` aliases, dynamic-SQL finder) for the checks in `tsql_tests`. Not a full T-SQL
//! parser: the scripts keep a plain style (`AS` before every alias, `;` after every
//! statement) that this reader understands; sqlfluff parses them for real.

use super::{Procedure, Returns};

// ---------------------------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Tok {
    /// Keyword, identifier (brackets or double quotes removed), `@variable` or number.
    Word(String),
    /// A string literal; its content is dropped.
    Str,
    /// Any other character: `(`, `)`, `,`, `;`, `.`, `=`, …
    Punct(char),
}

impl Tok {
    pub(super) fn is(&self, keyword: &str) -> bool {
        matches!(self, Tok::Word(w) if w.eq_ignore_ascii_case(keyword))
    }
    pub(super) fn word(&self) -> Option<&str> {
        match self {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '@' | '#' | '$')
}

/// Splits T-SQL text into tokens, dropping white space, `--` and (nested) `/* */` comments.
pub(super) fn tokenize(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        let next = at(i + 1);
        if c.is_whitespace() {
            i += 1;
        } else if c == '-' && next == Some('-') {
            while at(i).is_some_and(|c| c != '\n') {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if at(i) == Some('/') && at(i + 1) == Some('*') {
                    depth += 1;
                    i += 2;
                } else if at(i) == Some('*') && at(i + 1) == Some('/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '\'' || (matches!(c, 'N' | 'n') && next == Some('\'')) {
            i += if c == '\'' { 1 } else { 2 };
            while let Some(c) = at(i) {
                i += 1;
                if c == '\'' {
                    if at(i) == Some('\'') {
                        i += 1;
                    } else {
                        break;
                    }
                }
            }
            out.push(Tok::Str);
        } else if c == '[' || c == '"' {
            let close = if c == '[' { ']' } else { '"' };
            let mut word = String::new();
            i += 1;
            while let Some(c) = at(i) {
                i += 1;
                if c == close {
                    if at(i) == Some(close) {
                        word.push(close);
                        i += 1;
                    } else {
                        break;
                    }
                } else {
                    word.push(c);
                }
            }
            out.push(Tok::Word(word));
        } else if is_word_char(c) {
            let start = i;
            while at(i).is_some_and(is_word_char) {
                i += 1;
            }
            out.push(Tok::Word(chars[start..i].iter().collect()));
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

/// Index of the `)` closing the `(` at `open`.
pub(super) fn matching_paren(toks: &[Tok], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits at commas outside parentheses.
pub(super) fn split_top_level_commas(toks: &[Tok]) -> Vec<&[Tok]> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, t) in toks.iter().enumerate() {
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            Tok::Punct(',') if depth == 0 => {
                parts.push(&toks[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < toks.len() {
        parts.push(&toks[start..]);
    }
    parts
}

// ---------------------------------------------------------------------------------------------
// Procedure file reader
// ---------------------------------------------------------------------------------------------

#[derive(Debug)]
pub(super) struct ProcDef {
    pub(super) schema: String,
    pub(super) name: String,
    /// `(name, is OUTPUT)` in declaration order.
    pub(super) params: Vec<(String, bool)>,
    /// Tokens after `AS` up to the `GO` that ends the batch.
    pub(super) body: Vec<Tok>,
}

/// Reads the one `CREATE OR ALTER PROCEDURE` of a file.
pub(super) fn parse_procedure(toks: &[Tok]) -> Result<ProcDef, String> {
    let creates: Vec<usize> = (0..toks.len())
        .filter(|&i| {
            toks[i].is("CREATE")
                && toks.get(i + 1).is_some_and(|t| t.is("OR"))
                && toks.get(i + 2).is_some_and(|t| t.is("ALTER"))
                && toks.get(i + 3).is_some_and(|t| t.is("PROCEDURE") || t.is("PROC"))
        })
        .collect();
    // Any other `CREATE PROCEDURE` / `ALTER PROCEDURE` (the ALTER of CREATE OR ALTER excepted).
    let others = toks.iter().enumerate().filter(|&(i, t)| {
        (t.is("CREATE") || t.is("ALTER"))
            && toks.get(i + 1).is_some_and(|t| t.is("PROCEDURE") || t.is("PROC"))
            && !creates.contains(&i.wrapping_sub(2))
    });
    if creates.len() != 1 || others.count() != 0 {
        return Err("must hold exactly one `CREATE OR ALTER PROCEDURE` and no other CREATE/ALTER PROCEDURE".into());
    }
    let mut i = creates[0] + 4;
    let (schema, name) = match (toks.get(i), toks.get(i + 1), toks.get(i + 2)) {
        (Some(Tok::Word(s)), Some(Tok::Punct('.')), Some(Tok::Word(n))) => (s.clone(), n.clone()),
        _ => return Err("the procedure name must be written schema.name".into()),
    };
    i += 3;

    // Parameter list: up to the first AS (or WITH / FOR options) outside parentheses.
    let header_start = i;
    let mut depth = 0i32;
    let header_end = loop {
        match toks.get(i) {
            None => return Err("no AS after the parameter list".into()),
            Some(Tok::Punct('(')) => depth += 1,
            Some(Tok::Punct(')')) => depth -= 1,
            Some(t) if depth == 0 && (t.is("AS") || t.is("WITH") || t.is("FOR")) => break i,
            _ => {}
        }
        i += 1;
    };
    let mut header = &toks[header_start..header_end];
    if header.first() == Some(&Tok::Punct('(')) && matching_paren(header, 0) == Some(header.len() - 1) {
        header = &header[1..header.len() - 1];
    }
    let mut params = Vec::new();
    for part in split_top_level_commas(header) {
        match part.first().and_then(Tok::word) {
            Some(p) if p.starts_with('@') => {
                let output = part.iter().any(|t| t.is("OUTPUT") || t.is("OUT"));
                params.push((p.to_owned(), output));
            }
            _ => return Err(format!("cannot read a parameter declaration in {part:?}")),
        }
    }
    while !toks.get(i).is_some_and(|t| t.is("AS")) {
        i += 1;
        if i >= toks.len() {
            return Err("no AS before the procedure body".into());
        }
    }
    let body_start = i + 1;
    let body_end = toks[body_start..].iter().position(|t| t.is("GO")).map_or(toks.len(), |p| body_start + p);
    Ok(ProcDef { schema, name, params, body: toks[body_start..body_end].to_vec() })
}

/// The column aliases of the last top-level `SELECT` of a body; every column must be written
/// `expr AS alias`.
pub(super) fn final_select_aliases(body: &[Tok]) -> Result<Vec<String>, String> {
    let mut depth = 0i32;
    let mut last_select = None;
    for (i, t) in body.iter().enumerate() {
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            t if depth == 0 && t.is("SELECT") => last_select = Some(i),
            _ => {}
        }
    }
    let start = last_select.ok_or("no top-level SELECT")?;
    let mut i = start + 1;
    // SELECT [DISTINCT | ALL] [TOP (n) | TOP n [PERCENT] [WITH TIES]]
    if body.get(i).is_some_and(|t| t.is("DISTINCT") || t.is("ALL")) {
        i += 1;
    }
    if body.get(i).is_some_and(|t| t.is("TOP")) {
        i += 1;
        if body.get(i) == Some(&Tok::Punct('(')) {
            i = matching_paren(body, i).ok_or("unbalanced TOP ( )")? + 1;
        } else {
            i += 1;
        }
        if body.get(i).is_some_and(|t| t.is("PERCENT")) {
            i += 1;
        }
        if body.get(i).is_some_and(|t| t.is("WITH")) && body.get(i + 1).is_some_and(|t| t.is("TIES")) {
            i += 2;
        }
    }
    // The select list ends at FROM (or another clause), `;` or the END of the body, outside
    // parentheses and CASE … END.
    let list_start = i;
    let (mut depth, mut case_depth) = (0i32, 0i32);
    const CLAUSES: &[&str] = &["FROM", "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "EXCEPT", "INTERSECT", "OPTION"];
    let list_end = loop {
        let Some(t) = body.get(i) else { break i };
        match t {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth -= 1,
            Tok::Punct(';') if depth == 0 => break i,
            t if t.is("CASE") => case_depth += 1,
            t if t.is("END") && case_depth > 0 => case_depth -= 1,
            t if t.is("INTO") && depth == 0 => return Err("the final SELECT must not be SELECT … INTO".into()),
            t if depth == 0 && case_depth == 0 && (t.is("END") || CLAUSES.iter().any(|c| t.is(c))) => break i,
            _ => {}
        }
        i += 1;
    };
    let list = &body[list_start..list_end];
    if list.is_empty() {
        return Err("the final SELECT has no columns".into());
    }
    split_top_level_commas(list)
        .into_iter()
        .enumerate()
        .map(|(n, item)| match item {
            [_, .., as_kw, Tok::Word(alias)] if as_kw.is("AS") && !alias.starts_with('@') => Ok(alias.clone()),
            _ => Err(format!("column {} of the final SELECT is not written `expr AS name`: {item:?}", n + 1)),
        })
        .collect()
}

/// `EXEC (…)`, `EXEC @variable`, `sp_executesql`: any way of running built SQL text.
pub(super) fn dynamic_sql(toks: &[Tok]) -> Option<String> {
    toks.iter().enumerate().find_map(|(i, t)| {
        let next = toks.get(i + 1);
        if (t.is("EXEC") || t.is("EXECUTE"))
            && matches!(next, Some(Tok::Punct('(')) | Some(Tok::Word(_)) if next.and_then(Tok::word).is_none_or(|w| w.starts_with('@')))
        {
            Some(format!("{t:?} {next:?}"))
        } else if t.is("sp_executesql") {
            Some("sp_executesql".into())
        } else {
            None
        }
    })
}

/// The problems of one registered procedure's file, empty when it agrees with the registry.
pub(super) fn check_procedure_file(proc: &Procedure, text: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let toks = tokenize(text);
    let def = match parse_procedure(&toks) {
        Ok(d) => d,
        Err(e) => return vec![e],
    };
    if !def.schema.eq_ignore_ascii_case("Romsoft") || !def.name.eq_ignore_ascii_case(proc.short_name()) {
        errors.push(format!("creates {}.{}, expected {}", def.schema, def.name, proc.name));
    }

    let mut expected: Vec<(String, bool)> = proc.params.iter().map(|p| (p.name.to_owned(), false)).collect();
    if matches!(proc.returns, Returns::Response | Returns::ResponseMessage(_)) {
        expected.push(("@Response".to_owned(), true));
    }
    if let Returns::ResponseMessage(m) = proc.returns {
        expected.push((m.to_owned(), true));
    }
    if def.params != expected {
        errors.push(format!("parameters (name, OUTPUT) are {:?}, the registry says {:?}", def.params, expected));
    }

    // SET NOCOUNT ON is the first statement.
    let body = def.body.as_slice();
    let first = if body.first().is_some_and(|t| t.is("BEGIN")) { &body[1..] } else { body };
    if !(first.len() >= 3 && first[0].is("SET") && first[1].is("NOCOUNT") && first[2].is("ON")) {
        errors.push("the body must start with SET NOCOUNT ON".into());
    }

    match proc.returns {
        Returns::Rows(columns) => match final_select_aliases(body) {
            Ok(aliases) => {
                let expected: Vec<&str> = columns.iter().map(|c| c.name).collect();
                if aliases != expected {
                    errors.push(format!("final SELECT returns {aliases:?}, the registry says {expected:?}"));
                }
            }
            Err(e) => errors.push(e),
        },
        Returns::ExistsFlag => match final_select_aliases(body) {
            Ok(aliases) if aliases.len() == 1 => {}
            Ok(aliases) => errors.push(format!("the exists flag SELECT must return one column, not {aliases:?}")),
            Err(e) => errors.push(e),
        },
        Returns::Response | Returns::ResponseMessage(_) => {
            let assigned = body.windows(3).any(|w| {
                (w[0].is("SET") || w[0].is("SELECT")) && w[1].is("@Response") && w[2] == Tok::Punct('=')
            });
            if !assigned {
                errors.push("@Response is never assigned (SET @Response = …)".into());
            }
        }
    }
    if let Some(d) = dynamic_sql(&toks) {
        errors.push(format!("dynamic SQL is not allowed: {d}"));
    }
    errors
}

