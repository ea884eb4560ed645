"""An independent gRPC client of the example service (grpcio, written without errcat).

    grpc-client.py HOST:PORT CODES.json

Lists the services by server reflection, calls every method of every non-reflection
service with an empty request (each answers an error), and checks each status with
grpc_status.rpc_status.from_call:

- it carries exactly one google.rpc.ErrorInfo whose reason (or, for a code that is not
  a valid AIP-193 reason, its `errcatCode` metadata) is a code of the service's
  catalog (CODES.json: errcat's JSON export of the catalogs the service answers with);
- the status code is the code's gRPC code in that export (UNIMPLEMENTED and INTERNAL
  for the layer's answers to an unknown method and a panic);
- RetryInfo is there exactly when the catalog gives the code retry guidance;
- RequestInfo carries the x-request-id the client sent, echoed in the metadata too;
- no source error's text (the example service's canaries) is anywhere in it.

It also calls an unknown method. Exits 1 with one line per problem.
"""

import json
import sys

import grpc
from google.protobuf import descriptor_pool
from google.rpc import error_details_pb2
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)
from grpc_status import rpc_status

CANARIES = ("canary 7f3a9c", "canary 2b8e41", "/var/lib/widgets")
REFLECTION = ("grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection")


def main():
    address, codes_file = sys.argv[1], sys.argv[2]
    with open(codes_file, encoding="utf-8") as f:
        catalog = {entry["code"]: entry for entry in json.load(f)}
    channel = grpc.insecure_channel(address)
    database = ProtoReflectionDescriptorDatabase(channel)
    services = sorted(database.get_services())
    print(f"reflection lists {services}")
    pool = descriptor_pool.DescriptorPool(database)
    problems = []
    calls = []
    for name in services:
        if name in REFLECTION:
            continue
        service = pool.FindServiceByName(name)
        for method in service.methods:
            calls.append((f"/{service.full_name}/{method.name}", method.name))
    if not calls:
        problems.append("reflection lists no service to call")
    calls.append(("/errcat.example.v1.Widgets/NoSuchMethod", "NoSuchMethod"))
    for n, (path, method) in enumerate(calls):
        request_id = f"py-{n}-{method}"
        problems += check(channel, path, method, request_id, catalog)
    channel.close()
    if problems:
        for line in problems:
            print(f"FAIL {line}")
        sys.exit(1)
    print(f"ok: {len(calls)} calls, each an ErrorInfo of the catalog with its gRPC code, "
          "RetryInfo where the catalog has guidance, RequestInfo with the id sent")


def check(channel, path, method, request_id, catalog):
    call = channel.unary_unary(path, request_serializer=None, response_deserializer=None)
    try:
        call(b"", metadata=(("x-request-id", request_id),), timeout=10)
        return [f"{path}: answered OK, expected an error"]
    except grpc.RpcError as error:
        return check_error(path, method, request_id, catalog, error)


def check_error(path, method, request_id, catalog, error):
    problems = []
    status = rpc_status.from_call(error)
    if status is None:
        return [f"{path}: {error.code().name} without grpc-status-details-bin"]
    infos, retry, request = [], [], []
    for detail in status.details:
        for kind, into in ((error_details_pb2.ErrorInfo, infos),
                           (error_details_pb2.RetryInfo, retry),
                           (error_details_pb2.RequestInfo, request)):
            if detail.Is(kind.DESCRIPTOR):
                message = kind()
                detail.Unpack(message)
                into.append(message)
    if len(infos) != 1:
        return [f"{path}: {len(infos)} ErrorInfo details, expected 1"]
    info = infos[0]
    code = info.metadata.get("errcatCode", info.reason)
    entry = catalog.get(code)
    if entry is None:
        return [f"{path}: ErrorInfo reason {info.reason!r} is no code of the catalog"]
    expected = entry["grpc"]
    if method == "NoSuchMethod":
        expected = "UNIMPLEMENTED"
    elif method == "Panic":
        expected = "INTERNAL"
    got = error.code().name
    if got != expected:
        problems.append(f"{path}: {code} answered {got}, the catalog says {expected}")
    if status.code != error.code().value[0]:
        problems.append(f"{path}: details code {status.code} is not the status's")
    if not info.domain:
        problems.append(f"{path}: ErrorInfo without a domain")
    has_guidance = entry["retry_after"] is not None
    if has_guidance != (len(retry) == 1):
        problems.append(f"{path}: {code} has {len(retry)} RetryInfo, guidance {entry['retry_after']}")
    if retry and retry[0].retry_delay.seconds != entry["retry_after"]:
        problems.append(f"{path}: RetryInfo {retry[0].retry_delay.seconds} s, "
                        f"the catalog says {entry['retry_after']} s")
    if len(request) != 1 or request[0].request_id != request_id:
        problems.append(f"{path}: RequestInfo {[r.request_id for r in request]}, sent {request_id!r}")
    echoed = dict(error.trailing_metadata() or ()).get("x-request-id")
    initial = dict(error.initial_metadata() or ()).get("x-request-id")
    if request_id not in (echoed, initial):
        problems.append(f"{path}: x-request-id metadata {echoed or initial!r}, sent {request_id!r}")
    text = error.details() + str(status)
    for canary in CANARIES:
        if canary in text:
            problems.append(f"{path}: the status carries source text {canary!r}")
    print(f"{path}: {got} {code} ({info.domain}), id {request[0].request_id if request else None}"
          + (f", retry {retry[0].retry_delay.seconds} s" if retry else ""))
    return problems


if __name__ == "__main__":
    main()
