//! Embedding the page in another site: the host's opt-in and the message the page posts to it.
//!
//! Plain Rust with no browser crate, so that it is tested natively; `ui::embed` is the thin
//! browser side that reads the page address and calls `postMessage`. The protocol is documented
//! in README.md ("Embedding"); change both together.
//!
//! The host opts in through the iframe's address:
//! `index.html?embed=post-message&origin=https://host.example#/`. Without both parameters nothing
//! is ever posted. The message goes to that one origin, never to `"*"`: if the page around the
//! iframe has another origin, the browser drops it.

use std::fmt;

use serde::Serialize;

use crate::core::{
    APP_VERSION, Evaluation, RULE_TABLE_EDITION,
    evaluate::Verdict,
    facts::{ApplicantKind, RequestKind},
};

/// The `type` of every message, so a host can tell ours from others it receives.
pub const RESULT_MESSAGE_TYPE: &str = "henan-filing:self-check-result";
/// Raised when the message's fields change meaning.
pub const RESULT_MESSAGE_VERSION: u32 = 1;
/// `embed=post-message` in the query turns the message on.
const EMBED_PARAMETER: &str = "embed";
const EMBED_POST_MESSAGE: &str = "post-message";
/// `origin=https://host.example` names the only origin the message may go to.
const ORIGIN_PARAMETER: &str = "origin";

/// An origin a host named, checked: `http` or `https`, a host, an optional port, nothing else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostOrigin(String);

impl HostOrigin {
    pub fn parse(text: &str) -> Result<HostOrigin, OptInError> {
        let not_an_origin = || OptInError::NotAnOrigin(text.to_string());
        if text == "*" {
            return Err(OptInError::Wildcard);
        }
        let lower = text.to_ascii_lowercase();
        // An origin has no path; one trailing slash (as in "https://host.example/") is forgiven.
        let lower = lower.strip_suffix('/').unwrap_or(&lower);
        let (scheme, authority) = lower.split_once("://").ok_or_else(not_an_origin)?;
        if scheme != "https" && scheme != "http" {
            return Err(not_an_origin());
        }
        let (host, port) = match authority.rsplit_once(':') {
            // "[::1]" has colons of its own; only a colon after the bracket starts a port.
            Some((host, port)) if !port.contains(']') => (host, Some(port)),
            _ => (authority, None),
        };
        let host_ok = if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            !inner.is_empty() && inner.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        } else {
            !host.is_empty()
                && !host.starts_with('.')
                && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        };
        let port_ok =
            port.is_none_or(|port| !port.is_empty() && port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit()));
        if host_ok && port_ok { Ok(HostOrigin(lower.to_string())) } else { Err(not_an_origin()) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a host's opt-in was not taken (the page then posts nothing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptInError {
    /// `embed=post-message` without `origin=`.
    MissingOrigin,
    /// `origin=*`: the message would go to whatever page framed the app.
    Wildcard,
    NotAnOrigin(String),
    /// `embed=` with a value other than `post-message`.
    UnknownMode(String),
}

impl fmt::Display for OptInError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptInError::MissingOrigin => write!(f, "embed=post-message needs origin=<the host page's origin>"),
            OptInError::Wildcard => write!(f, "origin=* is refused: name the host page's origin"),
            OptInError::NotAnOrigin(text) => {
                write!(f, "origin={text:?} is not an origin like https://host.example")
            }
            OptInError::UnknownMode(mode) => write!(f, "embed={mode:?} is unknown: the only mode is post-message"),
        }
    }
}

/// The host's opt-in, read from the page's query string (`?embed=post-message&origin=...`).
/// `Ok(None)`: the host did not opt in; nothing is posted.
pub fn host_opt_in(query: &str) -> Result<Option<HostOrigin>, OptInError> {
    let parameters: Vec<(String, String)> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect();
    let value_of = |wanted: &str| parameters.iter().find(|(name, _)| name == wanted).map(|(_, value)| value.as_str());
    match value_of(EMBED_PARAMETER) {
        None => Ok(None),
        Some(EMBED_POST_MESSAGE) => match value_of(ORIGIN_PARAMETER) {
            None | Some("") => Err(OptInError::MissingOrigin),
            Some(origin) => HostOrigin::parse(origin).map(Some),
        },
        Some(other) => Err(OptInError::UnknownMode(other.to_string())),
    }
}

/// `%XX` and `+` as a form-encoded query has them; a malformed escape is kept as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match (bytes[index], hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                decoded.push((high * 16 + low) as u8);
                index += 3;
            }
            (b'+', _, _) => {
                decoded.push(b' ');
                index += 1;
            }
            (byte, _, _) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// What the page posts to the host when a self-check completes: the outcome and the receiving
