//! Starting the server and talking to it.

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::Duration,
};

use serde_json::{Value, json};

pub const ADMIN_PASSWORD: &str = "Adm1n#Prueba-2026";
pub const JWT_SECRET: &str = "clave-jwt-de-pruebas-e2e-0123456789abcdef";
pub const ISSUER: &str = "romsoft-api";
/// The warning of an action the caller's role may not call.
pub const FORBIDDEN: &str = "No tiene permiso para realizar esta acción: su rol no la tiene asignada.";
pub const AUDIENCE: &str = "romsoft-clientes";

pub struct Server {
    child: Child,
    pub base: String,
    pub dir: tempfile::TempDir,
    http: reqwest::blocking::Client,
}

pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
    /// Keys of a JSON object in the order the server wrote them.
    pub fn keys(v: &Value) -> Vec<String> {
        v.as_object().expect("object").keys().cloned().collect()
    }
}

pub fn romsoft() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_romsoft"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("ROMSOFT")) {
        cmd.env_remove(k);
    }
    cmd
}

impl Server {
    pub fn start() -> Self {
        Self::start_with(&[])
    }

    pub fn start_with(env: &[(&str, &str)]) -> Self {
        Self::start_in(None, env)
    }

    /// A second instance working in `other`'s folder, on the same database file.
    pub fn start_beside(other: &Server, env: &[(&str, &str)]) -> Self {
        Self::start_in(Some(other.dir.path()), env)
    }

