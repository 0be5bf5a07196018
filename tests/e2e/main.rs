//! Black-box tests: each test starts the real `romsoft` binary on 127.0.0.1 with a fresh SQLite
//! file in its own working directory and speaks HTTP to it.

mod harness;
mod headers;
mod instances;
mod limits;

mod atencion;
mod autorizacion;
mod auth;
mod bodies;
mod catalogos;
mod configuracion;
mod contrato;
mod convenios;
mod convenios_categoria;
mod convenios_plan;
mod convenios_tarifario;
mod desktop;
mod despliegue;
mod dni;
mod factura;
mod doctor;
mod ocupacion;
mod operations;
mod paciente;
mod producto;
mod profesional;
mod referencia;
mod trouble;
mod roles;
mod schema_fuzz;
mod usuarios;
