//! Paged lists with bound predicates: the SQL both backends run for a [`Listing`].
//!
//! The legacy `GetAllPaging` procedures concatenated a client-supplied `WHERE` fragment into
//! dynamic SQL. Here the fragment arrives already parsed into a [`Filter`] whose leaves name
//! columns of the listing by position (so only whitelisted column names ever reach the SQL
//! text) and whose values are bound as parameters. Paging and the total count happen in the
//! same statement (`COUNT(*) OVER ()` with `LIMIT/OFFSET` or `OFFSET … FETCH`).

use crate::{Listing, SqlType, Value};

/// At most this many rows are returned by one page, whatever the client asks for.
pub const MAX_PAGE_ROWS: i64 = 5_000;

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A boolean condition over the columns of a listing (`column` = index into `Listing::columns`).
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    /// Always true / always false (`1 = 1`, an empty filter).
    Const(bool),
    And(Vec<Filter>),
    Or(Vec<Filter>),
    Not(Box<Filter>),
    Compare { column: usize, op: CmpOp, value: Value },
    Like { column: usize, pattern: String, negated: bool },
    In { column: usize, values: Vec<Value>, negated: bool },
    IsNull { column: usize, negated: bool },
}

/// What page of a listing to read.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRequest {
    pub filter: Filter,
    /// Index into `Listing::order_by`.
    pub order: usize,
    pub descending: bool,
    /// Rows to skip (negative: 0).
    pub start: i64,
    /// Page size (0 or negative: as many as allowed, [`MAX_PAGE_ROWS`]).
    pub rows: i64,
}

impl PageRequest {
    pub fn all(filter: Filter) -> Self {
        Self { filter, order: 0, descending: false, start: 0, rows: 0 }
    }
}

/// SQL dialect of the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Mssql,
}

impl Dialect {
    fn ident(self, name: &str) -> String {
        match self {
            Dialect::Sqlite => format!("\"{name}\""),
            Dialect::Mssql => format!("[{name}]"),
        }
    }
    fn placeholder(self, n: usize) -> String {
        match self {
            Dialect::Sqlite => format!("?{n}"),
            Dialect::Mssql => format!("@P{n}"),
        }
    }
    /// Text comparisons ignore case on both (SQL Server: the default CI collation).
    fn nocase(self, ty: SqlType) -> &'static str {
        match (self, ty) {
            (Dialect::Sqlite, SqlType::Text) => " COLLATE NOCASE",
            _ => "",
        }
    }
}

/// The statement for one page and its bound values, in placeholder order. The result has the
/// listing's columns in order, then the total (`Listing::total`).
pub fn page_sql(listing: &Listing, req: &PageRequest, dialect: Dialect) -> (String, Vec<Value>) {
    let mut params = Vec::new();
    let cols: Vec<String> = listing.columns.iter().map(|c| dialect.ident(c.name)).collect();
    let view = match dialect {
        Dialect::Sqlite => dialect.ident(listing.short_name()),
        Dialect::Mssql => listing.view.to_owned(),
    };
    let where_sql = condition(listing, &req.filter, dialect, &mut params);
    let order_col = listing.order_by.get(req.order).or(listing.order_by.first()).copied().unwrap_or(listing.columns[0].name);
    let ty = listing.columns.iter().find(|c| c.name == order_col).map_or(SqlType::Int, |c| c.ty);
    let key = listing.order_by.first().copied().unwrap_or(listing.columns[0].name);
    let dir = if req.descending { " DESC" } else { "" };
    let mut order = format!("{}{}{dir}", dialect.ident(order_col), dialect.nocase(ty));
    if order_col != key {
        order.push_str(&format!(", {}", dialect.ident(key)));
    }
    let rows = if req.rows > 0 { req.rows.min(MAX_PAGE_ROWS) } else { MAX_PAGE_ROWS };
    params.push(Value::Int(req.start.max(0)));
    let start = dialect.placeholder(params.len());
    params.push(Value::Int(rows));
    let size = dialect.placeholder(params.len());
    let paging = match dialect {
        Dialect::Sqlite => format!("LIMIT {size} OFFSET {start}"),
        Dialect::Mssql => format!("OFFSET {start} ROWS FETCH NEXT {size} ROWS ONLY"),
    };
    let sql = format!(
        "SELECT {}, COUNT(*) OVER () AS {} FROM {view} WHERE {where_sql} ORDER BY {order} {paging};",
        cols.join(", "),
        dialect.ident(listing.total),
    );
    (sql, params)
}

