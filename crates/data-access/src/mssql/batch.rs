//! The `EXEC` batch sent for a procedure and the binding of its arguments.
//!
//! Values are never written into the SQL text: the batch names `@P1 … @Pn` and every value is
//! bound as a typed RPC parameter (`sp_executesql`).

use std::borrow::Cow;

use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use tiberius::{ColumnData, IntoSql, ToSql, numeric::Numeric};

use crate::{DbError, Param, Procedure, Returns, SqlType, Value};

/// SQL Server accepts at most 2100 parameters in one request.
const MAX_PARAMS: usize = 2_100;

/// The batch that calls `proc` with its arguments bound as `@P1 … @Pn` in registry order.
///
/// * rows / exists: `EXEC Romsoft.p_X @a = @P1, @b = @P2;`
/// * response: `DECLARE @Response INT; EXEC Romsoft.p_X @a = @P1, @Response = @Response OUTPUT; SELECT @Response AS Response;`
/// * response + message: also `DECLARE @Response_t NVARCHAR(100)`, passed `OUTPUT` and selected.
///
/// tiberius has no output-parameter API, hence the `DECLARE … SELECT` around the call.
#[cfg(test)]
pub(crate) fn exec_batch(proc: &Procedure) -> String {
    exec_batch_rows(proc, &[])
}

/// [`exec_batch`] for a procedure with table-valued parameters, given the number of rows of
/// each (in parameter order). tiberius cannot send a TVP, so the batch declares a variable of
/// the table type, fills it with `INSERT … VALUES` from bound parameters and passes it:
/// `DECLARE @tvp_x Romsoft.T; INSERT INTO @tvp_x (a, b) VALUES (@P2, @P3), (@P4, @P5); EXEC … @x = @tvp_x`.
/// Parameters are numbered in registry order, a table's cells row by row where it stands.
pub(crate) fn exec_batch_rows(proc: &Procedure, table_rows: &[usize]) -> String {
    let mut n = 0;
    let mut next = || {
        n += 1;
        format!("@P{n}")
    };
    let mut pre = String::new();
    let mut args = Vec::new();
    let mut tables = table_rows.iter();
    for p in proc.params {
        match p.ty {
            SqlType::Table(t) => {
                let var = format!("@tvp_{}", p.bare_name());
                pre.push_str(&format!("DECLARE {var} {}; ", t.name));
                let rows = tables.next().copied().unwrap_or(0);
                if rows > 0 {
                    let cols: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
                    let values: Vec<String> = (0..rows)
                        .map(|_| format!("({})", t.columns.iter().map(|_| next()).collect::<Vec<_>>().join(", ")))
                        .collect();
                    pre.push_str(&format!("INSERT INTO {var} ({}) VALUES {}; ", cols.join(", "), values.join(", ")));
                }
                args.push(format!("{} = {var}", p.name));
            }
            _ => args.push(format!("{} = {}", p.name, next())),
        }
    }
    let (declare, select) = match proc.returns {
        Returns::Response => {
            args.push("@Response = @Response OUTPUT".into());
            ("DECLARE @Response INT; ".to_string(), " SELECT @Response AS Response;".to_string())
        }
        Returns::ResponseMessage(m) => {
            args.push("@Response = @Response OUTPUT".into());
            args.push(format!("{m} = {m} OUTPUT"));
            let bare = m.trim_start_matches('@');
            (format!("DECLARE @Response INT; DECLARE {m} NVARCHAR(100); "), format!(" SELECT @Response AS Response, {m} AS {bare};"))
        }
        _ => (String::new(), String::new()),
    };
    let call = if args.is_empty() { format!("EXEC {};", proc.name) } else { format!("EXEC {} {};", proc.name, args.join(", ")) };
    format!("{declare}{pre}{call}{select}")
}

