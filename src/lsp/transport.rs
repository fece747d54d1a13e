//! Framing between the client and the protocol library: every message from the client is
//! checked before the library reads it, since the library stops at the first body that is not
//! JSON-RPC. A bad one gets its error reply here (-32700, -32600) and the conversation goes on;
//! what goes to the client is written by `output`.

use serde_json::{Value, json};
use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
};
use tokio::sync::mpsc;

/// A message as it goes on: a `Content-Length` header, then the body.
pub struct Frame {
    pub bytes: Vec<u8>,
    body_start: usize,
}

impl Frame {
    pub fn body(&self) -> &[u8] {
        &self.bytes[self.body_start..]
    }
}

/// Reads one framed message, under a header of its own (no copy of the body is needed to
/// pass it on); `None` at the end of input. Headers it cannot read are skipped up to the
/// next blank line.
pub async fn read_frame<R: AsyncBufRead + Unpin>(reader: &mut R) -> Option<Result<Frame, String>> {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line).await {
            Ok(0) | Err(_) => return None,
            Ok(_) => {}
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank lines between messages
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok();
        }
    }
    let Some(length) = length else {
        return Some(Err("missing or invalid Content-Length header".into()));
    };
    if length > MAX_MESSAGE {
        return Some(Err(format!(
            "message of {length} bytes is over the {MAX_MESSAGE} limit"
        )));
    }
    let mut bytes = header(length);
    let body_start = bytes.len();
    bytes.resize(body_start + length, 0);
    if reader.read_exact(&mut bytes[body_start..]).await.is_err() {
        return None;
    }
    Some(Ok(Frame { bytes, body_start }))
}

/// No editor sends a single message this large; refusing it protects the memory.
const MAX_MESSAGE: usize = 512 * 1024 * 1024;

/// The header of a frame whose body is `length` bytes, blank line included.
pub fn content_length(length: usize) -> String {
    format!("Content-Length: {length}\r\n\r\n")
}

/// A header for a body of `length` bytes, with room for the body.
fn header(length: usize) -> Vec<u8> {
    let head = content_length(length);
    let mut out = Vec::with_capacity(head.len() + length);
    out.extend_from_slice(head.as_bytes());
    out
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = header(body.len());
    out.extend_from_slice(body);
    out
}

/// Why a body cannot go to the library, as the JSON-RPC error to answer with.
fn check(body: &[u8]) -> Result<(), Value> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        json!({"jsonrpc": "2.0", "id": null, "error": {"code": -32700, "message": format!("Parse error: {e}")}})
    })?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    let invalid = |why: &str| json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32600, "message": format!("Invalid request: {why}")}});
    let Some(object) = value.as_object() else {
        return Err(invalid("not an object"));
    };
    if object.get("jsonrpc") != Some(&json!("2.0")) {
        return Err(invalid("jsonrpc must be \"2.0\""));
    }
    let id_ok = matches!(
        object.get("id"),
        None | Some(Value::Number(_) | Value::String(_) | Value::Null)
    );
    if !id_ok {
        return Err(invalid("id must be a number or a string"));
    }
    match object.get("method") {
        Some(Value::String(_)) => Ok(()),
        Some(_) => Err(invalid("method must be a string")),
        None if object.contains_key("result") || object.contains_key("error") => Ok(()),
        None => Err(invalid("neither a request nor a response")),
    }
}

/// Copies checked messages from `input` to the library; answers the others on `replies`.
pub async fn pump_input<R, W>(input: R, mut library: W, replies: mpsc::UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    while let Some(read) = read_frame(&mut reader).await {
        let error = match read {
            Ok(message) => match check(message.body()) {
                Ok(()) => {
                    if library.write_all(&message.bytes).await.is_err() {
                        return;
                    }
                    continue;
                }
                Err(e) => e,
            },
            Err(why) => {
                json!({"jsonrpc": "2.0", "id": null, "error": {"code": -32700, "message": format!("Parse error: {why}")}})
            }
        };
        let _ = replies.send(frame(error.to_string().as_bytes()));
    }
    // End of input: the library sees it too, and stops.
    let _ = library.shutdown().await;
}

/// Splits the library's output into whole frames.
pub async fn pump_frames<R: AsyncRead + Unpin>(output: R, frames: mpsc::UnboundedSender<Vec<u8>>) {
    let mut reader = BufReader::new(output);
    while let Some(Ok(message)) = read_frame(&mut reader).await {
        if frames.send(message.bytes).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_checked_for_json_rpc_shape() {
        assert!(check(br#"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#).is_ok());
        assert!(check(br#"{"jsonrpc":"2.0","id":1,"result":null}"#).is_ok());
        assert_eq!(check(b"{not json").unwrap_err()["error"]["code"], -32700);
        let e = check(br#"{"jsonrpc":"2.0","id":7}"#).unwrap_err();
        assert_eq!(
            (e["error"]["code"].clone(), e["id"].clone()),
            (json!(-32600), json!(7))
        );
        assert_eq!(check(b"[1,2]").unwrap_err()["error"]["code"], -32600);
        assert_eq!(
            check(br#"{"jsonrpc":"1.0","method":"x"}"#).unwrap_err()["error"]["code"],
            -32600
        );
    }

    #[tokio::test]
    async fn frames_are_read_past_bad_headers() {
        let input = b"Bogus\r\n\r\nContent-Length: 2\r\n\r\n{}Content-Length: 4\r\n\r\nnull";
        let mut reader = BufReader::new(&input[..]);
        assert!(read_frame(&mut reader).await.unwrap().is_err());
        let f = read_frame(&mut reader).await.unwrap().unwrap();
        assert_eq!((f.body(), &f.bytes[..]), (&b"{}"[..], &frame(b"{}")[..]));
        assert_eq!(
            read_frame(&mut reader).await.unwrap().unwrap().body(),
            b"null"
        );
        assert!(read_frame(&mut reader).await.is_none());
    }
}
