"use strict";
// The package entry, written by build-tools/lazy-entry.js from build-tools/entry-loader.js: do not edit.
//
// Compiling the bundle's code is most of what loading the library costs a `cdk synth` (about 130 million
// instructions of V8 parsing and compiling for one HTTP API), so the entry runs ./bundle.js with V8's code
// cache. The first process on a machine that synthesizes a stack of the library compiles as usual and,
// when it exits, leaves the compiled code in .v8-cache/ next to this file; the next ones start from it. A
// cache file is named after the V8 version, the architecture, the bundle's size and modification time and
// Node's options, so another Node or an edited bundle never reads a stale one, and processes started with
// other options (V8 rejects code cached under other flags) keep caches of their own instead of replacing
// each other's. The cache lives in the package's own folder: whoever can write there can
// already change the code, so it trusts nobody new. Where the folder is read-only nothing is written; any
// failure falls back to compiling the source. CDK_SWITCHYARD_CODE_CACHE=0 turns it off;
// NODE_DEBUG=cdk-switchyard tells what the entry did.
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

// A short FNV-1a hash of Node's options, from the command line and NODE_OPTIONS.
function optionsKey() {
  const text = `${process.execArgv.join(" ")}\n${process.env.NODE_OPTIONS || ""}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

let cacheFile;
let cachedData;
if (process.env.CDK_SWITCHYARD_CODE_CACHE !== "0") {
  try {
    const stat = fs.statSync(bundle);
    cacheFile = path.join(cacheDir, `${process.versions.v8}-${process.arch}-${stat.size}-${Math.floor(stat.mtimeMs)}-${optionsKey()}.bin`);
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
debug("code cache %s", cacheFile === undefined ? "off" : cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used");
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
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(partial, script.createCachedData());
      fs.renameSync(partial, cacheFile);
      debug("code cache written to %s", cacheFile);
      // The caches of earlier builds of the bundle, for this Node, are of no more use.
      const name = path.basename(cacheFile);
      const node = `${process.versions.v8}-${process.arch}-`;
      const build = name.slice(0, name.lastIndexOf("-") + 1);
      for (const old of fs.readdirSync(cacheDir)) {
        if (old.startsWith(node) && !old.startsWith(build) && old.endsWith(".bin")) fs.rmSync(path.join(cacheDir, old), { force: true });
      }
    } catch (e) {
      try { fs.rmSync(partial, { force: true }); } catch { /* nothing was written */ }
      debug("code cache not written: %s", e && e.message);
    }
  });
}
