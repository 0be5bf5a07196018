//! Runs one registered procedure on a SQLite connection: the statements of its file in one
//! transaction, parameters bound by name, the last statement's rows read by column name.

use chrono::NaiveDateTime;
use rusqlite::{Connection, Statement, TransactionBehavior, types::ValueRef};

use crate::{Column, DbError, Listing, Output, Page, Procedure, Returns, Row, SqlType, Value};

use super::script;

pub(crate) fn run(conn: &mut Connection, proc: &'static Procedure, args: &[Value]) -> Result<Output, DbError> {
    let writes = script_of(proc)?.1 || has_tables(proc, args);
    let behavior = if writes { TransactionBehavior::Immediate } else { TransactionBehavior::Deferred };
    let tx = conn.transaction_with_behavior(behavior).map_err(|e| failure(proc, e))?;
    let output = run_in(&tx, proc, args)?;
    tx.commit().map_err(|e| failure(proc, e))?;
    Ok(output)
}

/// Runs `proc`, then the procedure and arguments `then` derives from its output (the audit row
/// of a mutation), in ONE transaction: both are written or neither.
pub(crate) fn run_then(
    conn: &mut Connection,
    proc: &'static Procedure,
    args: &[Value],
    then: impl FnOnce(&Output) -> Option<(&'static Procedure, Vec<Value>)>,
) -> Result<Output, DbError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(|e| failure(proc, e))?;
    let output = run_in(&tx, proc, args)?;
    if let Some((next, next_args)) = then(&output) {
        let next_args = next.coerce_args(next_args)?;
        run_in(&tx, next, &next_args)?;
    }
    tx.commit().map_err(|e| failure(proc, e))?;
    Ok(output)
}

/// The statements of a procedure's file, and whether any of them writes.
fn script_of(proc: &'static Procedure) -> Result<(Vec<String>, bool), DbError> {
    let text = script::procedure_text(proc.short_name()).ok_or_else(|| DbError::Procedure {
        procedure: proc.name,
        cause: "no existe su archivo en sql/sqlite/procedures".into(),
    })?;
    let statements = script::split_statements(text);
    let writes = statements.iter().any(|s| !is_read_only(s));
    Ok((statements, writes))
}

fn has_tables(proc: &'static Procedure, args: &[Value]) -> bool {
    proc.params.iter().zip(args).any(|(p, _)| matches!(p.ty, SqlType::Table(_)))
}

/// The statements of `proc` inside an open transaction; its table-valued parameters live in
/// temporary tables for the duration.
fn run_in(tx: &rusqlite::Transaction<'_>, proc: &'static Procedure, args: &[Value]) -> Result<Output, DbError> {
    let (statements, _) = script_of(proc)?;
    let fail = |e: rusqlite::Error| failure(proc, e);
    let tables: Vec<_> = proc
        .params
        .iter()
        .zip(args)
        .filter_map(|(p, v)| match (p.ty, v) {
            (SqlType::Table(t), v) => Some((p.bare_name(), t, v)),
            _ => None,
        })
        .collect();
    for (name, ty, rows) in &tables {
        fill_table(tx, name, ty, rows).map_err(fail)?;
    }
    let mut output = Output::Rows(Vec::new());
    let last = statements.len().saturating_sub(1);
    for (i, sql) in statements.iter().enumerate() {
        let mut stmt = tx.prepare_cached(sql).map_err(fail)?;
        bind(&mut stmt, proc, args)?;
        if i == last {
            output = read_output(&mut stmt, proc)?;
        } else {
            let mut rows = stmt.raw_query();
            while rows.next().map_err(fail)?.is_some() {}
        }
    }
    for (name, _, _) in &tables {
        tx.execute_batch(&format!("DROP TABLE temp.\"{name}\";")).map_err(fail)?;
    }
    Ok(output)
}

/// The SQLite form of a table-valued parameter: a temporary table named after the parameter
/// (without `@`), with the table type's columns, filled with the rows in the procedure's
/// transaction and dropped before it commits.
pub(super) fn fill_table(tx: &rusqlite::Transaction<'_>, name: &str, ty: &crate::TableType, rows: &Value) -> rusqlite::Result<()> {
    let cols: Vec<String> = ty.columns.iter().map(|c| format!("\"{}\"", c.name)).collect();
    tx.execute_batch(&format!("DROP TABLE IF EXISTS temp.\"{name}\"; CREATE TEMP TABLE \"{name}\" ({});", cols.join(", ")))?;
    let Value::Table(rows) = rows else { return Ok(()) };
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    let mut stmt = tx.prepare(&format!("INSERT INTO temp.\"{name}\" ({}) VALUES ({})", cols.join(", "), marks.join(", ")))?;
    for row in rows {
        for (i, v) in row.iter().enumerate() {
            bind_value(&mut stmt, i + 1, v)?;
        }
        stmt.raw_execute()?;
    }
    Ok(())
}

