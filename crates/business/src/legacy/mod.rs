//! The generic mechanism behind most legacy actions: "call procedure P with the request's
//! fields, map the rows to DTO D, say message M, audit the mutation".
//!
//! An action is declared as a static [`ProcQuery`] or [`ProcCommand`] naming its procedure (from
//! the registry), its messages and its audit labels; the request and reply DTO types are the
//! type parameters. Values flow by field name, as AutoMapper did: request field → procedure
//! parameter (`Param::field`), result column → reply field (`Column::field`).

mod command;
mod mapping;
mod query;
pub mod where_filter;

pub use command::{ProcCommand, Stamp};
pub use mapping::{args_from, args_from_fields, rows_into};
pub use query::ProcQuery;

#[cfg(test)]
mod tests {
    use std::{sync::Arc, time::Duration};

    use data_access::{Database, DatabaseUrl, DbOptions, registry};
    use dto::SEG_USUARIODTO;

    use super::*;
    use crate::{App, Caller, CallerKind, Ctx, Reply, seguridad::tokens::TokenService};

    async fn ctx(dir: &tempfile::TempDir) -> Ctx {
        let url = DatabaseUrl::Sqlite { path: dir.path().join("t.db") };
        let db = Database::open(&url, &DbOptions::default()).await.unwrap();
        let app = App { db, tokens: TokenService::new("k", "i", "a", Duration::from_secs(60)), bcrypt_cost: 4 };
        let caller = Caller { kind: CallerKind::Token, usuario: Some("tester".into()), id_usuario: Some(1), ip: None };
        Ctx { app: Arc::new(app), caller, request_id: "t".into() }
    }

    static ADD: ProcCommand<SEG_USUARIODTO> = ProcCommand::new(
        &registry::SEG_USUARIO_INSERT,
        Some(&registry::SEG_USUARIO_VERIFY_EXISTS),
        "Usuario",
        "Add",
        Stamp::Creation,
        "ok",
        "falló",
        true,
    );
    static BY_ID: ProcQuery<SEG_USUARIODTO, SEG_USUARIODTO> = ProcQuery::new(&registry::SEG_USUARIO_GET_BY_ID);

    #[tokio::test]
    async fn command_returns_the_id_and_query_first_finds_it_or_warns() {
        let dir = tempfile::tempdir().unwrap();
        let ctx = ctx(&dir).await;
        let req = SEG_USUARIODTO { id_rol: 1, usuario: Some("ana".into()), clave: Some("h".into()), estado: Some("A".into()), ..Default::default() };
        let id = match ADD.run(&ctx, &req).await.unwrap() {
            Reply::Ok { data: Some(id), message } => {
                assert_eq!(message.as_deref(), Some("ok"));
                id
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(ADD.run(&ctx, &req).await.unwrap(), Reply::warning(crate::messages::YA_EXISTE_REGISTRO));

        let found = BY_ID.first(&ctx, &SEG_USUARIODTO { id_usuario: id as i32, ..Default::default() }, "no").await.unwrap();
        match found {
            Reply::Ok { data: Some(u), .. } => {
                assert_eq!(u.usuario.as_deref(), Some("ana"));
                assert_eq!(u.UsuarioCreacion.as_deref(), Some("tester"), "stamped with the acting user");
            }
            other => panic!("{other:?}"),
        }
        let missing = BY_ID.first(&ctx, &SEG_USUARIODTO { id_usuario: 999, ..Default::default() }, "no existe").await.unwrap();
        assert_eq!(missing, Reply::warning("no existe"));
    }
}
