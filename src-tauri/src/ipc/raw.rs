//! Requests whose body is a file's raw bytes (no JSON array of numbers), with what goes with
//! them in headers, percent-encoded the way the UI's `encodeURIComponent` writes them.

use tauri::ipc::{InvokeBody, Request};

use super::IpcError;

/// The request's raw body; `what` names it in the refusal of a JSON body.
pub fn body<'a>(request: &'a Request<'_>, what: &str) -> Result<&'a [u8], IpcError> {
    match request.body() {
        InvokeBody::Raw(bytes) => Ok(bytes),
        InvokeBody::Json(_) => Err(IpcError::invalid(
            format!("{what} must be sent as raw bytes"),
            Vec::new(),
        )),
    }
}

/// A header's value, percent-decoded; None when it is missing or not visible ASCII.
pub fn header(request: &Request<'_>, name: &str) -> Option<String> {
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(percent_decode)
}

/// Decodes `%XX` escapes (UTF-8, lossily); anything else is kept as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn file_names_are_percent_decoded_leniently() {
        let cases = [
            ("plain", "license.pdf", "license.pdf"),
            (
                "space and unicode",
                "Texas%20lic%C3%A9nse.pdf",
                "Texas licénse.pdf",
            ),
            (
                "traversal stays text",
                "..%2F..%2Fetc%2Fpasswd",
                "../../etc/passwd",
            ),
            ("NUL", "a%00b", "a\0b"),
            ("broken escape", "100%.pdf", "100%.pdf"),
            ("trailing percent", "a%4", "a%4"),
            ("not UTF-8", "caf%E9", "caf\u{fffd}"),
        ];
        for (case, encoded, decoded) in cases {
            assert_eq!(percent_decode(encoded), decoded, "case {case}");
        }
    }
}
