//! Benchmark of the real `romsoft` binary over HTTP on 127.0.0.1 (embedded SQLite).
//!
//! Measures: login latency at the production bcrypt cost, read throughput/latency of a list
//! action with 4 concurrent clients, write latency of `SEG_USUARIO/Add` (duplicate check, insert,
//! audit row), a 100-client soak that must answer every request, the server's peak resident
//! memory, and that memory again after 100 clients send a 1 MB body at once. Every loop is bounded in count.
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
    drop(server);

    let (l50, l95, l99) = summary(login_ms);
    let (w50, w95, w99) = summary(write_ms);
    let n_reads = read_ms.len();
    let (r50, r95, r99) = summary(read_ms);
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
         | soak: {SOAK_CLIENTS} clients × {SOAK_ROUNDS} rounds of catalog read + `ADM_OCUPACION/Add` (audited) + filtered list, {soak_errors} errors | {n_soak} | {s50:.2} | {s95:.2} | {s99:.2} | {sps:.0} req/s |\n\n\
         Server peak resident memory (VmHWM), after everything above: {rss}.\n\n\
         {BIG_BODY_CLIENTS} clients sending a 1 MB body at once: {answered} answered (200), {refused} refused at once (503, \
         in-flight body budget 64 MiB), {other} other. Peak resident memory after them: {rss_bodies}.\n",
        cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        date = chrono::Local::now().format("%Y-%m-%d"),
        rows = WRITES + 1,
        rps = n_reads as f64 / read_secs,
        sps = n_soak as f64 / soak_secs,
        rss = rss.map(|k| format!("{:.1} MiB", k as f64 / 1024.0)).unwrap_or_else(|| "n/a".into()),
        rss_bodies = rss_bodies.map(|k| format!("{:.1} MiB", k as f64 / 1024.0)).unwrap_or_else(|| "n/a".into()),
    );
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/results.md");
    std::fs::write(&out, &report).unwrap();
    print!("{report}");
}
