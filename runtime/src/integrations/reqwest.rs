//! Decoding `reqwest::Response`s (feature `reqwest`).
//!
//! The body is read under the [`Decoder`]'s size cap before anything is parsed: a
//! `Content-Length` over the cap is refused without reading, and a streamed body is read
//! chunk by chunk and abandoned as soon as it passes the cap, so a hostile server cannot
//! make the client buffer more than the cap (plus one chunk).
//!
//! ```no_run
//! use errcat::catalogs::prompt_api::PromptApiError;
//! use errcat::client::ClientError;
//! use errcat::integrations::reqwest as api;
//! use errcat::retry::RetryPolicy;
//!
//! # async fn run() -> Result<(), ClientError<PromptApiError>> {
//! let client = reqwest::Client::new();
//! let response = api::retry(&RetryPolicy::PROMPT_API, || async {
//!     let response = client.get("http://127.0.0.1:3000/v1/prompts/1").send().await?;
//!     api::error_for_status::<PromptApiError>(response).await
//! })
//! .await?;
//! println!("{}", response.status());
//! # Ok(())
//! # }
//! ```

use std::future::Future;
use std::time::Duration;

use crate::client::ClientError;
use crate::code::ErrorCode;
use crate::decode::{DecodeError, Decoded, Decoder};
use crate::retry::{RetryPolicy, Retryable};

/// Decodes an error response with the default [`Decoder`] (64 KiB, 32 levels): status,
/// headers (`Retry-After`, request id) and the body, read under the cap.
pub async fn decode<C: ErrorCode>(response: reqwest::Response) -> Result<Decoded<C>, DecodeError> {
    decode_with(&Decoder::new(), response).await
}

/// Decodes an error response with `decoder`'s limits. A success status is
/// [`DecodeError::NotAnError`], and its body is not read.
pub async fn decode_with<C: ErrorCode>(
    decoder: &Decoder,
    response: reqwest::Response,
) -> Result<Decoded<C>, DecodeError> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Err(DecodeError::NotAnError(status));
    }
    let headers = response.headers().clone();
    let body = read_body(response, decoder.body_limit()).await?;
    decoder.decode_parts(status, &headers, &body)
}

/// Passes a success (any status below 400) through, body unread; turns an error status
/// into [`ClientError::Api`] or, when the body is not the API's envelope,
/// [`ClientError::Undecodable`] (default [`Decoder`]).
pub async fn error_for_status<C: ErrorCode>(
    response: reqwest::Response,
) -> Result<reqwest::Response, ClientError<C>> {
    error_for_status_with(&Decoder::new(), response).await
}

/// [`error_for_status`] with `decoder`'s limits.
pub async fn error_for_status_with<C: ErrorCode>(
    decoder: &Decoder,
    response: reqwest::Response,
) -> Result<reqwest::Response, ClientError<C>> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let headers = response.headers().clone();
    let decoded = match read_body(response, decoder.body_limit()).await {
        Ok(body) => decoder.decode_parts(status, &headers, &body),
        Err(error) => Err(error),
    };
    Err(ClientError::from_decode(decoder, status, &headers, decoded))
}

/// Reads the body, at most `limit` bytes: [`DecodeError::TooLarge`] if the declared
/// `Content-Length` or the bytes received pass it (reading stops there),
/// [`DecodeError::Read`] if the connection fails.
pub async fn read_body(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Vec<u8>, DecodeError> {
    let declared = response.content_length();
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(DecodeError::TooLarge { limit });
    }
    // The declared length is at most `limit` here, so it bounds the allocation.
    let capacity = declared.map_or(0, |length| usize::try_from(length).unwrap_or(limit));
    let mut body = Vec::with_capacity(capacity.min(limit));
    while let Some(chunk) = response.chunk().await.map_err(read_error)? {
        if chunk.len() > limit.saturating_sub(body.len()) {
            return Err(DecodeError::TooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Why the body could not be read, without the URL (it may carry a token).
fn read_error(error: reqwest::Error) -> DecodeError {
    DecodeError::Read {
        reason: crate::text::shortened(&error.without_url().to_string(), 200).into_owned(),
    }
}

/// [`retry`](crate::retry::retry) with tokio's timer: runs `op` until it succeeds or
/// `policy` gives up. Needs a tokio runtime with the timer enabled (as reqwest's own
/// timeouts do).
pub async fn retry<T, E, Op, Fut>(policy: &RetryPolicy, op: Op) -> Result<T, E>
where
    E: Retryable,
    Op: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    crate::retry::retry(policy, tokio::time::sleep, op).await
}

/// Any `reqwest::Error` is a [`ClientError::Transport`], so `?` works on `send()` inside
/// a retried operation. (An error from reqwest's own `error_for_status` carries a status
/// but no body; use [`error_for_status`] instead, which decodes the body.)
impl<C: ErrorCode> From<reqwest::Error> for ClientError<C> {
    fn from(error: reqwest::Error) -> Self {
        ClientError::Transport(Box::new(error))
    }
}

impl Retryable for reqwest::Response {
    fn status(&self) -> Option<http::StatusCode> {
        Some(reqwest::Response::status(self))
    }

    fn retry_after(&self) -> Option<Duration> {
        crate::retry::retry_after(self.headers())
    }
}

/// A `reqwest::Error` from `error_for_status` has a status; any other is a transport error.
impl Retryable for reqwest::Error {
    fn status(&self) -> Option<http::StatusCode> {
        reqwest::Error::status(self)
    }
}
