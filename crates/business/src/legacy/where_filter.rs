//! `PaginationParameter.WhereFilter` and `OrderBy`, made safe.
//!
//! Legacy clients send a raw SQL fragment (`WHERE U.estado IN ('Activo','Inactivo') AND
//! usuario LIKE '%ana%'`) that the old API concatenated into dynamic SQL. Here it is parsed with
//! `sqlparser` (SQL Server dialect) and the expression tree is checked against a whitelist;
//! what passes becomes a [`Filter`] whose leaves name the listing's columns by position and
//! carry their values for binding. It is never executed as text.
//!
//! Accepted: an optional leading `WHERE`; `AND`, `OR`, `NOT` and parentheses; comparisons
//! `= <> != < <= > >=`, `[NOT] LIKE`, `[NOT] IN (…)`, `IS [NOT] NULL` between a column of the
//! listing (optionally qualified `u.usuario` or bracketed `[usuario]`, by column or field
//! name) and a literal (`'text'`, `N'text'`, a number, a negative number), or between two
//! literals (`1 = 1`). Anything else — subqueries, functions, other columns, comments, several
//! statements — is refused.
//!
//! A state literal compared with a column named `estado` (`U.estado IN ('Activo','Inactivo')`,
//! `estado = 'a'`) stands for its code and its display text alike (see [`super::estado`]): the
//! desktop client filters on the texts of its state combo while the table keeps `A`/`I`.

use data_access::{CmpOp, Filter, Listing, Value};

use super::estado;
use sqlparser::{
    ast::{BinaryOperator, Expr, InTarget, UnaryOperator, Value as Lit},
    dialect::MsSqlDialect,
    parser::Parser,
    tokenizer::{Token, Tokenizer, Whitespace},
};

/// Why a filter was refused (for the log; the user gets one Spanish message).
#[derive(Debug, Clone, PartialEq)]
pub struct FilterError(pub String);

