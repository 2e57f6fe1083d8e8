#!/usr/bin/python3
"""Tests of the example clients in clients/python and clients/node (run by CTest).

  client_test.py mapping --source-dir S --node NODE
      Offline: a CompareSpeakersResponse built in Python with every kind of field (int64 beyond
      2^53, doubles, enums, nested messages, repeated fields, non-ASCII text, defaults) is
      serialised, decoded by the Node client's proto-loader options, and its JSON must equal
      the Python client's json_format output exactly.

  client_test.py live LANG --source-dir S --policyd P --policyctl C [--node NODE]
      Starts a real policyd on a free loopback port with a temporary database, ingests
      data/sample/sample.jsonl with the LANG example client (LANG is python or node), runs
      `compare --topic innovation --by organization Haier JD Gree TCL` with the example and
      with `policyctl --format json`, and checks the parsed results are equal. It also checks
      re-ingesting is UNCHANGED, that a malformed topic comes back as INVALID_ARGUMENT, and
      that an input file with a broken line is refused before anything is sent.
      With LANG python it also checks what docs/api.md promises tools without the proto files:
      grpc.health.v1 reports SERVING, and server reflection lists and describes the service.

Exits 0 when every check passes, 1 with a message saying what differed otherwise. A missing
prerequisite (node_modules, grpc_tools) is a failure with a message saying how to install it,
never a silent pass.
"""

import argparse
import fcntl
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import time

COMPARE_ARGS = ["compare", "--topic", "innovation", "--by", "organization",
                "Haier", "JD", "Gree", "TCL"]


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def run(command, env=None, timeout=120):
    """Runs a command and returns (exit code, stdout, stderr)."""
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    return result.returncode, result.stdout, result.stderr


def describe(command, code, out, err):
    return (f"$ {' '.join(command)}\nexit {code}\n--- stdout ---\n{out[-3000:]}"
            f"\n--- stderr ---\n{err[-3000:]}")


def normalise(value):
    """Parsed JSON with the representation choices of the JSON mapping taken out.

    int64 values are JSON strings in the canonical mapping and numbers in some clients' output;
    both become ints, so only the values are compared.
    """
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


def first_difference(a, b, where="$"):
    """A human-readable path to the first place two parsed JSON values differ, or None.

    JSON has one number type, so 1 and 1.0 are equal (Python prints 1.0, C++ and JS print 1).
    """
    number = (int, float)
    if isinstance(a, number) and isinstance(b, number) and not isinstance(a, bool) \
            and not isinstance(b, bool):
        return None if a == b else f"{where}: {a} != {b}"
    if type(a) is not type(b):
        return f"{where}: {json.dumps(a)[:200]} != {json.dumps(b)[:200]}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                side = "second" if key not in b else "first"
                return f"{where}.{key}: missing in the {side} output"
            found = first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} elements != {len(b)} elements"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{where}: {json.dumps(a)[:200]} != {json.dumps(b)[:200]}"


def require_node_modules(source_dir):
    node_dir = source_dir / "clients" / "node"
    for package in ("@grpc/grpc-js", "@grpc/proto-loader"):
        check((node_dir / "node_modules" / package / "package.json").is_file(),
              f"{node_dir}/node_modules/{package} is missing: run tools/setup.sh (it runs "
              f"`npm ci` in clients/node) before the tests")


def load_python_client(source_dir, stubs_dir):
    """Imports clients/python/policy_client.py with its stubs generated into stubs_dir."""
    try:
        import grpc_tools  # noqa: F401
    except ImportError:
        raise CheckFailed("grpc_tools is not importable by /usr/bin/python3: run "
                          "tools/setup.sh (Debian packages python3-grpcio, python3-grpc-tools)")
    os.environ["POLICY_PY_STUBS"] = str(stubs_dir)
    os.environ["POLICY_PROTO_DIR"] = str(source_dir / "proto")
    sys.path.insert(0, str(source_dir / "clients" / "python"))
    import policy_client
    policy_client.load_stubs()
    return policy_client


# ----------------------------------------------------------------------------------- mapping

NODE_DECODE = r"""
const fs = require('node:fs');
const client = require(process.argv[1]);
const { definition } = client.loadService();
const method = definition['policy.v1.PolicyService'].CompareSpeakers;
const message = method.responseDeserialize(fs.readFileSync(0));
process.stdout.write(client.toJson(message));
"""


