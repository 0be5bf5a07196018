//! What the legacy desktop client (WinForms, Json.NET) really sends: state combos filled from
//! `TIPO_ESTADO` `Todos`, `estado` as the combo's text (`"Activo"`), list filters on those
//! texts, unset dates as `0001-01-01T00:00:00`, clock values with 7 fractional digits and an
//! offset, and audit fields carrying the user id as text.

use serde_json::{Value, json};

use crate::harness::*;

const LOGIN_INCORRECTO: &str = "El usuario no existe o los datos son incorrectos.";
const ESTADO_NO_VALIDO: &str = "El campo 'estado' no es válido: use Activo o Inactivo (A o I).";
/// A clock value as the client writes `DateTime.Now`.
const RELOJ: &str = "2026-11-23T10:11:12.1234567-05:00";
/// `DateTime.MinValue`: a date the client did not set.
const SIN_FECHA: &str = "0001-01-01T00:00:00";

/// `(id_estado, estado)` of each row of a `TIPO_ESTADO/GetAllFilters` reply.
fn estados(s: &Server, token: &str, tabla: &str) -> Vec<(i64, String)> {
    let v = s.call("/api/TIPO_ESTADO/GetAllFilters", &json!({ "tabla": tabla }).to_string(), token);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    let rows = v["Data"].as_array().unwrap_or_else(|| panic!("{tabla}: {v}"));
    for r in rows {
        assert_eq!(Reply::keys(r), contract_order("TIPO_ESTADODTO"), "{r}");
    }
    rows.iter().map(|r| (r["id_estado"].as_i64().unwrap(), r["estado"].as_str().unwrap().to_owned())).collect()
}

fn pares(p: &[(i64, &str)]) -> Vec<(i64, String)> {
    p.iter().map(|(i, e)| (*i, (*e).to_owned())).collect()
}

/// A `SEG_USUARIODTO` as the user screen sends it: every property, the combo's text in
/// `estado`, unset and clock dates, the user id as text in the audit fields.
fn usuario_del_cliente(usuario: &str, apellidos: &str, estado: &str) -> Value {
    json!({
        "id_usuario": 0, "id_rol": 2, "usuario": usuario, "clave": "Clave#2026", "apellidos": apellidos,
        "nombres": "Ana", "nro_documento": "40123456", "sexo": "F", "email": "ana@clinica.pe", "celular": "987654321",
        "estado": estado, "RolNombre": "", "Cantidad": 0, "FechaCreacion": RELOJ, "FechaModificacion": SIN_FECHA,
        "UsuarioCreacion": "1", "UsuarioModificacion": "1", "IdUsuarioActual": "1",
        "id_usuarioCreacion": "1", "id_usuarioModifica": "0"
    })
}

fn paging(s: &Server, token: &str, filter: &str) -> Value {
    let body = json!({ "OrderBy": "usuario", "Start": 0, "CurrentPage": 1, "AmountRows": 50, "WhereFilter": filter });
    s.call("/api/SEG_USUARIO/GetAllPaging", &body.to_string(), token)
}

fn names(v: &Value) -> Vec<String> {
    v["Data"].as_array().unwrap_or_else(|| panic!("{v}")).iter().map(|u| u["usuario"].as_str().unwrap().to_owned()).collect()
}