impl std::fmt::Display for FilterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Longest filter accepted (the desktop client's fragments are a few hundred characters).
const MAX_LEN: usize = 4_000;

/// Parses `raw` into a filter over `listing`'s columns. Blank means "every row".
pub fn parse(raw: &str, listing: &Listing) -> Result<Filter, FilterError> {
    let text = raw.trim();
    if text.len() > MAX_LEN || text.contains('\0') {
        return Err(FilterError("filtro demasiado largo o con caracteres nulos".into()));
    }
    let text = match text.get(..5) {
        Some(w) if w.eq_ignore_ascii_case("WHERE") && text[5..].starts_with(char::is_whitespace) => text[5..].trim(),
        _ => text,
    };
    if text.is_empty() {
        return Ok(Filter::Const(true));
    }
    let dialect = MsSqlDialect {};
    let tokens = Tokenizer::new(&dialect, text).tokenize().map_err(|e| FilterError(e.to_string()))?;
    if tokens.iter().any(|t| matches!(t, Token::Whitespace(Whitespace::SingleLineComment { .. } | Whitespace::MultiLineComment(_)))) {
        return Err(FilterError("comentarios no admitidos".into()));
    }
    let mut parser = Parser::new(&dialect).with_tokens(tokens);
    let expr = parser.parse_expr().map_err(|e| FilterError(e.to_string()))?;
    if parser.peek_token().token != Token::EOF {
        return Err(FilterError(format!("texto después de la condición: {}", parser.peek_token().token)));
    }
    condition(&expr, listing)
}

fn condition(e: &Expr, l: &Listing) -> Result<Filter, FilterError> {
    Ok(match e {
        Expr::Nested(inner) => condition(inner, l)?,
        Expr::UnaryOp { op: UnaryOperator::Not, expr } => Filter::Not(Box::new(condition(expr, l)?)),
        Expr::BinaryOp { left, op: BinaryOperator::And, right } => Filter::And(vec![condition(left, l)?, condition(right, l)?]),
        Expr::BinaryOp { left, op: BinaryOperator::Or, right } => Filter::Or(vec![condition(left, l)?, condition(right, l)?]),
        Expr::BinaryOp { left, op, right } => {
            let op = match op {
                BinaryOperator::Eq => CmpOp::Eq,
                BinaryOperator::NotEq => CmpOp::Ne,
                BinaryOperator::Lt => CmpOp::Lt,
                BinaryOperator::LtEq => CmpOp::Le,
                BinaryOperator::Gt => CmpOp::Gt,
                BinaryOperator::GtEq => CmpOp::Ge,
                other => return Err(FilterError(format!("operador {other} no admitido"))),
            };
            match (column(left, l), column(right, l)) {
                (Some(c), None) => compare(l, c, op, literal(right, l, Some(c))?),
                (None, Some(c)) => compare(l, c, flip(op), literal(left, l, Some(c))?),
                (None, None) => Filter::Const(compare_literals(&literal(left, l, None)?, op, &literal(right, l, None)?)),
                (Some(_), Some(_)) => return Err(FilterError("comparación entre columnas no admitida".into())),
            }
        }
        Expr::Like { negated, any: false, expr, pattern, escape_char: None } => {
            let c = column(expr, l).ok_or_else(|| FilterError(format!("{expr} no es una columna")))?;
            match literal(pattern, l, None)? {
                // `estado LIKE 'Activo'`: no wildcard, one state.
                Value::Text(p) if is_estado(l, c) && !p.contains(['%', '_', '[']) && estado::parse(&p).is_some() => {
                    Filter::In { column: c, values: estado_values(vec![Value::Text(p)]), negated: *negated }
                }
                Value::Text(p) => Filter::Like { column: c, pattern: p, negated: *negated },
                Value::Int(n) => Filter::Like { column: c, pattern: n.to_string(), negated: *negated },
                _ => return Err(FilterError("patrón LIKE no admitido".into())),
            }
        }
        Expr::In { expr, target: InTarget::List(items), negated, global: false } => {
            let c = column(expr, l).ok_or_else(|| FilterError(format!("{expr} no es una columna")))?;
            let values: Vec<Value> = items.iter().map(|i| literal(i, l, Some(c))).collect::<Result<_, _>>()?;
            let values = if is_estado(l, c) { estado_values(values) } else { values };
            Filter::In { column: c, values, negated: *negated }
        }
        Expr::IsNull(inner) | Expr::IsNotNull(inner) => {
            let c = column(inner, l).ok_or_else(|| FilterError(format!("{inner} no es una columna")))?;
            Filter::IsNull { column: c, negated: matches!(e, Expr::IsNotNull(_)) }
        }
        other => return Err(FilterError(format!("expresión no admitida: {other}"))),
    })
}

/// A comparison of column `c` with a literal; `=` / `<>` with a state on an `estado` column
/// become `[NOT] IN` its code and display text.
fn compare(l: &Listing, c: usize, op: CmpOp, value: Value) -> Filter {
    let negated = match op {
        CmpOp::Eq => false,
        CmpOp::Ne => true,
        _ => return Filter::Compare { column: c, op, value },
    };
    match is_estado(l, c).then(|| estado::filter_values(&value)).flatten() {
        Some(values) => Filter::In { column: c, values, negated },
        None => Filter::Compare { column: c, op, value },
    }
}

/// Whether listing column `c` is a record state (`estado`, by column or field name).
fn is_estado(l: &Listing, c: usize) -> bool {
    let col = &l.columns[c];
    col.name.eq_ignore_ascii_case("estado") || col.field.eq_ignore_ascii_case("estado")
}

/// The values of an `IN` list on an `estado` column: each state as its code and display text
/// (other literals as written), without repeats.
fn estado_values(values: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::with_capacity(values.len() * 2);
    for v in values {
        for e in estado::filter_values(&v).unwrap_or_else(|| vec![v]) {
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

/// The listing column an expression names (`usuario`, `U.usuario`, `[usuario]`, by column or
/// field name), if it is one.
fn column(e: &Expr, l: &Listing) -> Option<usize> {
    let name = match e {
        Expr::Identifier(id) => &id.value,
        Expr::CompoundIdentifier(parts) if parts.len() == 2 => &parts[1].value,
        _ => return None,
    };
    l.columns.iter().position(|c| c.name.eq_ignore_ascii_case(name) || c.field.eq_ignore_ascii_case(name))
}

/// A literal, converted to the column's type when compared with one.
fn literal(e: &Expr, l: &Listing, col: Option<usize>) -> Result<Value, FilterError> {
    let v = match e {
        Expr::Value(v) => match &v.value {
            Lit::SingleQuotedString(s) | Lit::NationalStringLiteral(s) => Value::Text(s.clone()),
            Lit::Number(n, _) => match n.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::Decimal(n.parse().map_err(|_| FilterError(format!("número {n} no admitido")))?),
            },
            Lit::Null => Value::Null,
            other => return Err(FilterError(format!("valor {other} no admitido"))),
        },
        Expr::UnaryOp { op: UnaryOperator::Minus, expr } => match literal(expr, l, None)? {
            Value::Int(i) => Value::Int(-i),
            Value::Decimal(d) => Value::Decimal(-d),
            _ => return Err(FilterError("signo menos ante un texto".into())),
        },
        Expr::Identifier(id) => return Err(FilterError(format!("columna desconocida {}", id.value))),
        other => return Err(FilterError(format!("{other} no es un valor"))),
    };
    match col {
        None => Ok(v),
        Some(c) => {
            let ty = l.columns[c].ty;
            v.coerce(ty).map_err(|k| FilterError(format!("{} no puede compararse con {k}", l.columns[c].name)))
        }
    }
}

fn flip(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        o => o,
    }
}

fn compare_literals(a: &Value, op: CmpOp, b: &Value) -> bool {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Text(x), Value::Text(y)) => Some(x.to_lowercase().cmp(&y.to_lowercase())),
        _ => None,
    };
    let Some(o) = ord else { return false };
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// A sort order over a listing: index into `order_by` and direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Order {
    pub index: usize,
    pub descending: bool,
}