fn bind_value(stmt: &mut Statement<'_>, idx: usize, v: &Value) -> rusqlite::Result<()> {
    match v {
        Value::Null | Value::Table(_) => stmt.raw_bind_parameter(idx, rusqlite::types::Null),
        Value::Int(v) => stmt.raw_bind_parameter(idx, v),
        Value::Bool(b) => stmt.raw_bind_parameter(idx, i64::from(*b)),
        Value::Text(s) => stmt.raw_bind_parameter(idx, s),
        Value::DateTime(d) => stmt.raw_bind_parameter(idx, d.format("%Y-%m-%d %H:%M:%S%.3f").to_string()),
        // Exact decimals are stored as text with their scale ('12.50').
        Value::Decimal(d) => stmt.raw_bind_parameter(idx, d.to_string()),
    }
}

/// One page of a listing: the statement built by [`crate::listing::page_sql`].
pub(crate) fn page(conn: &mut Connection, listing: &'static Listing, sql: &str, params: &[Value]) -> Result<Page, DbError> {
    let fail = |e: rusqlite::Error| DbError::Procedure { procedure: listing.view, cause: e.to_string() };
    let mut stmt = conn.prepare_cached(sql).map_err(fail)?;
    for (i, v) in params.iter().enumerate() {
        bind_value(&mut stmt, i + 1, v).map_err(fail)?;
    }
    let n = listing.columns.len();
    let mut rows = stmt.raw_query();
    let (mut out, mut total) = (Vec::new(), 0);
    while let Some(row) = rows.next().map_err(fail)? {
        let mut values = Vec::with_capacity(n);
        for (i, col) in listing.columns.iter().enumerate() {
            values.push(decode(listing.view, col, row.get_ref(i).map_err(fail)?)?);
        }
        total = row.get::<_, i64>(n).map_err(fail)?;
        out.push(Row(values));
    }
    Ok(Page { rows: out, total })
}

/// Maps a SQLite error; unique and primary key violations become [`DbError::Duplicate`].
fn failure(proc: &'static Procedure, e: rusqlite::Error) -> DbError {
    match e.sqlite_error() {
        Some(f) if matches!(f.extended_code, rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY) => {
            DbError::Duplicate { procedure: proc.name }
        }
        // A schema rule broken by the caller's values: a warning naming the field or the rule.
        Some(f) if matches!(
            f.extended_code,
            rusqlite::ffi::SQLITE_CONSTRAINT_NOTNULL | rusqlite::ffi::SQLITE_CONSTRAINT_CHECK | rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY
        ) =>
        {
            let kind = match f.extended_code {
                rusqlite::ffi::SQLITE_CONSTRAINT_NOTNULL => crate::Constraint::NotNull,
                rusqlite::ffi::SQLITE_CONSTRAINT_CHECK => crate::Constraint::Check,
                _ => crate::Constraint::ForeignKey,
            };
            let text = match &e {
                rusqlite::Error::SqliteFailure(_, Some(m)) => m.clone(),
                other => other.to_string(),
            };
            DbError::from_constraint(proc.name, kind, &text).unwrap_or_else(|| DbError::Procedure { procedure: proc.name, cause: e.to_string() })
        }
        // Still locked when the busy timeout (the command timeout) ran out.
        Some(f) if f.code == rusqlite::ErrorCode::DatabaseBusy || f.code == rusqlite::ErrorCode::DatabaseLocked => {
            DbError::Timeout { procedure: proc.name, seconds: 0 }
        }
        _ => DbError::Procedure { procedure: proc.name, cause: e.to_string() },
    }
}

fn is_read_only(sql: &str) -> bool {
    let head = sql.trim_start().get(..6).unwrap_or("").to_ascii_uppercase();
    head.starts_with("SELECT") || head.starts_with("WITH")
}

fn bind(stmt: &mut Statement<'_>, proc: &'static Procedure, args: &[Value]) -> Result<(), DbError> {
    for idx in 1..=stmt.parameter_count() {
        let name = stmt.parameter_name(idx).unwrap_or("").trim_start_matches([':', '@', '$']).to_owned();
        let pos = proc.params.iter().position(|p| p.bare_name() == name).ok_or_else(|| DbError::Procedure {
            procedure: proc.name,
            cause: format!("el archivo SQLite usa :{name}, que no está declarado en el registro"),
        })?;
        if matches!(proc.params[pos].ty, SqlType::Table(_)) {
            return Err(DbError::Procedure {
                procedure: proc.name,
                cause: format!("el archivo SQLite usa :{name}, un parámetro de tabla: léalo de la tabla temporal {name}"),
            });
        }
        bind_value(stmt, idx, &args[pos]).map_err(|e| failure(proc, e))?;
    }
    Ok(())
}

