//! The black-box flows the suite runs against a server, over HTTP only: every check reads the
//! values back through the API, never from the database, so the same flows run on SQL Server and
//! on the embedded SQLite file. Every value a flow writes carries `Run::tag`, so the flows also
//! pass on a database named by `ROMSOFT_TEST_MSSQL` that an earlier run already used.
//!
//! Expects the insurer's plan of `setup::PLAN_TSQL` / `PLAN_SQLITE` to exist.

use serde_json::{Value, json};

use crate::harness::{ADMIN_PASSWORD, Reply, Server, assert_contract_item, assert_envelope, contract_order};

/// One run: the server, the admin's token and the run's random digits.
pub struct Run<'a> {
    pub s: &'a Server,
    pub admin: String,
    /// Eight random digits, different on every run.
    pub tag: String,
}

fn ok(v: &Value, message: &str) {
    assert_envelope(v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), Some(message)), "{v}");
}

fn warning(v: &Value, message: &str) {
    assert_envelope(v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(true), Some(message)), "{v}");
    assert!(v["Data"].is_null(), "{v}");
}

/// The rows of a successful list reply.
fn rows(v: &Value) -> Vec<Value> {
    assert_envelope(v);
    assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
    v["Data"].as_array().unwrap_or_else(|| panic!("Data no es una lista: {v}")).clone()
}

fn codes(v: &Value) -> Vec<String> {
    rows(v).iter().map(|r| r["c_codigo"].as_str().unwrap_or_else(|| panic!("{r}")).to_owned()).collect()
}

