//! `#[api(format = path)]` uses a shape the user wrote.

use errcat::{ApiError, Catalog, Envelope, Format, JsonSink, Parts, ShapeError};

pub struct Minimal;

impl Format for Minimal {
    fn name(&self) -> &'static str {
        "minimal"
    }

    fn write(&self, env: &dyn errcat::EnvelopeParts, sink: &mut dyn JsonSink) {
        sink.begin_object();
        sink.key("c");
        env.write_code(sink);
        sink.key("m");
        env.write_message(sink);
        sink.end_object();
    }

    fn read(&self, body: serde_json::Value, _: &errcat::MemberNames) -> Result<Parts, ShapeError> {
        let mut object = Parts::object(body)?;
        Ok(Parts {
            code: Parts::take_str(&mut object, "c")?,
            message: Parts::take_str(&mut object, "m")?,
            ..Parts::default()
        })
    }
}

mod shapes {
    pub use super::Minimal;
}

#[derive(Debug, ApiError)]
#[api(format = shapes::Minimal)]
enum E {
    #[api(status = 410, message = "gone since {0}")]
    Gone(u16),
}

fn main() {
    assert_eq!(
        Envelope::new(&E::Gone(2024)).to_json_vec(),
        br#"{"c":"GONE","m":"gone since 2024"}"#
    );
    assert_eq!(E::catalog().format.name(), "minimal");
}
