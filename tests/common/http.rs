//! A phone's requests, written by hand: the page's tests and its bench
//! speak HTTP/1.1 over plain sockets, each simulated phone from an address
//! of its own in 127.0.0.0/8 (Linux: all of it is this machine), and the
//! hostile requests (half a header, a body that never ends, bytes that are
//! not UTF-8) are what no HTTP client library would send.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::time::Duration;

/// A response: status, headers (lower-case names), body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

/// Connects from 127.0.0.`from`: a phone of its own (on Linux every
/// 127.x.y.z is this machine; std connects only from the default source,
/// hence the system calls).
pub fn connect(addr: SocketAddr, from: u8) -> TcpStream {
    use std::os::fd::FromRawFd;
    let source = Ipv4Addr::new(127, 0, 0, from.max(1));
    let SocketAddr::V4(v4) = addr else {
        panic!("the page listens on 127.0.0.1 here")
    };
    let sockaddr = |ip: Ipv4Addr, port: u16| {
        // SAFETY: a plain C struct, all zeros is a valid value.
        let mut a: libc::sockaddr_in = unsafe { std::mem::zeroed() };
        a.sin_family = libc::AF_INET as libc::sa_family_t;
        a.sin_port = port.to_be();
        a.sin_addr.s_addr = u32::from_ne_bytes(ip.octets());
        a
    };
    let len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
    let local = sockaddr(source, 0);
    let remote = sockaddr(*v4.ip(), v4.port());
    // SAFETY: the descriptor is new and owned by the TcpStream returned;
    // the addresses live across the calls.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        assert!(fd >= 0, "socket");
        let stream = TcpStream::from_raw_fd(fd);
        let r = libc::bind(fd, (&raw const local).cast(), len);
        assert_eq!(r, 0, "bind {source}: {}", std::io::Error::last_os_error());
        let r = libc::connect(fd, (&raw const remote).cast(), len);
        assert_eq!(
            r,
            0,
            "connect from {source}: {}",
            std::io::Error::last_os_error()
        );
        stream
    }
}

/// Sends `raw` and reads the whole response (the request says
/// `Connection: close`).
pub fn exchange(addr: SocketAddr, from: u8, raw: &[u8]) -> Response {
    let mut s = connect(addr, from);
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(raw).unwrap();
    let mut bytes = Vec::new();
    let _ = s.read_to_end(&mut bytes);
    parse(&bytes)
}

pub fn parse(bytes: &[u8]) -> Response {
    let text = String::from_utf8_lossy(bytes).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: body.to_string(),
    }
}

pub fn get(addr: SocketAddr, path: &str, lang: &str) -> Response {
    exchange(
        addr,
        1,
        format!(
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept-Language: {lang}\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
}

pub fn post(addr: SocketAddr, from: u8, path: &str, form: &str, scripted: bool) -> Response {
    let script = if scripted { "X-Tablee: 1\r\n" } else { "" };
    exchange(
        addr,
        from,
        format!(
            "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n{script}Connection: close\r\n\r\n{form}",
            form.len()
        )
        .as_bytes(),
    )
}

/// A form value, URL-encoded.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A phone's connection kept open between requests, as a browser keeps
/// one (HTTP/1.1 keep-alive): requests in turn, each answer read to its
/// `Content-Length`.
pub struct Phone {
    stream: TcpStream,
    addr: SocketAddr,
}

impl Phone {
    pub fn new(addr: SocketAddr, from: u8) -> Phone {
        let stream = connect(addr, from);
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        Phone { stream, addr }
    }

    /// A form posted as the page's script posts it.
    pub fn post(&mut self, path: &str, form: &str) -> Response {
        let req = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nX-Tablee: 1\r\n\r\n{form}",
            self.addr,
            form.len()
        );
        self.stream.write_all(req.as_bytes()).unwrap();
        let mut bytes = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = self.stream.read(&mut buf).unwrap();
            assert!(n > 0, "the laptop closed the connection");
            bytes.extend_from_slice(&buf[..n]);
            let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") else {
                continue;
            };
            let head = String::from_utf8_lossy(&bytes[..end]).to_ascii_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            if bytes.len() >= end + 4 + length {
                return parse(&bytes[..end + 4 + length]);
            }
        }
    }
}