fn stored_user(s: &Server, usuario: &str) -> Option<(i64, String, String, String, Option<String>, i64)> {
    s.db()
        .query_row(
            "SELECT id_usuario, estado, usuario_registro, fecha_registro, fecha_modifica, sello FROM SEG_USUARIO WHERE usuario = ?1",
            [usuario],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .ok()
}

#[test]
fn every_state_combo_is_filled_from_tipo_estado() {
    let s = Server::start();
    let token = s.admin_token();
    let activo_inactivo = pares(&[(1, "Activo"), (0, "Inactivo")]);
    // The general states: the ids are what the integer f_estado flags mean.
    for tabla in ["Todos", "todos", " Todos "] {
        assert_eq!(estados(&s, &token, tabla), activo_inactivo, "{tabla:?}");
    }
    for tabla in ["SEG_USUARIO", "SEG_ROL", "ADM_GENERO", "ADM_OCUPACION", "ADM_PACIENTE"] {
        assert_eq!(estados(&s, &token, tabla), activo_inactivo, "{tabla}");
    }
    assert_eq!(estados(&s, &token, "ADM_ATENCION"), pares(&[(1, "Registrado"), (2, "Atendido"), (0, "Anulado")]));
    // An unknown table, or none: an empty list, not an error.
    assert!(estados(&s, &token, "NINGUNA").is_empty());
    let v = s.call("/api/TIPO_ESTADO/GetAllFilters", "{}", &token);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Data"].as_array().map(Vec::len)), (Some(true), Some(false), Some(0)), "{v}");
    // Every role reads it (each screen has a state combo).
    let n: i64 = s.db().query_row("SELECT COUNT(*) FROM TIPO_ESTADO WHERE tabla = 'Todos'", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 2);
}

/// The user screen from start to end, as the desktop client drives it.
#[test]
fn the_user_screens_real_flow() {
    let s = Server::start();
    let admin = s.admin_token();

    // 1. The state combo.
    let combo = estados(&s, &admin, "Todos");
    let texto = |id: i64| combo.iter().find(|(i, _)| *i == id).map(|(_, e)| e.clone()).unwrap();
    let (activo, inactivo) = (texto(1), texto(0));

    // 2. A new user with the combo's text, unset and clock dates, the id as text in the audit fields.
    let body = usuario_del_cliente("ana.quispe", "Quispe Mamani", &activo);
    let v = s.call("/api/SEG_USUARIO/Add", &body.to_string(), &admin);
    assert_eq!(v, json!({"Message": "Se registró satisfactoriamente.", "Success": true, "Warning": false, "Data": null}));
    let (id, estado, por, fecha, modificado, sello) = stored_user(&s, "ana.quispe").expect("stored");
    assert_eq!((estado.as_str(), por.as_str(), modificado, sello), ("A", "admin", None, 1), "stored as the code; who from the token");
    assert!(!fecha.starts_with("0001") && !fecha.starts_with("2026-11-23 10:11:12.123"), "the server's clock: {fecha}");

    // 3. The user logs in.
    let login = s.login_as("ana.quispe", "Clave#2026");
    assert_eq!((login["Success"].as_bool(), login["Warning"].as_bool()), (Some(true), Some(false)), "{login}");
    assert_eq!((login["Data"]["id_usuario"].as_i64(), login["Data"]["estado"].as_str()), (Some(id), Some("A")));
    let her_token = login["Data"]["token"].as_str().unwrap().to_owned();

    // 4. The list screen's filter on the combo's texts lists both users, counted.
    let v = paging(&s, &admin, "WHERE U.estado IN ('Activo','Inactivo')");
    assert_eq!(names(&v), ["admin", "ana.quispe"]);
    assert!(v["Data"].as_array().unwrap().iter().all(|u| u["Cantidad"] == 2 && u["clave"] == "***"), "{v}");
    let row = v["Data"].as_array().unwrap().iter().find(|u| u["usuario"] == "ana.quispe").unwrap().clone();
    assert_eq!((row["estado"].as_str(), row["RolNombre"].as_str(), row["UsuarioCreacion"].as_str()), (Some("A"), Some("ADMISION"), Some("admin")));
    assert!(row["FechaModificacion"].is_null(), "unset, never 0001-01-01: {row}");

    // 5. The edit screen sends back what GetById gave it, with the combo's other text.
    let v = s.call("/api/SEG_USUARIO/GetById", &json!({ "id_usuario": id }).to_string(), &admin);
    let mut edited = v["Data"][0].clone();
    edited["estado"] = json!(inactivo);
    edited["UsuarioModificacion"] = json!("1");
    edited["FechaModificacion"] = json!(RELOJ);
    let v = s.call("/api/SEG_USUARIO/Update", &edited.to_string(), &admin);
    assert_eq!(v, json!({"Message": "Se actualizó satisfactoriamente.", "Success": true, "Warning": false, "Data": null}));
    let (_, estado, _, _, modificado, sello) = stored_user(&s, "ana.quispe").unwrap();
    assert_eq!((estado.as_str(), sello), ("I", 2), "stored as the code; her tokens revoked");
    assert!(modificado.is_some_and(|m| !m.starts_with("0001")));
    let r = s.request(reqwest::Method::POST, "/api/ADM_GENERO/GetAllActives", Some(""), Some(&her_token));
    assert_eq!(r.status, 401, "{}", r.text);

    // 6. An inactive user cannot log in.
    let v = s.login_as("ana.quispe", "Clave#2026");
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str(), v["Data"].is_null()), (Some(true), Some(LOGIN_INCORRECTO), true), "{v}");
    assert_eq!(names(&paging(&s, &admin, "WHERE U.estado = 'Inactivo'")), ["ana.quispe"]);
    assert_eq!(names(&paging(&s, &admin, "WHERE U.estado = 'Activo'")), ["admin"]);

    // 7. Delete is a soft delete: the row stays, inactive.
    let v = s.call("/api/SEG_USUARIO/Delete", &json!({ "id_usuario": id }).to_string(), &admin);
    assert_eq!(v, json!({"Message": "Se eliminó satisfactoriamente.", "Success": true, "Warning": false, "Data": null}));
    assert_eq!(stored_user(&s, "ana.quispe").map(|u| u.1), Some("I".to_owned()));
    assert_eq!(s.login_as("ana.quispe", "Clave#2026")["Warning"], true);

    // Each step audited with the token's user.
    let db = s.db();
    let mut stmt = db.prepare("SELECT Accion, Usuario FROM Log WHERE Controlador = 'Usuario' AND (Objeto LIKE '%ana.quispe%' OR Accion = 'Delete') ORDER BY rowid").unwrap();
    let audit: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
    let expected: Vec<(String, String)> = ["Add", "Update", "Delete"].iter().map(|a| ((*a).to_owned(), "admin".to_owned())).collect();
    assert_eq!(audit, expected);
}

