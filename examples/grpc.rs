//! The example service's gRPC API (feature `grpc`): the same errors as its HTTP routes,
//! as statuses in Google's rich error model, on the same port.
//!
//! The service `errcat.example.v1.Widgets` (messages and service written out below, so
//! that no protoc is needed; its descriptor is served by reflection):
//!
//! | RPC | answer |
//! |---|---|
//! | `GetWidget(WidgetRequest)` | `gear`: the widget; any other name: `NOT_FOUND` `SVC_WIDGET_NOT_FOUND` (metadata `name`) |
//! | `GetWok(WokRequest)` | `NOT_FOUND` `CP_PROJECT_NOT_FOUND` |
//! | `Status(Empty)` | `UNAVAILABLE` `CP_STATUS_STALE`, `RetryInfo` 5 s |
//! | `Limited(Empty)` | `RESOURCE_EXHAUSTED` `SVC_RATE_LIMITED`, `RetryInfo` 2 s |
//! | `Storage(Empty)` | `INTERNAL` `SVC_STORAGE_FAILED` (the source logged, never sent) |
//! | `CreateAccount(NewAccount)` | checked with `validator`: `INVALID_ARGUMENT` `CP_INVALID_BODY` with `BadRequest` |
//! | `Panic(Empty)` | `INTERNAL` `CP_DB_QUERY_FAILED` (a caught panic) |
//! | any other method | `UNIMPLEMENTED` `CP_ROUTE_NOT_FOUND` |
//!
//! Every status carries `ErrorInfo` and `RequestInfo` with the `x-request-id` the client
//! sent (or a fresh one), also echoed in the response metadata.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::integrations::{FrameworkError, FromFrameworkError, InputPart, InvalidInput};
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{
    DescriptorProto, FieldDescriptorProto, FileDescriptorProto, FileDescriptorSet,
    MethodDescriptorProto, ServiceDescriptorProto,
};
use validator::Validate as _;

use crate::service::{STORAGE_CANARY, ServiceError};

/// The gRPC package of the example service.
pub const PACKAGE: &str = "errcat.example.v1";

/// `GetWidget`'s request.
#[derive(Clone, PartialEq, prost::Message)]
pub struct WidgetRequest {
    /// The widget's name.
    #[prost(string, tag = "1")]
    pub name: String,
}

/// `GetWok`'s request.
#[derive(Clone, PartialEq, prost::Message)]
pub struct WokRequest {
    /// The wok's id.
    #[prost(string, tag = "1")]
    pub id: String,
}

/// A widget.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Widget {
    /// Its name.
    #[prost(string, tag = "1")]
    pub name: String,
    /// Its size.
    #[prost(uint32, tag = "2")]
    pub size: u32,
}

/// `CreateAccount`'s request: checked as `POST /accounts` checks its body.
#[derive(Clone, PartialEq, prost::Message, validator::Validate)]
pub struct NewAccount {
    /// 3 to 32 characters.
    #[prost(string, tag = "1")]
    #[validate(length(min = 3, max = 32))]
    pub display_name: String,
    /// An email address.
    #[prost(string, tag = "2")]
    #[validate(email)]
    pub email: String,
    /// At least 8 characters; never echoed in an error.
    #[prost(string, tag = "3")]
    #[validate(length(min = 8))]
    pub password: String,
}

/// No fields.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Empty {}

async fn get_widget(request: WidgetRequest) -> Result<Widget, tonic::Status> {
    if request.name == "gear" {
        return Ok(Widget {
            name: request.name,
            size: 3,
        });
    }
    Err(ServiceError::WidgetNotFound { name: request.name }.into())
}

async fn get_wok(_: WokRequest) -> Result<Widget, tonic::Status> {
    Err(ControlPlaneError::ProjectNotFound.into())
}

async fn status(_: Empty) -> Result<Widget, tonic::Status> {
    Err(ControlPlaneError::StatusStale.into())
}

async fn limited(_: Empty) -> Result<Widget, tonic::Status> {
    Err(ServiceError::RateLimited {
        retry_after_ms: 2000,
    }
    .into())
}

