//! `SEG_USUARIO`, `SEG_ROL` and `TIPO_ESTADO` with full parity, persisted rows and audit.

use serde_json::{Value, json};

use crate::harness::*;

fn add(s: &Server, token: &str, usuario: &str, clave: &str, apellidos: &str) -> Value {
    let body = json!({
        "id_usuario": 0, "id_rol": 2, "usuario": usuario, "clave": clave, "apellidos": apellidos,
        "nombres": "Rosa", "nro_documento": "45678901", "sexo": "F", "email": "rosa@clinica.pe", "celular": "987654321",
        "estado": "A", "RolNombre": null, "Cantidad": 0, "FechaCreacion": "0001-01-01T00:00:00", "FechaModificacion": null,
        "UsuarioCreacion": "otro", "UsuarioModificacion": null, "IdUsuarioActual": 0, "id_usuarioCreacion": 0, "id_usuarioModifica": 0
    });
    s.call("/api/SEG_USUARIO/Add", &body.to_string(), token)
}

fn find(s: &Server, token: &str, usuario: &str) -> Value {
    let v = s.call("/api/SEG_USUARIO/GetAllFilters", &json!({ "usuario": usuario }).to_string(), token);
    v["Data"].as_array().unwrap().iter().find(|u| u["usuario"] == usuario).cloned().unwrap_or(Value::Null)
}

