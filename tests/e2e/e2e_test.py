#!/usr/bin/env python3
"""End-to-end test of the real binaries: policyd on a free port with a temporary database,
driven by the real policyctl. Checks ingest, speakers, compare and analyze on the bundled
sample, a restart on the same database, graceful shutdown, and the bad inputs of the
foundation issue (each with its exit code and a message that says what to fix).

Usage: e2e_test.py POLICYD POLICYCTL SOURCE_DIR [POLICY_EXTRACT]
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

POLICYD, POLICYCTL, SOURCE_DIR = sys.argv[1:4]
POLICY_EXTRACT = sys.argv[4] if len(sys.argv) > 4 else None
SAMPLE = os.path.join(SOURCE_DIR, "data", "sample", "sample.jsonl")
SHARED = os.path.normpath(os.path.join(SOURCE_DIR, "..", "shared"))

# policyctl's documented exit codes (docs/cli.md).
EXIT_OK, EXIT_SERVER_ERROR, EXIT_UNREACHABLE, EXIT_PARTIAL = 0, 2, 3, 4


class Server:
    """A policyd process on a free port."""

    def __init__(self, db, extra=()):
        # The log goes to a file: a pipe nobody drains could fill up and stall the server.
        self.log_path = db + ".log"
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [POLICYD, "--listen", "127.0.0.1:0", "--db", db, *extra],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.proc.stdout.readline()
        self.proc.stdout.close()
        match = re.search(r"listening on (\S+):(\d+)", line)
        if not match:
            self.proc.kill()
            raise RuntimeError("policyd did not start: %r %s" % (line, read_text(self.log_path)))
        self.address = "127.0.0.1:%s" % match.group(2)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=30)
        self.log.close()
        self.stderr = read_text(self.log_path)
        return code


def ctl(server, *args, stdin=None, fmt=None):
    command = [POLICYCTL, "--server", server.address if server else "127.0.0.1:1"]
    if fmt:
        command += ["--format", fmt]
    result = subprocess.run(command + list(args), input=stdin, capture_output=True, text=True,
                            timeout=120)
    return result


class EndToEnd(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="policy_e2e_")
        cls.db = os.path.join(cls.tmp, "corpus.db")
        cls.server = Server(cls.db)
        result = ctl(cls.server, "ingest", SAMPLE)
        assert result.returncode == EXIT_OK, result.stderr + result.stdout

    @classmethod
    def tearDownClass(cls):
        if cls.server.proc.poll() is None:
            cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def json_of(self, *args):
        result = ctl(self.server, *args, fmt="json")
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        return json.loads(result.stdout)

    def test_speakers_resolved_with_organizations(self):
        speakers = self.json_of("speakers")["speakers"]
        by_name = {s["displayName"]: s for s in speakers}
        for name, org in [("Zhou Yunjie", "Haier"), ("Cao Peng", "JD"),
                          ("Dong Mingzhu", "Gree"), ("Li Dongsheng", "TCL"),
                          ("Luo Zhongwei", "Chinese Academy of Social Sciences")]:
            self.assertIn(name, by_name)
            self.assertTrue(any(org.lower() in o.lower() for o in by_name[name]["organizations"]),
                            (name, by_name[name]))
        self.assertEqual(by_name["Zhou Yunjie"]["statementCount"], "4")

    def test_compare_groups_leaders_under_their_companies(self):
        answer = self.json_of("compare", "--topic", "innovation", "--by", "organization",
                              "Haier", "JD", "Gree", "TCL")
        subjects = answer["subjects"]
        self.assertEqual([s["label"].split()[0] for s in subjects], ["Haier", "JD", "Gree", "TCL"])
        members = {s["label"].split()[0]: s["speakers"] for s in subjects}
        self.assertEqual(members["Haier"], ["Zhou Yunjie"])
        self.assertEqual(members["JD"], ["Cao Peng"])
        self.assertEqual(members["Gree"], ["Dong Mingzhu"])
        self.assertEqual(members["TCL"], ["Li Dongsheng"])
        for s in subjects:
            self.assertGreater(int(s.get("matchedStatements", "0")), 0, s["label"])
        # Every subject pair appears once in the similarity matrix.
        self.assertEqual(len(answer["similarity"]), 6)
        table = ctl(self.server, "compare", "--topic", "innovation", "--by", "organization",
                    "Haier", "JD", "Gree", "TCL")
        self.assertEqual(table.returncode, EXIT_OK, table.stderr)
        self.assertIn("Haier", table.stdout)

    def test_compare_is_deterministic(self):
        args = ["compare", "--topic", "innovation", "--by", "organization", "Haier", "JD"]
        first = ctl(self.server, *args, fmt="json").stdout
        second = ctl(self.server, *args, fmt="json").stdout
        self.assertEqual(first, second)

    def test_analyze_matches_gold(self):
        out_path = os.path.join(self.tmp, "analyze.jsonl")
        result = ctl(self.server, "analyze", "--input", SAMPLE, "--output", out_path)
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        lines = read_text(out_path).splitlines()
        self.assertEqual(len(lines), 1)
        article = json.loads(lines[0])
        text = first_json_line(SAMPLE)["text"].encode("utf-8")
        self.assertEqual(len(article["statements"]), 18)
        self.assertEqual(len({s["speaker"] for s in article["statements"]}), 7)
        for s in article["statements"]:
            self.assertEqual(text[s["begin"]:s["end"]].decode("utf-8"), s["text"])
        gold = os.path.join(SHARED, "eval", "seed_gold.jsonl")
        if os.path.exists(gold):
            # The gold ids differ from the sample's; score with the gold id.
            article["id"] = first_json_line(gold)["id"]
            system = os.path.join(self.tmp, "system.jsonl")
            with open(system, "w", encoding="utf-8") as f:
                f.write(json.dumps(article) + "\n")
            score = subprocess.run(
                [sys.executable, os.path.join(SHARED, "eval", "score.py"), gold, system,
                 "--json"], capture_output=True, text=True)
            self.assertEqual(score.returncode, 0, score.stderr)
            self.assertIn('"attribution"', score.stdout)
            scores = json.loads(score.stdout)
            self.assertAlmostEqual(find_key(scores, "attribution")["f1"], 1.0, places=3)

    @unittest.skipUnless(POLICY_EXTRACT, "policy-extract not given")
    def test_policy_extract_prints_the_same_bytes_as_analyze(self):
        # policy-extract is analyze without a server, through the same reader, mapping and
        # writer: its output on the same input must be byte for byte analyze's.
        extra = os.path.join(self.tmp, "extra.jsonl")
        with open(extra, "w", encoding="utf-8") as f:
            f.write(read_text(SAMPLE).rstrip("\n") + "\n")
            f.write(json.dumps({"id": "extra-1", "text": "\"We are ready,\" said Ann Ray, "
                                "a pilot at Elm Ferries. Tom Lee said the pier would open."})
                    + "\n")
        out_path = os.path.join(self.tmp, "analyze-extra.jsonl")
        result = ctl(self.server, "analyze", "--input", extra, "--output", out_path)
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        env = dict(os.environ, POLICY_DATA_DIR=os.path.join(SOURCE_DIR, "data"))
        local = subprocess.run([POLICY_EXTRACT, extra], capture_output=True, timeout=120, env=env)
        self.assertEqual(local.returncode, 0, local.stderr)
        with open(out_path, "rb") as f:
            self.assertEqual(local.stdout, f.read())

    def test_reingest_is_unchanged(self):
        result = ctl(self.server, "ingest", SAMPLE, fmt="json")
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        self.assertEqual(json.loads(result.stdout).get("unchanged"), 1)

    def test_batch_with_bad_inputs_keeps_the_good_ones(self):
        good = {"id": "good-1", "source": "Test Wire", "published": "2025-01-02",
                "text": "\"Prices will fall,\" said Anna Berg, an economist at Nordbank.\n"}
        lines = [json.dumps(good), "{not json", json.dumps({"id": "empty-1", "text": ""}),
                 json.dumps({"id": "good-2", "text": "Mayor Ken Ito said the park would open."})]
        path = os.path.join(self.tmp, "batch.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        bad_utf8 = os.path.join(self.tmp, "latin1.txt")
        with open(bad_utf8, "wb") as f:
            f.write("Caf\xe9 owners said prices would rise.".encode("latin-1"))
        result = ctl(self.server, "ingest", path, bad_utf8)
        self.assertEqual(result.returncode, EXIT_PARTIAL, result.stdout + result.stderr)
        message = result.stdout + result.stderr
        self.assertIn("batch.jsonl:2", message)        # the malformed line, by file:line
        self.assertIn("empty-1", message)              # the rejected article, by id
        self.assertIn("latin1", message)
        self.assertIn("UTF-8", message)
        for article_id in ("good-1", "good-2"):
            show = ctl(self.server, "articles", "show", article_id)
            self.assertEqual(show.returncode, EXIT_OK, show.stderr)

    def test_unknown_article_is_not_found(self):
        result = ctl(self.server, "articles", "show", "no-such-article")
        self.assertEqual(result.returncode, EXIT_SERVER_ERROR)
        self.assertIn("NOT_FOUND", result.stderr)
        self.assertIn("no-such-article", result.stderr)

    def test_malformed_topic_is_invalid_argument(self):
        result = ctl(self.server, "compare", "--topic", "innovation AND (", "--by", "organization")
        self.assertEqual(result.returncode, EXIT_SERVER_ERROR)
        self.assertIn("INVALID_ARGUMENT", result.stderr)

    def test_unreachable_server_names_address_and_how_to_start(self):
        result = ctl(None, "speakers")
        self.assertEqual(result.returncode, EXIT_UNREACHABLE)
        self.assertIn("127.0.0.1:1", result.stderr)
        self.assertIn("policyd", result.stderr)

    def test_port_in_use_is_an_error_not_a_second_server(self):
        # Without SO_REUSEPORT off, a second policyd would bind the same port and take half the
        # connections, with its own database.
        before = self.json_of("info")
        other_db = os.path.join(self.tmp, "other.db")
        result = subprocess.run([POLICYD, "--listen", self.server.address, "--db", other_db],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("cannot listen on " + self.server.address, result.stderr)
        for _ in range(4):  # every connection still reaches the one server
            self.assertEqual(self.json_of("info"), before)

    def test_zz_restart_keeps_data_and_shuts_down_gracefully(self):
        before = self.json_of("info")
        self.assertEqual(self.server.stop(), 0)
        self.assertIn("shutting down", self.server.stderr)
        type(self).server = Server(self.db)
        after = self.json_of("info")
        self.assertEqual(before, after)
        show = self.json_of("articles", "show", first_json_line(SAMPLE)["id"])
        self.assertEqual(show["statementCount"], "18")


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def first_json_line(path):
    return json.loads(read_text(path).splitlines()[0])


def find_key(tree, key):
    """The first value under `key` anywhere in a JSON tree."""
    if isinstance(tree, dict):
        if key in tree:
            return tree[key]
        values = tree.values()
    elif isinstance(tree, list):
        values = tree
    else:
        return None
    for value in values:
        found = find_key(value, key)
        if found is not None:
            return found
    return None


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
