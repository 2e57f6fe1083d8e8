#!/usr/bin/env node
// Example Node.js client of the policy.v1 gRPC API served by policyd.
//
// It streams articles to IngestArticles and asks CompareSpeakers how subjects talk about a
// topic, printing each response in protobuf's canonical JSON mapping with the same options as
// `policyctl --format json` (lowerCamelCase field names, int64 as strings, enums by name,
// default values omitted), so the outputs can be compared (tests/clients does exactly that).
//
//   cd clients/node && npm ci        # once; tools/setup.sh does it too
//   node clients/node/policy_client.js --server 127.0.0.1:50051 ingest data/sample/sample.jsonl
//   node clients/node/policy_client.js --server 127.0.0.1:50051 \
//       compare --topic innovation --by organization Haier JD Gree TCL
//
// The .proto files are loaded at run time with @grpc/proto-loader (no code generation) from
// $POLICY_PROTO_DIR, default ../../proto relative to this file.
//
// Exit codes are policyctl's (docs/cli.md): 0 success, 1 bad command line, 2 the server
// returned an error (its canonical code name is printed), 3 server unreachable or deadline
// exceeded, 4 some ingested articles were rejected, 5 a local file could not be read or parsed.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');

const EXIT_OK = 0;
const EXIT_USAGE = 1;
const EXIT_SERVER_ERROR = 2;
const EXIT_UNREACHABLE = 3;
const EXIT_PARTIAL = 4;
const EXIT_LOCAL_ERROR = 5;

function fail(code, message) {
  process.stderr.write(`policy_client: ${message}\n`);
  process.exit(code);
}

let grpc;
let protoLoader;
try {
  grpc = require('@grpc/grpc-js');
  protoLoader = require('@grpc/proto-loader');
} catch (e) {
  fail(EXIT_LOCAL_ERROR, `${e.message.split('\n')[0]}. Run tools/setup.sh (or \`npm ci\` in ` +
       `${__dirname}) to install @grpc/grpc-js and @grpc/proto-loader.`);
}

// Decoding options under which proto-loader's plain objects hold the canonical proto3 JSON
// mapping's values, as policyctl prints them: int64 as decimal strings, enum values by name,
// fields at their default value omitted (proto3 never sends them, and `defaults: false` does
// not add them back), NaN/Infinity as strings. Field names stay the proto names (keepCase):
// protobufjs's own camel-casing differs from protoc's json_name where an underscore precedes a
// digit ("rate_per_1000" -> "ratePer_1000", not "ratePer1000"), so toJson() renames them.
const LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: false,
  arrays: false,
  objects: false,
  oneofs: false,
  json: true,
};

const GROUP_BY = ['speaker', 'organization', 'role', 'outlet', 'article'];

const USAGE = `usage: policy_client.js [--server HOST:PORT] [--timeout SECONDS] COMMAND ...
commands:
  ingest FILE...         stream the articles of each file to IngestArticles (.txt: the plain
                         text of one article whose id is the file name without extension;
                         other files: one Article per line in the JSON mapping)
  compare [--topic Q] [--by ${GROUP_BY.join('|')}] [--max-terms N] SUBJECT...
                         call CompareSpeakers
--server defaults to $POLICY_SERVER or 127.0.0.1:50051; --timeout (deadline per call) to 60.`;

function loadService() {
  const protoDir = path.resolve(process.env.POLICY_PROTO_DIR ||
                                path.join(__dirname, '..', '..', 'proto'));
  const protoFile = 'policy/v1/policy_service.proto';
  if (!fs.existsSync(path.join(protoDir, protoFile))) {
    fail(EXIT_LOCAL_ERROR, `${protoFile} not found in ${protoDir} (set POLICY_PROTO_DIR to the ` +
         "repository's proto/ directory)");
  }
  const definition = protoLoader.loadSync(protoFile,
                                          { ...LOADER_OPTIONS, includeDirs: [protoDir] });
  const { PolicyService } = grpc.loadPackageDefinition(definition).policy.v1;
  return { definition, PolicyService };
}

// protoc's json_name of a field: each underscore dropped and the next character upper-cased.
function jsonName(protoName) {
  return protoName.replace(/_(.)/g, (_, c) => c.toUpperCase());
}

// A decoded message (proto field names) with every key renamed to its json_name. policy.v1
// has no map fields, so every object key is a field name.
function toJsonNames(value) {
  if (Array.isArray(value)) return value.map(toJsonNames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [jsonName(k), toJsonNames(v)]));
}

// The fields of Article by proto name and by json_name, as the JSON mapping accepts both.
function articleFields(definition) {
  const fields = new Map();
  for (const field of definition['policy.v1.Article'].type.field) {
    fields.set(field.name, field);
    fields.set(jsonName(field.name), field);
  }
  return fields;
}

