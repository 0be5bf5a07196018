//! The authorization matrix of the legacy surface: declared roles per action, default deny,
//! refusals as HTTP 200 warnings with a security record, nobody changes their own role or state.

use serde_json::json;

use crate::harness::*;

#[test]
fn a_pharmacy_user_cannot_administer_users_but_reads_the_shared_catalogs() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, farmacia) = user_with_role(&s, &admin, "farma1", 5);

    // The attack of the issue: reset the admin's password, delete and reactivate the admin.
    let reset = json!({"id_usuario": 1, "id_rol": 1, "usuario": "admin", "clave": "Hackeado#1", "estado": "A"});
    forbidden(&s.call("/api/SEG_USUARIO/Update", &reset.to_string(), &farmacia));
    forbidden(&s.call("/api/SEG_USUARIO/Delete", r#"{"id_usuario": 1}"#, &farmacia));
    forbidden(&s.call("/api/SEG_USUARIO/GetAllFilters", "{}", &farmacia));
    forbidden(&s.call("/api/ADM_OCUPACION/Add", r#"{"t_descripcion": "Pirata"}"#, &farmacia));
    assert_eq!(s.login_as("admin", ADMIN_PASSWORD)["Warning"], false, "the admin's password is unchanged");
    let estado: String = s.db().query_row("SELECT estado FROM SEG_USUARIO WHERE id_usuario = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(estado, "A");
    let n: i64 = s.db().query_row("SELECT COUNT(*) FROM ADM_OCUPACION", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0);

    // Every refusal is in the security record, with who and what.
    let rows: Vec<(String, String)> = {
        let db = s.db();
        let mut st = db.prepare("SELECT Usuario, Objeto FROM Log WHERE Controlador = 'Seguridad' AND Accion = 'AccesoDenegado' ORDER BY rowid").unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(rows.iter().all(|(u, _)| u == "farma1"));
    assert!(rows[0].1.contains("SEG_USUARIO/Update") && rows[0].1.contains("FARMACIA"), "{rows:?}");
    assert!(!rows[0].1.contains("Hackeado"), "the refused body is not read, let alone stored");

    // What every screen needs stays open to every role.
    for (path, body) in [("/api/TIPO_ESTADO/GetAllFilters", r#"{"tabla":"Todos"}"#), ("/api/ADM_GENERO/GetAllActives", ""), ("/api/ADM_OCUPACION/GetAllActives", "")] {
        let v = s.call(path, body, &farmacia);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{path}: {v}");
    }
}

#[test]
fn admission_maintains_catalogs_and_a_token_without_role_gets_only_the_open_actions() {
    let s = Server::start();
    let admin = s.admin_token();
    let (_, admision) = user_with_role(&s, &admin, "recep1", 2);
    let v = s.call("/api/ADM_OCUPACION/Add", r#"{"t_descripcion": "Enfermera"}"#, &admision);
    assert_eq!(v["Message"], "Se registró satisfactoriamente.", "{v}");
    forbidden(&s.call("/api/SEG_ROL/GetAllActives", "", &admision));

    // A validly signed token that names no role (as issued before the matrix existed).
    let now = chrono_now();
    let claims = json!({"sub": "admin", "id_usuario": 1, "id_rol": 1, "sello": 1, "iss": ISSUER, "aud": AUDIENCE, "iat": now - 10, "nbf": now - 10, "exp": now + 3600});
    let old = jwt(&claims, JWT_SECRET);
    forbidden(&s.call("/api/SEG_USUARIO/GetAllFilters", "{}", &old));
    assert_eq!(s.call("/api/ADM_GENERO/GetAllActives", "", &old)["Warning"], false);
}

#[test]
fn nobody_changes_their_own_role_or_state_or_deactivates_themselves() {
    let s = Server::start();
    let admin = s.admin_token();
    let me = json!({"id_usuario": 1, "id_rol": 1, "usuario": "admin", "clave": "***", "nombres": "Administrador", "apellidos": "Romsoft", "estado": "A"});
    let mut demote = me.clone();
    demote["id_rol"] = json!(5);
    let v = s.call("/api/SEG_USUARIO/Update", &demote.to_string(), &admin);
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some("No puede cambiar su propio rol ni su estado: pídalo a otro administrador.")));
    let mut off = me.clone();
    off["estado"] = json!("I");
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &off.to_string(), &admin)["Warning"], true);
    assert_eq!(s.call("/api/SEG_USUARIO/Delete", r#"{"id_usuario": 1}"#, &admin)["Warning"], true);
    let (rol, estado): (i64, String) = s.db().query_row("SELECT id_rol, estado FROM SEG_USUARIO WHERE id_usuario = 1", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((rol, estado.as_str()), (1, "A"));
    // Their own names may change; another user's role may.
    let mut rename = me.clone();
    rename["nombres"] = json!("Admin Principal");
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &rename.to_string(), &admin)["Message"], "Se actualizó satisfactoriamente.");
    let (other, _) = user_with_role(&s, &admin, "caja1", 4);
    let promote = json!({"id_usuario": other, "id_rol": 2, "usuario": "caja1", "clave": "***", "estado": "A"});
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &promote.to_string(), &admin)["Message"], "Se actualizó satisfactoriamente.");
}

#[test]
fn a_new_password_role_or_state_revokes_the_users_tokens() {
    let s = Server::start();
    let admin = s.admin_token();
    let (id, t1) = user_with_role(&s, &admin, "rosa", 2);
    let works = |t: &str| s.request(reqwest::Method::POST, "/api/ADM_GENERO/GetAllActives", Some(""), Some(t)).status;
    assert_eq!(works(&t1), 200);
    let user = |clave: &str, id_rol: i64, nombres: &str| {
        json!({"id_usuario": id, "id_rol": id_rol, "usuario": "rosa", "clave": clave, "nombres": nombres, "apellidos": "A", "estado": "A"}).to_string()
    };
    // Names only: the token stays good.
    assert_eq!(s.call("/api/SEG_USUARIO/Update", &user("***", 2, "Rosa María"), &admin)["Message"], "Se actualizó satisfactoriamente.");
    assert_eq!(works(&t1), 200);
    // A new password: the old token is refused (401 with the envelope), the new login works.
    s.call("/api/SEG_USUARIO/Update", &user("Nueva#2026", 2, "Rosa María"), &admin);
    assert_eq!(works(&t1), 401);
    let t2 = s.login_as("rosa", "Nueva#2026")["Data"]["token"].as_str().unwrap().to_owned();
    assert_eq!(works(&t2), 200);
    // A new role.
    s.call("/api/SEG_USUARIO/Update", &user("***", 4, "Rosa María"), &admin);
    assert_eq!(works(&t2), 401);
    // Deactivated.
    let t3 = s.login_as("rosa", "Nueva#2026")["Data"]["token"].as_str().unwrap().to_owned();
    assert_eq!(works(&t3), 200);
    s.call("/api/SEG_USUARIO/Delete", &json!({ "id_usuario": id }).to_string(), &admin);
    let r = s.request(reqwest::Method::POST, "/api/ADM_GENERO/GetAllActives", Some(""), Some(&t3));
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["Message"], "El token de acceso no es válido o ha expirado; inicie sesión nuevamente.");
    // A correctly signed token naming a user that does not exist.
    let now = chrono_now();
    let ghost = json!({"sub": "fantasma", "id_usuario": 4242, "id_rol": 1, "rol": "ADMINISTRADOR", "sello": 1, "iss": ISSUER, "aud": AUDIENCE, "iat": now - 10, "nbf": now - 10, "exp": now + 3600});
    assert_eq!(works(&jwt(&ghost, JWT_SECRET)), 401);
    // The admin's own token was never affected.
    assert_eq!(works(&admin), 200);
}

fn chrono_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

#[test]
fn user_names_and_passwords_are_disciplined() {
    let s = Server::start();
    let admin = s.admin_token();
    let add = |usuario: &str, clave: &str| {
        let body = json!({"id_rol": 2, "usuario": usuario, "clave": clave, "estado": "A"}).to_string();
        s.call("/api/SEG_USUARIO/Add", &body, &admin)
    };
    // Look-alikes of an existing name are the same name.
    for twin in ["ａｄｍｉｎ", "admin ", " ADMIN"] {
        assert_eq!(add(twin, "Clave#2026")["Message"], "El registro ya existe.", "{twin:?}");
    }
    // NUL is refused by the body reader, naming the field; spaces and control characters by the rule.
    let v = add("admin\u{0}evil", "Clave#2026");
    assert_eq!(v["Success"], false);
    assert!(v["Message"].as_str().unwrap().contains("'usuario'"), "{v}");
    assert!(add("ana luz", "Clave#2026")["Message"].as_str().unwrap().starts_with("El usuario solo puede tener"));
    // bcrypt would silently cut a password after 72 bytes.
    let v = add("largo", &"ñ".repeat(37));
    assert_eq!((v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some("La clave no puede superar 72 bytes (unos 72 caracteres sin tildes).")));
    let users: i64 = s.db().query_row("SELECT COUNT(*) FROM SEG_USUARIO", [], |r| r.get(0)).unwrap();
    assert_eq!(users, 1, "only admin");
    // A body with something after the JSON is refused, not half-read.
    let r = s.request(reqwest::Method::POST, "/api/SEG_USUARIO/Add", Some(r#"{"usuario":"a"} {"usuario":"b"}"#), Some(&admin));
    assert_eq!(r.json()["Success"], false);
    assert!(r.json()["Message"].as_str().unwrap().contains("no es un JSON válido"), "{}", r.text);
}
