//! The SQL Server side of the suite, through tiberius: create the test database, install
//! `sql/mssql/install_all.sql` batch by batch (twice: it must be re-runnable), add the rows
//! no action writes yet (an insurer's plan), and drop the database again when the guard goes,
//! even after a failure.

use std::{path::Path, time::Duration};

use tiberius::Client;
use tokio::net::TcpStream;
use tokio_util::compat::{Compat, TokioAsyncWriteCompatExt};

use crate::{sqlcmd, target};

type Tds = Client<Compat<TcpStream>>;

/// Upper bound for connecting and for one batch (the reference data batches are the longest).
const LIMIT: Duration = Duration::from_secs(300);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime")
}

async fn connect(conn: &str) -> Result<Tds, String> {
    let config = target::parse(conn)?.tiberius_config();
    let work = async {
        let tcp = TcpStream::connect(config.get_addr()).await.map_err(|e| format!("{}: {e}", config.get_addr()))?;
        tcp.set_nodelay(true).map_err(|e| e.to_string())?;
        Client::connect(config, tcp.compat_write()).await.map_err(|e| format!("SQL Server: {e}"))
    };
    tokio::time::timeout(LIMIT, work).await.map_err(|_| "SQL Server: sin respuesta al conectar".to_string())?
}

/// Runs `sql` as one batch and reads every result to the end.
async fn run(client: &mut Tds, sql: &str) -> Result<(), String> {
    let work = async { client.simple_query(sql).await?.into_results().await };
    match tokio::time::timeout(LIMIT, work).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("sin respuesta en {} s", LIMIT.as_secs())),
    }
}

/// Installs every batch of `script` in order, stopping at the first error (`:on error exit`).
async fn install(client: &mut Tds, script: &sqlcmd::Script, root: &Path) -> Result<(), String> {
    for b in &script.batches {
        run(client, &b.text).await.map_err(|e| format!("install_all.sql, lote de {}: {e}", b.origin(root)))?;
    }
    Ok(())
}

/// The insurer's side of a SITEDS authorization, as tests/e2e/autorizacion.rs sets it up on
/// SQLite: an EPS (guarantor), an employer, a payment category, the plan of IAFA 20001 for
/// product REG and its consultation benefit B01 (co-payment S/ 20.00 and 10 %). No action
/// writes CON_CONTACTO or CVN_PLAN_SEGURO yet. Re-runnable.
pub const PLAN_TSQL: &str = "
SET NOCOUNT ON;
DECLARE @eps INT = (SELECT id_tipo_contacto FROM Romsoft.CON_TIPO_CONTACTO WHERE c_codigo = N'EPS');
DECLARE @emp INT = (SELECT id_tipo_contacto FROM Romsoft.CON_TIPO_CONTACTO WHERE c_codigo = N'EMP');
IF NOT EXISTS (SELECT 1 FROM Romsoft.CON_CONTACTO WHERE c_codigo = N'20100047218' AND f_estado = 1)
    INSERT INTO Romsoft.CON_CONTACTO (id_tipo_contacto, c_codigo, t_razon_social, n_flag_garante)
    VALUES (@eps, N'20100047218', N'Pacífico EPS', 1);
IF NOT EXISTS (SELECT 1 FROM Romsoft.CON_CONTACTO WHERE c_codigo = N'20131312955' AND f_estado = 1)
    INSERT INTO Romsoft.CON_CONTACTO (id_tipo_contacto, c_codigo, t_razon_social, n_flag_contratante)
    VALUES (@emp, N'20131312955', N'Minera Norte SAC', 1);
IF NOT EXISTS (SELECT 1 FROM Romsoft.CVN_CATEGORIA_PAGO WHERE c_codigo = N'EPS1' AND f_estado = 1)
    INSERT INTO Romsoft.CVN_CATEGORIA_PAGO (c_codigo, t_descripcion, n_factor_servicio, n_factor_procedimiento)
    VALUES (N'EPS1', N'Categoría EPS', 1.25, 1.10);
DECLARE @garante INT = (SELECT id_contacto FROM Romsoft.CON_CONTACTO WHERE c_codigo = N'20100047218' AND f_estado = 1);
IF NOT EXISTS (SELECT 1 FROM Romsoft.CVN_PLAN_SEGURO WHERE id_contacto_garante = @garante AND c_codigo = N'PL-01' AND f_estado = 1)
    INSERT INTO Romsoft.CVN_PLAN_SEGURO
        (id_contacto_garante, id_contacto_contratante, id_categoria_pago, c_codigo, t_descripcion, c_codigo_iafa,
         id_producto_plan, d_fecha_i_vigencia, d_fecha_f_vigencia)
    SELECT g.id_contacto, c.id_contacto, cp.id_categoria_pago, N'PL-01', N'Plan regular Minera Norte', N'20001',
           pp.id_producto_plan, '2026-01-01', '2026-12-31'
    FROM Romsoft.CON_CONTACTO AS g, Romsoft.CON_CONTACTO AS c, Romsoft.CVN_CATEGORIA_PAGO AS cp, Romsoft.CVN_PRODUCTO_PLAN AS pp
    WHERE g.id_contacto = @garante AND c.c_codigo = N'20131312955' AND c.f_estado = 1
      AND cp.c_codigo = N'EPS1' AND cp.f_estado = 1 AND pp.c_codigo = N'REG';