// Returns the Article objects of one input file, or throws an Error naming file and line.
// Like policyctl, a .txt file is one article; any other file is JSON Lines, where a line may
// use proto names ("content_hash") or JSON names ("contentHash") and unknown fields are ignored.
function readArticles(file, fields) {
  const text = fs.readFileSync(file, 'utf8');
  if (path.extname(file) === '.txt') return [{ id: path.parse(file).name, text }];
  const articles = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let object;
    try {
      object = JSON.parse(line);
    } catch (e) {
      throw new Error(`${where}: not JSON: ${e.message}`);
    }
    if (object === null || typeof object !== 'object' || Array.isArray(object)) {
      throw new Error(`${where}: expected a JSON object (an Article)`);
    }
    const article = {};
    for (const [key, value] of Object.entries(object)) {
      const field = fields.get(key);
      if (!field || value === null) continue;
      const ok = field.type === 'TYPE_STRING'
        ? typeof value === 'string'
        : typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value));
      if (!ok) {
        const expected = field.type === 'TYPE_STRING' ? 'a string' : 'an integer';
        throw new Error(`${where}: field "${key}" must be ${expected}`);
      }
      article[field.name] = value;
    }
    articles.push(article);
  });
  return articles;
}

function deadline(seconds) {
  return { deadline: Date.now() + seconds * 1000 };
}

// The canonical JSON text of a message decoded with LOADER_OPTIONS.
function toJson(message) {
  return JSON.stringify(toJsonNames(message), null, 2);
}

function printJson(message) {
  process.stdout.write(toJson(message) + '\n');
}

function ingest(client, definition, files, timeout) {
  const fields = articleFields(definition);
  let articles = [];
  try {
    // Everything is validated before the first article is sent.
    for (const file of files) articles = articles.concat(readArticles(file, fields));
  } catch (e) {
    fail(EXIT_LOCAL_ERROR, e.message);
  }
  return new Promise((resolve, reject) => {
    const call = client.IngestArticles(deadline(timeout), (err, response) => {
      if (err) return reject(err);
      printJson(response);
      resolve(Number(response.rejected || 0) > 0 ? EXIT_PARTIAL : EXIT_OK);
    });
    for (const article of articles) call.write({ article });
    call.end();
  });
}

function compare(client, values, subjects, timeout) {
  const by = values.by || 'speaker';
  if (!GROUP_BY.includes(by)) fail(EXIT_USAGE, `--by must be one of ${GROUP_BY.join(', ')}`);
  const maxTerms = Number(values['max-terms'] || 0);
  if (!Number.isInteger(maxTerms)) fail(EXIT_USAGE, '--max-terms must be an integer');
  const request = {
    topic: values.topic || '',
    group_by: `GROUP_BY_${by.toUpperCase()}`,
    subjects,
    max_terms: maxTerms,
  };
  return new Promise((resolve, reject) => {
    client.CompareSpeakers(request, deadline(timeout), (err, response) => {
      if (err) return reject(err);
      printJson(response);
      resolve(EXIT_OK);
    });
  });
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        server: { type: 'string', default: process.env.POLICY_SERVER || '127.0.0.1:50051' },
        timeout: { type: 'string', default: '60' },
        topic: { type: 'string' },
        by: { type: 'string' },
        'max-terms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(EXIT_USAGE, `${e.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  const [command, ...rest] = positionals;
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) fail(EXIT_USAGE, '--timeout must be a positive number of seconds');
  if (command !== 'ingest' && command !== 'compare') fail(EXIT_USAGE, USAGE);
  if (command === 'ingest' && rest.length === 0) fail(EXIT_USAGE, 'ingest needs a FILE');

  const { definition, PolicyService } = loadService();
  const client = new PolicyService(values.server, grpc.credentials.createInsecure());
  const codeNames = Object.fromEntries(Object.entries(grpc.status).map(([k, v]) => [v, k]));
  try {
    return command === 'ingest'
      ? await ingest(client, definition, rest, timeout)
      : await compare(client, values, rest, timeout);
  } catch (err) {
    if (err.code === undefined) throw err;
    const unreachable = err.code === grpc.status.UNAVAILABLE ||
                        err.code === grpc.status.DEADLINE_EXCEEDED;
    fail(unreachable ? EXIT_UNREACHABLE : EXIT_SERVER_ERROR,
         `${command} failed: ${codeNames[err.code] || err.code}: ${err.details}`);
  } finally {
    client.close();
  }
}

module.exports = { LOADER_OPTIONS, loadService, toJson };

if (require.main === module) {
  main().then((code) => { process.exitCode = code; });
}
