#!/usr/bin/python3
"""Example Python client of the policy.v1 gRPC API served by policyd.

It streams articles to IngestArticles and asks CompareSpeakers how subjects talk about a topic,
printing each response in protobuf's canonical JSON mapping with the same options as
`policyctl --format json`, so the two outputs can be compared (tests/clients does exactly that).

    /usr/bin/python3 clients/python/policy_client.py --server 127.0.0.1:50051 \
        ingest data/sample/sample.jsonl
    /usr/bin/python3 clients/python/policy_client.py --server 127.0.0.1:50051 \
        compare --topic innovation --by organization Haier JD Gree TCL

The Python stubs are generated from proto/policy/v1/*.proto with grpc_tools.protoc on first
use (and again whenever a .proto file is newer) into $POLICY_PY_STUBS, default
clients/python/gen/ (ignored by git). Debian's python3-grpcio and python3-grpc-tools load only
in /usr/bin/python3, hence the shebang.

Exit codes are policyctl's (docs/cli.md): 0 success, 1 bad command line, 2 the server returned
an error (its canonical code name is printed), 3 server unreachable or deadline exceeded, 4 some
ingested articles were rejected, 5 a local file (input, proto, stubs) could not be read or made.
"""

import argparse
import os
import pathlib
import subprocess
import sys

_HERE = pathlib.Path(__file__).resolve().parent
_DEFAULT_PROTO_DIR = _HERE.parent.parent / "proto"
_DEFAULT_STUBS_DIR = _HERE / "gen"
_SERVICE_PROTOS = ("resources.proto", "compare.proto", "policy_service.proto")

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_SERVER_ERROR = 2
EXIT_UNREACHABLE = 3
EXIT_PARTIAL = 4
EXIT_LOCAL_ERROR = 5


def fail(code, message):
    print(f"policy_client: {message}", file=sys.stderr)
    sys.exit(code)


try:
    import grpc
    from google.protobuf import json_format
except ImportError as e:  # pyenv's python3 on PATH has no grpcio; Debian's does.
    fail(EXIT_LOCAL_ERROR, f"{e}. Run with /usr/bin/python3 (Debian packages python3-grpcio and "
         "python3-grpc-tools, installed by tools/setup.sh).")


def ensure_stubs(proto_dir, stubs_dir):
    """Generates the Python stubs into stubs_dir unless they are newer than every .proto."""
    protos = [proto_dir / "policy" / "v1" / p for p in _SERVICE_PROTOS]
    missing = [str(p) for p in protos if not p.is_file()]
    if missing:
        fail(EXIT_LOCAL_ERROR, f"proto files not found: {', '.join(missing)} "
             "(set POLICY_PROTO_DIR to the repository's proto/ directory)")
    stamp = stubs_dir / ".generated"
    newest_proto = max(p.stat().st_mtime for p in protos)
    if stamp.is_file() and stamp.stat().st_mtime >= newest_proto:
        return
    stubs_dir.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "grpc_tools.protoc", f"-I{proto_dir}",
               f"--python_out={stubs_dir}", f"--grpc_python_out={stubs_dir}",
               *[str(p) for p in protos]]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        fail(EXIT_LOCAL_ERROR, "generating the Python stubs failed (is python3-grpc-tools "
             f"installed?):\n{result.stderr.strip()}")
    stamp.touch()


def load_stubs():
    """Imports the generated policy.v1 modules, generating them first if needed."""
    proto_dir = pathlib.Path(os.environ.get("POLICY_PROTO_DIR", _DEFAULT_PROTO_DIR))
    stubs_dir = pathlib.Path(os.environ.get("POLICY_PY_STUBS", _DEFAULT_STUBS_DIR))
    ensure_stubs(proto_dir.resolve(), stubs_dir.resolve())
    sys.path.insert(0, str(stubs_dir.resolve()))
    global compare_pb2, resources_pb2, service_pb2, service_pb2_grpc
    from policy.v1 import compare_pb2, resources_pb2  # noqa: E402
    from policy.v1 import policy_service_pb2 as service_pb2  # noqa: E402
    from policy.v1 import policy_service_pb2_grpc as service_pb2_grpc  # noqa: E402