#[test]
fn estado_texts_are_one_state_in_every_user_action_and_anything_else_is_refused() {
    let s = Server::start();
    let admin = s.admin_token();
    for (usuario, estado, stored) in [("u.activo", "ACTIVO", "A"), ("u.inactivo", " inactivo ", "I"), ("u.codigo", "i", "I"), ("u.vacio", "", "A")] {
        let v = s.call("/api/SEG_USUARIO/Add", &usuario_del_cliente(usuario, "Prueba", estado).to_string(), &admin);
        assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{estado:?}: {v}");
        assert_eq!(stored_user(&s, usuario).map(|u| u.1).as_deref(), Some(stored), "{estado:?}");
    }
    assert_eq!(s.login_as("u.activo", "Clave#2026")["Warning"], false);
    assert_eq!(s.login_as("u.inactivo", "Clave#2026")["Warning"], true, "an inactive user cannot log in");

    // Any other text: a warning naming the field, nothing written (nor audited).
    let count = |sql: &str| -> i64 { s.db().query_row(sql, [], |r| r.get(0)).unwrap() };
    let (users, logs) = (count("SELECT COUNT(*) FROM SEG_USUARIO"), count("SELECT COUNT(*) FROM Log"));
    let v = s.call("/api/SEG_USUARIO/Add", &usuario_del_cliente("u.borrado", "Prueba", "Borrado").to_string(), &admin);
    assert_eq!(v, json!({"Message": ESTADO_NO_VALIDO, "Success": true, "Warning": true, "Data": null}));
    let id = stored_user(&s, "u.activo").unwrap().0;
    let mut upd = usuario_del_cliente("u.activo", "Cambiado", "Suspendido");
    upd["id_usuario"] = json!(id);
    let v = s.call("/api/SEG_USUARIO/Update", &upd.to_string(), &admin);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(ESTADO_NO_VALIDO)));
    assert_eq!((count("SELECT COUNT(*) FROM SEG_USUARIO"), count("SELECT COUNT(*) FROM Log")), (users, logs));
    assert_eq!(count("SELECT COUNT(*) FROM SEG_USUARIO WHERE apellidos = 'Cambiado'"), 0);

    // Update with the code or the text alike; a blank estado keeps the stored state.
    upd["estado"] = json!("INACTIVO");
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &upd.to_string(), &admin)["Message"], "Se actualizó satisfactoriamente.");
    assert_eq!(stored_user(&s, "u.activo").unwrap().1, "I");
    upd["estado"] = json!("");
    upd["apellidos"] = json!("Sin estado");
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &upd.to_string(), &admin)["Message"], "Se actualizó satisfactoriamente.");
    assert_eq!(stored_user(&s, "u.activo").unwrap().1, "I");

    // GetAllFilters filters on the text or the code; blank is any state; anything else a warning.
    let filtra = |estado: &str| -> Value { s.call("/api/SEG_USUARIO/GetAllFilters", &json!({ "usuario": "u.", "estado": estado }).to_string(), &admin) };
    for activo in ["Activo", "activo", "A"] {
        assert_eq!(names(&filtra(activo)), ["u.vacio"], "{activo}");
    }
    for inactivo in ["Inactivo", "I "] {
        assert_eq!(names(&filtra(inactivo)), ["u.activo", "u.inactivo", "u.codigo"], "{inactivo}");
    }
    assert_eq!(names(&filtra("")).len(), 4);
    let v = filtra("Todos");
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str(), v["Data"].is_null()), (Some(true), Some(ESTADO_NO_VALIDO), true));

    // The self-protection reads the text too: the admin sending back "Activo" for itself is no change.
    let me = json!({"id_usuario": 1, "id_rol": 1, "usuario": "admin", "clave": "***", "nombres": "Administrador", "estado": "Activo"});
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &me.to_string(), &admin)["Message"], "Se actualizó satisfactoriamente.");
    let mut off = me.clone();
    off["estado"] = json!("Inactivo");
    let v = s.call("/api/SEG_USUARIO/Update", &off.to_string(), &admin);
    assert_eq!(v["Message"], "No puede cambiar su propio rol ni su estado: pídalo a otro administrador.");
    assert_eq!(stored_user(&s, "admin").unwrap().1, "A");
}

