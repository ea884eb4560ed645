//! Runnable examples of errcat live in `examples/`; the example service's router lives
//! here (with the `web` feature), so that tests can serve it in-process, with what the
//! examples share.

#[cfg(feature = "grpc")]
pub mod grpc;
#[cfg(feature = "web")]
pub mod service;

/// The base URL of a service given as `HOST:PORT` or as a URL (`http://HOST:PORT`, with
/// or without a final `/`): what the example client takes on its command line.
///
/// ```
/// use errcat_examples::base_url;
///
/// assert_eq!(base_url("127.0.0.1:3000").unwrap(), "http://127.0.0.1:3000");
/// assert_eq!(base_url("http://127.0.0.1:3000/").unwrap(), "http://127.0.0.1:3000");
/// assert!(base_url("ftp://127.0.0.1").is_err());
/// ```
pub fn base_url(address: &str) -> Result<String, String> {
    let address = address.trim();
    let (scheme, rest) = address.split_once("://").unwrap_or(("http", address));
    if scheme != "http" && scheme != "https" {
        return Err(format!(
            "{address:?}: the service speaks http, not {scheme}"
        ));
    }
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() {
        return Err(format!("{address:?} names no host"));
    }
    let url = format!("{scheme}://{rest}");
    let uri: http::Uri = url
        .parse()
        .map_err(|e| format!("{address:?} is neither HOST:PORT nor a URL: {e}"))?;
    if uri.host().is_none_or(str::is_empty) || uri.path() != "/" || uri.query().is_some() {
        return Err(format!(
            "{address:?} is neither HOST:PORT nor a URL of a service (no path)"
        ));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::base_url;

    #[test]
    fn host_port_and_urls_give_the_same_base() {
        for address in [
            "127.0.0.1:3000",
            "http://127.0.0.1:3000",
            "http://127.0.0.1:3000/",
            " 127.0.0.1:3000 ",
        ] {
            assert_eq!(
                base_url(address),
                Ok("http://127.0.0.1:3000".to_owned()),
                "{address}"
            );
        }
        assert_eq!(base_url("localhost"), Ok("http://localhost".to_owned()));
        assert_eq!(
            base_url("https://api.example.com"),
            Ok("https://api.example.com".to_owned())
        );
    }

    #[test]
    fn anything_else_is_a_clear_error() {
        for (address, error) in [
            (
                "ftp://host:21",
                r#""ftp://host:21": the service speaks http, not ftp"#,
            ),
            ("", r#""" names no host"#),
            ("http://", r#""http://" names no host"#),
            (
                "127.0.0.1:3000/v1",
                r#""127.0.0.1:3000/v1" is neither HOST:PORT nor a URL of a service (no path)"#,
            ),
            (
                "a b:1",
                r#""a b:1" is neither HOST:PORT nor a URL: invalid uri character"#,
            ),
        ] {
            assert_eq!(base_url(address), Err(error.to_owned()), "{address:?}");
        }
    }
}
