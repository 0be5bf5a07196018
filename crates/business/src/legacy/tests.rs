//! The generic mechanism on a real SQLite file: commands audited with the token's user,
//! queries decoded straight into DTOs, paging in SQL.

use std::{sync::Arc, time::Duration};

use data_access::{Database, DatabaseUrl, DbOptions, Filter, PageRequest};
use dto::{ADM_OCUPACIONDTO, NoBody, SEG_USUARIODTO};
use rusqlite::Connection;

use crate::{App, Caller, CallerKind, Ctx, Reply, decl, seg::{intentos::LoginLimits, passwords::BcryptGate, sellos::SelloCache, tokens::TokenService}};

async fn ctx(dir: &tempfile::TempDir) -> Ctx {
    let url = DatabaseUrl::Sqlite { path: dir.path().join("t.db") };
    let db = Database::open(&url, &DbOptions::default()).await.unwrap();
    let app = App {
        db,
        tokens: TokenService::new("k", "i", "a", Duration::from_secs(60)),
        bcrypt: BcryptGate::new(4, 2, 32),
        login_limits: LoginLimits::default(),
        sellos: SelloCache::new(Duration::from_secs(5)),
        dni: crate::adm::dni::DniService::not_configured(),
        facturacion: crate::fac::Facturacion::default(),
    };
    let caller = Caller { kind: CallerKind::Token, usuario: Some("tester".into()), id_usuario: Some(1), rol: Some("ADMINISTRADOR".into()), ip: None };
    Ctx { app: Arc::new(app), caller, request_id: "t".into() }
}

#[tokio::test]
async fn command_stamps_the_acting_user_never_the_body_and_query_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = ctx(&dir).await;
    let req = SEG_USUARIODTO {
        id_rol: 1,
        usuario: Some("ana".into()),
        clave: Some("h".into()),
        estado: Some("A".into()),
        UsuarioCreacion: Some("intruso".into()),
        id_usuarioCreacion: 999,
        ..Default::default()
    };
    assert!(matches!(decl::seg::SEG_USUARIO_ADD.run(&ctx, &req).await.unwrap(), Reply::Ok { data: None, .. }));
    assert_eq!(
        decl::seg::SEG_USUARIO_ADD.run(&ctx, &req).await.unwrap(),
        Reply::warning(crate::messages::YA_EXISTE_REGISTRO)
    );
    let all = decl::seg::SEG_USUARIO_GET_ALL_FILTERS.rows(&ctx, &SEG_USUARIODTO::default()).await.unwrap();
    let ana = all.iter().find(|u| u.usuario.as_deref() == Some("ana")).expect("ana listed");
    assert_eq!(ana.UsuarioCreacion.as_deref(), Some("tester"), "stamped with the token's user, not the body's");

    let occ = ADM_OCUPACIONDTO { t_descripcion: Some("Ingeniero".into()), id_usuarioCreacion: 999, ..Default::default() };
    decl::adm::ADM_OCUPACION_ADD.run(&ctx, &occ).await.unwrap();
    let list = decl::adm::ADM_OCUPACION_GET_ALL_ACTIVES.rows(&ctx, &NoBody {}).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id_usuarioCreacion, 1, "the token's user id, not 999");
}

#[tokio::test]
async fn pages_are_read_and_counted_in_sql() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = ctx(&dir).await;
    {
        let conn = rusqlite_conn(&dir);
        conn.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) \
             INSERT INTO SEG_USUARIO (id_rol, usuario, estado) SELECT 1, printf('u%05d', i), 'A' FROM n;",
        )
        .unwrap();
    }
    let listing = &decl::seg::SEG_USUARIO_LISTING;
    let req = PageRequest { filter: Filter::Const(true), order: 1, descending: false, start: 40, rows: 20 };
    let page = listing.page(&ctx, &req).await.unwrap();
    assert_eq!(page.len(), 20, "page 3 of 20 rows");
    assert_eq!(page[0].usuario.as_deref(), Some("u00041"));
    assert!(page.iter().all(|u| u.Cantidad == 10_000), "the total of every row");
    let (sql, _) = data_access::listing::page_sql(listing.listing, &req, data_access::listing::Dialect::Sqlite);
    assert!(sql.contains("COUNT(*) OVER ()") && sql.contains("LIMIT ?2 OFFSET ?1"), "{sql}");
}

fn rusqlite_conn(dir: &tempfile::TempDir) -> Connection {
    Connection::open(dir.path().join("t.db")).unwrap()
}