    fn start_in(folder: Option<&Path>, env: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = romsoft();
        cmd.arg("serve")
            .current_dir(folder.unwrap_or(dir.path()))
            .env("ROMSOFT__SERVER__BIND", "127.0.0.1:0")
            .env("ROMSOFT__DATABASE__URL", "sqlite://data/romsoft.db")
            .env("ROMSOFT__AUTH__JWT_SECRET_KEY", JWT_SECRET)
            .env("ROMSOFT__AUTH__BCRYPT_COST", "4")
            .env("ROMSOFT__AUTH__ALLOW_INSECURE_BCRYPT_COST_FOR_TESTS", "true")
            .env("ROMSOFT__SERVER__WORKERS", "2")
            .env("ROMSOFT__SERVER__BODY_LIMIT_BYTES", "65536")
            .env("ROMSOFT_ADMIN_PASSWORD", ADMIN_PASSWORD)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start romsoft");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(url) = line.split("escuchando en ").nth(1) {
                    let _ = tx.send(url.trim().to_owned());
                }
            }
        });
        let base = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(b) => b,
            Err(_) => {
                let _ = child.kill();
                panic!("the server did not start within 60 s");
            }
        };
        // reqwest's rustls needs a process-wide crypto provider (the server's DNI client uses
        // ring); installed once, before any test client is built.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::builder().timeout(Duration::from_secs(30)).build().unwrap();
        Self { child, base, dir, http }
    }

    /// Kills the server with SIGKILL (no shutdown of any kind) and waits for it.
    #[allow(dead_code)]
    pub fn kill_hard(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Waits up to `limit` for the server to exit by itself; its exit code (`None`: still running
    /// or killed by a signal).
    #[allow(dead_code)]
    pub fn wait_exit(&mut self, limit: Duration) -> Option<i32> {
        let started = std::time::Instant::now();
        while started.elapsed() < limit {
            if let Ok(Some(st)) = self.child.try_wait() {
                return st.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    /// Process id of the server (the benchmark reads its peak memory).
    #[allow(dead_code)]
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("data/romsoft.db")
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db_path()).unwrap()
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("Log/Log.txt")).unwrap_or_default()
    }

    pub fn request(&self, method: reqwest::Method, path: &str, body: Option<&str>, token: Option<&str>) -> Reply {
        let mut rb = self.http.request(method, format!("{}{path}", self.base));
        if let Some(b) = body {
            rb = rb.header("Content-Type", "application/json").body(b.to_owned());
        }
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        let resp = rb.send().expect("request");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        Reply { status, headers, text: resp.text().unwrap() }
    }

    /// POST with a JSON body and the given token; asserts HTTP 200 and returns the envelope.
    pub fn call(&self, path: &str, body: &str, token: &str) -> Value {
        let r = self.request(reqwest::Method::POST, path, Some(body), Some(token));
        assert_eq!(r.status, 200, "{path}: {}", r.text);
        let v = r.json();
        assert_envelope(&v);
        v
    }

    pub fn login_as(&self, user: &str, password: &str) -> Value {
        let body = serde_json::json!({ "Username": user, "Password": password }).to_string();
        let r = self.request(reqwest::Method::POST, "/api/Account/Login", Some(&body), None);
        assert_eq!(r.status, 200, "{}", r.text);
        r.json()
    }

    /// Logs in as admin and returns the token.
    pub fn admin_token(&self) -> String {
        let v = self.login_as("admin", ADMIN_PASSWORD);
        v["Data"]["token"].as_str().unwrap_or_else(|| panic!("login failed: {v}")).to_owned()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The legacy envelope: exactly these keys in this order, with these types.
pub fn assert_envelope(v: &Value) {
    assert_eq!(Reply::keys(v), ["Message", "Success", "Warning", "Data"], "{v}");
    assert!(v["Message"].is_null() || v["Message"].is_string(), "{v}");
    assert!(v["Success"].is_boolean() && v["Warning"].is_boolean(), "{v}");
}

/// `json_property_order` of a DTO in the contract shipped with the project.
pub fn contract_order(dto: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/contract/romsoft-legacy.json");
    let c: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let d = &c["dtos"][dto];
    let order = d.get("json_property_order").filter(|o| o.is_array()).cloned().unwrap_or_else(|| {
        Value::Array(d["fields"].as_array().unwrap().iter().map(|f| f["name"].clone()).collect())
    });
    order.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect()
}

pub fn jwt(claims: &Value, secret: &str) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

/// `(property, C# type)` of a reply type in the shipped contract, in wire order; inherited
/// properties included. Entities are the reply of the five FAR_* lists.
pub fn contract_shape(name: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/contract/romsoft-legacy.json");
    let c: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let class = |n: &str| c["dtos"].get(n).or_else(|| c["entities"].get(n)).cloned().unwrap_or_else(|| panic!("{n} no está en el contrato"));
    let d = class(name);
    let mut types: Vec<(String, String)> = Vec::new();
    let mut cur = Some(d.clone());
    while let Some(k) = cur {
        for f in k["fields"].as_array().unwrap() {
            types.push((f["name"].as_str().unwrap().into(), f["cs_type"].as_str().unwrap().into()));
        }
        cur = k["inherits_fields_from"].as_str().map(class);
    }
    let order: Vec<String> = d["json_property_order"]
        .as_array()
        .map(|o| o.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
        .unwrap_or_else(|| types.iter().map(|(n, _)| n.clone()).collect());
    order.into_iter().map(|n| (n.clone(), types.iter().find(|(t, _)| *t == n).unwrap().1.clone())).collect()
}

/// Checks one list item against its type: same keys in the same order, each with its JSON type.
pub fn assert_contract_item(item: &Value, reply: &str, path: &str) {
    let expected = contract_shape(reply);
    let keys: Vec<String> = item.as_object().unwrap_or_else(|| panic!("{path}: {item}")).keys().cloned().collect();
    assert_eq!(keys, expected.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(), "{path}: {item}");
    for (name, ty) in expected {
        let v = &item[&name];
        let ok = match ty.as_str() {
            "int" | "long" | "short" | "byte" => v.is_i64(),
            "decimal" | "double" | "float" => v.is_number(),
            "bool" => v.is_boolean(),
            t if t.ends_with('?') || t.starts_with("Nullable<") => v.is_null() || (if t.contains("DateTime") { v.is_string() } else { v.is_number() || v.is_boolean() }),
            "string" | "DateTime" => v.is_null() || v.is_string(),
            other => panic!("{path}: tipo {other} no previsto"),
        };
        assert!(ok, "{path}: {name} ({ty}) = {v}");
        if name == "estado" {
            assert!(!v.is_null(), "{path}: estado nunca null: {item}");
        }
    }
}

/// The id of the catalog row with this code (`SELECT key FROM table WHERE c_codigo = code`).
pub fn id_of(s: &Server, table: &str, key: &str, code: &str) -> i64 {
    s.db()
        .query_row(&format!("SELECT {key} FROM {table} WHERE c_codigo = ?1"), [code], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{table} {code}: {e}"))
}

/// The single integer a query returns.
pub fn count(s: &Server, sql: &str) -> i64 {
    s.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// A patient as admission registers one (García Ñahui, DNI `dni`, living in Piura), with the
/// desktop client's habits (unset date, audit user as text).
pub fn paciente(s: &Server, dni: &str) -> Value {
    json!({
        "t_apellido_paterno": "García",
        "t_apellido_materno": "Ñahui",
        "t_nombres": "Rosa Elena",
        "d_fecha_nacimiento": "1985-03-14T00:00:00",
        "id_genero": id_of(s, "ADM_GENERO", "id_genero", "F"),
        "id_estado_civil": id_of(s, "ADM_ESTADO_CIVIL", "id_estado_civil", "C"),
        "id_documento_identidad": id_of(s, "ADM_DOCUMENTO_IDENTIDAD", "id_documento_identidad", "1"),
        "c_documento_identidad": dni,
        "id_grupo_sanguineo": id_of(s, "ADM_GRUPO_SANGUINEO", "id_grupo_sanguineo", "O+"),
        "id_ubigeo_domicilio": id_of(s, "ADM_UBIGEO", "id_ubigeo", "200101"),
        "t_direccion": "Av. Grau 123, Piura",
        "c_p_fono_personal": "969123456",
        "f_estado": 1,
        "FechaCreacion": "0001-01-01T00:00:00",
        "UsuarioCreacion": "1"
    })
}

/// Adds a user with this role id (1 ADMINISTRADOR, 2 ADMISION, 5 FARMACIA) and logs in as them.
pub fn user_with_role(s: &Server, admin: &str, usuario: &str, id_rol: i64) -> (i64, String) {
    let body = json!({"id_rol": id_rol, "usuario": usuario, "clave": "Clave#2026", "nombres": "N", "apellidos": "A", "estado": "A"});
    assert_eq!(s.call("/api/SEG_USUARIO/Add", &body.to_string(), admin)["Message"], "Se registró satisfactoriamente.");
    let id: i64 = s.db().query_row("SELECT id_usuario FROM SEG_USUARIO WHERE usuario = ?1", [usuario], |r| r.get(0)).unwrap();
    let v = s.login_as(usuario, "Clave#2026");
    (id, v["Data"]["token"].as_str().unwrap_or_else(|| panic!("{v}")).to_owned())
}

/// A refusal by the authorization matrix: HTTP 200 warning with the Spanish message, no data.
pub fn forbidden(v: &Value) {
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(FORBIDDEN)), "{v}");
    assert!(v["Data"].is_null());
}
