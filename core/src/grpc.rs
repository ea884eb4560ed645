//! gRPC status codes (`google.rpc.Code`) and how an HTTP status maps to one.
//!
//! The derive checks `#[api(grpc = "...")]` against [`GrpcCode::from_name`]; the runtime
//! maps every code without an override through [`GrpcCode::from_http`].

/// A canonical gRPC status code, numbered as `google.rpc.Code` (and `tonic::Code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GrpcCode {
    /// `OK` (0): not an error.
    Ok = 0,
    /// `CANCELLED` (1): the client cancelled the request.
    Cancelled = 1,
    /// `UNKNOWN` (2).
    Unknown = 2,
    /// `INVALID_ARGUMENT` (3): the request is wrong whatever the system's state.
    InvalidArgument = 3,
    /// `DEADLINE_EXCEEDED` (4).
    DeadlineExceeded = 4,
    /// `NOT_FOUND` (5).
    NotFound = 5,
    /// `ALREADY_EXISTS` (6).
    AlreadyExists = 6,
    /// `PERMISSION_DENIED` (7).
    PermissionDenied = 7,
    /// `RESOURCE_EXHAUSTED` (8): a quota or rate limit, or a size limit.
    ResourceExhausted = 8,
    /// `FAILED_PRECONDITION` (9): the system is not in the state the request needs.
    FailedPrecondition = 9,
    /// `ABORTED` (10): a concurrency conflict.
    Aborted = 10,
    /// `OUT_OF_RANGE` (11).
    OutOfRange = 11,
    /// `UNIMPLEMENTED` (12).
    Unimplemented = 12,
    /// `INTERNAL` (13).
    Internal = 13,
    /// `UNAVAILABLE` (14): transient; retry.
    Unavailable = 14,
    /// `DATA_LOSS` (15).
    DataLoss = 15,
    /// `UNAUTHENTICATED` (16).
    Unauthenticated = 16,
}

impl GrpcCode {
    /// Every code, in numeric order.
    pub const ALL: [GrpcCode; 17] = [
        GrpcCode::Ok,
        GrpcCode::Cancelled,
        GrpcCode::Unknown,
        GrpcCode::InvalidArgument,
        GrpcCode::DeadlineExceeded,
        GrpcCode::NotFound,
        GrpcCode::AlreadyExists,
        GrpcCode::PermissionDenied,
        GrpcCode::ResourceExhausted,
        GrpcCode::FailedPrecondition,
        GrpcCode::Aborted,
        GrpcCode::OutOfRange,
        GrpcCode::Unimplemented,
        GrpcCode::Internal,
        GrpcCode::Unavailable,
        GrpcCode::DataLoss,
        GrpcCode::Unauthenticated,
    ];