/// Reads `OrderBy` (`""`, `usuario`, `apellidos DESC`, `u.nombres asc`) against the listing's
/// sortable columns; `None` for anything else.
pub fn order_by(raw: &str, l: &Listing) -> Option<Order> {
    let mut parts = raw.split_whitespace();
    let (col, dir) = match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => return Some(Order { index: 0, descending: false }),
        (Some(c), d, None) => (c, d),
        _ => return None,
    };
    let descending = match dir.map(str::to_ascii_uppercase).as_deref() {
        None | Some("ASC") => false,
        Some("DESC") => true,
        _ => return None,
    };
    let bare = col.rsplit('.').next().unwrap_or(col).trim_matches(['[', ']']);
    let index = l.order_by.iter().position(|c| c.eq_ignore_ascii_case(bare))?;
    Some(Order { index, descending })
}

#[cfg(test)]
mod tests {
    use super::*;
    use data_access::registry::SEG_USUARIO_LISTING as L;

    fn col(name: &str) -> usize {
        L.columns.iter().position(|c| c.name == name).unwrap()
    }

    #[test]
    fn the_desktop_clients_fragments_become_bound_conditions() {
        let f = parse("WHERE U.estado IN ('Activo','Inactivo')", &L).unwrap();
        assert_eq!(f, Filter::In { column: col("estado"), values: vals(&["A", "Activo", "I", "Inactivo"]), negated: false });
        let f = parse("u.usuario LIKE N'%an%' AND ([estado] = 'a' OR id_usuario >= '2')", &L).unwrap();
        assert_eq!(
            f,
            Filter::And(vec![
                Filter::Like { column: col("usuario"), pattern: "%an%".into(), negated: false },
                Filter::Or(vec![
                    Filter::In { column: col("estado"), values: vals(&["A", "Activo"]), negated: false },
                    Filter::Compare { column: col("id_usuario"), op: CmpOp::Ge, value: Value::Int(2) },
                ]),
            ])
        );
        assert_eq!(parse("1 = 1", &L).unwrap(), Filter::Const(true));
        assert_eq!(parse("   ", &L).unwrap(), Filter::Const(true));
        assert_eq!(parse("NOT estado IS NULL", &L).unwrap(), Filter::Not(Box::new(Filter::IsNull { column: col("estado"), negated: false })));
        // By the DTO field name as well as the column name.
        assert!(parse("id_rol = 1", &L).is_ok());
    }