/// authority, never anything the user typed (no name, code, person or date).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResultMessage {
    #[serde(rename = "type")]
    pub message_type: &'static str,
    pub version: u32,
    pub verdict: Verdict,
    pub request: RequestKind,
    pub applicant: ApplicantKind,
    /// The guide's part (1–7) that governs the request.
    pub part: u8,
    /// The receiving authority's id in `data/rules/routes.toml`; `null` while the route still
    /// needs a fact the user has not given.
    pub route_authority_id: Option<&'static str>,
    /// For a place-level office (`place-hrss`, `place-education`): the receiving place's code
    /// (`4107` is 新乡); `null` for provincial offices.
    pub route_place: Option<&'static str>,
    pub rule_edition: &'static str,
    pub app_version: &'static str,
}

impl ResultMessage {
    pub fn new(
        verdict: Verdict,
        request: RequestKind,
        applicant: ApplicantKind,
        part: u8,
        route_authority_id: Option<&'static str>,
        route_place: Option<&'static str>,
    ) -> ResultMessage {
        ResultMessage {
            message_type: RESULT_MESSAGE_TYPE,
            version: RESULT_MESSAGE_VERSION,
            verdict,
            request,
            applicant,
            part,
            route_authority_id,
            route_place,
            rule_edition: RULE_TABLE_EDITION,
            app_version: APP_VERSION,
        }
    }

    pub fn from_evaluation(evaluation: &Evaluation) -> ResultMessage {
        ResultMessage::new(
            evaluation.verdict,
            evaluation.request,
            evaluation.applicant,
            evaluation.part,
            evaluation.route.authority.as_ref().map(|authority| authority.id),
            evaluation.route.authority.as_ref().and_then(|authority| authority.place),
        )
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a result message is plain data")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &str, expect: Result<Option<&str>, OptInError>) {
        let actual = host_opt_in(query);
        let actual = actual.as_ref().map(|origin| origin.as_ref().map(HostOrigin::as_str)).map_err(Clone::clone);
        assert_eq!(actual, expect, "query {query:?}");
    }

    #[test]
    fn nothing_is_posted_unless_the_host_opts_in() {
        check("", Ok(None));
        check("?", Ok(None));
        check("?origin=https://host.example", Ok(None));
        check("?lang=en&x", Ok(None));
    }

    #[test]
    fn the_opt_in_names_one_origin() {
        check("?embed=post-message&origin=https://host.example", Ok(Some("https://host.example")));
        check("?embed=post-message&origin=https%3A%2F%2Fhost.example", Ok(Some("https://host.example")));
        check("?origin=HTTPS://Host.Example:8443/&embed=post-message", Ok(Some("https://host.example:8443")));
        check("embed=post-message&origin=http://localhost:8095", Ok(Some("http://localhost:8095")));
        check("?embed=post-message&origin=http://[::1]:8095", Ok(Some("http://[::1]:8095")));
    }

    #[test]
    fn a_bad_opt_in_is_refused_with_its_reason() {
        check("?embed=post-message", Err(OptInError::MissingOrigin));
        check("?embed=post-message&origin=", Err(OptInError::MissingOrigin));
        check("?embed=post-message&origin=*", Err(OptInError::Wildcard));
        check("?embed=post-message&origin=%2A", Err(OptInError::Wildcard));
        for origin in [
            "host.example",
            "ftp://host.example",
            "https://",
            "https://host.example/path",
            "https://user@host.example",
            "https://host.example:port",
            "https://host.example:123456",
            "javascript:alert(1)",
            "null",
        ] {
            let query = format!("?embed=post-message&origin={origin}");
            check(&query, Err(OptInError::NotAnOrigin(origin.to_string())));
        }
        check("?embed=yes&origin=https://host.example", Err(OptInError::UnknownMode("yes".into())));
    }

    #[test]
    fn error_messages_are_lower_case_without_a_final_period() {
        for error in [
            OptInError::MissingOrigin,
            OptInError::Wildcard,
            OptInError::NotAnOrigin("x".into()),
            OptInError::UnknownMode("x".into()),
        ] {
            let text = error.to_string();
            assert!(text.chars().next().is_some_and(|c| !c.is_uppercase()), "{text}");
            assert!(!text.ends_with('.'), "{text}");
        }
    }

    #[test]
    fn the_message_has_the_documented_shape_and_no_personal_data() {
        let package = crate::core::package::read_package(include_str!("../examples/package-social-org.json"))
            .expect("the README's example package reads");
        let evaluation = crate::core::evaluate(&package.facts);
        let message: serde_json::Value =
            serde_json::from_str(&ResultMessage::from_evaluation(&evaluation).to_json()).unwrap();
        assert_eq!(
            message,
            serde_json::json!({
                "type": "henan-filing:self-check-result",
                "version": 1,
                "verdict": "needs-confirmation",
                "request": "first-filing",
                "applicant": "social-org",
                "part": 2,
                "route_authority_id": "place-hrss",
                "route_place": "4107",
                "rule_edition": RULE_TABLE_EDITION,
                "app_version": APP_VERSION,
            })
        );
        // The exact key set above is the guarantee; spot-check that typed facts are absent.
        let text = message.to_string();
        for typed in ["车工", "2026-12-01", "410783", "6-18-01-01", "国家职业技能标准"] {
            assert!(!text.contains(typed), "the message contains {typed:?}, which the user typed");
        }
    }
}