async fn storage(_: Empty) -> Result<Widget, tonic::Status> {
    let source = std::io::Error::other(STORAGE_CANARY);
    Err(ServiceError::StorageFailed(source).into())
}

async fn create_account(account: NewAccount) -> Result<Empty, tonic::Status> {
    if let Err(errors) = account.validate() {
        let violations = errcat::Violations::from(errors);
        let input = InvalidInput {
            part: InputPart::Body,
            violations: &violations,
        };
        let err = ServiceError::from_framework_error(&FrameworkError::InvalidInput(input));
        return Err(err.into());
    }
    Ok(Empty {})
}

#[allow(clippy::panic)] // the RPC exists to show a caught panic
async fn panics(_: Empty) -> Result<Empty, tonic::Status> {
    panic!("widget invariant broken (canary 2b8e41)")
}

/// The `errcat.example.v1.Widgets` service, for tonic's `Routes`.
#[derive(Debug, Clone, Copy, Default)]
pub struct WidgetsServer;

impl tonic::server::NamedService for WidgetsServer {
    const NAME: &'static str = "errcat.example.v1.Widgets";
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<B> tower::Service<http::Request<B>> for WidgetsServer
where
    B: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send + 'static,
{
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = BoxFuture<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        let method = request
            .uri()
            .path()
            .rsplit_once('/')
            .map(|(_, method)| method.to_owned())
            .unwrap_or_default();
        Box::pin(async move {
            Ok(match method.as_str() {
                "GetWidget" => unary(request, get_widget).await,
                "GetWok" => unary(request, get_wok).await,
                "Status" => unary(request, status).await,
                "Limited" => unary(request, limited).await,
                "Storage" => unary(request, storage).await,
                "CreateAccount" => unary(request, create_account).await,
                "Panic" => unary(request, panics).await,
                // errcat's layer answers this in the service's catalog.
                _ => tonic::Status::unimplemented("").into_http(),
            })
        })
    }
}

/// Serves one unary RPC with `handler`, in protobuf.
async fn unary<B, Req, Res, F, Fut>(
    request: http::Request<B>,
    handler: F,
) -> http::Response<tonic::body::Body>
where
    B: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send + 'static,
    Req: prost::Message + Default + Send + 'static,
    Res: prost::Message + Send + 'static,
    F: Fn(Req) -> Fut + Copy + Send + 'static,
    Fut: Future<Output = Result<Res, tonic::Status>> + Send + 'static,
{
    struct Handler<F>(F);

    impl<Req, Res, F, Fut> tonic::server::UnaryService<Req> for Handler<F>
    where
        Req: Send + 'static,
        F: Fn(Req) -> Fut + Copy + Send + 'static,
        Fut: Future<Output = Result<Res, tonic::Status>> + Send + 'static,
    {
        type Response = Res;
        type Future = BoxFuture<Result<tonic::Response<Res>, tonic::Status>>;

        fn call(&mut self, request: tonic::Request<Req>) -> Self::Future {
            let handler = self.0;
            Box::pin(async move {
                handler(request.into_inner())
                    .await
                    .map(tonic::Response::new)
            })
        }
    }

    let codec = tonic_prost::ProstCodec::<Res, Req>::default();
    tonic::server::Grpc::new(codec)
        .unary(Handler(handler), request)
        .await
}