    fn vals(v: &[&str]) -> Vec<Value> {
        v.iter().map(|s| Value::from(*s)).collect()
    }

    #[test]
    fn state_literals_on_estado_mean_the_code_and_the_display_text() {
        let estado = col("estado");
        let f = parse("WHERE (U.usuario LIKE '%ana%' OR U.apellidos LIKE '%ana%') AND U.estado = 'Activo'", &L).unwrap();
        assert_eq!(
            f,
            Filter::And(vec![
                Filter::Or(vec![
                    Filter::Like { column: col("usuario"), pattern: "%ana%".into(), negated: false },
                    Filter::Like { column: col("apellidos"), pattern: "%ana%".into(), negated: false },
                ]),
                Filter::In { column: estado, values: vals(&["A", "Activo"]), negated: false },
            ])
        );
        assert_eq!(parse("'INACTIVO' <> estado", &L).unwrap(), Filter::In { column: estado, values: vals(&["I", "Inactivo"]), negated: true });
        assert_eq!(parse("estado NOT IN ('a', 'Activo', ' A ')", &L).unwrap(), Filter::In { column: estado, values: vals(&["A", "Activo"]), negated: true });
        assert_eq!(parse("estado LIKE 'inactivo'", &L).unwrap(), Filter::In { column: estado, values: vals(&["I", "Inactivo"]), negated: false });
        // Anything that is not one state stays as written (and matches what it matches).
        assert_eq!(parse("estado LIKE 'Act%'", &L).unwrap(), Filter::Like { column: estado, pattern: "Act%".into(), negated: false });
        assert_eq!(parse("estado = 'X'", &L).unwrap(), Filter::Compare { column: estado, op: CmpOp::Eq, value: Value::from("X") });
        assert_eq!(parse("estado IN ('X', 'i')", &L).unwrap(), Filter::In { column: estado, values: vals(&["X", "I", "Inactivo"]), negated: false });
        // Other text columns are never mapped.
        assert_eq!(parse("nombres = 'Activo'", &L).unwrap(), Filter::Compare { column: col("nombres"), op: CmpOp::Eq, value: Value::from("Activo") });
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "1=1; DROP TABLE Romsoft.SEG_USUARIO",
            "clave = 'x'",
            "usuario = (SELECT TOP 1 clave FROM Romsoft.SEG_USUARIO)",
            "usuario = 'abc",
            "usuario = 'a' --",
            "usuario = 'a' AND",
            "lower(usuario) = 'a'",
            "usuario = nombres",
            "id_usuario = 'doce'",
            "usuario IN (SELECT usuario FROM x)",
            "usuario = 'a\u{0}'",
        ] {
            assert!(parse(bad, &L).is_err(), "{bad}");
        }
    }

    #[test]
    fn order_by_is_whitelisted() {
        assert_eq!(order_by("", &L), Some(Order { index: 0, descending: false }));
        assert_eq!(order_by("u.apellidos desc", &L), Some(Order { index: 2, descending: true }));
        for bad in ["clave", "usuario; DROP TABLE x", "usuario DESC, clave", "1", "usuario desc extra"] {
            assert_eq!(order_by(bad, &L), None, "{bad}");
        }
    }
}
