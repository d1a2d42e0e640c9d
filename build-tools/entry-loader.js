"use strict";
// The package entry, written by build-tools/lazy-entry.js from build-tools/entry-loader.js: do not edit.
//
// Compiling the bundle's code is most of what loading the library costs a `cdk synth` (about 100 million
// instructions of V8 parsing and compiling for one HTTP API, 6% of its synth), so the entry runs ./bundle.js
// with V8's code cache. The first process on a machine that synthesizes a stack of the library compiles as
// usual and, when it exits, leaves the compiled code in .v8-cache/ next to this file; the next ones start
// from it. A cache file is named after the V8 version, the architecture, the bundle's size and modification
// time and Node's options, so another Node or an edited bundle never reads a stale one, and processes
// started with other options (V8 rejects code cached under other flags) keep caches of their own instead of
// replacing each other's.
//
// V8 checks a cache's header, not its payload: one flipped byte in the compiled code crashes the process.
// So a cache file starts with the CRC-32 of its payload, and a payload that does not match it never reaches
// V8: the source is compiled and the cache replaced. Where Node has no zlib.crc32 (before 20.15 and 22.2)
// no cache is used. The cache lives in the package's own folder: whoever can write there can already change
// the code, so it guards against damage, not against an attacker. Nothing is written where no later
// process would read it: under jsii (its kernel unpacks the package in a new temporary folder for each
// process), where the folder is read-only, or once the package's folder is gone. Any failure falls back to
// compiling the source. CDK_SWITCHYARD_CODE_CACHE=0 turns the cache off; NODE_DEBUG=cdk-switchyard tells
// what the entry did.
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const debug = require("util").debuglog("cdk-switchyard");

const bundle = path.join(__dirname, "bundle.js");

// The bundle, required as any module is: no code cache.
function required(reason) {
  debug("code cache off: %s", reason);
  module.exports = require("./bundle.js");
}

// vm.Script runs code in Node's main realm. Where this module is loaded in another one (a jest test
// environment is a vm context of its own), the bundle must be required there, so that its objects, arrays
// and errors are that realm's.
if (vm.runInThisContext("globalThis") !== globalThis) return required("not in the main realm");
// An app bundled into one file (esbuild, webpack) has the bundle inlined, through the require above.
let source;
try {
  source = fs.readFileSync(bundle, "utf8");
} catch {
  return required("no bundle.js next to the entry");
}
// In a bundled app, the bundle.js next to the app's file may be the app's own.
if (!source.startsWith("//cdk-switchyard-bundle")) return required("the bundle.js next to the entry is not this library's");
const cacheDir = path.join(__dirname, ".v8-cache");
// A partial cache file older than this was left by a process that died while writing it.
const ABANDONED_MS = 60_000;

// A short FNV-1a hash of Node's options, from the command line and NODE_OPTIONS.
function optionsKey() {
  const text = `${process.execArgv.join(" ")}\n${process.env.NODE_OPTIONS || ""}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

// Node 20.15 and 22.2 and later: a cache's checksum costs a fraction of a millisecond.
const crc32 = require("zlib").crc32;

// Why no cache is used, if none is.
function cacheOff() {
  if (process.env.CDK_SWITCHYARD_CODE_CACHE === "0") return "CDK_SWITCHYARD_CODE_CACHE=0";
  // jsii's host libraries (Python, Java, .NET, Go) set JSII_AGENT; its kernel unpacks the package in a
  // jsii-kernel-* folder of its own, and removes it when the process ends.
  if (process.env.JSII_AGENT || /[\\/]jsii-kernel-[^\\/]*[\\/]/.test(__dirname)) return "under jsii, the package folder is not reused";
  if (typeof crc32 !== "function") return "this Node has no zlib.crc32 to verify a cache with";
  return undefined;
}

let cacheFile;
let cachedData;
let damaged = false;
const off = cacheOff();
if (off === undefined) {
  try {
    const stat = fs.statSync(bundle);
    cacheFile = path.join(cacheDir, `${process.versions.v8}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}-${optionsKey()}.bin`);
    const file = fs.readFileSync(cacheFile);
    // The first 4 bytes are the CRC-32 of the payload (little-endian).
    const payload = file.subarray(4);
    if (file.length > 4 && file.readUInt32LE(0) === crc32(payload)) cachedData = payload;
    else damaged = true;
  } catch {
    cachedData = undefined;
  }
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
debug("code cache %s", cacheFile === undefined ? `off: ${off}` : damaged ? "damaged: compiled from source" : cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used");
const write = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected);
// V8 has copied what it used: the file's bytes (half a megabyte) need not live as long as this module.
cachedData = undefined;
script.runInThisContext()(exports, require, module, bundle, __dirname);

if (write) {
  process.once("exit", () => {
    // Only a process that synthesized a stack of the library compiled what the next synth will run.
    if (!globalThis[Symbol.for("cdk-switchyard.synthesized")]) return debug("code cache not written: nothing was synthesized");
    const partial = `${cacheFile}.${process.pid}.tmp`;
    try {
      // Only the cache folder itself: a package folder that is gone (a temporary install, removed) stays gone.
      try {
        fs.mkdirSync(cacheDir);
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
      const payload = script.createCachedData();
      const header = Buffer.alloc(4);
      header.writeUInt32LE(crc32(payload));
      fs.writeFileSync(partial, Buffer.concat([header, payload]));
      fs.renameSync(partial, cacheFile);
      debug("code cache written to %s", cacheFile);
      // The caches of earlier builds of the bundle, for this Node, are of no more use, and neither are the
      // partial files of processes that died while writing.
      const name = path.basename(cacheFile);
      const node = `${process.versions.v8}-${process.arch}-`;
      const build = name.slice(0, name.lastIndexOf("-") + 1);
      for (const old of fs.readdirSync(cacheDir)) {
        const file = path.join(cacheDir, old);
        const stale = old.endsWith(".bin") ? old.startsWith(node) && !old.startsWith(build)
          : old.endsWith(".tmp") && Date.now() - fs.statSync(file).mtimeMs > ABANDONED_MS;
        if (stale) fs.rmSync(file, { force: true });
      }
    } catch (e) {
      try { fs.rmSync(partial, { force: true }); } catch { /* nothing was written */ }
      debug("code cache not written: %s", e && e.message);
    }
  });
}
