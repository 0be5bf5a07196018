//! The files an IT person installs with the binary: the systemd unit's command line is one
//! this binary accepts.

use std::path::Path;

use crate::harness::*;

#[test]
fn the_systemd_unit_runs_a_command_line_the_binary_accepts() {
    let unit = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/romsoft.service")).unwrap();
    let exec = unit.lines().find_map(|l| l.strip_prefix("ExecStart=")).expect("ExecStart");
    let mut words = exec.split_whitespace();
    assert_eq!(words.next(), Some("/usr/local/bin/romsoft"));
    let args: Vec<&str> = words.collect();
    assert_eq!(args.last(), Some(&"serve"), "{exec}");
    // The same arguments with --help: clap accepts them (a renamed option or subcommand fails).
    let out = romsoft().args(&args).arg("--help").output().unwrap();
    assert!(out.status.success(), "{exec}: {}", String::from_utf8_lossy(&out.stderr));
    for key in ["User=romsoft", "WorkingDirectory=/var/lib/romsoft", "ReadWritePaths=/var/lib/romsoft", "NoNewPrivileges=yes", "Restart=on-failure"] {
        assert!(unit.lines().any(|l| l == key), "{key}");
    }
}
