//! What `errcat`'s derive (at compile time) and runtime (at run time) both read, defined
//! once: the envelope shapes, the sides that fix an error, the JSON types of exposed
//! fields and the gRPC status codes.
//!
//! No behaviour lives here, only tables. The derive checks exposed field names against a
//! shape's reserved members and parses `fix = "..."`; the runtime writes, reads and
//! describes bodies from the same tables. Use it through the `errcat` crate, which
//! re-exports it.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![no_std]

pub mod field;
pub mod fix;
pub mod grpc;
pub mod shape;

pub use field::FieldType;
pub use grpc::GrpcCode;
pub use shape::{Key, Layout, Member, Part, Rule, Shape, ViolationForm};