DECLARE @plan INT = (SELECT id_plan_seguro FROM Romsoft.CVN_PLAN_SEGURO WHERE id_contacto_garante = @garante AND c_codigo = N'PL-01' AND f_estado = 1);
IF NOT EXISTS (SELECT 1 FROM Romsoft.CVN_PLAN_SEGURO_DETALLE WHERE id_plan_seguro = @plan AND f_estado = 1)
    INSERT INTO Romsoft.CVN_PLAN_SEGURO_DETALLE (id_plan_seguro, id_beneficio, id_moneda, n_copago_fijo, n_copago_variable)
    SELECT @plan, b.id_beneficio, m.id_moneda, 20.00, 10
    FROM Romsoft.CVN_BENEFICIO AS b, Romsoft.CVN_MONEDA AS m
    WHERE b.c_codigo = N'B01' AND m.c_codigo = N'PEN';
IF @plan IS NULL OR NOT EXISTS (SELECT 1 FROM Romsoft.CVN_PLAN_SEGURO_DETALLE WHERE id_plan_seguro = @plan)
    THROW 50000, N'no se pudo crear el plan de prueba (¿faltan EPS, EMP, REG, B01 o PEN en los datos iniciales?)', 1;
";

/// The same rows on SQLite (the suite's flows are also run against the embedded database).
pub const PLAN_SQLITE: &str = "
INSERT INTO CON_CONTACTO (id_tipo_contacto, c_codigo, t_razon_social, n_flag_garante)
    SELECT id_tipo_contacto, '20100047218', 'Pacífico EPS', 1 FROM CON_TIPO_CONTACTO WHERE c_codigo = 'EPS';
INSERT INTO CON_CONTACTO (id_tipo_contacto, c_codigo, t_razon_social, n_flag_contratante)
    SELECT id_tipo_contacto, '20131312955', 'Minera Norte SAC', 1 FROM CON_TIPO_CONTACTO WHERE c_codigo = 'EMP';
INSERT INTO CVN_CATEGORIA_PAGO (c_codigo, t_descripcion, n_factor_servicio, n_factor_procedimiento) VALUES ('EPS1', 'Categoría EPS', 1.25, 1.10);
INSERT INTO CVN_PLAN_SEGURO (id_contacto_garante, id_contacto_contratante, id_categoria_pago, c_codigo, t_descripcion, c_codigo_iafa, id_producto_plan, d_fecha_i_vigencia, d_fecha_f_vigencia)
    SELECT g.id_contacto, c.id_contacto, cp.id_categoria_pago, 'PL-01', 'Plan regular Minera Norte', '20001', pp.id_producto_plan, '2026-01-01', '2026-12-31'
    FROM CON_CONTACTO g, CON_CONTACTO c, CVN_CATEGORIA_PAGO cp, CVN_PRODUCTO_PLAN pp
    WHERE g.c_codigo = '20100047218' AND c.c_codigo = '20131312955' AND cp.c_codigo = 'EPS1' AND pp.c_codigo = 'REG';
INSERT INTO CVN_PLAN_SEGURO_DETALLE (id_plan_seguro, id_beneficio, id_moneda, n_copago_fijo, n_copago_variable)
    SELECT p.id_plan_seguro, b.id_beneficio, m.id_moneda, 20.00, 10
    FROM CVN_PLAN_SEGURO p, CVN_BENEFICIO b, CVN_MONEDA m
    WHERE p.c_codigo = 'PL-01' AND b.c_codigo = 'B01' AND m.c_codigo = 'PEN';
";

/// The installed test database. Dropping it drops the database when the suite created it
/// (after `romsoft` stopped: declare the guard before the server so it is dropped after it).
pub struct Database {
    pub plan: target::Plan,
}