fn condition(listing: &Listing, f: &Filter, d: Dialect, params: &mut Vec<Value>) -> String {
    let bind = |v: Value, params: &mut Vec<Value>| {
        params.push(v);
        d.placeholder(params.len())
    };
    let col = |i: usize| {
        let c = &listing.columns[i];
        (d.ident(c.name), d.nocase(c.ty))
    };
    match f {
        Filter::Const(true) => "1 = 1".into(),
        Filter::Const(false) => "1 = 0".into(),
        Filter::And(items) | Filter::Or(items) if items.is_empty() => {
            if matches!(f, Filter::And(_)) { "1 = 1".into() } else { "1 = 0".into() }
        }
        Filter::And(items) => join(items.iter().map(|i| condition(listing, i, d, params)).collect(), " AND "),
        Filter::Or(items) => join(items.iter().map(|i| condition(listing, i, d, params)).collect(), " OR "),
        Filter::Not(inner) => format!("NOT ({})", condition(listing, inner, d, params)),
        Filter::Compare { column, op, value } => {
            let (c, nocase) = col(*column);
            let op = match op {
                CmpOp::Eq => "=",
                CmpOp::Ne => "<>",
                CmpOp::Lt => "<",
                CmpOp::Le => "<=",
                CmpOp::Gt => ">",
                CmpOp::Ge => ">=",
            };
            let p = bind(value.clone(), params);
            format!("{c} {op} {p}{nocase}")
        }
        Filter::Like { column, pattern, negated } => {
            let (c, _) = col(*column);
            let p = bind(Value::Text(pattern.clone()), params);
            format!("{c} {}LIKE {p}", if *negated { "NOT " } else { "" })
        }
        Filter::In { column, values, negated } => {
            let (c, nocase) = col(*column);
            if values.is_empty() {
                return if *negated { "1 = 1".into() } else { "1 = 0".into() };
            }
            let list: Vec<String> = values.iter().map(|v| bind(v.clone(), params)).collect();
            format!("{c}{nocase} {}IN ({})", if *negated { "NOT " } else { "" }, list.join(", "))
        }
        Filter::IsNull { column, negated } => {
            let (c, _) = col(*column);
            format!("{c} IS {}NULL", if *negated { "NOT " } else { "" })
        }
    }
}

fn join(parts: Vec<String>, sep: &str) -> String {
    format!("({})", parts.join(sep))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::SEG_USUARIO_LISTING;

    fn col(name: &str) -> usize {
        SEG_USUARIO_LISTING.columns.iter().position(|c| c.name == name).unwrap()
    }

    #[test]
    fn values_are_bound_and_only_listed_columns_are_named() {
        let f = Filter::And(vec![
            Filter::Like { column: col("usuario"), pattern: "%ana'; DROP TABLE x --%".into(), negated: false },
            Filter::In { column: col("estado"), values: vec![Value::from("A"), Value::from("Activo")], negated: false },
        ]);
        let req = PageRequest { filter: f, order: 1, descending: true, start: 20, rows: 10 };
        let (sql, params) = page_sql(&SEG_USUARIO_LISTING, &req, Dialect::Sqlite);
        assert!(!sql.contains("DROP"), "{sql}");
        assert!(sql.contains("WHERE (\"usuario\" LIKE ?1 AND \"estado\" COLLATE NOCASE IN (?2, ?3))"), "{sql}");
        assert!(sql.contains("COUNT(*) OVER () AS \"Cantidad\""), "{sql}");
        assert!(sql.ends_with("LIMIT ?5 OFFSET ?4;"), "{sql}");
        assert_eq!(params[3], Value::Int(20));
        assert_eq!(params[4], Value::Int(10));

        let (sql, _) = page_sql(&SEG_USUARIO_LISTING, &req, Dialect::Mssql);
        assert!(sql.contains("FROM Romsoft.v_SEG_USUARIO_GetAll WHERE ([usuario] LIKE @P1 AND [estado] IN (@P2, @P3))"), "{sql}");
        assert!(sql.ends_with("OFFSET @P4 ROWS FETCH NEXT @P5 ROWS ONLY;"), "{sql}");
    }

    #[test]
    fn page_size_is_bounded() {
        let req = PageRequest { rows: 1_000_000, ..PageRequest::all(Filter::Const(true)) };
        let (_, params) = page_sql(&SEG_USUARIO_LISTING, &req, Dialect::Sqlite);
        assert_eq!(params.last(), Some(&Value::Int(MAX_PAGE_ROWS)));
        let (_, params) = page_sql(&SEG_USUARIO_LISTING, &PageRequest::all(Filter::Const(true)), Dialect::Sqlite);
        assert_eq!(params.last(), Some(&Value::Int(MAX_PAGE_ROWS)));
    }
}
