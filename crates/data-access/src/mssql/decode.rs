//! Turning what SQL Server returned into [`Output`]: pure functions over `tiberius::ColumnData`,
//! so they are tested without a server.
//!
//! Cells are read by column name and converted according to the registry's declared type, but
//! tolerant of the actual SQL type a legacy schema may use (an `INT` read from `SMALLINT`, a text
//! read from an `INT` column …).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeDelta};
use tiberius::{ColumnData, FromSql};

use crate::{Column, DbError, Listing, Output, Page, Procedure, Returns, Row, SqlType, Value};

/// One result set as read from the wire: column names and the cells of each row.
#[derive(Debug, Default)]
pub(crate) struct ResultSet {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<ColumnData<'static>>>,
}

impl ResultSet {
    /// Takes the rows tiberius collected for one result set. A set without rows carries no
    /// column names (tiberius drops the metadata), which is fine: nothing is read from it.
    pub(crate) fn from_rows(rows: Vec<tiberius::Row>) -> Self {
        let columns =
            rows.first().map(|r| r.columns().iter().map(|c| c.name().to_string()).collect()).unwrap_or_default();
        Self { columns, rows: rows.into_iter().map(|r| r.into_iter().collect()).collect() }
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c == name)
            .or_else(|| self.columns.iter().position(|c| c.eq_ignore_ascii_case(name)))
    }
}