impl Database {
    /// Creates (or takes) the database, installs `install_all.sql` twice and adds the plan rows.
    pub fn prepare(conn: &str, script_path: &Path) -> Result<Self, String> {
        let plan = target::plan(conn, &target::fresh_name())?;
        let root = script_path.parent().unwrap_or(Path::new("."));
        let script = sqlcmd::expand(script_path)?;
        let rt = runtime();
        if plan.created {
            rt.block_on(async {
                let mut server = connect(&plan.server_conn).await?;
                run(&mut server, &format!("CREATE DATABASE {};", target::quote_ident(&plan.database)))
                    .await
                    .map_err(|e| format!("CREATE DATABASE {} (el inicio de sesión necesita permiso CREATE DATABASE): {e}", plan.database))
            })?;
            println!("SQL Server: base de prueba {} creada", plan.database);
        }
        // From here on, a failure drops what was created.
        let db = Self { plan };
        rt.block_on(async {
            let mut client = connect(&db.plan.database_conn).await?;
            install(&mut client, &script, root).await?;
            // Re-runnable: the second pass must succeed on the installed database.
            install(&mut client, &script, root).await.map_err(|e| format!("segunda ejecución: {e}"))?;
            run(&mut client, PLAN_TSQL).await.map_err(|e| format!("datos del plan de prueba: {e}"))
        })?;
        println!("SQL Server: install_all.sql instalado dos veces en {} ({} lotes)", db.plan.database, script.batches.len());
        Ok(db)
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if !self.plan.created {
            println!("SQL Server: la base {} se deja como estaba (la nombró ROMSOFT_TEST_MSSQL)", self.plan.database);
            return;
        }
        let name = target::quote_ident(&self.plan.database);
        // Any connection romsoft left open is closed by SINGLE_USER … ROLLBACK IMMEDIATE.
        let sql = format!(
            "IF DB_ID(N'{0}') IS NOT NULL BEGIN ALTER DATABASE {1} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {1}; END;",
            self.plan.database.replace('\'', "''"),
            name
        );
        let result = runtime().block_on(async {
            let mut server = connect(&self.plan.server_conn).await?;
            run(&mut server, &sql).await
        });
        match result {
            Ok(()) => println!("SQL Server: base de prueba {} eliminada", self.plan.database),
            Err(e) => eprintln!("SQL Server: no se pudo eliminar la base de prueba {}: {e}; elimínela a mano", self.plan.database),
        }
    }
}

#[cfg(test)]
#[allow(dead_code)]
#[path = "../support/pytool.rs"]
mod pytool;

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether sqlfluff's JSON parse tree holds an `unparsable` segment anywhere.
    fn unparsable(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::Object(o) => o.iter().any(|(k, x)| k == "unparsable" || unparsable(x)),
            serde_json::Value::Array(a) => a.iter().any(unparsable),
            _ => false,
        }
    }

    #[test]
    fn the_plan_rows_t_sql_parses_with_the_pinned_sqlfluff() {
        if std::env::var("ROMSOFT_SKIP_SQLFLUFF").is_ok_and(|v| v == "1") {
            eprintln!("NOTICE: ROMSOFT_SKIP_SQLFLUFF=1, PLAN_TSQL was not parsed with sqlfluff");
            return;
        }
        let tool = pytool::Tool { package: "sqlfluff", module: "sqlfluff", requirements: "sql/requirements.txt", override_env: "ROMSOFT_SQLFLUFF" };
        let check = |sql: &str| -> bool {
            use std::io::Write;
            let mut child = pytool::runner(&tool)
                .command()
                .args(["parse", "--dialect", "tsql", "--templater", "raw", "--nocolor", "--format", "json", "-"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("sqlfluff");
            child.stdin.take().unwrap().write_all(sql.as_bytes()).unwrap();
            let out = child.wait_with_output().unwrap();
            let tree: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("sqlfluff: {e}"));
            out.status.success() && !unparsable(&tree)
        };
        assert!(check(PLAN_TSQL), "sqlfluff (tsql) cannot parse PLAN_TSQL");
        // The check can fail: an unbalanced parenthesis is caught.
        assert!(!check("SELECT (1;"), "sqlfluff accepted broken T-SQL");
    }

    /// A port nothing listens on (bound, then released).
    fn closed_port() -> u16 {
        std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
    }

    #[test]
    fn an_unreachable_server_is_an_error_naming_the_address_never_the_password() {
        let port = closed_port();
        let conn = format!("server=tcp:127.0.0.1,{port};user=sa;password=S3cr3t-x;TrustServerCertificate=true");
        let install_all = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sql/mssql/install_all.sql");
        let e = Database::prepare(&conn, &install_all).err().expect("no SQL Server there");
        assert!(e.contains(&format!("127.0.0.1:{port}")), "{e}");
        assert!(!e.contains("S3cr3t"), "{e}");
        // A broken string is refused before any connection.
        let e = Database::prepare("server=tcp:127.0.0.1,1;password=S3cr3t-x", &install_all).err().unwrap();
        assert!(e.contains("usuario") && !e.contains("S3cr3t"), "{e}");
    }

    #[test]
    fn the_guard_never_panics_when_the_database_cannot_be_dropped_and_keeps_a_named_one() {
        let conn = format!("server=tcp:127.0.0.1,{};user=sa;password=p", closed_port());
        // Created by the suite, server gone: the guard reports it and returns.
        drop(Database { plan: target::plan(&conn, "romsoft_prueba_0").unwrap() });
        // Named by the variable: never dropped, no connection attempted.
        let named = Database { plan: target::plan(&format!("{conn};Database=ROMSOFT-PRUEBAS"), "x").unwrap() };
        assert!(!named.plan.created);
        drop(named);
    }
}