def to_json(message):
    """Canonical proto3 JSON with policyctl's JsonPrintOptions (client/cli_common.cc).

    lowerCamelCase field names, enums by name, int64 as strings, default values omitted.
    """
    return json_format.MessageToJson(
        message,
        preserving_proto_field_name=False,
        including_default_value_fields=False,
        use_integers_for_enums=False,
        indent=2,
        ensure_ascii=False)


def read_articles(path):
    """Yields the Article messages of one input file.

    As with policyctl, a .txt file is the plain text of one article whose id is the file name
    without its extension; any other file holds one Article per line in the JSON mapping
    (e.g. {"id": ..., "title": ..., "source": ..., "published": "2025-03-06", "text": ...};
    unknown fields are ignored). Raises ValueError naming the file and line when a line is
    not an Article.
    """
    if path.suffix == ".txt":
        yield resources_pb2.Article(id=path.stem, text=path.read_text(encoding="utf-8"))
        return
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield json_format.Parse(line, resources_pb2.Article(),
                                        ignore_unknown_fields=True)
            except json_format.ParseError as e:
                raise ValueError(f"{path}:{number}: not an Article in JSON: {e}") from e


def ingest(stub, args):
    paths = [pathlib.Path(p) for p in args.files]
    try:
        # Validate every file before sending anything, then stream lazily (constant memory).
        for path in paths:
            for _ in read_articles(path):
                pass
    except (OSError, UnicodeDecodeError, ValueError) as e:
        fail(EXIT_LOCAL_ERROR, str(e))

    def requests():
        for path in paths:
            for article in read_articles(path):
                yield service_pb2.IngestArticlesRequest(article=article)

    response = stub.IngestArticles(requests(), timeout=args.timeout)
    print(to_json(response))
    return EXIT_PARTIAL if response.rejected else EXIT_OK


def compare(stub, args):
    request = compare_pb2.CompareSpeakersRequest(
        topic=args.topic,
        group_by=compare_pb2.GroupBy.Value("GROUP_BY_" + args.by.upper()),
        subjects=args.subjects,
        max_terms=args.max_terms)
    response = stub.CompareSpeakers(request, timeout=args.timeout)
    print(to_json(response))
    return EXIT_OK


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        fail(EXIT_USAGE, message)


def parse_args(argv):
    parser = ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default=os.environ.get("POLICY_SERVER", "127.0.0.1:50051"),
                        help="policyd address host:port (default $POLICY_SERVER or %(default)s)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="deadline of each call in seconds (default %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("ingest", help="stream articles to IngestArticles")
    p.add_argument("files", nargs="+",
                   help="a .txt file (one article), or JSON Lines of Articles (other names)")
    p.set_defaults(run=ingest)

    p = commands.add_parser("compare", help="call CompareSpeakers")
    p.add_argument("--topic", default="", help="topic query, e.g. 'innovation OR innov*'")
    p.add_argument("--by", default="speaker",
                   choices=["speaker", "organization", "role", "outlet", "article"],
                   help="what statements are grouped by (default %(default)s)")
    p.add_argument("--max-terms", type=int, default=0,
                   help="distinctive terms per subject (0 = server default)")
    p.add_argument("subjects", nargs="*", help="subjects by name or alias")
    p.set_defaults(run=compare)
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    load_stubs()
    with grpc.insecure_channel(args.server) as channel:
        stub = service_pb2_grpc.PolicyServiceStub(channel)
        try:
            return args.run(stub, args)
        except grpc.RpcError as e:
            unreachable = e.code() in (grpc.StatusCode.UNAVAILABLE,
                                       grpc.StatusCode.DEADLINE_EXCEEDED)
            fail(EXIT_UNREACHABLE if unreachable else EXIT_SERVER_ERROR,
                 f"{args.command} failed: {e.code().name}: {e.details()}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
