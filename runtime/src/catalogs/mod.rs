//! The prebuilt catalogs: the error codes of five real APIs, as derived enums.
