//! `PaginationParameter.WhereFilter`, made safe.
//!
//! Legacy clients send a raw SQL fragment (`usuario LIKE '%ana%' AND estado = 'A'`) that the
//! old API concatenated into dynamic SQL. It is never executed here: it is parsed into simple
//! conditions over the procedure's own result columns and applied to the rows in memory.
//! Accepted: `operand op operand` joined by `AND`, where an operand is a column of the result
//! (optionally qualified `u.usuario` or `[usuario]`), a `'string'` (`N'…'`, `''` escapes) or a
//! number, and `op` is one of `= <> != < <= > >= LIKE NOT LIKE`. Comparisons of text ignore case,
//! as the default SQL Server collation does. Anything else is refused.

use data_access::{Column, Row, Value};

#[derive(Debug, Clone, PartialEq)]
enum Operand {
    Column(usize),
    Text(String),
    Number(f64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Like,
    NotLike,
}

#[derive(Debug, Clone, PartialEq)]
struct Cond {
    left: Operand,
    op: Op,
    right: Operand,
}

/// A parsed filter: every condition must hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhereFilter {
    conds: Vec<Cond>,
}

/// Why a filter was refused (kept for the log; users get one message).
#[derive(Debug, Clone, PartialEq)]
pub struct FilterError(pub String);

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Text(String),
    Number(f64),
    Op(&'static str),
}

impl WhereFilter {
    /// Parses `raw` against the columns of a result (matched by column or field name).
    pub fn parse(raw: &str, columns: &[Column]) -> Result<Self, FilterError> {
        let toks = tokenize(raw)?;
        let mut conds = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let left = operand(toks.get(i), columns)?;
            let (op, used) = match (toks.get(i + 1), toks.get(i + 2)) {
                (Some(Tok::Ident(n)), Some(Tok::Ident(l))) if n.eq_ignore_ascii_case("NOT") && l.eq_ignore_ascii_case("LIKE") => (Op::NotLike, 2),
                (Some(Tok::Ident(l)), _) if l.eq_ignore_ascii_case("LIKE") => (Op::Like, 1),
                (Some(Tok::Op(o)), _) => (
                    match *o {
                        "=" => Op::Eq,
                        "<>" | "!=" => Op::Ne,
                        "<" => Op::Lt,
                        "<=" => Op::Le,
                        ">" => Op::Gt,
                        ">=" => Op::Ge,
                        _ => return Err(FilterError(format!("operador {o} no admitido"))),
                    },
                    1,
                ),
                (t, _) => return Err(FilterError(format!("se esperaba un operador y llegó {t:?}"))),
            };
            let right = operand(toks.get(i + 1 + used), columns)?;
            conds.push(Cond { left, op, right });
            i += 2 + used;
            match toks.get(i) {
                None => break,
                Some(Tok::Ident(a)) if a.eq_ignore_ascii_case("AND") => {
                    i += 1;
                    if i >= toks.len() {
                        return Err(FilterError("AND sin condición".into()));
                    }
                }
                Some(t) => return Err(FilterError(format!("se esperaba AND y llegó {t:?}"))),
            }
        }
        Ok(Self { conds })
    }

    pub fn is_empty(&self) -> bool {
        self.conds.is_empty()
    }

    /// Whether `row` (cells in the order of the columns given to `parse`) passes.
    pub fn matches(&self, row: &Row) -> bool {
        self.conds.iter().all(|c| {
            let l = resolve(&c.left, row);
            let r = resolve(&c.right, row);
            eval(&l, c.op, &r)
        })
    }
}

#[derive(Debug)]
enum Cell {
    Null,
    Text(String),
    Number(f64),
}

fn resolve(o: &Operand, row: &Row) -> Cell {
    match o {
        Operand::Text(s) => Cell::Text(s.clone()),
        Operand::Number(n) => Cell::Number(*n),
        Operand::Column(i) => match row.0.get(*i) {
            None | Some(Value::Null) => Cell::Null,
            Some(Value::Int(v)) => Cell::Number(*v as f64),
            Some(Value::Bool(b)) => Cell::Number(f64::from(u8::from(*b))),
            Some(Value::Text(s)) => Cell::Text(s.clone()),
            Some(Value::DateTime(d)) => Cell::Text(d.format("%Y-%m-%d %H:%M:%S").to_string()),
        },
    }
}

fn eval(l: &Cell, op: Op, r: &Cell) -> bool {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (l, r) {
        (Cell::Null, _) | (_, Cell::Null) => return false,
        (Cell::Number(a), Cell::Number(b)) => a.partial_cmp(b),
        (Cell::Number(a), Cell::Text(b)) => b.trim().parse::<f64>().ok().and_then(|b| a.partial_cmp(&b)),
        (Cell::Text(a), Cell::Number(b)) => a.trim().parse::<f64>().ok().and_then(|a| a.partial_cmp(b)),
        (Cell::Text(a), Cell::Text(b)) => {
            if matches!(op, Op::Like | Op::NotLike) {
                let m = like(&a.to_lowercase(), &b.to_lowercase());
                return if op == Op::Like { m } else { !m };
            }
            Some(a.to_lowercase().cmp(&b.to_lowercase()))
        }
    };
    if matches!(op, Op::Like | Op::NotLike) {
        let (a, b) = (cell_text(l), cell_text(r));
        let m = like(&a.to_lowercase(), &b.to_lowercase());
        return if op == Op::Like { m } else { !m };
    }
    let Some(o) = ord else { return false };
    match op {
        Op::Eq => o == Ordering::Equal,
        Op::Ne => o != Ordering::Equal,
        Op::Lt => o == Ordering::Less,
        Op::Le => o != Ordering::Greater,
        Op::Gt => o == Ordering::Greater,
        Op::Ge => o != Ordering::Less,
        Op::Like | Op::NotLike => false,
    }
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Null => String::new(),
        Cell::Text(s) => s.clone(),
        Cell::Number(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string(),
    }
}