#[test]
fn the_list_screens_where_filters_match_the_stored_codes() {
    let s = Server::start();
    let admin = s.admin_token();
    for (usuario, apellidos, estado) in
        [("ana.ruiz", "Ruiz", "Activo"), ("jose", "Santana", "Activo"), ("mariana", "Flores", "Inactivo"), ("pedro", "Díaz", "Activo")]
    {
        assert_eq!(s.call("/api/SEG_USUARIO/Add", &usuario_del_cliente(usuario, apellidos, estado).to_string(), &admin)["Warning"], false);
    }
    let v = paging(&s, &admin, "WHERE (U.usuario LIKE '%ana%' OR U.apellidos LIKE '%ana%') AND U.estado = 'Activo'");
    assert_eq!(names(&v), ["ana.ruiz", "jose"], "mariana is inactive");
    assert_eq!(v["Data"][0]["Cantidad"], 2);
    assert_eq!(names(&paging(&s, &admin, "WHERE U.estado IN ('Activo','Inactivo')")).len(), 5);
    assert_eq!(names(&paging(&s, &admin, "WHERE U.estado IN ('Inactivo')")), ["mariana"]);
    assert_eq!(names(&paging(&s, &admin, "where u.estado <> 'activo' or u.usuario = 'pedro'")), ["mariana", "pedro"]);
    assert_eq!(names(&paging(&s, &admin, "WHERE [estado] = 'A' AND usuario LIKE 'p%'")), ["pedro"], "the code still works");
    assert_eq!(names(&paging(&s, &admin, "")).len(), 5);

    // Outside the grammar: the Spanish warning, no data, nothing run.
    for bad in [
        "WHERE U.estado IN (SELECT estado FROM SEG_USUARIO)",
        "WHERE U.estado = 'Activo'; DELETE FROM SEG_USUARIO",
        "WHERE U.estado = 'Activo' -- comentario",
        "WHERE upper(U.estado) = 'ACTIVO'",
        "WHERE U.clave LIKE '$2%'",
        "WHERE U.estado = 'Activo' ORDER BY usuario",
    ] {
        let v = paging(&s, &admin, bad);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Data"].is_null()), (Some(true), Some(true), true), "{bad}: {v}");
        assert!(v["Message"].as_str().unwrap().starts_with("El filtro (WhereFilter) no es válido"), "{bad}: {v}");
    }
    let n: i64 = s.db().query_row("SELECT COUNT(*) FROM SEG_USUARIO", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 5);
}

