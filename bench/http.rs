//! Benchmark of the real `romsoft` binary over HTTP on 127.0.0.1 (embedded SQLite).
//!
//! Measures: login latency at the production bcrypt cost, read throughput/latency of a list
//! action with 4 concurrent clients, write latency of `SEG_USUARIO/Add` (duplicate check, insert,
//! audit row), a 100-client soak that must answer every request, the server's peak resident
//! memory, and that memory again after 100 clients send a 1 MB body at once; the reference
//! catalogs: their load on the first start (CIE-10 + UBIGEO from `sql/seed/`) and a CIE-10 text
//! search and a UBIGEO search with 4 concurrent clients. Every loop is bounded in count.
//! Results go to `bench/results.md`. Run: `cargo bench -p webapi --bench http`.

use std::time::Instant;

// The black-box test harness: starts the real binary with a fresh database and speaks HTTP.
#[allow(dead_code)]
#[path = "../tests/e2e/harness.rs"]
mod harness;

use harness::{ADMIN_PASSWORD, Server};

const LOGINS: usize = 40;
const READ_CLIENTS: usize = 4;
const READS_PER_CLIENT: usize = 500;
const WRITES: usize = 200;
const SOAK_CLIENTS: usize = 100;
const SOAK_ROUNDS: usize = 10;
const BIG_BODY_CLIENTS: usize = 100;
const SEARCHES_PER_CLIENT: usize = 250;
/// Searches over the whole catalogs: words ignoring accents (a scan of every row) and a prefix.
const CIE10_SEARCHES: &[(&str, usize)] = &[("fractura del femur", 8), ("neumonia bacteriana", 4), ("diabetes insulinodependiente", 24)];
const UBIGEO_SEARCHES: &[(&str, usize)] = &[("piura", 65), ("canete", 16), ("1501", 43)];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn summary(mut ms: Vec<f64>) -> (f64, f64, f64) {
    ms.sort_by(f64::total_cmp);
    (percentile(&ms, 0.5), percentile(&ms, 0.95), percentile(&ms, 0.99))
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    // The harness lowers the bcrypt cost for tests; measure the production default.
    let server = Server::start_with(&[("ROMSOFT__AUTH__BCRYPT_COST", "12"), ("ROMSOFT__LOGGING__CONSOLE", "false"), ("ROMSOFT__SERVER__BODY_LIMIT_BYTES", "1048576")]);
    let timed = |f: &dyn Fn() -> serde_json::Value| {
        let started = Instant::now();
        let v = f();
        (started.elapsed().as_secs_f64() * 1000.0, v)
    };

    // Login at the default bcrypt cost (12).
    let mut login_ms = Vec::new();
    let mut token = String::new();
    for _ in 0..LOGINS {
        let (ms, v) = timed(&|| server.login_as("admin", ADMIN_PASSWORD));
        assert_eq!(v["Success"], true);
        token = v["Data"]["token"].as_str().unwrap().to_owned();
        login_ms.push(ms);
    }

    // Writes: Add (duplicate check + bcrypt(12) + insert + audit).
    let mut write_ms = Vec::new();
    for i in 0..WRITES {
        let body = serde_json::json!({"id_rol": 2, "usuario": format!("bench{i}"), "clave": "Bench#1", "apellidos": "Pérez", "estado": "A"});
        let (ms, v) = timed(&|| server.call("/api/SEG_USUARIO/Add", &body.to_string(), &token));
        assert_eq!(v["Warning"], false, "{v}");
        write_ms.push(ms);
    }

    // Reads: GetAllFilters returning ~200 users, 4 concurrent clients.
    let started = Instant::now();
    let read_ms: Vec<f64> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..READ_CLIENTS)
            .map(|_| {
                s.spawn(|| {
                    (0..READS_PER_CLIENT)
                        .map(|_| {
                            let (ms, v) = timed(&|| server.call("/api/SEG_USUARIO/GetAllFilters", r#"{"estado":"A"}"#, &token));
                            assert_eq!(v["Data"].as_array().map(Vec::len), Some(WRITES + 1));
                            ms
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let read_secs = started.elapsed().as_secs_f64();

    // Reference catalogs: a text search over CIE-10 (14,498 rows) and one over UBIGEO (1,873),
    // READ_CLIENTS concurrent clients cycling through a few searches, each answer checked.
    let search = |clients: usize, path: &'static str, field: &'static str, queries: &'static [(&'static str, usize)]| -> (Vec<f64>, f64) {
        let started = Instant::now();
        let ms = std::thread::scope(|s| {
            let handles: Vec<_> = (0..clients)
                .map(|c| {
                    let (server, token) = (&server, &token);
                    s.spawn(move || {
                        (0..SEARCHES_PER_CLIENT)
                            .map(|i| {
                                let (q, rows) = queries[(c + i) % queries.len()];
                                let body = serde_json::json!({ field: q }).to_string();
                                let (ms, v) = timed(&|| server.call(path, &body, token));
                                assert_eq!(v["Data"].as_array().map(Vec::len), Some(rows), "{path} {q}: {v}");
                                ms
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
        });
        (ms, started.elapsed().as_secs_f64())
    };
    // One client alone (the latency of a search), then READ_CLIENTS at once.
    let (cie10_one, _) = search(1, "/api/ADM_CIE10/GetAllFilters", "valorReq", CIE10_SEARCHES);
    let (ubigeo_one, _) = search(1, "/api/ADM_UBIGEO/GetAllFilters", "ValorBusqueda", UBIGEO_SEARCHES);
    let (cie10_ms, cie10_secs) = search(READ_CLIENTS, "/api/ADM_CIE10/GetAllFilters", "valorReq", CIE10_SEARCHES);
    let (ubigeo_ms, ubigeo_secs) = search(READ_CLIENTS, "/api/ADM_UBIGEO/GetAllFilters", "ValorBusqueda", UBIGEO_SEARCHES);

    // Soak: 100 concurrent clients, each round a catalog read, an Add and a filtered list.
    let started = Instant::now();
    let soak: Vec<(f64, bool)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..SOAK_CLIENTS)
            .map(|c| {
                let (server, token) = (&server, &token);
                s.spawn(move || {
                    let mut out = Vec::new();
                    for r in 0..SOAK_ROUNDS {
                        let add = serde_json::json!({ "t_descripcion": format!("Oficio {c}-{r}") }).to_string();
                        for (path, body) in [
                            ("/api/ADM_GENERO/GetAllActives", String::new()),
                            ("/api/ADM_OCUPACION/Add", add),
                            ("/api/ADM_OCUPACION/GetAllFilters", r#"{"t_descripcion":"Oficio 1"}"#.to_owned()),
                        ] {
                            let t = Instant::now();
                            let reply = server.request(reqwest::Method::POST, path, Some(&body), Some(token));
                            let ok = reply.status == 200
                                && serde_json::from_str::<serde_json::Value>(&reply.text).is_ok_and(|v| v["Success"] == true && v["Warning"] == false);
                            out.push((t.elapsed().as_secs_f64() * 1000.0, ok));
                        }
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let soak_secs = started.elapsed().as_secs_f64();
    let soak_errors = soak.iter().filter(|(_, ok)| !ok).count();
    assert_eq!(soak_errors, 0, "the soak must answer every request");
    let n_soak = soak.len();
    let (s50, s95, s99) = summary(soak.into_iter().map(|(ms, _)| ms).collect());
    let rss = peak_rss_kib(server.pid());

    // 100 clients each sending a 1 MB body at once: the in-flight body budget (64 MiB by
    // default) bounds the memory; what does not fit is refused at once with 503.
    let big = format!("{{\"t_descripcion\": \"{}\"}}", "x".repeat(1_000_000));
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..BIG_BODY_CLIENTS)
            .map(|_| {
                let (server, token, big) = (&server, &token, &big);
                s.spawn(move || server.request(reqwest::Method::POST, "/api/ADM_OCUPACION/GetAllFilters", Some(big), Some(token)).status)
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let answered = statuses.iter().filter(|&&c| c == 200).count();
    let refused = statuses.iter().filter(|&&c| c == 503).count();
    let other = statuses.len() - answered - refused;
    assert_eq!(other, 0, "a 1 MB body gets 200 or 503, nothing else: {statuses:?}");
    let rss_bodies = peak_rss_kib(server.pid());
    // The first start's seed load, as the server logged it ("… en N ms").
    let log = server.log_text();
    let seed_line = log.lines().find(|l| l.contains("datos de referencia cargados")).expect("the seed load is logged").to_owned();
    let seed_ms: u64 = seed_line.rsplit(" en ").next().and_then(|t| t.trim().trim_end_matches("ms").trim().parse().ok()).expect("load time");
    drop(server);

    let (l50, l95, l99) = summary(login_ms);
    let (w50, w95, w99) = summary(write_ms);
    let n_reads = read_ms.len();
    let (r50, r95, r99) = summary(read_ms);
    let (n_cie10, n_ubigeo) = (cie10_ms.len(), ubigeo_ms.len());
    let (n_cie10_one, n_ubigeo_one) = (cie10_one.len(), ubigeo_one.len());
    let (c50, c95, c99) = summary(cie10_ms);
    let (u50, u95, u99) = summary(ubigeo_ms);
    let (c1_50, c1_95, c1_99) = summary(cie10_one);
    let (u1_50, u1_95, u1_99) = summary(ubigeo_one);
    let cie10_q: Vec<String> = CIE10_SEARCHES.iter().map(|(q, _)| format!("\"{q}\"")).collect();
    let ubigeo_q: Vec<String> = UBIGEO_SEARCHES.iter().map(|(q, _)| format!("\"{q}\"")).collect();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned()))
        .unwrap_or_else(|| "unknown".into());
    let report = format!(
        "# Benchmark: romsoft over HTTP (embedded SQLite)\n\n\
         Run with `cargo bench -p webapi --bench http` (release build, 127.0.0.1, fresh database).\n\n\
         - machine: {cores} cores, {cpu}\n\
         - date: {date}\n\n\
         | scenario | requests | p50 ms | p95 ms | p99 ms | throughput |\n|---|---|---|---|---|---|\n\
         | `Account/Login` (bcrypt cost 12), sequential | {LOGINS} | {l50:.1} | {l95:.1} | {l99:.1} | |\n\
         | `SEG_USUARIO/Add` (check + bcrypt 12 + insert + audit), sequential | {WRITES} | {w50:.1} | {w95:.1} | {w99:.1} | |\n\
         | `SEG_USUARIO/GetAllFilters` ({rows} rows), {READ_CLIENTS} clients | {n_reads} | {r50:.2} | {r95:.2} | {r99:.2} | {rps:.0} req/s |\n\
         | `ADM_CIE10/GetAllFilters` text search over 14,498 codes ({cie10_q}), 1 client | {n_cie10_one} | {c1_50:.2} | {c1_95:.2} | {c1_99:.2} | |\n\
         | `ADM_CIE10/GetAllFilters` text search over 14,498 codes ({cie10_q}), {READ_CLIENTS} clients | {n_cie10} | {c50:.2} | {c95:.2} | {c99:.2} | {cps:.0} req/s |\n\
         | `ADM_UBIGEO/GetAllFilters` search over 1,873 districts ({ubigeo_q}), 1 client | {n_ubigeo_one} | {u1_50:.2} | {u1_95:.2} | {u1_99:.2} | |\n\
         | `ADM_UBIGEO/GetAllFilters` search over 1,873 districts ({ubigeo_q}), {READ_CLIENTS} clients | {n_ubigeo} | {u50:.2} | {u95:.2} | {u99:.2} | {ups:.0} req/s |\n\
         | soak: {SOAK_CLIENTS} clients × {SOAK_ROUNDS} rounds of catalog read + `ADM_OCUPACION/Add` (audited) + filtered list, {soak_errors} errors | {n_soak} | {s50:.2} | {s95:.2} | {s99:.2} | {sps:.0} req/s |\n\n\
         First start: every catalog of `sql/seed/` (CIE-10, UBIGEO and the others) loaded in {seed_ms} ms \
         (the server's own log line: `{seed_line}`); later starts load nothing.\n\n\
         Server peak resident memory (VmHWM), after everything above: {rss}.\n\n\
         {BIG_BODY_CLIENTS} clients sending a 1 MB body at once: {answered} answered (200), {refused} refused at once (503, \
         in-flight body budget 64 MiB), {other} other. Peak resident memory after them: {rss_bodies}.\n",
        cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        date = chrono::Local::now().format("%Y-%m-%d"),
        rows = WRITES + 1,
        rps = n_reads as f64 / read_secs,
        sps = n_soak as f64 / soak_secs,
        cps = n_cie10 as f64 / cie10_secs,
        ups = n_ubigeo as f64 / ubigeo_secs,
        cie10_q = cie10_q.join(", "),
        ubigeo_q = ubigeo_q.join(", "),
        seed_line = seed_line.split("SQLite ").nth(1).map(|l| format!("SQLite {l}")).unwrap_or(seed_line.clone()),
        rss = rss.map(|k| format!("{:.1} MiB", k as f64 / 1024.0)).unwrap_or_else(|| "n/a".into()),
        rss_bodies = rss_bodies.map(|k| format!("{:.1} MiB", k as f64 / 1024.0)).unwrap_or_else(|| "n/a".into()),
    );
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/results.md");
    std::fs::write(&out, &report).unwrap();
    print!("{report}");
}