/// SQL LIKE with `%` and `_` (no escapes).
fn like(s: &str, pat: &str) -> bool {
    let s: Vec<char> = s.chars().collect();
    let p: Vec<char> = pat.chars().collect();
    let (mut si, mut pi, mut star, mut mark) = (0usize, 0usize, None::<usize>, 0usize);
    while si < s.len() {
        if pi < p.len() && (p[pi] == '_' || p[pi] == s[si]) {
            si += 1;
            pi += 1;
        } else if pi < p.len() && p[pi] == '%' {
            star = Some(pi);
            mark = si;
            pi += 1;
        } else if let Some(st) = star {
            pi = st + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '%' {
        pi += 1;
    }
    pi == p.len()
}

fn operand(t: Option<&Tok>, columns: &[Column]) -> Result<Operand, FilterError> {
    match t {
        Some(Tok::Text(s)) => Ok(Operand::Text(s.clone())),
        Some(Tok::Number(n)) => Ok(Operand::Number(*n)),
        Some(Tok::Ident(name)) => {
            let bare = name.rsplit('.').next().unwrap_or(name);
            columns
                .iter()
                .position(|c| c.name.eq_ignore_ascii_case(bare) || c.field.eq_ignore_ascii_case(bare))
                .map(Operand::Column)
                .ok_or_else(|| FilterError(format!("columna desconocida {name}")))
        }
        other => Err(FilterError(format!("se esperaba una columna o un valor y llegó {other:?}"))),
    }
}

fn tokenize(raw: &str) -> Result<Vec<Tok>, FilterError> {
    let mut out = Vec::new();
    let cs: Vec<char> = raw.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '\'' || ((c == 'N' || c == 'n') && cs.get(i + 1) == Some(&'\'')) {
            i += if c == '\'' { 1 } else { 2 };
            let mut s = String::new();
            loop {
                match cs.get(i) {
                    None => return Err(FilterError("texto sin cerrar".into())),
                    Some('\'') if cs.get(i + 1) == Some(&'\'') => {
                        s.push('\'');
                        i += 2;
                    }
                    Some('\'') => {
                        i += 1;
                        break;
                    }
                    Some(ch) => {
                        s.push(*ch);
                        i += 1;
                    }
                }
            }
            out.push(Tok::Text(s));
        } else if c == '[' {
            let end = cs[i..].iter().position(|&x| x == ']').ok_or_else(|| FilterError("[ sin cerrar".into()))?;
            out.push(Tok::Ident(cs[i + 1..i + end].iter().collect()));
            i += end + 1;
        } else if c.is_ascii_digit() || (c == '-' && cs.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let start = i;
            i += 1;
            while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') {
                i += 1;
            }
            let text: String = cs[start..i].iter().collect();
            out.push(Tok::Number(text.parse().map_err(|_| FilterError(format!("número inválido {text}")))?));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '.') {
                i += 1;
            }
            out.push(Tok::Ident(cs[start..i].iter().collect()));
        } else {
            let two: String = cs[i..(i + 2).min(cs.len())].iter().collect();
            let op = ["<=", ">=", "<>", "!="].into_iter().find(|o| *o == two);
            if let Some(o) = op {
                out.push(Tok::Op(o));
                i += 2;
            } else if let Some(o) = ["=", "<", ">"].into_iter().find(|o| o.starts_with(c)) {
                out.push(Tok::Op(o));
                i += 1;
            } else {
                return Err(FilterError(format!("carácter no admitido {c:?}")));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use data_access::registry::SEG_USUARIO_GET_ALL;

    fn row(usuario: &str, estado: &str, id: i64) -> Row {
        let cols = SEG_USUARIO_GET_ALL.columns();
        let mut v = vec![Value::Null; cols.len()];
        v[0] = Value::Int(id);
        v[3] = Value::Text(usuario.into());
        v[10] = Value::Text(estado.into());
        Row(v)
    }

    #[test]
    fn simple_conditions_filter_rows() {
        let cols = SEG_USUARIO_GET_ALL.columns();
        let f = WhereFilter::parse("u.usuario LIKE N'%an%' AND [estado] = 'a' AND id_usuario >= 2", cols).unwrap();
        assert!(f.matches(&row("Ana", "A", 2)));
        assert!(!f.matches(&row("Ana", "I", 2)));
        assert!(!f.matches(&row("Luis", "A", 3)));
        assert!(!f.matches(&row("Ana", "A", 1)));
        assert!(WhereFilter::parse("1 = 1", cols).unwrap().matches(&row("x", "A", 1)));
        assert!(WhereFilter::parse("usuario NOT LIKE 'a_a'", cols).unwrap().matches(&row("Luis", "A", 1)));
        assert!(WhereFilter::parse("", cols).unwrap().is_empty());
    }

    #[test]
    fn anything_else_is_refused() {
        let cols = SEG_USUARIO_GET_ALL.columns();
        for bad in [
            "1=1; DROP TABLE Romsoft.SEG_USUARIO",
            "usuario = 'a' OR 1=1",
            "clave = 'x'",
            "usuario = (SELECT TOP 1 clave FROM Romsoft.SEG_USUARIO)",
            "usuario = 'abc",
            "usuario = 'a' --",
            "usuario IN ('a')",
            "usuario = 'a' AND",
        ] {
            assert!(WhereFilter::parse(bad, cols).is_err(), "{bad}");
        }
    }
}