/// The SQL type behind a cell, for error messages.
fn sql_kind(data: &ColumnData<'_>) -> &'static str {
    match data {
        ColumnData::U8(_) => "TINYINT",
        ColumnData::I16(_) => "SMALLINT",
        ColumnData::I32(_) => "INT",
        ColumnData::I64(_) => "BIGINT",
        ColumnData::F32(_) => "REAL",
        ColumnData::F64(_) => "FLOAT",
        ColumnData::Bit(_) => "BIT",
        ColumnData::String(_) => "texto",
        ColumnData::Guid(_) => "UNIQUEIDENTIFIER",
        ColumnData::Binary(_) => "binario",
        ColumnData::Numeric(_) => "NUMERIC",
        ColumnData::Xml(_) => "XML",
        ColumnData::DateTime(_) => "DATETIME",
        ColumnData::SmallDateTime(_) => "SMALLDATETIME",
        ColumnData::Time(_) => "TIME",
        ColumnData::Date(_) => "DATE",
        ColumnData::DateTime2(_) => "DATETIME2",
        ColumnData::DateTimeOffset(_) => "DATETIMEOFFSET",
    }
}

fn is_null(data: &ColumnData<'_>) -> bool {
    match data {
        ColumnData::U8(v) => v.is_none(),
        ColumnData::I16(v) => v.is_none(),
        ColumnData::I32(v) => v.is_none(),
        ColumnData::I64(v) => v.is_none(),
        ColumnData::F32(v) => v.is_none(),
        ColumnData::F64(v) => v.is_none(),
        ColumnData::Bit(v) => v.is_none(),
        ColumnData::String(v) => v.is_none(),
        ColumnData::Guid(v) => v.is_none(),
        ColumnData::Binary(v) => v.is_none(),
        ColumnData::Numeric(v) => v.is_none(),
        ColumnData::Xml(v) => v.is_none(),
        ColumnData::DateTime(v) => v.is_none(),
        ColumnData::SmallDateTime(v) => v.is_none(),
        ColumnData::Time(v) => v.is_none(),
        ColumnData::Date(v) => v.is_none(),
        ColumnData::DateTime2(v) => v.is_none(),
        ColumnData::DateTimeOffset(v) => v.is_none(),
    }
}

/// An integer from any integral SQL type (NUMERIC/DECIMAL only with scale 0).
fn int_of(data: &ColumnData<'_>) -> Option<i64> {
    match data {
        ColumnData::U8(Some(v)) => Some((*v).into()),
        ColumnData::I16(Some(v)) => Some((*v).into()),
        ColumnData::I32(Some(v)) => Some((*v).into()),
        ColumnData::I64(Some(v)) => Some(*v),
        ColumnData::Bit(Some(b)) => Some((*b).into()),
        ColumnData::Numeric(Some(n)) if n.scale() == 0 => i64::try_from(n.value()).ok(),
        _ => None,
    }
}

/// A legacy `DATETIME` (days since 1900-01-01 and 1/300 s ticks), rounded to the millisecond
/// as .NET's `SqlDateTime` does (`.123` stays `.123`, not `.1233333`).
fn legacy_datetime(days: i32, fragments: u32) -> Option<NaiveDateTime> {
    let ms = (20 * i64::from(fragments) + 3) / 6;
    NaiveDate::from_ymd_opt(1900, 1, 1)?
        .and_hms_opt(0, 0, 0)?
        .checked_add_signed(TimeDelta::days(days.into()))?
        .checked_add_signed(TimeDelta::milliseconds(ms))
}

fn datetime_of(data: &ColumnData<'static>) -> Option<NaiveDateTime> {
    match data {
        ColumnData::DateTime(Some(dt)) => legacy_datetime(dt.days(), dt.seconds_fragments()),
        ColumnData::SmallDateTime(_) | ColumnData::DateTime2(_) => NaiveDateTime::from_sql(data).ok().flatten(),
        ColumnData::Date(_) => NaiveDate::from_sql(data).ok().flatten().and_then(|d| d.and_hms_opt(0, 0, 0)),
        // Wall-clock time as stored, like .NET's DateTimeOffset.DateTime.
        ColumnData::DateTimeOffset(_) => {
            DateTime::<FixedOffset>::from_sql(data).ok().flatten().map(|d| d.naive_local())
        }
        _ => None,
    }
}

/// An exact decimal from `DECIMAL`/`NUMERIC` (mantissa and scale as sent), integers, `MONEY`
/// and floats (through their shortest exact text), or a numeric text.
fn decimal_of(data: &ColumnData<'static>) -> Option<rust_decimal::Decimal> {
    use rust_decimal::Decimal;
    match data {
        ColumnData::Numeric(Some(n)) => Decimal::try_from_i128_with_scale(n.value(), u32::from(n.scale())).ok(),
        ColumnData::F64(Some(f)) => Decimal::try_from(*f).ok(),
        ColumnData::F32(Some(f)) => Decimal::try_from(*f).ok(),
        ColumnData::String(Some(s)) => s.trim().parse().ok(),
        ColumnData::Bit(_) => None,
        other => int_of(other).map(Decimal::from),
    }
}

/// Reads one cell as the declared type. NULL of any type is [`Value::Null`]; the error is the
/// cause only (the caller names procedure and column).
pub(crate) fn decode_cell(ty: SqlType, data: &ColumnData<'static>) -> Result<Value, String> {
    if is_null(data) {
        return Ok(Value::Null);
    }
    let value = match ty {
        SqlType::Int | SqlType::BigInt => int_of(data).map(Value::Int),
        SqlType::Decimal => decimal_of(data).map(Value::Decimal),
        SqlType::Table(_) => None,
        SqlType::Bit => int_of(data).map(|n| Value::Bool(n != 0)),
        SqlType::Text => match data {
            ColumnData::String(Some(s)) => Some(Value::Text(s.to_string())),
            ColumnData::Guid(Some(g)) => Some(Value::Text(g.to_string())),
            ColumnData::Bit(_) => None,
            // Legacy schemas keep some codes in INT columns that the API reads as text.
            other => int_of(other).map(|n| Value::Text(n.to_string())),
        },
        SqlType::DateTime => datetime_of(data).map(Value::DateTime),
    };
    value.ok_or_else(|| {
        let want = match ty {
            SqlType::Int | SqlType::BigInt => "un entero",
            SqlType::Bit => "un BIT",
            SqlType::Text => "un texto",
            SqlType::DateTime => "una fecha",
            SqlType::Decimal => "un decimal",
            SqlType::Table(_) => "una tabla",
        };
        format!("se esperaba {want} y el servidor devolvió {}", sql_kind(data))
    })
}

fn decode_err(proc: &Procedure, column: &str, cause: impl Into<String>) -> DbError {
    DbError::Decode { procedure: proc.name, column: column.to_string(), cause: cause.into() }
}

fn decode_rows(proc: &Procedure, columns: &[Column], set: Option<ResultSet>) -> Result<Vec<Row>, DbError> {
    let Some(set) = set.filter(|s| !s.rows.is_empty()) else {
        return Ok(Vec::new());
    };
    let positions = columns
        .iter()
        .map(|c| {
            set.position(c.name).ok_or_else(|| {
                decode_err(proc, c.name, "el procedimiento no devolvió esta columna (¿versión del esquema?)")
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    set.rows
        .iter()
        .map(|cells| {
            columns
                .iter()
                .zip(&positions)
                .map(|(c, &i)| match cells.get(i) {
                    Some(cell) => decode_cell(c.ty, cell).map_err(|e| decode_err(proc, c.name, e)),
                    None => Err(decode_err(proc, c.name, "la fila tiene menos celdas que columnas")),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Row)
        })
        .collect()
}

/// Maps the result sets of the batch built by `exec_batch` to the procedure's declared output:
/// * `Rows`: the declared columns, by name, of every row of the FIRST result set;
/// * `ExistsFlag`: the first column of the first row of the first set is non-zero (no row: false);
/// * `Response`: the `Response` column of the first row of the LAST set (NULL: 0).
pub(crate) fn map_output(proc: &Procedure, sets: Vec<ResultSet>) -> Result<Output, DbError> {
    match proc.returns {
        Returns::Rows(columns) => decode_rows(proc, columns, sets.into_iter().next()).map(Output::Rows),
        Returns::ExistsFlag => {
            let Some(set) = sets.into_iter().next() else {
                return Ok(Output::Exists(false));
            };
            let Some(cell) = set.rows.first().and_then(|r| r.first()) else {
                return Ok(Output::Exists(false));
            };
            let column = set.columns.first().map_or("(columna 1)", String::as_str);
            match decode_cell(SqlType::Int, cell).map_err(|e| decode_err(proc, column, e))? {
                Value::Int(n) => Ok(Output::Exists(n != 0)),
                _ => Ok(Output::Exists(false)),
            }
        }
        Returns::ResponseMessage(m) => {
            let bare = m.trim_start_matches('@');
            let missing = || decode_err(proc, "Response", "el lote no devolvió el valor de @Response");
            let set = sets.into_iter().last().ok_or_else(missing)?;
            let row = set.rows.first().ok_or_else(missing)?;
            let cell = set.position("Response").and_then(|i| row.get(i)).ok_or_else(missing)?;
            let n = match decode_cell(SqlType::Int, cell).map_err(|e| decode_err(proc, "Response", e))? {
                Value::Int(n) => n,
                _ => 0,
            };
            let text = match set.position(bare).and_then(|i| row.get(i)) {
                Some(c) => match decode_cell(SqlType::Text, c).map_err(|e| decode_err(proc, bare, e))? {
                    Value::Text(t) if !t.trim().is_empty() => Some(t),
                    _ => None,
                },
                None => None,
            };
            Ok(Output::ResponseMessage(n, text))
        }
        Returns::Response => {
            let missing = || decode_err(proc, "Response", "el lote no devolvió el valor de @Response");
            let set = sets.into_iter().last().ok_or_else(missing)?;
            let row = set.rows.first().ok_or_else(missing)?;
            let cell = set.position("Response").and_then(|i| row.get(i)).ok_or_else(missing)?;
            match decode_cell(SqlType::Int, cell).map_err(|e| decode_err(proc, "Response", e))? {
                Value::Int(n) => Ok(Output::Response(n)),
                _ => Ok(Output::Response(0)),
            }
        }
    }
}

/// A listing page: the declared columns by name, and the total of the first row.
pub(crate) fn page(listing: &'static Listing, sets: Vec<ResultSet>) -> Result<Page, DbError> {
    let probe = Procedure { name: listing.view, params: &[], returns: Returns::Rows(listing.columns), origin: crate::Origin::Romsoft };
    let set = sets.into_iter().next();
    let total = match set.as_ref().and_then(|s| s.position(listing.total).and_then(|i| s.rows.first().and_then(|r| r.get(i)))) {
        Some(c) => match decode_cell(SqlType::BigInt, c).map_err(|e| decode_err(&probe, listing.total, e))? {
            Value::Int(n) => n,
            _ => 0,
        },
        None => 0,
    };
    Ok(Page { rows: decode_rows(&probe, listing.columns, set)?, total })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry;
    use std::borrow::Cow;
    use tiberius::{
        IntoSql,
        numeric::Numeric,
        time::{Date, DateTime as TdsDateTime, SmallDateTime},
    };

    fn text(s: &str) -> ColumnData<'static> {
        ColumnData::String(Some(Cow::Owned(s.to_string())))
    }

    fn dt(y: i32, m: u32, d: u32, h: u32, mi: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, mi, s).unwrap()
    }

    #[test]
    fn integers_from_any_integral_type() {
        for cell in
            [ColumnData::U8(Some(7)), ColumnData::I16(Some(7)), ColumnData::I32(Some(7)), ColumnData::I64(Some(7))]
        {
            assert_eq!(decode_cell(SqlType::Int, &cell), Ok(Value::Int(7)), "{cell:?}");
        }
        assert_eq!(decode_cell(SqlType::Int, &ColumnData::Bit(Some(true))), Ok(Value::Int(1)));
        assert_eq!(
            decode_cell(SqlType::Int, &ColumnData::Numeric(Some(Numeric::new_with_scale(12, 0)))),
            Ok(Value::Int(12))
        );
        assert!(decode_cell(SqlType::Int, &ColumnData::Numeric(Some(Numeric::new_with_scale(125, 1)))).is_err());
        assert_eq!(decode_cell(SqlType::Int, &ColumnData::I64(Some(5_000_000_000))), Ok(Value::Int(5_000_000_000)));
    }

    #[test]
    fn texts_from_strings_and_legacy_int_columns() {
        assert_eq!(decode_cell(SqlType::Text, &text("PEÑA Ángel")), Ok(Value::from("PEÑA Ángel")));
        assert_eq!(decode_cell(SqlType::Text, &ColumnData::I32(Some(1024))), Ok(Value::from("1024")));
        assert_eq!(decode_cell(SqlType::Text, &ColumnData::I16(Some(3))), Ok(Value::from("3")));
        assert!(decode_cell(SqlType::Text, &ColumnData::F64(Some(1.5))).is_err());
    }

    #[test]
    fn datetimes_from_every_date_type() {
        let d = dt(2021, 9, 5, 10, 11, 12);
        let dt2: ColumnData<'static> = d.into_sql();
        assert!(matches!(dt2, ColumnData::DateTime2(Some(_))));
        assert_eq!(decode_cell(SqlType::DateTime, &dt2), Ok(Value::DateTime(d)));
        // Legacy DATETIME: days after 1900-01-01 and ticks of 1/300 s; .123 s is stored as 37 ticks
        // and must read back as .123 (as .NET does), not .1233333.
        let days = (d.date() - NaiveDate::from_ymd_opt(1900, 1, 1).unwrap()).num_days() as i32;
        let ticks = ((10 * 3600 + 11 * 60 + 12) * 300 + 37) as u32;
        let got = decode_cell(SqlType::DateTime, &ColumnData::DateTime(Some(TdsDateTime::new(days, ticks)))).unwrap();
        assert_eq!(got, Value::DateTime(d + TimeDelta::milliseconds(123)));
        let last =
            decode_cell(SqlType::DateTime, &ColumnData::DateTime(Some(TdsDateTime::new(days, 25_919_999)))).unwrap();
        assert_eq!(last, Value::DateTime(dt(2021, 9, 5, 23, 59, 59) + TimeDelta::milliseconds(997)));
        let small = ColumnData::SmallDateTime(Some(SmallDateTime::new(days as u16, 10 * 60 + 11)));
        assert_eq!(decode_cell(SqlType::DateTime, &small), Ok(Value::DateTime(dt(2021, 9, 5, 10, 11, 0))));
        let days1 = (d.date() - NaiveDate::from_ymd_opt(1, 1, 1).unwrap()).num_days() as u32;
        let date = ColumnData::Date(Some(Date::new(days1)));
        assert_eq!(decode_cell(SqlType::DateTime, &date), Ok(Value::DateTime(dt(2021, 9, 5, 0, 0, 0))));
        assert!(decode_cell(SqlType::DateTime, &text("2021-09-05")).is_err());
    }

    #[test]
    fn decimals_keep_their_scale() {
        let d = |v: i128, s: u8| decode_cell(SqlType::Decimal, &ColumnData::Numeric(Some(Numeric::new_with_scale(v, s))));
        match d(1250, 2) {
            Ok(Value::Decimal(x)) => assert_eq!(x.to_string(), "12.50"),
            other => panic!("{other:?}"),
        }
        match d(0, 1) {
            Ok(Value::Decimal(x)) => assert_eq!(x.to_string(), "0.0"),
            other => panic!("{other:?}"),
        }
        assert_eq!(decode_cell(SqlType::Decimal, &ColumnData::I32(Some(3))), Ok(Value::Decimal(3.into())));
        assert_eq!(decode_cell(SqlType::Decimal, &ColumnData::Numeric(None)), Ok(Value::Null));
        assert!(decode_cell(SqlType::Decimal, &ColumnData::Bit(Some(true))).is_err());
    }

    #[test]
    fn bits_and_nulls() {
        assert_eq!(decode_cell(SqlType::Bit, &ColumnData::Bit(Some(true))), Ok(Value::Bool(true)));
        assert_eq!(decode_cell(SqlType::Bit, &ColumnData::I32(Some(0))), Ok(Value::Bool(false)));
        for ty in [SqlType::Int, SqlType::Text, SqlType::DateTime, SqlType::Bit] {
            for cell in
                [ColumnData::I32(None), ColumnData::String(None), ColumnData::DateTime2(None), ColumnData::Bit(None)]
            {
                assert_eq!(decode_cell(ty, &cell), Ok(Value::Null));
            }
        }
    }

    #[test]
    fn wrong_types_are_errors_that_say_what_came() {
        let e = decode_cell(SqlType::Int, &text("12")).unwrap_err();
        assert!(e.contains("entero") && e.contains("texto"), "{e}");
        let e = decode_cell(SqlType::DateTime, &ColumnData::I32(Some(1))).unwrap_err();
        assert!(e.contains("INT"), "{e}");
        assert!(decode_cell(SqlType::Text, &ColumnData::Bit(Some(true))).is_err());
    }

    fn set(columns: &[&str], rows: Vec<Vec<ColumnData<'static>>>) -> ResultSet {
        ResultSet { columns: columns.iter().map(|c| c.to_string()).collect(), rows }
    }

    #[test]
    fn rows_are_read_by_name_in_registry_order() {
        // Columns arrive in another order, one of them in another case, plus an extra one.
        let sets = vec![
            set(
                &["rol", "extra", "ID_ROL"],
                vec![
                    vec![text("Administración"), ColumnData::I32(Some(9)), ColumnData::U8(Some(1))],
                    vec![ColumnData::String(None), ColumnData::I32(None), ColumnData::I16(Some(2))],
                ],
            ),
            set(&["ignored"], vec![vec![ColumnData::I32(Some(1))]]),
        ];
        let out = map_output(&registry::SEG_ROL_GET_ALL_ACTIVES, sets).unwrap();
        assert_eq!(
            out,
            Output::Rows(vec![
                Row(vec![Value::Int(1), Value::from("Administración")]),
                Row(vec![Value::Int(2), Value::Null]),
            ])
        );
        assert_eq!(map_output(&registry::SEG_ROL_GET_ALL_ACTIVES, vec![]).unwrap(), Output::Rows(vec![]));
        assert_eq!(
            map_output(&registry::SEG_ROL_GET_ALL_ACTIVES, vec![set(&[], vec![])]).unwrap(),
            Output::Rows(vec![])
        );
    }

    #[test]
    fn missing_or_mistyped_columns_name_the_column() {
        let e = map_output(
            &registry::SEG_ROL_GET_ALL_ACTIVES,
            vec![set(&["Id_rol"], vec![vec![ColumnData::I32(Some(1))]])],
        )
        .unwrap_err();
        match e {
            DbError::Decode { procedure, column, .. } => {
                assert_eq!(procedure, "Romsoft.p_SEG_ROL_GetAllActives");
                assert_eq!(column, "rol");
            }
            other => panic!("{other:?}"),
        }
        let e = map_output(
            &registry::SEG_ROL_GET_ALL_ACTIVES,
            vec![set(&["Id_rol", "rol"], vec![vec![text("uno"), text("x")]])],
        )
        .unwrap_err();
        assert!(matches!(&e, DbError::Decode { column, .. } if column == "Id_rol"), "{e:?}");
    }

    #[test]
    fn exists_flag() {
        let p = &registry::SEG_USUARIO_VERIFY_EXISTS;
        assert_eq!(
            map_output(p, vec![set(&[""], vec![vec![ColumnData::I32(Some(1))]])]).unwrap(),
            Output::Exists(true)
        );
        assert_eq!(
            map_output(p, vec![set(&["x"], vec![vec![ColumnData::Bit(Some(false))]])]).unwrap(),
            Output::Exists(false)
        );
        assert_eq!(map_output(p, vec![set(&["x"], vec![])]).unwrap(), Output::Exists(false));
        assert_eq!(map_output(p, vec![]).unwrap(), Output::Exists(false));
        assert_eq!(map_output(p, vec![set(&["x"], vec![vec![ColumnData::I32(None)]])]).unwrap(), Output::Exists(false));
    }

    #[test]
    fn response_comes_from_the_last_set() {
        let p = &registry::SEG_USUARIO_INSERT;
        let sets = vec![
            set(&["Response"], vec![vec![ColumnData::I32(Some(99))]]),
            set(&["Response"], vec![vec![ColumnData::I32(Some(15))]]),
        ];
        assert_eq!(map_output(p, sets).unwrap(), Output::Response(15));
        let null = vec![set(&["Response"], vec![vec![ColumnData::I32(None)]])];
        assert_eq!(map_output(p, null).unwrap(), Output::Response(0));
        let e = map_output(p, vec![]).unwrap_err();
        assert!(matches!(&e, DbError::Decode { column, .. } if column == "Response"), "{e:?}");
        let e = map_output(p, vec![set(&["Otro"], vec![vec![ColumnData::I32(Some(1))]])]).unwrap_err();
        assert!(matches!(&e, DbError::Decode { column, .. } if column == "Response"), "{e:?}");
    }
}
