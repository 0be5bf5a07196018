//! `romsoft doctor` on SQL Server: reads the catalog (`sys.procedures`, `sys.parameters`,
//! `sys.types`, `sys.table_types`, `sys.views`, `sys.indexes`, `sys.partitions`) and
//! `Romsoft.SCHEMA_VERSION` into a [`Catalog`]; the comparison is
//! [`crate::doctor::compare_mssql`]. Constant queries only: nothing is bound or written.
//!
//! SQL Server shows a login only the objects it has some permission on: run it with the
//! API's login (or one with `VIEW DEFINITION` on the database).

use tiberius::ColumnData;

use crate::{
    DbError, SqlType, Value,
    doctor::{Catalog, CatalogObject, CatalogParam, CatalogProc},
};

use super::{MssqlDb, decode::decode_cell, describe_tds_error};

const PROCEDURES: &str = "SELECT s.name + N'.' + p.name AS procedimiento, pa.name AS parametro, \
     TYPE_NAME(pa.system_type_id) AS tipo, \
     CASE WHEN t.is_table_type = 1 THEN SCHEMA_NAME(t.schema_id) + N'.' + t.name END AS tipo_tabla, \
     CAST(pa.max_length AS INT) AS longitud, CAST(pa.is_output AS INT) AS salida \
     FROM sys.procedures AS p \
     JOIN sys.schemas AS s ON s.schema_id = p.schema_id \
     LEFT JOIN sys.parameters AS pa ON pa.object_id = p.object_id \
     LEFT JOIN sys.types AS t ON t.user_type_id = pa.user_type_id \
     ORDER BY s.name, p.name, pa.parameter_id;";

const TABLE_TYPES: &str = "SELECT SCHEMA_NAME(tt.schema_id) + N'.' + tt.name AS tipo, c.name AS columna \
     FROM sys.table_types AS tt \
     LEFT JOIN sys.columns AS c ON c.object_id = tt.type_table_object_id \
     ORDER BY tt.schema_id, tt.name, c.column_id;";

const VIEWS: &str = "SELECT SCHEMA_NAME(v.schema_id) + N'.' + v.name AS vista, c.name AS columna \
     FROM sys.views AS v \
     LEFT JOIN sys.columns AS c ON c.object_id = v.object_id \
     ORDER BY v.schema_id, v.name, c.column_id;";

const INDEXES: &str = "SELECT t.name AS tabla, i.name AS indice \
     FROM sys.indexes AS i JOIN sys.tables AS t ON t.object_id = i.object_id \
     WHERE i.name IS NOT NULL AND SCHEMA_NAME(t.schema_id) = N'Romsoft';";

/// Procedures SQL Server cannot describe (temporary tables, dynamic SQL) report an error row
/// instead of columns; those rows are left out.
const RESULT_COLUMNS: &str = "SELECT s.name + N'.' + p.name AS procedimiento, r.name AS columna \
     FROM sys.procedures AS p \
     JOIN sys.schemas AS s ON s.schema_id = p.schema_id \
     CROSS APPLY sys.dm_exec_describe_first_result_set_for_object(p.object_id, 0) AS r \
     WHERE s.name = N'Romsoft' AND r.error_number IS NULL AND r.name IS NOT NULL \
     ORDER BY s.name, p.name, r.column_ordinal;";

const ROW_COUNTS: &str = "SELECT t.name AS tabla, CAST(SUM(p.rows) AS BIGINT) AS filas \
     FROM sys.tables AS t JOIN sys.partitions AS p ON p.object_id = t.object_id AND p.index_id IN (0, 1) \
     WHERE SCHEMA_NAME(t.schema_id) = N'Romsoft' GROUP BY t.name;";

/// Reads the catalog; `progress` hears each step (the server may be far away).
pub async fn catalog(db: &MssqlDb, progress: &mut dyn FnMut(&str)) -> Result<Catalog, DbError> {
    progress("leyendo versión de esquema (Romsoft.SCHEMA_VERSION)…");
    let schema_version = match db.schema_version().await {
        Ok(v) => Some(v),
        Err(DbError::SchemaVersion { .. }) => None,
        Err(e) => return Err(e),
    };
    progress("leyendo procedimientos y parámetros (sys.procedures, sys.parameters)…");
    let procedures = group_procedures(rows(db, "sys.procedures", PROCEDURES, &[T, T, T, T, I, I]).await?);
    progress("leyendo tipos de tabla (sys.table_types)…");
    let table_types = group_objects(rows(db, "sys.table_types", TABLE_TYPES, &[T, T]).await?);
    progress("leyendo vistas (sys.views)…");
    let views = group_objects(rows(db, "sys.views", VIEWS, &[T, T]).await?);
    progress("leyendo índices y filas (sys.indexes, sys.partitions)…");
    let indexes = rows(db, "sys.indexes", INDEXES, &[T, T]).await?.into_iter().filter_map(|r| Some((text(&r[0])?, text(&r[1])?))).collect();
    let row_counts = rows(db, "sys.partitions", ROW_COUNTS, &[T, I])
        .await?
        .into_iter()
        .filter_map(|r| Some((text(&r[0])?, int(&r[1]).unwrap_or(0))))
        .collect();
    progress("leyendo columnas de resultado (sys.dm_exec_describe_first_result_set_for_object)…");
    // An old server or a login without the rights to describe leaves the columns unchecked.
    let result_columns = match rows(db, "sys.dm_exec_describe_first_result_set_for_object", RESULT_COLUMNS, &[T, T]).await {
        Ok(r) => group_objects(r),
        Err(e) => {
            progress(&format!("no se comprobarán las columnas de resultado: {e}"));
            Vec::new()
        }
    };
    Ok(Catalog { schema_version, procedures, table_types, views, indexes, row_counts, result_columns })
}