def sample_response(py_client):
    """A CompareSpeakersResponse in which every field of every message it contains is set.

    Values probe the mapping: int64 past 2^53, negative and tiny doubles, non-ASCII text, enum
    names, empty strings in lists, and messages left at their defaults. unset_fields() checks
    that no field is forgotten, so a field name one side spells differently cannot hide.
    """
    c = py_client.compare_pb2
    span = py_client.resources_pb2.TextSpan(begin=7, end=4_000_000_000)
    evidence = c.Evidence(statement="articles/a1/statements/7", article="articles/a1",
                          speaker="Zhōu Yúnjié", content_span=span,
                          snippet="we must [[innovate]] — “now”")
    term = c.DistinctiveTerm(term="industrial internet", stem="industri internet", ngram=2,
                             count=12, statement_count=5, background_count=3,
                             log_odds=-1.25, z_score=3.0001, g2=1e-7, p_value=0.5,
                             log_ratio=123456.789,
                             term_class=c.TERM_CLASS_UNDER_REPRESENTED, evidence=[evidence])
    frame = c.FrameScore(frame="Technology and AI", group="innovation", hits=5,
                         rate_per_1000=98.5915, share=1.0, statement_count=2,
                         triggers=[c.FrameTrigger(term="innovat*", count=4)],
                         evidence=[evidence])
    bucket = c.TimeBucketCount(bucket="2025-Q1", matched_statements=4, total_statements=9)
    subject = c.SubjectSummary(label="Haier", key="haier", requested_as="Haier Group",
                               speakers=["Zhou Yunjie", ""], total_statements=9,
                               matched_statements=4, scoped_statements=6, token_count=321,
                               terms=[term, c.DistinctiveTerm()],
                               frames=[frame, c.FrameScore(frame="Economy")],
                               evidence=[evidence], time_buckets=[bucket])
    return c.CompareSpeakersResponse(
        subjects=[subject, c.SubjectSummary(label="JD")],
        similarity=[c.SimilarityPair(a="Haier", b="JD", cosine=0.1234, jensen_shannon=1.0,
                                     shared_terms=["innovation"])],
        unmatched_subjects=["TCL"], corpus_revision=9007199254740993,
        request_hash="0123456789abcdef", lexicon_hash="fedcba9876543210",
        server_version="0.1.0", parsed_topic='(AND innov* "industrial internet")',
        considered_statements=-1, matched_statements=4)


def unset_fields(message):
    """Fields ("Type.field") of the message's types that are set nowhere in it."""
    seen, declared = set(), set()

    def visit(m):
        for field in m.DESCRIPTOR.fields:
            declared.add(f"{m.DESCRIPTOR.name}.{field.name}")
        for field, value in m.ListFields():
            seen.add(f"{m.DESCRIPTOR.name}.{field.name}")
            if field.message_type is not None:
                for child in (value if field.label == field.LABEL_REPEATED else [value]):
                    visit(child)

    visit(message)
    return sorted(declared - seen)


def test_mapping(args):
    require_node_modules(args.source_dir)
    with tempfile.TemporaryDirectory(prefix="client-mapping-") as tmp:
        py_client = load_python_client(args.source_dir, pathlib.Path(tmp) / "stubs")
        message = sample_response(py_client)
        check(not unset_fields(message), f"the sample leaves unset: {unset_fields(message)}")
        expected = json.loads(py_client.to_json(message))
        node_client = str(args.source_dir / "clients" / "node" / "policy_client.js")
        result = subprocess.run([args.node, "-e", NODE_DECODE, node_client],
                                input=message.SerializeToString(), capture_output=True,
                                timeout=60)
        check(result.returncode == 0,
              f"node failed to decode the message:\n{result.stderr.decode(errors='replace')}")
        actual = json.loads(result.stdout)
        difference = first_difference(expected, actual)
        check(difference is None, "Node's JSON differs from protobuf's JSON mapping "
              f"(Python json_format, strict, no normalisation): {difference}")
        # The mapping must not lose int64 precision (a JS number would).
        check(actual.get("corpusRevision") == "9007199254740993",
              f"int64 printed as {actual.get('corpusRevision')!r}")
    print("mapping: Node and Python print identical JSON for a CompareSpeakersResponse")