#[test]
fn dates_and_audit_fields_as_the_client_sends_them_are_accepted() {
    let s = Server::start();
    let admin = s.admin_token();
    // An admission clerk (id 2) whose client writes "1" in every audit field.
    let clerk = usuario_del_cliente("recepcion", "Caja", "Activo");
    assert_eq!(s.call("/api/SEG_USUARIO/Add", &clerk.to_string(), &admin)["Warning"], false);
    let clerk_id = stored_user(&s, "recepcion").unwrap().0;
    let token = s.login_as("recepcion", "Clave#2026")["Data"]["token"].as_str().unwrap().to_owned();

    for (descripcion, fecha_creacion, fecha_modificacion, f_estado) in [
        ("Técnico en enfermería", RELOJ, SIN_FECHA, json!(1)),
        ("Obstetra", SIN_FECHA, "0001-01-01T00:00:00.0000000-05:00", json!("0")),
        ("Tecnólogo médico", "2026-11-23T10:11:12-05:00", "0001-01-01T05:00:00Z", json!("1")),
    ] {
        let body = json!({
            "id_ocupacion": "0", "c_codigo": "", "t_descripcion": descripcion, "t_observacion": null,
            "f_estado": f_estado, "estado": "Activo", "FechaCreacion": fecha_creacion, "FechaModificacion": fecha_modificacion,
            "UsuarioCreacion": "1", "UsuarioModificacion": "1", "IdUsuarioActual": "1", "id_usuarioCreacion": "1", "id_usuarioModifica": "1"
        });
        let v = s.call("/api/ADM_OCUPACION/Add", &body.to_string(), &token);
        assert_eq!(v, json!({"Message": "Se registró satisfactoriamente.", "Success": true, "Warning": false, "Data": null}), "{descripcion}");
    }
    let db = s.db();
    let mut stmt = db
        .prepare("SELECT t_descripcion, f_estado, id_user_registro, d_fecha_registro, id_user_modifica, d_fecha_modifica FROM ADM_OCUPACION ORDER BY id_ocupacion")
        .unwrap();
    type Fila = (String, i64, i64, String, Option<i64>, Option<String>);
    let rows: Vec<Fila> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))).unwrap().map(Result::unwrap).collect();
    assert_eq!(rows.iter().map(|r| (r.0.as_str(), r.1)).collect::<Vec<_>>(), [("Técnico en enfermería", 1), ("Obstetra", 0), ("Tecnólogo médico", 1)]);
    for r in &rows {
        assert_eq!(r.2, clerk_id, "who did it comes from the token, not the body's \"1\"");
        assert!(!r.3.starts_with("0001") && !r.3.starts_with("2026-11-23 10:11:12"), "the server's clock: {}", r.3);
        assert_eq!((r.4, r.5.as_deref()), (None, None), "nothing modified yet");
    }
    // f_estado 0 (the combo's Inactivo) reads back as Inactivo; unset dates as null.
    let v = s.call("/api/ADM_OCUPACION/GetAllFilters", r#"{"t_descripcion": "Obstetra", "f_estado": null, "FechaCreacion": "0001-01-01T00:00:00"}"#, &token);
    let row = &v["Data"][0];
    assert_eq!((row["f_estado"].as_i64(), row["estado"].as_str(), row["UsuarioCreacion"].as_str()), (Some(0), Some("Inactivo"), Some("recepcion")), "{v}");
    assert!(row["FechaModificacion"].is_null(), "{row}");

    // SEG_USUARIO/Add took the same habits above; its row says the token's user and the clock.
    let (_, estado, por, fecha, modificado, _) = stored_user(&s, "recepcion").unwrap();
    assert_eq!((estado.as_str(), por.as_str(), modificado), ("A", "admin", None));
    assert!(!fecha.starts_with("0001") && !fecha.starts_with("2026-11-23 10:11:12.123"), "{fecha}");
    // No date column anywhere holds the year 1.
    let year_one: i64 = s
        .db()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM SEG_USUARIO WHERE fecha_registro LIKE '0001%' OR fecha_modifica LIKE '0001%') \
             + (SELECT COUNT(*) FROM ADM_OCUPACION WHERE d_fecha_registro LIKE '0001%' OR d_fecha_modifica LIKE '0001%')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(year_one, 0);
}
