//! Every action of the legacy contract, and every action we serve beyond it, answers over HTTP:
//! a route exists (no 404), and the empty body, `""`, `null` and `{}` each get the envelope
//! with `Success: true` and `Data` of the kind the contract declares; a list's items carry the
//! contract's properties in its order with its JSON types (ours may add properties after them).

use std::path::Path;

use serde_json::Value;

use crate::harness::*;

/// (controller, action, response kind, response type) of every contract action, then ours.
fn actions() -> Vec<(String, String, String, Option<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/contract/romsoft-legacy.json");
    let c: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let decisions: toml::Table = include_str!("../contract/decisions.toml").parse().unwrap();
    let mut out = Vec::new();
    for ctl in c["controllers"].as_array().unwrap() {
        for a in ctl["actions"].as_array().unwrap() {
            out.push((
                ctl["name"].as_str().unwrap().to_owned(),
                a["action"].as_str().unwrap().to_owned(),
                a["response"]["kind"].as_str().unwrap_or("none").to_owned(),
                a["response"]["type"].as_str().map(str::to_owned),
            ));
        }
    }
    for (path, a) in decisions["actions"].as_table().unwrap() {
        let (ctl, act) = path.split_once('/').unwrap();
        let response = a.get("response").and_then(|r| r.as_table());
        let kind = response.and_then(|r| r.get("kind")).and_then(|k| k.as_str()).unwrap_or("none");
        let ty = response.and_then(|r| r.get("type")).and_then(|t| t.as_str()).map(str::to_owned);
        out.push((ctl.to_owned(), act.to_owned(), kind.to_owned(), ty));
    }
    out
}

/// The contract's properties of `ty` lead the item, in order, each with its JSON type.
fn contract_prefix(item: &Value, ty: &str, what: &str) {
    let expected = contract_shape(ty);
    let keys = Reply::keys(item);
    let lead: Vec<&String> = keys.iter().take(expected.len()).collect();
    assert_eq!(lead, expected.iter().map(|(n, _)| n).collect::<Vec<_>>(), "{what}: {item}");
    for (name, cs) in &expected {
        let v = &item[name];
        let ok = match cs.as_str() {
            "int" | "long" | "short" | "byte" => v.is_i64(),
            "decimal" | "double" | "float" => v.is_number(),
            "bool" => v.is_boolean(),
            t if t.ends_with('?') || t.starts_with("Nullable<") => v.is_null() || v.is_number() || v.is_boolean() || v.is_string(),
            // Strings and dates may be null: the legacy procedures left many unset.
            _ => v.is_null() || v.is_string(),
        };
        assert!(ok, "{what}: {name} ({cs}) = {v}");
    }
}

#[test]
fn every_action_is_served_and_answers_empty_blank_null_and_object_bodies() {
    let s = Server::start();
    let token = s.admin_token();
    let all = actions();
    assert_eq!(all.len(), 118, "111 contract actions and the 7 the desktop client needs");
    let mut walked = 0;
    for (ctl, act, kind, ty) in &all {
        let path = format!("/api/{ctl}/{act}");
        for body in ["", "\"\"", "null", "{}"] {
            let r = s.request(reqwest::Method::POST, &path, Some(body), Some(&token));
            assert_eq!(r.status, 200, "{path} {body:?}: {}", r.text);
            let v = r.json();
            assert_envelope(&v);
            if (ctl.as_str(), act.as_str()) == ("Account", "Login") {
                // No credentials: refused (with the envelope), never served.
                assert!(v["Data"].is_null(), "{path}: {v}");
                continue;
            }
            assert_eq!(v["Success"], true, "{path} {body:?}: {v}");
            if v["Warning"] == true {
                assert!(v["Data"].is_null(), "{path} {body:?}: a warning carries no data: {v}");
                continue;
            }
            let data = &v["Data"];
            match kind.as_str() {
                "list" => {
                    let items = data.as_array().unwrap_or_else(|| panic!("{path} {body:?}: Data is a list: {v}"));
                    if let (Some(first), Some(ty)) = (items.first(), ty) {
                        contract_prefix(first, ty, &path);
                    }
                }
                "scalar" => assert!(data.is_number() || data.is_null(), "{path} {body:?}: Data is a number: {v}"),
                "single" => {
                    assert!(data.is_object() || data.is_null(), "{path} {body:?}: Data is one object: {v}");
                    if let (Some(ty), true) = (ty, data.is_object()) {
                        contract_prefix(data, ty, &path);
                    }
                }
                _ => assert!(data.is_null() || data.is_number(), "{path} {body:?}: no Data: {v}"),
            }
        }
        walked += 1;
    }
    assert_eq!(walked, 118);

    // And `romsoft contract` agrees.
    let out = romsoft().arg("contract").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("servidas: 111/111"), "{text}");
    assert!(text.contains("En total (contrato + 7 que pide el cliente de escritorio): 118/118"), "{text}");
}