impl Run<'_> {
    /// Logs in as admin (the login flow) and picks the run's digits.
    pub fn start(s: &Server) -> Run<'_> {
        let v = s.login_as("admin", ADMIN_PASSWORD);
        assert_envelope(&v);
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool(), v["Message"].as_str()), (Some(true), Some(false), None), "{v}");
        assert_eq!(Reply::keys(&v["Data"]), contract_order("SEG_USUARIOLoginDTO"));
        assert_eq!((v["Data"]["usuario"].as_str(), v["Data"]["clave"].as_str(), v["Data"]["estado"].as_str()), (Some("admin"), Some("***"), Some("A")));
        let admin = v["Data"]["token"].as_str().unwrap_or_else(|| panic!("{v}")).to_owned();
        assert_eq!(admin.split('.').count(), 3);
        warning(&s.login_as("admin", "no-es-la-clave"), "El usuario no existe o los datos son incorrectos.");
        let tag = format!("{:08}", rand::random::<u32>() % 100_000_000);
        Run { s, admin, tag }
    }

    fn call(&self, path: &str, body: &Value) -> Value {
        self.s.call(&format!("/api/{path}"), &body.to_string(), &self.admin)
    }

    /// The id (`key`) of the active catalog row with this code (or, for the lists whose legacy
    /// procedure returns no code, this description), from the catalog's list.
    fn id(&self, list: &str, key: &str, code: &str) -> i64 {
        let all = rows(&self.call(list, &json!({})));
        let row = all.iter().find(|r| r["c_codigo"] == code || r["t_descripcion"] == code).unwrap_or_else(|| panic!("{list}: sin {code}: {all:?}"));
        row[key].as_i64().unwrap_or_else(|| panic!("{list}: {row}"))
    }

    /// A DNI of this run: the tag with a last digit.
    pub fn dni(&self, n: u8) -> String {
        format!("{}{}", &self.tag[1..], n % 10)
    }

    /// CIE-10 and UBIGEO searches give the seeded rows, whatever the case and accents.
    pub fn catalogs(&self) {
        let cie10 = |valor: &str| self.call("ADM_CIE10/GetAllFilters", &json!({ "valorReq": valor }));
        let neumonia = codes(&cie10("neumonia"));
        assert_eq!((neumonia.len(), neumonia[0].as_str(), neumonia[55].as_str()), (56, "A403", "P239"), "{neumonia:?}");
        assert_eq!(codes(&cie10("NEUMONÍA")), neumonia, "with or without the accent");
        let v = cie10("neumonia bacteriana");
        assert_eq!(codes(&v), ["J15", "J158", "J159", "J170"]);
        let row = &rows(&v)[0];
        assert_eq!(Reply::keys(row), contract_order("ADM_CIE10DTO"));
        assert_eq!(row["t_descripcion"], "Neumonía bacteriana, no clasificada en otra parte");
        assert_eq!(codes(&cie10(" j45.0 ")), ["J450"]);

        let ubigeo = |valor: &str| self.call("ADM_UBIGEO/GetAllFilters", &json!({ "ValorBusqueda": valor }));
        let piura = ["200101", "200104", "200105", "200107", "200108", "200109", "200110", "200111", "200114", "200115"];
        assert_eq!(codes(&ubigeo("2001")), piura);
        let v = ubigeo("200108");
        let row = &rows(&v)[0];
        assert_eq!(Reply::keys(row), contract_order("ADM_UBIGEODTO"));
        assert_eq!(
            (&row["t_pais"], &row["t_departamento"], &row["t_provincia"], &row["t_distrito"]),
            (&json!("Perú"), &json!("Piura"), &json!("Piura"), &json!("El Tallán"))
        );
        assert_eq!(codes(&ubigeo("NANA")), ["160102"]);
        assert_eq!(codes(&ubigeo("ñaña")), ["160102"]);
        let all = rows(&self.call("ADM_UBIGEO/GetAllActives", &json!({})));
        assert_eq!(all.len(), 1_873);
        let generos: Vec<String> = rows(&self.call("ADM_GENERO/GetAllActives", &json!({}))).iter().map(|g| g["t_descripcion"].as_str().unwrap().to_owned()).collect();
        assert_eq!(generos, ["Femenino", "Masculino"]);
    }

    /// A patient as admission registers one (García Ñahui, living in Piura), ids from the lists.
    fn paciente(&self, dni: &str) -> Value {
        let ubigeo = rows(&self.call("ADM_UBIGEO/GetAllFilters", &json!({ "ValorBusqueda": "200101" })));
        json!({
            "t_apellido_paterno": "García",
            "t_apellido_materno": "Ñahui",
            "t_nombres": "Rosa Elena",
            "d_fecha_nacimiento": "1985-03-14T00:00:00",
            "id_genero": self.id("ADM_GENERO/GetAllActives", "id_genero", "Femenino"),
            "id_estado_civil": self.id("ADM_ESTADO_CIVIL/GetAllActives", "id_estado_civil", "Casado(a)"),
            "id_documento_identidad": self.id("ADM_DOCUMENTO_IDENTIDAD/GetAllActives", "id_documento_identidad", "1"),
            "c_documento_identidad": dni,
            "id_grupo_sanguineo": self.id("ADM_GRUPO_SANGUINEO/GetAllActives", "id_grupo_sanguineo", "O+"),
            "id_ubigeo_domicilio": ubigeo[0]["id_ubigeo"],
            "t_direccion": "Av. Grau 123, Piura",
            "c_p_fono_personal": "969123456",
            "f_estado": 1,
            "FechaCreacion": "0001-01-01T00:00:00",
            "UsuarioCreacion": "1"
        })
    }

    /// Add → GetAllFilters by surname without accents → GetById. Returns the patient's id.
    pub fn patient(&self, dni: &str) -> i64 {
        ok(&self.call("ADM_PACIENTE/Add", &self.paciente(dni)), "Se registró satisfactoriamente.");
        warning(
            &self.call("ADM_PACIENTE/Add", &self.paciente(dni)),
            &format!("Ya existe un paciente con ese documento de identidad: historia clínica {}.", self.historia(dni)),
        );
        let found = rows(&self.call("ADM_PACIENTE/GetAllFilters", &json!({ "apellidos": "garcia nahui", "estado": "A" })));
        let mine: Vec<&Value> = found.iter().filter(|p| p["dni"] == dni).collect();
        assert_eq!(mine.len(), 1, "{found:?}");
        let p = mine[0];
        assert_eq!((p["apellidos"].as_str(), p["nombres"].as_str(), p["estado"].as_str()), (Some("García Ñahui"), Some("Rosa Elena"), Some("A")), "{p}");
        let id = p["id_paciente"].as_i64().unwrap_or_else(|| panic!("{p}"));

        let v = rows(&self.call("ADM_PACIENTE/GetById", &json!({ "id_paciente": id })));
        assert_eq!(v.len(), 1);
        let p = &v[0];
        assert_eq!(Reply::keys(p), contract_order("ADM_PACIENTEDTO"));
        // The legacy GetById procedure does not return id_paciente (0, its default): the document says it is ours.
        assert_eq!(p["c_documento_identidad"].as_str(), Some(dni), "{p}");
        assert_eq!((p["sexo"].as_str(), p["des_estadocivil"].as_str()), (Some("Femenino"), Some("Casado(a)")), "{p}");
        assert_eq!((p["des_ubigeo_domicilio"].as_str(), p["d_fecha_nacimiento"].as_str()), (Some("Piura, Piura, Piura"), Some("1985-03-14T00:00:00")), "{p}");
        assert_eq!((p["t_direccion"].as_str(), p["f_estado"].as_i64()), (Some("Av. Grau 123, Piura"), Some(1)), "{p}");
        assert!(rows(&self.call("ADM_PACIENTE/GetById", &json!({ "id_paciente": i32::MAX }))).is_empty());
        id
    }

    /// The clinical record number of the patient with this document (GetAllFilters by dni).
    fn historia(&self, dni: &str) -> i64 {
        let found = rows(&self.call("ADM_PACIENTE/GetAllFilters", &json!({ "dni": dni })));
        assert_eq!(found.len(), 1, "{found:?}");
        found[0]["n_historia_clinica"].as_i64().unwrap_or_else(|| panic!("{found:?}"))
    }

    /// A professional added through the API; returns its id.
    fn medico(&self) -> i64 {
        let dni = self.dni(9);
        let body = json!({
            "id_profesional": 0, "t_apellidos": "Quispe Rojas", "t_nombres": "Carlos", "d_fecha_nace": "1980-05-17T00:00:00",
            "id_genero": self.id("ADM_GENERO/GetAllActives", "id_genero", "Masculino"),
            "id_tipo_documento": self.id("ADM_DOCUMENTO_IDENTIDAD/GetAllActives", "id_documento_identidad", "1"),
            "c_numero_documento": dni,
            "id_especialidad": self.id("ADM_ESPECIALIDAD/GetAllActives", "id_especialidad", "Medicina General"),
            "c_nro_especialidad": "RNE 12345",
            "id_tipo_profesional": self.id("ADM_TIPO_PROFESIONAL/GetAllActives", "id_tipo_profesional", "Médico cirujano (CMP)"),
            "c_colegiatura": &self.tag[2..],
            "id_condicion_profesional": self.id("ADM_CONDICION_PROFESIONAL/GetAllActives", "id_condicion_profesional", "Médico de staff"),
            "c_telefono_1": "987654321", "f_estado": 1
        });
        ok(&self.call("ADM_PROFESIONAL/Add", &body), "Se registró satisfactoriamente.");
        let found = rows(&self.call("ADM_PROFESIONAL/GetAllFilters", &json!({ "c_numero_documento": dni, "f_estado": 1 })));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0]["t_medico"], "Quispe Rojas, Carlos");
        found[0]["id_profesional"].as_i64().unwrap()
    }

    /// Attention Add → GetById → Update → GetById, for the patient `paciente`.
    pub fn attention(&self, paciente: i64) {
        let medico = self.medico();
        let mut body = json!({
            "id_atencion": 0,
            "id_paciente": paciente,
            "id_tipo_paciente": self.id("ADM_TIPO_PACIENTE/GetAllActives", "id_tipo_paciente", "Particular"),
            "id_tipo_atencion": self.id("ADM_TIPO_ATENCION/GetAllActives", "id_tipo_atencion", "Consulta externa"),
            "d_fecha_registro": "2026-11-23T09:15:00",
            "c_hora_registro": "09:15",
            "id_plan_seguro": 0, "id_beneficio": 0,
            "id_moneda": self.id("CVN_MONEDA/GetAllActives", "id_moneda", "Soles"),
            "n_copago_fijo": 0, "n_copago_variable": 0, "n_limite_cobertura": 0, "id_diagnostico": 0,
            "id_profesional": medico,
            "t_observacion_general": "Control de presión arterial",
            "d_fecha_cierre": "0001-01-01T00:00:00",
            "n_a_total": 50.00,
            "f_estado": 1,
            "FechaCreacion": "0001-01-01T00:00:00",
            "UsuarioCreacion": "1"
        });
        let v = self.call("ADM_ATENCION/Add", &body);
        ok(&v, "Se registró satisfactoriamente.");
        let id = v["Data"].as_i64().unwrap_or_else(|| panic!("Data es el id nuevo como entero: {v}"));
        let mut wrong = body.clone();
        wrong["id_moneda"] = json!(999_999);
        warning(&self.call("ADM_ATENCION/Add", &wrong), "El campo 'id_moneda' no es válido: el valor 999999 no existe o está inactivo.");

        let read = |id: i64| -> Value {
            let v = rows(&self.call("ADM_ATENCION/GetById", &json!({ "IdAtencion": id })));
            assert_eq!(v.len(), 1, "{v:?}");
            assert_eq!(Reply::keys(&v[0]), contract_order("ADM_ATENCIONDTO"));
            v[0].clone()
        };
        let a = read(id);
        assert_eq!((a["id_atencion"].as_i64(), a["id_paciente"].as_i64(), a["id_profesional"].as_i64(), a["f_estado"].as_i64()), (Some(id), Some(paciente), Some(medico), Some(1)), "{a}");
        assert_eq!((a["d_fecha_registro"].as_str(), a["c_hora_registro"].as_str()), (Some("2026-11-23T09:15:00"), Some("09:15")), "{a}");
        assert_eq!(a["t_observacion_general"], "Control de presión arterial");
        assert_eq!((a["n_a_total"].as_f64(), a["id_plan_seguro"].as_i64(), a["id_diagnostico"].as_i64()), (Some(50.0), Some(0), Some(0)), "NULL ids read as 0: {a}");

        // Attended, with the diagnosis found by the CIE-10 search.
        let j450 = rows(&self.call("ADM_CIE10/GetAllFilters", &json!({ "valorReq": "J45.0" })))[0]["id_cie10"].as_i64().unwrap();
        body["id_atencion"] = json!(id);
        body["f_estado"] = json!(2);
        body["id_diagnostico"] = json!(j450);
        body["t_observacion_general"] = json!("Asma controlada; cita en 30 días");
        // The contract's Update answers with the Add message (legacy).
        ok(&self.call("ADM_ATENCION/Update", &body), "Se registró satisfactoriamente.");
        let a = read(id);
        assert_eq!((a["f_estado"].as_i64(), a["id_diagnostico"].as_i64()), (Some(2), Some(j450)), "{a}");
        assert_eq!(a["t_observacion_general"], "Asma controlada; cita en 30 días");
        body["id_atencion"] = json!(i32::MAX);
        warning(&self.call("ADM_ATENCION/Update", &body), &format!("La atención {} no existe.", i32::MAX));
    }

    /// ADM_OCUPACION: Add, the duplicate warning, filters, GetById, Update, soft Delete.
    pub fn ocupacion(&self) {
        let nombre = format!("Ingeniero civil {}", self.tag);
        let body = |descripcion: &str| json!({"id_ocupacion": 0, "c_codigo": "ING", "t_descripcion": descripcion, "t_observacion": "Área técnica", "f_estado": 1, "estado": "Activo"});
        ok(&self.call("ADM_OCUPACION/Add", &body(&nombre)), "Se registró satisfactoriamente.");
        warning(&self.call("ADM_OCUPACION/Add", &body(&nombre.to_uppercase())), "El registro ya existe.");
        let found = rows(&self.call("ADM_OCUPACION/GetAllFilters", &json!({ "t_descripcion": format!("CIVIL {}", self.tag) })));
        assert_eq!(found.len(), 1, "{found:?}");
        let id = found[0]["id_ocupacion"].as_i64().unwrap();
        let get = || rows(&self.call("ADM_OCUPACION/GetById", &json!({ "id_ocupacion": id })));
        let row = &get()[0];
        assert_contract_item(row, "ADM_OCUPACIONDTO", "ADM_OCUPACION/GetById");
        assert_eq!((row["t_descripcion"].as_str(), row["t_observacion"].as_str(), row["estado"].as_str(), row["UsuarioCreacion"].as_str()), (Some(nombre.as_str()), Some("Área técnica"), Some("Activo"), Some("admin")), "{row}");

        let nueva = format!("Ingeniera civil {}", self.tag);
        let mut upd = body(&nueva);
        upd["id_ocupacion"] = json!(id);
        ok(&self.call("ADM_OCUPACION/Update", &upd), "Se actualizó satisfactoriamente.");
        assert_eq!(get()[0]["t_descripcion"], nueva.as_str());
        assert!(rows(&self.call("ADM_OCUPACION/GetAllActives", &json!({}))).iter().any(|o| o["id_ocupacion"] == id));
        ok(&self.call("ADM_OCUPACION/Delete", &json!({ "id_ocupacion": id })), "Se eliminó satisfactoriamente.");
        assert_eq!(get()[0]["estado"], "Inactivo");
        assert!(rows(&self.call("ADM_OCUPACION/GetAllActives", &json!({}))).iter().all(|o| o["id_ocupacion"] != id));
    }

    /// SEG_USUARIO Add with this role, then a login as the new user; returns their token.
    pub fn user(&self, prefix: &str, id_rol: i64) -> String {
        let usuario = format!("{prefix}{}", self.tag);
        let body = json!({"id_rol": id_rol, "usuario": usuario, "clave": "Clave#2026", "nombres": "Rosa", "apellidos": "Quispe", "estado": "A", "email": "rquispe@clinica.pe"});
        ok(&self.call("SEG_USUARIO/Add", &body), "Se registró satisfactoriamente.");
        warning(&self.call("SEG_USUARIO/Add", &body), "El registro ya existe.");
        let v = self.s.login_as(&usuario, "Clave#2026");
        assert_eq!((v["Success"].as_bool(), v["Warning"].as_bool()), (Some(true), Some(false)), "{v}");
        assert_eq!((v["Data"]["usuario"].as_str(), v["Data"]["id_rol"].as_i64(), v["Data"]["clave"].as_str()), (Some(usuario.as_str()), Some(id_rol), Some("***")), "{v}");
        let token = v["Data"]["token"].as_str().unwrap().to_owned();
        let generos = self.s.call("/api/ADM_GENERO/GetAllActives", "", &token);
        assert_eq!(rows(&generos).len(), 2, "the new user's token works");
        token
    }

    /// A receptionist records a SITEDS authorization and its attention in one call.
    pub fn siteds(&self) {
        let recepcion = self.user("recepcion", 2);
        let dni = self.dni(2);
        let paciente = self.patient(&dni);
        let codigo = format!("00{}", self.tag);
        let autorizacion = json!({
            "COD_DOCUMENTO": "1", "COD_AUTORIZACION": codigo, "COD_ASEGURADO": "A-778812",
            "FEC_AUTORIZACION": "2026-11-24T08:30:00", "FEC_NACIMIENTO": "1985-03-14T00:00:00",
            "NOMBRES": "ROSA ELENA", "AP_PATERNO": "GARCÍA", "AP_MATERNO": "ÑAHUI",
            "PACIENTE": "GARCÍA ÑAHUI ROSA ELENA", "TITULAR": "GARCÍA ÑAHUI ROSA ELENA",
            "RUC_IPRESS": "20525149951", "COD_IAFA": "20001", "NUM_COPAGO_FIJO": 20.00, "NUM_COPAGO_VARIABLE": 10.0,
            "COD_IPRESS": "00012345", "SEXO": "2", "NUM_DOCUMENTO": dni, "NUM_EDAD": "41"
        });
        // Two halves: one json! of every field exceeds the macro recursion limit.
        let resto = json!({
            "COD_TIPO_FILIACION": "TIT", "DES_TIPO_FILIACION": "Titular", "COD_COBERTURA": "B01", "COD_SUBCOBERTURA": "B01",
            "DES_BENEFICIO": "Consulta ambulatoria", "COD_PRODUCTO": "REG", "DES_PRODUCTO": "Plan de salud regular (EPS)",
            "COD_TIPO_AFILIACION": "EPS", "DES_TIPO_AFILIACION": "EPS", "NUM_POLIZA": "POL-2026-0099", "NUM_PLAN": "01",
            "COD_CONTRATANTE": "6", "COD_CONTRATANTE_ABR": "RUC", "NUM_CONTRATANTE": "20131312955", "DES_CONTRATANTE": "MINERA NORTE SAC",
            "FEC_INICIO_VIGENCIA": "2026-01-01T00:00:00", "FEC_FIN_VIGENCIA": "2026-12-31T00:00:00", "FE_INCLDATE": "2024-05-01T00:00:00",
            "COD_MONEDA": "PEN", "COD_SERVICIO": "01", "NUM_IP": "10.0.0.5",
            "f_estado": 1, "id_user_registro": 0, "id_user_modifica": 0, "valor": null
        });
        let mut autorizacion = autorizacion;
        if let (Some(a), Some(r)) = (autorizacion.as_object_mut(), resto.as_object()) {
            a.extend(r.clone());
        }
        let body = json!({ "idUser": 999, "listaAutoriza": autorizacion }).to_string();
        let v = self.s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll", &body, &recepcion);
        ok(&v, "Se registró satisfactoriamente.");
        let res = &v["Data"][0];
        assert_contract_item(res, "ADM_DOCUMENTO_AUTORIZACION_RESDTO", "GetAddAtencionAll");
        let id_atencion = res["id_atecion_autoriza"].as_i64().unwrap_or_else(|| panic!("{v}"));
        assert!(id_atencion > 0 && res["id_plan_seguro"].as_i64().is_some_and(|p| p > 0), "{v}");
        assert_eq!((res["codigo_asegurado"].as_str(), res["numero_contrato"].as_str(), res["c_cod_autorizacion"].as_str()), (Some("A-778812"), Some("POL-2026-0099"), Some(codigo.as_str())), "{res}");
        assert_eq!((res["c_num_copago_fijo"].as_f64(), res["c_num_copago_variable"].as_f64()), (Some(20.0), Some(10.0)), "{res}");
        assert_eq!(res["id_moneda"].as_i64(), Some(self.id("CVN_MONEDA/GetAllActives", "id_moneda", "Soles")));
        assert_eq!(res["id_beneficio"].as_i64(), Some(self.id("CVN_BENEFICIO/GetAllActives", "id_beneficio", "Consulta ambulatoria")));

        // The attention it opened: the patient's, Registrado, EPS, consulta externa.
        let a = rows(&self.s.call("/api/ADM_ATENCION/GetById", &json!({ "IdAtencion": id_atencion }).to_string(), &recepcion));
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!((a[0]["id_paciente"].as_i64(), a[0]["f_estado"].as_i64()), (Some(paciente), Some(1)), "{}", a[0]);
        assert_eq!(a[0]["id_tipo_paciente"].as_i64(), Some(self.id("ADM_TIPO_PACIENTE/GetAllActives", "id_tipo_paciente", "Asegurado EPS")));
        assert_eq!(a[0]["id_tipo_atencion"].as_i64(), Some(self.id("ADM_TIPO_ATENCION/GetAllActives", "id_tipo_atencion", "Consulta externa")));
        assert_eq!(a[0]["id_plan_seguro"], res["id_plan_seguro"]);

        // The same authorization again: nothing written.
        let again = self.s.call("/api/ADM_DOCUMENTO_AUTORIZACION/GetAddAtencionAll", &body, &recepcion);
        warning(&again, &format!("La autorización {codigo} ya abrió la atención {id_atencion}."));
    }

    /// Every flow, in order.
    pub fn all(&self) {
        self.catalogs();
        let paciente = self.patient(&self.dni(1));
        self.attention(paciente);
        self.ocupacion();
        self.user("cajero", 2);
        self.siteds();
    }
}