/// One bound parameter. NULLs keep the type of the declared parameter so that SQL Server sees
/// `NVARCHAR`, `INT`, `DATETIME2`, `DECIMAL` or `BIT` rather than an untyped NULL.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SqlArg {
    Int(i32),
    BigInt(i64),
    /// Sent as `NVARCHAR`, so `Ñ`, `á` … round-trip whatever the column collation.
    Text(String),
    DateTime(NaiveDateTime),
    Bit(bool),
    /// Sent as `DECIMAL(p, s)` with the value's own scale: exact.
    Decimal(Numeric),
    NullInt,
    NullBigInt,
    NullText,
    NullDateTime,
    NullBit,
    NullDecimal,
}

impl ToSql for SqlArg {
    fn to_sql(&self) -> ColumnData<'_> {
        match self {
            SqlArg::Text(s) => ColumnData::String(Some(Cow::Borrowed(s.as_str()))),
            SqlArg::DateTime(d) => d.to_sql(),
            other => other.clone().into_sql(),
        }
    }
}

impl<'a> IntoSql<'a> for SqlArg {
    fn into_sql(self) -> ColumnData<'a> {
        match self {
            SqlArg::Int(v) => ColumnData::I32(Some(v)),
            SqlArg::BigInt(v) => ColumnData::I64(Some(v)),
            SqlArg::Text(s) => ColumnData::String(Some(Cow::Owned(s))),
            SqlArg::DateTime(d) => d.into_sql(),
            SqlArg::Bit(b) => ColumnData::Bit(Some(b)),
            SqlArg::Decimal(n) => ColumnData::Numeric(Some(n)),
            SqlArg::NullInt => ColumnData::I32(None),
            SqlArg::NullBigInt => ColumnData::I64(None),
            SqlArg::NullText => ColumnData::String(None),
            SqlArg::NullDateTime => Option::<NaiveDateTime>::None.into_sql(),
            SqlArg::NullBit => ColumnData::Bit(None),
            SqlArg::NullDecimal => ColumnData::Numeric(None),
        }
    }
}

/// The exact SQL Server form of a decimal (its mantissa and scale, no rounding).
pub(crate) fn numeric(d: Decimal) -> Numeric {
    Numeric::new_with_scale(d.mantissa(), d.scale() as u8)
}

/// A value bound by its own kind (the statements of a listing, where no parameter is declared).
pub(crate) fn arg_of(v: Value) -> SqlArg {
    match v {
        Value::Null | Value::Table(_) => SqlArg::NullText,
        Value::Int(i) => i32::try_from(i).map_or(SqlArg::BigInt(i), SqlArg::Int),
        Value::Bool(b) => SqlArg::Bit(b),
        Value::Text(s) => SqlArg::Text(s),
        Value::DateTime(d) => SqlArg::DateTime(d),
        Value::Decimal(d) => SqlArg::Decimal(numeric(d)),
    }
}

/// Turns one argument into the parameter bound for `param` (Int → `INT` when it fits, else
/// `BIGINT`; Text → `NVARCHAR`; DateTime → `DATETIME2`; Bool → `BIT`; Decimal → `DECIMAL`;
/// Null → a NULL of the parameter's type). Errors name the procedure and the parameter, never
/// the value.
pub(crate) fn bind_arg(proc: &Procedure, param: &Param, value: Value) -> Result<SqlArg, DbError> {
    Ok(match (param.ty, value) {
        (SqlType::Int, Value::Null) => SqlArg::NullInt,
        (SqlType::BigInt, Value::Null) => SqlArg::NullBigInt,
        (SqlType::Text, Value::Null) => SqlArg::NullText,
        (SqlType::DateTime, Value::Null) => SqlArg::NullDateTime,
        (SqlType::Bit, Value::Null) => SqlArg::NullBit,
        (SqlType::Decimal, Value::Null) => SqlArg::NullDecimal,
        (SqlType::Int, Value::Int(v)) => i32::try_from(v).map_or(SqlArg::BigInt(v), SqlArg::Int),
        (SqlType::BigInt, Value::Int(v)) => SqlArg::BigInt(v),
        (SqlType::Int | SqlType::BigInt, Value::Bool(b)) => SqlArg::Int(b.into()),
        (SqlType::Bit, Value::Bool(b)) => SqlArg::Bit(b),
        (SqlType::Bit, Value::Int(v)) => SqlArg::Bit(v != 0),
        (SqlType::Text, Value::Text(s)) => SqlArg::Text(s),
        (SqlType::DateTime, Value::DateTime(d)) => SqlArg::DateTime(d),
        (SqlType::Decimal, Value::Decimal(d)) => SqlArg::Decimal(numeric(d)),
        (SqlType::Decimal, Value::Int(i)) => SqlArg::Decimal(numeric(i.into())),
        (ty, v) => {
            return Err(DbError::Arguments {
                procedure: proc.name,
                cause: format!("{} es {ty:?} y recibió {}", param.name, v.kind()),
            });
        }
    })
}

