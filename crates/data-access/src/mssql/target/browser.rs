//! SQL Server Browser (SSRP): the TCP port of a named instance (`Server=DBHOST\SQLEXPRESS`, the
//! usual clinic set-up, whose port is dynamic). One UDP datagram to port 1434 —
//! `CLNT_UCAST_INST` (0x04) with the instance name — answered by `SVR_RESP` (0x05, a little-endian
//! length, then `ServerName;H;InstanceName;I;IsClustered;No;Version;…;tcp;49172;;`).

use std::time::Duration;

use tokio::net::UdpSocket;

/// The port SQL Server Browser listens on.
pub const BROWSER_PORT: u16 = 1434;

/// Asks the SQL Browser of `host` (on `browser_port`) for the TCP port of `instance`. The error
/// says, in words an operator can act on, what to do instead.
pub async fn resolve(host: &str, browser_port: u16, instance: &str, timeout: Duration) -> Result<u16, String> {
    let where_ = format!("SQL Server Browser en {host}:{browser_port}");
    let fallback = format!("inicie el servicio «SQL Server Browser» o indique el puerto: Server={host}\\{instance},PUERTO");
    let bind = if host.contains(':') { "[::]:0" } else { "0.0.0.0:0" };
    let socket = UdpSocket::bind(bind).await.map_err(|e| format!("{where_}: no se pudo abrir UDP ({e})"))?;
    let mut request = Vec::with_capacity(instance.len() + 2);
    request.push(0x04);
    request.extend_from_slice(instance.as_bytes());
    request.push(0x00);
    let ask = async {
        socket.connect((host, browser_port)).await?;
        socket.send(&request).await?;
        let mut buf = vec![0u8; 65_535];
        let n = socket.recv(&mut buf).await?;
        buf.truncate(n);
        Ok::<_, std::io::Error>(buf)
    };
    let answer = match tokio::time::timeout(timeout, ask).await {
        Ok(Ok(a)) => a,
        Ok(Err(e)) => return Err(format!("{where_}: {e}; {fallback}")),
        Err(_) => return Err(format!("{where_} no respondió en {} s; {fallback}", timeout.as_secs().max(1))),
    };
    port_of(&answer, instance).map_err(|why| format!("{where_}: {why}"))
}

/// The TCP port of `instance` in an `SVR_RESP` datagram.
pub fn port_of(answer: &[u8], instance: &str) -> Result<u16, String> {
    if answer.len() < 3 || answer[0] != 0x05 {
        return Err("la respuesta no es de SQL Server Browser".into());
    }
    let len = usize::from(u16::from_le_bytes([answer[1], answer[2]]));
    let body = answer.get(3..3 + len).or_else(|| answer.get(3..)).unwrap_or_default();
    let text = String::from_utf8_lossy(body);
    // One or more instances, each a run of key;value pairs ended by ";;".
    for entry in text.split(";;").filter(|e| !e.trim().is_empty()) {
        let fields: Vec<&str> = entry.split(';').collect();
        let value = |key: &str| fields.chunks(2).find(|kv| kv[0].eq_ignore_ascii_case(key)).and_then(|kv| kv.get(1)).copied();
        if !value("InstanceName").is_some_and(|n| n.eq_ignore_ascii_case(instance)) {
            continue;
        }
        return match value("tcp") {
            Some(p) => p.trim().parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| format!("puerto TCP inválido «{p}» para la instancia {instance}")),
            None => Err(format!("la instancia {instance} no tiene TCP/IP habilitado (SQL Server Configuration Manager → Protocolos)")),
        };
    }
    Err(format!("no existe la instancia «{instance}» en ese servidor"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svr_resp(text: &str) -> Vec<u8> {
        let mut v = vec![0x05];
        v.extend_from_slice(&(text.len() as u16).to_le_bytes());
        v.extend_from_slice(text.as_bytes());
        v
    }

    /// A SQL Browser stub on 127.0.0.1 that answers each request with `reply(request)`
    /// (`None`: stays silent).
    async fn stub(reply: fn(&[u8]) -> Option<Vec<u8>>) -> u16 {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let port = socket.local_addr().unwrap().port();
        tokio::spawn(async move {
            let mut buf = [0u8; 512];
            while let Ok((n, from)) = socket.recv_from(&mut buf).await {
                if let Some(r) = reply(&buf[..n]) {
                    let _ = socket.send_to(&r, from).await;
                }
            }
        });
        port
    }

    #[test]
    fn the_port_of_the_named_instance_among_several() {
        let two = svr_resp(
            "ServerName;DBHOST;InstanceName;MSSQLSERVER;IsClustered;No;Version;15.0.2000.5;tcp;1433;;\
             ServerName;DBHOST;InstanceName;SQLEXPRESS;IsClustered;No;Version;15.0.2000.5;tcp;49172;np;\\\\DBHOST\\pipe\\MSSQL$SQLEXPRESS\\sql\\query;;",
        );
        assert_eq!(port_of(&two, "sqlexpress"), Ok(49172));
        assert_eq!(port_of(&two, "MSSQLSERVER"), Ok(1433));
        assert!(port_of(&two, "OTRA").unwrap_err().contains("no existe la instancia «OTRA»"));
        let no_tcp = svr_resp("ServerName;DBHOST;InstanceName;SQLEXPRESS;IsClustered;No;Version;15.0;np;\\\\x;;");
        assert!(port_of(&no_tcp, "SQLEXPRESS").unwrap_err().contains("no tiene TCP/IP habilitado"));
        assert!(port_of(b"HTTP/1.1 400", "SQLEXPRESS").unwrap_err().contains("no es de SQL Server Browser"));
        assert!(port_of(&svr_resp("InstanceName;SQLEXPRESS;tcp;abc;;"), "SQLEXPRESS").unwrap_err().contains("puerto TCP inválido"));
    }

    #[tokio::test]
    async fn resolves_through_a_browser_and_explains_every_failure() {
        // The request is CLNT_UCAST_INST with the instance name.
        let port = stub(|req| {
            (req == b"\x04SQLEXPRESS\x00")
                .then(|| svr_resp("ServerName;DBHOST;InstanceName;SQLEXPRESS;IsClustered;No;Version;16.0;tcp;50123;;"))
        })
        .await;
        assert_eq!(resolve("127.0.0.1", port, "SQLEXPRESS", Duration::from_secs(2)).await, Ok(50123));

        // Silent (no Browser service, or a firewall): the timeout, and what to do.
        let silent = stub(|_| None).await;
        let e = resolve("127.0.0.1", silent, "SQLEXPRESS", Duration::from_millis(300)).await.unwrap_err();
        assert!(e.contains("no respondió") && e.contains("Server=127.0.0.1\\SQLEXPRESS,PUERTO"), "{e}");

        // Garbage.
        let garbage = stub(|_| Some(b"\x01\x02garbage".to_vec())).await;
        let e = resolve("127.0.0.1", garbage, "SQLEXPRESS", Duration::from_secs(2)).await.unwrap_err();
        assert!(e.contains("no es de SQL Server Browser"), "{e}");
    }
}