# -------------------------------------------------------------------------------------- live

class Server:
    """A policyd process on a free loopback port with its own database; stopped on exit.

    policyd binds port 0 to a free port and prints "policyd V listening on HOST:PORT (db F)".
    """

    def __init__(self, policyd, workdir):
        self.policyd = policyd
        self.workdir = workdir
        self.process = None
        self.address = None
        self.log = workdir / "policyd.log"

    def __enter__(self):
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [self.policyd, "--listen", "127.0.0.1:0", "--db", str(self.workdir / "corpus.db")],
                stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.process.poll() is None:
            found = re.search(r"listening on (\S+:\d+)", self.log.read_text())
            if found:
                self.address = found.group(1)
                return self
            time.sleep(0.05)
        self.stop()
        raise CheckFailed(f"policyd did not start serving; its log:\n{self.log.read_text()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __exit__(self, *exc):
        self.stop()


def wire_fields(data):
    """Splits a serialized protobuf message into {field number: [values]} (varints as ints,
    length-delimited fields as bytes): enough to read the health and reflection answers
    without their generated stubs, which Debian's python3-grpcio does not ship."""
    fields, i = {}, 0

    def varint():
        nonlocal i
        value, shift = 0, 0
        while True:
            byte = data[i]
            i += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value

    while i < len(data):
        key = varint()
        number, wire_type = key >> 3, key & 7
        if wire_type == 0:
            value = varint()
        elif wire_type == 2:
            length = varint()
            value, i = data[i:i + length], i + length
        else:
            raise CheckFailed(f"unexpected wire type {wire_type} in field {number}")
        fields.setdefault(number, []).append(value)
    return fields


def length_delimited(number, payload):
    assert len(payload) < 128
    return bytes([number << 3 | 2, len(payload)]) + payload


def check_health_and_reflection(address):
    """What docs/api.md promises to callers without the proto files."""
    import grpc
    from google.protobuf import descriptor_pb2
    raw = {"request_serializer": None, "response_deserializer": None}
    with grpc.insecure_channel(address) as channel:
        check_health = channel.unary_unary("/grpc.health.v1.Health/Check", **raw)
        # HealthCheckRequest{service = 1} with the empty (whole server) name serializes to no
        # bytes; HealthCheckResponse{status = 1}, SERVING = 1.
        try:
            status = wire_fields(check_health(b"", timeout=10)).get(1, [0])[0]
        except grpc.RpcError as e:
            raise CheckFailed(f"grpc.health.v1.Health/Check: {e.code().name} {e.details()}")
        check(status == 1, f"health is {status}, expected SERVING (1)")

        reflect = channel.stream_stream(
            "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", **raw)
        # ServerReflectionRequest: list_services = 7, file_containing_symbol = 4.
        requests = [length_delimited(7, b""), length_delimited(4, b"policy.v1.PolicyService")]
        try:
            answers = [wire_fields(r) for r in reflect(iter(requests), timeout=10)]
        except grpc.RpcError as e:
            raise CheckFailed(f"server reflection: {e.code().name} {e.details()}")
        check(len(answers) == 2, f"expected 2 reflection answers, got {len(answers)}")
        # ServerReflectionResponse.list_services_response = 6 -> service = 1 -> name = 1.
        services = {wire_fields(s)[1][0].decode()
                    for listing in answers[0].get(6, []) for s in wire_fields(listing).get(1, [])}
        for expected in ("policy.v1.PolicyService", "grpc.health.v1.Health"):
            check(expected in services, f"reflection lists {sorted(services)}, not {expected}")
        # file_descriptor_response = 4 -> file_descriptor_proto = 1 (serialized, repeated).
        files = [descriptor_pb2.FileDescriptorProto.FromString(f)
                 for response in answers[1].get(4, []) for f in wire_fields(response).get(1, [])]
        methods = {m.name for f in files for sv in f.service if sv.name == "PolicyService"
                   for m in sv.method}
        check({"IngestArticles", "CompareSpeakers", "ListSpeakers"} <= methods,
              f"reflection's descriptor of policy.v1.PolicyService has methods {sorted(methods)}")


def test_live(args):
    source = args.source_dir
    sample = source / "data" / "sample" / "sample.jsonl"
    if args.lang == "node":
        require_node_modules(source)
        example = [args.node, str(source / "clients" / "node" / "policy_client.js")]
    else:
        example = [sys.executable, str(source / "clients" / "python" / "policy_client.py")]

    with tempfile.TemporaryDirectory(prefix=f"client-{args.lang}-") as tmp:
        tmp = pathlib.Path(tmp)
        env = dict(os.environ, POLICY_PY_STUBS=str(tmp / "stubs"),
                   POLICY_PROTO_DIR=str(source / "proto"))
        if args.lang == "python":
            load_python_client(source, tmp / "stubs")  # fails clearly without grpc_tools
        with Server(args.policyd, tmp) as server:
            if args.lang == "python":
                check_health_and_reflection(server.address)
            client = example + ["--server", server.address, "--timeout", "60"]

            command = client + ["ingest", str(sample)]
            code, out, err = run(command, env)
            check(code == 0, "ingest failed:\n" + describe(command, code, out, err))
            first = json.loads(out)
            check(int(first.get("created", 0)) == 1 and len(first.get("results", [])) == 1,
                  f"expected one CREATED article, got:\n{out}")

            code, out, err = run(command, env)
            check(code == 0, "re-ingest failed:\n" + describe(command, code, out, err))
            check(int(json.loads(out).get("unchanged", 0)) == 1,
                  f"re-ingesting the same file should be UNCHANGED, got:\n{out}")

            command = client + COMPARE_ARGS
            code, out, err = run(command, env)
            check(code == 0, "compare failed:\n" + describe(command, code, out, err))
            ours = normalise(json.loads(out))

            reference = [args.policyctl, "--server", server.address, "--format", "json"]
            reference += COMPARE_ARGS
            code, ref_out, ref_err = run(reference, env)
            check(code == 0, "policyctl compare failed:\n" +
                  describe(reference, code, ref_out, ref_err))
            theirs = normalise(json.loads(ref_out))

            check(len(ours.get("subjects", [])) > 0,
                  f"compare returned no subjects for the sample corpus:\n{out}")
            difference = first_difference(ours, theirs)
            check(difference is None, f"{args.lang} client and policyctl differ at "
                  f"{difference}\n--- {args.lang} ---\n{out[:3000]}\n--- policyctl ---\n"
                  f"{ref_out[:3000]}")

            command = client + ["compare", "--topic", "(innovation", "Haier"]
            code, out, err = run(command, env)
            check(code == 2 and "INVALID_ARGUMENT" in err,
                  "a malformed topic should be INVALID_ARGUMENT, exit 2 (server error):\n" +
                  describe(command, code, out, err))

            # A file with a broken line is refused before anything is sent (exit 5), so the
            # valid article before the broken line is not stored either.
            broken = tmp / "broken.jsonl"
            broken.write_text('{"id": "fresh", "text": "A new article."}\n{"id": "cut", "te\n')
            command = client + ["ingest", str(broken)]
            code, out, err = run(command, env)
            check(code == 5 and f"{broken}:2" in err,
                  "a broken line should fail the ingest with exit 5 naming file:line:\n" +
                  describe(command, code, out, err))
            info = [args.policyctl, "--server", server.address, "--format", "json", "info"]
            code, out, err = run(info, env)
            check(code == 0 and int(json.loads(out).get("articleCount", 0)) == 1,
                  "after a refused ingest the corpus should still hold one article:\n" +
                  describe(info, code, out, err))
    if args.lang == "python":
        print("live: health SERVING; reflection lists and describes policy.v1.PolicyService")
    print(f"live {args.lang}: ingest CREATED then UNCHANGED; compare equals policyctl's JSON "
          f"({len(ours['subjects'])} subjects); malformed topic is INVALID_ARGUMENT; a broken "
          "input line is refused before anything is sent")


# -------------------------------------------------------------------------------- regression

REGRESSION_SPEC = """\
title: Innovation watch
sections:
  - title: Innovation by company
    compare:
      topic: innovation
      groupBy: GROUP_BY_ORGANIZATION
      subjects: [Haier, JD, Gree, TCL, Midea]
"""

# Written for this test: a company absent from the sample starts talking about innovation.
NEW_ARTICLE = """\
Midea doubles down on innovation in robotics

FOSHAN -- Midea Group said on Monday it would spend more on robotics research next year.

"Innovation is the only road for a manufacturer that wants to stay ahead," said Fang Hongbo, \
chairman of Midea Group.

Fang said the company's innovation centers would hire 2,000 engineers to build industrial \
robots and smart factory software.

"Our factories will teach us what to innovate next," Fang said.
"""


def test_regression(args):
    """tools/regression.sh against a real policyd: baseline, no drift, drift, partial ingest."""
    script = str(args.source_dir / "tools" / "regression.sh")
    sample = str(args.source_dir / "data" / "sample" / "sample.jsonl")
    with tempfile.TemporaryDirectory(prefix="client-regression-") as tmp:
        tmp = pathlib.Path(tmp)
        spec, reports, inbox = tmp / "spec.yaml", tmp / "reports", tmp / "inbox"
        spec.write_text(REGRESSION_SPEC)
        inbox.mkdir()
        (inbox / "midea-robotics.txt").write_text(NEW_ARTICLE)
        partly_bad = tmp / "partly-bad.jsonl"  # the sample again (UNCHANGED) and a broken line
        partly_bad.write_text(pathlib.Path(sample).read_text().rstrip("\n") +
                              '\n{"id": "broken", "text": \n')
        with Server(args.policyd, tmp) as server:
            base = [script, "--policyctl", args.policyctl, "--server", server.address,
                    "--spec", str(spec), "--reports", str(reports)]

            def day(date, *articles, expect):
                command = base + ["--date", date, *articles]
                code, out, err = run(command)
                check(code == expect, f"expected exit {expect}:\n" +
                      describe(command, code, out, err))
                return out

            day("2026-01-01", sample, expect=0)
            check((reports / "2026-01-01.json").is_file(), "the baseline report is missing")
            check(json.loads((reports / "2026-01-01.json").read_text()).get("schemaVersion") == 1,
                  "the report is not a schema version 1 JSON report")
            check(not (reports / "2026-01-01.diff.txt").exists(), "a baseline has nothing to diff")

            day("2026-01-02", sample, expect=0)  # re-ingesting is UNCHANGED: no drift
            check((reports / "2026-01-01.json").read_bytes() ==
                  (reports / "2026-01-02.json").read_bytes(),
                  "the same corpus and spec gave different reports")

            out = day("2026-01-03", str(inbox), expect=10)
            check("Midea" in out and out == (reports / "2026-01-03.diff.txt").read_text(),
                  f"the drift diff should name Midea and be saved:\n{out}")

            day("2026-01-04", str(partly_bad), expect=4)  # no drift, but a bad line
            check(not list(reports.glob(".*.json")), f"temporary files left in {reports}")

            with (reports / ".lock").open("w") as lock:  # a run still going holds the lock
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                day("2026-01-05", expect=5)
            check(not (reports / "2026-01-05.json").exists(), "a locked-out run wrote a report")

        day("2026-01-06", expect=3)  # the server is gone
        check(not (reports / "2026-01-06.json").exists(), "a failed run left a report")
    print("regression: baseline 0, unchanged corpus 0 with identical reports, new company's "
          "articles 10 (drift), malformed input 4, concurrent run 5, server down 3")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["mapping", "live", "regression"])
    parser.add_argument("lang", nargs="?", choices=["python", "node"])
    parser.add_argument("--source-dir", type=pathlib.Path, required=True)
    parser.add_argument("--policyd")
    parser.add_argument("--policyctl")
    parser.add_argument("--node", default="node")
    args = parser.parse_args()
    args.source_dir = args.source_dir.resolve()
    try:
        if args.mode == "mapping":
            test_mapping(args)
        elif args.mode == "regression":
            check(args.policyd and args.policyctl, "regression needs --policyd and --policyctl")
            test_regression(args)
        else:
            check(args.lang and args.policyd and args.policyctl,
                  "live needs LANG, --policyd and --policyctl")
            test_live(args)
    except CheckFailed as e:
        print(f"FAILED: {e}", file=sys.stderr)
        return 1
    except subprocess.TimeoutExpired as e:
        print(f"FAILED: {' '.join(map(str, e.cmd))} ran longer than {e.timeout} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