/// Binds all arguments in the batch's numbering (see [`exec_batch_rows`]); returns them with
/// the row count of each table-valued parameter.
pub(crate) fn bind_args(proc: &Procedure, args: Vec<Value>) -> Result<(Vec<SqlArg>, Vec<usize>), DbError> {
    if args.len() != proc.params.len() {
        return Err(DbError::Arguments {
            procedure: proc.name,
            cause: format!("se esperaban {} valores y llegaron {}", proc.params.len(), args.len()),
        });
    }
    let mut out = Vec::new();
    let mut rows = Vec::new();
    for (p, v) in proc.params.iter().zip(args) {
        match (p.ty, v) {
            (SqlType::Table(t), Value::Table(items)) => {
                rows.push(items.len());
                for item in items {
                    if item.len() != t.columns.len() {
                        return Err(DbError::Arguments { procedure: proc.name, cause: format!("{}: fila de {} celdas", p.name, item.len()) });
                    }
                    for (c, cell) in t.columns.iter().zip(item) {
                        let col = Param { name: c.name, ty: c.ty, source: crate::Source::Constant(""), transform: crate::Transform::None, max_len: None };
                        let cell = cell.coerce(c.ty).map_err(|k| DbError::Arguments {
                            procedure: proc.name,
                            cause: format!("{}.{} es {:?} y recibió {k}", p.name, c.name, c.ty),
                        })?;
                        out.push(bind_arg(proc, &col, cell)?);
                    }
                }
            }
            (SqlType::Table(_), _) => rows.push(0),
            (_, v) => out.push(bind_arg(proc, p, v)?),
        }
    }
    if out.len() > MAX_PARAMS {
        return Err(DbError::Arguments {
            procedure: proc.name,
            cause: format!("{} valores superan el máximo de {MAX_PARAMS} de SQL Server en una llamada; envíe menos filas", out.len()),
        });
    }
    Ok((out, rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::{self, Origin};
    use chrono::NaiveDate;

    #[test]
    fn batch_for_a_rows_procedure() {
        assert_eq!(
            exec_batch(&registry::SEG_USUARIO_GET_ALL),
            "EXEC Romsoft.p_SEG_USUARIO_GetAll @WhereFilters = @P1, @OrderBy = @P2, @Start = @P3, @Rows = @P4;"
        );
        assert_eq!(
            exec_batch(&registry::SEG_USUARIO_VERIFY_EXISTS),
            "EXEC Romsoft.p_SEG_USUARIOVerifyExists @Username = @P1;"
        );
    }

    #[test]
    fn batch_for_a_response_procedure() {
        assert_eq!(
            exec_batch(&registry::SEG_USUARIO_INSERT),
            "DECLARE @Response INT; EXEC Romsoft.p_SEG_USUARIO_Insert @id_rol = @P1, @usuario = @P2, @clave = @P3, \
             @apellidos = @P4, @nombres = @P5, @nro_documento = @P6, @sexo = @P7, @email = @P8, @celular = @P9, \
             @estado = @P10, @usuario_registro = @P11, @fecha_registro = @P12, @Response = @Response OUTPUT; \
             SELECT @Response AS Response;"
        );
    }

    #[test]
    fn batch_without_parameters() {
        assert_eq!(exec_batch(&registry::SEG_ROL_GET_ALL_ACTIVES), "EXEC Romsoft.p_SEG_ROL_GetAllActives;");
        static NO_PARAMS_RESPONSE: Procedure =
            Procedure { name: "Romsoft.p_X", params: &[], returns: Returns::Response, origin: Origin::Romsoft };
        assert_eq!(
            exec_batch(&NO_PARAMS_RESPONSE),
            "DECLARE @Response INT; EXEC Romsoft.p_X @Response = @Response OUTPUT; SELECT @Response AS Response;"
        );
    }

    #[test]
    fn every_registered_batch_binds_each_parameter_once() {
        for p in registry::ALL {
            let b = exec_batch(p);
            // A table-valued parameter takes no placeholder of its own (its rows do).
            let scalars = p.params.iter().filter(|x| !matches!(x.ty, SqlType::Table(_))).count();
            for i in 1..=scalars {
                assert_eq!(b.matches(&format!("@P{i},")).count() + b.matches(&format!("@P{i};")).count(), 1, "{b}");
            }
            assert!(!b.contains(&format!("@P{}", scalars + 1)), "{b}");
        }
    }

    fn param(ty: SqlType) -> Param {
        Param { name: "@x", ty, source: registry::Source::Field("x"), transform: registry::Transform::None, max_len: None }
    }

    fn bound(ty: SqlType, v: Value) -> SqlArg {
        bind_arg(&registry::SEG_USUARIO_INSERT, &param(ty), v).unwrap()
    }

    #[test]
    fn nulls_are_typed() {
        assert!(matches!(bound(SqlType::Text, Value::Null).to_sql(), ColumnData::String(None)));
        assert!(matches!(bound(SqlType::Int, Value::Null).to_sql(), ColumnData::I32(None)));
        assert!(matches!(bound(SqlType::DateTime, Value::Null).to_sql(), ColumnData::DateTime2(None)));
        assert!(matches!(bound(SqlType::Bit, Value::Null).to_sql(), ColumnData::Bit(None)));
        assert!(matches!(bound(SqlType::Text, Value::Null).into_sql(), ColumnData::String(None)));
    }

    #[test]
    fn values_keep_their_types() {
        assert!(matches!(bound(SqlType::Int, Value::Int(42)).to_sql(), ColumnData::I32(Some(42))));
        assert!(matches!(
            bound(SqlType::Int, Value::Int(5_000_000_000)).to_sql(),
            ColumnData::I64(Some(5_000_000_000))
        ));
        assert!(matches!(bound(SqlType::Int, Value::Int(-7)).into_sql(), ColumnData::I32(Some(-7))));
        assert!(matches!(bound(SqlType::Bit, Value::Bool(true)).to_sql(), ColumnData::Bit(Some(true))));
        assert!(matches!(bound(SqlType::Bit, Value::Int(0)).to_sql(), ColumnData::Bit(Some(false))));
        match bound(SqlType::Text, Value::from("PEÑA Ángel")).into_sql() {
            ColumnData::String(Some(s)) => assert_eq!(s, "PEÑA Ángel"),
            other => panic!("{other:?}"),
        }
        let d = NaiveDate::from_ymd_opt(2021, 9, 5).unwrap().and_hms_opt(10, 11, 12).unwrap();
        match bound(SqlType::DateTime, Value::DateTime(d)).to_sql() {
            ColumnData::DateTime2(Some(v)) => {
                use tiberius::FromSql;
                assert_eq!(NaiveDateTime::from_sql(&ColumnData::DateTime2(Some(v))).unwrap(), Some(d));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn mismatches_are_argument_errors_without_the_value() {
        let e = bind_arg(&registry::SEG_USUARIO_INSERT, &param(SqlType::Int), Value::from("secreto")).unwrap_err();
        assert!(matches!(e, DbError::Arguments { .. }), "{e:?}");
        assert!(!e.to_string().contains("secreto"), "{e}");
        assert!(bind_args(&registry::SEG_USUARIO_VERIFY_EXISTS, vec![]).is_err());
        assert_eq!(
            bind_args(&registry::SEG_USUARIO_VERIFY_EXISTS, vec![Value::from("x")]).unwrap().0,
            vec![SqlArg::Text("x".into())]
        );
    }

    static LINE: crate::TableType = crate::TableType {
        name: "Romsoft.LINEA_TYPE",
        columns: &[
            crate::TableColumn { name: "codigo", ty: SqlType::Text, field: Some("codigo"), constant: None },
            crate::TableColumn { name: "precio", ty: SqlType::Decimal, field: Some("precio"), constant: None },
        ],
    };
    static WITH_TABLE: Procedure = Procedure {
        name: "Romsoft.p_X_Insert",
        params: &[
            Param { name: "@serie", ty: SqlType::Text, source: registry::Source::Field("serie"), transform: registry::Transform::None, max_len: None },
            Param { name: "@lineas", ty: SqlType::Table(&LINE), source: registry::Source::Field("lineas"), transform: registry::Transform::None, max_len: None },
            Param { name: "@id_user", ty: SqlType::Int, source: registry::Source::ActingUserId, transform: registry::Transform::None, max_len: None },
        ],
        returns: Returns::ResponseMessage("@Response_t"),
        origin: Origin::Romsoft,
    };

    #[test]
    fn table_valued_parameters_are_filled_from_bound_values_in_one_batch() {
        let price = |s: &str| Value::Decimal(s.parse().unwrap());
        let args = vec![
            Value::from("B001"),
            Value::Table(vec![vec![Value::from("A1"), price("12.50")], vec![Value::from("B2"), Value::from("0.10")]]),
            Value::Int(7),
        ];
        let (bound, rows) = bind_args(&WITH_TABLE, args).unwrap();
        assert_eq!(rows, vec![2]);
        assert_eq!(
            exec_batch_rows(&WITH_TABLE, &rows),
            "DECLARE @Response INT; DECLARE @Response_t NVARCHAR(100); DECLARE @tvp_lineas Romsoft.LINEA_TYPE; \
             INSERT INTO @tvp_lineas (codigo, precio) VALUES (@P2, @P3), (@P4, @P5); \
             EXEC Romsoft.p_X_Insert @serie = @P1, @lineas = @tvp_lineas, @id_user = @P6, @Response = @Response OUTPUT, \
             @Response_t = @Response_t OUTPUT; SELECT @Response AS Response, @Response_t AS Response_t;"
        );
        assert_eq!(bound.len(), 6);
        assert_eq!(bound[0], SqlArg::Text("B001".into()));
        // The decimal keeps its scale: 12.50 is mantissa 1250, scale 2; "0.10" was converted.
        match &bound[2] {
            SqlArg::Decimal(n) => assert_eq!((n.value(), n.scale()), (1250, 2)),
            other => panic!("{other:?}"),
        }
        match &bound[4] {
            SqlArg::Decimal(n) => assert_eq!((n.value(), n.scale()), (10, 2)),
            other => panic!("{other:?}"),
        }
        assert_eq!(bound[5], SqlArg::Int(7));
        // An empty list still declares the (empty) table variable.
        let (_, rows) = bind_args(&WITH_TABLE, vec![Value::Null, Value::Table(vec![]), Value::Int(1)]).unwrap();
        assert!(exec_batch_rows(&WITH_TABLE, &rows).contains("DECLARE @tvp_lineas Romsoft.LINEA_TYPE; EXEC"));
        // Too many rows for one request is an argument error, not a server error.
        let many = Value::Table((0..1100).map(|_| vec![Value::from("x"), price("1")]).collect());
        assert!(matches!(bind_args(&WITH_TABLE, vec![Value::Null, many, Value::Int(1)]), Err(DbError::Arguments { .. })));
    }
}
