//! The replies actix-http writes by itself, with the envelope.
//!
//! A few protocol errors are answered by actix-http before any handler or middleware runs:
//! 408 when a request head does not arrive within `client_request_timeout`, 431 when the head
//! is over its fixed limits (128 KiB, 96 headers), 400 when the bytes are not HTTP/1.x. Those
//! replies have no body, and the desktop client shows a blank error dialog for them.
//!
//! [`Enveloped`] sits between the socket and actix-http: when what actix-http writes ends with
//! one of those bodiless replies, it writes the same status with the legacy envelope instead
//! (and the same security headers as every other reply). Nothing else is touched: the
//! adapter only looks at the tail of each write, and a reply of ours never has an empty body
//! with those statuses. A JSON body cannot contain a raw CR LF, so a body can never be
//! mistaken for a head.

use std::{
    io,
    pin::Pin,
    task::{Context, Poll},
};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use business::messages;

/// A connection whose bodiless protocol-error replies are rewritten with the envelope.
pub struct Enveloped<S> {
    inner: S,
    /// A replacement being written: its bytes, how many went out, how many of the caller's
    /// bytes it stands for.
    pending: Option<(Vec<u8>, usize, usize)>,
}

impl<S> Enveloped<S> {
    pub fn new(inner: S) -> Self {
        Self { inner, pending: None }
    }
}

/// Where in `buf` a bodiless 400/408/431 head starts that runs to the end of `buf`, and the
/// reply that replaces it.
fn canned_tail(buf: &[u8]) -> Option<(usize, Vec<u8>)> {
    if !buf.ends_with(b"\r\n\r\n") {
        return None;
    }
    // The last status line in the buffer; from it to the end, one head and nothing else.
    let start = buf.windows(7).rposition(|w| w == b"HTTP/1.")?;
    let head = std::str::from_utf8(&buf[start..]).ok()?;
    if head.find("\r\n\r\n")? != head.len() - 4 {
        return None;
    }
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?;
    let (status, message) = match status_line.get(..12)? {
        "HTTP/1.1 408" | "HTTP/1.0 408" => (408, messages::CABECERA_TARDIA),
        "HTTP/1.1 431" | "HTTP/1.0 431" => (431, messages::CABECERAS_GRANDES),
        "HTTP/1.1 400" | "HTTP/1.0 400" => (400, messages::SOLICITUD_MALFORMADA),
        _ => return None,
    };
    let mut empty = false;
    let mut date = None;
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':')?;
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => empty = value.trim() == "0",
            "date" => date = Some(value.trim()),
            _ => {}
        }
    }
    if !empty {
        return None;
    }
    let body = serde_json::to_string(&dto::JsonResponse::<()>::error(message)).ok()?;
    let mut reply = format!(
        "{} {}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\
         x-content-type-options: nosniff\r\ncache-control: no-store\r\n",
        &status_line[..8],
        match status {
            408 => "408 Request Timeout",
            431 => "431 Request Header Fields Too Large",
            _ => "400 Bad Request",
        },
        body.len()
    );
    if let Some(d) = date {
        reply.push_str(&format!("date: {d}\r\n"));
    }
    reply.push_str("\r\n");
    reply.push_str(&body);
    log::warn!("{status} respondido por la capa HTTP: {message}");
    Some((start, reply.into_bytes()))
}

impl<S: AsyncRead + Unpin> AsyncRead for Enveloped<S> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Enveloped<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        if this.pending.is_none() {
            match canned_tail(buf) {
                // What comes before the canned reply goes out as it is; the caller then hands
                // the canned reply alone.
                Some((start, _)) if start > 0 => return Pin::new(&mut this.inner).poll_write(cx, &buf[..start]),
                Some((_, reply)) => this.pending = Some((reply, 0, buf.len())),
                None => return Pin::new(&mut this.inner).poll_write(cx, buf),
            }
        }
        let Some((reply, written, claimed)) = this.pending.as_mut() else {
            return Poll::Ready(Ok(0));
        };
        while *written < reply.len() {
            match Pin::new(&mut this.inner).poll_write(cx, &reply[*written..]) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => *written += n,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        let claimed = *claimed;
        this.pending = None;
        Poll::Ready(Ok(claimed.min(buf.len())))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::canned_tail;

    fn text(b: &[u8]) -> String {
        String::from_utf8(b.to_vec()).unwrap()
    }

    #[test]
    fn a_bodiless_408_becomes_the_envelope_with_its_date() {
        let canned = b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\ndate: Mon, 23 Nov 2026 22:00:00 GMT\r\n\r\n";
        let (start, reply) = canned_tail(canned).unwrap();
        let reply = text(&reply);
        assert_eq!(start, 0);
        assert!(reply.starts_with("HTTP/1.1 408 Request Timeout\r\n"), "{reply}");
        assert!(reply.contains("date: Mon, 23 Nov 2026 22:00:00 GMT\r\n"));
        let body: serde_json::Value = serde_json::from_str(reply.split("\r\n\r\n").nth(1).unwrap()).unwrap();
        assert_eq!(body["Success"], false);
        assert_eq!(body["Message"], business::messages::CABECERA_TARDIA);
        let len: usize = reply.split("content-length: ").nth(1).unwrap().split("\r\n").next().unwrap().parse().unwrap();
        assert_eq!(len, reply.split("\r\n\r\n").nth(1).unwrap().len());
    }

    #[test]
    fn a_431_after_a_pipelined_reply_is_found_at_its_own_offset() {
        let first = "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}";
        let buf = format!("{first}HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n");
        let (start, reply) = canned_tail(buf.as_bytes()).unwrap();
        assert_eq!(start, first.len());
        assert!(text(&reply).starts_with("HTTP/1.1 431 "));
    }

    #[test]
    fn replies_with_a_body_or_other_statuses_are_left_alone() {
        for buf in [
            "HTTP/1.1 408 Request Timeout\r\ncontent-length: 120\r\n\r\n",
            "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n",
            "HTTP/1.1 204 No Content\r\n\r\n",
            "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n",
            "{\"Message\":\"HTTP/1.1 408 x\"}",
        ] {
            assert!(canned_tail(buf.as_bytes()).is_none(), "{buf}");
        }
    }
}
