//! The three stacks in actix-web.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};

use actix_request_identifier::{IdReuse, RequestId, RequestIdentifier};
use actix_web::http::StatusCode;
use actix_web::{App, HttpMessage, HttpRequest, HttpResponse, HttpServer, ResponseError, web};
use errcat::catalogs::control_plane::ControlPlaneError;
use errcat::integrations::actix::{self as errcat_actix, Errors};

use crate::Stack;
use crate::bodies::{self, Refusal, Widget};

/// Prints the address the server listens on, for `serving.sh`.
pub fn announce(address: SocketAddr) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "listening on http://{address}");
    let _ = out.flush();
}

/// The address a bound server listens on, and the server running.
macro_rules! running {
    ($server:expr) => {{
        let server = $server;
        let address = server
            .addrs()
            .first()
            .copied()
            .unwrap_or_else(|| SocketAddr::from((Ipv4Addr::LOCALHOST, 0)));
        (address, server.run())
    }};
}

pub fn serve(stack: Stack) -> std::io::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let server = match stack {
            Stack::Bare | Stack::Floor => running!(
                HttpServer::new(|| {
                    App::new()
                        .route("/widgets/gear", web::get().to(gear))
                        .route("/woks/w1", web::get().to(bare_not_active))
                        .route("/widgets", web::post().to(create))
                })
                .workers(1)
                .bind((Ipv4Addr::LOCALHOST, 0))?
            ),
            Stack::Hand => running!(
                HttpServer::new(|| {
                    App::new()
                        .wrap(RequestIdentifier::with_uuid().use_incoming_id(IdReuse::UseIncoming))
                        .app_data(web::JsonConfig::default().error_handler(hand_json_error))
                        .route("/widgets/gear", web::get().to(gear))
                        .route("/woks/w1", web::get().to(hand_not_active))
                        .route("/widgets", web::post().to(create))
                        .default_service(web::to(hand_not_found))
                })
                .workers(1)
                .bind((Ipv4Addr::LOCALHOST, 0))?
            ),
            Stack::Errcat | Stack::Layered => running!(
                HttpServer::new(|| {
                    App::new()
                        .wrap(Errors::<ControlPlaneError>::new())
                        .app_data(errcat_actix::json_config())
                        .route("/widgets/gear", web::get().to(gear))
                        .route("/woks/w1", web::get().to(errcat_not_active))
                        .route("/widgets", web::post().to(create))
                        .default_service(web::to(errcat_actix::route_not_found))
                })
                .workers(1)
                .bind((Ipv4Addr::LOCALHOST, 0))?
            ),
        };
        let (address, server) = server;
        announce(address);
        server.await
    })
}

async fn gear() -> web::Json<Widget> {
    web::Json(bodies::gear())
}

async fn create(web::Json(widget): web::Json<Widget>) -> HttpResponse {
    HttpResponse::Created().json(widget)
}

async fn bare_not_active() -> HttpResponse {
    HttpResponse::Conflict().json(bodies::not_active(None))
}

// ---------------------------------------------------------------------------------------
// What a service writes today: actix-request-identifier's ids, and errors by hand.

#[derive(Debug)]
enum HandError {
    NotActive(String),
    RouteNotFound {
        method: String,
        path: String,
        id: String,
    },
    BadJson {
        refusal: Refusal,
        id: String,
    },
}

impl fmt::Display for HandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("request failed")
    }
}

impl ResponseError for HandError {
    fn status_code(&self) -> StatusCode {
        match self {
            HandError::NotActive(_) => StatusCode::CONFLICT,
            HandError::RouteNotFound { .. } => StatusCode::NOT_FOUND,
            HandError::BadJson { .. } => StatusCode::BAD_REQUEST,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        match self {
            HandError::NotActive(id) => response.json(bodies::not_active(Some(id))),
            HandError::RouteNotFound { method, path, id } => {
                response.json(bodies::route_not_found(method, path, id))
            }
            HandError::BadJson { refusal, id } => response.json(bodies::bad_json(
                Refusal {
                    message: refusal.message.clone(),
                    line: refusal.line,
                    column: refusal.column,
                },
                id,
            )),
        }
    }
}

async fn hand_not_active(id: RequestId) -> Result<HttpResponse, HandError> {
    Err(HandError::NotActive(id.as_str().to_owned()))
}

async fn hand_not_found(req: HttpRequest, id: RequestId) -> Result<HttpResponse, HandError> {
    Err(HandError::RouteNotFound {
        method: req.method().to_string(),
        path: req.path().to_owned(),
        id: id.as_str().to_owned(),
    })
}

fn hand_json_error(err: actix_web::error::JsonPayloadError, req: &HttpRequest) -> actix_web::Error {
    let id = req
        .extensions()
        .get::<RequestId>()
        .map(|id| id.as_str().to_owned())
        .unwrap_or_default();
    let refusal = match &err {
        actix_web::error::JsonPayloadError::Deserialize(e) => Refusal::of(e),
        other => Refusal {
            message: other.to_string(),
            line: 0,
            column: 0,
        },
    };
    HandError::BadJson { refusal, id }.into()
}

// ---------------------------------------------------------------------------------------
// errcat

async fn errcat_not_active() -> Result<HttpResponse, ControlPlaneError> {
    Err(ControlPlaneError::NotActive)
}