fn read_output(stmt: &mut Statement<'_>, proc: &'static Procedure) -> Result<Output, DbError> {
    let fail = |e: rusqlite::Error| failure(proc, e);
    let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
    let mut rows = stmt.raw_query();
    match proc.returns {
        Returns::Rows(columns) => {
            let index = column_index(proc, columns, &names)?;
            let mut out = Vec::new();
            while let Some(row) = rows.next().map_err(fail)? {
                let mut values = Vec::with_capacity(columns.len());
                for (col, &i) in columns.iter().zip(&index) {
                    values.push(decode(proc.name, col, row.get_ref(i).map_err(fail)?)?);
                }
                out.push(Row(values));
            }
            Ok(Output::Rows(out))
        }
        Returns::Response => {
            let i = names.iter().position(|n| n.eq_ignore_ascii_case("Response")).unwrap_or(0);
            let v = match rows.next().map_err(fail)? {
                Some(row) => row.get::<_, Option<i64>>(i).map_err(fail)?.unwrap_or(0),
                None => 0,
            };
            while rows.next().map_err(fail)?.is_some() {}
            Ok(Output::Response(v))
        }
        Returns::ResponseMessage(message) => {
            let bare = message.trim_start_matches('@');
            let i = names.iter().position(|n| n.eq_ignore_ascii_case("Response")).unwrap_or(0);
            let j = names.iter().position(|n| n.eq_ignore_ascii_case(bare));
            let out = match rows.next().map_err(fail)? {
                Some(row) => {
                    let n = row.get::<_, Option<i64>>(i).map_err(fail)?.unwrap_or(0);
                    let text = match j {
                        Some(j) => row.get::<_, Option<String>>(j).map_err(fail)?,
                        None => None,
                    };
                    Output::ResponseMessage(n, text.filter(|t| !t.trim().is_empty()))
                }
                None => Output::ResponseMessage(0, None),
            };
            while rows.next().map_err(fail)?.is_some() {}
            Ok(out)
        }
        Returns::ExistsFlag => {
            let v = match rows.next().map_err(fail)? {
                Some(row) => row.get::<_, Option<i64>>(0).map_err(fail)?.unwrap_or(0) != 0,
                None => false,
            };
            while rows.next().map_err(fail)?.is_some() {}
            Ok(Output::Exists(v))
        }
    }
}

/// Position of each declared column in the statement's result (matched by name).
pub(crate) fn column_index(proc: &'static Procedure, columns: &[Column], names: &[String]) -> Result<Vec<usize>, DbError> {
    columns
        .iter()
        .map(|c| {
            names.iter().position(|n| n.eq_ignore_ascii_case(c.name)).ok_or_else(|| DbError::Decode {
                procedure: proc.name,
                column: c.name.to_owned(),
                cause: "no está en el resultado".into(),
            })
        })
        .collect()
}

pub(super) fn decode(procedure: &'static str, col: &Column, v: ValueRef<'_>) -> Result<Value, DbError> {
    let bad = |what: &str| DbError::Decode {
        procedure,
        column: col.name.to_owned(),
        cause: format!("se esperaba {:?} y se leyó {what}", col.ty),
    };
    Ok(match (col.ty, v) {
        (_, ValueRef::Null) => Value::Null,
        (SqlType::Int | SqlType::BigInt, ValueRef::Integer(i)) => Value::Int(i),
        (SqlType::Int | SqlType::BigInt, ValueRef::Real(f)) if f.fract() == 0.0 => Value::Int(f as i64),
        (SqlType::Decimal, ValueRef::Integer(i)) => Value::Decimal(i.into()),
        (SqlType::Decimal, ValueRef::Real(f)) => Value::Decimal(rust_decimal::Decimal::try_from(f).map_err(|_| bad("un REAL fuera de rango"))?),
        (SqlType::Decimal, ValueRef::Text(t)) => Value::Decimal(
            std::str::from_utf8(t).ok().and_then(|s| s.trim().parse().ok()).ok_or_else(|| bad("texto no numérico"))?,
        ),
        (SqlType::Int | SqlType::BigInt, ValueRef::Text(t)) => {
            Value::Int(std::str::from_utf8(t).ok().and_then(|s| s.trim().parse().ok()).ok_or_else(|| bad("texto"))?)
        }
        (SqlType::Bit, ValueRef::Integer(i)) => Value::Bool(i != 0),
        (SqlType::Text, ValueRef::Text(t)) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        (SqlType::Text, ValueRef::Integer(i)) => Value::Text(i.to_string()),
        (SqlType::Text, ValueRef::Real(f)) => Value::Text(f.to_string()),
        (SqlType::DateTime, ValueRef::Text(t)) => {
            let s = std::str::from_utf8(t).map_err(|_| bad("texto no UTF-8"))?;
            Value::DateTime(parse_datetime(s).ok_or_else(|| bad(&format!("{s:?}")))?)
        }
        (_, ValueRef::Integer(_)) => return Err(bad("un entero")),
        (_, ValueRef::Real(_)) => return Err(bad("un decimal")),
        (_, ValueRef::Text(_)) => return Err(bad("texto")),
        (_, ValueRef::Blob(_)) => return Err(bad("un blob")),
    })
}

/// Reads the date formats SQLite files hold (`2021-09-05 10:11:12.123`, ISO `T`, date only).
pub(crate) fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    for f in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(d);
        }
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0))
}
