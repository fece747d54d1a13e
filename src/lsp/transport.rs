//! Reading from the client: each frame checked before it is read as a message, since a
//! strict reader (lsp-server's own `Message::read`) stops at the first body that is not
//! JSON-RPC. A bad one gets its error reply (-32700, -32600) and reading goes on.

use std::io::BufRead;

use lsp_server::Message;
use serde_json::{Value, json};

use super::client::Client;

/// Reads one frame's body; `None` at the end of input. Headers it cannot read are skipped
/// up to the next blank line.
pub fn read_frame(reader: &mut impl BufRead) -> Option<Result<Vec<u8>, String>> {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
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
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return None;
    }
    Some(Ok(body))
}

/// No editor sends a single message this large; refusing it protects the memory.
const MAX_MESSAGE: usize = 512 * 1024 * 1024;

/// An error reply: -32700 for what is no JSON, -32600 for JSON that is no message.
fn error(id: Value, code: i32, message: String) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

/// The body as JSON, or why it is no message, as the JSON-RPC error to answer with.
fn check(body: &[u8]) -> Result<Value, Value> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| error(Value::Null, -32700, format!("Parse error: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    let invalid = |why: &str| error(id.clone(), -32600, format!("Invalid request: {why}"));
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
        Some(Value::String(_)) => {}
        Some(_) => return Err(invalid("method must be a string")),
        None if object.contains_key("result") || object.contains_key("error") => {}
        None => return Err(invalid("neither a request nor a response")),
    }
    Ok(value)
}

/// The messages read from `input` until it ends; the bad ones are answered on the way.
pub fn messages(input: impl std::io::Read, client: Client) -> impl Iterator<Item = Message> {
    let mut reader = std::io::BufReader::with_capacity(1 << 16, input);
    std::iter::from_fn(move || {
        loop {
            // Read once: the checked value becomes the message.
            let message = match read_frame(&mut reader)? {
                Ok(body) => check(&body).and_then(|value| {
                    serde_json::from_value::<Message>(value)
                        .map_err(|e| error(Value::Null, -32600, format!("Invalid request: {e}")))
                }),
                Err(why) => Err(error(Value::Null, -32700, format!("Parse error: {why}"))),
            };
            match message {
                Ok(message) => return Some(message),
                Err(reply) => {
                    client.send_now(reply.to_string().as_bytes());
                }
            }
        }
    })
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

    #[test]
    fn frames_are_read_past_bad_headers() {
        let input = b"Bogus\r\n\r\nContent-Length: 2\r\n\r\n{}Content-Length: 4\r\n\r\nnull";
        let mut reader = &input[..];
        assert!(read_frame(&mut reader).unwrap().is_err());
        assert_eq!(read_frame(&mut reader).unwrap().unwrap(), b"{}");
        assert_eq!(read_frame(&mut reader).unwrap().unwrap(), b"null");
        assert!(read_frame(&mut reader).is_none());
    }

    #[test]
    fn a_bad_frame_is_answered_and_the_next_one_read() {
        let (client, sent) = super::super::client::in_memory();
        let input = b"Content-Length: 5\r\n\r\n{bad}Content-Length: 40\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}";
        let read: Vec<Message> = messages(&input[..], client.clone()).collect();
        let replies = sent(&client);
        assert_eq!(replies.len(), 1);
        assert_eq!(replies[0]["error"]["code"], -32700);
        assert!(
            matches!(&read[..], [Message::Notification(n)] if n.method == "initialized"),
            "{read:?}"
        );
    }
}