    /// The name as `#[api(grpc = "...")]` takes it, in snake case: `"failed_precondition"`.
    pub const fn name(self) -> &'static str {
        match self {
            GrpcCode::Ok => "ok",
            GrpcCode::Cancelled => "cancelled",
            GrpcCode::Unknown => "unknown",
            GrpcCode::InvalidArgument => "invalid_argument",
            GrpcCode::DeadlineExceeded => "deadline_exceeded",
            GrpcCode::NotFound => "not_found",
            GrpcCode::AlreadyExists => "already_exists",
            GrpcCode::PermissionDenied => "permission_denied",
            GrpcCode::ResourceExhausted => "resource_exhausted",
            GrpcCode::FailedPrecondition => "failed_precondition",
            GrpcCode::Aborted => "aborted",
            GrpcCode::OutOfRange => "out_of_range",
            GrpcCode::Unimplemented => "unimplemented",
            GrpcCode::Internal => "internal",
            GrpcCode::Unavailable => "unavailable",
            GrpcCode::DataLoss => "data_loss",
            GrpcCode::Unauthenticated => "unauthenticated",
        }
    }

    /// The code's number (`google.rpc.Code`).
    pub const fn number(self) -> i32 {
        self as i32
    }

    /// The code with this number.
    pub fn from_number(number: i32) -> Option<GrpcCode> {
        GrpcCode::ALL.into_iter().find(|c| c.number() == number)
    }

    /// The code with this name, in snake case or as `google.rpc.Code` writes it
    /// (`"failed_precondition"`, `"FAILED_PRECONDITION"`).
    pub fn from_name(name: &str) -> Option<GrpcCode> {
        GrpcCode::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }

    /// The code an error with this HTTP status travels with over gRPC.
    ///
    /// `google.rpc.Code`'s documented mapping where it names the status; the rest by the
    /// closest meaning:
    ///
    /// | HTTP | gRPC |
    /// |---|---|
    /// | 400, 406, 411, 414, 415, 422, 431, other 4xx | `INVALID_ARGUMENT` |
    /// | 401 | `UNAUTHENTICATED` |
    /// | 402, 412, 423, 424, 428 | `FAILED_PRECONDITION` |
    /// | 403, 451 | `PERMISSION_DENIED` |
    /// | 404, 410 | `NOT_FOUND` |
    /// | 405, 501, 505 | `UNIMPLEMENTED` |
    /// | 408, 504 | `DEADLINE_EXCEEDED` |
    /// | 409 | `ABORTED` |
    /// | 413, 429, 507 | `RESOURCE_EXHAUSTED` |
    /// | 416 | `OUT_OF_RANGE` |
    /// | 499 | `CANCELLED` |
    /// | 500, other 5xx | `INTERNAL` |
    /// | 502, 503 | `UNAVAILABLE` |
    /// | 1xx, 2xx, 3xx (not errors) | `UNKNOWN` |
    pub const fn from_http(status: u16) -> GrpcCode {
        match status {
            401 => GrpcCode::Unauthenticated,
            402 | 412 | 423 | 424 | 428 => GrpcCode::FailedPrecondition,
            403 | 451 => GrpcCode::PermissionDenied,
            404 | 410 => GrpcCode::NotFound,
            405 | 501 | 505 => GrpcCode::Unimplemented,
            408 | 504 => GrpcCode::DeadlineExceeded,
            409 => GrpcCode::Aborted,
            413 | 429 | 507 => GrpcCode::ResourceExhausted,
            416 => GrpcCode::OutOfRange,
            499 => GrpcCode::Cancelled,
            502 | 503 => GrpcCode::Unavailable,
            400..=499 => GrpcCode::InvalidArgument,
            500..=599 => GrpcCode::Internal,
            _ => GrpcCode::Unknown,
        }
    }
}

impl core::fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::GrpcCode;

    #[test]
    fn names_and_numbers_round_trip() {
        for code in GrpcCode::ALL {
            assert_eq!(GrpcCode::from_name(code.name()), Some(code));
            assert_eq!(GrpcCode::from_number(code.number()), Some(code));
        }
        assert_eq!(
            GrpcCode::from_name("FAILED_PRECONDITION"),
            Some(GrpcCode::FailedPrecondition)
        );
        assert_eq!(GrpcCode::from_name("failed-precondition"), None);
        assert_eq!(GrpcCode::from_number(17), None);
    }

    #[test]
    fn the_documented_http_statuses_map_as_google_rpc_code_says() {
        let table = [
            (400, GrpcCode::InvalidArgument),
            (401, GrpcCode::Unauthenticated),
            (403, GrpcCode::PermissionDenied),
            (404, GrpcCode::NotFound),
            (409, GrpcCode::Aborted),
            (412, GrpcCode::FailedPrecondition),
            (413, GrpcCode::ResourceExhausted),
            (429, GrpcCode::ResourceExhausted),
            (499, GrpcCode::Cancelled),
            (500, GrpcCode::Internal),
            (501, GrpcCode::Unimplemented),
            (503, GrpcCode::Unavailable),
            (504, GrpcCode::DeadlineExceeded),
        ];
        for (status, code) in table {
            assert_eq!(GrpcCode::from_http(status), code, "{status}");
        }
        assert_eq!(GrpcCode::from_http(418), GrpcCode::InvalidArgument);
        assert_eq!(GrpcCode::from_http(599), GrpcCode::Internal);
        assert_eq!(GrpcCode::from_http(200), GrpcCode::Unknown);
    }
}
