//! The `EXEC` batch sent for a procedure and the binding of its arguments.
//!
//! Values are never written into the SQL text: the batch names `@P1 … @Pn` and every value is
//! bound as a typed RPC parameter (`sp_executesql`).

use std::borrow::Cow;

use chrono::NaiveDateTime;
use tiberius::{ColumnData, IntoSql, ToSql};

use crate::{DbError, Param, Procedure, Returns, SqlType, Value};

/// The batch that calls `proc` with its arguments bound as `@P1 … @Pn` in registry order.
///
/// * rows / exists: `EXEC Romsoft.p_X @a = @P1, @b = @P2;`
/// * response: `DECLARE @Response INT; EXEC Romsoft.p_X @a = @P1, @Response = @Response OUTPUT; SELECT @Response AS Response;`
///
/// tiberius has no output-parameter API, hence the `DECLARE … SELECT` around the call.
pub(crate) fn exec_batch(proc: &Procedure) -> String {
    let mut args: Vec<String> =
        proc.params.iter().enumerate().map(|(i, p)| format!("{} = @P{}", p.name, i + 1)).collect();
    let response = matches!(proc.returns, Returns::Response);
    if response {
        args.push("@Response = @Response OUTPUT".into());
    }
    let call = if args.is_empty() {
        format!("EXEC {};", proc.name)
    } else {
        format!("EXEC {} {};", proc.name, args.join(", "))
    };
    if response { format!("DECLARE @Response INT; {call} SELECT @Response AS Response;") } else { call }
}

/// One bound parameter. NULLs keep the type of the declared parameter so that SQL Server sees
/// `NVARCHAR`, `INT`, `DATETIME2` or `BIT` rather than an untyped NULL.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SqlArg {
    Int(i32),
    BigInt(i64),
    /// Sent as `NVARCHAR`, so `Ñ`, `á` … round-trip whatever the column collation.
    Text(String),
    DateTime(NaiveDateTime),
    Bit(bool),
    NullInt,
    NullText,
    NullDateTime,
    NullBit,
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
            SqlArg::NullInt => ColumnData::I32(None),
            SqlArg::NullText => ColumnData::String(None),
            SqlArg::NullDateTime => Option::<NaiveDateTime>::None.into_sql(),
            SqlArg::NullBit => ColumnData::Bit(None),
        }
    }
}

/// Turns one argument into the parameter bound for `param` (Int → `INT` when it fits, else
/// `BIGINT`; Text → `NVARCHAR`; DateTime → `DATETIME2`; Bool → `BIT`; Null → a NULL of the
/// parameter's type). Errors name the procedure and the parameter, never the value.
pub(crate) fn bind_arg(proc: &Procedure, param: &Param, value: Value) -> Result<SqlArg, DbError> {
    Ok(match (param.ty, value) {
        (SqlType::Int, Value::Null) => SqlArg::NullInt,
        (SqlType::Text, Value::Null) => SqlArg::NullText,
        (SqlType::DateTime, Value::Null) => SqlArg::NullDateTime,
        (SqlType::Bit, Value::Null) => SqlArg::NullBit,
        (SqlType::Int, Value::Int(v)) => i32::try_from(v).map_or(SqlArg::BigInt(v), SqlArg::Int),
        (SqlType::Int, Value::Bool(b)) => SqlArg::Int(b.into()),
        (SqlType::Bit, Value::Bool(b)) => SqlArg::Bit(b),
        (SqlType::Bit, Value::Int(v)) => SqlArg::Bit(v != 0),
        (SqlType::Text, Value::Text(s)) => SqlArg::Text(s),
        (SqlType::DateTime, Value::DateTime(d)) => SqlArg::DateTime(d),
        (ty, v) => {
            let got = match v {
                Value::Null => "NULL",
                Value::Int(_) => "un entero",
                Value::Bool(_) => "un booleano",
                Value::Text(_) => "un texto",
                Value::DateTime(_) => "una fecha",
            };
            return Err(DbError::Arguments {
                procedure: proc.name,
                cause: format!("{} es {ty:?} y recibió {got}", param.name),
            });
        }
    })
}

/// Binds all arguments in registry order.
pub(crate) fn bind_args(proc: &Procedure, args: Vec<Value>) -> Result<Vec<SqlArg>, DbError> {
    if args.len() != proc.params.len() {
        return Err(DbError::Arguments {
            procedure: proc.name,
            cause: format!("se esperaban {} valores y llegaron {}", proc.params.len(), args.len()),
        });
    }
    proc.params.iter().zip(args).map(|(p, v)| bind_arg(proc, p, v)).collect()
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
            for i in 1..=p.params.len() {
                assert_eq!(b.matches(&format!("@P{i},")).count() + b.matches(&format!("@P{i};")).count(), 1, "{b}");
            }
            assert!(!b.contains(&format!("@P{}", p.params.len() + 1)), "{b}");
        }
    }

    fn param(ty: SqlType) -> Param {
        Param { name: "@x", ty, field: "x", transform: registry::Transform::None }
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
            bind_args(&registry::SEG_USUARIO_VERIFY_EXISTS, vec![Value::from("x")]).unwrap(),
            vec![SqlArg::Text("x".into())]
        );
    }
}