const T: SqlType = SqlType::Text;
const I: SqlType = SqlType::Int;

/// Runs one constant catalog query and decodes its cells by position.
async fn rows(db: &MssqlDb, what: &'static str, sql: &str, types: &[SqlType]) -> Result<Vec<Vec<Value>>, DbError> {
    let sets = db
        .run(what, sql.to_owned(), Vec::new())
        .await?
        .map_err(|e| DbError::Procedure { procedure: what, cause: describe_tds_error(&e) })?;
    let Some(set) = sets.into_iter().next() else { return Ok(Vec::new()) };
    set.rows.iter().map(|cells| decode_row(what, cells, types)).collect()
}

fn decode_row(what: &'static str, cells: &[ColumnData<'static>], types: &[SqlType]) -> Result<Vec<Value>, DbError> {
    types
        .iter()
        .enumerate()
        .map(|(i, ty)| match cells.get(i) {
            Some(c) => decode_cell(*ty, c).map_err(|cause| DbError::Decode { procedure: what, column: i.to_string(), cause }),
            None => Ok(Value::Null),
        })
        .collect()
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Text(s) => Some(s.clone()),
        _ => None,
    }
}

fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        _ => None,
    }
}

/// `(procedure, parameter, base type, table type, max_length, is_output)` rows, ordered by
/// procedure, into procedures with their parameters (a procedure without any has one row of
/// NULLs).
pub(crate) fn group_procedures(rows: Vec<Vec<Value>>) -> Vec<CatalogProc> {
    let mut out: Vec<CatalogProc> = Vec::new();
    for r in rows {
        let Some(name) = r.first().and_then(text) else { continue };
        if out.last().is_none_or(|p| p.name != name) {
            out.push(CatalogProc { name, params: Vec::new() });
        }
        let Some(param) = r.get(1).and_then(text) else { continue };
        let p = CatalogParam {
            name: param,
            base_type: r.get(2).and_then(text).unwrap_or_default().to_ascii_lowercase(),
            table_type: r.get(3).and_then(text),
            max_length: r.get(4).and_then(int).unwrap_or(-1),
            is_output: r.get(5).and_then(int).is_some_and(|n| n != 0),
        };
        if let Some(last) = out.last_mut() {
            last.params.push(p);
        }
    }
    out
}

/// `(object, column)` rows, ordered by object, into objects with their columns.
pub(crate) fn group_objects(rows: Vec<Vec<Value>>) -> Vec<CatalogObject> {
    let mut out: Vec<CatalogObject> = Vec::new();
    for r in rows {
        let Some(name) = r.first().and_then(text) else { continue };
        if out.last().is_none_or(|o| o.name != name) {
            out.push(CatalogObject { name, columns: Vec::new() });
        }
        if let (Some(col), Some(last)) = (r.get(1).and_then(text), out.last_mut()) {
            last.columns.push(col);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn catalog_rows_are_grouped_by_object() {
        let rows = vec![
            vec![t("Romsoft.p_A"), Value::Null, Value::Null, Value::Null, Value::Null, Value::Null],
            vec![t("Romsoft.p_B"), t("@id"), t("INT"), Value::Null, Value::Int(4), Value::Int(0)],
            vec![t("Romsoft.p_B"), t("@Response"), t("int"), Value::Null, Value::Int(4), Value::Int(1)],
            vec![t("Romsoft.p_C"), t("@lineas"), t("table type"), t("Romsoft.LINEA_TYPE"), Value::Int(-1), Value::Int(0)],
        ];
        let p = group_procedures(rows);
        assert_eq!(p.len(), 3);
        assert!(p[0].params.is_empty());
        assert_eq!(p[1].params.len(), 2);
        assert_eq!(p[1].params[0], CatalogParam { name: "@id".into(), base_type: "int".into(), table_type: None, max_length: 4, is_output: false });
        assert!(p[1].params[1].is_output);
        assert_eq!(p[2].params[0].table_type.as_deref(), Some("Romsoft.LINEA_TYPE"));

        let o = group_objects(vec![vec![t("Romsoft.T"), t("a")], vec![t("Romsoft.T"), t("b")], vec![t("Romsoft.V"), Value::Null]]);
        assert_eq!(o, vec![
            CatalogObject { name: "Romsoft.T".into(), columns: vec!["a".into(), "b".into()] },
            CatalogObject { name: "Romsoft.V".into(), columns: vec![] },
        ]);
    }

    #[test]
    fn catalog_queries_bind_nothing_and_name_their_catalog_views() {
        for (q, view) in [(PROCEDURES, "sys.parameters"), (TABLE_TYPES, "sys.table_types"), (VIEWS, "sys.views"), (INDEXES, "sys.indexes"), (ROW_COUNTS, "sys.partitions"), (RESULT_COLUMNS, "dm_exec_describe_first_result_set")] {
            assert!(q.contains(view), "{q}");
            assert!(!q.contains("@P"), "{q}");
        }
    }
}
