//! Schemathesis against the served OpenAPI document: every operation, generated bodies
//! (examples, coverage and fuzzing phases, deterministic), checking that nothing answers with a
//! server error and that every reply conforms to the documented schema. The pinned schemathesis
//! (`tests/requirements.txt`) installs itself into `target/tools` on first use;
//! `ROMSOFT_SCHEMATHESIS` names an executable to use instead.

#[path = "../support/pytool.rs"]
mod pytool;

use crate::harness::*;

const SCHEMATHESIS: pytool::Tool = pytool::Tool {
    package: "schemathesis",
    module: "schemathesis.cli",
    requirements: "tests/requirements.txt",
    override_env: "ROMSOFT_SCHEMATHESIS",
};

#[test]
fn every_operation_survives_schemathesis_with_no_server_error_and_conforming_replies() {
    let runner = pytool::runner(&SCHEMATHESIS);
    // Failed-login limits would answer 429 to the fuzzer's logins, which is right but noisy.
    let s = Server::start_with(&[("ROMSOFT__AUTH__LOGIN_MAX_FAILURES", "1000000"), ("ROMSOFT__AUTH__LOGIN_MAX_FAILURES_PER_ADDRESS", "1000000")]);
    let token = s.admin_token();
    let report = s.dir.path().join("schemathesis");
    let out = runner
        .command()
        .arg("run")
        .arg(format!("{}/swagger/v1/swagger.json", s.base))
        .args(["--checks", "not_a_server_error,response_schema_conformance"])
        .args(["--max-examples", "15", "--generation-deterministic", "--request-timeout", "20", "--no-color"])
        .arg("--header")
        .arg(format!("Authorization: Bearer {token}"))
        .arg("--report-dir")
        .arg(&report)
        .current_dir(s.dir.path())
        .output()
        .expect("run schemathesis");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary: Vec<&str> = stdout.lines().filter(|l| l.contains("generated") || l.contains("issues") || l.contains("Tested")).collect();
    eprintln!("schemathesis: {}", summary.join(" | "));
    assert!(out.status.success(), "schemathesis found problems:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("No issues found"), "{stdout}");
}