#[test]
fn add_checks_duplicates_and_accented_text_round_trips() {
    let s = Server::start();
    let token = s.admin_token();
    let v = add(&s, &token, "rgarcia", "Clave#1", "García Ñahui");
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    assert_eq!(v["Message"], "Se registró satisfactoriamente.");
    assert!(v["Data"].is_null());

    let dup = add(&s, &token, "RGARCIA", "otra", "Otro");
    assert_eq!((dup["Success"].as_bool(), dup["Warning"].as_bool()), (Some(true), Some(true)));
    assert_eq!(dup["Message"], "El registro ya existe.");

    let u = find(&s, &token, "rgarcia");
    assert_eq!(u["apellidos"], "García Ñahui");
    assert_eq!(u["clave"], "***");
    assert_eq!(u["RolNombre"], "ADMISION");
    assert_eq!(u["UsuarioCreacion"], "admin", "the acting user comes from the token, not the body");
    let fecha = u["FechaCreacion"].as_str().unwrap();
    assert!(fecha.len() >= 19 && !fecha.starts_with("0001") && !fecha.contains('+') && !fecha.ends_with('Z'), "{fecha}");

    // The stored password is bcrypt, never the plain value.
    let stored: String = s.db().query_row("SELECT clave FROM SEG_USUARIO WHERE usuario = 'rgarcia'", [], |r| r.get(0)).unwrap();
    assert!(stored.starts_with("$2") && !stored.contains("Clave#1"));
    assert_eq!(s.login_as("rgarcia", "Clave#1")["Warning"], false);

    // Business rules: unknown role, missing name, missing password.
    let bad_role = s.call("/api/SEG_USUARIO/Add", r#"{"id_rol":99,"usuario":"x","clave":"y"}"#, &token);
    assert_eq!(bad_role["Message"], "El rol no pertenece al sistema.");
    let no_name = s.call("/api/SEG_USUARIO/Add", r#"{"id_rol":2,"clave":"y"}"#, &token);
    assert_eq!(no_name["Warning"], true);
    assert!(no_name["Message"].as_str().unwrap().contains("usuario"));
    let no_pw = s.call("/api/SEG_USUARIO/Add", r#"{"id_rol":2,"usuario":"sinclave"}"#, &token);
    assert_eq!(no_pw["Warning"], true);
    assert!(no_pw["Message"].as_str().unwrap().contains("clave"));
}

#[test]
fn get_by_id_has_the_contract_shape_and_update_keeps_the_masked_password() {
    let s = Server::start();
    let token = s.admin_token();
    add(&s, &token, "mlopez", "Primera#1", "López");
    let id = find(&s, &token, "mlopez")["id_usuario"].as_i64().unwrap();

    let v = s.call("/api/SEG_USUARIO/GetById", &json!({ "id_usuario": id }).to_string(), &token);
    let list = v["Data"].as_array().unwrap();
    assert_eq!(list.len(), 1);
    let u = &list[0];
    assert_eq!(Reply::keys(u), contract_order("SEG_USUARIODTO"));
    assert_eq!(u["clave"], "***");
    for k in ["id_usuario", "id_rol", "Cantidad", "IdUsuarioActual", "id_usuarioCreacion", "id_usuarioModifica"] {
        assert!(u[k].is_i64(), "{k}: {u}");
    }
    assert!(u["FechaModificacion"].is_null());
    assert!(s.call("/api/SEG_USUARIO/GetById", r#"{"id_usuario":999}"#, &token)["Data"].as_array().unwrap().is_empty());

    // The desktop edit screen sends back what GetById gave it, clave "***" included.
    let mut edited = u.clone();
    edited["apellidos"] = json!("López Ñique");
    let v = s.call("/api/SEG_USUARIO/Update", &edited.to_string(), &token);
    assert_eq!(v["Message"], "Se actualizó satisfactoriamente.", "{v}");
    assert_eq!(v["Warning"], false);
    assert_eq!(s.login_as("mlopez", "Primera#1")["Warning"], false, "password kept");
    let after = find(&s, &token, "mlopez");
    assert_eq!(after["apellidos"], "López Ñique");
    assert_eq!(after["UsuarioModificacion"], "admin");
    assert!(after["FechaModificacion"].is_string());

    // null and "" keep it too; a new value replaces it.
    for keep in [json!(null), json!("")] {
        let mut e = edited.clone();
        e["clave"] = keep;
        s.call("/api/SEG_USUARIO/Update", &e.to_string(), &token);
        assert_eq!(s.login_as("mlopez", "Primera#1")["Warning"], false);
    }
    edited["clave"] = json!("Segunda#2");
    s.call("/api/SEG_USUARIO/Update", &edited.to_string(), &token);
    assert_eq!(s.login_as("mlopez", "Primera#1")["Warning"], true);
    assert_eq!(s.login_as("mlopez", "Segunda#2")["Warning"], false);

    // Taking another user's name is refused; updating a missing id is a warning.
    edited["usuario"] = json!("admin");
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &edited.to_string(), &token)["Message"], "El registro ya existe.");
    let ghost = json!({"id_usuario": 999, "id_rol": 2, "usuario": "fantasma", "estado": "A"});
    let v = s.call("/api/SEG_USUARIO/Update", &ghost.to_string(), &token);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some("No se pudo realizar la actualización.")));
}

#[test]
fn get_by_username_and_delete() {
    let s = Server::start();
    let token = s.admin_token();
    add(&s, &token, "pvega", "Vega#1", "Vega");
    let v = s.call("/api/SEG_USUARIO/GetByUsername", r#"{"usuario":"pvega","clave":"Vega#1"}"#, &token);
    assert_eq!(v["Data"]["usuario"], "pvega", "{v}");
    assert_eq!(v["Data"]["clave"], "***");
    assert_eq!(Reply::keys(&v["Data"]), contract_order("SEG_USUARIODTO"));
    let v = s.call("/api/SEG_USUARIO/GetByUsername", r#"{"usuario":"pvega","clave":"mala"}"#, &token);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some("El usuario no pertenece al sistema.")));

    let id = find(&s, &token, "pvega")["id_usuario"].clone();
    let v = s.call("/api/SEG_USUARIO/Delete", &json!({ "id_usuario": id }).to_string(), &token);
    assert_eq!(v["Message"], "Se eliminó satisfactoriamente.");
    assert_eq!(find(&s, &token, "pvega")["estado"], "I", "soft delete");
    assert_eq!(s.login_as("pvega", "Vega#1")["Warning"], true, "inactive users cannot log in");
    let v = s.call("/api/SEG_USUARIO/Delete", r#"{"id_usuario": 999}"#, &token);
    assert_eq!(v["Message"], "No se pudo realizar la eliminación.");
}

#[test]
fn paging_counts_filters_safely_and_refuses_sql() {
    let s = Server::start();
    let token = s.admin_token();
    for (u, a) in [("ana", "Álvarez"), ("beto", "Benítez"), ("carla", "Castro"), ("dario", "Díaz")] {
        add(&s, &token, u, "x#1", a);
    }
    let v = s.call("/api/SEG_USUARIO/GetAllPaging", r#"{"OrderBy":"usuario","Start":1,"AmountRows":2}"#, &token);
    let page = v["Data"].as_array().unwrap();
    let names: Vec<_> = page.iter().map(|u| u["usuario"].as_str().unwrap()).collect();
    assert_eq!(names, ["ana", "beto"]);
    assert!(page.iter().all(|u| u["Cantidad"] == 5 && u["clave"] == "***"));

    let v = s.call("/api/SEG_USUARIO/GetAllPaging", r#"{"WhereFilter":"usuario LIKE '%a%' AND estado = 'A'","OrderBy":"usuario DESC","AmountRows":2}"#, &token);
    let names: Vec<_> = v["Data"].as_array().unwrap().iter().map(|u| u["usuario"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names, ["dario", "carla"]);
    assert_eq!(v["Data"][0]["Cantidad"], 4);

    let before: i64 = s.db().query_row("SELECT COUNT(*) FROM SEG_USUARIO", [], |r| r.get(0)).unwrap();
    let v = s.call("/api/SEG_USUARIO/GetAllPaging", r#"{"WhereFilter":"1=1; DELETE FROM SEG_USUARIO"}"#, &token);
    assert_eq!(v["Warning"], true);
    assert!(v["Message"].as_str().unwrap().contains("WhereFilter"));
    let v = s.call("/api/SEG_USUARIO/GetAllPaging", r#"{"OrderBy":"clave; DROP TABLE SEG_USUARIO"}"#, &token);
    assert_eq!(v["Data"].as_array().unwrap().len(), 5, "a bad OrderBy falls back to the default order");
    let after: i64 = s.db().query_row("SELECT COUNT(*) FROM SEG_USUARIO", [], |r| r.get(0)).unwrap();
    assert_eq!(before, after);
}

#[test]
fn catalogs_are_served_with_their_contract_shapes() {
    let s = Server::start();
    let token = s.admin_token();
    let v = s.call("/api/SEG_ROL/GetAllActives", "", &token);
    let roles = v["Data"].as_array().unwrap();
    assert_eq!(roles.len(), 5);
    assert_eq!(Reply::keys(&roles[0]), contract_order("SEG_ROLDTO"));
    let v = s.call("/api/TIPO_ESTADO/GetAllFilters", r#"{"tabla":"SEG_USUARIO"}"#, &token);
    let estados = v["Data"].as_array().unwrap();
    assert_eq!(Reply::keys(&estados[0]), contract_order("TIPO_ESTADODTO"));
    assert_eq!(estados.iter().map(|e| e["estado"].as_str().unwrap()).collect::<Vec<_>>(), ["Activo", "Inactivo"]);
    assert!(s.call("/api/TIPO_ESTADO/GetAllFilters", r#"{"tabla":"NINGUNA"}"#, &token)["Data"].as_array().unwrap().is_empty());
}

#[test]
fn every_mutation_writes_a_redacted_audit_row() {
    let s = Server::start();
    let token = s.admin_token();
    add(&s, &token, "auditado", "Secreta#99", "Ruiz");
    let mut u = find(&s, &token, "auditado");
    u["clave"] = json!("Nueva#Secreta77");
    s.call("/api/SEG_USUARIO/Update", &u.to_string(), &token);
    s.call("/api/SEG_USUARIO/Delete", &u.to_string(), &token);
    add(&s, &token, "auditado", "Secreta#99", "Ruiz");

    let db = s.db();
    let mut stmt = db.prepare("SELECT Controlador, Accion, Usuario, Mensaje, Objeto, Identificador, DireccionIP FROM Log ORDER BY rowid").unwrap();
    type LogRow = (String, String, String, String, String, i64, Option<String>);
    let rows: Vec<LogRow> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let actions: Vec<(&str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.1.as_str())).collect();
    assert_eq!(
        actions,
        [("Usuario", "Add"), ("Account", "Login"), ("Usuario", "Add"), ("Usuario", "Update"), ("Usuario", "Delete"), ("Usuario", "Add")],
        "first row: the admin created at start-up"
    );
    let login = &rows[1];
    assert_eq!((login.2.as_str(), login.3.as_str(), login.5), ("admin", "Acceso al sistema", 0));
    let added = &rows[2];
    assert_eq!((added.2.as_str(), added.3.as_str()), ("admin", "Se registró satisfactoriamente."));
    assert!(added.5 > 0, "Identificador = new id");
    assert_eq!(added.6.as_deref(), Some("127.0.0.1"));
    assert_eq!(rows[3].3, "Se actualizó satisfactoriamente.");
    assert_eq!(rows[5].3, "El registro ya existe.");
    for r in &rows {
        for secret in ["Secreta#99", "Nueva#Secreta77", ADMIN_PASSWORD, "eyJ"] {
            assert!(!r.4.contains(secret), "audit Objeto leaks a secret: {}", r.4);
        }
    }
    let objeto: Value = serde_json::from_str(&added.4).unwrap();
    assert_eq!(objeto["clave"], "***");
    assert_eq!(objeto["usuario"], "auditado");
    let login_obj: Value = serde_json::from_str(&login.4).unwrap();
    assert_eq!((login_obj["token"].as_str(), login_obj["clave"].as_str()), (Some("***"), Some("***")));
}

#[test]
fn concurrent_adds_of_one_user_give_one_record_and_duplicate_warnings() {
    let s = Server::start();
    let token = s.admin_token();
    let replies: Vec<Value> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8).map(|_| scope.spawn(|| add(&s, &token, "carrera", "Carrera#1", "Rápido"))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let ok = replies.iter().filter(|v| v["Message"] == "Se registró satisfactoriamente.").count();
    let dup = replies.iter().filter(|v| v["Warning"] == true && v["Message"] == "El registro ya existe.").count();
    assert_eq!((ok, dup), (1, 7), "{replies:?}");
    let n: i64 = s.db().query_row("SELECT COUNT(*) FROM SEG_USUARIO WHERE usuario = 'carrera'", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
}