/// The descriptor of `errcat/example/v1/widgets.proto`, as protoc would write it, for
/// reflection.
pub fn file_descriptor_set() -> Vec<u8> {
    use prost::Message as _;

    let string = |name: &str, number: i32| field(name, number, Type::String);
    let message = |name: &str, fields: Vec<FieldDescriptorProto>| DescriptorProto {
        name: Some(name.to_owned()),
        field: fields,
        ..Default::default()
    };
    let method = |name: &str, input: &str, output: &str| MethodDescriptorProto {
        name: Some(name.to_owned()),
        input_type: Some(format!(".{PACKAGE}.{input}")),
        output_type: Some(format!(".{PACKAGE}.{output}")),
        ..Default::default()
    };
    let file = FileDescriptorProto {
        name: Some("errcat/example/v1/widgets.proto".to_owned()),
        package: Some(PACKAGE.to_owned()),
        syntax: Some("proto3".to_owned()),
        message_type: vec![
            message("WidgetRequest", vec![string("name", 1)]),
            message("WokRequest", vec![string("id", 1)]),
            message(
                "Widget",
                vec![string("name", 1), field("size", 2, Type::Uint32)],
            ),
            message(
                "NewAccount",
                vec![
                    string("display_name", 1),
                    string("email", 2),
                    string("password", 3),
                ],
            ),
            message("Empty", vec![]),
        ],
        service: vec![ServiceDescriptorProto {
            name: Some("Widgets".to_owned()),
            method: vec![
                method("GetWidget", "WidgetRequest", "Widget"),
                method("GetWok", "WokRequest", "Widget"),
                method("Status", "Empty", "Widget"),
                method("Limited", "Empty", "Widget"),
                method("Storage", "Empty", "Widget"),
                method("CreateAccount", "NewAccount", "Empty"),
                method("Panic", "Empty", "Empty"),
            ],
            ..Default::default()
        }],
        ..Default::default()
    };
    FileDescriptorSet { file: vec![file] }.encode_to_vec()
}

fn field(name: &str, number: i32, ty: Type) -> FieldDescriptorProto {
    FieldDescriptorProto {
        name: Some(name.to_owned()),
        number: Some(number),
        label: Some(Label::Optional as i32),
        r#type: Some(ty as i32),
        json_name: Some(lower_camel(name)),
        ..Default::default()
    }
}

fn lower_camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The gRPC routes: the widgets service and reflection (v1 and v1alpha, with the
/// descriptors of errcat's detail types), behind errcat's gRPC layer.
pub fn routes() -> Result<axum::Router, tonic_reflection::server::Error> {
    static DESCRIPTORS: std::sync::LazyLock<Vec<u8>> =
        std::sync::LazyLock::new(file_descriptor_set);
    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(errcat::grpc::DETAILS_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(&DESCRIPTORS)
    };
    let v1 = reflection().build_v1()?;
    let v1alpha = reflection().build_v1alpha()?;
    Ok(tonic::service::Routes::new(WidgetsServer)
        .add_service(v1)
        .add_service(v1alpha)
        .prepare()
        .into_axum_router()
        .layer(errcat::grpc::ErrorLayer::<ServiceError>::new()))
}

/// The service's HTTP router with the gRPC API on the same port: requests whose path
/// names a gRPC service go to [`routes`], the rest to the HTTP routes.
pub fn router() -> Result<axum::Router, tonic_reflection::server::Error> {
    let grpc = routes()?;
    let mut router = crate::service::router();
    for service in [
        "errcat.example.v1.Widgets",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
    ] {
        router = router.route_service(
            &format!("/{service}/{{*method}}"),
            grpc.clone().into_service(),
        );
    }
    Ok(router)
}

/// The RPCs of the widgets service, in the order the client calls them.
pub const METHODS: [&str; 7] = [
    "GetWidget",
    "GetWok",
    "Status",
    "Limited",
    "Storage",
    "CreateAccount",
    "Panic",
];

/// Calls `method` of the widgets service with an empty request (every field at its
/// default) and `x-request-id: request_id`; the status it answers (`Ok` if it did not
/// fail).
pub async fn call(
    channel: tonic::transport::Channel,
    method: &str,
    request_id: &str,
) -> Result<tonic::Status, Box<dyn std::error::Error + Send + Sync>> {
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await?;
    let path = http::uri::PathAndQuery::try_from(format!("/{PACKAGE}.Widgets/{method}"))?;
    let mut request = tonic::Request::new(Empty {});
    request
        .metadata_mut()
        .insert("x-request-id", request_id.parse()?);
    let codec = tonic_prost::ProstCodec::<Empty, Empty>::default();
    Ok(match grpc.unary(request, path, codec).await {
        Ok(_) => tonic::Status::ok(""),
        Err(status) => status,
    })
}
